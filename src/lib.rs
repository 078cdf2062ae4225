//! Digiwijzer: the Optimaal Digitaal tips, articles and a maturity self-assessment,
//! searchable offline in the browser.
//!
//! A pure core with a thin browser shell:
//! - the core is the library crates under `crates/` (re-exported here as [`corpus`],
//!   [`text`], [`search`], [`assessment`] and [`storage`]); with [`route`] it is plain
//!   Rust, tested natively with `cargo test --workspace`;
//! - `ui` (wasm only) wires Leptos signals to that core and owns every DOM concern,
//!   [`strings`] holds every text the user sees, and `storage::browser` is the one
//!   module that touches localStorage.

/// Talc instead of Rust's default wasm allocator (dlmalloc): less code on the critical
/// first load.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub use digiwijzer_assessment::assessment;
pub use digiwijzer_corpus as corpus;
pub use digiwijzer_corpus::text;
pub use digiwijzer_search as search;

pub mod embedded;
pub mod route;
pub mod strings;

/// What is stored and exchanged (the core's `storage`), and the one door to localStorage.
pub mod storage {
    pub use digiwijzer_assessment::storage::*;
    #[cfg(target_arch = "wasm32")]
    pub mod browser;
}

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(all(feature = "bench", target_arch = "wasm32"))]
pub mod bench;
