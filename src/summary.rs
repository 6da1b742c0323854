//! The summary a person takes to the pharmacist or doctor: the same content for print, the
//! large-type view and the copied text. Plain data in, words out (no browser code).

use crate::content::{self, fill, text, Lang};
use crate::engine::{Answer, Answers, Assessment, CONTENT_VERSION, Q};

/// An answer in words, in `lang`: "Yes", "Calf (back of the lower leg), Foot or toes",
/// "None of these".
pub fn answer_words(lang: Lang, q: Q, answer: &Answer) -> String {
    match answer {
        Answer::Flag(f) => content::answer(lang, *f).to_owned(),
        Answer::One(option) => content::option(lang, q, option).to_owned(),
        Answer::Many(list) if list.is_empty() => text(lang, "ui.none").to_owned(),
        Answer::Many(list) => list
            .iter()
            .map(|option| content::option(lang, q, option))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// Every answer given, as (question, answer) in words, in the order asked.
pub fn answer_lines(lang: Lang, answers: &Answers) -> Vec<(Q, String, String)> {
    answers
        .iter()
        .map(|(q, a)| {
            (
                q,
                content::question_in_full(lang, q),
                answer_words(lang, q, a),
            )
        })
        .collect()
}

/// The whole summary as plain text, for copying into a message.
pub fn summary_text(
    lang: Lang,
    answers: &Answers,
    assessment: &Assessment,
    when: &str,
    numbers: &str,
) -> String {
    let t = |key: &str| text(lang, key);
    let level = assessment.level;
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line(t("ui.title"));
    line(&fill(t("ui.summary.when"), &[("when", when)]));
    line("");
    line(&format!(
        "{}: {}",
        t("ui.result"),
        content::level(lang, level)
    ));
    line(&fill(
        content::level_todo(lang, level),
        &[("numbers", numbers)],
    ));
    line("");
    line(t("ui.result.why"));
    if assessment.reasons.is_empty() {
        line(&format!("- {}", t("ui.result.none")));
    }
    for r in &assessment.reasons {
        line(&format!("- {}", content::reason(lang, r.id)));
    }
    line("");
    line(t("ui.summary.answers"));
    for (_, question, answer) in answer_lines(lang, answers) {
        line(&format!("- {question} {answer}"));
    }
    if !assessment.tips.is_empty() {
        line("");
        line(t("ui.result.tips"));
        for tip in &assessment.tips {
            line(&format!("- {}", content::tip(lang, *tip)));
            for note in assessment.tip_notes.iter().filter(|n| n.tip() == *tip) {
                line(&format!("  {}", content::note(lang, *note)));
            }
        }
    }
    line("");
    line(&fill(t("ui.result.signs"), &[("numbers", numbers)]));
    line(t("ui.disclaimer"));
    line(&fill(
        t("ui.version"),
        &[
            ("version", CONTENT_VERSION),
            ("date", crate::engine::REVIEWED),
        ],
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{assess, Flag};

    #[test]
    fn the_text_has_the_level_the_reasons_and_every_answer_in_words() {
        let mut a = Answers::new();
        a.set_flag(Q::Fever, Flag::Yes).unwrap();
        a.tick(Q::Location, "calf", true).unwrap();
        a.tick_none(Q::Medications).unwrap();
        let result = assess(&a);
        let text = summary_text(Lang::En, &a, &result, "25 Nov 2026, 14:00", "112 or 108");
        assert!(text.contains("Get medical help today"), "{text}");
        assert!(text.contains("25 Nov 2026, 14:00"));
        assert!(text.contains("A fever with the cramps"));
        assert!(text.contains("Calf (back of lower leg)"));
        assert!(text.contains("None of these"));
        assert!(text.contains("dengue"), "the reason in words");
        assert!(text.contains("not a diagnosis"));
        let hindi = summary_text(Lang::Hi, &a, &result, "x", "112 या 108");
        assert!(hindi.contains(text_of(Lang::Hi, "level.doctor_today")));
    }

    fn text_of(lang: Lang, key: &str) -> &'static str {
        text(lang, key)
    }
}
