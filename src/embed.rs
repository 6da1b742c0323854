//! The bridge for the `<spasm-check>` custom element. The loader (`web/spasm-check.js`)
//! defines the element, gives it an open shadow root and calls [`Widget::mount`] with the
//! element and a mount point inside that root. The widget reads the element's attributes
//! (again on [`Widget::update`]) and reports results as `spasm-check-result` events.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::js_sys::{Array, Object, Reflect};
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement};
use yew::{AppHandle, Callback};

use crate::app::{page_lang, App, AppProps, ResultEvent};
use crate::components::Ui;
use crate::config::Config;
use crate::engine::CONTENT_VERSION;

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
}

#[wasm_bindgen]
impl Widget {
    /// Starts the app in `mount` (inside the shadow root of `host`).
    pub fn mount(host: HtmlElement, mount: Element) -> Widget {
        MOUNTS.with(|m| m.borrow_mut().push(mount.clone()));
        let mut widget = Widget {
            host,
            mount: mount.clone(),
            handle: None,
            warned: Vec::new(),
        };
        let props = widget.props();
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

    fn props(&mut self) -> AppProps {
        let host = self.host.clone();
        let (config, warnings) = Config::from_attributes(|name| host.get_attribute(name));
        let mut warned = Vec::new();
        for w in warnings {
            let text = format!(
                "spasm-check: ignoring the {} attribute: {}",
                w.attribute, w.message
            );
            // One warning per bad value, not one per update.
            if !self.warned.contains(&text) {
                web_sys::console::warn_1(&JsValue::from_str(&text));
            }
            warned.push(text);
        }
        self.warned = warned;
        let lang = match config.lang {
            Some(lang) => lang,
            None => {
                let document = self
                    .host
                    .owner_document()
                    .or_else(|| web_sys::window().and_then(|w| w.document()));
                document.map(|d| page_lang(&d, None)).unwrap_or_default()
            }
        };
        let host = self.host.clone();
        AppProps {
            ui: Ui::from_config(&config, lang),
            on_result: Some(Callback::from(move |e: ResultEvent| dispatch(&host, &e))),
        }
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
