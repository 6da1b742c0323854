//! "Remember on this device": the saved form of the answers, opt-in only. This module only
//! turns answers into text and back; the page decides when to read and write
//! `localStorage` (never unless the person turned remembering on).
//!
//! The saved text is `FORMAT;CONTENT_VERSION;question=answer&...`, where a checklist's
//! answer is its ticked option ids joined by `+` (empty for "none of these"). It is a
//! small format of its own so that the page needs no JSON parser.

use crate::engine::{Answer, Answers, Flag, Kind, CONTENT_VERSION, Q};

/// The `localStorage` key.
pub const KEY: &str = "spasm-check.answers";
/// The saved format this version writes and reads.
pub const FORMAT: &str = "v1";

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
    let body: Vec<String> = answers
        .iter()
        .map(|(q, answer)| {
            let value = match answer {
                Answer::Flag(f) => f.id().to_owned(),
                Answer::One(option) => (*option).to_owned(),
                Answer::Many(list) => list.join("+"),
            };
            format!("{}={value}", q.id())
        })
        .collect();
    format!("{FORMAT};{CONTENT_VERSION};{}", body.join("&"))
}

/// Reads what was saved. Never panics: anything unexpected is [`Loaded::Old`] or
/// [`Loaded::Damaged`].
pub fn decode(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else {
        return Loaded::Nothing;
    };
    let mut parts = raw.splitn(3, ';');
    let (Some(format), Some(version), Some(body)) = (parts.next(), parts.next(), parts.next())
    else {
        return Loaded::Damaged;
    };
    if format != FORMAT || version != CONTENT_VERSION {
        // A saved text that starts like ours but from another version.
        return if format.starts_with('v') {
            Loaded::Old
        } else {
            Loaded::Damaged
        };
    }
    let mut answers = Answers::new();
    for pair in body.split('&').filter(|p| !p.is_empty()) {
        let Some((id, value)) = pair.split_once('=') else {
            return Loaded::Damaged;
        };
        let Some(q) = Q::from_id(id) else {
            return Loaded::Damaged;
        };
        if answers.is_answered(q) {
            return Loaded::Damaged;
        }
        let set = match q.kind() {
            Kind::Flag => Flag::from_id(value)
                .ok_or(())
                .and_then(|f| answers.set_flag(q, f).map_err(|_| ())),
            Kind::Single(_) => answers.choose(q, value).map_err(|_| ()),
            Kind::Checklist(_) => {
                let list: Vec<&str> = value.split('+').filter(|o| !o.is_empty()).collect();
                let ids: Option<Vec<&'static str>> = list.iter().map(|o| q.option(o)).collect();
                match ids {
                    Some(ids) if ids.len() == list.len() => {
                        answers.set(q, Answer::Many(ids)).map_err(|_| ())
                    }
                    _ => Err(()),
                }
            }
        };
        if set.is_err() {
            return Loaded::Damaged;
        }
    }
    Loaded::Restored(answers)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip() {
        let mut a = Answers::new();
        a.set_flag(Q::Fever, Flag::Unsure).unwrap();
        a.tick(Q::Timing, "night", true).unwrap();
        a.tick(Q::Location, "calf", true).unwrap();
        a.tick(Q::Location, "foot", true).unwrap();
        a.tick_none(Q::Medications).unwrap();
        a.choose(Q::AgeBand, "65_plus").unwrap();
        assert_eq!(decode(Some(&encode(&a))), Loaded::Restored(a));
        assert_eq!(
            decode(Some(&encode(&Answers::new()))),
            Loaded::Restored(Answers::new())
        );
    }

    #[test]
    fn old_and_damaged_data_are_not_used() {
        assert_eq!(decode(None), Loaded::Nothing);
        assert_eq!(decode(Some("{not ours")), Loaded::Damaged);
        assert_eq!(decode(Some("")), Loaded::Damaged);
        assert_eq!(decode(Some("v0;1.0.0;fever=yes")), Loaded::Old);
        assert_eq!(decode(Some("v1;0.9.0;fever=yes")), Loaded::Old);
        let version = CONTENT_VERSION;
        for bad in [
            "fever=maybe",
            "fever",
            "cramp=yes",
            "location=calf+elbow",
            "duration=calf",
            "fever=yes&fever=no",
        ] {
            assert_eq!(
                decode(Some(&format!("v1;{version};{bad}"))),
                Loaded::Damaged,
                "{bad}"
            );
        }
    }
}
