//! The content keys in one place: a typed accessor for each kind of key (see the list in
//! `content/mod.rs`), so that no other module builds a key (`ui.*` keys are written out as
//! literals where they are used). Each looks its key up in parts, without building it (the
//! table is sorted, see [`Lang::texts`]), and falls back to English like [`super::text`].

use super::{find, words, Lang};
use crate::engine::{Flag, Level, Section, Source, Tip, TipNote, Q};

/// One accessor per line: its name, what it takes besides the language, and the parts of its
/// key. Each returns the text in `lang`, else in English, else `""`.
macro_rules! keys {
    ($($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),*) => [$($part:expr),+];)+) => {
        $(
            $(#[$doc])*
            pub fn $name(lang: Lang, $($arg: $ty),*) -> &'static str {
                words(lang, &[$($part),+])
            }
        )+
    };
}

keys! {
    /// `q.<question>`: the question.
    question(q: Q) => ["q.", q.id()];
    /// `q.<question>.hint`: the visible line under it (optional: `""` when there is none).
    hint(q: Q) => ["q.", q.id(), ".hint"];
    /// `q.<question>.more`: what counts and what does not, folded under "What counts?"
    /// (optional: `""` when there is none).
    more(q: Q) => ["q.", q.id(), ".more"];
    /// `gate.<checklist>`: the yes/no question asked before a long checklist.
    gate(q: Q) => ["gate.", q.id()];
    /// `gate.<checklist>.hint`: the visible line under the gate.
    gate_hint(q: Q) => ["gate.", q.id(), ".hint"];
    /// `opt.<question>.<option>`: an option of a single-choice or checklist question.
    option(q: Q, option: &str) => ["opt.", q.id(), ".", option];
    /// `ui.answer.<flag>`: "Yes", "No", "Not sure".
    answer(flag: Flag) => ["ui.answer.", flag.id()];
    /// `level.<level>`: the result's title.
    level(level: Level) => ["level.", level.id()];
    /// `level.<level>.todo`: what to do now (with the `{numbers}` placeholder).
    level_todo(level: Level) => ["level.", level.id(), ".todo"];
    /// `reason.<rule id>`: why a rule changed the advice.
    reason(id: &str) => ["reason.", id];
    /// `reason.<rule id>.short`: the reason in a few words, for the shared text.
    reason_short(id: &str) => ["reason.", id, ".short"];
    /// `tip.<tip>`: a piece of advice.
    tip(tip: Tip) => ["tip.", tip.id()];
    /// `tip.<tip>.<note>`: a part of a tip that shows only for some people.
    note(note: TipNote) => ["tip.", note.tip().id(), ".", note.id()];
    /// `wait.<emergency sign>`: what to do while waiting for help.
    wait(q: Q) => ["wait.", q.id()];
    /// `wait.unsure`: call now if an emergency sign answered "Not sure" gets worse.
    wait_unsure() => ["wait.unsure"];
    /// `sign.<emergency sign>`: the sign as a statement, for the list on every result.
    sign(q: Q) => ["sign.", q.id()];
    /// `section.<section>`: a step's heading.
    section(section: Section) => ["section.", section.id()];
    /// `section.<section>.intro`: the line under a step's heading.
    section_intro(section: Section) => ["section.", section.id(), ".intro"];
    /// `source.<source>`: a source's citation.
    source(source: Source) => ["source.", source.id()];
}

/// A sign or question as a whole, for texts read away from the page (the summary, the FHIR
/// export): on the two sign steps the statement with its visible line, which can hold a part
/// that counts on its own (`wound`) or an instruction that decides the answer; elsewhere the
/// question alone (its line only says how to answer on the page).
pub fn question_in_full(lang: Lang, q: Q) -> String {
    let line = hint(lang, q);
    if matches!(q.section(), Section::Emergency | Section::RedFlags) && !line.is_empty() {
        format!("{} {line}", question(lang, q))
    } else {
        question(lang, q).to_owned()
    }
}

/// `ui.number.<number>`: what an emergency number is for, if `lang` knows the number (no
/// fallback: a host's own number has no name).
pub fn number(lang: Lang, number: &str) -> Option<&'static str> {
    find(lang, &["ui.number.", number])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::text;

    #[test]
    fn each_accessor_reads_its_key() {
        let en = Lang::En;
        let check = |found: &str, key: &str| {
            assert!(!found.is_empty(), "{key}");
            assert_eq!(found, text(en, key), "{key}");
        };
        check(question(en, Q::Location), "q.location");
        check(hint(en, Q::Location), "q.location.hint");
        check(more(en, Q::Wound), "q.wound.more");
        let wound = question_in_full(en, Q::Wound);
        assert!(wound.starts_with(question(en, Q::Wound)) && wound.ends_with(hint(en, Q::Wound)));
        assert_eq!(question_in_full(en, Q::AgeBand), question(en, Q::AgeBand));
        check(gate(en, Q::Medications), "gate.medications");
        check(gate_hint(en, Q::Conditions), "gate.conditions.hint");
        check(option(en, Q::Location, "calf"), "opt.location.calf");
        check(answer(en, Flag::Unsure), "ui.answer.unsure");
        check(level(en, Level::DoctorSoon), "level.doctor_soon");
        check(level_todo(en, Level::Emergency), "level.emergency.todo");
        check(
            reason(en, "conditions:diabetes"),
            "reason.conditions:diabetes",
        );
        check(reason_short(en, "fever"), "reason.fever.short");
        check(tip(en, Tip::Hydrate), "tip.hydrate");
        check(note(en, TipNote::FluidLimit), "tip.hydrate.fluid_limit");
        check(wait(en, Q::Poison), "wait.poison");
        check(wait_unsure(en), "wait.unsure");
        check(sign(en, Q::Poison), "sign.poison");
        check(section(en, Section::Details), "section.details");
        check(section_intro(en, Section::Person), "section.person.intro");
        let medline = Source::MedlinePlus;
        check(source(en, medline), &format!("source.{}", medline.id()));
        assert_eq!(answer(Lang::Hi, Flag::Yes), text(Lang::Hi, "ui.answer.yes"));
        assert_eq!(number(en, "112"), Some(text(en, "ui.number.112")));
        assert_eq!(number(en, "102"), None);
    }
}
