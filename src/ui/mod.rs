//! The browser shell: Leptos components that wire signals to the pure core.
//!
//! Nothing in here decides anything a test on the host could check; that lives in
//! `corpus`, `search`, `assessment`, `storage` and `route`.

mod accessibility;
mod app;
mod assessment;
mod document;
mod dom;
mod embed;
mod facets;
mod language;
pub(crate) mod list_page;
mod person;
mod prerendered;
mod prose;
mod pwa;
pub mod router;
mod theme;
mod widgets;

pub use app::{AssessmentApp, TipsApp};

/// Mounts the tips page (`index.html`). Called once from `main`.
pub fn start_tips() {
    start(TipsApp);
    // Typing needs the inverted index: built once the first screen is painted, so neither
    // start-up nor the first keystroke waits for it.
    dom::after_paint(|| list_page::index().prepare_text_search());
}

/// Mounts the self-assessment page (`zelfevaluatie.html`). Called once from its `main`.
pub fn start_assessment() {
    start(AssessmentApp);
}

fn start<V: leptos::prelude::IntoView + 'static>(page: fn() -> V) {
    // The other language's page is loading instead: nothing to mount here.
    if language::send_to_chosen_page() {
        return;
    }
    embed::start();
    let handover = prerendered::remove();
    leptos::mount::mount_to_body(page);
    if let Some(handover) = handover {
        handover.restore_focus();
    }
    // The decorative logo waits until the first screen is painted (style/app.css). The
    // class also tells tests and the benchmark that the app, not the prerendered page, is on screen.
    dom::after_paint(|| {
        if let Some(root) = leptos::prelude::document().document_element() {
            let _ = root.class_list().add_1("painted");
        }
    });
}
