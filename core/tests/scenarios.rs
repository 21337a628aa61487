//! Named scenarios walked through the shipped decision wizards.
//!
//! Each scenario is a case a practitioner might bring: the answers they would choose (option
//! labels for the question nodes, in order; information steps are read automatically), the
//! outcome they should reach, and words the findings on the way must contain. The people are
//! fictional. A scenario that goes wrong fails with its name.

use chrono::{NaiveDate, NaiveDateTime};
use infoshare_core::flow::Walk;
use infoshare_core::library::Library;
use infoshare_core::pack::{Flowchart, NodeKind};

/// One case walked through one wizard.
struct Scenario {
    name: &'static str,
    pack: &'static str,
    chart: &'static str,
    /// Option labels, one for each question on the path, in order.
    answers: &'static [&'static str],
    /// Whether "a child or adult is at immediate risk" is chosen after the answers.
    exit: bool,
    /// The outcome node the walk must end on.
    outcome: &'static str,
    /// Text that must appear in the findings collected on the way (each in one finding).
    findings: &'static [&'static str],
}

const fn case(
    name: &'static str,
    pack: &'static str,
    chart: &'static str,
    answers: &'static [&'static str],
    outcome: &'static str,
    findings: &'static [&'static str],
) -> Scenario {
    Scenario { name, pack, chart, answers, exit: false, outcome, findings }
}

const fn exit_case(
    name: &'static str,
    pack: &'static str,
    chart: &'static str,
    answers: &'static [&'static str],
    outcome: &'static str,
    findings: &'static [&'static str],
) -> Scenario {
    Scenario { name, pack, chart, answers, exit: true, outcome, findings }
}

const NATIONAL: &str = "national";
const NEL: &str = "north-east-lincolnshire";
const SHARE: &str = "should-i-share";
const CONSENT: &str = "consent-capacity";
const BASIS: &str = "lawful-basis";
const PUBLIC_INTEREST: &str = "public-interest";
const ROUTE: &str = "which-route";

/// The decision wizards whose every outcome must be reached by some scenario.
const WIZARDS: &[(&str, &str)] =
    &[(NATIONAL, SHARE), (NATIONAL, CONSENT), (NATIONAL, BASIS), (NEL, PUBLIC_INTEREST), (NATIONAL, ROUTE)];

// Labels used in more than one scenario.
const YES: &str = "Yes";
const NO: &str = "No";
const NOT_SURE: &str = "Not sure";
const UNDER_16: &str = "Under 16";
const AGED_16_17: &str = "16 or 17";
const ADULT: &str = "18 or over";
const GILLICK_YES: &str = "Yes, they are competent for this decision";
const REFUSE: &str = "No, they refuse";
const PUBLIC_TASK: &str = "Public task";
const SPI: &str = "Substantial public interest, with a Schedule 1 condition";
const PARA_18: &str = "Safeguarding of children and individuals at risk (paragraph 18)";
const PARA_10: &str = "Preventing or detecting unlawful acts (paragraph 10)";
const FOR_A_CHILD: &str = "Protecting or supporting a child";
const FOR_CRIME: &str = "Preventing crime, disorder or serious violence";
const NOT_TOLD: &str = "No, it could increase the risk or harm an investigation";

