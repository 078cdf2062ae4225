//! Embed mode for intranet iframes: `index.html?embed=1#/…` shows the app without page
//! chrome (header, footer, skip link), which the host page already has.
//!
//! When embedded, the app reports its height to the parent page so the iframe can grow
//! with its content instead of showing a second scroll bar:
//!
//! ```text
//! window.parent.postMessage({ type: "digiwijzer:height", height: <CSS pixels, integer> }, "*")
//! ```
//!
//! It is sent once at start-up and again whenever the height changes. The target origin
//! is `*` because the app cannot know the host's origin (no referrer is sent) and the
//! message holds nothing but a number; the host must check `event.origin` itself.
//! The README has the iframe snippet and the listener.

use std::cell::Cell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The message type of the height report; part of the documented embedding contract.
pub const HEIGHT_MESSAGE: &str = "digiwijzer:height";

/// The class on `<html>` that style/app.css uses to hide the chrome.
const EMBED_CLASS: &str = "embed";

/// Whether the URL asks for embed mode: `embed=1` in the query string (not the hash,
/// which belongs to the router).
pub fn requested(search: &str) -> bool {
    search.trim_start_matches('?').split('&').any(|pair| pair == "embed=1")
}

thread_local! {
    /// Set once by [`start`]: the URL's query string does not change while the page lives.
    static ACTIVE: Cell<bool> = const { Cell::new(false) };
}

/// Whether this page runs in embed mode (links to the other page must keep it).
pub fn active() -> bool {
    ACTIVE.with(Cell::get)
}

/// Turns on embed mode when the URL asks for it. Call once, before mounting.
pub fn start() {
    let window = web_sys::window();
    let Some(window) = window else { return };
    let search = window.location().search().unwrap_or_default();
    if !requested(&search) {
        return;
    }
    ACTIVE.with(|a| a.set(true));
    let Some(root) = window.document().and_then(|d| d.document_element()) else { return };
    let _ = root.class_list().add_1(EMBED_CLASS);
    let parent = window.parent().ok().flatten();
    // Opened on its own (a tester trying the embed URL) there is nobody to tell.
    if let Some(parent) = parent.filter(|p| !js_sys::Object::is(p, &window)) {
        report_height(&root, parent);
    }
}

/// Posts the height of `<html>` to `parent` now and whenever it changes.
fn report_height(root: &web_sys::Element, parent: web_sys::Window) {
    let last = std::rc::Rc::new(Cell::new(-1.0_f64));
    let send = {
        let root = root.clone();
        move || {
            let height = root.get_bounding_client_rect().height().ceil();
            if height == last.get() {
                return;
            }
            last.set(height);
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            let _ = parent.post_message(&message, "*");
        }
    };
    let on_resize = Closure::<dyn FnMut()>::new(send);
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        // The observer reports the initial size too, so no separate first message.
        observer.observe(root);
    }
    on_resize.forget(); // observes for the life of the page
}
