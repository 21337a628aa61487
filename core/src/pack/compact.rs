//! The packs in the compact form the page reads: `postcard`, a well-kept binary serde format
//! with no field names in the data. The page's code to read it is a quarter of the code to
//! read the same library as JSON (measured in ARCHITECTURE.md), because a format that is not
//! self-describing reads each struct as a sequence and needs none of JSON's key matching.
//!
//! Two shapes in the pack format are read by looking at the data first (a form rule's check,
//! internally tagged and flattened into its rule; a training answer, untagged), which only a
//! self-describing format can do. [`json_in_compact`] keeps such a field as itself in TOML
//! and JSON and as its JSON text in the compact form.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Why compact pack bytes could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompactError(pub String);

impl std::fmt::Display for CompactError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// `value` in the compact form.
pub fn to_compact<T: Serialize>(value: &T) -> Result<Vec<u8>, CompactError> {
    postcard::to_allocvec(value).map_err(|error| CompactError(error.to_string()))
}

/// Reads a value from the compact form.
pub fn from_compact<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, CompactError> {
    postcard::from_bytes(bytes).map_err(|error| CompactError(error.to_string()))
}

/// A field written as itself in text formats and as its JSON text in the compact form, for
/// `#[serde(with = "crate::pack::compact::json_in_compact")]`.
pub mod json_in_compact {
    use super::*;

    pub fn serialize<T: Serialize, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            return value.serialize(serializer);
        }
        let text = serde_json::to_string(value).map_err(serde::ser::Error::custom)?;
        serializer.serialize_str(&text)
    }

    pub fn deserialize<'de, T: DeserializeOwned, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
        if deserializer.is_human_readable() {
            return T::deserialize(deserializer);
        }
        let text = String::deserialize(deserializer)?;
        serde_json::from_str(&text).map_err(serde::de::Error::custom)
    }
}
