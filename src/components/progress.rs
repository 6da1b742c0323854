//! Where the person is in the self-check.

use yew::prelude::*;

use super::use_ui;

/// Props of [`Progress`].
#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// The current step, counting from 1.
    pub step: usize,
    /// How many steps there are, the result included.
    pub total: usize,
}

/// "Step 2 of 5" in words and as a bar.
#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let ui = use_ui();
    let label = ui.tf(
        "ui.progress",
        &[
            ("n", &props.step.to_string()),
            ("total", &props.total.to_string()),
        ],
    );
    html! {
        <div class="sc-progress">
            <p class="sc-progress__label">{ label.clone() }</p>
            <progress class="sc-progress__bar" max={props.total.to_string()}
                value={props.step.to_string()} aria-label={label} />
        </div>
    }
}
