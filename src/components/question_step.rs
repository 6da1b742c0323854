//! One step of questions: its heading, the questions, what is still missing, and the way on.

use std::rc::Rc;

use yew::prelude::*;

use super::question::{question, QuestionArgs};
use super::result_parts::{nav, nav_button};
use super::Ui;
use crate::content;
use crate::engine::{Answers, Q};
use crate::hooks::{use_focus_on_mount, use_focus_when};
use crate::state::{Action, Step};

/// Props of [`QuestionStep`].
#[derive(Properties, PartialEq)]
pub struct QuestionStepProps {
    /// This widget's language, numbers, links and id prefix.
    pub ui: Ui,
    /// The step shown (a section, or the chest-pain check).
    pub step: Step,
    /// All answers so far.
    pub answers: Rc<Answers>,
    /// Questions on this step to mark as needing an answer (empty: none marked).
    pub invalid: Vec<Q>,
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
    use_focus_on_mount(heading.clone(), props.focus);
    // When Next finds unanswered questions, the summary takes focus and is read out.
    use_focus_when(errors.clone(), !props.invalid.is_empty());
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
    html! {
        <section class="sc-step" data-step={props.step.id()} aria-labelledby={heading_id.clone()}>
            <h2 class="sc-step__title" id={heading_id} tabindex="-1" ref={heading}>{ title }</h2>
            <p class="sc-step__intro">{ intro }</p>
            if !props.invalid.is_empty() {
                <div class="sc-errors" role="alert" tabindex="-1" ref={errors}>
                    <p class="sc-errors__title">{ ui.t("ui.errors.title") }</p>
                    <ul class="sc-errors__list">
                        { for props.invalid.iter().map(|q| html! {
                            <li key={q.id()}>{ content::question(ui.lang, *q) }</li>
                        }) }
                    </ul>
                </div>
            }
            <div class="sc-step__questions">
                { for props.step.questions().map(|q| {
                    let shown = !recheck || props.rechecked;
                    html! {
                        { question(ui, &QuestionArgs {
                            question: q,
                            answer: shown.then(|| props.answers.get(q).cloned()).flatten(),
                            invalid: props.invalid.contains(&q),
                            on_answer: props.on_action.clone(),
                            prerender: props.prerender,
                        }) }
                    }
                }) }
            </div>
            { nav(html! {
                <>
                    if props.can_go_back {
                        { nav_button(ui.t("ui.back"), "back", false, on_action.reform(|_| Action::Back)) }
                    }
                    { nav_button(next, "next", true, on_action.reform(|_| Action::Next)) }
                    if props.prerender {
                        // Without JavaScript, CSS shows this instead of the button above.
                        <details class="sc-nojs-next">
                            <summary class="sc-button sc-button--primary">{ ui.t("ui.next") }</summary>
                            <p class="sc-callout">{ ui.t("ui.static.needs_js") }</p>
                        </details>
                    }
                </>
            }) }
            if props.prerender {
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
