//! Complete, valid answers to every shipped form, for the form tests and the benchmark.
//! The people are fictional; the postcodes are well formed but not chosen to be anyone's.

#![allow(dead_code)] // each test file uses some of these

use chrono::{NaiveDate, NaiveDateTime};
use infoshare_core::form::{Answers, Form};
use infoshare_core::library::Library;

/// Tuesday 25 November 2025, 10am: "now" in every form test.
pub fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2025, 11, 25).and_then(|day| day.and_hms_opt(10, 0, 0)).expect("a real time")
}

pub fn library() -> Library {
    Library::shipped().unwrap_or_else(|err| panic!("shipped packs parse: {err}"))
}

pub fn form<'l>(library: &'l Library, pack: &str, id: &str) -> &'l Form {
    library.form(pack, id).unwrap_or_else(|| panic!("no form {pack}/{id}"))
}

/// Fills the boxes of a date field.
pub fn date(answers: Answers, path: &str, day: u32, month: u32, year: i32) -> Answers {
    answers
        .with(&format!("{path}.day"), &day.to_string())
        .with(&format!("{path}.month"), &month.to_string())
        .with(&format!("{path}.year"), &year.to_string())
}

/// Fills the boxes of a date-time field.
pub fn date_time(answers: Answers, path: &str, day: u32, month: u32, year: i32, time: &str) -> Answers {
    date(answers, path, day, month, year).with(&format!("{path}.time"), time)
}

pub fn address(answers: Answers, path: &str, lines: &str, postcode: &str) -> Answers {
    answers.with(&format!("{path}.lines"), lines).with(&format!("{path}.postcode"), postcode)
}

pub fn choose(mut answers: Answers, path: &str, value: &str) -> Answers {
    answers.set_choice(path, value, true);
    answers
}

/// One subject with a current address since June 2022 and one earlier address back to 2019.
pub fn subject(answers: Answers, index: usize, forename: &str) -> Answers {
    let at = format!("subjects[{index}]");
    let answers = answers.with(&format!("{at}.forename"), forename).with(&format!("{at}.surname"), "O'Neill-Łukasz");
    let answers = date(answers, &format!("{at}.date-of-birth"), 3, 3, 1990);
    let answers = address(answers, &format!("{at}.current-address"), "1 Example Street\nLincoln", "LN1 9ZZ");
    let answers = date(answers, &format!("{at}.moved-in"), 1, 6, 2022);
    let earlier = format!("{at}.other-addresses[0]");
    let answers = address(answers, &format!("{earlier}.address"), "2 Sample Road\nGrantham", "NG31 9ZZ");
    let answers = date(answers, &format!("{earlier}.from"), 1, 1, 2019);
    date(answers, &format!("{earlier}.to"), 31, 5, 2022)
}

/// A non-urgent Lincolnshire request for police disclosure about one subject.
pub fn police_request() -> Answers {
    let answers = Answers::default()
        .with("urgency", "non-urgent")
        .with("requester-name", "Priya Shah")
        .with("requester-role", "Social worker")
        .with("social-worker-email", "priya.shah@lincolnshire.gov.uk")
        .with("children[0].name", "Maya Example")
        .with("enquiry-basis", "section-17")
        .with("reason", "Planned placement with a family friend: viability assessment.");
    let answers = choose(answers, "requests", "police-disclosure");
    let answers = date(answers, "request-date", 25, 11, 2025);
    subject(answers, 0, "Dan")
}

/// The same request with `subjects` people, each with `addresses` earlier addresses that
/// together cover the five years before the current one.
pub fn large_police_request(subjects: usize, addresses: usize) -> Answers {
    let mut answers = police_request();
    for index in 0..subjects {
        answers = subject(answers, index, &format!("Dan{}", char::from(b'a' + (index % 26) as u8)));
        for earlier in 0..addresses {
            let at = format!("subjects[{index}].other-addresses[{earlier}]");
            let year = 2021 - earlier as i32;
            answers = address(answers, &format!("{at}.address"), "2 Sample Road\nGrantham", "NG31 9ZZ");
            answers = date(answers, &format!("{at}.from"), 1, 6, year);
            answers = date(answers, &format!("{at}.to"), 31, 5, year + 1);
        }
    }
    answers
}

/// An Operation Encompass notification and the school's record of sharing it.
pub fn encompass() -> Answers {
    let answers = Answers::default()
        .with("child-name", "Maya Example")
        .with("child-age", "9")
        .with("incident-at-home", "yes")
        .with("occurrence-number", "43250012345")
        .with("designated-officers[0].name", "Sam Teacher")
        .with("designated-officers[0].role", "Designated safeguarding lead")
        .with("designated-officers[1].name", "Alex Deputy")
        .with("designated-officers[1].role", "Deputy head")
        .with("shared", "yes")
        .with("shared-what", "That Maya was present at a domestic incident last night.")
        .with("shared-with", "Her class teacher.")
        .with("purpose", "So she is supported in class today.")
        .with("rationale", "Her teacher needs to know to support her.")
        .with("recorded-by", "Sam Teacher");
    let answers = date(answers, "child-date-of-birth", 14, 2, 2016);
    let answers = address(answers, "home-address", "3 Example Close\nReading", "RG1 9ZZ");
    let answers = date_time(answers, "incident-when", 24, 11, 2025, "9:30pm");
    date(answers, "recorded-on", 25, 11, 2025)
}

