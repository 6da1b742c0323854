//! The result: the level in words, colour and icon, what to do, why, and the tips.

use std::rc::Rc;

use yew::prelude::*;

use super::result_parts::{
    banner, emergency_signs, nav, nav_button, reasons, result_footer, section, send, source_note,
    todo,
};
use super::summary::{summary, SummaryArgs};
use super::summary_actions::SummaryActions;
use super::Ui;
use crate::content;
use crate::engine::{Answers, Assessment, Level};
use crate::hooks::use_focus_on_mount;
use crate::state::Action;

/// Props of [`ResultPanel`].
#[derive(Properties, PartialEq)]
pub struct ResultPanelProps {
    /// This widget's language, numbers, links and id prefix.
    pub ui: Ui,
    /// The assessment shown.
    pub assessment: Rc<Assessment>,
    /// The answers it was made from (for the summary).
    pub answers: Rc<Answers>,
    /// Whether the heading takes focus when the result appears.
    pub focus: bool,
    /// Called with Back or Restart.
    pub on_action: Callback<Action>,
}

/// The result of a complete check (any level but the emergency screen).
#[component]
pub fn ResultPanel(props: &ResultPanelProps) -> Html {
    let ui = &props.ui;
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.focus);
    let a = &props.assessment;
    let level = a.level.id();
    let heading_id = ui.id(&["result"]);
    let when = use_memo(ui.lang, |lang| AttrValue::from(now_in_words(lang.tag())));
    // The short text that Share and WhatsApp send (never an answer).
    let short = AttrValue::from(crate::summary::share_text(
        ui.lang,
        a,
        &when,
        &ui.numbers_text(),
    ));
    let more = html! {
        <>
            if let Some(link) = host_link(ui, a.level) {
                { link }
            }
            if let Some(link) = whatsapp_link(ui, a.level, &short) {
                { link }
            }
            if !a.unsure_signs.is_empty() {
                <p class="sc-callout" data-unsure="true">{ content::wait_unsure(ui.lang) }</p>
            }
        </>
    };
    let tips = html! {
        <ul class="sc-list">
            { for a.tips.iter().map(|tip| {
                let notes = a.tip_notes.iter().filter(|n| n.tip() == *tip);
                html! {
                    <li key={tip.id()} class="sc-list__item" data-tip={tip.id()}>
                        <p class="sc-list__text">{ content::tip(ui.lang, *tip) }</p>
                        { for notes.map(|n| html! {
                            <p key={n.id()} class="sc-list__text" data-tip-note={n.id()}>
                                { content::note(ui.lang, *n) }
                            </p>
                        }) }
                        { source_note(ui, tip.sources()) }
                    </li>
                }
            }) }
        </ul>
    };
    let on_action = &props.on_action;
    html! {
        <section class={super::concat(&["sc-result sc-result--", level])}
            data-level={level} aria-labelledby={heading_id.clone()}>
            { banner(ui, a.level, heading_id, Some(heading)) }
            { todo(ui, a.level, more) }
            { reasons(ui, &a.reasons) }
            { section("sc-tips", ui.t("ui.result.tips"), tips) }
            <SummaryActions ui={ui.clone()} answers={props.answers.clone()}
                assessment={a.clone()} when={(*when).clone()} short={short} />
            <div class="sc-print-only">
                { summary(ui, &SummaryArgs {
                    answers: &props.answers,
                    assessment: a,
                    when: &when,
                    large: false,
                    answers_only: true,
                }) }
            </div>
            { emergency_signs(ui) }
            { result_footer(ui) }
            { nav(html! {
                <>
                    { nav_button(ui.t("ui.back"), "back", false, send(on_action, Action::Back)) }
                    { nav_button(ui.t("ui.restart"), "restart", true,
                        send(on_action, Action::Restart)) }
                </>
            }) }
        </section>
    }
}

/// The host's own pharmacist or doctor link for this level, if it gave one.
fn host_link(ui: &Ui, level: Level) -> Option<Html> {
    let (link, key) = match level {
        Level::Pharmacist => (ui.pharmacist.as_ref()?, "ui.link.pharmacist"),
        Level::DoctorToday | Level::DoctorSoon => (ui.doctor.as_ref()?, "ui.link.doctor"),
        _ => return None,
    };
    let label = link.label.clone().unwrap_or(AttrValue::Static(ui.t(key)));
    Some(html! {
        <p class="sc-host-link">
            <a class="sc-button sc-button--primary" href={link.url.clone()}
                target="_blank" rel="noopener noreferrer" data-link={key}>{ label }</a>
        </p>
    })
}

/// The link that sends `short` to the host's WhatsApp number, on the levels where a pharmacist
/// or doctor should hear about it; on the doctor levels it says that it does not replace
/// seeing one.
fn whatsapp_link(ui: &Ui, level: Level, short: &str) -> Option<Html> {
    let number = ui.whatsapp.as_ref()?;
    let doctor = match level {
        Level::Pharmacist => false,
        Level::DoctorToday | Level::DoctorSoon => true,
        _ => return None,
    };
    // The number is digits only (checked in `config`), the text encoded as a URI component.
    let text = String::from(web_sys::js_sys::encode_uri_component(short));
    let href = super::concat(&["https://wa.me/", number, "?text=", &text]);
    Some(html! {
        <p class="sc-host-link sc-whatsapp">
            <a class="sc-button sc-button--primary" href={href} target="_blank"
                rel="noopener noreferrer" data-action="whatsapp">{ ui.t("ui.whatsapp") }</a>
            if doctor {
                <span class="sc-whatsapp__note" data-whatsapp-note="">
                    { ui.t("ui.whatsapp.doctor") }
                </span>
            }
        </p>
    })
}

/// The current date and time, as the person's language writes it.
fn now_in_words(lang: &str) -> String {
    let options = web_sys::js_sys::Object::new();
    for (key, value) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = web_sys::js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    web_sys::js_sys::Date::new_0()
        .to_locale_string(&format!("{lang}-IN"), &options)
        .into()
}
