//! The page's components, one per file, named after what they show.

pub mod emergency_numbers;
pub mod emergency_result;
pub mod icons;
pub mod language_switch;
pub mod progress;
pub mod question;
pub mod question_step;
pub mod remember;
pub mod result_panel;
pub mod result_parts;
pub mod static_emergency;
pub mod summary;
pub mod summary_actions;

use std::rc::Rc;

use yew::prelude::*;

use crate::config::{Config, Link};
use crate::content::{self, Lang};

/// What every component needs to know about this instance of the widget.
#[derive(Clone, Debug, PartialEq)]
pub struct Ui {
    /// The language shown.
    pub lang: Lang,
    /// The emergency numbers, most important first.
    pub numbers: Rc<[AttrValue]>,
    /// A prefix that keeps ids and radio names unique when several widgets share a page.
    pub prefix: AttrValue,
    /// The host's pharmacist link, shown on `pharmacist` results.
    pub pharmacist: Option<Link>,
    /// The host's doctor link, shown on `doctor_today` and `doctor_soon` results.
    pub doctor: Option<Link>,
    /// Leave out the intro block.
    pub compact: bool,
}

impl Default for Ui {
    fn default() -> Self {
        Ui {
            lang: Lang::En,
            numbers: Rc::from(vec![AttrValue::Static("112"), AttrValue::Static("108")]),
            prefix: AttrValue::Static("sc"),
            pharmacist: None,
            doctor: None,
            compact: false,
        }
    }
}

impl Ui {
    /// The [`Ui`] for a host's configuration, in `lang`.
    pub fn from_config(config: &Config, lang: Lang) -> Ui {
        Ui {
            lang,
            numbers: config
                .numbers
                .iter()
                .map(|n| AttrValue::from(n.clone()))
                .collect(),
            pharmacist: config.pharmacist.clone(),
            doctor: config.doctor.clone(),
            compact: config.compact,
            ..Ui::default()
        }
    }

    /// The text for `key` in this widget's language.
    pub fn t(&self, key: &str) -> &'static str {
        content::text(self.lang, key)
    }

    /// The text for `key` with its placeholders filled.
    pub fn tf(&self, key: &str, values: &[(&str, &str)]) -> String {
        content::fill(self.t(key), values)
    }

    /// The numbers joined for a sentence: "112 or 108".
    pub fn numbers_text(&self) -> String {
        self.numbers
            .iter()
            .map(|n| n.as_str())
            .collect::<Vec<_>>()
            .join(&format!(" {} ", self.t("ui.numbers.or")))
    }

    /// An element id unique to this widget instance.
    pub fn id(&self, parts: &[&str]) -> String {
        let mut id = String::from(self.prefix.as_str());
        for part in parts {
            id.push('-');
            id.push_str(part);
        }
        id
    }
}

/// A click handler that sends `action` to the reducer.
pub fn send(
    on_action: &Callback<crate::state::Action>,
    action: crate::state::Action,
) -> Callback<MouseEvent> {
    let on_action = on_action.clone();
    Callback::from(move |_: MouseEvent| on_action.emit(action.clone()))
}

/// Moves keyboard focus to `node` when the component appears, if `enabled`: each new step's
/// heading takes focus once the person has started, so screen readers read where they are.
#[hook]
pub fn use_focus_on_mount(node: NodeRef, enabled: bool) {
    use_effect_with((), move |_| {
        if enabled {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}
