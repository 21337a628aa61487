//! Sealing a finished form or decision record: choose the format (first, where the team it
//! goes to has a key, sealing for that team's key), add attachments (age only), take the
//! passphrase InfoShare made or type one, then seal in the worker and save the file. The
//! passphrase lives only in this page's memory: it goes to the worker with the job and is
//! never written to storage, a URL, a title or the file.

mod attachments;
pub mod passphrase;
mod sending;
mod team;

use infoshare_core::bundle::{Envelope, Format, Payload, MAX_ATTACHMENT_BYTES};
use infoshare_core::library::Library;
use infoshare_core::record::ToolKind;
use infoshare_core::route::{Route, ToolKey, ToolPage};
use infoshare_core::sending::{email, file_name};
use infoshare_core::validate::FieldError;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::form::{error_for, Button, ErrorSummary, RadioOption, Radios, ERROR_SUMMARY_ID};
use crate::components::{PageHeading, WarningText};
use crate::sealer::{self, Event, Job, Outgoing};
use crate::state::session;
use crate::{dom, pages};

use passphrase::PassphraseChoice;
use sending::Sealed;
use team::TeamChoice;

/// Where sealing has got to.
#[derive(Clone)]
enum Progress {
    Choosing,
    Working,
    Sealed(Sealed),
}

/// The finished record for the tool, if there is one, as a sealed file's payload: a form's
/// as its "send the form" page built it, for answers unchanged since.
fn payload(library: &'static Library, key: &ToolKey) -> Option<Payload> {
    match key.kind {
        ToolKind::Form => pages::form::kept_record(key, library.form(&key.pack, &key.id)?).map(Payload::Form),
        _ => session().records.read(key, Clone::clone).map(Payload::Decision),
    }
}

/// A new envelope for the payload; a form with an `in-reply-to` answer makes a reply.
fn envelope(payload: Payload) -> Envelope {
    let in_reply_to = match &payload {
        Payload::Form(record) => Some(record.answers.text("in-reply-to").trim().to_owned()).filter(|r| !r.is_empty()),
        Payload::Decision(_) | Payload::Draft(_) => None,
    };
    let mut envelope = Envelope::new(payload, dom::local_now());
    envelope.in_reply_to = in_reply_to;
    envelope.training = session().training.get_untracked();
    envelope
}

/// The ways to seal: for the team's key first, where there is one.
fn format_options(team: Option<&TeamChoice>) -> Vec<RadioOption> {
    let passphrase_ways = [
        RadioOption {
            value: "pdf".into(),
            label: "Password-protected PDF".into(),
            hint: Some("Opens in any PDF reader, so use this unless you know the recipient uses InfoShare or the age tool. It cannot carry attachments.".into()),
        },
        RadioOption {
            value: "age".into(),
            label: "age file".into(),
            hint: Some("The strongest protection: a slow-to-guess key and a check that nothing was changed. Opens in InfoShare or with the age tool. Can carry attachments up to 50 MB.".into()),
        },
    ];
    team.map(|choice| team::option(choice.team)).into_iter().chain(passphrase_ways).collect()
}

fn chosen_format(value: Option<&str>) -> Option<Format> {
    match value {
        Some("pdf") => Some(Format::Pdf),
        Some("age" | team::VALUE) => Some(Format::Age),
        _ => None,
    }
}

/// Every problem with the choices before sealing starts (no passphrase is needed for a
/// team's key).
fn problems(format: Option<Format>, passphrase: Option<&str>, attachment_bytes: f64) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if format.is_none() {
        errors.push(FieldError::new("format", "Select how to seal the file"));
    }
    if passphrase.is_some_and(|passphrase| passphrase.trim().is_empty()) {
        errors.push(FieldError::new(passphrase::OWN_ID, "Enter a passphrase"));
    }
    if format == Some(Format::Age) && attachment_bytes > MAX_ATTACHMENT_BYTES as f64 {
        errors.push(FieldError::new(attachments::INPUT_ID, "The attachments must add up to 50 MB or less"));
    }
    errors
}

