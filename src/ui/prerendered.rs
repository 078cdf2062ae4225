//! The tip list that the release build writes into index.html (scripts/prerender.mjs),
//! so the first cards show before the wasm has loaded. The app replaces it when it
//! mounts; what the user already typed into its search box is carried over.

use crate::route::Route;
use crate::search::Query;
use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// The element that holds the prerendered page (index.html, style/app.css).
const ID: &str = "prerendered";

/// What the user did to the prerendered page before the app took over.
pub struct Handover {
    typed: String,
    focused: bool,
}

/// Removes the prerendered page, if this page has one. Call right before mounting: both
/// happen in one task, so no frame shows neither or both.
///
/// Text typed into its search box becomes the route's search, so the app opens on it.
pub fn remove() -> Option<Handover> {
    let document = document();
    let prerendered = document.get_element_by_id(ID)?;
    let input = prerendered
        .query_selector("input[type=search]")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
    let focused = input.as_ref().zip(document.active_element()).is_some_and(|(input, active)| input.is_same_node(Some(&active)));
    let typed = input.map(|i| i.value()).unwrap_or_default();
    // Hidden on this address (public/prerender-guard.js): nobody typed there, whatever it holds.
    let shown = document.document_element().is_some_and(|root| !root.class_list().contains("prerender-off"));
    prerendered.remove();
    if shown && !typed.trim().is_empty() {
        let hash = Route::for_query(&Query::text(typed.clone())).to_hash();
        if let Ok(history) = leptos::prelude::window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
        }
    }
    Some(Handover { typed, focused })
}

impl Handover {
    /// Puts the caret back where the user left it: at the end of the carried-over text.
    pub fn restore_focus(&self) {
        if !self.focused {
            return;
        }
        let input = document().get_element_by_id("zoekveld").and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(input) = input {
            let _ = input.focus();
            let end = self.typed.encode_utf16().count() as u32;
            let _ = input.set_selection_range(end, end);
        }
    }
}
