//! [`Note`]: free text that passed the privacy guard.

use super::{scan, Finding};
use serde::{Deserialize, Serialize};

/// A free-text note that passed the privacy guard. Serializes as a plain string; deserializing
/// runs the guard again, so a `Note` can never hold a finding.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Note(String);

impl Note {
    /// The longest note the log keeps, in characters. [`Note::parse`] does not enforce it:
    /// length is the caller's business (validation reports it as its own problem).
    pub const MAX_CHARS: usize = 2000;

    /// Trims surrounding whitespace and runs the guard. On refusal, the findings' byte ranges
    /// refer to `text` as given (before trimming).
    pub fn parse(text: impl Into<String>) -> Result<Note, Vec<Finding>> {
        let text = text.into();
        let findings = scan(&text);
        if !findings.is_empty() {
            return Err(findings);
        }
        Ok(Note(text.trim().to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Why a stored or received note was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the note contains identifying data")]
pub struct NoteRefused(pub Vec<Finding>);

impl TryFrom<String> for Note {
    type Error = NoteRefused;

    fn try_from(text: String) -> Result<Note, NoteRefused> {
        Note::parse(text).map_err(NoteRefused)
    }
}

impl From<Note> for String {
    fn from(note: Note) -> String {
        note.0
    }
}
