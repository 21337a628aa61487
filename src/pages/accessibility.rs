//! The accessibility statement, in the structure of the GOV.UK model statement required by
//! the Public Sector Bodies Accessibility Regulations 2018.

use leptos::prelude::*;

use crate::components::PageHeading;

pub fn accessibility() -> impl IntoView {
    view! {
        <PageHeading text="Accessibility statement for InfoShare" />
        <p class="govuk-body">"This accessibility statement applies to InfoShare, a browser-based toolkit for sharing safeguarding information, as published by the organisation that gave you its address."</p>
        <p class="govuk-body">"We want as many people as possible to be able to use this service. For example, that means you should be able to:"</p>
        <ul class="govuk-list govuk-list--bullet">
            <li>"change colours, contrast levels and fonts using browser or device settings"</li>
            <li>"zoom in up to 400% without the text spilling off the screen"</li>
            <li>"navigate the whole service using just a keyboard"</li>
            <li>"navigate the whole service using speech recognition software"</li>
            <li>"listen to the whole service using a screen reader (including the most recent versions of JAWS, NVDA and VoiceOver)"</li>
        </ul>
        <p class="govuk-body">"We have also made the text as simple as possible to understand. AbilityNet has advice on making your device easier to use if you have a disability."</p>

        <h2 class="govuk-heading-m">"How accessible this service is"</h2>
        <p class="govuk-body">"We believe this service meets the Web Content Accessibility Guidelines version 2.2 AA standard. It is built with the GOV.UK Design System, and every page is checked automatically with axe-core and an HTML validator, and by keyboard, on every change."</p>
        <p class="govuk-body">"Automated tools find only some accessibility problems. The service has not yet been tested by disabled users or audited by a specialist."</p>

        <h2 class="govuk-heading-m">"Browsers"</h2>
        <p class="govuk-body">"InfoShare is tested on every change in the engines of the browsers practitioners use: Chromium (as in Chrome and Edge), Firefox and WebKit (as in Safari, on a Mac, iPad or iPhone). A few things differ between them:"</p>
        <ul class="govuk-list govuk-list--bullet">
            <li>"Printing: Chrome and Edge print the protective marking at the top and bottom of every page, with page numbers and the date printed. Firefox prints the marking on every page but cannot number the pages: for page numbers, turn on headers and footers in Firefox’s print settings. Safari prints the marking at the top and bottom of every page, with page numbers and the date, but its sheets may end with some space left, as InfoShare breaks the page itself; when one part of the page is longer than a sheet (a very long answer), the pages it runs across are marked only where it starts and ends, and no page is numbered."</li>
            <li>"Saving files: Firefox shows its list of downloads after saving a file, and opens a saved PDF in a tab of its own viewer, which asks for the passphrase. The file is also in your downloads folder. Press Escape or choose the InfoShare tab to go back: the passphrase is still shown there."</li>
            <li>"Keyboard: Safari on a Mac moves between form fields with Tab, but not between links unless you hold Option, or turn on “Press Tab to highlight each item on a webpage” in Safari’s settings."</li>
        </ul>

        <h2 class="govuk-heading-m">"Feedback and contact information"</h2>
        <p class="govuk-body">"If you find a problem or need information from this service in a different format, such as large print or audio, contact the team that supports InfoShare in your organisation, usually your information governance or safeguarding team. We will consider your request and get back to you within 10 working days."</p>

        <h2 class="govuk-heading-m">"Enforcement procedure"</h2>
        <p class="govuk-body">"The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’). If you’re not happy with how we respond to your complaint, contact the Equality Advisory and Support Service (EASS)."</p>

        <h2 class="govuk-heading-m">"Technical information about this service’s accessibility"</h2>
        <p class="govuk-body">"We are committed to making this service accessible, in accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018."</p>
        <h3 class="govuk-heading-s">"Compliance status"</h3>
        <p class="govuk-body">"This service is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, as far as automated checks and our own keyboard and screen reader testing can show."</p>

        <h2 class="govuk-heading-m">"Non-accessible content"</h2>
        <p class="govuk-body">"We know of no content that fails the standard. If you find some, please tell us."</p>

        <h2 class="govuk-heading-m">"What we’re doing to improve accessibility"</h2>
        <p class="govuk-body">"Every change to InfoShare is tested with axe-core against WCAG 2.2 A and AA rules on every page and state, checked with an HTML validator, and walked through by keyboard. We plan testing with disabled users."</p>

        <h2 class="govuk-heading-m">"Preparation of this accessibility statement"</h2>
        <p class="govuk-body">"This statement was prepared on 22 November 2026. It was last reviewed on 7 December 2026."</p>
        <p class="govuk-body">"This service was last tested on 7 December 2026 by its development team, using automated checks (axe-core, html-validate) in Chromium, keyboard-only use of every page in Chromium and Firefox, and one journey through each part of the service, and printing, in Chromium, Firefox and WebKit."</p>
    }
}
