//! "Remember on this device": the saved form of the answers, opt-in only. This module only
//! turns answers into text and back; the page decides when to read and write
//! `localStorage` (never unless the person turned remembering on).

use serde::{Deserialize, Serialize};

use crate::engine::{Answers, CONTENT_VERSION};

/// The `localStorage` key.
pub const KEY: &str = "spasm-check.answers";
/// The saved format this version writes and reads.
pub const FORMAT: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Saved {
    format: u32,
    content_version: String,
    answers: serde_json::Value,
}

/// What was found under [`KEY`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing saved: remembering is off.
    Nothing,
    /// Answers saved by this version.
    Restored(Answers),
    /// Saved by an older version (another format or content version): not used.
    Old,
    /// Not readable: not used.
    Damaged,
}

/// The text to save for these answers.
pub fn encode(answers: &Answers) -> String {
    let saved = Saved {
        format: FORMAT,
        content_version: CONTENT_VERSION.to_owned(),
        answers: serde_json::to_value(answers).unwrap_or_default(),
    };
    serde_json::to_string(&saved).unwrap_or_default()
}

/// Reads what was saved. Never panics: anything unexpected is [`Loaded::Old`] or
/// [`Loaded::Damaged`].
pub fn decode(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else {
        return Loaded::Nothing;
    };
    let Ok(value) = serde_json::from_str::<serde_json::Value>(raw) else {
        return Loaded::Damaged;
    };
    match value.get("format").and_then(|f| f.as_u64()) {
        Some(f) if f == u64::from(FORMAT) => {}
        Some(_) => return Loaded::Old,
        None => return Loaded::Damaged,
    }
    let Ok(saved) = serde_json::from_value::<Saved>(value) else {
        return Loaded::Damaged;
    };
    if saved.content_version != CONTENT_VERSION {
        return Loaded::Old;
    }
    match serde_json::from_value::<Answers>(saved.answers) {
        Ok(answers) => Loaded::Restored(answers),
        Err(_) => Loaded::Damaged,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Flag, Q};

    #[test]
    fn answers_round_trip() {
        let mut a = Answers::new();
        a.set_flag(Q::Fever, Flag::Unsure).unwrap();
        a.tick(Q::Timing, "night", true).unwrap();
        assert_eq!(decode(Some(&encode(&a))), Loaded::Restored(a));
    }

    #[test]
    fn old_and_damaged_data_are_not_used() {
        assert_eq!(decode(None), Loaded::Nothing);
        assert_eq!(decode(Some("{not json")), Loaded::Damaged);
        assert_eq!(decode(Some("[]")), Loaded::Damaged);
        assert_eq!(
            decode(Some(r#"{"format":0,"answers":{"fever":"yes"}}"#)),
            Loaded::Old
        );
        assert_eq!(
            decode(Some(
                r#"{"format":1,"content_version":"0.9.0","answers":{"fever":"yes"}}"#
            )),
            Loaded::Old
        );
        let bad_answer = format!(
            r#"{{"format":1,"content_version":"{CONTENT_VERSION}","answers":{{"fever":"maybe"}}}}"#
        );
        assert_eq!(decode(Some(&bad_answer)), Loaded::Damaged);
    }
}
