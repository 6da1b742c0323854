//! The emergency result of the static first step (prerendered only, see `App`'s `prerender`).
//! The page's CSS shows it, with no script, as soon as a danger sign is ticked Yes (or Not sure
//! where that is an emergency), with an alert under the sign itself ([`danger_alert`]). The app
//! replaces all of it with its own emergency screen when it starts.

use yew::prelude::*;

use super::emergency_numbers::emergency_numbers;
use super::result_parts::{banner, todo};
use super::Ui;
use crate::content;
use crate::engine::{Level, Q};

/// Call now: the numbers and what to do now.
pub fn static_emergency(ui: &Ui) -> Html {
    let heading_id = ui.id(&["static", "result"]);
    html! {
        <section class="sc-result sc-result--emergency sc-static-emergency" data-level="emergency"
            id={ui.id(&["static", "emergency"])} aria-labelledby={heading_id.clone()}>
            { banner(ui, Level::Emergency, heading_id, None) }
            { emergency_numbers(ui, false) }
            { todo(ui, Level::Emergency, Html::default()) }
        </section>
    }
}

/// Under a danger sign on the static first step: shown by CSS when the sign is ticked, it says
/// to call now and links to the emergency result. (What to do while waiting for each sign is on
/// the app's emergency screen; the first step stays small enough to arrive first.)
pub fn danger_alert(ui: &Ui, q: Q) -> Html {
    html! {
        <p class="sc-question__alert" role="alert" data-alert={q.id()}>
            <a href={format!("#{}", ui.id(&["static", "emergency"]))}>
                { content::level(ui.lang, Level::Emergency) }
            </a>
        </p>
    }
}
