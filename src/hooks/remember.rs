//! "Remember on this device": the opt-in saved answers, read once, written on each change
//! while on, deleted when turned off or forgotten (the saved format is `crate::storage`'s).

use yew::prelude::*;

use crate::engine::Answers;
use crate::state::{Action, State};
use crate::storage::{decode, encode, Loaded, KEY};

/// The opt-in "remember on this device" setting and what it last said.
pub struct RememberHandle {
    /// Whether remembering is on.
    pub on: bool,
    /// A note to show (restored, forgotten, old or damaged data), as a content key.
    pub note: Option<&'static str>,
    /// Told the new setting.
    pub on_toggle: Callback<bool>,
    /// Told when the person asks to forget.
    pub on_forget: Callback<()>,
}

/// Reads saved answers once (they exist only if the person opted in), writes them on each
/// change while remembering is on, and deletes them when it is turned off or forgotten.
/// Answers given on the static first step are newer than saved ones, so they win.
#[hook]
pub fn use_remember(state: &UseReducerHandle<State>, newer: Option<&Answers>) -> RememberHandle {
    let on = use_state_eq(|| false);
    let note = use_state_eq(|| None::<&'static str>);
    {
        let (on, note, state) = (on.clone(), note.clone(), state.clone());
        let newer = newer.cloned();
        use_effect_with((), move |_| {
            let saved = storage().and_then(|s| s.get_item(KEY).ok().flatten());
            match decode(saved.as_deref()) {
                Loaded::Nothing => {}
                Loaded::Restored(mut answers) => {
                    for (q, answer) in newer.iter().flat_map(Answers::iter) {
                        let _ = answers.set(q, answer.clone());
                    }
                    on.set(true);
                    note.set(Some("ui.remember.restored"));
                    state.dispatch(Action::Restore(answers));
                }
                loaded => {
                    if let Some(s) = storage() {
                        let _ = s.remove_item(KEY);
                    }
                    note.set(Some(if loaded == Loaded::Old {
                        "ui.remember.old"
                    } else {
                        "ui.remember.damaged"
                    }));
                }
            }
        });
    }
    {
        let answers = state.answers.clone();
        use_effect_with((*on, answers), move |(on, answers)| {
            if *on {
                if let Some(s) = storage() {
                    let _ = s.set_item(KEY, &encode(answers));
                }
            }
        });
    }
    let forget = {
        let (on, note) = (on.clone(), note.clone());
        move |message: Option<&'static str>| {
            if let Some(s) = storage() {
                let _ = s.remove_item(KEY);
            }
            on.set(false);
            note.set(message);
        }
    };
    let on_toggle = {
        let (on, forget) = (on.clone(), forget.clone());
        Callback::from(move |checked: bool| {
            if checked {
                on.set(true);
            } else {
                forget(None);
            }
        })
    };
    let on_forget = Callback::from(move |_| forget(Some("ui.remember.forgotten")));
    RememberHandle {
        on: *on,
        note: *note,
        on_toggle,
        on_forget,
    }
}

/// The page's `localStorage`, if it may be used. Hand-written rather than `gloo-storage`:
/// gloo's `LocalStorage` keeps every value as JSON (`v1;...` would be saved as `"v1;..."`, and
/// answers saved today would no longer read), and it throws where storage is blocked (in a
/// sandboxed iframe, or with some privacy settings, reading `localStorage` throws), where the
/// widget must simply not remember.
fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}
