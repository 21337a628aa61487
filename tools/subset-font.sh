#!/usr/bin/env bash
# Regenerates the fonts the sealed PDF embeds (core/assets/fonts/) from DejaVu Sans and DejaVu
# Sans Bold: Latin text with every diacritic a name is likely to carry, so "O'Neill-Łukasz
# Nguyễn", "Zoë", "Şükrü" and "Đặng" print as typed. Characters outside these ranges print as
# U+FFFD (the replacement character); the JSON inside the PDF keeps them as typed.
#
# Needs fontTools (`pip install fonttools`, for pyftsubset) and Debian's fonts-dejavu-core
# (`apt-get install fonts-dejavu-core`). Set PYFTSUBSET to use a pyftsubset not on PATH.
#
# Usage: tools/subset-font.sh
#
# Licence: DejaVu fonts are under the Bitstream Vera licence (core/assets/fonts/LICENSE-DejaVu.txt).
# A modified font must not be named "Bitstream" or "Vera"; these subsets keep the DejaVu names,
# which the licence allows.
set -euo pipefail
cd "$(dirname "$0")/.."

SOURCE=${DEJAVU_DIR:-/usr/share/fonts/truetype/dejavu}
OUT=core/assets/fonts
PYFTSUBSET=${PYFTSUBSET:-pyftsubset}

# The ranges kept, by Unicode block:
RANGES=(
  U+0020-007E # Basic Latin (printable)
  U+00A0-00FF # Latin-1 Supplement: é, ü, ñ, £, ©, non-breaking space
  U+0100-017F # Latin Extended-A: Ł, ş, ő, č, Đ, œ
  U+0180-024F # Latin Extended-B: ơ, ư, ș, ț, ǎ
  U+02B0-02FF # Spacing Modifier Letters: ʼ, ˆ, ˇ, ˘, ˙, ˚, ˛, ˜, ˝
  U+0300-036F # Combining Diacritical Marks (text typed decomposed)
  U+1E00-1EFF # Latin Extended Additional: Vietnamese ễ, ặ, ộ; Welsh ŵ ŷ ẁ ẃ ẅ ỳ
  U+2000-206F # General Punctuation: dashes, curly quotes, bullet, ellipsis, spaces
  U+20A0-20CF # Currency Symbols: €
  U+2116      # Numero sign
  U+2122      # Trade mark sign
  U+2190-21FF # Arrows
  U+FFFD      # Replacement character: what missing characters print as
)
UNICODES=$(printf '%s\n' "${RANGES[@]}" | sed 's/ *#.*//' | paste -sd, -)

command -v "$PYFTSUBSET" >/dev/null || { echo "pyftsubset not found: pip install fonttools" >&2; exit 1; }

subset() { # source file, output file
  [ -f "$SOURCE/$1" ] || { echo "$SOURCE/$1 not found: apt-get install fonts-dejavu-core" >&2; exit 1; }
  # No hinting (the PDF is printed or zoomed, not rendered at small pixel sizes), no layout
  # tables (the PDF writer places glyphs by advance width alone), no glyph names, and of the
  # names only the family, style, version, copyright and licence.
  "$PYFTSUBSET" "$SOURCE/$1" \
    --unicodes="$UNICODES" \
    --no-hinting \
    --layout-features='' \
    --drop-tables+=GSUB,GPOS,GDEF,kern,FFTM,MATH,gasp \
    --no-glyph-names \
    --name-IDs=0,1,2,3,4,5,6,13,14 \
    --output-file="$OUT/$2"
  printf '%s: %s bytes\n' "$OUT/$2" "$(wc -c <"$OUT/$2")"
}

mkdir -p "$OUT"
subset DejaVuSans.ttf InfoShareSans-Regular.ttf
subset DejaVuSans-Bold.ttf InfoShareSans-Bold.ttf
