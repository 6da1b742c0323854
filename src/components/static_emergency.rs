//! The emergency result of the static first step (prerendered only, see `App`'s `prerender`).
//! The page's CSS shows it, with no script, as soon as a danger sign is ticked Yes (or Not sure
//! where that is an emergency), with an alert under the sign itself ([`danger_alert`]). The app
//! replaces all of it with its own emergency screen when it starts.

use yew::prelude::*;

use super::emergency_numbers::emergency_numbers;
use super::icons::level_icon;
use super::Ui;
use crate::engine::{Level, Q};

/// Call now: the numbers and what to do now.
pub fn static_emergency(ui: &Ui) -> Html {
    let heading_id = ui.id(&["static", "result"]);
    html! {
        <section class="sc-result sc-result--emergency sc-static-emergency" data-level="emergency"
            id={ui.id(&["static", "emergency"])} aria-labelledby={heading_id.clone()}>
            <div class="sc-result__banner">
                { level_icon(Level::Emergency) }
                <div>
                    <p class="sc-result__kicker">{ ui.t("ui.result") }</p>
                    <h2 class="sc-result__title" id={heading_id}>{ ui.t("level.emergency") }</h2>
                </div>
            </div>
            { emergency_numbers(ui, false) }
            <section class="sc-result__section sc-todo">
                <h3 class="sc-result__heading">{ ui.t("ui.result.todo") }</h3>
                <p>{ ui.tf("level.emergency.todo", &[("numbers", &ui.numbers_text())]) }</p>
            </section>
        </section>
    }
}

/// Under a danger sign on the static first step: shown by CSS when the sign is ticked, it says
/// to call now and links to the emergency result. (What to do while waiting for each sign is on
/// the app's emergency screen; the first step stays small enough to arrive first.)
pub fn danger_alert(ui: &Ui, q: Q) -> Html {
    html! {
        <p class="sc-question__alert" role="alert" data-alert={q.id()}>
            <a href={format!("#{}", ui.id(&["static", "emergency"]))}>{ ui.t("level.emergency") }</a>
        </p>
    }
}
