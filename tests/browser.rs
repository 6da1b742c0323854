//! Component tests in headless Chromium: the real app mounted in a fresh element, answered
//! through the DOM contract (`data-question` containers, answer `value`s, `data-level`).
#![cfg(target_arch = "wasm32")]

use spasm_check::app::{App, AppProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::scheduler::flush;

wasm_bindgen_test_configure!(run_in_browser);

/// One mounted app in its own element.
struct Page {
    root: Element,
}

impl Page {
    async fn mount() -> Page {
        let document = gloo_document();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps::default()).render();
        flush().await;
        Page { root }
    }

    fn find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().unchecked_into())
            .collect()
    }

    fn input(&self, question: &str, value: &str) -> HtmlInputElement {
        self.find(&format!(
            "[data-question=\"{question}\"] input[value=\"{value}\"]"
        ))
        .unwrap_or_else(|| panic!("no answer {value} for {question} on screen"))
        .unchecked_into()
    }

    async fn answer(&self, question: &str, value: &str) {
        self.input(question, value).click();
        flush().await;
    }

    async fn press(&self, action: &str) {
        let button: HtmlElement = self
            .find(&format!("[data-action=\"{action}\"]"))
            .unwrap_or_else(|| panic!("no {action} button on screen"))
            .unchecked_into();
        button.click();
        flush().await;
    }

    /// Answers every question on screen that is not answered yet, in the mildest way.
    async fn answer_rest_mildly(&self) {
        for fieldset in self.all("fieldset[data-question]") {
            let q = fieldset.get_attribute("data-question").unwrap();
            if fieldset.query_selector("input:checked").unwrap().is_some() {
                continue;
            }
            let value = match q.as_str() {
                "age_band" => "18_44",
                "duration" => "seconds",
                "frequency" => "sometimes",
                _ if fieldset
                    .query_selector("input[value=\"none\"]")
                    .unwrap()
                    .is_some() =>
                {
                    "none"
                }
                _ => "no",
            };
            self.answer(&q, value).await;
        }
    }

    fn step(&self) -> Option<String> {
        self.find("[data-step]")
            .and_then(|e| e.get_attribute("data-step"))
    }

    fn level(&self) -> Option<String> {
        self.find("[data-level]")
            .and_then(|e| e.get_attribute("data-level"))
    }

    fn text(&self) -> String {
        self.root.text_content().unwrap_or_default()
    }

    /// Walks to the result, answering `answers` on the way and everything else mildly.
    async fn journey(&self, answers: &[(&str, &str)]) {
        self.walk_to(None, answers).await;
    }

    /// Like [`Page::journey`], but stops when `step` is on screen.
    async fn walk_to(&self, step: Option<&str>, answers: &[(&str, &str)]) {
        for _ in 0..6 {
            if self.level().is_some() || (step.is_some() && self.step().as_deref() == step) {
                return;
            }
            for (q, v) in answers {
                if self.find(&format!("[data-question=\"{q}\"]")).is_some() {
                    let input = self.input(q, v);
                    if !input.checked() {
                        self.answer(q, v).await;
                    }
                }
            }
            self.answer_rest_mildly().await;
            self.press("next").await;
        }
    }
}

/// The page's document, with the app's words loaded as the loader would (the app's wasm
/// carries none: each language is its packed data file).
fn gloo_document() -> web_sys::Document {
    use spasm_check::content::Lang;
    Lang::En.load(include_bytes!(concat!(env!("OUT_DIR"), "/en.txt.packed")));
    Lang::Hi.load(include_bytes!(concat!(env!("OUT_DIR"), "/hi.txt.packed")));
    gloo::utils::document()
}

#[wasm_bindgen_test]
async fn emergency_yes_shows_the_emergency_screen_at_once() {
    let page = Page::mount().await;
    assert_eq!(page.step().as_deref(), Some("emergency"));
    assert_eq!(page.level(), None);
    page.answer("chest_pain", "yes").await;
    assert_eq!(page.level().as_deref(), Some("emergency"));
    assert!(page.find("[data-level] a[href=\"tel:112\"]").is_some());
    assert!(page.find("[data-level] a[href=\"tel:108\"]").is_some());
    assert!(
        page.find("[data-wait=\"chest_pain\"]").is_some(),
        "what to do while waiting"
    );
    assert!(
        page.find("[data-tip]").is_none(),
        "no self-care tips on an emergency"
    );
    let status = page
        .find("[role=\"status\"]")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        status.contains("Call an ambulance"),
        "result announced: {status}"
    );
}

