//! The summary to take to the pharmacist or doctor: the level, why, and every answer in
//! words, with the date. The same block is printed, shown in large type, and copied.

use yew::prelude::*;

use super::icons::level_icon;
use super::Ui;
use crate::content;
use crate::engine::{Answers, Assessment};
use crate::summary::answer_lines;

/// What [`summary`] shows.
pub struct SummaryArgs<'a> {
    /// The answers given.
    pub answers: &'a Answers,
    /// Their assessment.
    pub assessment: &'a Assessment,
    /// When the check was done, in words.
    pub when: &'a str,
    /// Large type, for showing the screen across a counter.
    pub large: bool,
    /// Only the date and the answers (the printed result shows the rest already).
    pub answers_only: bool,
}

/// The summary block.
pub fn summary(ui: &Ui, props: &SummaryArgs) -> Html {
    let level = props.assessment.level;
    html! {
        <section class={classes!("sc-summary", props.large.then_some("sc-summary--large"))}
            data-summary={if props.large { "large" } else { "print" }}>
            if !props.answers_only {
                <p class="sc-summary__title">{ ui.t("ui.summary.take") }</p>
            }
            <p class="sc-summary__when">{ ui.tf("ui.summary.when", &[("when", props.when)]) }</p>
            if !props.answers_only {
                <p class={super::concat(&["sc-summary__level sc-summary__level--", level.id()])}>
                    { level_icon(level) }
                    <span>{ content::level(ui.lang, level) }</span>
                </p>
            }
            if !props.answers_only && !props.assessment.reasons.is_empty() {
                <p class="sc-summary__heading">{ ui.t("ui.result.why") }</p>
                <ul class="sc-summary__reasons">
                    { for props.assessment.reasons.iter().map(|r| html! {
                        <li key={r.id}>{ content::reason(ui.lang, r.id) }</li>
                    }) }
                </ul>
            }
            <p class="sc-summary__heading">{ ui.t("ui.summary.answers") }</p>
            <dl class="sc-summary__answers">
                { for answer_lines(ui.lang, props.answers).into_iter().map(|(q, question, answer)| html! {
                    <div key={q.id()} class="sc-summary__answer" data-answer={q.id()}>
                        <dt>{ question }</dt>
                        <dd>{ answer }</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
