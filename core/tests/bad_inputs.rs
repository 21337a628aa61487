//! A table of bad inputs to the shipped forms and the exact message each gets.
//!
//! Each row starts from a complete, valid set of answers (`common`), changes what the row
//! says, and expects exactly one issue: on that input, with that message and severity. A
//! change is `path = value`, or `choose:path = value` to tick a checkbox, or
//! `remove:path = index` to remove a group instance. "Now" is 10am on 25 November 2025.
//!
//! Then team keys: a key a pack publishes, a key file a team chooses, and a file opened the
//! wrong way, each with its exact message.

mod common;

use common::*;
use infoshare_core::form::{validate, Answers, Severity};
use Severity::{Error, Warning};

const POLICE: &str = "police-disclosure-request";
const ENCOMPASS: &str = "encompass-notification";
const LANCASHIRE: &str = "request-with-legal-grounds";
const NOTIFICATIONS: &str = "domestic-abuse-notifications";
const DECISION: &str = "sharing-decision-record";
const BREACH: &str = "breach-record";
const RETENTION: &str = "retention-date";
const MEETING: &str = "meeting-sign-in";

const EMAIL: &str = "Enter an email address in the correct format, like name@example.com";
const PHONE: &str = "Enter a UK telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192";
const POSTCODE: &str = "Enter a real postcode, like SW1A 1AA";
const NAME_CHARS: &str = "must only include letters, spaces, hyphens and apostrophes";

struct Row {
    form: &'static str,
    changes: Vec<(&'static str, String)>,
    path: &'static str,
    severity: Severity,
    message: String,
}

fn row(form: &'static str, changes: &[(&'static str, &str)], path: &'static str, message: &str) -> Row {
    let changes = changes.iter().map(|(path, value)| (*path, (*value).to_owned())).collect();
    Row { form, changes, path, severity: Error, message: message.to_owned() }
}

fn warn(form: &'static str, changes: &[(&'static str, &str)], path: &'static str, message: &str) -> Row {
    Row { severity: Warning, ..row(form, changes, path, message) }
}

fn long(form: &'static str, at: &'static str, text: String, path: &'static str, message: &str) -> Row {
    Row { form, changes: vec![(at, text)], path, severity: Error, message: message.to_owned() }
}

fn personal(domain: &str) -> String {
    format!("{domain} is a personal email service. Do not send sensitive information to it: use a secure work email address")
}

