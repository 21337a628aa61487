//! Named scenarios walked through the shipped decision wizards.
//!
//! Each scenario is a case a practitioner might bring: the answers they would choose (option
//! labels for the question nodes, in order; information steps are read automatically), the
//! outcome they should reach, words the findings on the way must contain, and what the outcome
//! itself must say, cited. A journey walks one scenario to an outcome and goes on to the wizard
//! it opens, which starts with the answers the outcome carries. The people are fictional. A
//! scenario that goes wrong fails with its name.

use chrono::{NaiveDate, NaiveDateTime};
use infoshare_core::flow::carry::carried_into;
use infoshare_core::flow::{Carried, Walk};
use infoshare_core::library::Library;
use infoshare_core::pack::{Flowchart, NodeKind};
use infoshare_core::record::wizard_context;

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
    /// Text that must appear in the outcome's next steps, each with a source the outcome cites.
    says: &'static [(&'static str, &'static str)],
}

impl Scenario {
    /// The same scenario, whose outcome must also say each text, citing its source.
    const fn saying(self, says: &'static [(&'static str, &'static str)]) -> Scenario {
        Scenario { says, ..self }
    }
}

const fn case(
    name: &'static str,
    pack: &'static str,
    chart: &'static str,
    answers: &'static [&'static str],
    outcome: &'static str,
    findings: &'static [&'static str],
) -> Scenario {
    Scenario { name, pack, chart, answers, exit: false, outcome, findings, says: &[] }
}

