//! Parts that every result shows: why, the emergency signs with the numbers, and the footer
//! with the disclaimer, the content version and the sources.

use yew::prelude::*;

use super::emergency_numbers::emergency_numbers;
use super::Ui;
use crate::engine::{Reason, Section, Source, CONTENT_VERSION, Q, REVIEWED};

/// The sources of a rule or tip as one line, in the widget's language.
pub fn source_line(ui: &super::Ui, sources: &[Source]) -> String {
    sources
        .iter()
        .map(|s| source_title(ui, *s))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A source's citation in the widget's language.
pub fn source_title(ui: &super::Ui, source: Source) -> &'static str {
    ui.t(&format!("source.{}", source.id()))
}

/// "Why we say this": each rule that fired, in words, with its source.
pub fn reasons(ui: &Ui, reasons: &[Reason]) -> Html {
    html! {
        <section class="sc-result__section sc-why">
            <h3 class="sc-result__heading">{ ui.t("ui.result.why") }</h3>
            if reasons.is_empty() {
                <p>{ ui.t("ui.result.none") }</p>
            } else {
                <ul class="sc-list">
                    { for reasons.iter().map(|r| html! {
                        <li key={r.id} class="sc-list__item" data-reason={r.id}
                            data-reason-level={r.level.id()}>
                            <p class="sc-list__text">{ ui.t(&format!("reason.{}", r.id)) }</p>
                            <p class="sc-source">
                                { ui.tf("ui.result.source", &[("source", &source_line(ui, r.sources))]) }
                            </p>
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

/// The emergency signs and numbers, shown on every result.
pub fn emergency_signs(ui: &Ui) -> Html {
    let numbers = ui.numbers_text();
    html! {
        <section class="sc-result__section sc-signs">
            <h3 class="sc-result__heading">
                { ui.tf("ui.result.signs", &[("numbers", &numbers)]) }
            </h3>
            <ul class="sc-signs__list">
                { for Q::in_section(Section::Emergency).map(|q| html! {
                    <li key={q.id()}>{ ui.t(&format!("sign.{}", q.id())) }</li>
                }) }
            </ul>
            { emergency_numbers(ui, false) }
        </section>
    }
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
                        <li key={s.id()}>{ source_title(ui, *s) }</li>
                    }) }
                </ul>
            </details>
        </footer>
    }
}
