//! Text measured without a browser: the widest advance of each character across the fonts a
//! diagram can be drawn in (DejaVu Sans and Liberation Sans, which has Arial's and Helvetica's
//! widths), so wrapped text fits its box whichever of them the reader's browser uses.

/// The size diagram text is drawn at, in SVG user units (16 px at full size).
pub const FONT_SIZE: i32 = 16;
/// The distance between lines of text.
pub const LINE_HEIGHT: i32 = 20;

/// Advances of the printable ASCII characters (space to `~`) in thousandths of an em, regular.
const REGULAR: [u16; 95] = [
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636, 636, 636, 636, 636,
    636, 636, 636, 337, 337, 838, 838, 838, 556, 1015, 684, 686, 722, 770, 667, 611, 778, 752, 295, 500, 667, 557, 863,
    748, 787, 667, 787, 722, 667, 611, 732, 684, 989, 685, 667, 685, 390, 337, 390, 838, 556, 500, 613, 635, 550, 635,
    615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636,
    337, 636, 838,
];

/// The same in bold.
const BOLD: [u16; 95] = [
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696,
    696, 696, 696, 400, 400, 838, 838, 838, 611, 1000, 774, 762, 734, 830, 683, 683, 821, 837, 372, 556, 775, 637, 995,
    837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771, 724, 725, 457, 365, 457, 838, 556, 500, 675, 716, 593, 716,
    678, 435, 716, 712, 343, 343, 665, 343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712,
    365, 712, 838,
];

/// Any other character is taken to be a full em wide, which no common one exceeds.
const OTHER: u32 = 1000;

/// The width of `text` at [`FONT_SIZE`], rounded up.
pub fn width(text: &str, bold: bool) -> i32 {
    let table = if bold { &BOLD } else { &REGULAR };
    let thousandths: u32 = text
        .chars()
        .map(|c| (c as usize).checked_sub(32).and_then(|i| table.get(i)).map_or(OTHER, |&w| u32::from(w)))
        .sum();
    i32::try_from((thousandths * FONT_SIZE as u32).div_ceil(1000)).unwrap_or(i32::MAX)
}

/// Wraps text into lines no wider than `max` units, breaking at spaces; a word wider than
/// `max` gets a line of its own.
pub fn wrap(text: &str, max: i32, bold: bool) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let longer = if line.is_empty() { word.to_owned() } else { format!("{line} {word}") };
        if line.is_empty() || width(&longer, bold) <= max {
            line = longer;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn widths_follow_the_font_tables() {
        assert_eq!(width("", false), 0);
        // "m" is 974 thousandths: 15.6 units at 16, rounded up.
        assert_eq!(width("m", false), 16);
        assert!(width("Yes", true) > width("Yes", false));
        assert_eq!(width("…", false), 16, "characters outside the table count as an em");
    }

    #[test]
    fn wrap_breaks_at_spaces_and_keeps_every_word() {
        let lines = wrap("Is there a clear and legitimate purpose for sharing?", 160, false);
        assert_eq!(lines, ["Is there a clear and", "legitimate purpose", "for sharing?"]);
        assert_eq!(wrap("", 100, false), Vec::<String>::new());
        assert_eq!(wrap("supercalifragilistic", 20, false), ["supercalifragilistic"]);
    }

    proptest! {
        #[test]
        fn wrapped_lines_fit_unless_a_word_is_wider(text in "[a-zA-Z ]{0,200}", max in 40i32..300, bold: bool) {
            let lines = wrap(&text, max, bold);
            for line in &lines {
                prop_assert!(width(line, bold) <= max || !line.contains(' '));
            }
            prop_assert_eq!(lines.join(" "), text.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
}
