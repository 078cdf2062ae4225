//! The browser entry point; on the host there is nothing to run (see `cargo test`).

fn main() {
    #[cfg(all(feature = "bench", target_arch = "wasm32"))]
    digiwijzer::bench::install();
    #[cfg(target_arch = "wasm32")]
    digiwijzer::ui::start();
}
