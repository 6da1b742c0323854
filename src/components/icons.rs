//! Inline icons for the five levels, so that a level is never told by colour alone.

use yew::prelude::*;

use crate::engine::Level;

/// The icon of `level`: 24 px, drawn with `currentColor`, decorative (the level is also in words).
pub fn level_icon(level: Level) -> Html {
    let path = match level {
        // A warning triangle.
        Level::Emergency => "M12 2 1 21h22L12 2zm-1 7h2v6h-2V9zm0 8h2v2h-2v-2z",
        // A medical cross in a circle.
        Level::DoctorToday => {
            "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1.5 5h3v3.5H17v3h-3.5V17h-3v-3.5H7v-3h3.5V7z"
        }
        // A calendar.
        Level::DoctorSoon => {
            "M7 2h2v2h6V2h2v2h3v18H4V4h3V2zm-1 8v10h12V10H6zm2 2h3v3H8v-3z"
        }
        // A capsule.
        Level::Pharmacist => {
            "M16.5 3.5a5 5 0 0 1 0 7.07l-6 6a5 5 0 0 1-7.07-7.07l6-6a5 5 0 0 1 7.07 0zM8 9.5 5 12.5a3 3 0 0 0 4.24 4.24l3-3L8 9.5z"
        }
        // A house.
        Level::SelfCare => "M12 3 2 12h3v9h5v-6h4v6h5v-9h3L12 3z",
    };
    html! {
        <svg class="sc-icon" viewBox="0 0 24 24" width="32" height="32"
            aria-hidden="true" focusable="false">
            <path fill="currentColor" d={path} />
        </svg>
    }
}