const SCENARIOS: &[Scenario] = &[
    // Should I share?
    case(
        "No legitimate purpose: do not share",
        NATIONAL,
        SHARE,
        &[NO],
        "do-not-share",
        &["no clear and legitimate purpose"],
    ),
    case(
        "Anonymous figures that identify nobody: you may share",
        NATIONAL,
        SHARE,
        &[YES, NO],
        "share-not-personal",
        &["not personal data"],
    ),
    case(
        "Confidential, the parent consents: share and tell them",
        NATIONAL,
        SHARE,
        &[YES, YES, YES, YES, YES],
        "share",
        &["clear and legitimate purpose", "personal data", "duty of confidence is met", "they will be told"],
    ),
    case(
        "Not confidential but still personal data: share on a lawful basis",
        NATIONAL,
        SHARE,
        &[YES, YES, NO, YES, YES],
        "share",
        &["not confidential", "lawful basis under data protection law for sharing"],
    ),
    case(
        "Carer refuses consent, child at risk of significant harm: share without telling the carer",
        NATIONAL,
        SHARE,
        &[YES, YES, YES, "No, they refused", YES, NOT_TOLD],
        "share",
        &["refused", "public interest strong enough, to share without consent", "will not be told"],
    ),
    case(
        "Asking for consent would alert an abuser: share on another basis",
        NATIONAL,
        SHARE,
        &[YES, YES, YES, "No, I have not asked", YES, YES, YES],
        "share",
        &["golden rule 3", "public interest strong enough"],
    ),
    case(
        "Not yet asked and safe to ask: ask for consent first",
        NATIONAL,
        SHARE,
        &[YES, YES, YES, "No, I have not asked", "No, it is safe to ask"],
        "ask-first",
        &["confidential"],
    ),
    case(
        "Consent refused and no other basis: do not share",
        NATIONAL,
        SHARE,
        &[YES, YES, YES, "No, they refused", NO],
        "do-not-share",
        &["no lawful basis, and no public interest strong enough"],
    ),
    case("Unsure whether the purpose is legitimate: seek advice", NATIONAL, SHARE, &[NOT_SURE], "seek-advice", &[]),
    exit_case(
        "Child discloses immediate danger part-way: take the exit",
        NATIONAL,
        SHARE,
        &[YES, YES],
        "immediate-risk",
        &["clear and legitimate purpose", "personal data"],
    ),
    // Consent, competence and capacity
    case(
        "15-year-old, Gillick competent, refuses consent, evidence of significant harm: share without consent and record why",
        NATIONAL,
        CONSENT,
        &[NO, UNDER_16, NO, GILLICK_YES, REFUSE, YES],
        "share-without-consent",
        &["under 16", "Gillick competent for this decision", "refused consent", "significant harm"],
    ),
    case(
        "12-year-old asking for contraception: child protection",
        NATIONAL,
        CONSENT,
        &[NO, UNDER_16, YES, YES],
        "child-protection",
        &["under 13", "child protection matter"],
    ),
    case(
        "14-year-old seeking contraception advice, all Fraser guidelines met",
        NATIONAL,
        CONSENT,
        &[NO, UNDER_16, YES, NO, NO, YES, YES, YES, YES, YES],
        "fraser-met",
        &["under 16", "All five Fraser guidelines are met"],
    ),
    case(
        "14-year-old willing to tell her mother: Fraser guidelines not met",
        NATIONAL,
        CONSENT,
        &[NO, UNDER_16, YES, NO, NO, YES, NO],
        "fraser-not-met",
        &["Fraser guideline 2 is not met"],
    ),
    case(
        "15-year-old with a much older partner: child protection",
        NATIONAL,
        CONSENT,
        &[NO, UNDER_16, YES, NO, YES],
        "child-protection",
        &["sexually exploited, abused or coerced"],
    ),
    case(
        "7-year-old not Gillick competent, mother consents",
        NATIONAL,
        CONSENT,
        &[NO, UNDER_16, NO, NO, YES],
        "parental-consent",
        &["not Gillick competent", "parental responsibility has consented"],
    ),
    case(
        "16-year-old refuses and nobody is at risk: respect the refusal",
        NATIONAL,
        CONSENT,
        &[NO, AGED_16_17, NO, REFUSE, NO],
        "respect-refusal",
        &["presumed able to consent", "refusal is respected"],
    ),
    case(
        "17-year-old with capacity in doubt who cannot weigh the information: best interests decision",
        NATIONAL,
        CONSENT,
        &[NO, AGED_16_17, YES, YES, YES, YES, YES, NO, YES, NO],
        "best-interests",
        &["reason to doubt whether the young person", "cannot use or weigh", "lack capacity for this decision", "best interests"],
    ),
    case(
        "Adult with a health and welfare LPA who lacks capacity for this decision",
        NATIONAL,
        CONSENT,
        &[NO, ADULT, YES, YES, YES, NO, YES, "Yes, an attorney or deputy"],
        "attorney-deputy",
        &["Mental Capacity Act 2005 applies", "cannot understand", "lack capacity for this decision", "lasting or enduring power of attorney"],
    ),
    case(
        "Adult with no reason to doubt capacity agrees freely: valid consent",
        NATIONAL,
        CONSENT,
        &[NO, ADULT, NO, YES, YES],
        "valid-consent",
        &["assumed to have capacity", "freely given consent"],
    ),
    case(
        "Adult with a learning disability found able to decide after a capacity assessment: valid consent",
        NATIONAL,
        CONSENT,
        &[NO, ADULT, YES, YES, YES, YES, YES, YES, YES, YES, YES],
        "valid-consent",
        &["Stage 1", "they have capacity to decide about this sharing", "freely given consent"],
    ),
    case(
        "Asking for consent would alert the abuser: consent is not the right basis",
        NATIONAL,
        CONSENT,
        &[YES],
        "consent-not-appropriate",
        &["golden rule 3"],
    ),
    case(
        "17-year-old cannot be reached before a strategy meeting: consent is not the right basis",
        NATIONAL,
        CONSENT,
        &[NO, AGED_16_17, NO, "I cannot ask them in time"],
        "consent-not-appropriate",
        &["cannot reasonably be obtained in time"],
    ),
    case(
        "Adult not yet helped to decide: help them first",
        NATIONAL,
        CONSENT,
        &[NO, ADULT, YES, NO],
        "help-decide",
        &["capacity must be assessed"],
    ),
    case(
        "Adult agrees under pressure from a partner: not valid consent",
        NATIONAL,
        CONSENT,
        &[NO, ADULT, NO, YES, NO],
        "consent-not-valid",
        &["not yet valid consent"],
    ),
    case(
        "Unsure whether a 13-year-old is Gillick competent: seek advice",
        NATIONAL,
        CONSENT,
        &[NO, UNDER_16, NO, NOT_SURE],
        "seek-advice",
        &["under 16"],
    ),
    exit_case(
        "Child at immediate risk while consent is being considered: take the exit",
        NATIONAL,
        CONSENT,
        &[NO, UNDER_16],
        "immediate-risk",
        &["under 16"],
    ),
    // Lawful basis finder
    case(
        "Police law-enforcement sharing of a victim's health details under Schedule 8 paragraph 4",
        NATIONAL,
        BASIS,
        &[YES, YES, YES, YES, "Safeguarding children and individuals at risk"],
        "le-bases-found",
        &["s31", "s35(2)(b)", "s35(5)(a)", "Sch 8 para 4"],
    ),
    case(
        "Police law-enforcement sharing with no sensitive data",
        NATIONAL,
        BASIS,
        &[YES, YES, NO],
        "le-bases-found",
        &["Part 3", "no Schedule 8 condition is needed"],
    ),
    case(
        "Health visitor shares special category data for a section 47 enquiry under paragraph 18",
        NATIONAL,
        BASIS,
        &[
            NO,
            YES,
            PUBLIC_TASK,
            YES,
            SPI,
            PARA_18,
            YES,
            "Under 18",
            "Asking would put their protection at risk",
            YES,
            NO,
            FOR_A_CHILD,
            "A child protection enquiry (Children Act 1989 s47)",
        ],
        "bases-found",
        &[
            "public authority",
            "Art 6(1)(e), public task",
            "Art 9(2)(g)",
            "para 18(1)(a)",
            "aged under 18",
            "18(2)(c)",
            "All four tests are met",
            "Children Act 1989 s47",
        ],
    ),
    case(
        "GP shares an adult at risk's health data and an assault allegation for a Care Act enquiry",
        NATIONAL,
        BASIS,
        &[
            NO,
            YES,
            PUBLIC_TASK,
            YES,
            SPI,
            PARA_18,
            YES,
            "18 or over and at risk",
            "They cannot give consent",
            YES,
            YES,
            PARA_10,
            "Protecting an adult at risk",
            "A safeguarding enquiry (Care Act 2014 s42)",
        ],
        "bases-found",
        &["18 or over and at risk", "18(2)(a)", "UK GDPR Art 10", "Sch 1 para 10", "Care Act 2014 s42"],
    ),
    case(
        "Paragraph 18 does not apply to an adult who is not at risk",
        NATIONAL,
        BASIS,
        &[NO, YES, PUBLIC_TASK, YES, SPI, PARA_18, YES, "18 or over and not at risk"],
        "no-basis",
        &["not at risk as the paragraph defines it"],
    ),
    case(
        "Charity relies on the 2025 recognised legitimate interest to safeguard a vulnerable adult",
        NATIONAL,
        BASIS,
        &[NO, NO, "Recognised legitimate interest: safeguarding (new in 2025)", NO, NO, "None of these", "Yes, the public interest"],
        "bases-found",
        &["Art 6(1)(ea)", "Data (Use and Access) Act 2025", "public interest in sharing outweighs the duty of confidence"],
    ),
    case(
        "School refers a pupil to the Channel panel",
        NATIONAL,
        BASIS,
        &[NO, YES, PUBLIC_TASK, NO, NO, "Preventing someone being drawn into terrorism"],
        "bases-found",
        &["Counter-Terrorism and Security Act 2015 s36 and s38"],
    ),
    case(
        "Youth justice service shares offence history under the serious violence duty",
        NATIONAL,
        BASIS,
        &[
            NO,
            YES,
            PUBLIC_TASK,
            NO,
            YES,
            PARA_10,
            FOR_CRIME,
            "The serious violence duty (Police, Crime, Sentencing and Courts Act 2022 s16 or s17)",
        ],
        "bases-found",
        &["UK GDPR Art 10", "Police, Crime, Sentencing and Courts Act 2022 s16"],
    ),
    case(
        "Housing officer shares with the police to reduce crime and disorder",
        NATIONAL,
        BASIS,
        &[NO, YES, PUBLIC_TASK, NO, NO, FOR_CRIME, "Reducing crime and disorder (Crime and Disorder Act 1998 s115)"],
        "bases-found",
        &["Crime and Disorder Act 1998 s115", "power to share, not a duty"],
    ),
    case(
        "School answers a request from the safeguarding partners",
        NATIONAL,
        BASIS,
        &[NO, YES, "Legal obligation", NO, NO, FOR_A_CHILD, "A request from the safeguarding partners (Children Act 2004 s16H; formerly s14B)"],
        "bases-found",
        &["Art 6(1)(c), legal obligation", "Children Act 2004 s16H", "s14B"],
    ),
    case(
        "Child in need assessment using health data under Article 9(2)(h)",
        NATIONAL,
        BASIS,
        &[NO, YES, PUBLIC_TASK, YES, "Health or social care", NO, FOR_A_CHILD, "Assessing or supporting a child in need (Children Act 1989 s17)"],
        "bases-found",
        &["Art 9(2)(h)", "Children Act 1989 s17"],
    ),
    case(
        "Unsure which lawful basis fits: seek advice",
        NATIONAL,
        BASIS,
        &[NO, YES, NOT_SURE],
        "seek-advice",
        &["public authority"],
    ),
    exit_case("Immediate risk while finding the lawful basis: take the exit", NATIONAL, BASIS, &[NO], "immediate-risk", &[]),
    // Public interest test (North East Lincolnshire)
    case(
        "Parent refuses consent, evidence of significant harm: share in the public interest",
        NEL,
        PUBLIC_INTEREST,
        &["They refused", YES, YES, YES],
        "share-public-interest",
        &["refused", "evidence that a child is suffering", "normally justified", "proportionate response", "will be told"],
    ),
    case(
        "Disclosure in counselling, early help concern only: the risk of sharing is greater",
        NEL,
        PUBLIC_INTEREST,
        &["They refused", NO, NO, NO, YES, YES, "The risk of sharing is greater"],
        "do-not-share",
        &["has to be weighed", "damage public confidence", "the risk of sharing is greater"],
    ),
    case(
        "Serious crime against an adult: share less, without telling the suspect",
        NEL,
        PUBLIC_INTEREST,
        &["Asking would increase the risk or undermine a criminal investigation", NO, NO, YES, "Yes, if I share less than I planned", NOT_TOLD],
        "share-public-interest",
        &["undermine the prevention, detection or prosecution", "serious harm to an adult", "reduced set", "will not be told"],
    ),
    case(
        "Early help concern weighed in favour of sharing",
        NEL,
        PUBLIC_INTEREST,
        &["They refused", NO, NO, NO, YES, NO, "The risk of not sharing is greater", YES, YES],
        "share-public-interest",
        &["unlikely to damage public confidence", "the risk of not sharing is greater"],
    ),
    case(
        "No public interest in sharing: respect the refusal",
        NEL,
        PUBLIC_INTEREST,
        &["They refused", NO, NO, NO, NO],
        "do-not-share",
        &["No public interest in sharing was identified"],
    ),
    case(
        "Parent not yet asked and it is safe to ask: public interest test not yet needed",
        NEL,
        PUBLIC_INTEREST,
        &["I have not asked, and it would be safe to ask"],
        "ask-consent",
        &[],
    ),
    case(
        "Young person agreed to the referral: no public interest test needed",
        NEL,
        PUBLIC_INTEREST,
        &["They agreed to the sharing"],
        "no-test-needed",
        &["no public interest test is needed"],
    ),
    case(
        "Unsure whether a concern is reasonable cause: seek advice",
        NEL,
        PUBLIC_INTEREST,
        &["Consent cannot be obtained", NO, NOT_SURE],
        "seek-advice",
        &["Consent cannot be obtained"],
    ),
    exit_case(
        "Child says they are in danger tonight: take the exit",
        NEL,
        PUBLIC_INTEREST,
        &["They refused"],
        "immediate-risk",
        &["refused"],
    ),
    case("A woman asks about her new partner's past: right to ask", NATIONAL, ROUTE, &["A member of the public", "Whether their partner, or the partner of someone they know, has a history of abuse"], "dvds-right-to-ask", &[]),
    case("A mother asks about her daughter's new babysitter: child sex offender disclosure", NATIONAL, ROUTE, &["A member of the public", "Whether someone with unsupervised access to a particular child is a risk to that child"], "csods", &[]),
    case("A neighbour asks about something else: the practitioner decides", NATIONAL, ROUTE, &["A member of the public", "Something else"], "own-decision", &[]),
    case("A health visitor fears a client's partner is abusive: right to know", NATIONAL, ROUTE, &["A practitioner worried that someone's partner may be abusive"], "dvds-right-to-know", &[]),
    case("Police notify a school after an incident overnight: Operation Encompass", NATIONAL, ROUTE, &["The police, telling a school about a domestic abuse incident a pupil was present at"], "encompass", &[]),
    case("A social worker needs police checks for a placement: disclosure request", NATIONAL, ROUTE, &["Children's services, asking the police what they hold about a family"], "police-disclosure", &[]),
    case("The partnership asks for records for a practice review: s14B", NATIONAL, ROUTE, &["The local safeguarding children partnership, asking for information for its work"], "partnership-request", &[]),
    case("The PCC asks schools for exclusion figures: Serious Violence Duty", NATIONAL, ROUTE, &["A police and crime commissioner or another specified authority, about serious violence"], "serious-violence", &[]),
    case("A council asks police for details to stop a burglary series: crime exemption", NATIONAL, ROUTE, &["A partner asking for information to prevent or detect crime"], "crime-exemption", &[]),
    case("A teacher weighs telling a GP: no scheme, decide and record", NATIONAL, ROUTE, &["Me: I am deciding whether to share something I hold"], "own-decision", &[]),
    exit_case("A caller says a child is being hurt now: take the exit", NATIONAL, ROUTE, &[], "immediate-risk", &[]),
];

