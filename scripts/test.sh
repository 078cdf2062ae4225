#!/usr/bin/env bash
# Runs every test: the format and lint gate, native core tests, the export format's JSON
# Schema, component tests in headless Chromium, the end-to-end browser tests against
# the release build, and the main journeys in Firefox ESR and WebKitGTK. Fails when any
# part fails.
# Installs whatever is missing first (see setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

step() { printf '\n== %s\n' "$*"; }

step "Format and lints (cargo fmt and leptosfmt --check; clippy -D warnings, host, wasm, the English build and the bench build)"
cargo fmt --all --check
leptosfmt --quiet --config-file leptosfmt.toml --check src/
cargo clippy --locked --workspace --all-targets -- -D warnings
cargo clippy --locked --workspace --all-targets --target wasm32-unknown-unknown -- -D warnings
cargo clippy --locked --workspace --all-targets --target wasm32-unknown-unknown --features en -- -D warnings
cargo clippy --locked --workspace --all-targets --target wasm32-unknown-unknown --features bench -- -D warnings

step "Native tests: corpus, search, assessment, storage, routes (cargo test --workspace)"
cargo test --workspace --locked

# Reads the files tests/export_schema.rs just wrote to target/export-samples/.
step "The export format's JSON Schema against its example and the files the native tests exported (ajv)"
node --test tests/schema/

step "The theme check: contrast maths and the colour pairs the stylesheets paint (node --test, no packages)"
node --test tests/theme/

step "Component tests in headless Chromium (wasm-bindgen-test)"
cargo test --locked --target wasm32-unknown-unknown --test components

step "Release build (trunk build --release --offline)"
trunk build --release --offline

step "Benchmark build for the scale tests (target/bench/dist, cargo feature \"bench\")"
build_bench_dist

step "End-to-end tests against dist/ and target/bench/dist/ (playwright-core + Chromium)"
node --test --test-concurrency=1 tests/e2e/

step "Smoke tests of the main journeys in Firefox ESR (puppeteer-core) and WebKitGTK (selenium-webdriver, Xvfb) against dist/"
node --test --test-concurrency=1 tests/engines/
