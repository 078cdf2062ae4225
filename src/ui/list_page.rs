//! The tip list: search box, facets and result cards. All state lives in the URL,
//! so a shared or bookmarked link reproduces the view and Back steps through it.

use super::router::use_router;
use crate::corpus::{Document, Kind, Target};
use crate::embedded::corpus;
use crate::route::Route;
use crate::search::{Filter, Hit, Index, Query, Results, Segment};
use crate::strings as s;
use leptos::html::Input;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The search box's id: its label points at it, and the app finds the prerendered start
/// page's box by it to carry over what was typed there (`prerendered.rs`).
pub(super) const SEARCH_BOX: &str = "zoekveld";

/// Cards rendered at once; "toon meer" adds another page. Keeps the DOM small on
/// corpora of thousands of tips.
const PAGE: usize = 20;

/// The search index, built once on first use from the embedded corpus.
pub fn index() -> &'static Index<'static> {
    thread_local! {
        static INDEX: &'static Index<'static> =
            Box::leak(Box::new(Index::new(corpus()).with_synonyms(crate::embedded::synonyms())));
    }
    INDEX.with(|index| *index)
}

/// How a change of the query shows in the browser's history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum History {
    /// A click (a filter, "clear"): Back returns to the view before it.
    NewEntry,
    /// Typing: one entry for the whole search, not one per key.
    SameEntry,
}

#[component]
pub fn ListPage() -> impl IntoView {
    let router = use_router();
    let route = router.route();
    let parsed = Memo::new(move |_| route.with(|r| r.list_params().unwrap_or_default()).to_query(corpus()));
    let query = Memo::new(move |_| parsed.with(|(q, _)| q.clone()));
    // Results have no PartialEq; `query` already filters out repeats.
    let results = Memo::new_with_compare(move |_| query.with(|q| index().search(q)), |_, _| true);
    let total = Memo::new(move |_| results.with(|r| r.hits.len()));
    let empty = Memo::new(move |_| total.get() == 0);
    let shown = RwSignal::new(PAGE);
    Effect::new(move |_| {
        query.track();
        // Setting an equal value would still notify, and render every card a second time.
        if shown.get_untracked() != PAGE {
            shown.set(PAGE);
        }
    });

    // The cards that can be on screen are rendered with the results; the rest of the page
    // follows after that frame is painted. A keystroke then costs what the user sees, not
    // 20 cards' worth of DOM, layout and paint (measured: scripts/bench.sh). How many that
    // is, is worked out from where the list is when the user changes the query, before
    // any of the page changes: the browser has just laid out what was typed or clicked, so
    // reading the position costs no layout. Back and forward keep the last count.
    let first_screen = StoredValue::new(cards_on_screen(0.0));

    let set_query = move |edit: &dyn Fn(&mut Query), history: History| {
        if let Some(list) = document().query_selector(".cards").ok().flatten() {
            first_screen.set_value(cards_on_screen(list.get_bounding_client_rect().top()));
        }
        let mut next = query.get_untracked();
        edit(&mut next);
        let route = Route::for_query(&next);
        match history {
            History::NewEntry => router.push(&route),
            History::SameEntry => router.replace(&route),
        }
    };

    // Set (and so notified, even when already true) once the results' first frame is
    // painted. What the user is not looking at while typing follows then: the cards below
    // the first screen, and the facet counts.
    let results_painted = RwSignal::new(false);
    Effect::new(move |_| {
        results.track();
        super::dom::after_paint(move || results_painted.set(true));
    });

    let input = NodeRef::<Input>::new();
    // Back/forward and shared links change the query from outside: mirror it into the
    // box, but never rewrite what the user is typing (that would move the caret).
    Effect::new(move |_| {
        let text = query.with(|q| q.text.clone());
        if let Some(el) = input.get() {
            if el.value() != text {
                el.set_value(&text);
            }
        }
    });
    let focus_handle = window_event_listener(leptos::ev::keydown, move |ev| focus_on_slash(&ev, input));
    on_cleanup(move || focus_handle.remove());

    // "Print als kaarten": every result of the search, one card per page (style/app.css,
    // `.print-deck`), as Optimaal Digitaal's cards are laid out on a table. The class is on
    // the root so the print rules can drop the page's heading too; printing is over at
    // `afterprint`, or when the list goes.
    let print_deck = move |_| {
        shown.set(total.get_untracked().max(PAGE));
        set_print_deck(true);
        super::dom::after_paint(|| {
            let _ = window().print();
        });
    };
    let after_print = window_event_listener_untyped("afterprint", |_| set_print_deck(false));
    on_cleanup(move || {
        after_print.remove();
        set_print_deck(false);
    });

    let dropped = Signal::derive(move || parsed.with(|(_, ignored)| ignored.clone()));
    view! {
        <h1>{s::LIST_TITLE}</h1>
        <super::widgets::IgnoredNotice ignored=dropped />
        <div class="search">
            <div class="search__box" role="search">
                <label for=SEARCH_BOX>{s::SEARCH_LABEL}</label>
                <input
                    id=SEARCH_BOX
                    type="search"
                    node_ref=input
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="zoekhint"
                    prop:value=move || query.get_untracked().text
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        set_query(&|q: &mut Query| q.text = text.clone(), History::SameEntry);
                    }
                />
                <p class="search__hint" id="zoekhint">
                    {s::SEARCH_HINT}
                </p>
            </div>
            <super::facets::Facets results=results refresh=results_painted.read_only() set_query=set_query />
            <section class="results" aria-labelledby="resultaten-kop">
                <h2 id="resultaten-kop" class="visually-hidden">
                    {s::RESULTS_HEADING}
                </h2>
                <div class="results__bar">
                    <p class="results__count" role="status" aria-live="polite" aria-atomic="true">
                        {move || s::result_count(total.get())}
                    </p>
                    <button type="button" class="secondary" hidden=move || empty.get() on:click=print_deck>
                        {s::PRINT_DECK}
                    </button>
                    <Show when=move || query.with(Query::has_filters)>
                        <button
                            type="button"
                            class="secondary"
                            on:click=move |_| set_query(&clear_filters, History::NewEntry)
                        >
                            {s::CLEAR_FILTERS}
                        </button>
                    </Show>
                </div>
                // Re-runs only between "no results" and "some", so a keystroke updates the
                // cards in place instead of building the list again.
                {move || {
                    if empty.get() {
                        query.track();
                        view! { <EmptyState query=query set_query=set_query /> }.into_any()
                    } else {
                        let cards = move |from: usize, to: usize| {
                            results
                                .with_untracked(|r| {
                                    query
                                        .with_untracked(|q| {
                                            r.page(from, to.saturating_sub(from))
                                                .iter()
                                                .map(|hit| card(r, hit, q))
                                                .collect_view()
                                        })
                                })
                        };
                        view! {
                            <ul class="cards">
                                {move || {
                                    results.track();
                                    cards(0, first_screen.get_value())
                                }} // Below the first screen: one frame later (see `results_painted`).
                                {move || {
                                    let first_screen = first_screen.get_value();
                                    let to = if results_painted.get() { shown.get() } else { first_screen };
                                    cards(first_screen, to)
                                }}
                            </ul>
                            <Show when=move || { shown.get() < total.get() }>
                                <p class="no-print">
                                    <button
                                        type="button"
                                        class="secondary"
                                        on:click=move |_| shown.update(|n| *n += PAGE)
                                    >
                                        {move || s::show_more(
                                            PAGE.min(total.get().saturating_sub(shown.get())),
                                            total.get(),
                                        )}
                                    </button>
                                </p>
                            </Show>
                        }
                            .into_any()
                    }
                }}
            </section>
        </div>
    }
}

