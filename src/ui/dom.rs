//! The DOM work every screen shares: moving focus, waiting for a paint, downloading a
//! file. One of each, so they behave the same everywhere.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Runs `f` once the frame being prepared now has been painted: for work the user is
/// not waiting for.
pub fn after_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, std::time::Duration::ZERO));
}

/// Whether [`focus`] also scrolls the element into view.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Scroll {
    IntoView,
    AsIs,
}

/// Moves focus to `el`. An element that cannot take focus by itself (a heading, a
/// landmark) is made focusable by script only, so Tab still skips it; a button or field
/// keeps its place in the tab order.
pub fn focus(el: &web_sys::HtmlElement, scroll: Scroll) {
    if el.tab_index() < 0 {
        el.set_tab_index(-1);
    }
    if scroll == Scroll::IntoView {
        el.scroll_into_view();
    }
    let _ = el.focus();
}

/// [`focus`] on the element with this id, if it is there.
pub fn focus_id(id: &str, scroll: Scroll) {
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        focus(&el, scroll);
    }
}

/// [`focus_id`] once the next frame has rendered the element (it may be new).
pub fn focus_later(id: impl Into<String>, scroll: Scroll) {
    let id = id.into();
    request_animation_frame(move || focus_id(&id, scroll));
}

/// Downloads `contents` as a file named `name`: a Blob behind an object URL, clicked
/// through a temporary `<a download>`. Returns false if the browser refused.
pub fn download(name: &str, mime: &str, contents: &str) -> bool {
    try_download(name, mime, contents).is_some()
}

fn try_download(name: &str, mime: &str, contents: &str) -> Option<()> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    let body = document.body()?;
    body.append_child(&link).ok()?;
    link.click();
    let _ = body.remove_child(&link);
    // The click has started the download; the URL is not needed much longer.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    Some(())
}

/// `2024-11-22`, for file names.
pub fn file_date(ms: u64) -> String {
    let d = crate::corpus::Date::from_unix_ms(ms);
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// While the calling component lives, leaving the page (another tab, closing it, the
/// phone's home button) first takes the focus out of the field being typed in, so the
/// field's `change` saves what was typed.
pub fn commit_typing_on_leave() {
    let handle = leptos::prelude::window_event_listener(leptos::ev::visibilitychange, |_| {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        if document.visibility_state() == web_sys::VisibilityState::Hidden {
            if let Some(field) = document.active_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
                field.blur().ok();
            }
        }
    });
    leptos::prelude::on_cleanup(move || handle.remove());
}