const fn exit_case(
    name: &'static str,
    pack: &'static str,
    chart: &'static str,
    answers: &'static [&'static str],
    outcome: &'static str,
    findings: &'static [&'static str],
) -> Scenario {
    Scenario { name, pack, chart, answers, exit: true, outcome, findings, says: &[] }
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
const UNCONSCIOUS: &str = "No, they are unconscious or too unwell to be asked";
const MISSING: &str = "No, they are missing or cannot be reached in time";
const POLICE_TO_PROTECT: &str = "No, the police are sharing so that others can protect or support someone";
const NONE_OF_THESE: &str = "None of these";
const THE_PUBLIC_INTEREST: &str = "Yes, the public interest";
const S16H: &str = "A request from the safeguarding partners under Children Act 2004 s16H (formerly s14B)";
const SERIOUS_VIOLENCE: &str = "A police and crime commissioner or another specified authority, about serious violence";
const S47: &str = "A child protection enquiry (Children Act 1989 s47)";
const S42: &str = "A safeguarding enquiry (Care Act 2014 s42)";
const FOR_AN_ADULT: &str = "Protecting an adult at risk";
const PARTNERS_ASK: &str = "The local safeguarding children partnership, asking for information for its work";
const ASKING_RISKS_IT: &str = "Asking would increase the risk or undermine a criminal investigation";

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
    )
    .saying(&[("anonymised or aggregated information", "seed-003")]),
    case(
        "Confidential, the parent consents: share and tell them",
        NATIONAL,
        SHARE,
        &[YES, YES, YES, YES, YES],
        "share",
        &["clear and legitimate purpose", "personal data", "duty of confidence is met", "they will be told"],
    )
    .saying(&[("informed and specific", "uk-gdpr"), ("can withdraw it at any time", "seed-004")]),
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
        &[NO, YES, UNDER_16, NO, GILLICK_YES, REFUSE, YES],
        "share-without-consent",
        &["under 16", "Gillick competent for this decision", "refused consent", "significant harm"],
    ),
    case(
        "12-year-old asking for contraception: child protection",
        NATIONAL,
        CONSENT,
        &[NO, YES, UNDER_16, YES, YES],
        "child-protection",
        &["under 13", "child protection matter"],
    ),
    case(
        "14-year-old seeking contraception advice, all Fraser guidelines met",
        NATIONAL,
        CONSENT,
        &[NO, YES, UNDER_16, YES, NO, NO, YES, YES, YES, YES, YES],
        "fraser-met",
        &["under 16", "All five Fraser guidelines are met"],
    ),
    case(
        "14-year-old willing to tell her mother: Fraser guidelines not met",
        NATIONAL,
        CONSENT,
        &[NO, YES, UNDER_16, YES, NO, NO, YES, NO],
        "fraser-not-met",
        &["Fraser guideline 2 is not met"],
    ),
    case(
        "15-year-old with a much older partner: child protection",
        NATIONAL,
        CONSENT,
        &[NO, YES, UNDER_16, YES, NO, YES],
        "child-protection",
        &["sexually exploited, abused or coerced"],
    ),
    case(
        "7-year-old not Gillick competent, mother consents",
        NATIONAL,
        CONSENT,
        &[NO, YES, UNDER_16, NO, NO, YES],
        "parental-consent",
        &["not Gillick competent", "parental responsibility has consented"],
    ),
    case(
        "16-year-old refuses and nobody is at risk: respect the refusal",
        NATIONAL,
        CONSENT,
        &[NO, YES, AGED_16_17, NO, REFUSE, NO],
        "respect-refusal",
        &["presumed able to consent", "refusal is respected"],
    ),
    case(
        "17-year-old with capacity in doubt who cannot weigh the information: best interests decision",
        NATIONAL,
        CONSENT,
        &[NO, YES, AGED_16_17, YES, YES, YES, YES, YES, NO, YES, NO],
        "best-interests",
        &["reason to doubt whether the young person", "cannot use or weigh", "lack capacity for this decision", "best interests"],
    ),
    case(
        "Adult with a health and welfare LPA who lacks capacity for this decision",
        NATIONAL,
        CONSENT,
        &[NO, YES, ADULT, YES, YES, YES, NO, YES, "Yes, an attorney or deputy"],
        "attorney-deputy",
        &["Mental Capacity Act 2005 applies", "cannot understand", "lack capacity for this decision", "lasting or enduring power of attorney"],
    ),
    case(
        "Adult with no reason to doubt capacity agrees freely: valid consent",
        NATIONAL,
        CONSENT,
        &[NO, YES, ADULT, NO, YES, YES],
        "valid-consent",
        &["assumed to have capacity", "freely given consent"],
    ),
    case(
        "Adult with a learning disability found able to decide after a capacity assessment: valid consent",
        NATIONAL,
        CONSENT,
        &[NO, YES, ADULT, YES, YES, YES, YES, YES, YES, YES, YES, YES],
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
        "Adult found unconscious after an overdose, her children at home alone: vital interests, the minimum necessary",
        NATIONAL,
        CONSENT,
        &[NO, UNCONSCIOUS, YES],
        "vital-interests",
        &["cannot be asked at all", "not a refusal", "vital interests"],
    )
    .saying(&[
        ("minimum necessary", "seed-000"),
        ("Article 6(1)(d)", "uk-gdpr"),
        ("Article 9(2)(c)", "uk-gdpr"),
        ("Vital interests is for emergencies", "dpa-2018"),
    ]),
    case(
        "14-year-old missing overnight and believed to be exploited: vital interests",
        NATIONAL,
        CONSENT,
        &[NO, MISSING, YES],
        "vital-interests",
        &["missing", "cannot reasonably be obtained in time", "vital interests"],
    ),
    case(
        "17-year-old away on a school trip, review not until next month: wait and ask",
        NATIONAL,
        CONSENT,
        &[NO, MISSING, NO],
        "wait-to-ask",
        &["not a refusal", "Nobody's life"],
    )
    .saying(&[("as soon as you can reach them", "seed-004")]),
    case(
        "15-year-old asks the school nurse for counselling without her parents knowing: her own valid consent",
        NATIONAL,
        CONSENT,
        &[NO, YES, UNDER_16, NO, GILLICK_YES, YES, YES],
        "valid-consent",
        &["Gillick competent for this decision", "consent to what is proposed"],
    )
    .saying(&[("withdraw it at any time", "uk-gdpr"), ("would then have to be deleted", "seed-004")]),
    case(
        "Adult not yet helped to decide: help them first",
        NATIONAL,
        CONSENT,
        &[NO, YES, ADULT, YES, NO],
        "help-decide",
        &["capacity must be assessed"],
    ),
    case(
        "Adult agrees under pressure from a partner: not valid consent",
        NATIONAL,
        CONSENT,
        &[NO, YES, ADULT, NO, YES, NO],
        "consent-not-valid",
        &["not yet valid consent"],
    ),
    case(
        "Unsure whether a 13-year-old is Gillick competent: seek advice",
        NATIONAL,
        CONSENT,
        &[NO, YES, UNDER_16, NO, NOT_SURE],
        "seek-advice",
        &["under 16"],
    ),
    exit_case(
        "Child at immediate risk while consent is being considered: take the exit",
        NATIONAL,
        CONSENT,
        &[NO, YES, UNDER_16],
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
    )
    .saying(&[
        ("policing purpose", "seed-000"),
        ("Management of Police Information (MoPI) code of practice", "seed-000"),
        ("s82 will remove the statutory duty to log the justification", "duaa-2025"),
    ]),
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
        &[NO, NO, "Recognised legitimate interest: safeguarding (new in 2025)", NO, NO, NONE_OF_THESE, THE_PUBLIC_INTEREST],
        "bases-found",
        &["Art 6(1)(ea)", "Annex 1 para 6", "in force since 5 February 2026", "public interest in sharing outweighs the duty of confidence"],
    )
    .saying(&[("compatible does not by itself make it lawful", "uk-gdpr"), ("appropriate policy document", "dpa-2018")]),
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
        &[NO, YES, "Legal obligation", NO, NO, FOR_A_CHILD, S16H],
        "bases-found",
        &["Art 6(1)(c), legal obligation", "Children Act 2004 s16H (formerly s14B)", "integrated care board", "necessary and proportionate"],
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
    case("A social worker needs police checks for a placement: disclosure request", NATIONAL, ROUTE, &["Children's services, asking the police what they hold about a family"], "police-disclosure", &[])
        .saying(&[("Disclosure of information between family and criminal agencies and jurisdictions: 2024 protocol", "family-criminal-protocol-2024")]),
    case("The partnership asks for records for a practice review: s16H (formerly s14B)", NATIONAL, ROUTE, &[PARTNERS_ASK], "partnership-request", &[])
        .saying(&[
            ("it is now s16H (formerly s14B)", "children-act-2004"),
            ("necessary and proportionate", "seed-004"),
            ("integrated care board", "children-act-2004"),
            ("Coming, not yet in force", "cwsa-2026"),
        ]),
    case("The PCC asks schools for exclusion figures: Serious Violence Duty", NATIONAL, ROUTE, &[SERIOUS_VIOLENCE], "serious-violence", &[])
        .saying(&[("s16(4)", "pcsc-2022"), ("Go on to the Lawful basis finder", "seed-004")]),
    case("A council asks police for details to stop a burglary series: crime exemption", NATIONAL, ROUTE, &["A partner asking for information to prevent or detect crime"], "crime-exemption", &[]),
    case("A teacher weighs telling a GP: no scheme, decide and record", NATIONAL, ROUTE, &["Me: I am deciding whether to share something I hold"], "own-decision", &[]),
    exit_case("A caller says a child is being hurt now: take the exit", NATIONAL, ROUTE, &[], "immediate-risk", &[]),
    // Questions a practitioner can answer: police sharing for a child's protection is under the
    // UK GDPR, and every gateway question offers "None of these".
    case(
        "Police tell children's social care about a partner's caution so they can protect the child: UK GDPR, not Part 3",
        NATIONAL,
        BASIS,
        &[POLICE_TO_PROTECT, YES, PUBLIC_TASK, NO, YES, PARA_18, FOR_A_CHILD, S47],
        "bases-found",
        &["UK GDPR applies rather than Part 3", "Art 6(1)(e), public task", "Sch 1 para 18", "Children Act 1989 s47"],
    ),
    case(
        "Youth club worries about a child, and no listed law fits: None of these, then the public interest",
        NATIONAL,
        BASIS,
        &[NO, NO, "Legitimate interests", NO, NO, FOR_A_CHILD, NONE_OF_THESE, THE_PUBLIC_INTEREST],
        "bases-found",
        &["Art 6(1)(f)", "public interest in sharing outweighs the duty of confidence"],
    ),
    case(
        "Housing association worries about an adult, and no listed law fits: None of these",
        NATIONAL,
        BASIS,
        &[NO, NO, "Legitimate interests", NO, NO, FOR_AN_ADULT, NONE_OF_THESE, "Yes, another power in law"],
        "bases-found",
        &["a power in law other than those this tool lists"],
    ),
    case(
        "Crime concern with no listed law: None of these, and no other power",
        NATIONAL,
        BASIS,
        &[NO, YES, PUBLIC_TASK, NO, NO, FOR_CRIME, NONE_OF_THESE, NO],
        "no-basis",
        &["No legal power to share was identified"],
    ),
    case(
        "Safeguarding Adults Board asks for records for a review: Care Act s45, still necessary and proportionate",
        NATIONAL,
        BASIS,
        &[NO, YES, "Legal obligation", YES, "Health or social care", NO, FOR_AN_ADULT, "A request from the Safeguarding Adults Board (Care Act 2014 s45)"],
        "bases-found",
        &["Care Act 2014 s45", "safeguarding adults review", "necessary and proportionate"],
    ),
];

