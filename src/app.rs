//! The app: one reducer for the state, the current step or result, the language, the
//! opt-in remembering, and the result events for the host page.
//!
//! The same component, rendered at build time with `prerender` (see `src/bin/prerender.rs`),
//! is the first step that pages show before the WebAssembly arrives. When the app starts it
//! takes over from that static step: it starts from the answers ticked there ([`Takeover`]).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::emergency_numbers::emergency_numbers;
use crate::components::emergency_result::EmergencyResult;
use crate::components::language_switch::language_switch;
use crate::components::progress::progress;
use crate::components::question_step::QuestionStep;
use crate::components::remember::{remember_switch, RememberHandle};
use crate::components::result_panel::ResultPanel;
use crate::components::static_emergency::static_emergency;
use crate::components::Ui;
use crate::content::{pick_lang, Lang};
use crate::engine::{assess, Answers, Level, Q};
use crate::state::{Action, State, Step};

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Language, numbers, host links and id prefix of this instance.
    #[prop_or_default]
    pub ui: Ui,
    /// Told whenever the assessment changes, and when a result is on screen.
    #[prop_or_default]
    pub on_result: Option<Callback<ResultEvent>>,
    /// Render the first step as static HTML for the page (build time only): with the emergency
    /// result that CSS shows when a danger sign is ticked, and the note for browsers without
    /// JavaScript.
    #[prop_or_default]
    pub prerender: bool,
    /// What the person did on the static first step before the app started.
    #[prop_or_default]
    pub takeover: Option<Takeover>,
}

/// What the person did on the static first step before the app started.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Takeover {
    /// The answers ticked.
    pub answers: Answers,
    /// The answer control that had keyboard focus: its question and value.
    pub focus: Option<(Q, &'static str)>,
}

/// What the host page may learn: ids only, never answers or free text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultEvent {
    /// The level id.
    pub level: &'static str,
    /// The ids of the rules that fired.
    pub reasons: Vec<&'static str>,
    /// The ids of the tips shown.
    pub tips: Vec<&'static str>,
    /// Whether every question is answered.
    pub complete: bool,
    /// True when the result (or the emergency screen) is on screen.
    pub is_final: bool,
}

/// The whole self-check.
#[component]
pub fn App(props: &AppProps) -> Html {
    let state =
        use_reducer(|| State::starting_with(props.takeover.as_ref().map(|t| t.answers.clone())));
    // Ids and radio names must be unique when several widgets share a page.
    let instance = use_state(next_instance);
    // The person's choice of language wins until the host changes its own.
    let (lang, on_lang) = use_language(props.ui.lang);
    let ui = Ui {
        lang,
        prefix: match *instance {
            _ if props.prerender => props.ui.prefix.clone(),
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
    // Taking over from the static first step: the control that had focus keeps it (the step's
    // heading does not take it), unless an emergency answer replaced the step.
    let root = use_node_ref();
    let taking_over = use_mut_ref(|| props.takeover.is_some());
    let first_render = *taking_over.borrow();
    {
        let (root, taking_over) = (root.clone(), taking_over.clone());
        let target = props
            .takeover
            .as_ref()
            .and_then(|t| t.focus)
            .map(|(q, value)| format!("#{}-{value}", ui.id(&["q", q.id()])));
        use_effect_with((), move |_| {
            *taking_over.borrow_mut() = false;
            let el =
                target.and_then(|id| root.cast::<web_sys::Element>()?.query_selector(&id).ok()?);
            if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
            }
        });
    }

    // From the memoised assessment: the same as `state.shows_emergency()`, without assessing again.
    let emergency = !state.reviewing && assessment.level == Level::Emergency;
    let (body, announcement) = if emergency {
        let body = html! {
            <EmergencyResult ui={ui.clone()} assessment={(*assessment).clone()} focus={focus}
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
                    <ResultPanel ui={ui.clone()} assessment={(*assessment).clone()} answers={state.answers.clone()}
                        focus={focus}
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
                        { progress(&ui, state.step + 1, steps.len()) }
                        if props.prerender {
                            { static_emergency(&ui) }
                        }
                        <QuestionStep key={step.id()} ui={ui.clone()} step={step}
                            answers={state.answers.clone()} invalid={invalid}
                            rechecked={state.chest_rechecked}
                            can_go_back={state.step > 0}
                            last={steps.get(state.step + 1) == Some(&Step::Result)}
                            focus={focus && !first_render} prerender={props.prerender}
                            on_action={on_action.clone()} />
                    </>
                };
                (body, String::new())
            }
        }
    };
    let remember = use_remember(&state, props.takeover.as_ref().map(|t| &t.answers));
    let is_final = emergency || current == Step::Result;
    {
        // Tell the host about each change once the person has started, and at the result.
        let on_result = props.on_result.clone();
        let touched = state.touched;
        use_effect_with((assessment.clone(), is_final), move |(a, is_final)| {
            if let (Some(cb), true) = (on_result, touched) {
                cb.emit(ResultEvent {
                    level: a.level.id(),
                    reasons: a.reasons.iter().map(|r| r.id).collect(),
                    tips: a.tips.iter().map(|t| t.id()).collect(),
                    complete: a.complete,
                    is_final: *is_final,
                });
            }
        });
    }
    let level = assessment.level;
    html! {
        <div class="sc-app" lang={ui.lang.tag()} ref={root}
            data-prerendered={props.prerender.then_some("true")}
            data-emergency={(level == Level::Emergency).then_some("true")}>
            <header class="sc-header">
                <div class="sc-header__top">
                    <h1 class="sc-header__title">{ ui.t("ui.title") }</h1>
                    { language_switch(&ui, &on_lang) }
                </div>
                <div class="sc-header__help">
                    <span class="sc-header__label">{ ui.t("ui.emergency_bar") }</span>
                    { emergency_numbers(&ui, true) }
                </div>
            </header>
            if state.step == 0 && !emergency && !ui.compact {
                <p class="sc-intro">{ ui.t("ui.intro") }</p>
            }
            { body }
            { remember_switch(&ui, &remember) }
            <div class="sc-visually-hidden" role="status" aria-live="polite">
                { announcement }
            </div>
        </div>
    }
}