#[wasm_bindgen_test]
async fn changing_an_emergency_answer_goes_back_to_the_questions() {
    let page = Page::mount().await;
    page.answer("poison", "yes").await;
    assert_eq!(page.level().as_deref(), Some("emergency"));
    page.press("review").await;
    assert_eq!(page.level(), None);
    assert!(page.input("poison", "yes").checked());
    page.answer("poison", "no").await;
    page.answer("lockjaw", "yes").await;
    assert_eq!(
        page.level().as_deref(),
        Some("emergency"),
        "a new yes shows at once again"
    );
}

#[wasm_bindgen_test]
async fn a_journey_with_nothing_wrong_reaches_self_care() {
    let page = Page::mount().await;
    page.journey(&[]).await;
    assert_eq!(page.level().as_deref(), Some("self_care"));
    assert!(page.find("[data-tip=\"no_quinine\"]").is_some());
    assert!(
        page.find("a[href=\"tel:112\"]").is_some(),
        "numbers on every result"
    );
    assert!(page.text().contains("not a diagnosis"));
    assert!(page.text().contains("Content version"));
}

#[wasm_bindgen_test]
async fn a_journey_reaches_doctor_today() {
    let page = Page::mount().await;
    page.journey(&[("fever", "yes")]).await;
    assert_eq!(page.level().as_deref(), Some("doctor_today"));
    assert!(page.find("[data-reason=\"fever\"]").is_some());
}

#[wasm_bindgen_test]
async fn a_journey_reaches_doctor_soon() {
    let page = Page::mount().await;
    page.journey(&[("walking_pain", "yes")]).await;
    assert_eq!(page.level().as_deref(), Some("doctor_soon"));
    assert!(page.find("[data-tip=\"prescription_relaxants\"]").is_some());
}

#[wasm_bindgen_test]
async fn a_journey_reaches_pharmacist() {
    let page = Page::mount().await;
    page.journey(&[("conditions", "diabetes")]).await;
    assert_eq!(page.level().as_deref(), Some("pharmacist"));
    assert!(page.find("[data-reason=\"conditions:diabetes\"]").is_some());
}

#[wasm_bindgen_test]
async fn an_unsure_danger_sign_says_to_call_if_it_gets_worse() {
    let page = Page::mount().await;
    page.journey(&[("lockjaw", "unsure")]).await;
    assert_eq!(page.level().as_deref(), Some("doctor_today"));
    assert!(page.find("[data-unsure]").is_some());
}

#[wasm_bindgen_test]
async fn going_back_and_changing_an_answer_changes_the_result() {
    let page = Page::mount().await;
    page.journey(&[]).await;
    assert_eq!(page.level().as_deref(), Some("self_care"));
    for _ in 0..3 {
        page.press("back").await;
    }
    assert_eq!(page.step().as_deref(), Some("red_flags"));
    assert!(page.input("fever", "no").checked(), "answers are kept");
    page.answer("fever", "yes").await;
    page.journey(&[]).await;
    assert_eq!(page.level().as_deref(), Some("doctor_today"));
}