/// A scenario walked to its outcome, then on into a wizard the outcome opens: `then` lists only
/// the answers still to give there, and `carried` the questions it must start with answered.
struct Journey {
    first: Scenario,
    then: Scenario,
    carried: &'static [(&'static str, &'static str)],
}

const fn journey(first: Scenario, then: Scenario, carried: &'static [(&'static str, &'static str)]) -> Journey {
    Journey { first, then, carried }
}

/// The next wizard's part of a journey (its name is the journey's).
const fn then(
    pack: &'static str,
    chart: &'static str,
    answers: &'static [&'static str],
    outcome: &'static str,
    findings: &'static [&'static str],
) -> Scenario {
    case("", pack, chart, answers, outcome, findings)
}

const BASES_FOUND: &str = "bases-found";
const SHARE_IN_PUBLIC_INTEREST: &str = "share-public-interest";

const JOURNEYS: &[Journey] = &[
    journey(
        case(
            "Asking would alert the abuser: on to the lawful basis finder, which knows asking would put the child's protection at risk",
            NATIONAL,
            CONSENT,
            &[YES],
            "consent-not-appropriate",
            &["golden rule 3"],
        ),
        then(NATIONAL, BASIS, &[NO, YES, PUBLIC_TASK, YES, SPI, PARA_18, YES, "Under 18", YES, NO, FOR_A_CHILD, S47], BASES_FOUND, &["18(2)(c)"]),
        &[("p18-consent", "Asking would put their protection at risk")],
    ),
    journey(
        case(
            "Asking would alert the abuser: on to the public interest test, which knows why consent was not sought",
            NATIONAL,
            CONSENT,
            &[YES],
            "consent-not-appropriate",
            &[],
        ),
        then(NEL, PUBLIC_INTEREST, &[YES, YES, YES], SHARE_IN_PUBLIC_INTEREST, &["undermine the prevention, detection or prosecution"]),
        &[("consent-position", ASKING_RISKS_IT)],
    ),
    journey(
        case("A Gillick competent 15-year-old refuses, significant harm: on to the public interest test", NATIONAL, CONSENT, &[NO, YES, UNDER_16, NO, GILLICK_YES, REFUSE, YES], "share-without-consent", &[]),
        then(NEL, PUBLIC_INTEREST, &[YES, YES, YES], SHARE_IN_PUBLIC_INTEREST, &["Consent was sought and refused"]),
        &[("consent-position", "They refused")],
    ),
    journey(
        case("A mother refuses for her 6-year-old, significant harm: on to the lawful basis finder, which knows the child is under 18", NATIONAL, CONSENT, &[NO, YES, UNDER_16, NO, NO, REFUSE, YES], "share-without-consent", &[]),
        then(NATIONAL, BASIS, &[NO, YES, PUBLIC_TASK, YES, SPI, PARA_18, YES, "Asking would put their protection at risk", YES, NO, FOR_A_CHILD, S47], BASES_FOUND, &["aged under 18"]),
        &[("p18-person", "Under 18")],
    ),
    journey(
        case("A 17-year-old's agreement was pressured: on to the lawful basis finder", NATIONAL, CONSENT, &[NO, YES, AGED_16_17, NO, YES, NO], "consent-not-valid", &[]),
        then(NATIONAL, BASIS, &[NO, YES, PUBLIC_TASK, YES, SPI, PARA_18, YES, "I cannot reasonably be expected to get their consent", YES, NO, FOR_A_CHILD, "Assessing or supporting a child in need (Children Act 1989 s17)"], BASES_FOUND, &["aged under 18", "18(2)(b)"]),
        &[("p18-person", "Under 18")],
    ),
    journey(
        case("A 12-year-old asks for contraception: child protection, then the lawful basis finder", NATIONAL, CONSENT, &[NO, YES, UNDER_16, YES, YES], "child-protection", &[]),
        then(NATIONAL, BASIS, &[NO, YES, PUBLIC_TASK, YES, SPI, PARA_18, YES, "Asking would put their protection at risk", YES, NO, FOR_A_CHILD, S47], BASES_FOUND, &["aged under 18"]),
        &[("p18-person", "Under 18")],
    ),
    journey(
        case("A 17-year-old who lacks capacity has a deputy: on to the lawful basis finder", NATIONAL, CONSENT, &[NO, YES, AGED_16_17, YES, YES, YES, NO, YES, "Yes, an attorney or deputy"], "attorney-deputy", &[]),
        then(NATIONAL, BASIS, &[NO, YES, PUBLIC_TASK, YES, SPI, PARA_18, YES, YES, NO, FOR_A_CHILD, S47], BASES_FOUND, &["aged under 18", "18(2)(a)"]),
        &[("p18-person", "Under 18"), ("p18-consent", "They cannot give consent")],
    ),
    journey(
        case("An adult with dementia cannot weigh the decision: best interests, then the lawful basis finder", NATIONAL, CONSENT, &[NO, YES, ADULT, YES, YES, YES, YES, NO, YES, NO], "best-interests", &[]),
        then(NATIONAL, BASIS, &[NO, YES, PUBLIC_TASK, YES, SPI, PARA_18, YES, "18 or over and at risk", YES, NO, FOR_AN_ADULT, S42], BASES_FOUND, &["18(2)(a)", "Care Act 2014 s42"]),
        &[("p18-consent", "They cannot give consent")],
    ),
    journey(
        case("Unconscious adult, children at home alone: vital interests, then the lawful basis finder", NATIONAL, CONSENT, &[NO, UNCONSCIOUS, YES], "vital-interests", &[]),
        then(NATIONAL, BASIS, &[NO, YES, YES, NO, FOR_AN_ADULT, S42], BASES_FOUND, &["Art 6(1)(d), vital interests", "Art 9(2)(c)"]),
        &[("art6-public", "Vital interests"), ("art9", "Vital interests, where the person cannot consent")],
    ),
    journey(
        case("A missing 14-year-old: vital interests, then the public interest test", NATIONAL, CONSENT, &[NO, MISSING, YES], "vital-interests", &[]),
        then(NEL, PUBLIC_INTEREST, &[YES, YES, NOT_TOLD], SHARE_IN_PUBLIC_INTEREST, &["Consent cannot be obtained"]),
        &[("consent-position", "Consent cannot be obtained")],
    ),
    journey(
        case("Safe to ask, unsure whose consent counts: on to the consent tool", NATIONAL, SHARE, &[YES, YES, YES, "No, I have not asked", "No, it is safe to ask"], "ask-first", &[]),
        then(NATIONAL, CONSENT, &[YES, ADULT, NO, YES, YES], "valid-consent", &["freely given consent"]),
        &[("risk-of-asking", NO)],
    ),
    journey(
        case("A health visitor relied on paragraph 18 because asking was unsafe: on to the public interest test", NATIONAL, BASIS, &[NO, YES, PUBLIC_TASK, YES, SPI, PARA_18, YES, "Under 18", "Asking would put their protection at risk", YES, NO, FOR_A_CHILD, S47], BASES_FOUND, &[]),
        then(NEL, PUBLIC_INTEREST, &[YES, YES, YES], SHARE_IN_PUBLIC_INTEREST, &["undermine the prevention, detection or prosecution"]),
        &[("consent-position", ASKING_RISKS_IT)],
    ),
    journey(
        case("The partnership asks a school for records: on to the lawful basis finder with the power and basis known", NATIONAL, ROUTE, &[PARTNERS_ASK], "partnership-request", &[]),
        then(NATIONAL, BASIS, &[NO, YES, NO, NO], BASES_FOUND, &["Art 6(1)(c), legal obligation", "Children Act 2004 s16H (formerly s14B)"]),
        &[("art6-public", "Legal obligation"), ("gateway-area", FOR_A_CHILD), ("gateway-child", S16H)],
    ),
    journey(
        case("The PCC asks a youth offending service for data: on to the lawful basis finder with the duty known", NATIONAL, ROUTE, &[SERIOUS_VIOLENCE], "serious-violence", &[]),
        then(NATIONAL, BASIS, &[NO, YES, PUBLIC_TASK, NO, YES, PARA_10], BASES_FOUND, &["Police, Crime, Sentencing and Courts Act 2022 s16"]),
        &[("gateway-area", FOR_CRIME), ("gateway-crime", "The serious violence duty (Police, Crime, Sentencing and Courts Act 2022 s16 or s17)")],
    ),
    journey(
        case("Consent cannot be obtained, the public interest justifies sharing: on to the lawful basis finder", NEL, PUBLIC_INTEREST, &["Consent cannot be obtained", YES, YES, YES], SHARE_IN_PUBLIC_INTEREST, &[]),
        then(NATIONAL, BASIS, &[NO, YES, PUBLIC_TASK, YES, SPI, PARA_18, YES, "Under 18", YES, NO, FOR_A_CHILD, S47], BASES_FOUND, &["18(2)(b)"]),
        &[("p18-consent", "I cannot reasonably be expected to get their consent")],
    ),
    journey(
        case("Not yet asked and safe to ask: from the public interest test to the consent tool", NEL, PUBLIC_INTEREST, &["I have not asked, and it would be safe to ask"], "ask-consent", &[]),
        then(NATIONAL, CONSENT, &[YES, AGED_16_17, NO, YES, YES], "valid-consent", &["presumed able to consent"]),
        &[("risk-of-asking", NO)],
    ),
];