/// The language shown, and the way to change it: the host's language (`host`) at first and
/// whenever the host changes it, else the person's choice. A language whose words are not here
/// yet is downloaded first (the widget's own file; the request carries nothing the person
/// entered), and the page changes language once it has arrived.
#[hook]
fn use_language(host: Lang) -> (Lang, Callback<Lang>) {
    let lang = use_state_eq(|| {
        if host.is_loaded() {
            host
        } else {
            Lang::ALL
                .iter()
                .copied()
                .find(|l| l.is_loaded())
                .unwrap_or(host)
        }
    });
    let choose = {
        let lang = lang.clone();
        Callback::from(move |wanted: Lang| {
            if wanted.is_loaded() {
                lang.set(wanted);
            } else {
                // (Native builds, the prerenderer's, have every language.)
                #[cfg(target_arch = "wasm32")]
                {
                    let lang = lang.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        if crate::embed::fetch_language(wanted).await {
                            lang.set(wanted);
                        }
                    });
                }
            }
        })
    };
    {
        let choose = choose.clone();
        use_effect_with(host, move |host| choose.emit(*host));
    }
    (*lang, choose)
}

/// Reads saved answers once (they exist only if the person opted in), writes them on each
/// change while remembering is on, and deletes them when it is turned off or forgotten.
/// Answers given on the static first step are newer than saved ones, so they win.
#[hook]
fn use_remember(state: &UseReducerHandle<State>, newer: Option<&Answers>) -> RememberHandle {
    use crate::storage::{decode, encode, Loaded, KEY};
    let on = use_state_eq(|| false);
    let note = use_state_eq(|| None::<&'static str>);
    {
        let (on, note, state) = (on.clone(), note.clone(), state.clone());
        let newer = newer.cloned();
        use_effect_with((), move |_| {
            let saved = storage().and_then(|s| s.get_item(KEY).ok().flatten());
            match decode(saved.as_deref()) {
                Loaded::Nothing => {}
                Loaded::Restored(mut answers) => {
                    for (q, answer) in newer.iter().flat_map(Answers::iter) {
                        let _ = answers.set(q, answer.clone());
                    }
                    on.set(true);
                    note.set(Some("ui.remember.restored"));
                    state.dispatch(Action::Restore(answers));
                }
                loaded => {
                    if let Some(s) = storage() {
                        let _ = s.remove_item(KEY);
                    }
                    note.set(Some(if loaded == Loaded::Old {
                        "ui.remember.old"
                    } else {
                        "ui.remember.damaged"
                    }));
                }
            }
        });
    }
    {
        let answers = state.answers.clone();
        use_effect_with((*on, answers), move |(on, answers)| {
            if *on {
                if let Some(s) = storage() {
                    let _ = s.set_item(KEY, &encode(answers));
                }
            }
        });
    }
    let forget = {
        let (on, note) = (on.clone(), note.clone());
        move |message: Option<&'static str>| {
            if let Some(s) = storage() {
                let _ = s.remove_item(KEY);
            }
            on.set(false);
            note.set(message);
        }
    };
    let on_toggle = {
        let (on, forget) = (on.clone(), forget.clone());
        Callback::from(move |checked: bool| {
            if checked {
                on.set(true);
            } else {
                forget(None);
            }
        })
    };
    let on_forget = Callback::from(move |_| forget(Some("ui.remember.forgotten")));
    RememberHandle {
        on: *on,
        note: *note,
        on_toggle,
        on_forget,
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language to start in: the host's choice, then `<html lang>` (when `page_counts`), then
/// the browser's.
pub fn page_lang(document: &web_sys::Document, host: Option<&str>, page_counts: bool) -> Lang {
    let page = document
        .document_element()
        .filter(|_| page_counts)
        .map(|e| e.get_attribute("lang"));
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
