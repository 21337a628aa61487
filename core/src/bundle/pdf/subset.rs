//! Trims an embedded font to the glyphs one document uses. Every other glyph's outline is
//! emptied (glyph ids stay as they are, so `/CIDToGIDMap /Identity` and the widths still
//! hold), which takes a request's two fonts from about 150 KB to a few KB. Composite glyphs
//! keep their components. The other tables are copied as they are.

use ttf_parser::{RawFace, Tag};

/// `font` with outlines only for the glyphs in `used` (and glyph 0, the missing glyph), or
/// `None` when the font cannot be read that way (then the whole font is embedded).
pub fn prune(font: &[u8], used: impl IntoIterator<Item = u16>) -> Option<Vec<u8>> {
    let raw = RawFace::parse(font, 0).ok()?;
    let table = |tag: &[u8; 4]| raw.table(Tag::from_bytes(tag));
    let (head, maxp, loca, glyf) = (table(b"head")?, table(b"maxp")?, table(b"loca")?, table(b"glyf")?);
    let count = usize::from(u16_at(maxp, 4)?);
    let long = u16_at(head, 50)? == 1;
    let offsets = (0..=count)
        .map(|index| if long { u32_at(loca, 4 * index) } else { u16_at(loca, 2 * index).map(|at| u32::from(at) * 2) })
        .map(|at| at.map(|at| at as usize))
        .collect::<Option<Vec<usize>>>()?;
    let outline = |glyph: usize| glyf.get(offsets[glyph]..offsets[glyph + 1]);
    let keep = closure(used, count, &outline)?;

    let mut new_glyf = Vec::new();
    let mut starts = Vec::with_capacity(count + 1);
    for (glyph, kept) in keep.iter().enumerate() {
        starts.push(new_glyf.len());
        if *kept {
            new_glyf.extend_from_slice(outline(glyph)?);
            new_glyf.resize(new_glyf.len().next_multiple_of(4), 0);
        }
    }
    starts.push(new_glyf.len());
    let (new_loca, format) = locations(&starts)?;
    let mut new_head = head.to_vec();
    new_head.get_mut(50..52)?.copy_from_slice(&format.to_be_bytes());
    new_head.get_mut(8..12)?.fill(0); // checkSumAdjustment, set once the font is assembled

    let tables = raw.table_records.into_iter().map(|record| {
        let data = match &record.tag.to_bytes() {
            b"glyf" => Some(new_glyf.clone()),
            b"loca" => Some(new_loca.clone()),
            b"head" => Some(new_head.clone()),
            _ => raw.table(record.tag).map(<[u8]>::to_vec),
        };
        data.map(|data| (record.tag.to_bytes(), data))
    });
    assemble(font.get(0..4)?, &tables.collect::<Option<Vec<_>>>()?)
}

/// The `loca` table for glyphs starting at `starts`, and its `head.indexToLocFormat`: short
/// (offsets halved, in 16 bits) when they fit, else long.
fn locations(starts: &[usize]) -> Option<(Vec<u8>, u16)> {
    if starts.last().is_some_and(|&end| end / 2 <= usize::from(u16::MAX)) {
        let short = starts.iter().map(|&at| u16::try_from(at / 2).ok().map(u16::to_be_bytes));
        return Some((short.collect::<Option<Vec<_>>>()?.concat(), 0));
    }
    let long = starts.iter().map(|&at| u32::try_from(at).ok().map(u32::to_be_bytes));
    Some((long.collect::<Option<Vec<_>>>()?.concat(), 1))
}

/// Which glyphs to keep: those used, glyph 0, and the components of any composite among them.
fn closure<'a>(
    used: impl IntoIterator<Item = u16>,
    count: usize,
    outline: &impl Fn(usize) -> Option<&'a [u8]>,
) -> Option<Vec<bool>> {
    let mut keep = vec![false; count];
    let mut pending: Vec<usize> = used.into_iter().map(usize::from).chain([0]).collect();
    while let Some(glyph) = pending.pop() {
        if glyph >= count || keep[glyph] {
            continue;
        }
        keep[glyph] = true;
        pending.extend(components(outline(glyph)?));
    }
    Some(keep)
}

