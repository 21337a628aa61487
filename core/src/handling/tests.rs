use super::*;
use crate::library::Library;

fn packs() -> Vec<Pack> {
    Library::shipped().expect("packs parse").packs
}

#[test]
fn where_two_agreements_speak_to_a_method_both_are_found_in_pack_order() {
    let packs = packs();
    let post: Vec<&str> = rules_for(&packs, Marking::OfficialSensitive, Method::PostOrCourier)
        .iter()
        .map(|(pack, _)| pack.pack.id.as_str())
        .collect();
    assert_eq!(post, ["lincolnshire", "llr"]);
    let rules = rules_for(&packs, Marking::OfficialSensitive, Method::PostOrCourier);
    assert!(rules[0].1.rule.contains("never mark the classification on the envelope"));
    assert!(rules[1].1.rule.contains("with the protective marking shown"));
}

#[test]
fn above_official_sensitive_only_the_meeting_rule_applies() {
    let packs = packs();
    for method in Method::ALL.into_iter().filter(|method| *method != Method::MeetingPapers) {
        assert!(rules_for(&packs, Marking::Secret, method).is_empty(), "{method:?}");
        assert!(rules_for(&packs, Marking::TopSecret, method).is_empty(), "{method:?}");
    }
    let meeting = rules_for(&packs, Marking::TopSecret, Method::MeetingPapers);
    assert_eq!(meeting.len(), 1);
    assert_eq!(meeting[0].0.pack.id, "lancashire");
}

#[test]
fn every_marking_has_a_meaning_and_every_slug_reads_back() {
    let packs = packs();
    for marking in Marking::ALL {
        let (pack, level) = meaning(&packs, marking).expect("a meaning");
        assert_eq!((pack.pack.id.as_str(), level.marking), ("lancashire", marking));
        assert_eq!(Marking::from_slug(marking.slug()), Some(marking));
        assert!(!marking.label().is_empty());
    }
    for method in Method::ALL {
        assert_eq!(Method::from_slug(method.slug()), Some(method));
        assert!(!method.label().is_empty());
    }
    assert_eq!(Marking::from_slug("restricted"), None);
    assert_eq!(Method::from_slug("pigeon"), None);
}
