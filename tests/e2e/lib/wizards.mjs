// The four decision wizards, each with a short path to an outcome (from the named scenarios in
// core/tests/scenarios.rs) and what that outcome must show, and the decision details typed
// into their records.

export const NAME = "O'Neill-Łukasz Nguyễn";
export const ROLE = 'Designated safeguarding lead';
/** Reasons as they might be pasted from case notes: several lines, one blank, non-ASCII. */
export const REASONS = [
  'Spoke to the class teacher on Monday; she confirmed the bruising was seen twice.',
  'Weighed: the parent’s wish for privacy against the risk of harm — the risk is greater.',
  '',
  'Agreed with the DSL (O’Neill) at 14:30.',
].join('\n');

/** The fields the record form needs when information is shared, typed by keyboard. */
export const SHARING_FIELDS = {
  'lawful-basis': 'UK GDPR Article 6(1)(e) public task; Children Act 1989 section 17.',
  'shared-what': 'Dates of missed appointments and the concerns raised.',
  'shared-with': "Children's social care duty team",
  purpose: 'To support an assessment of the child’s needs.',
};

export const WIZARDS = [
  {
    name: 'Should I share information?',
    route: '#/wizards/national/should-i-share',
    start: 'purpose',
    // "Anonymous figures that identify nobody: you may share"
    answers: ['Yes', 'No'],
    outcome: 'share-not-personal',
    heading: 'You may share: the information is not personal data',
    finding: 'not personal data',
    decision: 'Share the information',
    shares: true,
    recordKey: 'Enter',
  },
  {
    name: 'Consent, competence and capacity',
    route: '#/wizards/national/consent-capacity',
    start: 'about-consent',
    // "Asking for consent would alert the abuser: consent is not the right basis"
    answers: ['Yes'],
    outcome: 'consent-not-appropriate',
    heading: 'Do not rely on consent: use another lawful basis',
    finding: 'golden rule 3',
    decision: 'Share some of the information',
    shares: true,
    recordKey: 'Space',
  },
  {
    name: 'Lawful basis finder',
    route: '#/wizards/national/lawful-basis',
    start: 'about-lawful-basis',
    // "Police law-enforcement sharing with no sensitive data"
    answers: ['Yes', 'Yes', 'No'],
    outcome: 'le-bases-found',
    heading: 'You can share under Part 3 of the Data Protection Act 2018',
    finding: 'no Schedule 8 condition is needed',
    decision: 'Share the information',
    shares: true,
    recordKey: 'Enter',
  },
  {
    name: 'Public interest test',
    route: '#/wizards/north-east-lincolnshire/public-interest',
    start: 'about-public-interest',
    // "Young person agreed to the referral: no public interest test needed"
    answers: ['They agreed to the sharing'],
    outcome: 'no-test-needed',
    heading: 'You do not need the public interest test',
    finding: 'no public interest test is needed',
    decision: 'Do not share',
    shares: false,
    recordKey: 'Space',
  },
];

export const SHOULD_I_SHARE = WIZARDS[0];
export const CONSENT = WIZARDS[1];
export const LAWFUL_BASIS = WIZARDS[2];
export const EXIT_HEADING = 'Someone is at immediate risk: act now';

/** The record form's text fields for a wizard's decision, each typed (reasons pasted). */
export function recordFields(wizard) {
  return {
    ...(wizard.shares ? SHARING_FIELDS : {}),
    rationale: { paste: REASONS },
    'maker-name': NAME,
    'maker-role': ROLE,
  };
}
