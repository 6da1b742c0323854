//! The app: one reducer for the state, the current step or result, and start-up.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::emergency_numbers::EmergencyNumbers;
use crate::components::emergency_result::EmergencyResult;
use crate::components::language_switch::LanguageSwitch;
use crate::components::progress::Progress;
use crate::components::question_step::QuestionStep;
use crate::components::result_panel::ResultPanel;
use crate::components::Ui;
use crate::content::{pick_lang, Lang};
use crate::engine::{assess, Level};
use crate::state::{Action, State, Step};

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Language, numbers and id prefix of this instance.
    #[prop_or_default]
    pub ui: Ui,
}

/// The whole self-check.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state = use_reducer(State::default);
    // Ids and radio names must be unique when several widgets share a page.
    let instance = use_state(next_instance);
    // The person's choice of language wins until the host changes its own.
    let lang = use_state_eq(|| props.ui.lang);
    {
        let lang = lang.clone();
        use_effect_with(props.ui.lang, move |host| lang.set(*host));
    }
    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| lang.set(l))
    };
    let ui = Ui {
        lang: *lang,
        prefix: match *instance {
            0 => props.ui.prefix.clone(),
            n => format!("{}{n}", props.ui.prefix).into(),
        },
        ..props.ui.clone()
    };
    let on_action = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let assessment = use_memo(state.answers.clone(), assess);
    let steps = state.steps();
    let current = state.current();
    let focus = state.touched;

    let (body, announcement) = if state.shows_emergency() {
        let body = html! {
            <EmergencyResult assessment={(*assessment).clone()} focus={focus}
                on_action={on_action.clone()} />
        };
        (
            body,
            ui.tf("ui.result.level", &[("level", ui.t("level.emergency"))]),
        )
    } else {
        match current {
            Step::Result => {
                let title = ui.t(&format!("level.{}", assessment.level.id()));
                let body = html! {
                    <ResultPanel assessment={(*assessment).clone()} focus={focus}
                        on_action={on_action.clone()} />
                };
                (body, ui.tf("ui.result.level", &[("level", title)]))
            }
            step => {
                let invalid = if state.show_errors {
                    state.unanswered_here()
                } else {
                    Vec::new()
                };
                let body = html! {
                    <>
                        <Progress step={state.step + 1} total={steps.len()} />
                        <QuestionStep key={step.id()} step={step}
                            answers={state.answers.clone()} invalid={invalid}
                            rechecked={state.chest_rechecked}
                            can_go_back={state.step > 0}
                            last={steps.get(state.step + 1) == Some(&Step::Result)}
                            focus={focus} on_action={on_action.clone()} />
                    </>
                };
                (body, String::new())
            }
        }
    };
    let level = assessment.level;
    html! {
        <ContextProvider<Ui> context={ui.clone()}>
            <div class="sc-app" lang={ui.lang.tag()}
                data-emergency={(level == Level::Emergency).then_some("true")}>
                <header class="sc-header">
                    <div class="sc-header__top">
                        <h1 class="sc-header__title">{ ui.t("ui.title") }</h1>
                        <LanguageSwitch on_change={on_lang} />
                    </div>
                    <div class="sc-header__help">
                        <span class="sc-header__label">{ ui.t("ui.emergency_bar") }</span>
                        <EmergencyNumbers compact=true />
                    </div>
                </header>
                if state.step == 0 && !state.shows_emergency() {
                    <p class="sc-intro">{ ui.t("ui.intro") }</p>
                }
                { body }
                <div class="sc-visually-hidden" role="status" aria-live="polite">
                    { announcement }
                </div>
            </div>
        </ContextProvider<Ui>>
    }
}

/// The language to start in: the host's choice, then `<html lang>`, then the browser's.
pub fn page_lang(document: &web_sys::Document, host: Option<&str>) -> Lang {
    let page = document.document_element().map(|e| e.get_attribute("lang"));
    let browser: Vec<String> = web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    pick_lang(
        host,
        page.flatten().as_deref(),
        browser.iter().map(String::as_str),
    )
}

/// A number for each app instance on the page, counting from 0.
fn next_instance() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    COUNT.fetch_add(1, Ordering::Relaxed)
}

/// What a person sees if the app stops: the emergency numbers, which work without it.
const FALLBACK_HTML: &str = "<div class=\"sc-static\" role=\"alert\"><p><strong>Sorry, the \
self-check stopped working.</strong> Please reload the page.</p><p>In an emergency, call now:</p>\
<p class=\"sc-numbers\"><a class=\"sc-number\" href=\"tel:112\">112</a> \
<a class=\"sc-number\" href=\"tel:108\">108</a></p></div>";

/// Mounts the app into `#spasm-check`, replacing the static fallback once it runs. If the
/// app panics, the fallback message with the emergency numbers takes its place.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document.get_element_by_id("spasm-check") else {
        return;
    };
    let panic_root = root.clone();
    std::panic::set_hook(Box::new(move |_| panic_root.set_inner_html(FALLBACK_HTML)));
    let Ok(mount) = document.create_element("div") else {
        return;
    };
    mount.set_class_name("sc-mount");
    if root.append_child(&mount).is_err() {
        return;
    }
    yew::Renderer::<App>::with_root_and_props(mount.unchecked_into(), AppProps::default()).render();
    if let Some(fallback) = document.get_element_by_id("sc-static") {
        fallback.remove();
    }
}