/// A Lancashire request setting out its legal grounds.
pub fn lancashire_request() -> Answers {
    Answers::default()
        .with("requester-name", "Jo Analyst")
        .with("requester-role", "Community safety officer")
        .with("requester-organisation", "A district council")
        .with("requester-email", "jo.analyst@council.example.gov.uk")
        .with("recipient-organisation", "Lancashire Constabulary")
        .with("subjects[0].name", "Lee Example")
        .with("information-sought", "Incidents of anti-social behaviour at the address since June.")
        .with("purpose", "To plan a multi-agency response to the anti-social behaviour.")
        .with("gateway", "Crime and Disorder Act 1998 section 115")
        .with("exemption", "crime-and-taxation")
        .with("exemption-details", "Not sharing would prejudice the prevention of further offences.")
        .with("necessity", "Only incident dates and types are needed; no witness details.")
        .with("ongoing-proceedings", "no")
        .with("urgency", "routine")
}

/// A domestic abuse notifications log with three notifications in 12 months.
pub fn notifications_log() -> Answers {
    let answers = Answers::default().with("household-reference", "CASE-2025-0042").with("open-to-team", "no");
    let mut answers = answers;
    for (index, (day, month, year, risk)) in
        [(10, 1, 2025, "standard"), (3, 6, 2025, "medium"), (20, 11, 2025, "standard")].into_iter().enumerate()
    {
        let at = format!("notifications[{index}]");
        answers = date_time(answers, &format!("{at}.incident-when"), day, month, year, "23:15");
        answers = date_time(answers, &format!("{at}.received-when"), day + 1, month, year, "9am");
        answers = answers.with(&format!("{at}.risk"), risk);
    }
    answers
}

/// An information sharing decision record.
pub fn decision_record() -> Answers {
    let answers = Answers::default()
        .with("decision", "share")
        .with("lawful-basis", "UK GDPR Art 6(1)(e) public task")
        .with("shared-what", "Attendance and concerns since September")
        .with("shared-with", "Children's social care duty team")
        .with("purpose", "Section 47 enquiry")
        .with("rationale", "Risk of significant harm outweighs the duty of confidence.")
        .with("maker-name", "Zoë O’Brien")
        .with("maker-role", "Designated safeguarding lead");
    date_time(answers, "decided-on", 25, 11, 2025, "9:30am")
}

/// A breach under the LLR agreement, discovered on Friday 21 November 2025 at 9:15am, with
/// the agreement not suspended.
pub fn breach_record() -> Answers {
    let answers = Answers::default()
        .with("agreement", "llr")
        .with("what-happened", "A strategy meeting's minutes were emailed to the wrong school.")
        .with("whose", "Two children and their mother")
        .with("supplied-by", "Leicestershire Police")
        .with("suspend", "no");
    date_time(answers, "discovered", 21, 11, 2025, "9:15am")
}

/// Police copies of a request and its response, the response dated 3 March 2025.
pub fn retention_request() -> Answers {
    date(Answers::default().with("record", "police-requests-and-responses"), "counted-from", 3, 3, 2025)
}

/// An OFFICIAL-SENSITIVE meeting with two attendees, one from an organisation that has not
/// signed the protocol.
pub fn meeting_sign_in() -> Answers {
    let answers = Answers::default()
        .with("classification", "official-sensitive")
        .with("meeting-name", "Community Safety Partnership tasking group")
        .with("chair", "Nguyễn Thị Mai")
        .with("attendees[0].name", "O'Neill-Łukasz Nguyễn")
        .with("attendees[0].role", "Inspector")
        .with("attendees[0].organisation", "Lancashire Constabulary")
        .with("attendees[0].signed-protocol", "yes")
        .with("attendees[0].agrees", "yes")
        .with("attendees[1].name", "Sam Example")
        .with("attendees[1].role", "Housing officer")
        .with("attendees[1].organisation", "A housing association")
        .with("attendees[1].signed-protocol", "no")
        .with("attendees[1].agrees", "yes");
    date(answers, "meeting-date", 24, 11, 2025)
}

/// Every shipped form with its complete answers.
pub fn all_complete() -> Vec<(&'static str, &'static str, Answers)> {
    vec![
        ("lincolnshire", "police-disclosure-request", police_request()),
        ("lincolnshire", "domestic-abuse-notifications", notifications_log()),
        ("thames-valley-encompass", "encompass-notification", encompass()),
        ("lancashire", "request-with-legal-grounds", lancashire_request()),
        ("north-east-lincolnshire", "sharing-decision-record", decision_record()),
        ("national", "breach-record", breach_record()),
        ("national", "retention-date", retention_request()),
        ("lancashire", "meeting-sign-in", meeting_sign_in()),
    ]
}
