//! The bridge for the `<spasm-check>` custom element. The loader (`web/spasm-check.js`)
//! defines the element, gives it an open shadow root and calls [`Widget::mount`] with the
//! element and a mount point inside that root. The widget reads the element's attributes
//! (again on [`Widget::update`]) and reports results as `spasm-check-result` events.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::js_sys::{Array, Object, Reflect};
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement, HtmlInputElement, ShadowRoot};
use yew::{AppHandle, Callback};

use crate::app::{App, AppProps, ResultEvent, Takeover};
use crate::components::Ui;
use crate::config::Config;
use crate::content::{pick_lang, Lang};
use crate::engine::{Flag, Kind, CONTENT_VERSION, Q};

thread_local! {
    /// Every mount point on the page, so that a panic can leave a message in each.
    static MOUNTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// What a person sees if the app stops: the emergency numbers, which work without it.
const FALLBACK_HTML: &str = "<div class=\"sc-static\" role=\"alert\"><p><strong>Sorry, the \
self-check stopped working.</strong> Please reload the page.</p><p>In an emergency, call now:</p>\
<p class=\"sc-numbers\"><a class=\"sc-number\" href=\"tel:112\">112</a> \
<a class=\"sc-number\" href=\"tel:108\">108</a></p></div>";

/// Makes a panic replace every widget on the page with the fallback message.
pub fn install_panic_fallback() {
    std::panic::set_hook(Box::new(|_| {
        MOUNTS.with(|mounts| {
            if let Ok(mounts) = mounts.try_borrow() {
                for mount in mounts.iter() {
                    mount.set_inner_html(FALLBACK_HTML);
                }
            }
        })
    }));
}

/// One `<spasm-check>` element's app.
#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    mount: Element,
    handle: Option<AppHandle<App>>,
    warned: Vec<String>,
    /// The language the static first step was in, and the host's language when the app took
    /// over: the person's choice (or the loader's) stays until the host changes its own.
    static_lang: Option<(Lang, Lang)>,
}

#[wasm_bindgen]
impl Widget {
    /// Starts the app in `mount` (inside the shadow root of `host`, or in the page with
    /// `no-shadow`), taking over from the static first step if `mount` holds one: its answers,
    /// its language and the control that had focus carry over.
    pub fn mount(host: HtmlElement, mount: Element) -> Widget {
        MOUNTS.with(|m| m.borrow_mut().push(mount.clone()));
        let takeover = mount
            .query_selector("[data-prerendered]")
            .ok()
            .flatten()
            .map(|block| read_static_step(&mount, &block));
        let mut widget = Widget {
            host,
            mount: mount.clone(),
            handle: None,
            warned: Vec::new(),
            static_lang: None,
        };
        if let Some((_, Some(lang))) = &takeover {
            widget.static_lang = Some((*lang, widget.host_lang(&widget.config().0)));
        }
        let mut props = widget.props();
        props.takeover = takeover.map(|(t, _)| t);
        widget.handle = Some(yew::Renderer::<App>::with_root_and_props(mount, props).render());
        widget
    }

    /// Reads the attributes again (the loader calls this when one changes).
    pub fn update(&mut self) {
        let props = self.props();
        if let Some(handle) = self.handle.as_mut() {
            handle.update(props);
        }
    }

    /// Stops the app and empties the mount point.
    pub fn destroy(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        let mount = self.mount.clone();
        MOUNTS.with(|m| m.borrow_mut().retain(|e| *e != mount));
    }

    fn config(&self) -> (Config, Vec<crate::config::Warning>) {
        let host = self.host.clone();
        Config::from_attributes(|name| host.get_attribute(name))
    }

    /// The host's language: its `lang` attribute, then (in a host page's shadow root) the
    /// page's `<html lang>`, then the browser's languages. The standalone page and
    /// `embed.html` (`no-shadow`) skip `<html lang>`: it describes the document, it is not a
    /// choice of the person.
    fn host_lang(&self, config: &Config) -> Lang {
        if let Some(lang) = config.lang {
            return lang;
        }
        let document = self
            .host
            .owner_document()
            .unwrap_or_else(gloo::utils::document);
        page_lang(&document, None, !self.host.has_attribute("no-shadow"))
    }

    fn props(&mut self) -> AppProps {
        let (config, warnings) = self.config();
        let mut warned = Vec::new();
        for w in warnings {
            let text = format!(
                "spasm-check: ignoring the {} attribute: {}",
                w.attribute, w.message
            );
            // One warning per bad value, not one per update.
            if !self.warned.contains(&text) {
                gloo::console::warn!(text.as_str());
            }
            warned.push(text);
        }
        self.warned = warned;
        let host_lang = self.host_lang(&config);
        let lang = match self.static_lang {
            Some((chosen, host_then)) if host_then == host_lang => chosen,
            _ => {
                self.static_lang = None;
                host_lang
            }
        };
        let host = self.host.clone();
        AppProps {
            ui: Ui::from_config(&config, lang),
            on_result: Some(Callback::from(move |e: ResultEvent| dispatch(&host, &e))),
            ..AppProps::default()
        }
    }
}

/// The language to start in: the host's choice, then `<html lang>` (when `page_counts`), then
/// the browser's.
pub fn page_lang(document: &web_sys::Document, host: Option<&str>, page_counts: bool) -> Lang {
    let page = document
        .document_element()
        .filter(|_| page_counts)
        .map(|e| e.get_attribute("lang"));
    let browser: Vec<String> = gloo::utils::window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    pick_lang(
        host,
        page.flatten().as_deref(),
        browser.iter().map(String::as_str),
    )
}

