#!/usr/bin/env bash
# Regenerates the fonts the sealed PDF draws with (core/assets/fonts/), all from the Noto
# family (SIL Open Font License 1.1, core/assets/fonts/LICENSE-Noto.txt):
#
#   noto-sans-regular.ttf, noto-sans-bold.ttf   Latin (with Polish, Romanian, Vietnamese and
#                                               every diacritic a name is likely to carry),
#                                               Greek and Cyrillic. Built into the sealing worker.
#   noto-sans-arabic.ttf     Arabic, Persian and Urdu letters (Noto Sans Arabic)
#   noto-sans-bengali.ttf    Bengali (Noto Sans Bengali)
#   noto-sans-gurmukhi.ttf   Punjabi in Gurmukhi (Noto Sans Gurmukhi)
#   noto-sans-ethiopic.ttf   Ge'ez: Tigrinya, Amharic (Noto Sans Ethiopic)
#   noto-sans-cjk.ttf        Chinese, and Japanese kanji and kana: the 6,763 hanzi of GB 2312,
#                            the 5,401 common hanzi of Big5, the 2,965 kanji of JIS X 0208
#                            level 1, kana, CJK punctuation and full-width forms (Noto Sans SC,
#                            so shared ideographs take their simplified-Chinese shapes). No Hangul.
#   noto-emoji.ttf           emoji as black outlines (Noto Emoji: colour emoji fonts hold
#                            bitmaps, which a PDF cannot use as glyphs)
#
# The script fonts are static files next to index.html that the sealing worker fetches only
# when a document's text needs them (core/src/bundle/pdf/script_fonts.rs lists which
# characters send it to which file). Every font keeps its layout tables (GSUB, GPOS, GDEF):
# the worker shapes text with them (Arabic joining, Bengali and Gurmukhi conjuncts, kerning).
# Latin keeps only the features text needs. Hinting, glyph names and most name records are dropped: the PDF is printed or zoomed.
#
# The sources are Google Fonts' static builds of Noto as the npm registry carries them
# (@expo-google-fonts/*), fetched with `npm pack` into a temporary folder. Needs npm and
# fontTools (`pip install fonttools`, for pyftsubset). Set PYFTSUBSET to use a pyftsubset not
# on PATH.
#
# Usage: tools/subset-font.sh
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=core/assets/fonts
PYFTSUBSET=${PYFTSUBSET:-pyftsubset}
command -v "$PYFTSUBSET" >/dev/null || { echo "pyftsubset not found: pip install fonttools" >&2; exit 1; }
command -v npm >/dev/null || { echo "npm not found" >&2; exit 1; }
SOURCES=$(mktemp -d)
trap 'rm -rf "$SOURCES"' EXIT

