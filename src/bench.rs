//! Hooks for the benchmark (`scripts/bench.sh`), compiled only with the `bench` cargo
//! feature, so the shipped build carries neither them nor a synthetic corpus.
//!
//! - `?synthetic=<tips>&seed=<n>` in the page URL swaps the embedded corpus for
//!   [`synthetic::generate`]'s, so the real UI can be timed at 100, 1,000 and 10,000 tips.
//! - `window.digiwijzerBench` lets the benchmark call the search core directly (to time
//!   pure search against MiniSearch's, like with like) and export the corpus as flat
//!   fields for MiniSearch. (Memory is read from outside, through Trunk's start-up event.)

use js_sys::{Object, Reflect, Uint32Array};
use leptos::logging::warn;
use wasm_bindgen::prelude::*;

use crate::corpus::{synthetic, Corpus};
use crate::search::Query;
use crate::search::{for_each_field, Field};

/// Large enough for any scale test, small enough that a typo cannot hang the tab.
const MAX_SYNTHETIC_TIPS: usize = 100_000;
const DEFAULT_SEED: u64 = 42;

/// The synthetic corpus the page URL asks for; `None` when it asks for none.
fn synthetic_corpus() -> Option<&'static Corpus> {
    let search = web_sys::window()?.location().search().ok()?;
    let (tips, seed) =
        parse_params(&search).map_err(|message| warn!("bench: {message}; using the embedded corpus")).ok()??;
    Some(&*Box::leak(Box::new(synthetic::generate(tips, seed))))
}

/// Reads `synthetic` and `seed` from a URL query string such as `?synthetic=1000&seed=7`.
fn parse_params(search: &str) -> Result<Option<(usize, u64)>, String> {
    let (mut tips, mut seed) = (None, DEFAULT_SEED);
    for pair in search.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "synthetic" => match value.parse::<usize>() {
                Ok(n) if (1..=MAX_SYNTHETIC_TIPS).contains(&n) => tips = Some(n),
                _ => return Err(format!("synthetic={value:?} is not a number of tips from 1 to {MAX_SYNTHETIC_TIPS}")),
            },
            "seed" => seed = value.parse().map_err(|_| format!("seed={value:?} is not a whole number"))?,
            _ => {}
        }
    }
    Ok(tips.map(|n| (n, seed)))
}

/// Swaps in the synthetic corpus the URL asks for and installs `window.digiwijzerBench`.
/// Call once at start-up, before the app starts.
pub fn install() {
    if let Some(corpus) = synthetic_corpus() {
        crate::embedded::use_stand_in(corpus);
    }
    let Some(window) = web_sys::window() else { return };
    let api = Object::new();
    let set = |name: &str, value: &JsValue| {
        let _ = Reflect::set(&api, &JsValue::from_str(name), value);
    };

    // `search(text, theme?)`: every hit's document position, best first, as the UI ranks them.
    let search =
        Closure::<dyn Fn(String, Option<String>) -> Uint32Array>::new(|text: String, theme: Option<String>| {
            let mut query = Query::text(text);
            if let Some(theme) = theme {
                query.toggle_theme(&theme);
            }
            let hits: Vec<u32> =
                crate::ui::list_page::index().search(&query).hits.iter().map(|h| h.doc as u32).collect();
            Uint32Array::from(hits.as_slice())
        });
    set("search", search.as_ref());
    search.forget();

    let corpus_json = Closure::<dyn Fn() -> String>::new(corpus_as_flat_json);
    set("corpusJson", corpus_json.as_ref());
    corpus_json.forget();

    let _ = Reflect::set(&window, &JsValue::from_str("digiwijzerBench"), &api);
}

/// The corpus as MiniSearch documents: `id` is the position in the corpus (as our hits
/// report it) and each field holds exactly the text our index files under that field.
fn corpus_as_flat_json() -> String {
    let corpus = crate::embedded::corpus();
    let docs: Vec<serde_json::Value> = corpus
        .documents
        .iter()
        .enumerate()
        .map(|(id, doc)| {
            let mut fields: [Vec<String>; 5] = Default::default();
            for_each_field(doc, |field, text| {
                let slot = match field {
                    Field::Title => 0,
                    Field::Meta => 1,
                    Field::Lead => 2,
                    Field::Heading => 3,
                    Field::Body => 4,
                };
                fields[slot].push(text.to_owned());
            });
            let [title, meta, lead, headings, body] = fields.map(|texts| texts.join("\n"));
            serde_json::json!({
                "id": id,
                "title": title,
                "meta": meta,
                "lead": lead,
                "headings": headings,
                "body": body,
                "themes": doc.themes.iter().map(|t| t.as_ref()).collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::Value::Array(docs).to_string()
}
