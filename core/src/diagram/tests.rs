use super::*;
use crate::library::Library;
use chrono::NaiveDate;

fn lawful_basis(library: &Library) -> &Flowchart {
    library.flowchart("national", "lawful-basis").expect("the lawful basis finder")
}

/// A walk of the lawful basis finder that has read the introduction and answered No to the
/// law enforcement question, and the time it did so.
fn past_the_first_question(chart: &Flowchart) -> (Walk, chrono::NaiveDateTime) {
    let at = NaiveDate::from_ymd_opt(2026, 3, 2).and_then(|d| d.and_hms_opt(10, 0, 0)).expect("a time");
    let mut walk = Walk::default();
    walk.acknowledge(chart, "about-lawful-basis", at).expect("read");
    walk.answer(chart, "law-enforcement", 1, at).expect("No");
    (walk, at)
}

#[test]
fn every_node_and_every_pair_of_joined_steps_is_drawn() {
    let library = Library::shipped().expect("packs parse");
    for (_, chart) in library.flowcharts() {
        let diagram = flowchart(chart, &Walk::default());
        assert!(chart.nodes.iter().all(|node| diagram.boxes.iter().any(|b| b.node == node.id)), "{}", chart.id);
        assert_eq!(diagram.boxes.len(), Graph::of_chart(chart).nodes.len(), "{}", chart.id);
        assert!(diagram.boxes.iter().all(|b| b.step.is_none()), "{}: nothing marked before the first answer", chart.id);
        assert_eq!(diagram.edges.len(), Graph::of_chart(chart).edges.len(), "{}", chart.id);
        for edge in &diagram.edges {
            let (from, to) = (edge.points[0], edge.head[1]);
            assert!(from.y < to.y, "{}: arrows point down the page", chart.id);
        }
    }
}

#[test]
fn the_path_is_numbered_and_its_arrows_and_chosen_labels_marked() {
    let library = Library::shipped().expect("packs parse");
    let chart = lawful_basis(&library);
    let (mut walk, at) = past_the_first_question(chart);
    walk.answer(chart, "public-authority", 0, at).expect("Yes");
    walk.answer(chart, "art6-public", 1, at).expect("Legal obligation");
    let diagram = flowchart(chart, &walk);
    let step = |id: &str| diagram.boxes.iter().find(|b| b.id == id).and_then(|b| b.step);
    assert_eq!(step("about-lawful-basis"), Some(1));
    assert_eq!(step("art6-public"), Some(4));
    assert_eq!(step("special-category"), Some(5), "the step the user is on");
    assert_eq!(step("art6-other"), None);
    let on_path: Vec<(&str, &str)> =
        diagram.edges.iter().filter(|e| e.on_path).map(|e| (e.from.as_str(), e.to.as_str())).collect();
    assert_eq!(on_path.len(), 4);
    let merged = diagram.edges.iter().find(|e| e.from == "art6-public" && e.to == "special-category").expect("arrow");
    let taken: Vec<&str> =
        merged.label.iter().flat_map(|l| &l.lines).filter(|l| l.taken).map(|l| l.text.as_str()).collect();
    assert_eq!(taken, ["• Legal obligation"]);
}

#[test]
fn a_path_to_an_outcome_drawn_apart_marks_the_copy_beside_the_last_question() {
    let library = Library::shipped().expect("packs parse");
    let chart = lawful_basis(&library);
    let (mut walk, at) = past_the_first_question(chart);
    let question = chart.node("public-authority").expect("the second question");
    let not_sure = question.options.iter().position(|o| o.label == "Not sure").expect("a Not sure option");
    walk.answer(chart, "public-authority", not_sure, at).expect("Not sure");
    let outcome = &chart.node(&question.options[not_sure].next).expect("an outcome").id;
    let diagram = flowchart(chart, &walk);
    let copies: Vec<&NodeBox> = diagram.boxes.iter().filter(|b| &b.node == outcome).collect();
    assert!(copies.len() > 1, "{outcome} is drawn beside each step that leads there");
    let marked: Vec<&NodeBox> = copies.into_iter().filter(|b| b.step.is_some()).collect();
    assert_eq!(marked.len(), 1, "one of its boxes is on the path");
    let last = diagram.edges.iter().find(|e| e.on_path && e.from == "public-authority").expect("the last arrow");
    assert_eq!(last.to, marked[0].id, "the arrow taken leads to the box marked");
    assert_eq!(marked[0].step, Some(4));
}

#[test]
fn a_record_path_is_one_column_with_every_answer_on_its_arrow() {
    let library = Library::shipped().expect("packs parse");
    let chart = lawful_basis(&library);
    let pack = library.pack("national").expect("national pack");
    let at = NaiveDate::from_ymd_opt(2026, 3, 2).and_then(|d| d.and_hms_opt(10, 0, 0)).expect("a time");
    let mut walk = Walk::default();
    walk.acknowledge(chart, "about-lawful-basis", at).expect("read");
    let question = chart.node("law-enforcement").expect("the first question");
    let not_sure = question.options.iter().position(|o| o.label == "Not sure").expect("a Not sure option");
    walk.answer(chart, "law-enforcement", not_sure, at).expect("Not sure");
    let context = crate::record::wizard_context(&library, pack, chart, &walk).expect("an outcome");
    let diagram = path_only(&context);
    assert_eq!(diagram.boxes.len(), context.path.len() + 1);
    let xs: Vec<i32> = diagram.boxes.iter().map(|b| b.rect.x + b.rect.width / 2).collect();
    assert!(xs.windows(2).all(|pair| (pair[0] - pair[1]).abs() <= 1), "one column: {xs:?}");
    assert!(diagram.boxes.iter().all(|b| b.step.is_some()));
    assert!(diagram
        .edges
        .iter()
        .all(|e| e.on_path && e.label.as_ref().is_some_and(|l| l.lines.iter().all(|l| l.taken))));
    assert!(check::problems(&diagram).is_empty());
}

#[test]
fn box_text_fits_its_box_and_labels_have_a_bullet_per_option() {
    let (lines, (width, height)) = box_text("Is there a clear and legitimate purpose for sharing the information?");
    assert!(lines.iter().all(|line| text::width(line, false) + BOX_GUTTER + BOX_PADDING <= width));
    assert_eq!(height, lines.len() as i32 * LINE_HEIGHT + 2 * BOX_PADDING);
    let labels = [OptionLabel { option: 0, text: "Yes".into() }, OptionLabel { option: 2, text: "Not sure".into() }];
    let (lines, _) = label_text(&labels).expect("a label");
    let texts: Vec<&str> = lines.iter().map(|line| line.text.as_str()).collect();
    assert_eq!(texts, ["• Yes", "• Not sure"]);
    assert_eq!(lines[1].option, 2);
    assert!(label_text(&[]).is_none());
}
