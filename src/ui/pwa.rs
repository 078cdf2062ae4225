//! The notices about offline use and updates, above every screen.
//!
//! The service worker itself is registered and watched by `public/pwa.js`: plain
//! JavaScript, as the browser API is promise and event based. That file tells this one
//! when a new deployment waits (`digiwijzer:update-ready`, and the class `update-ready`
//! on `<html>` for an app that starts later) and hears from it when the user chooses
//! "herladen" (`digiwijzer:accept-update`). A new worker never takes over by itself:
//! that would swap the code under a user who is halfway through the self-assessment.

use crate::strings as s;
use leptos::prelude::*;

/// The class `public/pwa.js` sets on `<html>` when a new version waits.
const UPDATE_READY_CLASS: &str = "update-ready";
/// The event `public/pwa.js` sends when a new version starts waiting.
const UPDATE_READY_EVENT: &str = "digiwijzer:update-ready";
/// The event that asks `public/pwa.js` to let the waiting version take over.
const ACCEPT_UPDATE_EVENT: &str = "digiwijzer:accept-update";

/// The persistent notices: offline, "new version", and in an iframe that nobody sizes,
/// what the host page's editor can do (shown by a class, see `ui/embed.rs`). One live
/// region that is always in the DOM, so screen readers announce what appears in it.
#[component]
pub fn AppNotices() -> impl IntoView {
    let online = RwSignal::new(window().navigator().on_line());
    let on = window_event_listener(leptos::ev::online, move |_| online.set(true));
    let off = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    let waiting = document().document_element().is_some_and(|root| root.class_list().contains(UPDATE_READY_CLASS));
    let update_ready = RwSignal::new(waiting);
    let ready = window_event_listener_untyped(UPDATE_READY_EVENT, move |_| update_ready.set(true));
    on_cleanup(move || {
        on.remove();
        off.remove();
        ready.remove();
    });

    view! {
        <div class="app-notices no-print" role="status">
            {super::embed::active().then(|| view! { <p class="notice notice--embed">{s::EMBED_UNHEARD}</p> })}
            <Show when=move || !online.get()>
                <p class="notice notice--offline">{s::OFFLINE_NOTICE}</p>
            </Show>
            <Show when=move || update_ready.get()>
                <p class="notice notice--update">
                    {s::UPDATE_AVAILABLE}
                    <button type="button" class="update__reload" on:click=move |_| accept_update()>
                        {s::UPDATE_RELOAD}
                    </button>
                </p>
            </Show>
        </div>
    }
}

/// The user chose "herladen": `public/pwa.js` lets the waiting worker take over and
/// reloads once it is in control, and cancels the event to say it heard. If nobody did
/// (that script is not there), a plain reload is all there is to do.
fn accept_update() {
    let init = web_sys::EventInit::new();
    init.set_cancelable(true);
    let heard = web_sys::Event::new_with_event_init_dict(ACCEPT_UPDATE_EVENT, &init)
        .is_ok_and(|event| window().dispatch_event(&event) == Ok(false));
    if !heard {
        let _ = window().location().reload();
    }
}
