//! Routes: parsing, round trips, unique titles, and what resolves to Not found.

use super::*;
use proptest::prelude::*;
use std::collections::HashSet;

fn library() -> Library {
    Library::shipped().expect("packs parse")
}

/// Every page of the app: each tool's pages and each wizard node's step page.
fn every_route(library: &Library) -> Vec<Route> {
    let mut routes = vec![
        Route::Home,
        Route::Open,
        Route::Opened,
        Route::TeamKey,
        Route::Guide(Topic::TeamKeys),
        Route::Sources,
        Route::Privacy,
        Route::Draft,
        Route::Packs,
        Route::Author,
        Route::Accessibility,
        Route::NotFound,
        Route::Training(TrainingPage::Library),
        Route::Training(TrainingPage::Practice),
        Route::Training(TrainingPage::Summary),
        Route::Training(TrainingPage::Quiz),
    ];
    routes.extend((0..library.quiz().count()).map(|n| Route::Training(TrainingPage::PresentQuiz(n))));
    for (pack, scenario) in library.scenarios() {
        let key = ScenarioKey::new(pack, &scenario.id);
        routes.push(Route::Training(TrainingPage::Brief(key.clone())));
        routes.push(Route::Training(TrainingPage::Answers(key.clone())));
        let slides = crate::training::deck(scenario).len();
        routes.extend((0..slides).map(|n| Route::Training(TrainingPage::Present(key.clone(), n))));
    }
    let tools = library
        .checklists()
        .map(|(pack, c)| ToolKey::checklist(pack, &c.id))
        .chain(library.flowcharts().map(|(pack, f)| ToolKey::wizard(pack, &f.id)));
    for key in tools {
        for page in [ToolPage::Start, ToolPage::Record(None), ToolPage::Check, ToolPage::Document, ToolPage::Seal] {
            routes.push(Route::Tool { key: key.clone(), page });
        }
    }
    for (pack, form) in library.forms() {
        let key = ToolKey::form(pack, &form.id);
        for page in [ToolPage::Start, ToolPage::Check, ToolPage::Document, ToolPage::Seal] {
            routes.push(Route::Tool { key: key.clone(), page });
        }
        for section in &form.sections {
            routes.push(Route::Tool { key: key.clone(), page: ToolPage::Step(section.id.clone()) });
        }
    }
    for (pack, chart) in library.flowcharts() {
        routes.push(Route::Tool { key: ToolKey::wizard(pack, &chart.id), page: ToolPage::Diagram });
        for node in &chart.nodes {
            routes.push(Route::Tool { key: ToolKey::wizard(pack, &chart.id), page: ToolPage::Step(node.id.clone()) });
        }
    }
    routes
}

#[test]
fn fragments_parse_to_routes() {
    let golden = ToolKey::checklist("national", "golden-rules-2024");
    assert_eq!(Route::from_hash(""), Some(Route::Home));
    assert_eq!(Route::from_hash("#"), Some(Route::Home));
    assert_eq!(Route::from_hash("#/"), Some(Route::Home));
    assert_eq!(Route::from_hash("#/sources"), Some(Route::Sources));
    assert_eq!(Route::from_hash("#/privacy/"), Some(Route::Privacy));
    assert_eq!(Route::from_hash("#/nope"), Some(Route::NotFound));
    assert_eq!(
        Route::from_hash("#/checklists/national/golden-rules-2024"),
        Some(Route::Tool { key: golden.clone(), page: ToolPage::Start })
    );
    assert_eq!(
        Route::from_hash("#/checklists/national/golden-rules-2024/record/rationale"),
        Some(Route::Tool { key: golden, page: ToolPage::Record(Some("rationale".into())) })
    );
    assert_eq!(
        Route::from_hash("#/wizards/national/should-i-share/step/purpose"),
        Some(Route::Tool {
            key: ToolKey::wizard("national", "should-i-share"),
            page: ToolPage::Step("purpose".into())
        })
    );
    assert_eq!(Route::from_hash("#/checklists/national/golden-rules-2024/step/x"), Some(Route::NotFound));
    assert_eq!(Route::from_hash("#main-content"), None);
    assert_eq!(Route::from_hash("#/open"), Some(Route::Open));
    assert_eq!(Route::from_hash("#/open/file"), Some(Route::Opened));
    assert_eq!(Route::from_hash("#/open/team-key"), Some(Route::TeamKey));
    assert_eq!(Route::from_hash("#/team-keys"), Some(Route::Guide(Topic::TeamKeys)));
    assert_eq!(Route::from_hash("#/team-keys/x"), Some(Route::NotFound));
    assert_eq!(
        Route::from_hash("#/forms/lincolnshire/police-disclosure-request/seal"),
        Some(Route::Tool { key: ToolKey::form("lincolnshire", "police-disclosure-request"), page: ToolPage::Seal })
    );
}

