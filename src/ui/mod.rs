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
    embed::start();
    leptos::mount::mount_to_body(TipsApp);
}

/// Mounts the self-assessment page (`zelfevaluatie.html`). Called once from its `main`.
pub fn start_assessment() {
    embed::start();
    leptos::mount::mount_to_body(AssessmentApp);
}