# Unpacks one weight of an @expo-google-fonts package; prints the font file's path.
source_font() { # package, file inside the package
  local dir="$SOURCES/$1"
  if [ ! -d "$dir" ]; then
    mkdir -p "$dir"
    (cd "$dir" && npm pack --silent "@expo-google-fonts/$1" >/dev/null && tar xzf ./*.tgz)
  fi
  echo "$dir/package/$2"
}

# Latin, Greek and Cyrillic, by Unicode block.
LATIN=(
  U+0020-007E # Basic Latin (printable)
  U+00A0-00FF # Latin-1 Supplement: é, ü, ñ, £, ©, non-breaking space
  U+0100-017F # Latin Extended-A: Ł, ş, ő, č, Đ, œ
  U+0180-024F # Latin Extended-B: ơ, ư, ș, ț, ǎ
  U+02B0-02FF # Spacing Modifier Letters: ʼ, ˆ, ˇ, ˘, ˙, ˚, ˛, ˜, ˝
  U+0300-036F # Combining Diacritical Marks (text typed decomposed)
  U+0370-03FF # Greek and Coptic
  U+0400-052F # Cyrillic and Cyrillic Supplement
  U+1E00-1EFF # Latin Extended Additional: Vietnamese ễ, ặ, ộ; Welsh ŵ ŷ ẁ ẃ ẅ ỳ
  U+1F00-1FFF # Greek Extended (polytonic)
  U+2000-206F # General Punctuation: dashes, curly quotes, bullet, ellipsis, spaces
  U+20A0-20CF # Currency Symbols: €
  U+2116      # Numero sign
  U+2122      # Trade mark sign
  U+FFFD      # Replacement character: the marker for a character no font has
)
# Kerning and mark placement only: the rest of Noto Sans's features (small capitals, old-style
# figures, fractions...) are never asked for, and would double the size of the worker's fonts.
LATIN_FEATURES=kern,mark,mkmk,ccmp,locl
ARABIC=(U+0600-06FF U+0750-077F U+08A0-08FF U+FB50-FDFF U+FE70-FEFF U+200C-200F)
BENGALI=(U+0980-09FF U+200C-200D U+25CC U+0964-0965)
GURMUKHI=(U+0A00-0A7F U+200C-200D U+25CC U+0964-0965)
ETHIOPIC=(U+1200-139F U+2D80-2DDF U+AB00-AB2F)
EMOJI=(U+0023 U+002A U+0030-0039 U+00A9 U+00AE U+200D U+203C-2B55 U+3030 U+303D U+3297 U+3299 U+FE0E-FE0F U+1F000-1FAFF U+E0020-E007F)

# The CJK characters kept: hanzi and kanji that the common national sets list, decoded from
# Python's codecs so the lists need no data files.
cjk_unicodes() {
  python3 - <<'PY'
chars = set()
def grid(codec, rows, cols):
    for lead in rows:
        for trail in cols:
            try:
                chars.update(bytes([lead, trail]).decode(codec))
            except UnicodeDecodeError:
                pass
grid("gb2312", range(0xB0, 0xF8), range(0xA1, 0xFF))          # GB 2312 hanzi, both levels
grid("big5", range(0xA4, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))  # Big5 common hanzi
grid("euc_jp", range(0xB0, 0xD0), range(0xA1, 0xFF))          # JIS X 0208 level 1 kanji
hanzi = sorted(c for c in chars if "\u4e00" <= c <= "\u9fff")
ranges = ["U+3000-303F", "U+3040-30FF", "U+31F0-31FF", "U+FF00-FFEF"]  # punctuation, kana, full width
print(",".join(ranges + [f"U+{ord(c):04X}" for c in hanzi]))
PY
}

joined() { printf '%s\n' "$@" | sed 's/ *#.*//' | paste -sd, -; }

subset() { # source font, output name, unicodes[, layout features]
  "$PYFTSUBSET" "$1" \
    --unicodes="$3" \
    --no-hinting \
    --layout-features="${4:-*}" \
    --drop-tables+=FFTM,MATH,gasp,STAT,vhea,vmtx,BASE \
    --no-glyph-names \
    --name-IDs=0,1,2,3,4,5,6,13,14 \
    --output-file="$OUT/$2"
  printf '%s: %s bytes\n' "$OUT/$2" "$(wc -c <"$OUT/$2")"
}

mkdir -p "$OUT"
subset "$(source_font noto-sans 400Regular/NotoSans_400Regular.ttf)" noto-sans-regular.ttf "$(joined "${LATIN[@]}")" "$LATIN_FEATURES"
subset "$(source_font noto-sans 700Bold/NotoSans_700Bold.ttf)" noto-sans-bold.ttf "$(joined "${LATIN[@]}")" "$LATIN_FEATURES"
subset "$(source_font noto-sans-arabic 400Regular/NotoSansArabic_400Regular.ttf)" noto-sans-arabic.ttf "$(joined "${ARABIC[@]}")"
subset "$(source_font noto-sans-bengali 400Regular/NotoSansBengali_400Regular.ttf)" noto-sans-bengali.ttf "$(joined "${BENGALI[@]}")"
subset "$(source_font noto-sans-gurmukhi 400Regular/NotoSansGurmukhi_400Regular.ttf)" noto-sans-gurmukhi.ttf "$(joined "${GURMUKHI[@]}")"
subset "$(source_font noto-sans-ethiopic 400Regular/NotoSansEthiopic_400Regular.ttf)" noto-sans-ethiopic.ttf "$(joined "${ETHIOPIC[@]}")"
subset "$(source_font noto-sans-sc 400Regular/NotoSansSC_400Regular.ttf)" noto-sans-cjk.ttf "$(cjk_unicodes)"
subset "$(source_font noto-emoji 400Regular/NotoEmoji_400Regular.ttf)" noto-emoji.ttf "$(joined "${EMOJI[@]}")"

# One licence file: each family's copyright line, then the licence (the same in every package).
{
  for package in noto-sans noto-sans-arabic noto-sans-bengali noto-sans-gurmukhi noto-sans-ethiopic noto-sans-sc noto-emoji; do
    head -n 1 "$SOURCES/$package/package/LICENSE_FONT"
  done
  tail -n +2 "$SOURCES/noto-sans/package/LICENSE_FONT"
} >"$OUT/LICENSE-Noto.txt"
