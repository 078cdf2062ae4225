//! Component tests: the real page roots (`TipsApp`, `AssessmentApp`) mounted in headless
//! Chromium (wasm-bindgen-test).
//!
//! Run with `cargo test --target wasm32-unknown-unknown --test components`
//! (the runner is configured in .cargo/config.toml; see scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use digiwijzer::ui::{AssessmentApp, TipsApp};
use leptos::prelude::IntoAny;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Leptos effects and the browser's hashchange events run.
async fn settle() {
    for _ in 0..3 {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// Mounts the tips page at `hash` in a fresh container; the handle unmounts it on drop.
async fn mount_at(hash: &str) -> (Element, impl Drop) {
    mount_page_at(hash, false).await
}

/// Mounts a page's root at `hash`. Only routes of that page: another page's route would
/// send the test runner's own page away.
async fn mount_page_at(hash: &str, assessment: bool) -> (Element, impl Drop) {
    let window = web_sys::window().unwrap();
    window.location().set_hash(hash).unwrap();
    settle().await;
    let document = window.document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), move || {
        if assessment {
            AssessmentApp().into_any()
        } else {
            TipsApp().into_any()
        }
    });
    settle().await;
    (host, handle)
}

fn texts(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default().trim().to_string())
        .collect()
}

fn count(root: &Element) -> String {
    texts(root, ".results__count").join("")
}

#[wasm_bindgen_test]
async fn list_shows_every_document_as_a_card() {
    let (root, _app) = mount_at("#/").await;
    assert_eq!(count(&root), "5 resultaten");
    let titles = texts(&root, ".card h3");
    assert_eq!(titles.len(), 5);
    assert!(titles[0].contains("bestuur achter je staat"), "tips come first, by number: {titles:?}");
    let kickers = texts(&root, ".card__kicker");
    assert!(kickers[1].contains("Toptip"), "tip 76 carries the toptip badge: {kickers:?}");
}

#[wasm_bindgen_test]
async fn typing_searches_without_diacritics_and_highlights() {
    let (root, _app) = mount_at("#/").await;
    let input: HtmlInputElement = root.query_selector("#zoekveld").unwrap().unwrap().unchecked_into();
    input.set_value("creeren");
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    settle().await;
    let found = count(&root);
    assert_ne!(found, "5 resultaten");
    assert_ne!(found, "Geen resultaten");
    let marks = texts(&root, ".card mark");
    assert!(marks.iter().any(|m| m.to_lowercase().starts_with("cre")), "highlights: {marks:?}");
    assert!(web_sys::window().unwrap().location().hash().unwrap().contains("q=creeren"), "the query is in the URL");
}

#[wasm_bindgen_test]
async fn a_query_with_no_hits_offers_a_way_out() {
    let (root, _app) = mount_at("#/?q=xyzzyqwerty&soort=blog").await;
    assert_eq!(count(&root), "Geen resultaten");
    let suggestions = texts(&root, ".empty-state button");
    assert!(suggestions.iter().any(|s| s.contains("Blog")), "offers removing the Blog filter: {suggestions:?}");
    assert!(suggestions.iter().any(|s| s.contains("zoektekst")), "offers clearing the text: {suggestions:?}");
}

#[wasm_bindgen_test]
async fn tip_page_attributes_every_quote_and_links_people() {
    let (root, _app) = mount_at("#/lees/tip-17").await;
    assert_eq!(texts(&root, "h1"), vec!["Zorg ervoor dat het bestuur achter je staat".to_string()]);
    let examples = root.query_selector_all("article.example").unwrap();
    assert_eq!(examples.length(), 5);
    for i in 0..examples.length() {
        let example: Element = examples.item(i).unwrap().unchecked_into();
        assert!(example.id().starts_with("anker-"), "each example has its own anchor");
    }
    let names = texts(&root, ".attribution__name");
    assert!(names.contains(&"Carolien Nicolai".to_string()), "{names:?}");
    let body = root.text_content().unwrap_or_default();
    assert!(!body.contains("Meer tips van"), "scraping noise never shows");
    assert!(root.query_selector("a[href='#/persoon/carolien-nicolai']").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn person_page_lists_their_quotes() {
    let (root, _app) = mount_at("#/persoon/bernard-minderhoud").await;
    assert!(texts(&root, "h1")[0].contains("Bernard Minderhoud"));
    assert_eq!(root.query_selector_all("article.example").unwrap().length(), 2, "quoted in tip 17 and tip 76");
}

#[wasm_bindgen_test]
async fn unknown_links_show_a_friendly_page() {
    let (root, _app) = mount_at("#/lees/bestaat-niet").await;
    assert_eq!(texts(&root, "h1"), vec!["Deze pagina bestaat niet".to_string()]);
    assert!(root.query_selector("a[href='#/']").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn the_menu_links_across_the_two_pages() {
    let (root, _app) = mount_at("#/").await;
    assert!(root.query_selector(".main-nav a[href='zelfevaluatie.html#/zelfevaluatie']").unwrap().is_some());
    assert!(root.query_selector(".main-nav a[href='#/'][aria-current='page']").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn the_assessment_page_shows_the_checklist_and_cites_tips_on_the_tips_page() {
    let (root, _app) = mount_page_at("#/zelfevaluatie", true).await;
    let model = digiwijzer::embedded::assessment_model();
    let first = &model.dimensions[0];
    let statements = model.statements().filter(|(d, _)| d.id == first.id).count() as u32;
    assert_eq!(
        root.query_selector_all("fieldset.statement").unwrap().length(),
        statements,
        "every statement of the first dimension: one dimension at a time"
    );
    assert_eq!(
        root.query_selector_all(".dimension-index a").unwrap().length() as usize,
        model.dimensions.len(),
        "a link to every dimension"
    );
    let sources = root.query_selector_all(".sources a").unwrap();
    assert!(sources.length() > 0);
    for i in 0..sources.length() {
        let href = sources
            .item(i)
            .and_then(|n| n.dyn_into::<Element>().ok())
            .and_then(|a| a.get_attribute("href"))
            .unwrap_or_default();
        assert!(href.starts_with("./#/lees/"), "a source opens on the tips page: {href}");
    }
    assert!(root.query_selector(".main-nav a[href='./#/']").unwrap().is_some(), "the menu leads back to the tips page");
}
