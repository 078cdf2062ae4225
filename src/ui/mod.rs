//! The browser shell: Leptos components that wire signals to the pure core.
//!
//! Nothing in here decides anything a test on the host could check; that lives in
//! `corpus`, `search`, `assessment`, `storage` and `route`.

mod app;
mod assessment;
mod document;
mod embed;
mod facets;
mod person;
mod prose;
mod pwa;
pub mod router;
pub(crate) mod search;
mod statement;
mod theme;

pub use app::{AssessmentApp, TipsApp};

/// Mounts the tips page (`index.html`). Called once from `main`.
pub fn start_tips() {
    start(TipsApp);
}

/// Mounts the self-assessment page (`zelfevaluatie.html`). Called once from its `main`.
pub fn start_assessment() {
    start(AssessmentApp);
}

fn start<V: leptos::prelude::IntoView + 'static>(page: fn() -> V) {
    embed::start();
    leptos::mount::mount_to_body(page);
    // What the first screen does not need waits until it is painted: the decorative
    // logo (style/app.css) and the service worker, whose install downloads the whole
    // app for offline use.
    after_first_paint(|| {
        if let Some(root) = leptos::prelude::document().document_element() {
            let _ = root.class_list().add_1("painted");
        }
        pwa::register_worker();
    });
}

/// Runs `f` once the frame being prepared now has been painted.
fn after_first_paint(f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || leptos::prelude::set_timeout(f, std::time::Duration::ZERO));
}