pub fn seal(library: &'static Library, key: ToolKey) -> AnyView {
    let Some(payload) = untrack(|| payload(library, &key)) else {
        let back = Route::Tool { key: key.clone(), page: ToolPage::Check };
        return view! {
            <PageHeading text=Route::Tool { key: key.clone(), page: ToolPage::Seal }.heading(library) />
            <p class="govuk-body">"There is nothing to seal yet. "<a class="govuk-link" href=back.href()>"Check your answers first"</a></p>
        }
        .into_any();
    };
    let caption = key.title(library).map(str::to_owned);
    let team = untrack(|| team::team_for(library, &envelope(payload.clone()))).map(TeamChoice::new);
    let format = RwSignal::new(None::<String>);
    let for_team = move || format.with(|format| format.as_deref() == Some(team::VALUE));
    let passphrase = PassphraseChoice::new();
    let files = RwSignal::new_local(Vec::<web_sys::File>::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let progress = RwSignal::new_local(Progress::Choosing);
    let unprintable = RwSignal::new(None::<String>);
    on_cleanup(sealer::cancel);
    check_printable(&payload, unprintable);

    let start = Callback::new(move |_: ()| {
        let chosen = format.with_untracked(|format| chosen_format(format.as_deref()));
        let sealing_for = team.filter(|_| untrack(for_team));
        let phrase = if sealing_for.is_some() { String::new() } else { passphrase.value() };
        let total: f64 = files.with_untracked(|files| files.iter().map(|file| file.size()).sum());
        let found = problems(chosen, sealing_for.is_none().then_some(phrase.as_str()), total);
        errors.set(found.clone());
        let Some(chosen) = chosen.filter(|_| found.is_empty()) else {
            dom::focus_after_render(ERROR_SUMMARY_ID);
            return;
        };
        let mut envelope = envelope(payload.clone());
        let for_teams = sealing_for.map(|choice| choice.mark(library, &mut envelope));
        let keys = sealing_for.map(|choice| choice.keys(library)).unwrap_or_default();
        let attached = if chosen == Format::Age { files.get_untracked() } else { Vec::new() };
        progress.set(Progress::Working);
        spawn_local(async move {
            let mut outgoing = Vec::new();
            for file in attached {
                match dom::read_file(&file).await {
                    Ok(bytes) => outgoing.push(Outgoing { name: file.name(), media_type: file.type_(), bytes }),
                    Err(message) => return fail(errors, progress, attachments::INPUT_ID, message),
                }
            }
            let job = Job::Seal {
                format: chosen,
                envelope: envelope.to_json(),
                passphrase: phrase,
                keys,
                attachments: outgoing,
            };
            sealer::run(job, move |event| match event {
                Event::Sealed { bytes, .. } => {
                    let name = file_name(&envelope, chosen);
                    let saved = dom::download_bytes(&name, mime(chosen), &bytes);
                    progress.set(Progress::Sealed(Sealed {
                        file_name: name,
                        format: chosen,
                        bytes,
                        email: email(&envelope, chosen),
                        for_teams: for_teams.clone(),
                    }));
                    if let Err(message) = saved {
                        errors.set(vec![FieldError::new(sending::SAVE_ID, message)]);
                    }
                    dom::focus_after_render(sending::TITLE_ID);
                }
                Event::Failed { message, .. } => fail(errors, progress, "format", message),
                _ => {}
            });
        });
    });

    let choosing = move || {
        let format_error = error_for(errors.into(), "format");
        let list = Signal::derive(move || passphrase.list());
        view! {
            <Radios
                name="format".to_owned()
                legend=view! { <legend class="govuk-fieldset__legend govuk-fieldset__legend--m"><h2 class="govuk-fieldset__heading">"How should the file be sealed?"</h2></legend> }.into_any()
                hint=None
                options=format_options(team.as_ref())
                selected=format.into()
                on_select=Callback::new(move |value| format.set(Some(value)))
                error=format_error
            />
            {move || team.filter(|_| for_team()).map(|choice| team::details(choice, library, list))}
            {move || (format.with(|format| chosen_format(format.as_deref())) == Some(Format::Age)).then(|| attachments::attachments(files, errors))}
            {move || (!for_team()).then(|| passphrase::passphrase(passphrase, errors, "After sending the file, read it to the recipient by phone."))}
            {move || unprintable.get().map(|text| view! { <WarningText id="unprintable" text=text /> })}
            <Button label="Seal and save the file" on_click=start />
        }
    };
    let body = move || match progress.get() {
        Progress::Choosing => choosing().into_any(),
        Progress::Working => working().into_any(),
        Progress::Sealed(sealed) => sending::sending(sealed, passphrase, errors).into_any(),
    };
    let team_intro = team.map(|choice| {
        format!("{} has a team key, so you can seal the file for it instead: only that team can open it, and there is no passphrase to phone through.", choice.team.name)
    });
    view! {
        <PageHeading text=Route::Tool { key: key.clone(), page: ToolPage::Seal }.heading(library) caption=caption.unwrap_or_default() />
        <ErrorSummary errors=errors />
        <p class="govuk-body">"Sealing encrypts the record into a file that opens only with a passphrase. You email the file and give the passphrase by phone, as the information sharing agreements require, so a file sent to the wrong address cannot be read."</p>
        {team_intro.map(|text| view! { <p class="govuk-body">{text}</p> })}
        {body}
    }
    .into_any()
}

/// Asks the worker which fields hold characters no font can print, for the warning before
/// sealing. A worker that cannot start or answer leaves no warning: sealing then says why.
fn check_printable(payload: &Payload, unprintable: RwSignal<Option<String>>) {
    let job = Job::Check { envelope: envelope(payload.clone()).to_json() };
    sealer::run(job, move |event| {
        if let Event::Checked { warning } = event {
            unprintable.set(warning);
        }
    });
}

fn mime(format: Format) -> &'static str {
    match format {
        Format::Pdf => "application/pdf",
        Format::Age => "application/octet-stream",
    }
}

fn fail(errors: RwSignal<Vec<FieldError>>, progress: RwSignal<Progress, LocalStorage>, field: &str, message: String) {
    errors.set(vec![FieldError::new(field, message)]);
    progress.set(Progress::Choosing);
    dom::focus_after_render(ERROR_SUMMARY_ID);
}

/// The page while the worker seals: the key derivation takes a few seconds.
fn working() -> impl IntoView {
    view! {
        <div class="app-progress" role="status">
            <p class="govuk-body govuk-!-font-weight-bold">"Sealing the file"</p>
            <p class="govuk-body">"Encrypting the file. With a passphrase this takes a few seconds; you can keep using other tabs."</p>
            <progress class="app-progress__bar" aria-label="Sealing the file"></progress>
        </div>
    }
}
