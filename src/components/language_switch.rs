//! The English / हिन्दी switch, on every screen. Answers are kept when it is used.

use yew::prelude::*;

use super::Ui;
use crate::content::Lang;

/// One button per language, each labelled in its own language; `on_change` is told the choice.
pub fn language_switch(ui: &Ui, on_change: &Callback<Lang>) -> Html {
    html! {
        <div class="sc-lang" role="group" aria-label={ui.t("ui.language")}>
            { for Lang::ALL.iter().map(|&lang| {
                let current = lang == ui.lang;
                html! {
                    <button key={lang.tag()} type="button" lang={lang.tag()}
                        class={classes!("sc-lang__option", current.then_some("is-selected"))}
                        data-lang={lang.tag()} aria-pressed={if current { "true" } else { "false" }}
                        onclick={on_change.reform(move |_| lang)}>
                        { lang.name() }
                    </button>
                }
            }) }
        </div>
    }
}
