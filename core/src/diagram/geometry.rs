//! Points, rectangles and segments in SVG user units (y grows down the page), and the tests
//! the layout checks use: overlap, a segment through a rectangle, two segments crossing.

use serde::{Deserialize, Serialize};

/// A point in user units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

/// An axis-aligned rectangle: its top-left corner and size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rect {
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
}

impl Rect {
    pub fn right(&self) -> i32 {
        self.x + self.width
    }

    pub fn bottom(&self) -> i32 {
        self.y + self.height
    }

    /// Whether the two share any area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right() && other.x < self.right() && self.y < other.bottom() && other.y < self.bottom()
    }

    /// Whether `other` lies wholly inside this one, edges included.
    pub fn contains(&self, other: &Rect) -> bool {
        self.x <= other.x && self.y <= other.y && other.right() <= self.right() && other.bottom() <= self.bottom()
    }

    /// Whether the segment from `a` to `b` passes through the inside of this rectangle (running
    /// along or touching its border does not count).
    pub fn cut_by(&self, a: Point, b: Point) -> bool {
        let (x0, x1, y0, y1) =
            (f64::from(self.x), f64::from(self.right()), f64::from(self.y), f64::from(self.bottom()));
        let (ax, ay, dx, dy) = (f64::from(a.x), f64::from(a.y), f64::from(b.x - a.x), f64::from(b.y - a.y));
        // Liang–Barsky clipping against the open rectangle.
        let mut low: f64 = 0.0;
        let mut high: f64 = 1.0;
        for (p, q) in [(-dx, ax - x0), (dx, x1 - ax), (-dy, ay - y0), (dy, y1 - ay)] {
            if p == 0.0 {
                if q <= 0.0 {
                    return false;
                }
            } else {
                let t = q / p;
                if p < 0.0 {
                    low = low.max(t);
                } else {
                    high = high.min(t);
                }
            }
        }
        high - low > 1e-9
    }
}

/// A point with fractional coordinates, for routes read from Graphviz and for crossings.
pub type Spot = (f64, f64);

/// Where two segments cross properly (each passes from one side of the other to the other
/// side), if they do. Segments that only touch, or overlap along a line, do not cross.
pub fn crossing(a: Spot, b: Spot, c: Spot, d: Spot) -> Option<Spot> {
    let side = |p: Spot, q: Spot, r: Spot| (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0);
    let (d1, d2, d3, d4) = (side(c, d, a), side(c, d, b), side(a, b, c), side(a, b, d));
    let proper = d1 * d2 < 0.0 && d3 * d4 < 0.0;
    proper.then(|| {
        let t = d1 / (d1 - d2);
        (a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOX: Rect = Rect { x: 10, y: 10, width: 20, height: 10 };
    const fn p(x: i32, y: i32) -> Point {
        Point { x, y }
    }

    #[test]
    fn a_segment_cuts_a_box_only_through_its_inside() {
        assert!(BOX.cut_by(p(0, 15), p(40, 15)), "straight through");
        assert!(BOX.cut_by(p(0, 0), p(40, 30)), "diagonally");
        assert!(BOX.cut_by(p(20, 15), p(20, 40)), "starting inside");
        assert!(!BOX.cut_by(p(0, 10), p(40, 10)), "along the top edge");
        assert!(!BOX.cut_by(p(20, 0), p(20, 10)), "ending on the border");
        assert!(!BOX.cut_by(p(0, 0), p(5, 40)), "passing by");
    }

    #[test]
    fn rectangles_overlap_only_with_shared_area() {
        assert!(BOX.overlaps(&Rect { x: 29, y: 19, width: 5, height: 5 }));
        assert!(!BOX.overlaps(&Rect { x: 30, y: 10, width: 5, height: 5 }), "touching");
        assert!(BOX.contains(&Rect { x: 10, y: 10, width: 20, height: 10 }));
        assert!(!BOX.contains(&Rect { x: 9, y: 10, width: 5, height: 5 }));
    }

    #[test]
    fn segments_cross_only_properly() {
        assert_eq!(crossing((0.0, 0.0), (2.0, 2.0), (0.0, 2.0), (2.0, 0.0)), Some((1.0, 1.0)));
        assert_eq!(crossing((0.0, 0.0), (2.0, 2.0), (1.0, 1.0), (2.0, 0.0)), None, "touching");
        assert_eq!(crossing((0.0, 0.0), (2.0, 0.0), (1.0, 0.0), (3.0, 0.0)), None, "collinear");
        assert_eq!(crossing((0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)), None, "parallel");
    }
}
