//! Sources: every document the content is drawn from, with version, date and the sections
//! used, and each pack's version and "law as at" date.

use infoshare_core::library::Library;
use infoshare_core::pack::{Source, SourceKind};
use infoshare_core::route::Route;
use infoshare_core::text::long_date;
use leptos::prelude::*;

use crate::components::{summary_row, PageHeading};

pub fn sources(library: &'static Library) -> impl IntoView {
    let law_as_at = library.law_as_at().map(long_date).unwrap_or_default();
    let packs = library
        .packs
        .iter()
        .map(|pack| {
            view! {
                <tr class="govuk-table__row">
                    <th scope="row" class="govuk-table__header">{pack.pack.title.clone()}</th>
                    <td class="govuk-table__cell">{pack.pack.version.clone()}</td>
                    <td class="govuk-table__cell">{long_date(&pack.pack.law_as_at)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <PageHeading text=Route::Sources.heading(library) />
        <p class="govuk-body-l">{format!("InfoShare's content was checked against the law as at {law_as_at}.")}</p>
        <p class="govuk-body">
            "Each checklist item and decision names its source. Where a national source is newer than a local agreement, InfoShare says so and cites both. The wording in InfoShare is a plain-English summary: the source documents are the authority."
        </p>
        <h2 class="govuk-heading-m">"Content packs"</h2>
        <table class="govuk-table">
            <caption class="govuk-table__caption govuk-visually-hidden">"Content packs with their versions"</caption>
            <thead class="govuk-table__head">
                <tr class="govuk-table__row">
                    <th scope="col" class="govuk-table__header">"Pack"</th>
                    <th scope="col" class="govuk-table__header">"Version"</th>
                    <th scope="col" class="govuk-table__header">"Law as at"</th>
                </tr>
            </thead>
            <tbody class="govuk-table__body">{packs}</tbody>
        </table>
        {source_group(library, "Information sharing agreements and local guidance", &[SourceKind::Agreement], true)}
        {source_group(library, "National guidance and law", &[SourceKind::Guidance, SourceKind::Legislation, SourceKind::CaseLaw], false)}
    }
}

/// The sources of the given kinds; `local` picks those with a seed file (the agreements).
fn source_group(
    library: &'static Library,
    heading: &'static str,
    kinds: &'static [SourceKind],
    local: bool,
) -> impl IntoView {
    let entries = library
        .sources
        .sources
        .iter()
        .filter(move |source| kinds.contains(&source.kind) && source.seed_file.is_some() == local)
        .map(source_entry)
        .collect_view();
    view! {
        <h2 class="govuk-heading-m">{heading}</h2>
        {entries}
    }
}

fn source_entry(source: &'static Source) -> impl IntoView {
    let reference = source
        .seed_file
        .as_ref()
        .map(|file| format!("Source file {file}"))
        .or_else(|| source.url.clone())
        .unwrap_or_default();
    view! {
        <h3 class="govuk-heading-s">{source.title.clone()}</h3>
        <dl class="govuk-summary-list govuk-summary-list--no-border app-source">
            {summary_row("Published by", source.publisher.clone(), None)}
            {summary_row("Version", source.version.clone(), None)}
            {summary_row("Date", source.date.clone(), None)}
            {summary_row("Cited as", source.short.clone(), None)}
            {summary_row("Reference", reference, None)}
            <div class="govuk-summary-list__row">
                <dt class="govuk-summary-list__key">"Sections used"</dt>
                <dd class="govuk-summary-list__value">
                    <ul class="govuk-list govuk-list--bullet">
                        {source.sections.iter().map(|section| view! { <li>{section.clone()}</li> }).collect_view()}
                    </ul>
                </dd>
            </div>
            {source.note.clone().map(|note| summary_row("Note", note, None))}
        </dl>
    }
}
