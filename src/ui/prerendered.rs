//! The tip list that the release build writes into index.html (scripts/prerender.mjs),
//! so the first cards show before the wasm has loaded. The app replaces it when it
//! mounts; what the user already typed into its search box is carried over.

use super::list_page::SEARCH_BOX;
use super::router::replace_url;
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
    let input = search_box();
    let focused =
        input.as_ref().zip(document.active_element()).is_some_and(|(input, active)| input.is_same_node(Some(&active)));
    let typed = input.map(|i| i.value()).unwrap_or_default();
    // Hidden on this address (public/prerender-guard.js): nobody typed there, whatever it holds.
    let shown = document.document_element().is_some_and(|root| !root.class_list().contains("prerender-off"));
    prerendered.remove();
    if shown && !typed.trim().is_empty() {
        replace_url(&Route::for_query(&Query::text(typed.clone())).to_hash());
    }
    Some(Handover { typed, focused })
}

impl Handover {
    /// Puts the caret back where the user left it: at the end of the carried-over text.
    pub fn restore_focus(&self) {
        if !self.focused {
            return;
        }
        if let Some(input) = search_box() {
            let _ = input.focus();
            let end = self.typed.encode_utf16().count() as u32;
            let _ = input.set_selection_range(end, end);
        }
    }
}

/// The page's search box: the prerendered one before mounting, the app's after.
fn search_box() -> Option<web_sys::HtmlInputElement> {
    document().get_element_by_id(SEARCH_BOX).and_then(|el| el.dyn_into().ok())
}
