//! Why a statement is there: each source it is drawn from, quoted word for word, with
//! who says it and a link to the passage on the tips page.

use crate::assessment::Source;
use crate::strings as s;
use leptos::prelude::*;

/// Where this history entry remembers the source link the user followed, so coming back
/// (Back, which loads this page again after the tips page) lands on that link instead of
/// at the top of a hundred statements.
const RETURN_TO: &str = "digiwijzerTerugNaar";

/// The sources of one statement. With `link_ids` (a DOM id prefix) each link gets an id,
/// and following it is remembered, so that Back returns to it
/// ([`return_to_followed_source`]).
#[component]
pub fn Quotes(sources: &'static [Source], #[prop(optional)] link_ids: Option<String>) -> impl IntoView {
    view! {
        <div class="sources">
            <p class="sources__label">{s::WHY_SOURCES}</p>
            <ul class="sources__list">
                {sources
                    .iter()
                    .enumerate()
                    .map(|(i, source)| {
                        let link_id = link_ids.as_ref().map(|prefix| format!("{prefix}-bron-{i}"));
                        let remember = link_id.clone();
                        let follow = move |_| {
                            if let Some(id) = &remember {
                                remember_followed_source(id);
                            }
                        };
                        view! {
                            <li class="source">
                                <blockquote class="source__quote" lang=s::CORPUS_LANG>
                                    <p>{source.quote.as_ref()}</p>
                                </blockquote>
                                <p class="source__by" lang=s::CORPUS_LANG>
                                    {source.speaker.as_ref().map(|a| format!("{} · ", s::said_by(a)))}
                                    <a id=link_id href=super::source_href(&source.reference) on:click=follow>
                                        {s::reference_label(source)}
                                    </a>
                                </p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}

fn remember_followed_source(link_id: &str) {
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &RETURN_TO.into(), &link_id.into());
    if let Ok(history) = window().history() {
        let _ = history.replace_state(&state, "");
    }
}

/// After Back from a source, puts focus (and so the view) on the link the user followed.
/// Says whether it did.
pub fn return_to_followed_source() -> bool {
    let Ok(history) = window().history() else { return false };
    let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
    if !state.is_object() {
        return false;
    }
    let Some(id) = js_sys::Reflect::get(&state, &RETURN_TO.into()).ok().and_then(|v| v.as_string()) else {
        return false;
    };
    let _ = history.replace_state(&wasm_bindgen::JsValue::NULL, "");
    crate::ui::dom::focus_later(id, crate::ui::dom::Scroll::AsIs);
    true
}
