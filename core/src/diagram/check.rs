//! Checks a laid-out diagram as a reader would look at it: nothing outside the drawing, no
//! two boxes or labels overlapping, no label on a box, no arrow through a box or a label, and
//! the number of places where arrows cross. Crossings are counted the same way for Graphviz
//! `dot`'s drawing of a chart (`core/src/bin/dot-crossings`), so the two can be compared.

use super::geometry::{crossing, Point, Rect, Spot};
use super::Diagram;

/// A box in fractional units: left, top, right, bottom.
pub type Area = [f64; 4];

/// An arrow as a polyline between two boxes (indices into the boxes' areas).
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    pub from: usize,
    pub to: usize,
    pub points: Vec<Spot>,
}

/// How near a box two arrows that share it may meet without it counting as a crossing: arrows
/// that join one box converge on it, and `dot` lets them touch there.
const NEAR_SHARED_BOX: f64 = 12.0;

/// The places where two arrows cross, each counted once, leaving out meetings next to a box
/// both arrows join.
pub fn crossings(areas: &[Area], routes: &[Route]) -> usize {
    let near = |area: &Area, (x, y): Spot| {
        x > area[0] - NEAR_SHARED_BOX
            && x < area[2] + NEAR_SHARED_BOX
            && y > area[1] - NEAR_SHARED_BOX
            && y < area[3] + NEAR_SHARED_BOX
    };
    let mut count = 0;
    for (i, a) in routes.iter().enumerate() {
        for b in &routes[i + 1..] {
            let shared: Vec<&Area> = [a.from, a.to]
                .into_iter()
                .filter(|end| [b.from, b.to].contains(end))
                .filter_map(|end| areas.get(end))
                .collect();
            for s in a.points.windows(2) {
                for t in b.points.windows(2) {
                    if let Some(at) = crossing(s[0], s[1], t[0], t[1]) {
                        count += usize::from(!shared.iter().any(|area| near(area, at)));
                    }
                }
            }
        }
    }
    count
}

/// This diagram's boxes and arrows in the form [`crossings`] takes.
pub fn routes(diagram: &Diagram) -> (Vec<Area>, Vec<Route>) {
    let areas = diagram
        .boxes
        .iter()
        .map(|b| [b.rect.x, b.rect.y, b.rect.right(), b.rect.bottom()].map(f64::from))
        .collect::<Vec<Area>>();
    let index = |id: &str| diagram.boxes.iter().position(|b| b.id == id).unwrap_or(usize::MAX);
    let routes = diagram
        .edges
        .iter()
        .map(|edge| Route {
            from: index(&edge.from),
            to: index(&edge.to),
            points: edge.points.iter().map(|p| (f64::from(p.x), f64::from(p.y))).collect(),
        })
        .collect();
    (areas, routes)
}

/// Everything wrong with how the diagram reads, described; empty when nothing is.
pub fn problems(diagram: &Diagram) -> Vec<String> {
    let canvas = Rect { x: 0, y: 0, width: diagram.width, height: diagram.height };
    let boxes = diagram.boxes.iter().map(|b| (format!("box {}", b.id), b.rect));
    let labels =
        diagram.edges.iter().filter_map(|e| Some((format!("label {}→{}", e.from, e.to), e.label.as_ref()?.rect)));
    let heads = diagram.edges.iter().map(|e| (format!("arrowhead {}→{}", e.from, e.to), bounding(&e.head)));
    let solid: Vec<(String, Rect)> = boxes.chain(labels).collect();
    let mut found = Vec::new();
    for (i, (name, rect)) in solid.iter().enumerate() {
        if !canvas.contains(rect) {
            found.push(format!("{name} is outside the drawing"));
        }
        for (other, its) in &solid[i + 1..] {
            if rect.overlaps(its) {
                found.push(format!("{name} overlaps {other}"));
            }
        }
    }
    for (name, head) in heads {
        found.extend(
            solid.iter().filter(|(_, rect)| rect.overlaps(&head)).map(|(other, _)| format!("{name} covers {other}")),
        );
    }
    for edge in &diagram.edges {
        let points = edge.points.iter().chain(&edge.head);
        if points.clone().any(|p| !canvas.contains(&Rect { x: p.x, y: p.y, width: 0, height: 0 })) {
            found.push(format!("arrow {}→{} leaves the drawing", edge.from, edge.to));
        }
        for segment in edge.points.windows(2) {
            let through = solid.iter().filter(|(_, rect)| rect.cut_by(segment[0], segment[1]));
            found.extend(through.map(|(name, _)| format!("arrow {}→{} passes through {name}", edge.from, edge.to)));
        }
    }
    found
}

