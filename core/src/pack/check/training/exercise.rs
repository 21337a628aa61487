//! Checks on a scenario's form exercise: the form exists, every fictional answer names a
//! field of the form and fits its kind (choices among its values, dates that can be read),
//! and every expected or wrong route is a route of the form.

use super::{resolve, Checker};
use crate::form::{Field, FieldKind, Form};
use crate::pack::Pack;
use crate::training::{is_date, Fictional, Step, Task};

pub(super) fn check(checker: &mut Checker, place: &str, step: &Step, packs: &[Pack]) {
    let Some(Task::Form { form: reference, answers, routes }) = step.task() else { return };
    let Some(form) = resolve(packs, reference).and_then(|(pack, id)| pack.form(id)) else {
        checker.report(place, format!("form '{reference}' is not a form (write it as pack/id)"));
        return;
    };
    for (path, value) in answers {
        let problem = match form.field_at(path) {
            None => Some("names no field of the form".to_owned()),
            Some(field) => fits(field, value).err(),
        };
        if let Some(problem) = problem {
            checker.report(place, format!("answer '{path}' {problem}"));
        }
    }
    if routes.is_empty() {
        checker.report(place, "expected_routes is empty");
    }
    for id in routes {
        if !has_route(form, id) {
            checker.report(place, format!("route '{id}' is not a route of {reference}"));
        }
    }
    for (index, wrong) in step.wrong.iter().enumerate() {
        checker.text(place, "wrong turn feedback", &wrong.feedback);
        match wrong.route.as_deref().filter(|_| wrong.answer.is_none()) {
            None => checker.report(place, format!("wrong turn {} needs a route, and no answer", index + 1)),
            Some(id) if !has_route(form, id) => {
                checker.report(place, format!("wrong route '{id}' is not a route of {reference}"))
            }
            Some(id) if routes.iter().any(|expected| expected == id) => {
                checker.report(place, format!("wrong route '{id}' is an expected route"))
            }
            Some(_) => {}
        }
    }
}

fn has_route(form: &Form, id: &str) -> bool {
    form.routes.iter().any(|route| route.id == id)
}

/// Whether a fictional answer has the shape the field's kind stores.
fn fits(field: &Field, value: &Fictional) -> Result<(), String> {
    let values = field.values();
    let among = |chosen: &str| {
        if values.contains(&chosen) {
            Ok(())
        } else {
            Err(format!("chooses '{chosen}', which is not a value of the field"))
        }
    };
    match (field.kind, value) {
        (FieldKind::MultipleChoice, Fictional::Choices(chosen)) => chosen.iter().try_for_each(|value| among(value)),
        (FieldKind::SingleChoice | FieldKind::YesNo, Fictional::Text(chosen)) => among(chosen),
        (FieldKind::Date | FieldKind::DateTime, Fictional::Parts(parts)) => {
            let timed = field.kind == FieldKind::DateTime;
            let keys_fit = parts.keys().all(|key| key == "date" || (timed && key == "time"));
            let date_fits = parts.get("date").is_some_and(|date| is_date(date));
            if keys_fit && date_fits && (!timed || parts.contains_key("time")) {
                Ok(())
            } else {
                Err(format!("needs {}", shape(field.kind)))
            }
        }
        (FieldKind::Address, Fictional::Parts(parts))
            if parts.keys().all(|key| key == "lines" || key == "postcode") =>
        {
            Ok(())
        }
        (kind, Fictional::Text(_)) if shape(kind) == "text" => Ok(()),
        (kind, _) => Err(format!("needs {}", shape(kind))),
    }
}

/// How an answer to a field of this kind is written in a scenario.
fn shape(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::MultipleChoice => "a list of the field's values",
        FieldKind::Date => "{ date = \"today-1\" } (today, today-N, today+N or an ISO date)",
        FieldKind::DateTime => "{ date = \"today-1\", time = \"9:30pm\" }",
        FieldKind::Address => "{ lines = \"…\", postcode = \"…\" }",
        FieldKind::Group => "its fields answered one by one, such as 'subjects[0].name'",
        _ => "text",
    }
}
