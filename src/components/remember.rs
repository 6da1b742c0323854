//! "Remember my answers on this device": off unless the person turns it on.

use yew::prelude::*;

use super::result_parts::nav_button;
use super::{is_checked, Ui};
use crate::hooks::RememberHandle;

/// The opt-in switch, the Forget button and the last note.
pub fn remember_switch(ui: &Ui, remember: &RememberHandle) -> Html {
    let RememberHandle { on, note, .. } = *remember;
    let id = ui.id(&["remember"]);
    let hint = ui.id(&["remember", "hint"]);
    html! {
        <div class="sc-remember">
            <label class="sc-option sc-remember__switch" for={id.clone()}>
                <input class="sc-option__input" type="checkbox" id={id} checked={on}
                    data-action="remember" aria-describedby={hint.clone()}
                    onchange={remember.on_toggle.reform(|e: Event| is_checked(&e))} />
                <span class="sc-option__text">{ ui.t("ui.remember") }</span>
            </label>
            <p class="sc-remember__hint" id={hint}>{ ui.t("ui.remember.hint") }</p>
            if on {
                { nav_button(ui.t("ui.remember.forget"), "forget", false,
                    remember.on_forget.reform(|_| ())) }
            }
            <div aria-live="polite" class="sc-remember__note">
                if let Some(note) = note {
                    <p data-note={note}>{ ui.t(note) }</p>
                }
            </div>
        </div>
    }
}
