//! Where printed sheets break, for engines that repeat nothing on a printed page (WebKit): the
//! app measures where each block of the page starts and breaks the page itself, so that it
//! can print the marking at the foot of one sheet and the head of the next. Pure arithmetic
//! over measured heights; the measuring and the breaking are the page's (`src/print.rs`).

/// A place where a new sheet may start: the top of a block, measured down from the top of the
/// printed content, and whether the page already forces a break there.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Start {
    pub top: f64,
    pub forced: bool,
}

/// The sheets as the breaks fall.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheets {
    /// The indexes into the starts of the blocks that begin a new sheet, ascending.
    pub breaks: Vec<usize>,
    /// Whether every sheet's content fits its room: when one block is taller than a sheet the
    /// engine breaks it where it must, adding sheets the count cannot know.
    pub fit: bool,
}

/// Breaks the content before as few blocks as let each sheet hold at most `room` of it.
/// `starts` are in document order with tops ascending (a block and its first child share a
/// top; the break then goes before the outer one, listed first); the content ends at `end`.
/// A break the page forces is always kept. A block taller than `room` starts a sheet of its
/// own and the block after it a new one, so the sheets after it are whole again.
pub fn sheet_starts(starts: &[Start], end: f64, room: f64) -> Sheets {
    let mut sheets = Sheets { breaks: Vec::new(), fit: true };
    let mut sheet_top = 0.0;
    for (index, start) in starts.iter().enumerate() {
        let next = starts.get(index + 1).map_or(end, |next| next.top);
        if start.top > sheet_top && (start.forced || next - sheet_top > room) {
            let after_last = sheets.breaks.last().map_or(0, |&last| last + 1);
            let outer = (after_last..index).find(|&before| starts[before].top >= start.top);
            sheets.breaks.push(outer.unwrap_or(index));
            sheet_top = start.top;
        }
        if next - sheet_top > room {
            sheets.fit = false;
            if let Some(after) = starts.get(index + 1) {
                sheets.breaks.push(index + 1);
                sheet_top = after.top;
            }
        }
    }
    sheets
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(tops: &[f64]) -> Vec<Start> {
        tops.iter().map(|&top| Start { top, forced: false }).collect()
    }

    #[test]
    fn content_that_fits_one_sheet_is_not_broken() {
        assert_eq!(sheet_starts(&starts(&[0.0, 100.0, 200.0]), 300.0, 500.0), Sheets { breaks: vec![], fit: true });
        assert_eq!(sheet_starts(&[], 0.0, 500.0), Sheets { breaks: vec![], fit: true });
    }

    #[test]
    fn each_sheet_ends_before_the_first_block_that_would_run_past_it() {
        // Blocks of 100 on sheets of 250: two a sheet.
        let tops = [0.0, 100.0, 200.0, 300.0, 400.0, 500.0, 600.0];
        assert_eq!(sheet_starts(&starts(&tops), 700.0, 250.0), Sheets { breaks: vec![2, 4, 6], fit: true });
        // The last block ends exactly at the foot of the sheet: no break.
        assert_eq!(sheet_starts(&starts(&[0.0, 100.0]), 250.0, 250.0).breaks, Vec::<usize>::new());
    }

    #[test]
    fn a_break_before_a_block_goes_before_the_outermost_block_starting_there() {
        // A section at 100 whose first child also starts at 100, then its second child at 200.
        let tops = [0.0, 100.0, 100.0, 200.0];
        assert_eq!(sheet_starts(&starts(&tops), 250.0, 150.0).breaks, vec![1]);
    }

    #[test]
    fn a_forced_break_is_kept_and_counts_as_a_new_sheet() {
        let mut blocks = starts(&[0.0, 100.0, 200.0, 300.0]);
        blocks[1].forced = true;
        assert_eq!(sheet_starts(&blocks, 400.0, 250.0), Sheets { breaks: vec![1, 3], fit: true });
        // Forced at the very top: nothing is before it, so no break.
        blocks[1].forced = false;
        blocks[0].forced = true;
        assert_eq!(sheet_starts(&blocks, 400.0, 250.0).breaks, vec![2]);
    }

    #[test]
    fn a_block_taller_than_a_sheet_stands_alone_and_the_count_is_not_known() {
        // 0-100 fits; 100-700 is taller than 250; what follows starts a new sheet.
        let tops = [0.0, 100.0, 700.0, 800.0];
        assert_eq!(sheet_starts(&starts(&tops), 900.0, 250.0), Sheets { breaks: vec![1, 2], fit: false });
        // The tall block is the last: no sheet after it.
        assert_eq!(sheet_starts(&starts(&[0.0, 100.0]), 700.0, 250.0), Sheets { breaks: vec![1], fit: false });
        // The tall block is the first.
        assert_eq!(sheet_starts(&starts(&[0.0, 600.0]), 700.0, 250.0), Sheets { breaks: vec![1], fit: false });
    }

    #[test]
    fn every_sheet_holds_at_most_its_room_when_the_blocks_fit() {
        // Blocks of varied heights, none taller than the room.
        let heights = [30.0, 120.0, 80.0, 200.0, 10.0, 10.0, 150.0, 90.0, 199.0, 60.0];
        let tops: Vec<f64> =
            heights.iter().scan(0.0, |top, height| Some(std::mem::replace(top, *top + height))).collect();
        let end: f64 = heights.iter().sum();
        let sheets = sheet_starts(&starts(&tops), end, 200.0);
        assert!(sheets.fit);
        let edges: Vec<f64> =
            std::iter::once(0.0).chain(sheets.breaks.iter().map(|&at| tops[at])).chain([end]).collect();
        for pair in edges.windows(2) {
            assert!(pair[1] - pair[0] <= 200.0 && pair[1] > pair[0], "a sheet from {} to {}", pair[0], pair[1]);
        }
    }
}
