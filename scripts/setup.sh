#!/usr/bin/env bash
# Installs what building and testing Digiwijzer needs, skipping whatever is present.
# Everything comes from Debian's packages, crates.io or npm: no other downloads.
# Sourced by serve.sh, test.sh and bench.sh; exports PATH with node_modules/.bin first,
# and defines build_bench_dist.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '\n== %s\n' "$*"; }
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then $SUDO apt-get update -qq; apt_updated=1; fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# Rust itself comes from rustup (Debian's rustc is too old for Leptos 0.8).
if ! command -v cargo >/dev/null; then
  [ -x "$HOME/.cargo/bin/cargo" ] && export PATH="$HOME/.cargo/bin:$PATH"
fi
if ! command -v cargo >/dev/null || ! command -v rustup >/dev/null; then
  echo "setup: Rust (rustup, 1.95 or newer) is required; see https://rustup.rs" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The format and lint gate of test.sh (rustup's default profile has both).
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^${component}"; then
    say "Rust component ${component}"
    rustup component add "${component}"
  fi
done

# Debian packages: Node.js for tooling, Chromium + driver for browser tests, Firefox ESR,
# WebKitGTK's driver (with its MiniBrowser) and Xvfb for the other engines' smoke tests
# (tests/engines/), Java for vnu.
need_apt=()
command -v node >/dev/null || need_apt+=(nodejs)
command -v npm >/dev/null || need_apt+=(npm)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
[ -x /usr/bin/firefox-esr ] || need_apt+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || need_apt+=(webkit2gtk-driver)
[ -x /usr/bin/Xvfb ] || need_apt+=(xvfb)
command -v java >/dev/null || need_apt+=(default-jre-headless)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "Debian packages: ${need_apt[*]}"
  apt_install "${need_apt[@]}"
fi

# Trunk 0.22 needs a newer rustc; 0.21.14 is pinned (about 13 minutes to build once).
if ! trunk --version 2>/dev/null | grep -q '^trunk 0.21.14$'; then
  say "trunk 0.21.14 (cargo install, takes a while once)"
  cargo install trunk --version 0.21.14 --locked
fi

# leptosfmt formats the view! macros, which rustfmt leaves alone (the gate in test.sh).
if ! leptosfmt --version 2>/dev/null | grep -q ' 0.1.33$'; then
  say "leptosfmt 0.1.33 (cargo install, once)"
  cargo install leptosfmt --version 0.1.33 --locked
fi

# Trunk only uses a wasm-bindgen from PATH whose version equals the one in Cargo.lock.
wbg_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${wbg_version}$"; then
  say "wasm-bindgen-cli ${wbg_version}"
  cargo install wasm-bindgen-cli --version "${wbg_version}"
fi

# npm packages from the committed lock file; install scripts stay off (one would
# download a JDK from outside the registries; Debian's Java serves instead).
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.digiwijzer-lock 2>/dev/null)" != "$lock_sum" ]; then
  say "npm packages (npm ci)"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.digiwijzer-lock
fi

# wasm-opt from npm's binaryen: Debian's v108 produces a wasm that crashes at start.
export PATH="$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

# The benchmark build, target/bench/dist/ (README, "Benchmark"): only the tip list, with the
# `bench` cargo feature, and not prerendered, since its corpus is picked at run time. The
# benchmark and the scale tests (tests/e2e/scale.test.mjs) both use it.
build_bench_dist() {
  DIGIWIJZER_PAGES=tips DIGIWIJZER_PRERENDER=0 trunk build --release --offline --features bench --dist target/bench/dist
}
