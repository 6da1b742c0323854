//! The summary a person takes to the pharmacist or doctor: the same content for print, the
//! large-type view and the copied text, and a short text to share (a phone's share sheet,
//! WhatsApp). Plain data in, words out (no browser code).

use crate::content::{self, fill, text, Lang};
use crate::engine::{Answer, Answers, Assessment, Level, Reason, CONTENT_VERSION, Q};

/// The most reasons the shared text names (the rest are counted).
pub const SHARE_REASONS: usize = 3;

/// The longest the shared text may be in `lang`, in characters (Unicode code points): one
/// message on a phone. The Indian scripts need more characters for the same words.
pub fn share_limit(lang: Lang) -> usize {
    match lang {
        Lang::En => 700,
        _ => 800,
    }
}

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

/// The short text that Share and WhatsApp send, in `lang`: the level and what to do, at most
/// [`SHARE_REASONS`] reasons in a few words (the most urgent first) and how many more, when it
/// was checked with the content version, and last the disclaimer with the numbers to call.
/// Never an answer: a reason is a plain statement of what was found. Within [`share_limit`]:
/// should long host numbers push it over, fewer reasons are named (and more counted).
pub fn share_text(lang: Lang, assessment: &Assessment, when: &str, numbers: &str) -> String {
    // Most urgent first; within a level, in the order of the requirements (a stable pick
    // without a sort, which would add to the app's code).
    let ranked: Vec<&Reason> = Level::ALL
        .iter()
        .flat_map(|level| assessment.reasons.iter().filter(move |r| r.level == *level))
        .collect();
    let mut named = ranked.len().min(SHARE_REASONS);
    loop {
        let text = share_text_naming(lang, assessment.level, &ranked, named, when, numbers);
        if named == 0 || text.chars().count() <= share_limit(lang) {
            return text;
        }
        named -= 1;
    }
}

