//! The emergency numbers as large `tel:` links.

use yew::prelude::*;

use super::use_ui;

/// Props of [`EmergencyNumbers`].
#[derive(Properties, PartialEq)]
pub struct EmergencyNumbersProps {
    /// Smaller links, for the bar at the top of every step.
    #[prop_or_default]
    pub compact: bool,
}

/// One `tel:` link per emergency number, each with what the number is for when known.
#[component]
pub fn EmergencyNumbers(props: &EmergencyNumbersProps) -> Html {
    let ui = use_ui();
    let class = classes!("sc-numbers", props.compact.then_some("sc-numbers--compact"));
    html! {
        <ul class={class} role="list">
            { for ui.numbers.iter().map(|number| {
                let what = crate::content::lookup(ui.lang, &format!("ui.number.{number}"));
                // The name starts with the words shown, "112 Emergency", which voice control
                // users say to follow the link (WCAG 2.5.3), then what the link does.
                let call = ui.tf("ui.call", &[("number", number)]);
                let label = match what {
                    Some(what) => format!("{number} {what}, {call}"),
                    None => call,
                };
                html! {
                    <li key={number.to_string()}>
                        <a class="sc-number" href={format!("tel:{number}")} aria-label={label}>
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
