//! One step of questions: its heading, the questions, what is still missing, and the way on.

use yew::prelude::*;

use super::question::{question, QuestionArgs};
use super::{use_focus_on_mount, Ui};
use crate::engine::{Answers, Q};
use crate::state::{Action, Step};

/// Props of [`QuestionStep`].
#[derive(Properties, PartialEq)]
pub struct QuestionStepProps {
    /// This widget's language, numbers, links and id prefix.
    pub ui: Ui,
    /// The step shown (a section, or the chest-pain check).
    pub step: Step,
    /// All answers so far.
    pub answers: Answers,
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
    {
        // When Next finds unanswered questions, the summary takes focus and is read out.
        let errors = errors.clone();
        let shown = !props.invalid.is_empty();
        use_effect_with(shown, move |shown| {
            if *shown {
                if let Some(el) = errors.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let (title, intro) = match props.step {
        Step::Questions(section) => (
            ui.t(&format!("section.{}", section.id())),
            ui.t(&format!("section.{}.intro", section.id())),
        ),
        _ => (ui.t("ui.recheck"), ui.t("ui.recheck.intro")),
    };
    let heading_id = ui.id(&["step", props.step.id()]);
    let on = |action: Action| super::send(&props.on_action, action);
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
                            <li key={q.id()}>{ ui.t(&format!("q.{}", q.id())) }</li>
                        }) }
                    </ul>
                </div>
            }
            <div class="sc-step__questions">
                { for props.step.questions().into_iter().map(|q| {
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
            <div class="sc-nav">
                if props.can_go_back {
                    <button type="button" class="sc-button sc-button--secondary"
                        data-action="back" onclick={on(Action::Back)}>{ ui.t("ui.back") }</button>
                }
                <button type="button" class="sc-button sc-button--primary"
                    data-action="next" onclick={on(Action::Next)}>
                    { if props.last { ui.t("ui.see_result") } else { ui.t("ui.next") } }
                </button>
                if props.prerender {
                    // Without JavaScript, CSS shows this instead of the button above.
                    <details class="sc-nojs-next">
                        <summary class="sc-button sc-button--primary">{ ui.t("ui.next") }</summary>
                        <p class="sc-callout">{ ui.t("ui.static.needs_js") }</p>
                    </details>
                }
            </div>
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
