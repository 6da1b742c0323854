//! The app: one reducer for the state, the screen it shows (a step, the emergency screen or
//! the result: [`State::screen`]), and the result events for the host page. The language, the
//! opt-in remembering and the focus come from `crate::hooks`.
//!
//! The same component, rendered at build time with `prerender` (see `src/bin/prerender.rs`),
//! is the first step that pages show before the WebAssembly arrives. When the app starts it
//! takes over from that static step: it starts from the answers ticked there ([`Takeover`]).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::emergency_numbers::emergency_numbers;
use crate::components::emergency_result::EmergencyResult;
use crate::components::language_switch::language_switch;
use crate::components::progress::progress;
use crate::components::question_step::QuestionStep;
use crate::components::remember::remember_switch;
use crate::components::result_panel::ResultPanel;
use crate::components::static_emergency::static_emergency;
use crate::components::Ui;
use crate::content;
use crate::engine::{assess, Answers, Level, Q};
use crate::hooks::{use_language, use_remember, use_takeover_focus};
use crate::state::{Action, QSet, Screen, State, Step};

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
    /// The control that had keyboard focus, as a selector that finds the same control in the
    /// app (built from the DOM contract: `data-question` and answer values, `data-more`,
    /// `data-action`, `data-lang`, `data-rest-no-done`).
    pub focus: Option<String>,
    /// Next was pressed before the app started: the app goes on as if pressed in it.
    pub next: bool,
    /// Each "What counts?" fold of the step, and whether it was open.
    pub folds: Vec<(Q, bool)>,
    /// The signs answered by "no to the rest" there (and not changed since).
    pub rest_no_marked: QSet,
    /// How many signs "no to the rest" answered there, if it was used (its line showed).
    pub rest_no_done: Option<usize>,
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
    let state = use_reducer(|| {
        let start = State::starting_with(props.takeover.as_ref().map(|t| t.answers.clone()));
        match &props.takeover {
            Some(t) => {
                let start = State {
                    rest_no_marked: t.rest_no_marked,
                    rest_no_done: t.rest_no_done,
                    ..start
                }
                .holding_folds(&t.folds);
                if t.next {
                    start.apply(Action::Next)
                } else {
                    start
                }
            }
            None => start,
        }
    });
    // Ids and radio names must be unique when several widgets share a page.
    let instance = use_state(next_instance);
    // The person's choice of language wins until the host changes its own.
    let (lang, on_lang) = use_language(props.ui.lang);
    let prerender = crate::components::prerendering(props.prerender);
    let ui = Ui {
        lang,
        prefix: match *instance {
            _ if prerender => props.ui.prefix.clone(),
            0 => props.ui.prefix.clone(),
            n => format!("{}{n}", props.ui.prefix).into(),
        },
        ..props.ui.clone()
    };
    let on_action = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    // Made once per change and shared with the screens, not copied for each render.
    let answers: Rc<Answers> = use_memo(state.answers.clone(), Answers::clone);
    let assessment = use_memo(answers.clone(), |answers| assess(answers));
    let focus = state.touched;
    // Taking over from the static first step: the control that had focus keeps it (the step's
    // heading does not take it), unless an emergency answer replaced the step.
    let root = use_node_ref();
    // (After a Next pressed before the app started, focus moves on as after any Next.)
    let restoring = props.takeover.as_ref().filter(|t| !t.next);
    let first_render = use_takeover_focus(
        root.clone(),
        restoring.is_some(),
        restoring.and_then(|t| t.focus.clone()),
    );
    let screen = state.screen(&assessment);
    let body = match screen {
        Screen::Emergency => html! {
            <EmergencyResult ui={ui.clone()} assessment={assessment.clone()}
                answers={answers.clone()} focus={focus} on_action={on_action.clone()} />
        },
        Screen::Result => html! {
            <ResultPanel ui={ui.clone()} assessment={assessment.clone()} answers={answers.clone()}
                focus={focus} on_action={on_action.clone()} />
        },
        Screen::Step(step) => {
            // The answer a question shows: on the chest-pain check, none until it is given there.
            let shown = |q| {
                (step != Step::ChestRecheck || state.chest_rechecked)
                    .then(|| answers.get(q))
                    .flatten()
            };
            let invalid = if state.show_errors {
                state.unanswered_here()
            } else {
                Vec::new()
            };
            html! {
                <>
                    { progress(&ui, state.step + 1, state.step_count()) }
                    if prerender {
                        { static_emergency(&ui) }
                    }
                    <QuestionStep key={step.id()} ui={ui.clone()} step={step}
                        answers={answers.clone()} invalid={invalid}
                        gates={state.gates_shown()}
                        rest_no_left={state.rest_no_left().map(|left| left.len())}
                        rest_no_done={state.rest_no_done}
                        marked={state.rest_no_marked}
                        open={step.questions().filter(|&q| state.fold_open(q, shown(q))).collect::<QSet>()}
                        rechecked={state.chest_rechecked}
                        can_go_back={state.step > 0}
                        last={state.steps().nth(state.step + 1) == Some(Step::Result)}
                        focus={focus && !first_render} prerender={prerender}
                        on_action={on_action.clone()} />
                </>
            }
        }
    };
    // The emergency screen and the result are final, and announced.
    let is_final = !matches!(screen, Screen::Step(_));
    let announcement = if is_final {
        let level = content::level(ui.lang, assessment.level);
        ui.tf("ui.result.level", &[("level", level)])
    } else {
        String::new()
    };
    let remember = use_remember(&state, props.takeover.as_ref().map(|t| &t.answers));
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
            data-prerendered={prerender.then_some("true")}
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
            if state.step == 0 && screen != Screen::Emergency && !ui.compact {
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

/// A number for each app instance on the page, counting from 0.
fn next_instance() -> usize {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    COUNT.fetch_add(1, Ordering::Relaxed)
}
