use chrono::NaiveDate;

use super::*;
use crate::route::Route;

fn library() -> Library {
    Library::shipped().expect("shipped packs")
}

fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).expect("a real date")
}

fn paragraphs(guide: &Guide) -> Vec<&str> {
    guide
        .blocks
        .iter()
        .filter_map(|block| if let Block::Paragraph(text) = block { Some(text.as_str()) } else { None })
        .collect()
}

fn rows(guide: &Guide) -> Vec<(&str, &str)> {
    guide
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Row { label, value } => Some((label.as_str(), value.as_str())),
            _ => None,
        })
        .collect()
}

#[test]
fn every_topic_reads_back_from_its_address_and_has_a_heading() {
    let library = library();
    let mut topics = vec![Topic::Agreements, Topic::Handling];
    topics.extend(Method::ALL.into_iter().map(Topic::Method));
    topics.extend(
        library.packs.iter().filter(|pack| pack.agreement.is_some()).map(|p| Topic::Agreement(p.pack.id.clone())),
    );
    assert_eq!(topics.len(), 2 + 10 + 5);
    for topic in topics {
        let route = Route::Guide(topic.clone());
        assert_eq!(Route::from_hash(&route.href()), Some(route.clone()), "{topic:?}");
        assert_eq!(route.clone().resolve(&library), route);
        assert!(guide(&library, &topic, day(2026, 12, 4)).is_some(), "{topic:?}");
    }
    assert_eq!(Route::Guide(Topic::Agreement("national".into())).resolve(&library), Route::NotFound);
    assert_eq!(Route::from_hash("#/handling/carrier-pigeon"), Some(Route::NotFound));
}

#[test]
fn the_due_for_review_notice_shows_once_the_date_has_passed() {
    let library = library();
    let lincolnshire = Topic::Agreement("lincolnshire".into());
    let before = guide(&library, &lincolnshire, day(2025, 2, 28)).expect("page");
    assert_eq!(before.notice, None);
    assert!(rows(&before).contains(&("Status", "Next review due 1 March 2025")));
    let after = guide(&library, &lincolnshire, day(2025, 3, 1)).expect("page");
    assert!(after
        .notice
        .as_deref()
        .is_some_and(|notice| notice.starts_with("This agreement has been due for review since 1 March 2025.")));
    assert!(rows(&after).contains(&("Status", "Due for review since 1 March 2025")));
    let index = guide(&library, &Topic::Agreements, day(2025, 3, 1)).expect("page");
    assert_eq!(index.links.len(), 5);
    let nel = index.links.iter().find(|link| link.href == "#/agreements/north-east-lincolnshire").expect("NEL");
    assert_eq!(nel.hint.as_deref(), Some("The document gives no review date"));
}

#[test]
fn an_agreement_page_lists_its_contacts_and_the_helpers_that_read_its_rules() {
    let library = library();
    let page = guide(&library, &Topic::Agreement("lincolnshire".into()), day(2026, 12, 4)).expect("page");
    assert!(rows(&page).iter().any(|(label, _)| label.starts_with("Data protection officer")));
    let hrefs: Vec<&str> = page.links.iter().map(|link| link.href.as_str()).collect();
    assert!(hrefs.contains(&"#/forms/lincolnshire/police-disclosure-request"), "{hrefs:?}");
    assert!(hrefs.contains(&"#/forms/national/breach-record"));
    assert!(hrefs.contains(&"#/forms/national/retention-date"));
    assert!(hrefs.contains(&"#/handling"));
    let nel = guide(&library, &Topic::Agreement("north-east-lincolnshire".into()), day(2026, 12, 4)).expect("page");
    let nel_hrefs: Vec<&str> = nel.links.iter().map(|link| link.href.as_str()).collect();
    assert!(!nel_hrefs.contains(&"#/forms/national/breach-record"), "NEL has no breach rules: {nel_hrefs:?}");
}

#[test]
fn where_the_agreements_differ_both_rules_are_shown_with_their_sources() {
    let library = library();
    let page = guide(&library, &Topic::Method(Method::PostOrCourier), day(2026, 12, 4)).expect("page");
    let sensitive = rows(&page).into_iter().filter(|(label, _)| !label.is_empty()).count();
    assert!(sensitive >= 2, "{page:#?}");
    assert!(
        paragraphs(&page).iter().any(|text| text.starts_with("Source") && text.contains("Lincolnshire ISA")),
        "{:?}",
        paragraphs(&page)
    );
    assert!(
        paragraphs(&page).iter().any(|text| text.starts_with("Source") && text.contains("LLR safeguarding ISA")),
        "{:?}",
        paragraphs(&page)
    );
    assert!(paragraphs(&page)
        .iter()
        .any(|text| text.starts_with("The agreements set no handling rules at this level")));
}

#[test]
fn the_handling_page_gives_every_markings_meaning_and_every_method() {
    let library = library();
    let page = guide(&library, &Topic::Handling, day(2026, 12, 4)).expect("page");
    let labels: Vec<&str> = rows(&page).into_iter().map(|(label, _)| label).collect();
    assert_eq!(labels, ["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET"]);
    assert_eq!(page.links.len(), Method::ALL.len());
}
