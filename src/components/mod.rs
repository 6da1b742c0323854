//! The page's components, one per file, named after what they show.

pub mod emergency_numbers;
pub mod emergency_result;
pub mod gate;
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
    pub pharmacist: Option<HostLink>,
    /// The host's doctor link, shown on `doctor_today` and `doctor_soon` results.
    pub doctor: Option<HostLink>,
    /// The host's WhatsApp number (digits with the country code, checked), for a `wa.me` link
    /// on `pharmacist`, `doctor_soon` and `doctor_today` results.
    pub whatsapp: Option<AttrValue>,
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
            whatsapp: None,
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
            pharmacist: config.pharmacist.as_ref().map(HostLink::from),
            doctor: config.doctor.as_ref().map(HostLink::from),
            whatsapp: config.whatsapp.clone().map(AttrValue::from),
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
            .join(&concat(&[" ", self.t("ui.numbers.or"), " "]))
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

/// The parts one after the other, as one string (lighter in the app's code than `format!`).
pub fn concat(parts: &[&str]) -> String {
    parts.concat()
}

/// `prerender` as the code may see it: always false in the WebAssembly app (only the build-time
/// renderer draws the static step), so that what only the static step shows is not in its code.
#[inline(always)]
pub fn prerendering(prerender: bool) -> bool {
    prerender && !cfg!(target_arch = "wasm32")
}

/// Whether the checkbox that sent `e` is now ticked.
pub fn is_checked(e: &Event) -> bool {
    e.target_unchecked_into::<web_sys::HtmlInputElement>()
        .checked()
}

/// A link the host offers on some results ([`Link`], checked), as the page shows it.
#[derive(Clone, Debug, PartialEq)]
pub struct HostLink {
    /// An absolute `http:` or `https:` URL.
    pub url: AttrValue,
    /// The host's label for it, if given (otherwise the widget's own words).
    pub label: Option<AttrValue>,
}

impl From<&Link> for HostLink {
    fn from(link: &Link) -> Self {
        HostLink {
            url: link.url.clone().into(),
            label: link.label.clone().map(AttrValue::from),
        }
    }
}
