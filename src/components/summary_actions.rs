//! Ways to take the result along: share the short text (the phone's share sheet), show it in
//! large type, print it, copy it as text, or download it for clinical systems (HL7 FHIR R4).

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Function, Object, Promise, Reflect};
use yew::prelude::*;

use super::result_parts::{button, nav_button};
use super::summary::{summary, SummaryArgs};
use super::Ui;
use crate::engine::{Answers, Assessment, Level};

/// Props of [`SummaryActions`].
#[derive(Properties, PartialEq)]
pub struct SummaryActionsProps {
    /// This widget's language, numbers, links and id prefix.
    pub ui: Ui,
    /// The answers given.
    pub answers: Rc<Answers>,
    /// Their assessment.
    pub assessment: Rc<Assessment>,
    /// When the check was done, in words.
    pub when: AttrValue,
    /// The short text to share (`crate::summary::share_text`).
    pub short: AttrValue,
}

/// What happened to the last copy.
#[derive(Clone, PartialEq)]
enum Copy {
    Idle,
    Done,
    /// Sharing was not allowed here (an iframe without `allow="web-share"`): the short text
    /// was copied instead.
    NotShared,
    /// The clipboard was refused: the text is shown, selected, to copy by hand.
    Refused(String),
}

/// The buttons, their confirmations, and the large view when it is open.
#[component]
pub fn SummaryActions(props: &SummaryActionsProps) -> Html {
    let ui = &props.ui;
    let large = use_state(|| false);
    let copy = use_state(|| Copy::Idle);
    let text = {
        let numbers = ui.numbers_text();
        crate::summary::summary_text(
            ui.lang,
            &props.answers,
            &props.assessment,
            &props.when,
            &numbers,
        )
    };
    let on_large = {
        let large = large.clone();
        Callback::from(move |_| large.set(!*large))
    };
    let on_print = Callback::from(|_| {
        let _ = gloo::utils::window().print();
    });
    let on_copy = {
        let copy = copy.clone();
        let text = text.clone();
        Callback::from(move |_| {
            yew::platform::spawn_local(copy_text(text.clone(), copy.clone(), Copy::Done));
        })
    };
    // The phone's share sheet, where the browser has one (checked when the result appears).
    let share = share_function().filter(|_| props.assessment.level != Level::Emergency);
    let on_share = {
        let copy = copy.clone();
        let short = props.short.clone();
        let title = ui.t("ui.title");
        let share = share.clone();
        Callback::from(move |_| {
            let Some(share) = share.clone() else { return };
            let (copy, short) = (copy.clone(), short.clone());
            yew::platform::spawn_local(async move {
                let data = Object::new();
                let _ = Reflect::set(&data, &"title".into(), &title.into());
                let _ = Reflect::set(&data, &"text".into(), &short.as_str().into());
                let navigator = gloo::utils::window().navigator();
                let shared = share
                    .call1(&navigator, &data)
                    .map(|p| wasm_bindgen_futures::JsFuture::from(Promise::resolve(&p)));
                let refused = match shared {
                    Ok(future) => future.await.err(),
                    Err(e) => Some(e),
                };
                // Cancelled or refused is not an error: nothing changes, except where sharing
                // is not allowed at all (an iframe without permission): then copy instead.
                if refused.is_some_and(|e| error_name(&e) == "NotAllowedError") {
                    copy_text(short.to_string(), copy, Copy::NotShared).await;
                }
            });
        })
    };
    let lang = ui.lang;
    let on_fhir = {
        let answers = props.answers.clone();
        Callback::from(move |_| {
            let authored = String::from(web_sys::js_sys::Date::new_0().to_iso_string());
            let response = crate::fhir::response(&answers, lang, &authored);
            download(
                "spasm-check-questionnaire-response.json",
                &serde_json::to_string_pretty(&response).unwrap_or_default(),
            );
        })
    };
    let on_fhir_form = Callback::from(move |_| {
        let form = crate::fhir::questionnaire(lang);
        download(
            "spasm-check-questionnaire.json",
            &serde_json::to_string_pretty(&form).unwrap_or_default(),
        );
    });
    let close = use_node_ref();
    let show = use_node_ref();
    {
        // Opening the large view moves focus to its Close button; closing it moves focus back
        // to the button that opened it. Nothing moves on the first render.
        let (close, show) = (close.clone(), show.clone());
        let first = use_mut_ref(|| true);
        use_effect_with(*large, move |large| {
            let target = if *large { close } else { show };
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let refused = use_node_ref();
    {
        // When the clipboard is refused, select the text so the person can copy it by hand.
        let refused = refused.clone();
        use_effect_with((*copy).clone(), move |copy| {
            if let (Copy::Refused(_), Some(area)) =
                (copy, refused.cast::<web_sys::HtmlTextAreaElement>())
            {
                let _ = area.focus();
                area.select();
            }
        });
    }
    html! {
        <section class="sc-result__section sc-take" aria-labelledby={ui.id(&["take"])}>
            <h3 class="sc-result__heading" id={ui.id(&["take"])}>{ ui.t("ui.summary.take") }</h3>
            <div class="sc-take__buttons">
                if share.is_some() {
                    { nav_button(ui.t("ui.share"), "share", true, on_share) }
                }
                { button(ui.t("ui.summary.show"), "show-summary", false, on_large, show,
                    Some(if *large { "true" } else { "false" })) }
                { for [
                    ("ui.summary.print", "print", on_print),
                    ("ui.summary.copy", "copy", on_copy),
                    ("ui.summary.fhir", "fhir", on_fhir),
                    ("ui.summary.fhir_form", "fhir-questionnaire", on_fhir_form),
                ].into_iter().map(|(key, action, onclick)| nav_button(ui.t(key), action, false, onclick)) }
            </div>
            <div class="sc-take__status" aria-live="polite" data-copy-status="">
                { match &*copy {
                    Copy::Idle => Html::default(),
                    Copy::Done => html! { <p class="sc-take__done">{ ui.t("ui.summary.copied") }</p> },
                    Copy::NotShared => html! {
                        <p class="sc-take__done" data-share-copied="">{ ui.t("ui.share.copied") }</p>
                    },
                    Copy::Refused(_) => html! { <p>{ ui.t("ui.summary.copy_failed") }</p> },
                } }
            </div>
            if let Copy::Refused(text) = &*copy {
                <textarea class="sc-take__text" readonly=true ref={refused}
                    aria-label={ui.t("ui.summary.copy")} value={text.clone()} />
            }
            if *large {
                <div class="sc-large">
                    { button(ui.t("ui.summary.close"), "close-summary", true,
                        Callback::from(move |_| large.set(false)), close, None) }
                    { summary(ui, &SummaryArgs {
                        answers: &props.answers,
                        assessment: &props.assessment,
                        when: &props.when,
                        large: true,
                        answers_only: false,
                    }) }
                </div>
            }
        </section>
    }
}

/// Copies `text` to the clipboard, then shows `done`; where the clipboard is refused, shows the
/// text selected, to copy by hand.
async fn copy_text(text: String, copy: UseStateHandle<Copy>, done: Copy) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    let ok = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text))
        .await
        .is_ok();
    copy.set(if ok { done } else { Copy::Refused(text) });
}

/// `navigator.share`, if this browser has the Web Share API (read at run time: the page's
/// `web-sys` build has no feature for it).
fn share_function() -> Option<Function> {
    let navigator = gloo::utils::window().navigator();
    Reflect::get(&navigator, &"share".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

/// The `name` of a rejected promise's error (`AbortError`, `NotAllowedError`, ...).
fn error_name(error: &JsValue) -> String {
    Reflect::get(error, &"name".into())
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_default()
}

/// Offers `contents` as a file download, without any network request.
fn download(name: &str, contents: &str) {
    let blob = gloo::file::Blob::new_with_options(contents, Some("application/fhir+json"));
    let url = gloo::file::ObjectUrl::from(blob);
    if let Ok(link) = gloo::utils::document().create_element("a") {
        let link: web_sys::HtmlAnchorElement = link.unchecked_into();
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // Give the browser a moment to start the download before the URL is revoked (on drop).
    gloo::timers::callback::Timeout::new(10_000, move || drop(url)).forget();
}
