//! What goes with a sealed file: its neutral name, a copy-ready email that says nothing
//! personal, and the reminder to phone the passphrase through (or, for a file sealed for a
//! team's key, that no passphrase is needed). File names, subjects and
//! bodies are built only from the neutral reference and the pack's routing, never from
//! anything typed into the form (seed 001 App A: no personal data in the subject line, no
//! sensitive personal data in the body; seed 000 §4.2: the password goes by other means).

use crate::bundle::{Envelope, Format, Payload};

/// The prefix on every file made in training mode, so it cannot pass for a real one.
pub const TRAINING_PREFIX: &str = "TRAINING-";

/// The email to send with a sealed file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email {
    /// The recipient's address from the form's routing; empty when the pack names none.
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// "ISR-7K3Q.pdf", or "TRAINING-ISR-7K3Q.pdf" in training mode.
pub fn file_name(envelope: &Envelope, format: Format) -> String {
    let prefix = if envelope.training { TRAINING_PREFIX } else { "" };
    format!("{prefix}{}.{}", envelope.reference, format.extension())
}

/// The first address in the form's routing, if any.
pub fn recipient(envelope: &Envelope) -> Option<&str> {
    match &envelope.payload {
        Payload::Form(record) => record.routing.iter().find_map(|routed| routed.address.as_deref()),
        Payload::Decision(_) | Payload::Draft(_) => None,
    }
}

fn what(envelope: &Envelope) -> &'static str {
    match (&envelope.payload, &envelope.in_reply_to) {
        (_, Some(_)) => "a reply",
        (Payload::Form(_), None) => "a request",
        (Payload::Decision(_), None) => "a decision record",
        (Payload::Draft(_), None) => "a draft",
    }
}

fn how_to_open(envelope: &Envelope, format: Format) -> &'static str {
    match (format, envelope.sealed_for.is_some()) {
        (_, true) => "It is an age file sealed for your team's key: open it in InfoShare (Open a sealed file) with your team's key file, or with the age tool.",
        (Format::Pdf, _) => "It is a password-protected PDF: open it in any PDF reader, or in InfoShare.",
        (Format::Age, _) => "It is an age file: open it in InfoShare (Open a sealed file), or with the age tool.",
    }
}

fn passphrase_line(envelope: &Envelope) -> &'static str {
    if envelope.sealed_for.is_some() {
        "No passphrase is needed. If you were not expecting this, do not open the file: tell me and delete it."
    } else {
        "I will phone you with the passphrase. It is not in this email. If you were not expecting this, do not open the file: tell me and delete it."
    }
}

/// The email for a sealed file: neutral subject, no content, and the passphrase left out.
pub fn email(envelope: &Envelope, format: Format) -> Email {
    let training = if envelope.training { "TRAINING: " } else { "" };
    let reference = &envelope.reference;
    let reply = envelope.in_reply_to.as_ref().map(|request| format!(" (reply to {request})")).unwrap_or_default();
    let subject = format!("{training}OFFICIAL-SENSITIVE: secure information sharing {reference}{reply}");
    let body = [
        format!(
            "Attached is {} under our information sharing agreement, reference {reference}{reply}.",
            what(envelope)
        ),
        how_to_open(envelope, format).to_string(),
        passphrase_line(envelope).to_string(),
    ]
    .join("\n\n");
    Email { to: recipient(envelope).unwrap_or_default().to_string(), subject, body }
}

#[cfg(test)]
mod tests;