#[test]
fn training_fragments_parse_and_missing_scenarios_and_slides_are_not_found() {
    let library = library();
    let key = ScenarioKey::new("training", "nobody");
    assert_eq!(Route::from_hash("#/training"), Some(Route::Training(TrainingPage::Library)));
    assert_eq!(Route::from_hash("#/training/quiz/present/2"), Some(Route::Training(TrainingPage::PresentQuiz(2))));
    assert_eq!(Route::from_hash("#/training/quiz/present/02"), Some(Route::NotFound));
    assert_eq!(Route::from_hash("#/training/training/nobody/present/x"), Some(Route::NotFound));
    assert_eq!(
        Route::from_hash("#/training/training/nobody/answers"),
        Some(Route::Training(TrainingPage::Answers(key.clone())))
    );
    assert_eq!(Route::Training(TrainingPage::Brief(key)).resolve(&library), Route::NotFound);
    let quiz_end = Route::Training(TrainingPage::PresentQuiz(library.quiz().count()));
    assert_eq!(quiz_end.resolve(&library), Route::NotFound);
    if let Some((pack, scenario)) = library.scenarios().next() {
        let past = crate::training::deck(scenario).len();
        let last = Route::Training(TrainingPage::Present(ScenarioKey::new(pack, &scenario.id), past));
        assert_eq!(last.resolve(&library), Route::NotFound);
    };
}

#[test]
fn every_route_round_trips_through_its_href() {
    let library = library();
    for route in every_route(&library) {
        assert_eq!(Route::from_hash(&route.href()), Some(route.clone()), "{route:?}");
    }
}

#[test]
fn titles_are_unique() {
    let library = library();
    let routes = every_route(&library);
    let mut seen = HashSet::new();
    for route in &routes {
        let title = route.title(&library);
        assert!(seen.insert(title.clone()), "duplicate title {title} for {route:?}");
    }
}

#[test]
fn pages_drawn_without_the_packs_have_the_same_heading_and_title_either_way() {
    let library = library();
    let fixed: Vec<Route> = every_route(&library).into_iter().filter(|route| !route.needs_packs()).collect();
    assert_eq!(fixed, [Route::Home, Route::Privacy, Route::Author, Route::Accessibility, Route::NotFound]);
    for route in fixed {
        assert_eq!(route.fixed_heading().map(str::to_owned), Some(route.heading(&library)), "{route:?}");
        assert_eq!(route.fixed_title(), Some(route.title(&library)), "{route:?}");
    }
    assert!(Route::Sources.fixed_title().is_none() && Route::Sources.needs_packs());
}

#[test]
fn unknown_tools_and_steps_resolve_to_not_found() {
    let library = library();
    let missing = Route::Tool { key: ToolKey::checklist("national", "missing"), page: ToolPage::Start };
    assert_eq!(missing.resolve(&library), Route::NotFound);
    let golden = Route::Tool { key: ToolKey::checklist("national", "golden-rules-2024"), page: ToolPage::Check };
    assert_eq!(golden.clone().resolve(&library), golden);
}

#[test]
fn only_tool_pages_other_than_diagrams_and_opened_files_hold_case_data() {
    let library = library();
    for route in every_route(&library) {
        let case_page =
            matches!(&route, Route::Tool { page, .. } if *page != ToolPage::Diagram) || route == Route::Opened;
        assert_eq!(route.holds_case_data(), case_page, "{route:?}");
    }
}

proptest! {
    #[test]
    fn any_fragment_parses_without_panicking(hash in "\\PC{0,80}") {
        let _ = Route::from_hash(&hash);
    }
}

#[test]
fn a_tool_path_reads_back_as_its_key_and_nothing_else_does() {
    let key = ToolKey::form("lincolnshire", "police-disclosure-request");
    assert_eq!(ToolKey::from_path(&key.path()), Some(key));
    for not_a_tool in ["wizards/national/should-i-share/step/purpose", "forms/lincolnshire", "sources", "", "a/b/c"] {
        assert_eq!(ToolKey::from_path(not_a_tool), None, "{not_a_tool}");
    }
}

#[test]
fn a_form_section_opened_to_change_an_answer_has_its_own_address_and_the_section_title() {
    let library = library();
    let key = ToolKey::form("lincolnshire", "police-disclosure-request");
    let base = "#/forms/lincolnshire/police-disclosure-request/section/subjects";
    let change = |focus: Option<&str>| Route::Tool {
        key: key.clone(),
        page: ToolPage::Change { section: "subjects".into(), focus: focus.map(str::to_owned) },
    };
    let to_alias = change(Some("subjects[1].other-names[0].name"));
    assert_eq!(to_alias.href(), format!("{base}/change/subjects[1].other-names[0].name"));
    assert_eq!(Route::from_hash(&to_alias.href()), Some(to_alias.clone()));
    assert_eq!(Route::from_hash(&format!("{base}/change")), Some(change(None)));
    assert_eq!(Route::from_hash(&format!("{base}/change/a/b")), Some(Route::NotFound));
    let step = Route::Tool { key: key.clone(), page: ToolPage::Step("subjects".into()) };
    assert_eq!(to_alias.title(&library), step.title(&library));
    assert_eq!(to_alias.clone().resolve(&library), to_alias);
    let missing = Route::Tool { key, page: ToolPage::Change { section: "nope".into(), focus: None } };
    assert_eq!(missing.resolve(&library), Route::NotFound);
    let wizard = "#/wizards/national/should-i-share/section/purpose/change";
    assert_eq!(Route::from_hash(wizard), Some(Route::NotFound));
}