fn share_text_naming(
    lang: Lang,
    level: Level,
    ranked: &[&Reason],
    named: usize,
    when: &str,
    numbers: &str,
) -> String {
    let t = |key: &str| text(lang, key);
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line(t("ui.title"));
    line(&[t("ui.result"), ": ", content::level(lang, level)].concat());
    // (Self-care's "what to do" points to the tips, which the short text leaves out.)
    if level != Level::SelfCare {
        line(&fill(
            content::level_todo(lang, level),
            &[("numbers", numbers)],
        ));
    }
    if !ranked.is_empty() {
        line("");
        line(t("ui.result.why"));
        for r in &ranked[..named] {
            line(&["- ", content::reason_short(lang, r.id)].concat());
        }
        if ranked.len() > named {
            let n = (ranked.len() - named).to_string();
            line(&fill(t("ui.share.more"), &[("n", &n)]));
        }
    }
    line("");
    line(&fill(
        t("ui.share.version"),
        &[("when", when), ("version", CONTENT_VERSION)],
    ));
    out.push_str(&fill(t("ui.share.call"), &[("numbers", numbers)]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::reason_short;
    use crate::engine::{assess, rule, Flag, Kind, Section, RULES};

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

    /// Answers where each section in `firing` says Yes to every sign and ticks or chooses
    /// every option that fires a rule (`flag` for the signs: Not sure counts as Yes), and
    /// every other section says No and chooses what fires nothing.
    fn answers_firing(firing: &[Section], flag: Flag) -> Answers {
        let mut a = Answers::new();
        for &q in Q::ALL {
            let fires = |o: &str| rule(&format!("{}:{o}", q.id())).is_some();
            let on = firing.contains(&q.section());
            let _ = match q.kind() {
                Kind::Flag => a.set_flag(q, if on { flag } else { Flag::No }),
                Kind::Single(options) => {
                    let pick = options
                        .iter()
                        .find(|o| fires(o) == on)
                        .unwrap_or(&options[0]);
                    a.choose(q, pick)
                }
                Kind::Checklist(options) if on => options
                    .iter()
                    .filter(|o| fires(o))
                    .try_for_each(|o| a.tick(q, o, true)),
                Kind::Checklist(_) => a.tick_none(q),
            };
        }
        a
    }

    /// Assessments with many reasons, and one at each level with every rule's short words
    /// (the longest first, so that the three named are the longest there are).
    fn many_reasons() -> Vec<(String, Answers, Assessment)> {
        let mut out = Vec::new();
        let sections = [
            vec![
                Section::Emergency,
                Section::RedFlags,
                Section::Details,
                Section::Person,
            ],
            vec![Section::RedFlags, Section::Details, Section::Person],
            vec![Section::Details, Section::Person],
            vec![Section::Person],
            vec![],
        ];
        for firing in &sections {
            for flag in [Flag::Yes, Flag::Unsure] {
                let a = answers_firing(firing, flag);
                let result = assess(&a);
                out.push((format!("{firing:?} {flag:?}"), a, result));
            }
        }
        for lang in Lang::ALL {
            let mut by_length: Vec<_> = RULES.iter().collect();
            by_length.sort_by_key(|r| std::cmp::Reverse(reason_short(*lang, r.id).chars().count()));
            for level in Level::ALL {
                let a = answers_firing(&[], Flag::No);
                let mut result = assess(&a);
                result.level = level;
                result.reasons = by_length
                    .iter()
                    .map(|r| Reason {
                        id: r.id,
                        level,
                        sources: r.sources,
                    })
                    .collect();
                out.push((
                    format!("every rule at {level:?}, {lang:?} longest first"),
                    a,
                    result,
                ));
            }
        }
        out
    }

    /// A long date and time, as `toLocaleString` writes them in each language.
    const WHEN: &str = "29 Nov 2026, 11:45:59 pm India Standard Time";

    #[test]
    fn the_shared_text_is_short_in_every_language_at_every_level() {
        let mut levels = std::collections::BTreeSet::new();
        let mut longest = [0; Lang::ALL.len()];
        for (name, _, result) in many_reasons() {
            levels.insert(result.level.id());
            for &lang in Lang::ALL {
                let numbers = ["112", text(lang, "ui.numbers.or"), "108"].join(" ");
                let shared = share_text(lang, &result, WHEN, &numbers);
                let length = shared.chars().count();
                longest[lang as usize] = longest[lang as usize].max(length);
                assert!(
                    length <= share_limit(lang),
                    "{lang:?} {name}: {length}\n{shared}"
                );
                let named = shared.lines().filter(|l| l.starts_with("- ")).count();
                assert_eq!(
                    named,
                    result.reasons.len().min(SHARE_REASONS),
                    "{lang:?} {name}"
                );
                if result.reasons.len() > SHARE_REASONS {
                    let more = (result.reasons.len() - SHARE_REASONS).to_string();
                    let line = fill(text(lang, "ui.share.more"), &[("n", &more)]);
                    assert!(shared.lines().any(|l| l == line), "{lang:?} {name}: {line}");
                }
                assert!(shared.contains(content::level(lang, result.level)));
                assert!(shared.contains(WHEN) && shared.contains(CONTENT_VERSION));
                let call = fill(text(lang, "ui.share.call"), &[("numbers", &numbers)]);
                assert_eq!(
                    shared.lines().last(),
                    Some(call.as_str()),
                    "{lang:?} {name}"
                );
            }
        }
        assert_eq!(levels.len(), Level::ALL.len(), "every level: {levels:?}");
        println!("the longest shared texts (characters): {longest:?}");
    }

    #[test]
    fn the_shared_text_names_the_most_urgent_reasons_in_short_words() {
        let mut a = answers_firing(&[], Flag::No);
        a.set_flag(Q::Fever, Flag::Yes).unwrap();
        a.tick(Q::Conditions, "diabetes", true).unwrap();
        a.tick(Q::Conditions, "thyroid", true).unwrap();
        a.tick(Q::Conditions, "heart_disease", true).unwrap();
        let result = assess(&a);
        assert_eq!(result.level, Level::DoctorToday);
        let shared = share_text(Lang::En, &result, "x", "112 or 108");
        let reasons: Vec<_> = shared.lines().filter(|l| l.starts_with("- ")).collect();
        assert_eq!(
            reasons,
            [
                "- Fever with the cramps or muscle pain",
                "- Has diabetes (high blood sugar)",
                "- Has a thyroid problem"
            ]
        );
        assert!(shared.contains("\nand 1 more\n"), "{shared}");
        assert!(
            !shared.contains("dengue"),
            "the short words, not the whole reason"
        );
        let none = share_text(
            Lang::En,
            &assess(&answers_firing(&[], Flag::No)),
            "x",
            "112",
        );
        assert!(!none.contains("- ") && !none.contains("more"), "{none}");
    }

    #[test]
    fn long_host_numbers_make_it_name_fewer_reasons_not_grow() {
        let (_, _, result) = many_reasons().remove(2);
        let numbers =
            "+911234567890123 or +911234567890124 or +911234567890125 or +911234567890126";
        for &lang in Lang::ALL {
            let shared = share_text(lang, &result, WHEN, numbers);
            assert!(shared.chars().count() <= share_limit(lang), "{lang:?}");
            assert!(shared.ends_with(&fill(text(lang, "ui.share.call"), &[("numbers", numbers)])));
        }
    }

    #[test]
    fn the_shared_text_holds_no_answer_and_is_in_the_language_in_use() {
        for (name, answers, result) in many_reasons() {
            for &lang in Lang::ALL {
                let shared = share_text(lang, &result, WHEN, "112");
                assert!(!shared.contains(text(lang, "ui.summary.answers")), "{name}");
                for (q, question, answer) in answer_lines(lang, &answers) {
                    assert!(!shared.contains(&question), "{lang:?} {name}: {question}");
                    // Answer words as a line or an item of their own (a flag's word alone
                    // is also an everyday word: "No" in English, "नहीं" in Hindi).
                    assert!(
                        !shared
                            .lines()
                            .any(|l| l == answer || l == ["- ", &answer].concat()),
                        "{lang:?} {name}: {} answered {answer}",
                        q.id()
                    );
                    assert!(!shared.contains(&format!("- {question} {answer}")));
                    // An option of a few words ("Chest") can be part of a reason's words.
                    if let Some(Answer::Many(options)) = answers.get(q) {
                        for o in options {
                            let words = content::option(lang, q, o);
                            if words.split_whitespace().count() >= 3 {
                                assert!(!shared.contains(words), "{lang:?} {name}: {words}");
                            }
                        }
                    }
                }
                if lang != Lang::En {
                    // The language's own script all through, except the digits, the date and the version.
                    let latin = shared
                        .replace(WHEN, "")
                        .chars()
                        .filter(char::is_ascii_alphabetic)
                        .count();
                    assert!(latin < 30, "{name}: {latin} Latin letters\n{shared}");
                }
            }
        }
        let shared = share_text(Lang::En, &many_reasons()[0].2, "x", "112");
        for word in ["Yes", "No", "Not sure"] {
            assert!(
                !shared
                    .lines()
                    .flat_map(str::split_whitespace)
                    .any(|w| w == word),
                "{word}"
            );
        }
    }

    fn text_of(lang: Lang, key: &str) -> &'static str {
        text(lang, key)
    }
}