/// The glyph ids a composite glyph is built from (none for a simple glyph).
fn components(outline: &[u8]) -> Vec<usize> {
    const WORDS: u16 = 0x0001;
    const SCALE: u16 = 0x0008;
    const MORE: u16 = 0x0020;
    const XY_SCALE: u16 = 0x0040;
    const TWO_BY_TWO: u16 = 0x0080;
    let mut found = Vec::new();
    if outline.len() < 10 || u16_at(outline, 0).is_some_and(|contours| contours < 0x8000) {
        return found;
    }
    let mut at = 10;
    while let (Some(flags), Some(glyph)) = (u16_at(outline, at), u16_at(outline, at + 2)) {
        found.push(usize::from(glyph));
        at += 4 + if flags & WORDS != 0 { 4 } else { 2 };
        at += match () {
            _ if flags & SCALE != 0 => 2,
            _ if flags & XY_SCALE != 0 => 4,
            _ if flags & TWO_BY_TWO != 0 => 8,
            _ => 0,
        };
        if flags & MORE == 0 {
            break;
        }
    }
    found
}

/// A font file from its tables, with the table directory, checksums and the `head` checksum
/// adjustment worked out afresh.
fn assemble(version: &[u8], tables: &[([u8; 4], Vec<u8>)]) -> Option<Vec<u8>> {
    let count = u16::try_from(tables.len()).ok()?;
    let power = 1u16 << (15 - count.max(1).leading_zeros());
    let mut font = version.to_vec();
    for value in [count, power * 16, power.trailing_zeros() as u16, count * 16 - power * 16] {
        font.extend_from_slice(&value.to_be_bytes());
    }
    let mut offset = 12 + 16 * tables.len();
    let mut head_at = None;
    for (tag, data) in tables {
        font.extend_from_slice(tag);
        for value in [checksum(data), u32::try_from(offset).ok()?, u32::try_from(data.len()).ok()?] {
            font.extend_from_slice(&value.to_be_bytes());
        }
        head_at = head_at.or((tag == b"head").then_some(offset));
        offset += data.len().next_multiple_of(4);
    }
    for (_, data) in tables {
        font.extend_from_slice(data);
        font.resize(font.len().next_multiple_of(4), 0);
    }
    let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&font));
    font.get_mut(head_at? + 8..head_at? + 12)?.copy_from_slice(&adjustment.to_be_bytes());
    Some(font)
}

/// The sum of a table's big-endian 32-bit words, zero-padded.
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, chunk| {
        let mut word = [0u8; 4];
        word[..chunk.len()].copy_from_slice(chunk);
        sum.wrapping_add(u32::from_be_bytes(word))
    })
}

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

#[cfg(test)]
mod tests {
    use super::super::font::Fonts;
    use super::*;

    #[test]
    fn a_pruned_font_keeps_the_used_glyphs_and_their_components() {
        let fonts = Fonts::load().expect("fonts parse");
        let font = &fonts.regular;
        let used: Vec<u16> = "Nguyễn Łukasz".chars().map(|c| font.glyph(c).0).collect();
        let pruned = prune(font.bytes, used.iter().copied()).expect("prunes");
        assert!(pruned.len() < font.bytes.len() / 3, "{} bytes", pruned.len());
        let face = ttf_parser::Face::parse(&pruned, 0).expect("the pruned font parses");
        assert_eq!(face.number_of_glyphs(), font.face().number_of_glyphs());
        for glyph in used {
            let id = ttf_parser::GlyphId(glyph);
            assert_eq!(face.glyph_bounding_box(id), font.face().glyph_bounding_box(id));
        }
        let unused = font.glyph('Q');
        assert!(face.glyph_bounding_box(unused).is_none());
        assert_eq!(checksum(&pruned), 0xB1B0_AFBA);
    }

    #[test]
    fn a_font_that_cannot_be_read_is_not_pruned() {
        assert_eq!(prune(b"not a font", [1, 2]), None);
    }
}
