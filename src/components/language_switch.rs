//! The English / हिन्दी switch, on every screen. Answers are kept when it is used.

use yew::prelude::*;

use super::use_ui;
use crate::content::Lang;

/// Props of [`LanguageSwitch`].
#[derive(Properties, PartialEq)]
pub struct LanguageSwitchProps {
    /// Called with the language chosen.
    pub on_change: Callback<Lang>,
}

/// One button per language, each labelled in its own language.
#[component]
pub fn LanguageSwitch(props: &LanguageSwitchProps) -> Html {
    let ui = use_ui();
    html! {
        <div class="sc-lang" role="group" aria-label={ui.t("ui.language")}>
            { for Lang::ALL.iter().map(|&lang| {
                let on_change = props.on_change.clone();
                let current = lang == ui.lang;
                html! {
                    <button key={lang.tag()} type="button" lang={lang.tag()}
                        class={classes!("sc-lang__option", current.then_some("is-selected"))}
                        data-lang={lang.tag()} aria-pressed={if current { "true" } else { "false" }}
                        onclick={Callback::from(move |_| on_change.emit(lang))}>
                        { lang.name() }
                    </button>
                }
            }) }
        </div>
    }
}
