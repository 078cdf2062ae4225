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

pub use app::App;

/// Mounts the app. Called once from `main`.
pub fn start() {
    embed::start();
    leptos::mount::mount_to_body(App);
}
