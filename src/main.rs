//! The tips page's entry point (`index.html`; the self-assessment is `src/bin/zelfevaluatie.rs`); on the host there is nothing to run (see `cargo test`).

fn main() {
    #[cfg(all(feature = "bench", target_arch = "wasm32"))]
    digiwijzer::bench::install();
    #[cfg(target_arch = "wasm32")]
    digiwijzer::ui::start_tips();
}
