//! Home: every tool InfoShare offers, grouped by pack, each with its one-line purpose.

use infoshare_core::catalogue::Catalogue;
use infoshare_core::guide::Topic;
use infoshare_core::record::ToolKind;
use infoshare_core::route::{Route, ToolPage, TrainingPage};
use leptos::prelude::*;

use crate::components::PageHeading;

pub fn home(catalogue: Catalogue) -> impl IntoView {
    let groups = catalogue
        .packs
        .into_iter()
        .map(|pack| {
            let tools = pack
                .tools
                .into_iter()
                .map(|tool| {
                    let kind = match tool.key.kind {
                        ToolKind::Wizard => "Decision wizard",
                        ToolKind::Form => "Form",
                        ToolKind::Checklist => "Checklist",
                    };
                    let route = Route::Tool { key: tool.key, page: ToolPage::Start };
                    view! {
                        <li class="app-tool">
                            <a class="govuk-link govuk-link--no-visited-state govuk-!-font-weight-bold" href=route.href()>
                                {tool.title}
                            </a>
                            <strong class="govuk-tag govuk-tag--grey app-status">{kind}</strong>
                            <p class="govuk-body govuk-!-margin-bottom-0">{tool.purpose}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h2 class="govuk-heading-m">{pack.title}</h2>
                <p class="govuk-body">{pack.summary}</p>
                <ul class="govuk-list app-tools">{tools}</ul>
            }
        })
        .collect_view();
    view! {
        <PageHeading text=Route::Home.fixed_heading().unwrap_or_default() />
        <p class="govuk-body-l">
            "Decision wizards and checklists for practitioners sharing information about children and adults at risk, each ending in a decision record. Drawn from five UK information sharing agreements and national guidance."
        </p>
        <div class="govuk-inset-text">
            "If a child or adult is at immediate risk of harm, call 999 and follow your child or adult protection procedures now. Record your decision afterwards."
        </div>
        <p class="govuk-body">
            "Nothing you type here leaves this browser or is saved by it. "
            <a class="govuk-link" href=Route::Privacy.href()>"How your information is protected"</a>
        </p>
        <h2 class="govuk-heading-m">"Received a sealed file, or carrying on?"</h2>
        <p class="govuk-body">
            <a class="govuk-link govuk-!-font-weight-bold" href=Route::Open.href()>"Open a sealed file"</a>
            ": read a request, reply or record someone sealed with InfoShare, and reply to it, or resume a draft you saved."
        </p>
        <p class="govuk-body">
            <a class="govuk-link" href=Route::TeamKey.href()>"Set up a team key"</a>
            ": for a team that receives sealed files, so senders can seal for your team with no passphrase to phone through ("
            <a class="govuk-link" href=Route::Guide(Topic::TeamKeys).href()>"keeping your team's key"</a>
            ")."
        </p>
        <h2 class="govuk-heading-m">"The agreements' own rules"</h2>
        <ul class="govuk-list">
            <li><a class="govuk-link govuk-!-font-weight-bold" href=Route::Guide(Topic::Agreements).href()>"The agreements"</a>": partners, contacts, and when each is due for review."</li>
            <li><a class="govuk-link govuk-!-font-weight-bold" href=Route::Guide(Topic::Handling).href()>"Handling information by its protective marking"</a>": what the agreements require for email, post, phone, storage, disposal and meeting papers."</li>
        </ul>
        {groups}
        <h2 class="govuk-heading-m">"Training"</h2>
        <p class="govuk-body">
            <a class="govuk-link govuk-!-font-weight-bold" href=Route::Training(TrainingPage::Library).href()>"Training scenarios and quiz"</a>
            ": practise with fictional cases in these tools, run a multi-agency session, or test what you know with the myth-busting quiz."
        </p>
        <h2 class="govuk-heading-m">"About this service"</h2>
        <ul class="govuk-list">
            <li><a class="govuk-link" href=Route::Packs.href()>"Load your own agreement pack"</a>": for safeguarding leads, your area's agreement as checklists, wizards and forms, for this visit."</li>
            <li><a class="govuk-link" href=Route::Sources.href()>"Sources and law as at"</a>": every document the content is drawn from, with versions and sections."</li>
            <li><a class="govuk-link" href=Route::Privacy.href()>"Privacy"</a>": what happens to what you type."</li>
            <li><a class="govuk-link" href=Route::Accessibility.href()>"Accessibility statement"</a>": how accessible InfoShare is and how to report a problem."</li>
        </ul>
    }
}