fn library() -> Library {
    Library::shipped().unwrap_or_else(|err| panic!("shipped packs must parse: {err}"))
}

fn chart<'l>(library: &'l Library, pack: &str, id: &str) -> Option<&'l Flowchart> {
    library.pack(pack)?.flowchart(id)
}

/// A time for each step, a minute apart.
fn at(step: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 22)
        .and_then(|day| day.and_hms_opt(9 + step / 60, step % 60, 0))
        .expect("a valid time")
}

/// Walks the scenario's answers, reading information steps on the way, then takes the exit
/// if the scenario says so.
fn walk_through(chart: &Flowchart, scenario: &Scenario) -> Result<Walk, String> {
    let mut walk = Walk::default();
    let mut answers = scenario.answers.iter();
    let mut step = 0;
    loop {
        step += 1;
        let node = walk.current(chart).ok_or("the walk lost its place")?;
        match node.kind {
            NodeKind::Outcome => break,
            NodeKind::Info => walk.acknowledge(chart, &node.id, at(step)).map_err(|err| err.to_string())?,
            NodeKind::Question => {
                let Some(label) = answers.next() else { break };
                let choice = node.options.iter().position(|option| option.label == *label).ok_or_else(|| {
                    let labels: Vec<&str> = node.options.iter().map(|option| option.label.as_str()).collect();
                    format!("question '{}' has no option '{label}' (it has {labels:?})", node.id)
                })?;
                walk.answer(chart, &node.id, choice, at(step)).map_err(|err| err.to_string())?;
            }
        }
    }
    if let Some(left) = answers.next() {
        let here = walk.current(chart).map_or("nowhere", |node| node.id.as_str());
        return Err(format!("reached '{here}' with answers left over, starting with '{left}'"));
    }
    if scenario.exit {
        walk.take_exit(chart, at(step + 1));
    }
    Ok(walk)
}

