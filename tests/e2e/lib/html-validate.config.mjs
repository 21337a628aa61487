// html-validate configuration for the rendered DOM of each page (page.content()).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // page.content() is the browser's serialisation of the live DOM, and the HTML serialiser
    // always writes a boolean attribute set by script as name="" (`open=""`, `novalidate=""`),
    // so the recommended "omit" style can never pass. "empty" is exactly what it writes.
    'attribute-boolean-style': ['error', { style: 'empty' }],
    // Trunk replaces each `<link data-trunk>` line of index.html with its output (or with
    // nothing, for copy-file), leaving the line's indentation behind as whitespace-only lines
    // in <head>. This is formatting of the build output, not markup: it changes nothing a
    // browser or assistive technology sees.
    'no-trailing-whitespace': 'off',
    // GOV.UK Frontend's documented markup for a link styled as a button (govukButton with
    // `href`, e.g. a start button) is `<a href role="button" draggable="false" class="govuk-button"
    // data-module="govuk-button">`, which this rule reports as "prefer <button>". Only the
    // button role is exempted; the rule still checks every other role. The role promises that
    // Space activates the link, which GOV.UK's script normally adds: keyboard.test.mjs checks it.
    // GOV.UK Frontend's notification banner is `<div class="govuk-notification-banner"
    // role="region" aria-labelledby="…">` by design; the training practice panel uses it for
    // feedback. Only "button" and "region" are exempted.
    'prefer-native-element': ['error', { exclude: ['button', 'region'] }],
    // GOV.UK Frontend's date input puts role="group" on its <fieldset> on purpose: without it
    // JAWS does not announce the hint for a fieldset of text inputs. Only "group" is exempted.
    'no-redundant-role': ['error', { exclude: ['group'] }],
    // Form inputs are identified by their answer paths ("request-date.day",
    // "subjects[0].forename") so that core's errors point straight at them. HTML allows any
    // id without whitespace; the strict form of this rule allows only letters, digits, "-"
    // and "_". The relaxed form still rejects empty ids and whitespace.
    'valid-id': ['error', { relaxed: true }],
    // GOV.UK's page title pattern is the page's <h1>, then the service name ("<h1> – InfoShare";
    // a wizard step adds its tool: "<question> – <wizard> – InfoShare"). Questions and the
    // names of legal principles are long, so such titles often pass the rule's 70 characters,
    // a search-results heuristic (InfoShare is noindex). render.test.mjs checks the pattern.
    'long-title': 'off',
    // Passphrase inputs say autocomplete="off" on purpose: a sealed file's passphrase must
    // not go into a password manager (it is for one file, and InfoShare promises it is never
    // stored). The rule's suggested values ("new-password", "current-password") invite the
    // browser to offer to save or suggest one.
    'autocomplete-password': 'off',
  },
};
