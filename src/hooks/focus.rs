//! Where keyboard focus goes: to each new step's or result's heading once the person has
//! started, to what needs attention when it appears, and, when the app takes over from the
//! static first step, back to the control that had it there.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Moves keyboard focus to `node` when the component appears, if `enabled`: each new step's
/// heading takes focus once the person has started, so screen readers read where they are.
#[hook]
pub fn use_focus_on_mount(node: NodeRef, enabled: bool) {
    use_effect_with((), move |_| {
        if enabled {
            focus(&node);
        }
    });
}

/// Moves keyboard focus to `node` each time `shown` turns true (the list of unanswered
/// questions when Next finds some, so that it is read out).
#[hook]
pub fn use_focus_when(node: NodeRef, shown: bool) {
    use_effect_with(shown, move |shown| {
        if *shown {
            focus(&node);
        }
    });
}

/// Moves keyboard focus to `node` each time `shown` turns true after the component appeared
/// (not when it appears with `shown` already true): the line that says what "no to the rest"
/// did takes focus when the person uses it, not when the app takes over a step where it was
/// used before the app ran.
#[hook]
pub fn use_focus_on_appear(node: NodeRef, shown: bool) {
    let mounted = use_mut_ref(|| false);
    use_effect_with(shown, move |shown| {
        if *shown && *mounted.borrow() {
            focus(&node);
        }
        *mounted.borrow_mut() = true;
    });
}

/// Taking over from the static first step: once the app has first rendered, the element that
/// `selector` finds in `root` (the control that had focus there) gets focus again. True while
/// the first render of a takeover (`taking_over`) is drawn: the step's heading must not take
/// focus then.
#[hook]
pub fn use_takeover_focus(root: NodeRef, taking_over: bool, selector: Option<String>) -> bool {
    let pending = use_mut_ref(|| taking_over);
    let first_render = *pending.borrow();
    use_effect_with((), move |_| {
        *pending.borrow_mut() = false;
        let root = root.cast::<web_sys::Element>();
        let el = selector.and_then(|s| root?.query_selector(&s).ok()?);
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
    first_render
}

fn focus(node: &NodeRef) {
    if let Some(el) = node.cast::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}
