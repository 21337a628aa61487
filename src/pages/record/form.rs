//! The decision details form: what was decided, the lawful basis, what is shared with whom and
//! why, the reasons, and who decided when. Validated by core on Continue.

use infoshare_core::library::Library;
use infoshare_core::record::{self, field, Decision, RecordInput};
use infoshare_core::route::{Route, ToolKey, ToolPage};
use infoshare_core::validate::{DateParts, FieldError};
use leptos::prelude::*;

use crate::components::form::{
    error_for, Button, DateInput, ErrorSummary, RadioOption, Radios, TextInput, Textarea, ERROR_SUMMARY_ID,
};
use crate::components::PageHeading;
use crate::dom;
use crate::state::session;

/// Fills in what can be known: the lawful basis the wizard found, and now as the decision time.
fn prefill(input: &mut RecordInput, findings: &[String]) {
    if input.lawful_basis.is_empty() && !findings.is_empty() {
        input.lawful_basis = findings.join("\n");
    }
    if input.decided_on == DateParts::default() && input.decided_at.is_empty() {
        let now = dom::local_now();
        input.decided_on = DateParts::from_date(now.date());
        input.decided_at = infoshare_core::text::clock_24(now.time());
    }
}

pub fn form(library: &'static Library, key: ToolKey, focus: Option<String>) -> AnyView {
    let Some(context) = super::tool_context(library, &key) else { return super::finish_first(&key) };
    let findings: Vec<String> = context.findings.iter().map(|finding| finding.text.clone()).collect();
    let inputs = session().inputs;
    inputs.update(&key, |input| prefill(input, &findings));
    let errors = RwSignal::new(Vec::<FieldError>::new());
    if let Some(field) = focus {
        dom::focus_after_render(field);
    }
    let text = |key: &ToolKey, get: fn(&RecordInput) -> &String, set: fn(&mut RecordInput, String)| {
        let (read_key, write_key) = (key.clone(), key.clone());
        (
            Signal::derive(move || inputs.read(&read_key, |input| get(input).clone())),
            Callback::new(move |value: String| inputs.update(&write_key, |input| set(input, value))),
        )
    };
    let (lawful_basis, set_lawful_basis) = text(&key, |i| &i.lawful_basis, |i, v| i.lawful_basis = v);
    let (shared_what, set_shared_what) = text(&key, |i| &i.shared_what, |i, v| i.shared_what = v);
    let (shared_with, set_shared_with) = text(&key, |i| &i.shared_with, |i, v| i.shared_with = v);
    let (purpose, set_purpose) = text(&key, |i| &i.purpose, |i, v| i.purpose = v);
    let (rationale, set_rationale) = text(&key, |i| &i.rationale, |i, v| i.rationale = v);
    let (maker_name, set_maker_name) = text(&key, |i| &i.maker_name, |i, v| i.maker_name = v);
    let (maker_role, set_maker_role) = text(&key, |i| &i.maker_role, |i, v| i.maker_role = v);
    let (decided_at, set_decided_at) = text(&key, |i| &i.decided_at, |i, v| i.decided_at = v);
    let date_key = key.clone();
    let decided_on = Signal::derive(move || {
        inputs.read(&date_key, |i| [i.decided_on.day.clone(), i.decided_on.month.clone(), i.decided_on.year.clone()])
    });
    let date_write_key = key.clone();
    let set_decided_on = Callback::new(move |(part, value): (usize, String)| {
        inputs.update(&date_write_key, |i| match part {
            0 => i.decided_on.day = value,
            1 => i.decided_on.month = value,
            _ => i.decided_on.year = value,
        })
    });
    let decision_key = key.clone();
    let decision = Signal::derive(move || inputs.read(&decision_key, |i| i.decision.map(|d| d.value().to_owned())));
    let decision_write_key = key.clone();
    let set_decision = Callback::new(move |value: String| {
        let chosen = Decision::ALL.into_iter().find(|d| d.value() == value);
        inputs.update(&decision_write_key, |i| i.decision = chosen);
    });
    let decision_options = Decision::ALL
        .into_iter()
        .map(|d| RadioOption { value: d.value().to_owned(), label: d.label().to_owned(), hint: None })
        .collect();
    let title = Route::Tool { key: key.clone(), page: ToolPage::Record(None) }.title(library);
    let submit_key = key.clone();
    let submit = move |_| {
        let problems = inputs.read(&submit_key, |input| record::validate(input, dom::local_now()));
        if problems.is_empty() {
            dom::navigate(&Route::Tool { key: submit_key.clone(), page: ToolPage::Check }.href());
        } else {
            errors.set(problems);
            crate::router::show_title(&format!("Error: {title}"));
            dom::focus_after_render(ERROR_SUMMARY_ID);
        }
    };
    let legend =
        view! { <legend class="govuk-fieldset__legend govuk-fieldset__legend--m">"What have you decided?"</legend> }
            .into_any();
    let errors = Signal::from(errors);
    view! {
        <ErrorSummary errors=errors />
        <PageHeading text="Record your decision" caption=context.tool.title.clone() />
        <p class="govuk-body">"Record your decision and your reasons whether or not you share (golden rule 7). Nothing here is saved by your browser: print the record or save it as a file at the end."</p>
        <Radios name=field::DECISION.to_owned() legend=legend options=decision_options selected=decision on_select=set_decision error=error_for(errors, field::DECISION) />
        <Textarea id=field::LAWFUL_BASIS label="Lawful basis and any statutory gateway (if sharing)" hint="For example: UK GDPR Article 6(1)(e) public task; Article 9(2)(g) with DPA 2018 Schedule 1 paragraph 18; Children Act 1989 section 47." value=lawful_basis on_input=set_lawful_basis error=error_for(errors, field::LAWFUL_BASIS) />
        <Textarea id=field::SHARED_WHAT label="What you will share (if sharing)" hint="Only what the recipient needs. Keep facts apart from opinion." value=shared_what on_input=set_shared_what error=error_for(errors, field::SHARED_WHAT) />
        <TextInput id=field::SHARED_WITH label="Who you will share it with (if sharing)" hint="Name the organisation and role, for example Children's social care duty team." value=shared_with on_input=set_shared_with error=error_for(errors, field::SHARED_WITH) />
        <Textarea id=field::PURPOSE label="Purpose of sharing (if sharing)" value=purpose on_input=set_purpose error=error_for(errors, field::PURPOSE) />
        <Textarea id=field::RATIONALE label="Reasons for your decision" hint="Explain what you weighed up and why you decided to share, share some, or not share." value=rationale on_input=set_rationale error=error_for(errors, field::RATIONALE) />
        <TextInput id=field::MAKER_NAME label="Decision-maker's name" value=maker_name on_input=set_maker_name error=error_for(errors, field::MAKER_NAME) autocomplete="name" />
        <TextInput id=field::MAKER_ROLE label="Decision-maker's role" hint="For example: Designated safeguarding lead." value=maker_role on_input=set_maker_role error=error_for(errors, field::MAKER_ROLE) autocomplete="organization-title" />
        <DateInput id=field::DECIDED_ON legend="Date of decision" hint="For example, 27 3 2026" values=decided_on on_input=set_decided_on error=error_for(errors, field::DECIDED_ON) />
        <TextInput id=field::DECIDED_AT label="Time of decision" hint="For example, 14:30 or 2:30pm" value=decided_at on_input=set_decided_at error=error_for(errors, field::DECIDED_AT) />
        <Button label="Continue" on_click=Callback::new(submit) />
    }
    .into_any()
}
