//! Component tests in headless Chromium: the real app mounted in a fresh element, answered
//! through the DOM contract (`data-question` containers, answer `value`s, `data-level`).
#![cfg(target_arch = "wasm32")]

use spasm_check::app::{App, AppProps};
use spasm_check::engine::Q;
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
        Page::mount_with(AppProps::default()).await
    }

    async fn mount_with(props: AppProps) -> Page {
        let document = gloo_document();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        flush().await;
        Page { root }
    }

    /// Chooses `value` (`yes`, `no`, `unsure`) on the gate before the checklist `question`.
    async fn gate(&self, question: &str, value: &str) {
        let input: HtmlElement = self
            .find(&format!(
                "fieldset[data-gate=\"{question}\"] input[value=\"{value}\"]"
            ))
            .unwrap_or_else(|| panic!("no gate answer {value} for {question} on screen"))
            .unchecked_into();
        input.click();
        flush().await;
    }

    /// Whether the fold of `question` is open (`None`: it has none on screen).
    fn fold_open(&self, question: &str) -> Option<bool> {
        self.find(&format!("details[data-more=\"{question}\"]"))
            .map(|d| d.has_attribute("open"))
    }

    /// Opens or closes the fold of `question` as a person does, with its summary.
    async fn toggle_fold(&self, question: &str) {
        let summary: HtmlElement = self
            .find(&format!("details[data-more=\"{question}\"] > summary"))
            .unwrap_or_else(|| panic!("no fold for {question}"))
            .unchecked_into();
        summary.click();
        flush().await;
    }

    /// The element with focus, if it is in this page.
    fn focused(&self) -> Option<Element> {
        gloo_document()
            .active_element()
            .filter(|a| self.root.contains(Some(a)))
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

    /// The error summary's words (it must be on screen).
    fn errors(&self) -> String {
        self.find("[role=\"alert\"]")
            .expect("the error summary on screen")
            .text_content()
            .unwrap_or_default()
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
            // A gate before a checklist: Yes when the checklist has an answer given, else No.
            for gate in self.all("fieldset[data-gate]") {
                let q = gate.get_attribute("data-gate").unwrap();
                if gate.query_selector("input:checked").unwrap().is_none() {
                    let given = answers.iter().any(|(a, _)| *a == q);
                    self.gate(&q, if given { "yes" } else { "no" }).await;
                }
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

/// The English words of `key`, with `{n}` filled when given (tests read the words from the
/// content, not from a copy that would drift).
fn words(key: &str, n: Option<usize>) -> String {
    use spasm_check::content::{fill, text, Lang};
    let _ = gloo_document(); // the words are loaded
    match n {
        Some(n) => fill(text(Lang::En, key), &[("n", &n.to_string())]),
        None => text(Lang::En, key).to_owned(),
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
    page.gate("medications", "yes").await;
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

#[wasm_bindgen_test]
async fn a_fold_opens_by_itself_on_not_sure_and_on_a_warning_sign_yes_but_not_on_no() {
    let page = Page::mount().await;
    // Danger signs: Not sure opens it where that does not end the check.
    assert_eq!(page.fold_open("lockjaw"), Some(false), "folded at first");
    page.answer("lockjaw", "no").await;
    assert_eq!(
        page.fold_open("lockjaw"),
        Some(false),
        "No leaves it folded"
    );
    page.answer("lockjaw", "unsure").await;
    assert_eq!(page.fold_open("lockjaw"), Some(true), "Not sure opens it");
    page.answer("lockjaw", "no").await;
    assert_eq!(page.fold_open("lockjaw"), Some(false));
    // The person's own opening and closing is kept while the answer does not change it.
    page.toggle_fold("poison").await;
    assert_eq!(page.fold_open("poison"), Some(true), "opened by hand");
    page.answer("cold_leg", "unsure").await;
    assert_eq!(page.fold_open("cold_leg"), Some(true));
    page.toggle_fold("cold_leg").await;
    assert_eq!(page.fold_open("cold_leg"), Some(false), "closed by hand");
    page.answer("back_numb", "no").await;
    assert_eq!(page.fold_open("poison"), Some(true), "stays open");
    assert_eq!(page.fold_open("cold_leg"), Some(false), "stays closed");
    page.answer_rest_mildly().await;
    page.press("next").await;
    // Warning signs: Yes and Not sure open it, No does not.
    assert_eq!(page.step().as_deref(), Some("red_flags"));
    page.answer("fever", "yes").await;
    assert_eq!(page.fold_open("fever"), Some(true), "Yes on a warning sign");
    page.answer("wound", "unsure").await;
    assert_eq!(
        page.fold_open("wound"),
        Some(true),
        "Not sure on a warning sign"
    );
    page.answer("wasting", "no").await;
    assert_eq!(page.fold_open("wasting"), Some(false));
    let summary = page.find("details[data-more=\"fever\"] > summary").unwrap();
    assert_eq!(summary.text_content(), Some(words("ui.more", None)));
}

#[wasm_bindgen_test]
async fn no_to_the_rest_answers_only_the_signs_left_says_so_and_marks_them() {
    let page = Page::mount().await;
    let button = || page.find("button[data-action=\"rest-no\"]");
    assert_eq!(
        button().unwrap().text_content(),
        Some(words("ui.rest_no", Some(10)))
    );
    page.answer("chest_pain", "no").await;
    page.answer("lockjaw", "unsure").await;
    assert_eq!(
        button().unwrap().text_content(),
        Some(words("ui.rest_no", Some(8))),
        "it counts the signs still unanswered"
    );
    page.press("rest-no").await;
    assert!(button().is_none(), "nothing is left for it");
    for fieldset in page.all("fieldset[data-question]") {
        assert!(fieldset.query_selector("input:checked").unwrap().is_some());
    }
    assert!(page.input("lockjaw", "unsure").checked(), "Not sure stays");
    assert!(page.input("chest_pain", "no").checked());
    assert_eq!(page.all("[data-rest-no-mark]").len(), 8);
    for q in ["chest_pain", "lockjaw"] {
        assert!(
            page.find(&format!("[data-question=\"{q}\"] [data-rest-no-mark]"))
                .is_none(),
            "{q} was answered by the person"
        );
    }
    assert!(page
        .find("[data-question=\"poison\"] [data-rest-no-mark]")
        .is_some());
    let done = page
        .find("[data-rest-no-done]")
        .expect("the line that says so");
    assert_eq!(
        done.get_attribute("data-rest-no-done").as_deref(),
        Some("8")
    );
    assert_eq!(done.get_attribute("role").as_deref(), Some("status"));
    assert_eq!(done.text_content(), Some(words("ui.rest_no.done", Some(8))));
    assert_eq!(
        page.focused(),
        Some(done),
        "it holds focus, so it is read out"
    );
    // A marked sign can still be changed; its mark then goes.
    page.answer("cold_leg", "unsure").await;
    assert!(page.input("cold_leg", "unsure").checked());
    assert!(page
        .find("[data-question=\"cold_leg\"] [data-rest-no-mark]")
        .is_none());
    assert_eq!(page.all("[data-rest-no-mark]").len(), 7);
    page.press("next").await;
    assert_eq!(
        page.step().as_deref(),
        Some("red_flags"),
        "every sign is answered"
    );
    // On the warning signs: Yes stays.
    page.answer("fever", "yes").await;
    assert_eq!(
        button().unwrap().text_content(),
        Some(words("ui.rest_no", Some(16)))
    );
    page.press("rest-no").await;
    assert!(page.input("fever", "yes").checked(), "Yes stays");
    assert!(page.input("walking_pain", "no").checked());
    assert_eq!(page.all("[data-rest-no-mark]").len(), 16);
    page.press("next").await;
    assert_eq!(page.step().as_deref(), Some("details"));
    assert!(button().is_none(), "only on the two sign steps");
}

#[wasm_bindgen_test]
async fn no_to_the_rest_names_one_sign_left_as_one() {
    let page = Page::mount().await;
    for fieldset in page.all("fieldset[data-question]").iter().skip(1) {
        let q = fieldset.get_attribute("data-question").unwrap();
        page.answer(&q, "no").await;
    }
    let button = page.find("button[data-action=\"rest-no\"]").unwrap();
    assert_eq!(button.text_content(), Some(words("ui.rest_no.one", None)));
}

#[wasm_bindgen_test]
async fn the_chest_recheck_shows_its_fold_open_no_answer_and_no_rest_button() {
    let page = Page::mount().await;
    page.walk_to(Some("chest_recheck"), &[("location", "chest")])
        .await;
    assert_eq!(page.step().as_deref(), Some("chest_recheck"));
    assert_eq!(page.fold_open("chest_pain"), Some(true));
    assert!(page.find("input:checked").is_none(), "no answer chosen");
    assert!(page.find("[data-action=\"rest-no\"]").is_none());
    assert!(page.find("[data-rest-no-mark]").is_none());
}

#[wasm_bindgen_test]
async fn a_gate_shows_its_checklist_only_after_yes_or_not_sure() {
    let page = Page::mount().await;
    page.walk_to(Some("person"), &[]).await;
    assert_eq!(page.step().as_deref(), Some("person"));
    let list = |q: &str| page.find(&format!("fieldset[data-question=\"{q}\"]"));
    for q in ["conditions", "medications"] {
        let gate = page
            .find(&format!("fieldset[data-gate=\"{q}\"]"))
            .expect("the gate");
        assert!(!gate
            .query_selector("legend")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
            .is_empty());
        assert!(list(q).is_none(), "{q}: the list waits for the gate");
    }
    // Next with the gates unanswered: each gate is named by its own question and marked.
    page.answer_rest_mildly().await;
    page.press("next").await;
    assert_eq!(page.step().as_deref(), Some("person"));
    let summary = page.errors();
    let gate = spasm_check::content::gate(spasm_check::content::Lang::En, Q::Conditions);
    assert!(summary.contains(gate), "{summary}");
    assert!(page
        .find("fieldset[data-gate=\"conditions\"].is-invalid")
        .is_some());
    assert!(page
        .find("fieldset[data-question=\"conditions\"]")
        .is_none());
    // No is "none of these"; Yes after No asks the list afresh.
    page.gate("conditions", "no").await;
    assert!(list("conditions").is_none());
    assert!(page
        .find("fieldset[data-gate=\"conditions\"].is-invalid")
        .is_none());
    page.gate("conditions", "yes").await;
    assert!(list("conditions").is_some());
    assert!(list("conditions")
        .unwrap()
        .query_selector("input:checked")
        .unwrap()
        .is_none());
    // "None of these" in the list shown does not hide it.
    page.answer("conditions", "none").await;
    assert!(list("conditions").is_some());
    assert!(page.input("conditions", "none").checked());
    // Not sure shows the list too; a shown, unanswered list is named by its own question.
    page.gate("medications", "unsure").await;
    assert!(list("medications").is_some());
    page.press("next").await;
    let summary = page.errors();
    let named = spasm_check::content::question(spasm_check::content::Lang::En, Q::Medications);
    assert!(summary.contains(named), "{summary}");
    assert!(page
        .find("fieldset[data-question=\"medications\"].is-invalid")
        .is_some());
    page.answer("medications", "statin").await;
    page.press("next").await;
    assert_eq!(page.level().as_deref(), Some("pharmacist"));
    // After Back the gates show what the answers say: [] is No, a ticked list is Yes.
    page.press("back").await;
    let chosen = |q: &str| {
        page.find(&format!("fieldset[data-gate=\"{q}\"] input:checked"))
            .and_then(|i| i.get_attribute("value"))
    };
    assert_eq!(chosen("conditions").as_deref(), Some("no"));
    assert!(list("conditions").is_none());
    assert_eq!(chosen("medications").as_deref(), Some("yes"));
    assert!(page.input("medications", "statin").checked());
}

#[wasm_bindgen_test]
async fn the_emergency_screen_shows_what_was_answered_beside_the_way_back() {
    let page = Page::mount().await;
    page.answer("lockjaw", "yes").await;
    assert_eq!(page.level().as_deref(), Some("emergency"));
    let sign = page
        .find("section[data-level=\"emergency\"] [data-answered=\"lockjaw\"]")
        .expect("the sign answered");
    let text = sign.text_content().unwrap();
    let en = spasm_check::content::Lang::En;
    let statement = spasm_check::content::question(en, Q::Lockjaw);
    assert!(text.contains(statement), "the statement: {text}");
    let answer = format!(
        "{} {}",
        words("ui.emergency.answer", None),
        words("ui.answer.yes", None)
    );
    assert!(text.contains(&answer), "the answer: {text}");
    let more = spasm_check::content::more(en, Q::Lockjaw);
    assert!(
        !more.is_empty() && text.contains(more),
        "what counts: {text}"
    );
    assert!(
        sign.query_selector("details").unwrap().is_none(),
        "not folded"
    );
    let heading = sign.closest("section").unwrap().unwrap();
    assert_ne!(
        heading.get_attribute("data-level").as_deref(),
        Some("emergency")
    );
    assert!(heading
        .text_content()
        .unwrap()
        .contains(&words("ui.emergency.answered", None)));
    assert!(
        heading
            .query_selector("[data-action=\"review\"]")
            .unwrap()
            .is_some(),
        "the way back is beside it"
    );
    assert!(page.find("[data-action=\"restart\"]").is_some());
    page.press("review").await;
    assert!(page.input("lockjaw", "yes").checked());
}

#[wasm_bindgen_test]
async fn taking_over_keeps_folds_marks_the_line_and_focus() {
    use spasm_check::app::Takeover;
    use spasm_check::engine::{Answers, Flag};
    let mut answers = Answers::new();
    for q in Q::in_section(spasm_check::engine::Section::Emergency) {
        answers.set_flag(q, Flag::No).unwrap();
    }
    answers.set_flag(Q::Lockjaw, Flag::Unsure).unwrap();
    let page = Page::mount_with(AppProps {
        takeover: Some(Takeover {
            answers,
            focus: Some("details[data-more=\"poison\"] > summary".to_owned()),
            folds: vec![(Q::Poison, true), (Q::Lockjaw, false)],
            rest_no_marked: [Q::ColdLeg, Q::BackNumb].into_iter().collect(),
            rest_no_done: Some(2),
            ..Takeover::default()
        }),
        ..AppProps::default()
    })
    .await;
    assert_eq!(
        page.fold_open("poison"),
        Some(true),
        "opened on the static step"
    );
    assert_eq!(
        page.fold_open("lockjaw"),
        Some(false),
        "closed there by the person, though Not sure opens it"
    );
    assert_eq!(page.all("[data-rest-no-mark]").len(), 2);
    assert!(page.find("[data-rest-no-done=\"2\"]").is_some());
    let summary = page.find("details[data-more=\"poison\"] > summary");
    assert_eq!(page.focused(), summary, "focus stays on the fold's summary");
    assert!(page.find("[data-action=\"rest-no\"]").is_none());
}

#[wasm_bindgen_test]
async fn the_whatsapp_link_sends_the_short_text_on_pharmacist_and_doctor_results_only() {
    use spasm_check::components::Ui;
    let with_number = || AppProps {
        ui: Ui {
            whatsapp: Some("919876543210".into()),
            ..Ui::default()
        },
        ..AppProps::default()
    };
    let page = Page::mount_with(with_number()).await;
    page.journey(&[("conditions", "diabetes")]).await;
    assert_eq!(page.level().as_deref(), Some("pharmacist"));
    let link = page.find("a[data-action=\"whatsapp\"]").expect("the link");
    let href = link.get_attribute("href").unwrap();
    let text = href
        .strip_prefix("https://wa.me/919876543210?text=")
        .expect("a wa.me link to the number");
    let text = String::from(web_sys::js_sys::decode_uri_component(text).unwrap());
    assert!(text.contains("Has diabetes (high blood sugar)"), "{text}");
    assert!(text.contains(&words("level.pharmacist", None)));
    assert!(
        !text.contains(&words("ui.summary.answers", None)),
        "no answers"
    );
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert!(
        page.find("[data-whatsapp-note]").is_none(),
        "no doctor's note here"
    );

    let doctor = Page::mount_with(with_number()).await;
    doctor.journey(&[("fever", "yes")]).await;
    assert_eq!(doctor.level().as_deref(), Some("doctor_today"));
    assert!(doctor.find("a[data-action=\"whatsapp\"]").is_some());
    assert!(doctor.find("[data-whatsapp-note]").is_some());

    let mild = Page::mount_with(with_number()).await;
    mild.journey(&[]).await;
    assert_eq!(mild.level().as_deref(), Some("self_care"));
    assert!(mild.find("a[data-action=\"whatsapp\"]").is_none());

    let emergency = Page::mount_with(with_number()).await;
    emergency.answer("chest_pain", "yes").await;
    assert_eq!(emergency.level().as_deref(), Some("emergency"));
    assert!(emergency.find("[data-action=\"whatsapp\"]").is_none());
    assert!(emergency.find("[data-action=\"share\"]").is_none());

    let without = Page::mount().await;
    without.journey(&[("conditions", "diabetes")]).await;
    assert!(without.find("a[data-action=\"whatsapp\"]").is_none());
}
