//! The language shown, and the way to change it.

use yew::prelude::*;

use crate::content::Lang;

/// The language shown, and the way to change it: the host's language (`host`) at first and
/// whenever the host changes it, else the person's choice. A language whose words are not here
/// yet is downloaded first (the widget's own file; the request carries nothing the person
/// entered), and the page changes language once it has arrived.
#[hook]
pub fn use_language(host: Lang) -> (Lang, Callback<Lang>) {
    let lang = use_state_eq(|| {
        if host.is_loaded() {
            host
        } else {
            Lang::ALL
                .iter()
                .copied()
                .find(|l| l.is_loaded())
                .unwrap_or(host)
        }
    });
    let choose = {
        let lang = lang.clone();
        Callback::from(move |wanted: Lang| {
            if wanted.is_loaded() {
                lang.set(wanted);
            } else {
                // (Native builds, the prerenderer's, have every language.)
                #[cfg(target_arch = "wasm32")]
                {
                    let lang = lang.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        if crate::words::fetch_language(wanted).await {
                            lang.set(wanted);
                        }
                    });
                }
            }
        })
    };
    {
        let choose = choose.clone();
        use_effect_with(host, move |host| choose.emit(*host));
    }
    (*lang, choose)
}
