//! Digiwijzer: the Optimaal Digitaal tips, articles and a maturity self-assessment,
//! searchable offline in the browser.
//!
//! The crate is a pure core with a thin browser shell:
//! - [`corpus`], [`search`], [`assessment`], [`storage`] and [`route`] are plain Rust,
//!   tested natively with `cargo test`;
//! - `ui` (wasm only) wires Leptos signals to that core and owns every DOM concern.

/// Talc instead of Rust's default wasm allocator (dlmalloc): less code on the critical
/// first load (0.7 KB gzip, measured; see the README's benchmark section).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub mod assessment;
pub mod corpus;
pub mod embedded;
pub mod route;
pub mod search;
pub mod storage;
pub mod strings;
pub mod text;

#[cfg(not(target_arch = "wasm32"))]
pub mod bake;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(all(feature = "bench", target_arch = "wasm32"))]
pub mod bench;
