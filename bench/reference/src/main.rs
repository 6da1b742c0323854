//! The minimal Yew 0.23 app of issue 6: one function component with a heading and eight
//! checkboxes. The benchmark measures the time until its heading is visible.

use yew::prelude::*;

const ITEMS: [&str; 8] = [
    "Calf", "Thigh", "Foot", "Hand", "Arm", "Back", "Neck", "Belly",
];

#[function_component]
fn App() -> Html {
    html! {
        <main>
            <h1>{ "Where are the spasms?" }</h1>
            <fieldset>
                <legend>{ "Tick every place" }</legend>
                { for ITEMS.iter().map(|item| html! {
                    <label><input type="checkbox" value={*item} />{ *item }</label>
                }) }
            </fieldset>
        </main>
    }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
