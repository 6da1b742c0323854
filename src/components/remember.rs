//! "Remember my answers on this device": off unless the person turns it on.

use yew::prelude::*;

use super::Ui;

/// The opt-in switch (`on`: whether remembering is on; `on_toggle` is told the new setting),
/// the Forget button (`on_forget`) and the last `note` (restored, forgotten, old or damaged
/// data), as a content key.
pub fn remember_switch(
    ui: &Ui,
    on: bool,
    note: Option<&'static str>,
    on_toggle: &Callback<bool>,
    on_forget: &Callback<()>,
) -> Html {
    let id = ui.id(&["remember"]);
    let hint = ui.id(&["remember", "hint"]);
    let on_toggle = on_toggle.clone();
    let on_forget = on_forget.clone();
    html! {
        <div class="sc-remember">
            <label class="sc-option sc-remember__switch" for={id.clone()}>
                <input class="sc-option__input" type="checkbox" id={id} checked={on}
                    data-action="remember" aria-describedby={hint.clone()}
                    onchange={Callback::from(move |e: Event| {
                        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                        on_toggle.emit(input.checked());
                    })} />
                <span class="sc-option__text">{ ui.t("ui.remember") }</span>
            </label>
            <p class="sc-remember__hint" id={hint}>{ ui.t("ui.remember.hint") }</p>
            if on {
                <button type="button" class="sc-button sc-button--secondary" data-action="forget"
                    onclick={Callback::from(move |_| on_forget.emit(()))}>
                    { ui.t("ui.remember.forget") }
                </button>
            }
            <div aria-live="polite" class="sc-remember__note">
                if let Some(note) = note {
                    <p data-note={note}>{ ui.t(note) }</p>
                }
            </div>
        </div>
    }
}