/// Puts the page in (or out of) the card-deck print state.
fn set_print_deck(on: bool) {
    if let Some(root) = document().document_element() {
        let _ = root.class_list().toggle_with_force(PRINT_DECK_CLASS, on);
    }
}

/// The root's class while the list is printed as a deck of cards (style/app.css).
const PRINT_DECK_CLASS: &str = "print-deck";

/// How many cards can be on screen when the list starts `top` CSS px below the top of the
/// viewport (0 before the list is on the page; negative: scrolled into the list, so the
/// whole page). It counts the smallest card a result can have under the `.cards` rules in
/// style/app.css (kicker, one-line title and text, meta: about 8.5rem, plus the 0.75rem
/// gap) at 16 px to the rem; a larger default font makes cards taller, so this errs
/// towards too many.
fn cards_on_screen(top: f64) -> usize {
    const SMALLEST_CARD_PX: f64 = 9.25 * 16.0;
    let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    if top < 0.0 {
        return PAGE;
    }
    ((height - top) / SMALLEST_CARD_PX).ceil().clamp(1.0, PAGE as f64) as usize
}

fn clear_filters(q: &mut Query) {
    *q = Query::text(std::mem::take(&mut q.text));
}

/// `/` jumps to the search box from anywhere on the list, unless the user is typing.
fn focus_on_slash(ev: &leptos::ev::KeyboardEvent, input: NodeRef<Input>) {
    if ev.key() != "/" || ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
        return;
    }
    let typing = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
    if typing {
        return;
    }
    if let Some(el) = input.get_untracked() {
        ev.prevent_default();
        let _ = el.focus();
        el.select();
    }
}

