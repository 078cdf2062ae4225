//! Offline use and updates: registers the service worker (public/sw.js), tells the user
//! when a new deployment is waiting, and says so politely while the network is gone.
//!
//! A new worker never takes over by itself: that would swap the code under a user who is
//! halfway through the self-assessment. It waits until the user chooses "herladen"; the
//! page then reloads once the new worker is in control. Reloading keeps localStorage, so
//! no answers are lost.

use crate::strings as s;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    /// The registration, so the banner's button can reach the waiting worker.
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    /// Set when the user accepted the update; the first install also fires
    /// `controllerchange` (the worker claims the page) and must not reload.
    static RELOAD_ON_TAKEOVER: Cell<bool> = const { Cell::new(false) };
}

/// The persistent notices above every screen: offline, and "new version". One live
/// region that is always in the DOM, so screen readers announce what appears in it.
#[component]
pub fn AppNotices() -> impl IntoView {
    let online = RwSignal::new(window().navigator().on_line());
    let on = window_event_listener(leptos::ev::online, move |_| online.set(true));
    let off = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    on_cleanup(move || {
        on.remove();
        off.remove();
    });
    let update_ready = RwSignal::new(false);
    // After the first paint: installing the worker downloads the whole app for offline use.
    super::dom::after_paint(move || register_worker(update_ready));

    view! {
        <div class="app-notices no-print" role="status">
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

fn container() -> Option<ServiceWorkerContainer> {
    // Service workers exist only in secure contexts (https, localhost), and reading the
    // property throws in some sandboxed frames; either way the app still works online,
    // just not offline.
    js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("serviceWorker"))
        .ok()
        .and_then(|c| c.dyn_into::<ServiceWorkerContainer>().ok())
}

/// Registers `sw.js` next to the page. The URL is relative, so the worker's scope is
/// whatever folder the app is deployed in.
fn register_worker(update_ready: RwSignal<bool>) {
    let Some(container) = container() else { return };
    let takeover = Closure::<dyn FnMut()>::new(|| {
        if RELOAD_ON_TAKEOVER.with(Cell::get) {
            let _ = window().location().reload();
        }
    });
    container.set_oncontrollerchange(Some(takeover.as_ref().unchecked_ref()));
    takeover.forget(); // lives as long as the page

    let registering = container.register("sw.js");
    leptos::task::spawn_local(async move {
        // A failed registration (a proxy blocking sw.js, private mode) only costs offline use.
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(registering).await else { return };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        watch_for_updates(&container, &registration, update_ready);
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
    });
}

/// Shows the banner when a new worker has installed while an old one controls the page:
/// at start-up (the user reloaded, the new version kept waiting) or while the app is open.
fn watch_for_updates(
    container: &ServiceWorkerContainer,
    registration: &ServiceWorkerRegistration,
    ready: RwSignal<bool>,
) {
    // Without a controller this is the first install, not an update.
    let has_controller = {
        let container = container.clone();
        move || container.controller().is_some()
    };
    if registration.waiting().is_some() && has_controller() {
        ready.set(true);
    }
    let on_update_found = {
        let registration = registration.clone();
        Closure::<dyn FnMut()>::new(move || {
            let Some(worker) = registration.installing() else { return };
            let has_controller = has_controller.clone();
            let on_state_change = Closure::<dyn FnMut()>::new({
                let worker = worker.clone();
                move || {
                    if worker.state() == ServiceWorkerState::Installed && has_controller() {
                        ready.set(true);
                    }
                }
            });
            worker.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
            on_state_change.forget(); // one per update, for the life of the page
        })
    };
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();

    // Intranet tabs stay open for days: look for a new deployment whenever the user
    // comes back to the tab or the network returns (browsers only check on navigation).
    let check = {
        let registration = registration.clone();
        move || {
            if window().navigator().on_line() {
                // A failed check is retried at the next occasion; nothing to tell the user.
                if let Ok(promise) = registration.update() {
                    leptos::task::spawn_local(async move {
                        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
                    });
                }
            }
        }
    };
    let on_visible = {
        let check = check.clone();
        move |_: web_sys::Event| {
            if document().visibility_state() == web_sys::VisibilityState::Visible {
                check();
            }
        }
    };
    // Both listeners are for the life of the page, like the app itself.
    let _ = leptos::prelude::window_event_listener_untyped("visibilitychange", on_visible);
    let _ = window_event_listener(leptos::ev::online, move |_| check());
}

/// The user chose "herladen": let the waiting worker take over, then reload (see
/// `register_worker`). Without a waiting worker a plain reload is all there is to do.
fn accept_update() {
    let waiting: Option<ServiceWorker> = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
    let Some(worker) = waiting else {
        let _ = window().location().reload();
        return;
    };
    RELOAD_ON_TAKEOVER.with(|flag| flag.set(true));
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &JsValue::from_str("type"), &JsValue::from_str("SKIP_WAITING"));
    if worker.post_message(&message).is_err() {
        let _ = window().location().reload();
    }
}
