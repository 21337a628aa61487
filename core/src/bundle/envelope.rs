//! The envelope: the JSON inside every sealed file. It names the format and version, carries
//! the record itself (a form record or a decision record) and lists the attachments with
//! their SHA-256 digests, so anything changed after sealing is noticed when opening.

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use super::error::OpenError;
use crate::draft::Draft;
use crate::form::FormRecord;
use crate::record::DecisionRecord;
use crate::team::TeamRef;

/// The `format` value of every envelope.
pub const FORMAT: &str = "infoshare-bundle";
/// The envelope schema version this build writes and the newest it reads.
pub const VERSION: u32 = 1;

/// The record a sealed file carries. There is one per file, so the variants' different sizes
/// cost nothing worth a box.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Payload {
    Form(FormRecord),
    Decision(DecisionRecord),
    /// Unfinished work, to resume later (sealed as age only).
    Draft(Draft),
}

impl Payload {
    /// The record's own neutral reference (ISR-/ISD-).
    pub fn reference(&self) -> &str {
        match self {
            Payload::Form(record) => &record.reference,
            Payload::Decision(record) => &record.reference,
            Payload::Draft(draft) => &draft.reference,
        }
    }

    /// Reads a bare exported record (as saved by "Download the record (JSON)").
    pub fn from_record_json(text: &str) -> Result<Payload, OpenError> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|_| OpenError::NotInfoShare)?;
        match value.get("format").and_then(serde_json::Value::as_str) {
            Some(crate::form::FORMAT) => FormRecord::from_json(text).map(Payload::Form),
            Some(crate::record::FORMAT) => DecisionRecord::from_json(text).map(Payload::Decision),
            _ => return Err(OpenError::NotInfoShare),
        }
        .map_err(OpenError::Unreadable)
    }
}

/// An attachment's description, as listed in the envelope.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttachmentInfo {
    /// The file name as the sender chose it (it travels only inside the encryption).
    pub name: String,
    pub media_type: String,
    pub size: u64,
    /// Lowercase hex SHA-256 of the bytes.
    pub sha256: String,
}

/// An attachment with its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub info: AttachmentInfo,
    pub bytes: Vec<u8>,
}

/// The JSON inside every sealed file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    pub format: String,
    pub version: u32,
    /// The neutral reference used for the file name (the record's own reference).
    pub reference: String,
    pub sealed: NaiveDateTime,
    /// Set for files made in training mode: their content is fictional.
    #[serde(default)]
    pub training: bool,
    /// For a reply: the reference of the request it answers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_reply_to: Option<String>,
    /// For a file sealed for a team's key: the team it was sent to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sealed_for: Option<TeamRef>,
    /// For a file sealed for a team's key: the sender's own team, if they added its key so
    /// their side can open the copy they keep. A reply is sealed for this team's key where
    /// the recipient's packs list one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender_team: Option<TeamRef>,
    pub payload: Payload,
    #[serde(default)]
    pub attachments: Vec<AttachmentInfo>,
}

impl Envelope {
    /// A new envelope for a record, sealed at `sealed`.
    pub fn new(payload: Payload, sealed: NaiveDateTime) -> Envelope {
        Envelope {
            format: FORMAT.to_string(),
            version: VERSION,
            reference: payload.reference().to_string(),
            sealed,
            training: false,
            in_reply_to: None,
            sealed_for: None,
            sender_team: None,
            payload,
            attachments: Vec::new(),
        }
    }

    /// The envelope as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads an envelope, or a bare exported record wrapped in a new envelope. Refuses other
    /// JSON and newer versions.
    pub fn from_json(text: &str) -> Result<Envelope, OpenError> {
        let value: serde_json::Value = serde_json::from_str(text).map_err(|_| OpenError::NotInfoShare)?;
        let Some(format) = value.get("format").and_then(serde_json::Value::as_str) else {
            return Err(OpenError::NotInfoShare);
        };
        if format != FORMAT {
            let payload = Payload::from_record_json(text)?;
            let sealed = match &payload {
                Payload::Form(record) => record.created,
                Payload::Decision(record) => record.created,
                Payload::Draft(draft) => draft.saved,
            };
            return Ok(Envelope::new(payload, sealed));
        }
        let version = value.get("version").and_then(serde_json::Value::as_u64).unwrap_or(0);
        if version > u64::from(VERSION) {
            return Err(OpenError::UnsupportedVersion { found: version, supported: VERSION });
        }
        serde_json::from_value(value).map_err(|err| OpenError::Unreadable(err.to_string()))
    }
}