#[wasm_bindgen_test]
async fn next_with_questions_unanswered_explains_and_stays() {
    let page = Page::mount().await;
    page.answer("chest_pain", "no").await;
    page.press("next").await;
    assert_eq!(page.step().as_deref(), Some("emergency"));
    assert!(page.find("[role=\"alert\"]").is_some());
    assert_eq!(page.all("fieldset.is-invalid").len(), 9);
    assert_eq!(
        page.input("poison", "no")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    let active = gloo_document().active_element().unwrap();
    assert_eq!(active.get_attribute("role").as_deref(), Some("alert"));
}

#[wasm_bindgen_test]
async fn next_moves_focus_to_the_new_step_heading() {
    let page = Page::mount().await;
    page.answer_rest_mildly().await;
    page.press("next").await;
    assert_eq!(page.step().as_deref(), Some("red_flags"));
    let active = gloo_document().active_element().unwrap();
    assert_eq!(active.tag_name(), "H2");
    assert!(page.root.contains(Some(&active)));
}

#[wasm_bindgen_test]
async fn none_of_these_is_an_explicit_answer_that_clears_ticks() {
    let page = Page::mount().await;
    page.journey(&[]).await; // to the result, then back to the last step
    page.press("back").await;
    assert_eq!(page.step().as_deref(), Some("person"));
    page.answer("medications", "statin").await;
    assert!(!page.input("medications", "none").checked());
    page.answer("medications", "none").await;
    assert!(page.input("medications", "none").checked());
    assert!(!page.input("medications", "statin").checked());
    page.answer("medications", "none").await; // untick: unanswered again
    page.press("next").await;
    assert_eq!(page.step().as_deref(), Some("person"));
    assert!(page
        .find("[data-question=\"medications\"].is-invalid")
        .is_some());
}

#[wasm_bindgen_test]
async fn chest_spasms_ask_the_chest_pain_question_again() {
    let page = Page::mount().await;
    page.walk_to(Some("chest_recheck"), &[("location", "chest")])
        .await;
    assert_eq!(page.step().as_deref(), Some("chest_recheck"));
    assert!(!page.input("chest_pain", "no").checked(), "asked afresh");
    assert!(page.find("a[href=\"tel:112\"]").is_some());
    page.answer("chest_pain", "yes").await;
    assert_eq!(page.level().as_deref(), Some("emergency"));
}

#[wasm_bindgen_test]
async fn restart_clears_every_answer() {
    let page = Page::mount().await;
    page.journey(&[("fever", "yes")]).await;
    page.press("restart").await;
    assert_eq!(page.step().as_deref(), Some("emergency"));
    assert_eq!(page.all("input:checked").len(), 0);
}

#[wasm_bindgen_test]
async fn every_control_has_a_label_and_every_question_a_legend() {
    let page = Page::mount().await;
    for input in page.all("input") {
        let input: HtmlInputElement = input.unchecked_into();
        assert!(
            input.labels().unwrap().length() > 0,
            "input {} has no label",
            input.id()
        );
    }
    for fieldset in page.all("fieldset") {
        let legend = fieldset.query_selector("legend").unwrap().unwrap();
        assert!(!legend.text_content().unwrap().trim().is_empty());
    }
}

#[wasm_bindgen_test]
async fn switching_language_mid_journey_keeps_the_answers_and_the_level() {
    let page = Page::mount().await;
    page.walk_to(Some("details"), &[("fever", "yes")]).await;
    assert_eq!(page.step().as_deref(), Some("details"));
    page.answer("frequency", "daily").await;
    let switch: HtmlElement = page.find("[data-lang=\"hi\"]").unwrap().unchecked_into();
    switch.click();
    flush().await;
    assert_eq!(
        page.find(".sc-app")
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("hi")
    );
    assert!(page.text().contains("ऐंठन"), "the page speaks Hindi");
    assert!(
        page.input("frequency", "daily").checked(),
        "answers are kept"
    );
    page.journey(&[]).await;
    assert_eq!(page.level().as_deref(), Some("doctor_today"));
    assert!(page.text().contains("आज"), "the result is in Hindi");
    let back: HtmlElement = page.find("[data-lang=\"en\"]").unwrap().unchecked_into();
    back.click();
    flush().await;
    assert_eq!(page.level().as_deref(), Some("doctor_today"));
    assert!(page.text().contains("Get medical help today"));
}

#[wasm_bindgen_test]
async fn a_page_in_hindi_starts_in_hindi() {
    let document = gloo_document();
    let html = document.document_element().unwrap();
    let before = html.get_attribute("lang");
    html.set_attribute("lang", "hi").unwrap();
    let lang = spasm_check::embed::page_lang(&document, None, true);
    match before {
        Some(l) => html.set_attribute("lang", &l).unwrap(),
        None => html.remove_attribute("lang").unwrap(),
    }
    assert_eq!(lang, spasm_check::content::Lang::Hi);
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        ui: spasm_check::components::Ui {
            lang,
            ..Default::default()
        },
        ..Default::default()
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    flush().await;
    let app = root.query_selector(".sc-app").unwrap().unwrap();
    assert_eq!(app.get_attribute("lang").as_deref(), Some("hi"));
    assert!(app.text_content().unwrap().contains("ऐंठन"));
    assert_eq!(
        spasm_check::embed::page_lang(&document, Some("en"), true),
        spasm_check::content::Lang::En,
        "the host's lang attribute wins"
    );
}