fn highlighted(segments: Vec<Segment<'static>>) -> impl IntoView {
    segments
        .into_iter()
        .map(|seg| if seg.highlighted { view! { <mark>{seg.text}</mark> }.into_any() } else { seg.text.into_any() })
        .collect_view()
}

/// One result card. Snippets are computed only for cards on screen.
fn card(results: &Results<'static>, hit: &Hit, query: &Query) -> impl IntoView {
    let searching = !query.text.trim().is_empty();
    let doc: &'static Document = index().document(hit);
    let snippet = searching.then(|| index().snippet(results, hit));
    let doc_link = Route::Read { doc: doc.slug.to_string(), anchor: None }.to_hash();
    // Without a search there is nothing to highlight: the title and the summary are
    // one plain segment each, rendered by the same code as a snippet.
    let plain = |text: &'static str| vec![Segment { text, highlighted: false }];
    let (title, text, class, anchor) = match snippet {
        Some(sn) if !sn.text.is_empty() => (sn.title, sn.text, "card__snippet", sn.anchor),
        Some(sn) => (sn.title, plain(doc.summary()), "card__summary", sn.anchor),
        None => (plain(&doc.title), plain(doc.summary()), "card__summary", None),
    };
    let example_link = anchor.and_then(|a| match doc.anchor(a) {
        Some(Target::Example(_, example)) => Some((
            Route::Read { doc: doc.slug.to_string(), anchor: Some(a.to_string()) }.to_hash(),
            example.heading.as_ref(),
        )),
        _ => None,
    });
    view! {
        <li class="card">
            <p class="card__kicker">
                <span>{super::document::kind_label(doc)}</span>
                {doc.themes.iter().map(|t| super::document::theme_filter(query, t)).collect_view()}
                {doc.toptip.then(|| view! { <span class="badge badge--toptip">{s::TOPTIP}</span> })}
            </p>
            <h3>
                <a href=doc_link lang=s::CORPUS_LANG>
                    {highlighted(title)}
                </a>
            </h3>
            <p class=class lang=s::CORPUS_LANG>
                {highlighted(text)}
            </p>
            {example_link
                .map(|(href, label)| {
                    view! {
                        <p class="card__meta">
                            <a href=href>{s::GO_TO_EXAMPLE.0} {super::language::dutch(label)} {s::GO_TO_EXAMPLE.1}</a>
                        </p>
                    }
                })}
            <p class="card__meta">{card_meta(doc)}</p>
        </li>
    }
}

fn card_meta(doc: &'static Document) -> impl IntoView {
    match doc.kind {
        Kind::Tip => s::example_count(doc.examples.len()).into_any(),
        _ => {
            let date = doc.date.map(|d| s::format_date(&d));
            let between = (doc.author.is_some() && date.is_some()).then_some(" · ");
            // The author's name is the corpus's.
            view! {
                {doc.author.as_deref().map(super::language::dutch)}
                {between}
                {date}
            }
            .into_any()
        }
    }
}

/// What to loosen when nothing matches: each active filter as a one-click removal.
#[component]
fn EmptyState(query: Memo<Query>, set_query: impl Fn(&dyn Fn(&mut Query), History) + Copy + 'static) -> impl IntoView {
    let q = query.get_untracked();
    let has_text = !q.text.trim().is_empty();
    let filters = q.filters();
    view! {
        <div class="empty-state">
            <p>
                <strong>{s::NO_RESULTS}</strong>
            </p>
            <ul>
                {has_text.then(|| view! { <li>{s::EMPTY_TRY_FEWER_WORDS}</li> })}
                {filters
                    .into_iter()
                    .map(|filter| {
                        let label = super::facets::filter_label(&filter);
                        let corpus_text = matches!(filter, Filter::Theme(_) | Filter::Person(_));
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="secondary"
                                    on:click=move |_| set_query(&|q: &mut Query| q.remove(&filter), History::NewEntry)
                                >
                                    {s::REMOVE_FILTER.0}
                                    {super::language::dutch_if(corpus_text, label)}
                                    {s::REMOVE_FILTER.1}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
                {has_text
                    .then(|| {
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="secondary"
                                    on:click=move |_| set_query(&|q: &mut Query| q.text.clear(), History::NewEntry)
                                >
                                    {s::CLEAR_SEARCH}
                                </button>
                            </li>
                        }
                    })}
            </ul>
        </div>
    }
}