/// Everything wrong with one scenario; empty when it reaches its outcome with its findings.
fn check(library: &Library, scenario: &Scenario) -> Vec<String> {
    let Some(chart) = chart(library, scenario.pack, scenario.chart) else {
        return vec![format!("no flowchart '{}' in pack '{}'", scenario.chart, scenario.pack)];
    };
    let walk = match walk_through(chart, scenario) {
        Ok(walk) => walk,
        Err(problem) => return vec![problem],
    };
    let mut problems = Vec::new();
    match walk.outcome(chart) {
        Some(outcome) if outcome.id == scenario.outcome => {}
        Some(outcome) => problems.push(format!("reached outcome '{}', expected '{}'", outcome.id, scenario.outcome)),
        None => {
            let here = walk.current(chart).map_or("nowhere", |node| node.id.as_str());
            problems.push(format!("stopped at '{here}' without an outcome, expected '{}'", scenario.outcome));
        }
    }
    let findings = walk.findings(chart);
    for expected in scenario.findings {
        if !findings.iter().any(|finding| finding.text.contains(expected)) {
            let texts: Vec<&str> = findings.iter().map(|finding| finding.text.as_str()).collect();
            problems.push(format!("no finding contains '{expected}'; findings were {texts:#?}"));
        }
    }
    for finding in &findings {
        if finding.cite.is_empty() {
            problems.push(format!("finding '{}' has no citation", finding.text));
        }
    }
    problems
}

