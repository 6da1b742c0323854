//! The emergency numbers as large `tel:` links.

use yew::prelude::*;

use super::Ui;

/// One `tel:` link per emergency number, each with what the number is for when known;
/// `compact` makes the links smaller, for the bar at the top of every step.
pub fn emergency_numbers(ui: &Ui, compact: bool) -> Html {
    let class = classes!("sc-numbers", compact.then_some("sc-numbers--compact"));
    html! {
        <ul class={class} role="list">
            { for ui.numbers.iter().map(|number| {
                let what = crate::content::number(ui.lang, number);
                // The name starts with the words shown, "112 Emergency", which voice control
                // users say to follow the link (WCAG 2.5.3), then what the link does.
                let call = ui.tf("ui.call", &[("number", number)]);
                let label = match what {
                    Some(what) => super::concat(&[number, " ", what, ", ", &call]),
                    None => call,
                };
                html! {
                    <li key={number.to_string()}>
                        <a class="sc-number" href={super::concat(&["tel:", number])} aria-label={label}>
                            <span class="sc-number__digits">{ number.clone() }</span>
                            if let Some(what) = what {
                                { " " }
                                <span class="sc-number__what">{ what }</span>
                            }
                        </a>
                    </li>
                }
            }) }
        </ul>
    }
}
