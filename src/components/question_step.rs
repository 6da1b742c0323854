//! One step of questions: its heading, the questions (with the gates before the long
//! checklists), what is still missing, "no to the rest" on the two sign steps, and the way on.

use std::rc::Rc;

use yew::prelude::*;

use super::gate::{gate, GateArgs};
use super::question::{question, rest_no_icon, QuestionArgs};
use super::result_parts::{nav, nav_button, send};
use super::Ui;
use crate::content;
use crate::engine::{Answers, Flag, Q};
use crate::hooks::{use_focus_on_appear, use_focus_on_mount, use_focus_when};
use crate::state::{gate_index, Action, QSet, Step};

/// Props of [`QuestionStep`].
#[derive(Properties, PartialEq)]
pub struct QuestionStepProps {
    /// This widget's language, numbers, links and id prefix.
    pub ui: Ui,
    /// The step shown (a section, or the chest-pain check).
    pub step: Step,
    /// All answers so far.
    pub answers: Rc<Answers>,
    /// Questions on this step to mark as needing an answer (empty: none marked). A checklist
    /// whose gate shows nothing yet is marked on its gate.
    pub invalid: Vec<Q>,
    /// What each gate shows, in the order of `state::GATED` (`State::gates_shown`).
    #[prop_or_default]
    pub gates: [Option<Flag>; 2],
    /// On the two sign steps, how many signs "no to the rest" would answer (`None`: the step
    /// has no such button).
    #[prop_or_default]
    pub rest_no_left: Option<usize>,
    /// How many signs "no to the rest" answered on this visit (`None`: not used).
    #[prop_or_default]
    pub rest_no_done: Option<usize>,
    /// The signs whose No "no to the rest" gave (shown with a mark).
    #[prop_or_default]
    pub marked: QSet,
    /// The questions whose "What counts?" shows open (`State::fold_open`).
    #[prop_or_default]
    pub open: QSet,
    /// On the chest-pain check, whether the question was answered again already.
    #[prop_or_default]
    pub rechecked: bool,
    /// Whether there is a step before this one.
    pub can_go_back: bool,
    /// Whether the next step is the result.
    pub last: bool,
    /// Whether the heading takes focus when the step appears.
    pub focus: bool,
    /// Called with each action.
    pub on_action: Callback<Action>,
    /// The static first step (build time): with what Next does before the app runs.
    #[prop_or_default]
    pub prerender: bool,
}

