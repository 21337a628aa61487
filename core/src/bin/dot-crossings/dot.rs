//! The chart as DOT, and `dot -Tplain`'s drawing of it read back as boxes and polylines in
//! points (1/72 inch, y down the page), the units InfoShare's layout uses for the same sizes.

use std::io::Write;
use std::process::{Command, Stdio};

use infoshare_core::diagram::check::{Area, Route};
use infoshare_core::diagram::{Diagram, FONT_SIZE};

/// Points in an inch, `dot`'s unit in plain output.
const POINTS: f64 = 72.0;
/// Pieces each cubic Bézier segment of a spline is flattened into.
const PIECES: usize = 16;

/// The diagram's boxes and arrows as a DOT graph, with the boxes' sizes fixed to InfoShare's.
pub fn source(diagram: &Diagram) -> String {
    let quote = |text: &str| text.replace('\\', "\\\\").replace('"', "\\\"");
    let mut dot = format!(
        "digraph chart {{\n  node [shape=box, fixedsize=true, fontname=\"DejaVu Sans\", fontsize={FONT_SIZE}];\n  \
         edge [fontname=\"DejaVu Sans\", fontsize={FONT_SIZE}];\n"
    );
    for (index, node) in diagram.boxes.iter().enumerate() {
        let (width, height) = (f64::from(node.rect.width) / POINTS, f64::from(node.rect.height) / POINTS);
        // The box's size is fixed, so its text is left out (dot would only warn that it does not fit).
        dot.push_str(&format!("  n{index} [width={width:.3}, height={height:.3}, label=\"\"];\n"));
    }
    let index = |id: &str| diagram.boxes.iter().position(|node| node.id == id).unwrap_or(usize::MAX);
    for edge in &diagram.edges {
        let label = edge.label.iter().flat_map(|label| &label.lines).map(|line| quote(&line.text)).collect::<Vec<_>>();
        let attributes = if label.is_empty() { String::new() } else { format!(" [label=\"{}\"]", label.join("\\n")) };
        dot.push_str(&format!("  n{} -> n{}{attributes};\n", index(&edge.from), index(&edge.to)));
    }
    dot.push_str("}\n");
    dot
}

/// Runs `dot -Tplain` on the diagram and reads its boxes and arrows.
pub fn draw(diagram: &Diagram) -> Result<(Vec<Area>, Vec<Route>), String> {
    let mut child = Command::new("dot")
        .arg("-Tplain")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|error| format!("cannot run dot (Debian's graphviz, installed by scripts/setup.sh): {error}"))?;
    if let Some(mut input) = child.stdin.take() {
        input.write_all(source(diagram).as_bytes()).map_err(|error| format!("writing to dot: {error}"))?;
    }
    let output = child.wait_with_output().map_err(|error| format!("dot failed: {error}"))?;
    if !output.status.success() {
        return Err(format!("dot failed: {}", String::from_utf8_lossy(&output.stderr)));
    }
    plain(&String::from_utf8_lossy(&output.stdout), diagram.boxes.len())
}

/// Reads `dot -Tplain`: `graph scale width height`, `node name x y width height …` and
/// `edge tail head n x1 y1 … xn yn …`, in inches with y up the page.
fn plain(text: &str, count: usize) -> Result<(Vec<Area>, Vec<Route>), String> {
    let mut height = 0.0;
    let mut areas = vec![[0.0; 4]; count];
    let mut routes = Vec::new();
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let number = |i: usize| words.get(i).and_then(|w| w.parse::<f64>().ok()).ok_or(format!("unreadable: {line}"));
        let node = |i: usize| {
            words.get(i).and_then(|w| w.strip_prefix('n')?.parse::<usize>().ok()).ok_or(format!("unreadable: {line}"))
        };
        match words.first() {
            Some(&"graph") => height = number(3)?,
            Some(&"node") => {
                let (x, y, w, h) = (number(2)?, height - number(3)?, number(4)?, number(5)?);
                if let Some(area) = areas.get_mut(node(1)?) {
                    *area = [x - w / 2.0, y - h / 2.0, x + w / 2.0, y + h / 2.0].map(|v| v * POINTS);
                }
            }
            Some(&"edge") => {
                let n = number(3)? as usize;
                let controls =
                    (0..n).map(|i| Ok((number(4 + 2 * i)? * POINTS, (height - number(5 + 2 * i)?) * POINTS)));
                let controls = controls.collect::<Result<Vec<_>, String>>()?;
                routes.push(Route { from: node(1)?, to: node(2)?, points: flatten(&controls) });
            }
            _ => {}
        }
    }
    Ok((areas, routes))
}

/// A piecewise cubic Bézier (1 + 3k control points) as a polyline.
fn flatten(controls: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut points = controls.first().copied().into_iter().collect::<Vec<_>>();
    for piece in controls.windows(4).step_by(3) {
        for step in 1..=PIECES {
            let t = step as f64 / PIECES as f64;
            let u = 1.0 - t;
            let weights = [u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t];
            let x = piece.iter().zip(weights).map(|(p, w)| p.0 * w).sum();
            let y = piece.iter().zip(weights).map(|(p, w)| p.1 * w).sum();
            points.push((x, y));
        }
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_output_is_read_in_points_with_y_down() {
        let text = "graph 1 4 3\nnode n0 1 2.5 2 1 \"A box\" solid box black lightgrey\n\
                    node n1 1 0.5 2 1 B solid box black lightgrey\n\
                    edge n0 n1 4 1 2 1 1.5 1 1.5 1 1 Yes 1.1 1.5 solid black\nstop\n";
        let (areas, routes) = plain(text, 2).expect("readable");
        assert_eq!(areas[0], [0.0, 0.0, 144.0, 72.0]);
        assert_eq!(routes.len(), 1);
        assert_eq!(routes[0].points.first(), Some(&(72.0, 72.0)));
        assert_eq!(routes[0].points.last(), Some(&(72.0, 144.0)));
        assert_eq!(routes[0].points.len(), 1 + PIECES);
    }

    #[test]
    fn a_straight_cubic_flattens_onto_its_line() {
        let line = flatten(&[(0.0, 0.0), (0.0, 1.0), (0.0, 2.0), (0.0, 3.0)]);
        assert!(line.iter().all(|p| p.0 == 0.0));
        assert_eq!(line.last(), Some(&(0.0, 3.0)));
    }
}