/// What the person did on the static first step (`block`, inside `mount`) before the app
/// started: the answers ticked, the folds open, what "no to the rest" did there (through the
/// loader), the control with focus, and the step's language.
fn read_static_step(mount: &Element, block: &Element) -> (Takeover, Option<Lang>) {
    let mut takeover = Takeover {
        // The loader marks the step when Next is pressed on it.
        next: block.has_attribute("data-next-pressed"),
        ..Takeover::default()
    };
    let focused = focused_element(mount);
    let question_of = |el: &Element, container: &str| {
        el.closest(container)
            .ok()
            .flatten()
            .and_then(|f| {
                f.get_attribute("data-question")
                    .or(f.get_attribute("data-more"))
            })
            .and_then(|id| Q::from_id(&id))
    };
    // Each fold as the person left it. Where spasm-check-static.js did not run (it opens a
    // fold when an answer opens it), a closed fold is not a choice: the app opens it for the
    // answer as usual.
    let followed = block.has_attribute("data-folds-followed");
    for fold in elements(block, "details[data-more]") {
        let open = fold.has_attribute("open");
        if let Some(q) = question_of(&fold, "details[data-more]").filter(|_| open || followed) {
            takeover.folds.push((q, open));
        }
    }
    for mark in elements(block, "fieldset[data-question] [data-rest-no-mark]") {
        if let Some(q) = question_of(&mark, "fieldset[data-question]") {
            takeover.rest_no_marked.insert(q);
        }
    }
    takeover.rest_no_done = block
        .query_selector("[data-rest-no-done]:not([hidden])")
        .ok()
        .flatten()
        .and_then(|done| done.get_attribute("data-rest-no-done")?.parse().ok());
    if let Some(el) = focused
        .as_ref()
        .filter(|el| block.contains(Some(el.as_ref())))
    {
        // Only values the app knows go into the selector.
        takeover.focus = if let Some(action) = el.get_attribute("data-action") {
            ["rest-no", "next", "back"]
                .into_iter()
                .find(|a| *a == action)
                .map(|a| format!("[data-action=\"{a}\"]"))
        } else if let Some(tag) = el.get_attribute("data-lang") {
            Lang::from_tag(&tag).map(|l| format!("button[data-lang=\"{}\"]", l.tag()))
        } else if el.has_attribute("data-rest-no-done") {
            Some("[data-rest-no-done]".to_owned())
        } else if el.tag_name().eq_ignore_ascii_case("summary") {
            question_of(el, "details[data-more]")
                .map(|q| format!("details[data-more=\"{}\"] > summary", q.id()))
        } else {
            None
        };
    }
    let inputs = block
        .query_selector_all("fieldset[data-question] input")
        .ok();
    for i in 0..inputs.as_ref().map_or(0, |l| l.length()) {
        let Some(input) = inputs
            .as_ref()
            .and_then(|l| l.item(i))
            .and_then(|n| n.dyn_into::<HtmlInputElement>().ok())
        else {
            continue;
        };
        let Some(q) = input
            .closest("fieldset[data-question]")
            .ok()
            .flatten()
            .and_then(|f| f.get_attribute("data-question"))
            .and_then(|id| Q::from_id(&id))
        else {
            continue;
        };
        let value = input.value();
        // The value as the catalogue's own id (a flag answer or an option).
        let Some(value) = Flag::from_id(&value)
            .map(Flag::id)
            .or_else(|| q.option(&value))
        else {
            continue;
        };
        if input.checked() {
            let _ = match (q.kind(), Flag::from_id(value)) {
                (Kind::Flag, Some(flag)) => takeover.answers.set_flag(q, flag),
                (Kind::Single(_), _) => takeover.answers.choose(q, value),
                (Kind::Checklist(_), _) => takeover.answers.tick(q, value, true),
                _ => Ok(()),
            };
        }
        if focused.as_ref() == Some(input.unchecked_ref::<Element>()) {
            takeover.focus = Some(format!(
                "fieldset[data-question=\"{}\"] input[value=\"{value}\"]",
                q.id()
            ));
        }
    }
    let lang = block.get_attribute("lang").and_then(|t| Lang::from_tag(&t));
    (takeover, lang)
}

/// The elements under `root` that `selector` finds.
fn elements(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// The element with keyboard focus in `mount`'s document or shadow root.
fn focused_element(mount: &Element) -> Option<Element> {
    let root = mount.get_root_node();
    match root.dyn_ref::<ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => root.dyn_ref::<web_sys::Document>()?.active_element(),
    }
}

/// Sends `spasm-check-result` from the element: it bubbles and crosses shadow roots.
fn dispatch(host: &HtmlElement, e: &ResultEvent) {
    let detail = Object::new();
    let ids = |list: &[&str]| list.iter().map(|s| JsValue::from_str(s)).collect::<Array>();
    let fields: [(&str, JsValue); 7] = [
        ("level", e.level.into()),
        ("reasons", ids(&e.reasons).into()),
        ("tips", ids(&e.tips).into()),
        ("complete", e.complete.into()),
        ("content_version", CONTENT_VERSION.into()),
        ("contentVersion", CONTENT_VERSION.into()),
        ("final", e.is_final.into()),
    ];
    for (key, value) in fields {
        let _ = Reflect::set(&detail, &JsValue::from_str(key), &value);
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict("spasm-check-result", &init) {
        let _ = host.dispatch_event(&event);
    }
}