/// The questions of one step, with Back and Next.
#[component]
pub fn QuestionStep(props: &QuestionStepProps) -> Html {
    let ui = &props.ui;
    let heading = use_node_ref();
    let errors = use_node_ref();
    let done = use_node_ref();
    use_focus_on_mount(heading.clone(), props.focus);
    // When Next finds unanswered questions, the summary takes focus and is read out.
    use_focus_when(errors.clone(), !props.invalid.is_empty());
    // After "no to the rest", the line that says what it did takes focus and is read out (not
    // when the app takes over a step where it was used before: focus stays where it was).
    use_focus_on_appear(done.clone(), props.rest_no_done.is_some());
    // A gated checklist's gate, with what it shows.
    let gate_of = |q: Q| gate_index(q).map(|i| props.gates[i]);
    // A checklist behind a gate shows when the gate says Yes or Not sure.
    let list_shown =
        |q: Q| gate_of(q).is_none_or(|chosen| matches!(chosen, Some(Flag::Yes | Flag::Unsure)));
    let (title, intro) = match props.step {
        Step::Questions(section) => (
            content::section(ui.lang, section),
            content::section_intro(ui.lang, section),
        ),
        _ => (ui.t("ui.recheck"), ui.t("ui.recheck.intro")),
    };
    let heading_id = ui.id(&["step", props.step.id()]);
    let on_action = &props.on_action;
    let next = if props.last {
        ui.t("ui.see_result")
    } else {
        ui.t("ui.next")
    };
    let recheck = props.step == Step::ChestRecheck;
    let prerender = super::prerendering(props.prerender);
    html! {
        <section class="sc-step" data-step={props.step.id()} aria-labelledby={heading_id.clone()}>
            <h2 class="sc-step__title" id={heading_id} tabindex="-1" ref={heading}>{ title }</h2>
            <p class="sc-step__intro">{ intro }</p>
            if !props.invalid.is_empty() {
                <div class="sc-errors" role="alert" tabindex="-1" ref={errors}>
                    <p class="sc-errors__title">{ ui.t("ui.errors.title") }</p>
                    <ul class="sc-errors__list">
                        { for props.invalid.iter().map(|&q| html! {
                            <li key={q.id()}>
                                if list_shown(q) {
                                    { content::question(ui.lang, q) }
                                } else {
                                    { content::gate(ui.lang, q) }
                                }
                            </li>
                        }) }
                    </ul>
                </div>
            }
            <div class="sc-step__questions">
                { for props.step.questions().map(|q| {
                    let shown = !recheck || props.rechecked;
                    let answer = shown.then(|| props.answers.get(q).cloned()).flatten();
                    let invalid = props.invalid.contains(&q);
                    html! {
                        <>
                            if let Some(chosen) = gate_of(q) {
                                { gate(ui, &GateArgs {
                                    question: q,
                                    chosen,
                                    invalid: invalid && !list_shown(q),
                                    on_answer: props.on_action.clone(),
                                }) }
                            }
                            if list_shown(q) {
                                { question(ui, &QuestionArgs {
                                    question: q,
                                    open: props.open.contains(q),
                                    marked: shown && props.marked.contains(q),
                                    answer,
                                    invalid,
                                    on_answer: props.on_action.clone(),
                                    prerender,
                                }) }
                            }
                        </>
                    }
                }) }
            </div>
            if let Some(left) = props.rest_no_left {
                <div class="sc-rest-no">
                    if left > 0 || prerender {
                        { rest_no_button(ui, left, prerender, on_action) }
                    }
                    if let Some(n) = props.rest_no_done {
                        <p class="sc-callout sc-callout--info sc-rest-no__done" ref={done}
                            data-rest-no-done={n.to_string()} role="status" tabindex="-1">
                            { rest_no_icon() }
                            { done_text(ui, n) }
                        </p>
                    }
                </div>
            }
            { nav(html! {
                <>
                    if props.can_go_back {
                        { nav_button(ui.t("ui.back"), "back", false, send(on_action, Action::Back)) }
                    }
                    { nav_button(next, "next", true, send(on_action, Action::Next)) }
                    if prerender {
                        // Without JavaScript, CSS shows this instead of the button above.
                        <details class="sc-nojs-next">
                            <summary class="sc-button sc-button--primary">{ ui.t("ui.next") }</summary>
                            <p class="sc-callout">{ ui.t("ui.static.needs_js") }</p>
                        </details>
                    }
                </>
            }) }
            if prerender {
                // Shown by the loader when Next is pressed before the app has started.
                <p class="sc-callout sc-static-note" data-static-note="loading" hidden=true>
                    { ui.t("ui.static.loading") }
                </p>
                <p class="sc-callout sc-static-note" data-static-note="failed" hidden=true>
                    { ui.t("ui.static.failed") }
                </p>
            }
        </section>
    }
}

/// "Answer No to the 7 signs left" (`left` signs). On the static first step it is hidden until
/// the loader, which does what it does there before the app runs, shows it (without
/// JavaScript it never shows), and it carries the words the loader needs.
/// What "no to the rest" did: `n` signs answered No.
fn done_text(ui: &Ui, n: usize) -> String {
    if n == 1 {
        ui.t("ui.rest_no.done.one").to_owned()
    } else {
        ui.tf("ui.rest_no.done", &[("n", &n.to_string())])
    }
}

fn rest_no_button(ui: &Ui, left: usize, prerender: bool, on_action: &Callback<Action>) -> Html {
    let label = if left == 1 {
        ui.t("ui.rest_no.one").to_owned()
    } else {
        ui.tf("ui.rest_no", &[("n", &left.to_string())])
    };
    // (Only the static step, rendered at build time, needs them: not the app's code.)
    let text = |key: &str| prerender.then(|| AttrValue::from(ui.t(key)));
    html! {
        <button type="button" class="sc-button sc-button--secondary sc-rest-no__button"
            data-action="rest-no" hidden={prerender}
            data-text-one={text("ui.rest_no.one")} data-text-many={text("ui.rest_no")}
            data-text-done={text("ui.rest_no.done")} data-text-done-one={text("ui.rest_no.done.one")}
            data-text-mark={text("ui.rest_no.marked")}
            onclick={send(on_action, Action::RestNo)}>
            { label }
        </button>
    }
}