/// Everything wrong with one journey: either walk, what the next wizard started with, and
/// the record's note on each carried answer.
fn check_journey(library: &Library, journey: &Journey) -> Vec<String> {
    let (first, then) = (&journey.first, &journey.then);
    let (Some(from_chart), Some(next_chart)) =
        (chart(library, first.pack, first.chart), chart(library, then.pack, then.chart))
    else {
        return vec!["a wizard is missing".to_owned()];
    };
    let to = format!("wizards/{}/{}", then.pack, then.chart);
    let (first_walk, mut problems) = match reach(library, first, Vec::new()) {
        Ok(reached) => reached,
        Err(problem) => return vec![problem],
    };
    if !first_walk.outcome(from_chart).is_some_and(|outcome| outcome.opens.contains(&to)) {
        problems.push(format!("the outcome does not open {to}"));
    }
    let carried = carried_into(from_chart, &first_walk, &to, next_chart);
    let (walk, more) = match reach(library, then, carried) {
        Ok(reached) => reached,
        Err(problem) => return [problems, vec![format!("then: {problem}")]].concat(),
    };
    problems.extend(more.into_iter().map(|problem| format!("then: {problem}")));
    let given: Vec<(&str, &str)> = walk
        .answered(next_chart)
        .into_iter()
        .filter(|(node, _, _)| walk.carried_at(&node.id).is_some())
        .map(|(node, option, _)| (node.id.as_str(), option.label.as_str()))
        .collect();
    if given != journey.carried {
        problems.push(format!("the next wizard carried {given:?}, expected {:?}", journey.carried));
    }
    let note = format!("Carried over from {}", from_chart.title);
    let pack = library.pack(then.pack).expect("the next wizard's pack");
    let context = wizard_context(library, pack, next_chart, &walk);
    for (node, _) in journey.carried {
        let entry = context.as_ref().and_then(|context| context.path.iter().find(|entry| entry.step == *node));
        if entry.and_then(|entry| entry.note.as_deref()) != Some(note.as_str()) {
            problems.push(format!("the record does not note that '{node}' was carried over from {}", from_chart.title));
        }
    }
    problems
}

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

