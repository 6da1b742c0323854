//! Where the person is in the self-check.

use yew::prelude::*;

use super::Ui;

/// "Step 2 of 5" in words and as a bar: `step` counts from 1, `total` includes the result.
pub fn progress(ui: &Ui, step: usize, total: usize) -> Html {
    let label = ui.tf(
        "ui.progress",
        &[("n", &step.to_string()), ("total", &total.to_string())],
    );
    html! {
        <div class="sc-progress">
            <p class="sc-progress__label">{ label.clone() }</p>
            <progress class="sc-progress__bar" max={total.to_string()}
                value={step.to_string()} aria-label={label} />
        </div>
    }
}
