//! The interface language: each page is built in one (`route::Language::current`), and
//! the other language is the other page, at the same route. This module sends a visitor
//! to the page of their language on start, and draws the switch in the frame.
//!
//! The order on start: a `taal=` (or `lang=`) in the URL, for embedding; then the language
//! the user chose with the switch (kept in the browser); then, on a first visit to a Dutch
//! page, the browser's language when it is English.

use crate::route::{Language, Page, Route};
use crate::storage::browser;
use crate::strings as s;
use leptos::prelude::*;

/// Replaces the location with the other language's page when the visitor's language is
/// the other one. Says whether it did, so the caller mounts nothing.
pub fn send_to_chosen_page() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let current = Language::current();
    let wanted = match crate::route::Asked::parse(&search).language {
        // Kept, so the links between the pages keep the language on later visits too;
        // and stored here rather than on the click, which the user may still call off.
        // Where the browser keeps nothing, the links ask for it instead.
        Some(asked) => {
            if !browser::store_language(asked.code()) {
                LINKED.with(|l| l.set(Some(asked)));
            }
            asked
        }
        None => match browser::stored_language().as_deref().and_then(Language::from_code) {
            Some(chosen) => chosen,
            None if current == Language::Nl => Language::of_browser(&window.navigator().language().unwrap_or_default()),
            None => current,
        },
    };
    if wanted == current {
        return false;
    }
    let hash = location.hash().unwrap_or_default();
    let page = Page::of(&crate::route::parse(&hash).route);
    let target = format!("{}{search}{hash}", page.file_in(wanted));
    location.replace(&target).is_ok()
}

thread_local! {
    /// Set once, on start: the query string does not change while the page lives.
    static LINKED: std::cell::Cell<Option<Language>> = const { std::cell::Cell::new(None) };
}

/// The language this page's link asked for (`taal=`) when the browser could not keep it
/// (storage blocked or full): its links to the other page then ask for it again, as
/// they are what holds the choice. Where the browser keeps it, links carry no `taal=`,
/// so an address a user copies or bookmarks does not choose a language for whoever
/// opens it.
pub fn linked() -> Option<Language> {
    LINKED.with(std::cell::Cell::get)
}

/// The link to this route on the other language's page, in that language: "English" on
/// the Dutch pages, "Nederlands" on the English ones. Following it keeps the choice.
#[component]
pub fn LanguageSwitch(route: Memo<Route>, page: Page) -> impl IntoView {
    let other = Language::current().other();
    let href = move || {
        // The choice is in the link too: it holds where the browser keeps nothing.
        let mut href = page.file_in(other).to_string();
        crate::route::push_carried_query(&mut href, super::embed::mode(), Some(other));
        route.with(|r| r.push_hash(&mut href));
        href
    };
    view! {
        <a class="language-switch" href=href lang=other.code() hreflang=other.code()>
            {s::OTHER_LANGUAGE}
        </a>
    }
}

/// Corpus text (Dutch) inside a sentence of the interface: an element of its own with
/// `lang="nl"` on the English pages; on the Dutch pages, where everything is Dutch, the
/// bare text, so they carry no extra element.
pub fn dutch(text: impl IntoView) -> impl IntoView {
    dutch_if(true, text)
}

/// Text that is corpus text only sometimes (a filter's label: a theme is, a kind is
/// not), inside a sentence of the interface: as [`dutch`] when `corpus_text`.
#[cfg(feature = "en")]
pub fn dutch_if(corpus_text: bool, text: impl IntoView) -> impl IntoView {
    view! { <span lang=s::corpus_lang_if(corpus_text)>{text}</span> }
}

/// Text that is corpus text only sometimes: see the English build's.
#[cfg(not(feature = "en"))]
pub fn dutch_if(corpus_text: bool, text: impl IntoView) -> impl IntoView {
    let _ = corpus_text;
    text
}
