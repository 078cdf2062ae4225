//! The self-assessment page's entry point (`zelfevaluatie.html`). A separate binary, so
//! the tip list's wasm carries none of the assessment's code; on the host there is
//! nothing to run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    digiwijzer::ui::start_assessment();
}