/// The smallest rectangle holding the points.
fn bounding(points: &[Point]) -> Rect {
    let (xs, ys) = (points.iter().map(|p| p.x), points.iter().map(|p| p.y));
    let (x, y) = (xs.clone().min().unwrap_or(0), ys.clone().min().unwrap_or(0));
    Rect { x, y, width: xs.max().unwrap_or(0) - x, height: ys.max().unwrap_or(0) - y }
}

#[cfg(test)]
mod tests {
    use super::super::{Edge, EdgeLabel, LabelLine, NodeBox};
    use super::*;
    use crate::pack::NodeKind;

    fn node(id: &str, x: i32, y: i32) -> NodeBox {
        NodeBox {
            id: id.into(),
            node: id.into(),
            kind: NodeKind::Question,
            rect: Rect { x, y, width: 100, height: 40 },
            lines: Vec::new(),
            step: None,
        }
    }

    fn edge(from: &str, to: &str, points: &[(i32, i32)], label: Option<Rect>) -> Edge {
        let points: Vec<Point> = points.iter().map(|&(x, y)| Point { x, y }).collect();
        let tip = *points.last().unwrap_or(&Point { x: 0, y: 0 });
        Edge {
            from: from.into(),
            to: to.into(),
            head: [tip, tip, tip],
            points,
            label: label.map(|rect| EdgeLabel {
                rect,
                lines: vec![LabelLine { text: "Yes".into(), option: 0, indent: 0, taken: false }],
            }),
            on_path: false,
        }
    }

    /// A, B side by side on top, C below A: the good arrows go straight down.
    fn good() -> Diagram {
        Diagram {
            width: 400,
            height: 300,
            boxes: vec![node("a", 10, 10), node("b", 200, 10), node("c", 10, 200)],
            edges: vec![edge("a", "c", &[(60, 50), (60, 200)], Some(Rect { x: 70, y: 100, width: 30, height: 20 }))],
            cuts: Vec::new(),
        }
    }

    #[test]
    fn a_layout_that_reads_has_no_problems() {
        assert_eq!(problems(&good()), Vec::<String>::new());
    }

    #[test]
    fn a_deliberately_bad_layout_fails_every_check() {
        let mut bad = good();
        // An arrow from B to C straight through A's box, with its label on top of A's label.
        bad.edges.push(edge(
            "b",
            "c",
            &[(250, 50), (20, 30), (60, 200)],
            Some(Rect { x: 80, y: 105, width: 30, height: 20 }),
        ));
        // A box overlapping another, and one hanging off the drawing.
        bad.boxes.push(node("d", 250, 30));
        bad.boxes.push(node("e", 350, 250));
        let found = problems(&bad);
        for expected in [
            "arrow b→c passes through box a",
            "label a→c overlaps label b→c",
            "box b overlaps box d",
            "box e is outside the drawing",
        ] {
            assert!(found.iter().any(|problem| problem == expected), "{expected} not in {found:?}");
        }
    }

    #[test]
    fn crossings_count_each_meeting_once_but_not_beside_a_shared_box() {
        let areas = [
            [0.0, 0.0, 10.0, 10.0],
            [100.0, 100.0, 110.0, 110.0],
            [0.0, 100.0, 10.0, 110.0],
            [100.0, 0.0, 110.0, 10.0],
        ];
        let route = |from, to, points: &[Spot]| Route { from, to, points: points.to_vec() };
        let x = [route(0, 1, &[(5.0, 10.0), (105.0, 100.0)]), route(3, 2, &[(105.0, 10.0), (5.0, 100.0)])];
        assert_eq!(crossings(&areas, &x), 1);
        // Two arrows into box 1 that touch just above it do not cross.
        let converging =
            [route(0, 1, &[(5.0, 10.0), (106.0, 96.0)]), route(3, 1, &[(105.0, 10.0), (104.0, 96.0), (103.0, 100.0)])];
        assert_eq!(crossings(&areas, &converging), 0);
    }
}
