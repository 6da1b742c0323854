//! The emergency screen: shown at once when an answer gives `emergency`. Beside the way back
//! ("I chose the wrong answer") it shows each sign that made it an emergency as the person
//! answered it, with what counts, so that an answer given by mistake can be seen and changed.

use std::rc::Rc;

use yew::prelude::*;

use super::emergency_numbers::emergency_numbers;
use super::result_parts::{
    banner, emergency_signs, nav, nav_button, reasons, result_footer, section, send, todo,
};
use super::Ui;
use crate::content;
use crate::engine::{Answers, Assessment, Level, Q};
use crate::hooks::use_focus_on_mount;
use crate::state::Action;

/// Props of [`EmergencyResult`].
#[derive(Properties, PartialEq)]
pub struct EmergencyResultProps {
    /// This widget's language, numbers, links and id prefix.
    pub ui: Ui,
    /// The assessment (its level is `emergency`).
    pub assessment: Rc<Assessment>,
    /// The answers it was made from.
    pub answers: Rc<Answers>,
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
    let signs: Vec<Q> = a
        .reasons
        .iter()
        .filter(|r| r.level == Level::Emergency)
        .filter_map(|r| Q::from_id(r.id))
        .collect();
    let answered = html! {
        <ul class="sc-list sc-answered">
            { for signs.iter().map(|&q| answered_sign(ui, q, &props.answers)) }
        </ul>
    };
    let wait = html! {
        <ul class="sc-list">
            { for signs.iter().map(|&q| html! {
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
            { section("sc-answered-section", ui.t("ui.emergency.answered"), html! {
                <>
                    { answered }
                    <div class="sc-answered__review">
                        { nav_button(ui.t("ui.emergency.change"), "review", false,
                            send(on_action, Action::Review)) }
                    </div>
                </>
            }) }
            { section("sc-wait", ui.t("ui.emergency.wait"), wait) }
            { reasons(ui, &a.reasons) }
            { emergency_signs(ui) }
            { result_footer(ui) }
            { nav(nav_button(ui.t("ui.restart"), "restart", false,
                send(on_action, Action::Restart))) }
        </section>
    }
}

/// One sign as the person answered it: the statement, its visible line, "Your answer: Yes" and
/// what counts (not folded: here it is what to check the answer against).
fn answered_sign(ui: &Ui, q: Q, answers: &Answers) -> Html {
    let hint = content::hint(ui.lang, q);
    let more = content::more(ui.lang, q);
    let answer = answers.flag(q).map(|f| content::answer(ui.lang, f));
    html! {
        <li key={q.id()} class="sc-list__item sc-answered__item" data-answered={q.id()}>
            <p class="sc-answered__statement">{ content::question(ui.lang, q) }</p>
            if !hint.is_empty() {
                <p class="sc-answered__hint">{ hint }</p>
            }
            if let Some(answer) = answer {
                <p class="sc-answered__answer">
                    { ui.t("ui.emergency.answer") }{ " " }<strong>{ answer }</strong>
                </p>
            }
            if !more.is_empty() {
                <p class="sc-answered__more">{ more }</p>
            }
        </li>
    }
}
