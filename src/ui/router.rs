//! The current hash route as a signal, and the two ways to change it.
//!
//! leptos_router has no hash router, so this is ours: a few lines over `hashchange`.

use crate::route::{self, Ignored, Page, Parsed, Route};
use leptos::prelude::*;

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Provides the route signal to every component below. Call once, at the root of `page`.
pub fn provide_router(page: Page) -> Router {
    let mut first = route::parse(&current_hash());
    // Said with what the first route left out, and gone with it on the next one: the
    // query string stays for the page's life, but the visitor needs telling once.
    let search = window().location().search().unwrap_or_default();
    first.ignored.append(&mut route::Asked::parse(&search).ignored);
    send_to_its_page(page, &first.route);
    remember_list(&first.route);
    let (parsed, set_parsed) = signal(first);
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        // A link was followed: a URL write still waiting for typing would land on the new page.
        PENDING_URL.with(|p| p.borrow_mut().take());
        let next = route::parse(&current_hash());
        send_to_its_page(page, &next.route);
        remember_list(&next.route);
        set_parsed.set(next);
    });
    on_cleanup(move || handle.remove());
    let router = Router { parsed, set_parsed, page };
    provide_context(router);
    router
}

/// Old bookmarks and hand-typed URLs may name a route of the other page
/// (`index.html#/zelfevaluatie`): load that page instead, without a history entry.
fn send_to_its_page(page: Page, route: &Route) {
    if Page::of(route) != page {
        let _ = window().location().replace(&route.href_from(page, super::embed::mode(), super::language::linked()));
    }
}

/// The list's search state is in its route, so remembering the last list route is
/// remembering the search the user came from.
fn remember_list(route: &Route) {
    if route.is_list() {
        LAST_LIST.with(|last| *last.borrow_mut() = Some(route.clone()));
    }
}

#[derive(Clone, Copy)]
pub struct Router {
    parsed: ReadSignal<Parsed>,
    set_parsed: WriteSignal<Parsed>,
    page: Page,
}

pub fn use_router() -> Router {
    expect_context::<Router>()
}

impl Router {
    pub fn route(&self) -> Memo<Route> {
        let parsed = self.parsed;
        Memo::new(move |_| parsed.with(|p| p.route.clone()))
    }

    /// The page this router runs on.
    pub fn page(&self) -> Page {
        self.page
    }

    pub fn ignored(&self) -> Signal<Vec<Ignored>> {
        let parsed = self.parsed;
        Signal::derive(move || parsed.with(|p| p.ignored.clone()))
    }

    /// The `href` for a link to `route` from this page (see [`Route::href_from`]).
    pub fn href(&self, route: &Route) -> String {
        route.href_from(self.page, super::embed::mode(), super::language::linked())
    }

    /// The `href` back to the list as the user last left it, with its query and filters;
    /// the whole list when they came straight to this screen (a shared link, a reload).
    pub fn back_to_list(&self) -> String {
        LAST_LIST.with(|last| self.href(last.borrow().as_ref().unwrap_or(&Route::Home)))
    }

    /// Goes to `route` as a new history entry, so Back returns here.
    pub fn push(&self, route: &Route) {
        // Back must return to what was typed, even in the frame right after typing.
        write_pending_url();
        let _ = window().location().set_hash(&route.to_hash());
    }

    /// Updates the URL without a history entry: for typing, so Back does not replay keystrokes.
    ///
    /// The route changes at once; the address bar follows right after the next paint.
    /// `history.replaceState` costs up to several milliseconds in Chromium, as much as the
    /// search itself, and the user is waiting for the results, not for the URL.
    pub fn replace(&self, route: &Route) {
        let hash = route.to_hash();
        remember_list(route);
        self.set_parsed.set(route::parse(&hash));
        let first = PENDING_URL.with(|p| p.borrow_mut().replace(hash).is_none());
        if first {
            super::dom::after_paint(write_pending_url);
            // Hidden or throttled documents may get no frame soon; the URL must follow anyway.
            set_timeout(write_pending_url, std::time::Duration::from_millis(100));
        }
    }
}

thread_local! {
    /// The URL that `Router::replace` has yet to write; keystrokes in one frame share one write.
    static PENDING_URL: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
    /// The list as the user last saw it on this page, with its query and filters.
    static LAST_LIST: std::cell::RefCell<Option<Route>> = const { std::cell::RefCell::new(None) };
}

fn write_pending_url() {
    if let Some(hash) = PENDING_URL.with(|p| p.borrow_mut().take()) {
        replace_url(&hash);
    }
}

/// Puts `hash` in the address bar without a history entry and without a `hashchange`.
pub(super) fn replace_url(hash: &str) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}