/// Walks the scenario's answers on from `walk`, reading information steps on the way, then
/// takes the exit if the scenario says so.
fn walk_through(chart: &Flowchart, scenario: &Scenario, mut walk: Walk) -> Result<Walk, String> {
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
    match reach(library, scenario, Vec::new()) {
        Ok((_, problems)) => problems,
        Err(problem) => vec![problem],
    }
}

/// The scenario walked from a walk carrying `carried`, and everything wrong with where it ends;
/// `Err` when it cannot be walked at all.
fn reach(library: &Library, scenario: &Scenario, carried: Vec<Carried>) -> Result<(Walk, Vec<String>), String> {
    let chart = chart(library, scenario.pack, scenario.chart)
        .ok_or_else(|| format!("no flowchart '{}' in pack '{}'", scenario.chart, scenario.pack))?;
    let walk = walk_through(chart, scenario, Walk::carrying(chart, carried, at(0)))?;
    let problems = ending_problems(chart, scenario, &walk);
    Ok((walk, problems))
}

/// What is wrong with the outcome a walk reached, its findings and what it says.
fn ending_problems(chart: &Flowchart, scenario: &Scenario, walk: &Walk) -> Vec<String> {
    let mut problems = Vec::new();
    match walk.outcome(chart) {
        Some(outcome) if outcome.id == scenario.outcome => {}
        Some(outcome) => problems.push(format!("reached outcome '{}', expected '{}'", outcome.id, scenario.outcome)),
        None => {
            let here = walk.current(chart).map_or("nowhere", |node| node.id.as_str());
            problems.push(format!("stopped at '{here}' without an outcome, expected '{}'", scenario.outcome));
        }
    }
    let outcome = walk.outcome(chart);
    for (text, source) in scenario.says {
        let said = outcome.is_some_and(|node| node.next_steps.iter().any(|step| step.contains(text)));
        let cited = outcome.is_some_and(|node| node.cite.iter().any(|citation| citation.source == *source));
        if !said || !cited {
            problems.push(format!("the outcome should say '{text}' ({said}) and cite {source} ({cited})"));
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
        says: &[("not said", "seed-004")],
    };
    let problems = check(&library, &wrong);
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems[0].contains("expected 'share'"), "{problems:?}");
}

