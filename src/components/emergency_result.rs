//! The emergency screen: shown at once when an answer gives `emergency`.

use std::rc::Rc;

use yew::prelude::*;

use super::emergency_numbers::emergency_numbers;
use super::result_parts::{
    banner, emergency_signs, nav, nav_button, reasons, result_footer, section, todo,
};
use super::Ui;
use crate::content;
use crate::engine::{Assessment, Level, Q};
use crate::hooks::use_focus_on_mount;
use crate::state::Action;

/// Props of [`EmergencyResult`].
#[derive(Properties, PartialEq)]
pub struct EmergencyResultProps {
    /// This widget's language, numbers, links and id prefix.
    pub ui: Ui,
    /// The assessment (its level is `emergency`).
    pub assessment: Rc<Assessment>,
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
    // The signs that made this an emergency, in the order they are asked.
    let signs = a
        .reasons
        .iter()
        .filter(|r| r.level == Level::Emergency)
        .filter_map(|r| Q::from_id(r.id));
    let wait = html! {
        <ul class="sc-list">
            { for signs.map(|q| html! {
                <li key={q.id()} class="sc-list__item" data-wait={q.id()}>
                    <p class="sc-list__text">{ content::wait(ui.lang, q) }</p>
                </li>
            }) }
        </ul>
    };
    let heading_id = ui.id(&["result"]);
    let on_action = &props.on_action;
    html! {
        <section class="sc-result sc-result--emergency" data-level="emergency"
            aria-labelledby={heading_id.clone()}>
            { banner(ui, Level::Emergency, heading_id, Some(heading)) }
            { emergency_numbers(ui, false) }
            { todo(ui, Level::Emergency, Html::default()) }
            { section("sc-wait", ui.t("ui.emergency.wait"), wait) }
            { reasons(ui, &a.reasons) }
            { emergency_signs(ui) }
            { result_footer(ui) }
            { nav(html! {
                <>
                    { nav_button(ui.t("ui.emergency.change"), "review", false,
                        on_action.reform(|_| Action::Review)) }
                    { nav_button(ui.t("ui.restart"), "restart", false,
                        on_action.reform(|_| Action::Restart)) }
                </>
            }) }
        </section>
    }
}