#[test]
fn every_scenario_reaches_its_outcome_with_its_findings() {
    let library = library();
    let failures: Vec<String> = SCENARIOS
        .iter()
        .flat_map(|scenario| {
            check(&library, scenario).into_iter().map(move |problem| format!("{}: {problem}", scenario.name))
        })
        .collect();
    assert!(failures.is_empty(), "{} scenario problem(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn there_are_at_least_25_scenarios_with_unique_names() {
    assert!(SCENARIOS.len() >= 25, "only {} scenarios", SCENARIOS.len());
    let mut seen = std::collections::HashSet::new();
    for scenario in SCENARIOS {
        assert!(seen.insert(scenario.name), "scenario name used twice: {}", scenario.name);
    }
}

#[test]
fn every_flowchart_in_every_pack_has_a_scenario() {
    let library = library();
    let missing: Vec<String> = library
        .packs
        .iter()
        .flat_map(|pack| pack.flowcharts.iter().map(move |chart| (pack.pack.id.as_str(), chart.id.as_str())))
        .filter(|(pack, chart)| !SCENARIOS.iter().any(|s| s.pack == *pack && s.chart == *chart))
        .map(|(pack, chart)| format!("{pack}/{chart}"))
        .collect();
    assert!(missing.is_empty(), "flowcharts with no scenario: {}", missing.join(", "));
}

#[test]
fn every_outcome_of_the_decision_wizards_is_reached_by_a_scenario() {
    let library = library();
    let mut missing = Vec::new();
    for (pack, id) in WIZARDS {
        let chart = chart(&library, pack, id).unwrap_or_else(|| panic!("{pack}/{id} is shipped"));
        for node in chart.nodes.iter().filter(|node| node.kind == NodeKind::Outcome) {
            if !SCENARIOS.iter().any(|s| s.pack == *pack && s.chart == *id && s.outcome == node.id) {
                missing.push(format!("{pack}/{id} outcome {}", node.id));
            }
        }
    }
    assert!(missing.is_empty(), "outcomes no scenario reaches:\n{}", missing.join("\n"));
}

#[test]
fn a_wrong_answer_fails_with_the_scenario_name() {
    let library = library();
    let wrong = Scenario {
        name: "deliberately wrong",
        pack: NATIONAL,
        chart: SHARE,
        answers: &[NO],
        exit: false,
        outcome: "share",
        findings: &["not there"],
    };
    let problems = check(&library, &wrong);
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].contains("expected 'share'"), "{problems:?}");
}