#[test]
fn every_journey_starts_the_next_wizard_with_what_is_known() {
    let library = library();
    let failures: Vec<String> = JOURNEYS
        .iter()
        .flat_map(|journey| {
            check_journey(&library, journey)
                .into_iter()
                .map(move |problem| format!("{}: {problem}", journey.first.name))
        })
        .collect();
    assert!(failures.is_empty(), "{} journey problem(s):\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_outcome_that_carries_answers_has_a_journey_into_each_wizard() {
    let library = library();
    let mut missing = Vec::new();
    for (pack, chart) in library.flowcharts() {
        for node in &chart.nodes {
            let mut wizards: Vec<&str> = node.carry.iter().map(|rule| rule.to.as_str()).collect();
            wizards.dedup();
            for to in wizards {
                let taken = JOURNEYS.iter().any(|journey| {
                    let then = &journey.then;
                    journey.first.pack == pack
                        && journey.first.chart == chart.id
                        && journey.first.outcome == node.id
                        && to == format!("wizards/{}/{}", then.pack, then.chart)
                });
                if !taken {
                    missing.push(format!("{pack}/{} outcome {} into {to}", chart.id, node.id));
                }
            }
        }
    }
    assert!(missing.is_empty(), "outcomes whose carried answers no journey follows:\n{}", missing.join("\n"));
}

#[test]
fn a_journey_that_expects_a_carry_the_pack_does_not_make_fails() {
    let library = library();
    let wrong = journey(
        case("deliberately wrong", NATIONAL, CONSENT, &[YES], "consent-not-appropriate", &[]),
        then(
            NATIONAL,
            BASIS,
            &[NO, YES, PUBLIC_TASK, YES, SPI, PARA_18, YES, "Under 18", YES, NO, FOR_A_CHILD, S47],
            BASES_FOUND,
            &[],
        ),
        &[("p18-person", "Under 18")],
    );
    let problems = check_journey(&library, &wrong);
    assert_eq!(
        problems,
        [
            r#"the next wizard carried [("p18-consent", "Asking would put their protection at risk")], expected [("p18-person", "Under 18")]"#,
            "the record does not note that 'p18-person' was carried over from Consent, competence and capacity",
        ]
    );
}
