//! "Remember my answers on this device": off unless the person turns it on.

use yew::prelude::*;

use super::Ui;

/// The opt-in "remember on this device" setting and what it last said.
pub struct RememberHandle {
    /// Whether remembering is on.
    pub on: bool,
    /// A note to show (restored, forgotten, old or damaged data), as a content key.
    pub note: Option<&'static str>,
    /// Told the new setting.
    pub on_toggle: Callback<bool>,
    /// Told when the person asks to forget.
    pub on_forget: Callback<()>,
}

/// The opt-in switch, the Forget button and the last note.
pub fn remember_switch(ui: &Ui, remember: &RememberHandle) -> Html {
    let RememberHandle { on, note, .. } = *remember;
    let id = ui.id(&["remember"]);
    let hint = ui.id(&["remember", "hint"]);
    let on_toggle = remember.on_toggle.clone();
    let on_forget = remember.on_forget.clone();
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