fn rows() -> Vec<Row> {
    vec![
        // Helper forms: the skipped hour, future discovery, a suspension with no start, no
        // date to count from, an attendee with no organisation, a meeting with nobody.
        row(BREACH, &[("discovered.day", "29"), ("discovered.month", "3"), ("discovered.year", "2026"), ("discovered.time", "1:30am")], "discovered.time", "That time did not happen in the UK: the clocks went forward from 1am to 2am. Enter the time as it showed on the clock"),
        row(BREACH, &[("discovered.day", "26")], "discovered.day", "When the breach was discovered must be now or in the past"),
        row(BREACH, &[("suspend", "yes")], "suspended-on.day", "Enter when the suspension starts"),
        row(RETENTION, &[("counted-from.year", "")], "counted-from.year", "The date the rule counts from must include a year"),
        row(MEETING, &[("attendees[1].organisation", "")], "attendees[1].organisation", "Enter the attendee's organisation"),
        row(MEETING, &[("remove:attendees", "1"), ("remove:attendees", "0")], "attendees", "Add an attendee"),
        // Names: any script is fine, digits and symbols are not.
        row(POLICE, &[("requester-name", "R2D2")], "requester-name", &format!("Your name {NAME_CHARS}")),
        row(POLICE, &[("requester-name", "  \n ")], "requester-name", "Enter your name"),
        row(POLICE, &[("subjects[0].forename", "<script>")], "subjects[0].forename", &format!("Forename {NAME_CHARS}")),
        row(POLICE, &[("subjects[0].forename", "Dan@home")], "subjects[0].forename", &format!("Forename {NAME_CHARS}")),
        long(POLICE, "subjects[0].surname", "ł".repeat(101), "subjects[0].surname", "Surname must be 100 characters or fewer (you have 101)"),
        row(POLICE, &[("children[0].name", "")], "children[0].name", "Enter the child's full name"),
        row(POLICE, &[("subjects[0].other-names[0].name", "")], "subjects[0].other-names[0].name", "Enter the previous name or alias"),
        row(ENCOMPASS, &[("child-name", "Maya 2")], "child-name", &format!("Child's name {NAME_CHARS}")),
        row(DECISION, &[("maker-name", "J0hn")], "maker-name", &format!("Name {NAME_CHARS}")),
        // Email addresses, and personal email services.
        row(POLICE, &[("social-worker-email", "priya.shah")], "social-worker-email", EMAIL),
        row(POLICE, &[("social-worker-email", "priya@localhost")], "social-worker-email", EMAIL),
        row(POLICE, &[("social-worker-email", "priya shah@lincolnshire.gov.uk")], "social-worker-email", EMAIL),
        row(POLICE, &[("social-worker-email", "priya@@lincolnshire.gov.uk")], "social-worker-email", EMAIL),
        row(POLICE, &[("social-worker-email", "")], "social-worker-email", "Enter the social worker's email address"),
        row(POLICE, &[("team-assistant-email", "ta@lincolnshire")], "team-assistant-email", EMAIL),
        long(POLICE, "social-worker-email", format!("{}@lincolnshire.gov.uk", "a".repeat(240)), "social-worker-email", "Email address must be 254 characters or fewer"),
        warn(POLICE, &[("social-worker-email", "priya.shah@gmail.com")], "social-worker-email", &personal("gmail.com")),
        warn(POLICE, &[("team-assistant-email", "TA@Hotmail.co.uk")], "team-assistant-email", &personal("hotmail.co.uk")),
        warn(LANCASHIRE, &[("requester-email", "jo@yahoo.com")], "requester-email", &personal("yahoo.com")),
        warn(LANCASHIRE, &[("requester-email", "jo@icloud.com")], "requester-email", &personal("icloud.com")),
        // UK telephone numbers.
        row(LANCASHIRE, &[("requester-phone", "999")], "requester-phone", PHONE),
        row(LANCASHIRE, &[("requester-phone", "+33 1 23 45 67 89")], "requester-phone", PHONE),
        row(LANCASHIRE, &[("requester-phone", "01632 960 001 ext 2")], "requester-phone", PHONE),
        // Dates: real, complete, and in the right place in time.
        row(POLICE, &[("request-date.day", "32")], "request-date.day", "Date of request must be a real date"),
        row(POLICE, &[("request-date.month", "13")], "request-date.day", "Date of request must be a real date"),
        row(POLICE, &[("request-date.day", "")], "request-date.day", "Date of request must include a day"),
        row(POLICE, &[("request-date.year", "25")], "request-date.year", "Year must include 4 numbers"),
        row(POLICE, &[("request-date.day", "26")], "request-date.day", "Date of request must be today or in the past"),
        row(POLICE, &[("subjects[0].date-of-birth.day", "29"), ("subjects[0].date-of-birth.month", "2"), ("subjects[0].date-of-birth.year", "2023")], "subjects[0].date-of-birth.day", "Date of birth must be a real date"),
        row(POLICE, &[("subjects[0].date-of-birth.year", "2026")], "subjects[0].date-of-birth.day", "Date of birth must be in the past"),
        row(POLICE, &[("subjects[0].date-of-birth.day", "25"), ("subjects[0].date-of-birth.month", "11"), ("subjects[0].date-of-birth.year", "2025")], "subjects[0].date-of-birth.day", "Date of birth must be in the past"),
        row(POLICE, &[("subjects[0].date-of-birth.year", "1900")], "subjects[0].date-of-birth.day", "Date of birth must be the same as or after 25 November 1905"),
        row(POLICE, &[("subjects[0].date-of-birth.month", ""), ("subjects[0].date-of-birth.year", "")], "subjects[0].date-of-birth.month", "Date of birth must include a month and year"),
        row(POLICE, &[("subjects[0].date-of-birth.day", ""), ("subjects[0].date-of-birth.month", ""), ("subjects[0].date-of-birth.year", "")], "subjects[0].date-of-birth.day", "Enter the date of birth"),
        row(POLICE, &[("subjects[0].date-of-birth.month", "Smarch")], "subjects[0].date-of-birth.day", "Date of birth must be a real date"),
        row(POLICE, &[("subjects[0].moved-in.year", "2026")], "subjects[0].moved-in.day", "Date they moved to the current address must be today or in the past"),
        row(ENCOMPASS, &[("recorded-on.day", "26")], "recorded-on.day", "Date of this record must be today or in the past"),
        row(LANCASHIRE, &[("urgency", "urgent"), ("needed-by.day", "24"), ("needed-by.month", "11"), ("needed-by.year", "2025")], "needed-by.day", "Date you need a reply by must be today or in the future"),
        // Dates and times.
        row(ENCOMPASS, &[("incident-when.time", "25:00")], "incident-when.time", "Date and time of the incident must be a real time, like 14:30 or 2:30pm"),
        row(ENCOMPASS, &[("incident-when.time", " ")], "incident-when.time", "Date and time of the incident must include a time, like 14:30 or 2:30pm"),
        row(ENCOMPASS, &[("incident-when.day", "25"), ("incident-when.time", "11am")], "incident-when.time", "Date and time of the incident must be now or in the past"),
        row(ENCOMPASS, &[("incident-when.day", ""), ("incident-when.month", ""), ("incident-when.year", "")], "incident-when.day", "Date and time of the incident must include a date"),
        row(DECISION, &[("decided-on.time", "11am")], "decided-on.time", "Date and time of decision must be now or in the past"),
        row(DECISION, &[("decided-on.time", "noon")], "decided-on.time", "Enter the time of the decision, like 14:30 or 2:30pm"),
        // Postcodes and addresses.
        row(POLICE, &[("subjects[0].current-address.postcode", "LN1")], "subjects[0].current-address.postcode", POSTCODE),
        row(POLICE, &[("subjects[0].current-address.postcode", "12345")], "subjects[0].current-address.postcode", POSTCODE),
        row(POLICE, &[("subjects[0].current-address.postcode", "")], "subjects[0].current-address.postcode", "Enter the postcode of the current address"),
        row(POLICE, &[("subjects[0].other-addresses[0].address.postcode", "75001")], "subjects[0].other-addresses[0].address.postcode", POSTCODE),
        row(ENCOMPASS, &[("home-address.postcode", "QQ1 1AA")], "home-address.postcode", POSTCODE),
        row(ENCOMPASS, &[("home-address.lines", " \n ")], "home-address.lines", "Enter the child's home address"),
        long(ENCOMPASS, "home-address.lines", "x".repeat(501), "home-address.lines", "Home address must be 500 characters or fewer (you have 501)"),
        row(ENCOMPASS, &[("incident-at-home", "no"), ("incident-address.postcode", "RG1 9ZZ")], "incident-address.lines", "Enter the incident address"),
        // NHS numbers, references and numbers.
        row(LANCASHIRE, &[("subjects[0].nhs-number", "943 476 5918")], "subjects[0].nhs-number", "Enter a real NHS number, like 943 476 5919"),
        row(LANCASHIRE, &[("subjects[0].nhs-number", "94347659")], "subjects[0].nhs-number", "NHS number must be 10 numbers, like 943 476 5919"),
        row(LANCASHIRE, &[("subjects[0].nhs-number", "943476591X")], "subjects[0].nhs-number", "NHS number must be 10 numbers, like 943 476 5919"),
        row(ENCOMPASS, &[("occurrence-number", "43/25; DROP")], "occurrence-number", "NICHE occurrence number must only include letters, numbers, spaces, hyphens and slashes"),
        row(ENCOMPASS, &[("occurrence-number", "")], "occurrence-number", "Enter the NICHE occurrence number"),
        long(NOTIFICATIONS, "household-reference", "A".repeat(51), "household-reference", "Household or case reference must be 50 characters or fewer (you have 51)"),
        row(ENCOMPASS, &[("child-age", "nine")], "child-age", "Child's age must be a whole number, like 7"),
        row(ENCOMPASS, &[("child-age", "26")], "child-age", "Child's age must be between 0 and 25"),
        row(ENCOMPASS, &[("child-age", "10")], "child-age", "Child's age does not match the date of birth: someone born on 14 February 2016 was 9 on 24 November 2025"),
        row(ENCOMPASS, &[("child-age", ""), ("child-date-of-birth.day", ""), ("child-date-of-birth.month", ""), ("child-date-of-birth.year", "")], "child-date-of-birth.day", "Enter the child's age or date of birth"),
        // Choices, and what they make required.
        row(POLICE, &[("urgency", "")], "urgency", "Select whether the request is urgent"),
        row(POLICE, &[("urgency", "maybe")], "urgency", "Select whether the request is urgent"),
        row(POLICE, &[("urgency", "urgent"), ("verbal-request", "no")], "urgent-reasons", "Select why the request is urgent"),
        row(POLICE, &[("urgency", "urgent"), ("choose:urgent-reasons", "safety-plan")], "verbal-request", "Select yes if you have already asked the LPSH by phone"),
        row(POLICE, &[("choose:requests", "specific-request")], "specific-request-details", "Enter the details of the specific additional request"),
        row(POLICE, &[("enquiry-basis", "other")], "other-duty", "Enter the other statutory duty"),
        row(POLICE, &[("reason", "  \r\n  ")], "reason", "Enter why you need the information"),
        long(POLICE, "reason", "ł".repeat(10_001), "reason", "Why you need the information must be 10,000 characters or fewer (you have 10,001)"),
        long(POLICE, "requester-role", format!("Social worker{}", " and more".repeat(30)), "requester-role", "Your role must be 200 characters or fewer (you have 283)"),
        row(LANCASHIRE, &[("exemption", "other")], "exemption-other", "Enter the other exemption"),
        row(LANCASHIRE, &[("exemption-details", "")], "exemption-details", "Enter how the exemption applies"),
        long(LANCASHIRE, "gateway", "x".repeat(501), "gateway", "The law that allows the sharing must be 500 characters or fewer (you have 501)"),
        row(LANCASHIRE, &[("ongoing-proceedings", "yes")], "consulted", "Select yes if you have consulted the investigating officer and the Crown Prosecution Service"),
        warn(LANCASHIRE, &[("ongoing-proceedings", "yes"), ("consulted", "no")], "consulted", "Consult the investigating officer and the Crown Prosecution Service before the information is shared, so that sharing does not prejudice the case"),
        row(LANCASHIRE, &[("urgency", "urgent")], "needed-by.day", "Enter the date you need a reply by"),
        row(NOTIFICATIONS, &[("open-to-team", "")], "open-to-team", "Select yes if any of the children are open to a children's services team"),
        row(NOTIFICATIONS, &[("notifications[0].risk", "")], "notifications[0].risk", "Select the DASH risk level"),
        row(ENCOMPASS, &[("purpose", "")], "purpose", "Enter the purpose for sharing"),
        row(DECISION, &[("decision", "")], "decision", "Select what you have decided"),
        row(DECISION, &[("lawful-basis", "")], "lawful-basis", "Enter the lawful basis you are relying on"),
        // Groups: too few instances, duplicates.
        row(POLICE, &[("remove:children", "0")], "children", "Add a child"),
        row(LANCASHIRE, &[("remove:subjects", "0")], "subjects", "Add a person"),
        row(ENCOMPASS, &[("remove:designated-officers", "1"), ("remove:designated-officers", "0")], "designated-officers", "Add a designated officer"),
        warn(ENCOMPASS, &[("remove:designated-officers", "1")], "designated-officers", "Each school or college should nominate 2 senior staff as designated officers for Operation Encompass"),
        row(POLICE, &[("subjects[1].forename", " dan "), ("subjects[1].surname", "O'NEILL-ŁUKASZ"), ("subjects[1].date-of-birth.day", "03"), ("subjects[1].date-of-birth.month", "March"), ("subjects[1].date-of-birth.year", "1990"), ("subjects[1].current-address.lines", "1 Example Street"), ("subjects[1].current-address.postcode", "LN1 9ZZ")], "subjects[1].forename", "Subject 2 has the same forename, surname and date of birth as subject 1"),
        row(LANCASHIRE, &[("subjects[1].name", "Lee  Example")], "subjects[1].name", "Person 2 has the same full name as person 1"),
        // The 5-year address history.
        warn(POLICE, &[("subjects[0].other-addresses[0].to.day", "1"), ("subjects[0].other-addresses[0].to.month", "1")], "subjects[0].moved-in.day", "There is a gap of 150 days between other address 1 and the current address: add the missing address or check the dates"),
        warn(POLICE, &[("subjects[0].other-addresses[0].to.day", "31"), ("subjects[0].other-addresses[0].to.month", "12")], "subjects[0].moved-in.day", "These dates overlap other address 1 by 213 days: check the dates"),
        warn(POLICE, &[("subjects[0].other-addresses[0].from.year", "2021")], "subjects[0].other-addresses", "The addresses do not go back 5 years, to 25 November 2020: add any earlier addresses or check the dates"),
        warn(POLICE, &[("remove:subjects[0].other-addresses", "0")], "subjects[0].other-addresses", "The addresses do not go back 5 years, to 25 November 2020: add their earlier addresses or check the dates"),
        row(POLICE, &[("subjects[0].moved-in.day", ""), ("subjects[0].moved-in.month", ""), ("subjects[0].moved-in.year", ""), ("subjects[0].other-addresses[0].to.year", "2018")], "subjects[0].other-addresses[0].to.day", "Date they moved out must be the same as or after the date they moved in"),
        // Notifications: order and the 72 hours.
        warn(NOTIFICATIONS, &[("notifications[0].received-when.day", "14")], "notifications[0].received-when.day", "Date and time it arrived is more than 72 hours after the date and time of the incident"),
        row(NOTIFICATIONS, &[("notifications[0].received-when.day", "9")], "notifications[0].received-when.day", "Date and time it arrived must be the same as or after the date and time of the incident"),
        row(ENCOMPASS, &[("received-when.day", "24"), ("received-when.month", "11"), ("received-when.year", "2025"), ("received-when.time", "8pm")], "received-when.day", "Date and time the school received it must be the same as or after the date and time of the incident"),
        row(POLICE, &[("subjects[0].date-of-birth.day", "0")], "subjects[0].date-of-birth.day", "Date of birth must be a real date"),
    ]
}

