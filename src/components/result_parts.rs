//! Parts that the result screens share (the result, the emergency screen and the static
//! step's emergency result): the banner with the level, a section with its heading, what to do
//! now, why, the emergency signs with the numbers, the footer with the disclaimer, the content
//! version and the sources, and the buttons at the bottom.

use yew::prelude::*;

use super::emergency_numbers::emergency_numbers;
use super::icons::level_icon;
use super::Ui;
use crate::content;
use crate::engine::{Level, Reason, Section, Source, CONTENT_VERSION, Q, REVIEWED};
use crate::state::Action;

/// The sources of a rule or tip as one line, in the widget's language.
pub fn source_line(ui: &Ui, sources: &[Source]) -> String {
    sources
        .iter()
        .map(|s| content::source(ui.lang, *s))
        .collect::<Vec<_>>()
        .join("; ")
}

/// "Source: ..." under a reason or a tip.
pub fn source_note(ui: &Ui, sources: &[Source]) -> Html {
    html! {
        <p class="sc-source">
            { ui.tf("ui.result.source", &[("source", &source_line(ui, sources))]) }
        </p>
    }
}

/// The top of a result: the level's icon, "Result", and the level as the heading
/// (`heading_id`). With `focus` (the heading's ref, see `use_focus_on_mount`) the heading can
/// take focus.
pub fn banner(ui: &Ui, level: Level, heading_id: String, focus: Option<NodeRef>) -> Html {
    let focusable = focus.is_some().then_some("-1");
    html! {
        <div class="sc-result__banner">
            { level_icon(level) }
            <div>
                <p class="sc-result__kicker">{ ui.t("ui.result") }</p>
                <h2 class="sc-result__title" id={heading_id} tabindex={focusable}
                    ref={focus.unwrap_or_default()}>
                    { content::level(ui.lang, level) }
                </h2>
            </div>
        </div>
    }
}

/// A section of a result (`class` names which): its heading, then `body`.
pub fn section(class: &'static str, heading: impl Into<AttrValue>, body: Html) -> Html {
    html! {
        <section class={classes!("sc-result__section", class)}>
            <h3 class="sc-result__heading">{ heading.into() }</h3>
            { body }
        </section>
    }
}

/// "What to do now" for `level`, then `more`.
pub fn todo(ui: &Ui, level: Level, more: Html) -> Html {
    let numbers = ui.numbers_text();
    let todo = content::fill(
        content::level_todo(ui.lang, level),
        &[("numbers", &numbers)],
    );
    let body = html! {
        <>
            <p>{ todo }</p>
            { more }
        </>
    };
    section("sc-todo", ui.t("ui.result.todo"), body)
}

/// "Why we say this": each rule that fired, in words, with its source.
pub fn reasons(ui: &Ui, reasons: &[Reason]) -> Html {
    let body = if reasons.is_empty() {
        html! { <p>{ ui.t("ui.result.none") }</p> }
    } else {
        html! {
            <ul class="sc-list">
                { for reasons.iter().map(|r| html! {
                    <li key={r.id} class="sc-list__item" data-reason={r.id}
                        data-reason-level={r.level.id()}>
                        <p class="sc-list__text">{ content::reason(ui.lang, r.id) }</p>
                        { source_note(ui, r.sources) }
                    </li>
                }) }
            </ul>
        }
    };
    section("sc-why", ui.t("ui.result.why"), body)
}

/// The emergency signs and numbers, shown on every result.
pub fn emergency_signs(ui: &Ui) -> Html {
    let numbers = ui.numbers_text();
    let body = html! {
        <>
            <ul class="sc-signs__list">
                { for Q::in_section(Section::Emergency).map(|q| html! {
                    <li key={q.id()}>{ content::sign(ui.lang, q) }</li>
                }) }
            </ul>
            { emergency_numbers(ui, false) }
        </>
    };
    section(
        "sc-signs",
        ui.tf("ui.result.signs", &[("numbers", &numbers)]),
        body,
    )
}

/// The disclaimer, the content version and date, and every source.
pub fn result_footer(ui: &Ui) -> Html {
    html! {
        <footer class="sc-result__footer">
            <p class="sc-disclaimer">{ ui.t("ui.disclaimer") }</p>
            <p class="sc-version">
                { ui.tf("ui.version", &[("version", CONTENT_VERSION), ("date", REVIEWED)]) }
            </p>
            <details class="sc-sources">
                <summary>{ ui.t("ui.result.sources") }</summary>
                <ul>
                    { for Source::ALL.iter().map(|s| html! {
                        <li key={s.id()}>{ content::source(ui.lang, *s) }</li>
                    }) }
                </ul>
            </details>
        </footer>
    }
}

/// The buttons at the bottom of a step or a result.
pub fn nav(buttons: Html) -> Html {
    html! {
        <div class="sc-nav">{ buttons }</div>
    }
}

/// One of those buttons: `action` names it for tests and hosts (`data-action`), `primary`
/// marks the main way on.
pub fn nav_button(
    label: &'static str,
    action: &'static str,
    primary: bool,
    onclick: Callback<MouseEvent>,
) -> Html {
    button(label, action, primary, onclick, NodeRef::default(), None)
}

/// A button of the page (`sc-button`): `action` names it for tests and hosts (`data-action`),
/// `primary` marks the main way on, `expanded` is its `aria-expanded` (if it has one).
pub fn button(
    label: &'static str,
    action: &'static str,
    primary: bool,
    onclick: Callback<MouseEvent>,
    node: NodeRef,
    expanded: Option<&'static str>,
) -> Html {
    let class = if primary {
        "sc-button sc-button--primary"
    } else {
        "sc-button sc-button--secondary"
    };
    html! {
        <button type="button" class={class} data-action={action} aria-expanded={expanded}
            ref={node} onclick={onclick}>{ label }</button>
    }
}

/// A click that sends `action` to `on_action`.
pub fn send(on_action: &Callback<Action>, action: Action) -> Callback<MouseEvent> {
    on_action.reform(move |_| action.clone())
}
