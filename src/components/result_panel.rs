//! The result: the level in words, colour and icon, what to do, why, and the tips.

use yew::prelude::*;

use super::icons::level_icon;
use super::result_parts::{emergency_signs, reasons, result_footer, source_line};
use super::summary::{summary, SummaryArgs};
use super::summary_actions::SummaryActions;
use super::{use_focus_on_mount, Ui};
use crate::engine::{Answers, Assessment, Level};
use crate::state::Action;

/// Props of [`ResultPanel`].
#[derive(Properties, PartialEq)]
pub struct ResultPanelProps {
    /// This widget's language, numbers, links and id prefix.
    pub ui: Ui,
    /// The assessment shown.
    pub assessment: Assessment,
    /// The answers it was made from (for the summary).
    pub answers: Answers,
    /// Whether the heading takes focus when the result appears.
    pub focus: bool,
    /// Called with Back or Restart.
    pub on_action: Callback<Action>,
}

/// The result of a complete check (any level but the emergency screen).
#[component]
pub fn ResultPanel(props: &ResultPanelProps) -> Html {
    let ui = &props.ui;
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.focus);
    let a = &props.assessment;
    let level = a.level.id();
    let numbers = ui.numbers_text();
    let on = |action: Action| super::send(&props.on_action, action);
    let heading_id = ui.id(&["result"]);
    let lang = ui.lang;
    let when = use_memo(lang, |lang| now_in_words(lang.tag()));
    let when = AttrValue::from((*when).clone());
    html! {
        <section class={classes!("sc-result", format!("sc-result--{level}"))}
            data-level={level} aria-labelledby={heading_id.clone()}>
            <div class="sc-result__banner">
                { level_icon(a.level) }
                <div>
                    <p class="sc-result__kicker">{ ui.t("ui.result") }</p>
                    <h2 class="sc-result__title" id={heading_id} tabindex="-1" ref={heading}>
                        { ui.t(&format!("level.{level}")) }
                    </h2>
                </div>
            </div>
            <section class="sc-result__section sc-todo">
                <h3 class="sc-result__heading">{ ui.t("ui.result.todo") }</h3>
                <p>{ ui.tf(&format!("level.{level}.todo"), &[("numbers", &numbers)]) }</p>
                if let Some(link) = host_link(ui, a.level) {
                    { link }
                }
                if !a.unsure_signs.is_empty() {
                    <p class="sc-callout" data-unsure="true">{ ui.t("wait.unsure") }</p>
                }
            </section>
            { reasons(ui, &a.reasons) }
            <section class="sc-result__section sc-tips">
                <h3 class="sc-result__heading">{ ui.t("ui.result.tips") }</h3>
                <ul class="sc-list">
                    { for a.tips.iter().map(|tip| {
                        let notes = a.tip_notes.iter().filter(|n| n.tip() == *tip);
                        html! {
                            <li key={tip.id()} class="sc-list__item" data-tip={tip.id()}>
                                <p class="sc-list__text">{ ui.t(&format!("tip.{}", tip.id())) }</p>
                                { for notes.map(|n| html! {
                                    <p key={n.id()} class="sc-list__text" data-tip-note={n.id()}>
                                        { ui.t(&format!("tip.{}.{}", tip.id(), n.id())) }
                                    </p>
                                }) }
                                <p class="sc-source">
                                    { ui.tf("ui.result.source", &[("source", &source_line(ui, tip.sources()))]) }
                                </p>
                            </li>
                        }
                    }) }
                </ul>
            </section>
            <SummaryActions ui={ui.clone()} answers={props.answers.clone()} assessment={a.clone()} when={when.clone()} />
            <div class="sc-print-only">
                { summary(ui, &SummaryArgs {
                    answers: &props.answers,
                    assessment: a,
                    when: &when,
                    large: false,
                    answers_only: true,
                }) }
            </div>
            { emergency_signs(ui) }
            { result_footer(ui) }
            <div class="sc-nav">
                <button type="button" class="sc-button sc-button--secondary"
                    data-action="back" onclick={on(Action::Back)}>{ ui.t("ui.back") }</button>
                <button type="button" class="sc-button sc-button--primary"
                    data-action="restart" onclick={on(Action::Restart)}>{ ui.t("ui.restart") }</button>
            </div>
        </section>
    }
}

/// The host's own pharmacist or doctor link for this level, if it gave one.
fn host_link(ui: &super::Ui, level: Level) -> Option<Html> {
    let (link, key) = match level {
        Level::Pharmacist => (ui.pharmacist.as_ref()?, "ui.link.pharmacist"),
        Level::DoctorToday | Level::DoctorSoon => (ui.doctor.as_ref()?, "ui.link.doctor"),
        _ => return None,
    };
    let label = link.label.clone().unwrap_or_else(|| ui.t(key).to_owned());
    Some(html! {
        <p class="sc-host-link">
            <a class="sc-button sc-button--primary" href={link.url.clone()}
                target="_blank" rel="noopener noreferrer" data-link={key}>{ label }</a>
        </p>
    })
}

/// The current date and time, as the person's language writes it.
fn now_in_words(lang: &str) -> String {
    let options = web_sys::js_sys::Object::new();
    for (key, value) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = web_sys::js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    web_sys::js_sys::Date::new_0()
        .to_locale_string(&format!("{lang}-IN"), &options)
        .into()
}