fn apply(answers: &mut Answers, changes: &[(&str, String)]) {
    for (path, value) in changes {
        if let Some(path) = path.strip_prefix("choose:") {
            assert!(answers.set_choice(path, value, true), "cannot tick {path}");
        } else if let Some(path) = path.strip_prefix("remove:") {
            assert!(answers.remove(path, value.parse().expect("an index")), "cannot remove {path} {value}");
        } else {
            assert!(answers.set_text(path, value.as_str()), "cannot set {path}");
        }
    }
}

#[test]
fn every_bad_input_gets_its_exact_message() {
    let library = library();
    let complete = all_complete();
    let rows = rows();
    let mut failures = Vec::new();
    for (number, row) in rows.iter().enumerate() {
        let Some((pack, id, answers)) = complete.iter().find(|(_, id, _)| *id == row.form) else {
            panic!("row {number}: no form {}", row.form);
        };
        let mut answers = answers.clone();
        apply(&mut answers, &row.changes);
        let issues = validate(form(&library, pack, id), &answers, now());
        let got: Vec<(String, Severity, String)> =
            issues.iter().map(|issue| (issue.path.clone(), issue.severity, issue.message.clone())).collect();
        let expected = vec![(row.path.to_owned(), row.severity, row.message.clone())];
        if got != expected {
            failures.push(format!(
                "row {number} ({} {:?}):\n  expected {expected:?}\n  got      {got:?}",
                row.form,
                row.changes.first().map(|c| c.0)
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows failed:\n{}", failures.len(), rows.len(), failures.join("\n"));
}

#[test]
fn the_table_covers_every_form_and_at_least_sixty_inputs() {
    let rows = rows();
    assert!(rows.len() >= 60, "only {} rows", rows.len());
    for (_, id, _) in all_complete() {
        assert!(rows.iter().any(|row| row.form == id), "no bad inputs for {id}");
    }
}

#[test]
fn the_complete_answers_have_no_issues() {
    let library = library();
    for (pack, id, answers) in all_complete() {
        let issues = validate(form(&library, pack, id), &answers, now());
        assert!(issues.is_empty(), "{id}: {issues:#?}");
    }
}

/// Names and notes in every script the forms may meet, each of which must be accepted as
/// typed (no issue at all): the other half of the table.
fn accepted() -> Vec<(&'static str, &'static str, &'static str)> {
    vec![
        (POLICE, "requester-name", "محمد عبد الله"),
        (POLICE, "requester-name", "عمران پرویز"),
        (POLICE, "subjects[0].forename", "রবীন্দ্রনাথ"),
        (POLICE, "subjects[0].surname", "ঠাকুর"),
        (POLICE, "subjects[0].forename", "ਗੁਰਪ੍ਰੀਤ"),
        (POLICE, "subjects[0].surname", "ਸਿੰਘ"),
        (POLICE, "children[0].name", "李小龍"),
        (POLICE, "children[0].name", "Ελένη Παπαδοπούλου"),
        (POLICE, "children[0].name", "Ольга Ковальчук"),
        (POLICE, "subjects[0].surname", "Żółć-Łukasiewicz"),
        (POLICE, "subjects[0].forename", "Ștefan"),
        (POLICE, "subjects[0].surname", "Nguyễn Thị Minh Khai"),
        (POLICE, "subjects[0].forename", "ሰላም"),
        (POLICE, "subjects[0].surname", "ተስፋይ"),
        (ENCOMPASS, "child-name", "さくら 山田"),
        (DECISION, "maker-name", "Zoë O’Brien"),
        (POLICE, "reason", "Seen at the park with her brother 😀👍 on Tuesday"),
        (POLICE, "reason", "قال إنه سيعود غدا"),
    ]
}

#[test]
fn names_and_notes_in_every_script_are_accepted_as_typed() {
    let library = library();
    let complete = all_complete();
    let mut failures = Vec::new();
    for (form_id, path, value) in accepted() {
        let Some((pack, id, answers)) = complete.iter().find(|(_, id, _)| *id == form_id) else {
            panic!("no form {form_id}");
        };
        let mut answers = answers.clone();
        assert!(answers.set_text(path, value), "cannot set {path}");
        let issues = validate(form(&library, pack, id), &answers, now());
        if !issues.is_empty() {
            failures
                .push(format!("{path} = {value}: {:?}", issues.iter().map(|issue| &issue.message).collect::<Vec<_>>()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Keys as a pack may give them, and the pack checks' exact message for each.
fn bad_team_keys() -> Vec<(&'static str, &'static str)> {
    vec![
        ("", "key is empty"),
        ("AGE-SECRET-KEY-1FZ3FZ3U09Z4HDQ55VXV6DCAFCM6CT8MW9Q6XLE70E6FUUSVKAPUSCSXUVT", "key is a secret key (AGE-SECRET-KEY-…): publish only the public key, which starts age1, and set up a new team key, since this one is no longer secret"),
        ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl", "key 'ssh-ed25519 AAAAC3NzaC1l…' is not an age public key: it starts age1 and has 62 letters and digits"),
        ("age1", "key 'age1' is not an age public key: it starts age1 and has 62 letters and digits"),
        ("age1rh6pkh054a445n72zhvc4ncnljpkeme2lvhqkce2cstxz38qjuuqglfck8", "key 'age1rh6pkh054a445n72zhvc…' has a mistake in it (its check characters do not match): copy it again from the team"),
        ("age1rh6pkh054a445n72zhvc4ncnljpkeme2lvhqkce2cstxz38qjuuqglck9", "key 'age1rh6pkh054a445n72zhvc…' has a mistake in it (its check characters do not match): copy it again from the team"),
        ("age1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5z5tpwxqergd3c8g7ru28p0lr", "key 'age1qypqxpq9qcrsszg2pvxq…' is not the length of an age public key (62 characters)"),
    ]
}

#[test]
fn every_bad_team_key_gets_its_exact_message() {
    for (key, expected) in bad_team_keys() {
        let got = infoshare_core::team::PublicKey::parse(key).map(|_| ()).map_err(|problem| problem.message(key));
        assert_eq!(got, Err(expected.to_owned()), "{key:?}");
    }
    assert!(infoshare_core::team::PublicKey::parse("age1rh6pkh054a445n72zhvc4ncnljpkeme2lvhqkce2cstxz38qjuuqglfck9")
        .is_ok());
}

/// Key files and sealed files a team may choose wrongly, and what InfoShare says.
#[cfg(feature = "seal")]
#[test]
fn every_bad_key_file_and_wrong_key_gets_its_exact_message() {
    use infoshare_core::bundle::{self, ExposeSecret, Key, KeyError, OpenError, ScriptFonts, TeamIdentity};

    const PASSPHRASE: &str = "tactics unbend mushily parade hubcap smith";
    let team = TeamIdentity::generate();
    let key_file = team.key_file(PASSPHRASE, 2, now()).expect("a key file");
    let unprotected = format!("# public key: {}\n{}\n", team.public_key(), team.secret().expose_secret());
    let key_files: Vec<(&str, Vec<u8>, &str, KeyError)> = vec![
        ("an empty file", Vec::new(), PASSPHRASE, KeyError::NotAKeyFile),
        ("a PDF", b"%PDF-2.0 a sealed PDF".to_vec(), PASSPHRASE, KeyError::NotAKeyFile),
        ("the key unprotected", unprotected.into_bytes(), PASSPHRASE, KeyError::Unprotected),
        ("the key file with a wrong passphrase", key_file.clone(), "tactics unbend mushily", KeyError::WrongPassphrase),
        (
            "the key file cut short",
            key_file[..key_file.len() - 40].to_vec(),
            PASSPHRASE,
            KeyError::Damaged(String::new()),
        ),
    ];
    for (what, bytes, passphrase, expected) in key_files {
        let got = TeamIdentity::unlock(&bytes, passphrase).err().map(|error| error.message());
        assert_eq!(got, Some(expected.message()), "{what}");
    }
    assert_eq!(
        KeyError::NotAKeyFile.message(),
        "This is not a team key file. Choose the .age key file your team made with “Set up a team key”"
    );
    assert_eq!(KeyError::Unprotected.message(), "This key file is not protected by a passphrase, so InfoShare does not take it. Protect it with the age tool (age -p -a -o team-key.age key.txt), then delete the unprotected file");
    assert_eq!(KeyError::WrongPassphrase.message(), "The passphrase does not open this key file. Type the key file's own passphrase, which your team keeps, not a sealed file's");
    assert_eq!(
        KeyError::Damaged(String::new()).message(),
        "This key file is damaged. Use your team's other copy of it"
    );

    let record = {
        let library = library();
        let pack = library.pack("lincolnshire").expect("pack");
        let form = form(&library, "lincolnshire", "police-disclosure-request");
        infoshare_core::form::build(&library, pack, form, &police_request(), "ISR-7K3Q".into(), now())
            .expect("a record")
    };
    let envelope = bundle::Envelope::new(bundle::Payload::Form(record), now());
    let fonts = ScriptFonts::new();
    let other = TeamIdentity::generate();
    let for_team = bundle::seal_age_for_teams(&envelope, &[], &[team.public_key()], &fonts).expect("sealed");
    let with_passphrase = bundle::seal_age(&envelope, &[], PASSPHRASE, 2, &fonts).expect("sealed");
    let pdf = bundle::seal_pdf(&envelope, PASSPHRASE, &fonts).expect("sealed");
    let opened: Vec<(&str, Result<bundle::Opened, OpenError>, &str)> = vec![
        ("team A's file with team B's key", bundle::open_with(&for_team, Key::Team(&other)), "Your team's key does not open this file: it was sealed for another team. Ask the sender which team they sealed it for"),
        ("a team's file with a passphrase", bundle::open(&for_team, PASSPHRASE), "This file was sealed for a team's key, not with a passphrase. Choose “With my team's key” and your team's key file"),
        ("an age file sealed with a passphrase, with a key", bundle::open_with(&with_passphrase, Key::Team(&team)), "This file was sealed with a passphrase, not for a team's key. Choose “With a passphrase” and type the passphrase the sender phoned through"),
        ("a PDF, with a key", bundle::open_with(&pdf, Key::Team(&team)), "This file was sealed with a passphrase, not for a team's key. Choose “With a passphrase” and type the passphrase the sender phoned through"),
    ];
    for (what, result, expected) in opened {
        assert_eq!(result.err().map(|error| error.message()).as_deref(), Some(expected), "{what}");
    }
    assert!(bundle::open_with(&for_team, Key::Team(&team)).is_ok());
    // A sealed file chosen as the key file, with the file's own passphrase: not a key file.
    assert_eq!(TeamIdentity::unlock(&with_passphrase, PASSPHRASE).err(), Some(KeyError::NotAKeyFile));
}
