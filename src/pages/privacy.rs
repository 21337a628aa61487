//! Privacy: what happens to what you type, and how InfoShare makes sure of it.

use leptos::prelude::*;

use crate::components::PageHeading;

pub fn privacy() -> impl IntoView {
    view! {
        <PageHeading text="Privacy: what you type stays in this browser" />
        <p class="govuk-body-l">"InfoShare has no server, no account and no database. Nothing you type is sent anywhere or saved by your browser."</p>
        <h2 class="govuk-heading-m">"What happens to what you type"</h2>
        <ul class="govuk-list govuk-list--bullet">
            <li>"It is held in this browser tab's memory while you work, and is gone when you close or reload the tab."</li>
            <li>"It is never written to cookies, local storage, session storage or any browser database."</li>
            <li>"It never appears in the web address, the page title or any file name, so it cannot leak through browser history, bookmarks or screen sharing of the tab bar."</li>
            <li>"It leaves the browser only if you choose to save it, and only inside an encrypted file protected by a passphrase you send separately, for example by phone."</li>
        </ul>
        <h2 class="govuk-heading-m">"Sealed files"</h2>
        <ul class="govuk-list govuk-list--bullet">
            <li>"Sealing and opening happen in this browser, in a background worker that is closed as soon as the file is done. The file is never uploaded."</li>
            <li>"The passphrase is held only on the sealing page until you clear it or leave. It is never written into the file, its name, the email, the web address or the page title."</li>
            <li>"A sealed file is named by its reference only, such as ISR-7K3Q.pdf, and the suggested email names only the reference."</li>
        </ul>
        <h2 class="govuk-heading-m">"How this is enforced"</h2>
        <p class="govuk-body">"These are not just promises. The page and its automated tests make them hold:"</p>
        <ul class="govuk-list govuk-list--bullet">
            <li>"A strict Content Security Policy tells your browser to refuse any connection to another site, any script that is not part of InfoShare, any plugin and any form submission."</li>
            <li>"After the page has loaded it fetches nothing except InfoShare's own files from the same web server. A test records every request during a full visit and fails on anything else."</li>
            <li>"A test types into the page and then checks that cookies, local storage, session storage and browser databases are all empty."</li>
            <li>"There are no analytics, no tracking, no fonts or scripts from other sites, and no cookies."</li>
        </ul>
        <h2 class="govuk-heading-m">"Your responsibilities"</h2>
        <ul class="govuk-list govuk-list--bullet">
            <li>"Treat a page with case details on it as OFFICIAL-SENSITIVE: do not leave it open on an unattended screen."</li>
            <li>"Printed pages and saved files are covered by your organisation's information security rules and your information sharing agreement."</li>
            <li>"Use fictional details only when training."</li>
        </ul>
        <p class="govuk-body">
            "Each organisation that uses InfoShare remains the data controller for the information its staff record and share. Ask your data protection officer about your own organisation's privacy notice."
        </p>
    }
}
