//! The emergency screen: shown at once when an answer gives `emergency`.

use yew::prelude::*;

use super::emergency_numbers::emergency_numbers;
use super::icons::level_icon;
use super::result_parts::{emergency_signs, reasons, result_footer};
use super::{use_focus_on_mount, Ui};
use crate::engine::{Assessment, Level, Q};
use crate::state::Action;

/// Props of [`EmergencyResult`].
#[derive(Properties, PartialEq)]
pub struct EmergencyResultProps {
    /// This widget's language, numbers, links and id prefix.
    pub ui: Ui,
    /// The assessment (its level is `emergency`).
    pub assessment: Assessment,
    /// Whether the heading takes focus when the screen appears.
    pub focus: bool,
    /// Called with Review or Restart.
    pub on_action: Callback<Action>,
}

/// Call now: the numbers, what to do while waiting for the signs given, and why.
#[component]
pub fn EmergencyResult(props: &EmergencyResultProps) -> Html {
    let ui = &props.ui;
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.focus);
    let a = &props.assessment;
    let numbers = ui.numbers_text();
    // The signs that made this an emergency, in the order they are asked.
    let signs: Vec<Q> = a
        .reasons
        .iter()
        .filter(|r| r.level == Level::Emergency)
        .filter_map(|r| Q::from_id(r.id))
        .collect();
    let on = |action: Action| super::send(&props.on_action, action);
    let heading_id = ui.id(&["result"]);
    html! {
        <section class="sc-result sc-result--emergency" data-level="emergency"
            aria-labelledby={heading_id.clone()}>
            <div class="sc-result__banner">
                { level_icon(Level::Emergency) }
                <div>
                    <p class="sc-result__kicker">{ ui.t("ui.result") }</p>
                    <h2 class="sc-result__title" id={heading_id} tabindex="-1" ref={heading}>
                        { ui.t("level.emergency") }
                    </h2>
                </div>
            </div>
            { emergency_numbers(ui, false) }
            <section class="sc-result__section sc-todo">
                <h3 class="sc-result__heading">{ ui.t("ui.result.todo") }</h3>
                <p>{ ui.tf("level.emergency.todo", &[("numbers", &numbers)]) }</p>
            </section>
            <section class="sc-result__section sc-wait">
                <h3 class="sc-result__heading">{ ui.t("ui.emergency.wait") }</h3>
                <ul class="sc-list">
                    { for signs.iter().map(|q| html! {
                        <li key={q.id()} class="sc-list__item" data-wait={q.id()}>
                            <p class="sc-list__text">{ ui.t(&format!("wait.{}", q.id())) }</p>
                        </li>
                    }) }
                </ul>
            </section>
            { reasons(ui, &a.reasons) }
            { emergency_signs(ui) }
            { result_footer(ui) }
            <div class="sc-nav">
                <button type="button" class="sc-button sc-button--secondary"
                    data-action="review" onclick={on(Action::Review)}>
                    { ui.t("ui.emergency.change") }
                </button>
                <button type="button" class="sc-button sc-button--secondary"
                    data-action="restart" onclick={on(Action::Restart)}>{ ui.t("ui.restart") }</button>
            </div>
        </section>
    }
}
