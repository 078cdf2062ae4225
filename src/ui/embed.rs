//! Embed mode for intranet iframes: `index.html?embed=1#/…` shows the app without page
//! chrome (footer, skip link, the header's name and logo), which the host page already
//! has; of the header only the menu stays, as the way between the two pages
//! (style/app.css).
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
//! message holds nothing but a number; the host must check `event.origin` itself, as
//! `public/inbedden.js` (the listener the README tells hosts to include) does.
//!
//! That listener answers `{ type: "digiwijzer:height-ack" }`. Until an answer comes the
//! report is sent again every second for a while, since the host's script may load after
//! the app. A frame shorter than its content whose page never answers is one nobody
//! sizes: the user scrolls inside it. After a few unanswered reports the app then shows a
//! notice saying what the page's editor can do. `?embed=vast` asks for a frame of fixed
//! height (a CMS that allows no script at all) and never shows it.

use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The message type of the height report; part of the documented embedding contract.
pub const HEIGHT_MESSAGE: &str = "digiwijzer:height";
/// The host's answer to a height report (public/inbedden.js).
pub const HEIGHT_ACK: &str = "digiwijzer:height-ack";

/// The class on `<html>` that style/app.css uses to hide the chrome.
const EMBED_CLASS: &str = "embed";
/// The class on `<html>` that shows the notice of a frame nobody sizes (style/app.css).
const UNHEARD_CLASS: &str = "embed-unheard";
/// Unanswered reports are sent again this often, this many times; the notice may show
/// from the `GRACE`th on, so a host script that loads late has time to answer.
const RESEND_MS: u64 = 1000;
const RESENDS: u32 = 10;
const GRACE: u32 = 3;

thread_local! {
    /// Set once by [`start`]: the URL's query string does not change while the page lives.
    static MODE: Cell<Option<&'static str>> = const { Cell::new(None) };
    /// The host page has answered a height report.
    static HEARD: Cell<bool> = const { Cell::new(false) };
}

/// This page's embed mode (links to the other page must keep it), if any.
pub fn mode() -> Option<&'static str> {
    MODE.with(Cell::get)
}

/// Whether this page runs in embed mode.
pub fn active() -> bool {
    mode().is_some()
}

/// Turns on embed mode when the URL asks for it. Call once, before mounting.
pub fn start() {
    let window = web_sys::window();
    let Some(window) = window else { return };
    let search = window.location().search().unwrap_or_default();
    // From the query string, not the hash, which belongs to the router.
    let Some(mode) = crate::route::Asked::parse(&search).embed else { return };
    MODE.with(|m| m.set(Some(mode)));
    let Some(root) = window.document().and_then(|d| d.document_element()) else { return };
    let _ = root.class_list().add_1(EMBED_CLASS);
    let parent = window.parent().ok().flatten();
    // Opened on its own (a tester trying the embed URL) there is nobody to tell.
    if let Some(parent) = parent.filter(|p| !js_sys::Object::is(p, &window)) {
        report_height(window, root, parent, mode != crate::route::EMBED_FIXED);
    }
}

/// Posts the height of `<html>` to `parent` now and whenever it changes, and, when
/// `expect_answer`, watches whether the host answers.
fn report_height(window: web_sys::Window, root: web_sys::Element, parent: web_sys::Window, expect_answer: bool) {
    let last = Cell::new(-1.0_f64);
    let sent = Cell::new(0_u32);
    let report: Rc<dyn Fn(bool)> = {
        let (window, root, parent) = (window.clone(), root.clone(), parent.clone());
        Rc::new(move |again: bool| {
            let height = root.get_bounding_client_rect().height().ceil();
            if again || height != last.get() {
                last.set(height);
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
                let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
                let _ = parent.post_message(&message, "*");
            }
            if again {
                sent.set(sent.get() + 1);
            }
            if expect_answer {
                let frame = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(height);
                let unheard = !HEARD.with(Cell::get) && sent.get() >= GRACE && height > frame + 1.0;
                let _ = root.class_list().toggle_with_force(UNHEARD_CLASS, unheard);
            }
        })
    };

    let on_resize = {
        let report = report.clone();
        Closure::<dyn FnMut()>::new(move || report(false))
    };
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        // The observer reports the initial size too, so no separate first message.
        observer.observe(&root);
    }
    if expect_answer {
        let on_message = {
            let report = report.clone();
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let from_parent = event.source().is_some_and(|source| js_sys::Object::is(&source, &parent));
                let kind = js_sys::Reflect::get(&event.data(), &"type".into()).ok().and_then(|t| t.as_string());
                if from_parent && kind.as_deref() == Some(HEIGHT_ACK) {
                    HEARD.with(|h| h.set(true));
                    report(false);
                }
            })
        };
        let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
        on_message.forget(); // listens for the life of the page
        resend(report, RESENDS);
    }
    on_resize.forget(); // observes for the life of the page
}

/// Sends the report again after a second, `left` times, until the host answers.
fn resend(report: Rc<dyn Fn(bool)>, left: u32) {
    if left == 0 {
        return;
    }
    leptos::prelude::set_timeout(
        move || {
            if HEARD.with(Cell::get) {
                return;
            }
            report(true);
            resend(report, left - 1);
        },
        std::time::Duration::from_millis(RESEND_MS),
    );
}
