//! The current hash route as a signal, and the two ways to change it.
//!
//! leptos_router has no hash router, so this is ours: a few lines over `hashchange`.

use crate::route::{self, Parsed, Route};
use leptos::prelude::*;

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Provides the route signal to every component below. Call once, in `App`.
pub fn provide_router() -> ReadSignal<Parsed> {
    let (parsed, set_parsed) = signal(route::parse(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_parsed.set(route::parse(&current_hash()));
    });
    on_cleanup(move || handle.remove());
    provide_context(Router { parsed, set_parsed });
    parsed
}

#[derive(Clone, Copy)]
pub struct Router {
    parsed: ReadSignal<Parsed>,
    set_parsed: WriteSignal<Parsed>,
}

pub fn use_router() -> Router {
    expect_context::<Router>()
}

impl Router {
    pub fn route(&self) -> Memo<Route> {
        let parsed = self.parsed;
        Memo::new(move |_| parsed.with(|p| p.route.clone()))
    }

    pub fn ignored(&self) -> Signal<Vec<String>> {
        let parsed = self.parsed;
        Signal::derive(move || parsed.with(|p| p.ignored.clone()))
    }

    /// Goes to `route` as a new history entry, so Back returns here.
    pub fn push(&self, route: &Route) {
        let _ = window().location().set_hash(&route.to_hash());
    }

    /// Updates the URL without a history entry: for typing, so Back does not replay keystrokes.
    pub fn replace(&self, route: &Route) {
        let hash = route.to_hash();
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
        }
        self.set_parsed.set(route::parse(&hash));
    }
}
