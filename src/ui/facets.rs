//! The facet panel: every filter with its count under the current query.

use super::list_page::History;
use crate::embedded::corpus;
use crate::search::{FacetKey, FacetValue, Facets as Counts, Filter, Query, Results};
use crate::strings as s;
use leptos::prelude::*;

/// Long facets (themes, people) show this many values until the user asks for all.
const SHORT_LIST: usize = 8;

/// The label the user sees for a selected filter, on buttons that remove it.
pub fn filter_label(filter: &Filter) -> String {
    match filter {
        Filter::Kind(kind) => s::kind_name(*kind).to_string(),
        Filter::Theme(theme) => s::theme_label(theme),
        Filter::Toptip => s::TOPTIP.to_string(),
        Filter::OrgType(org) => s::org_type_name(*org).to_string(),
        Filter::Person(slug) => corpus().person(slug).map(|p| p.name.to_string()).unwrap_or_else(|| slug.clone()),
    }
}

/// The counts follow the results one frame later: they are updated when `refresh` is
/// notified, after the results are painted, so a keystroke's frame carries only what the
/// user is looking at (measured: scripts/bench.sh).
/// Where the filters sit beside the results: the breakpoint of `.search` in style/app.css.
const WIDE_SCREEN: &str = "(min-width: 50rem)";

#[component]
pub fn Facets(
    results: Memo<Results<'static>>,
    refresh: ReadSignal<bool>,
    set_query: impl Fn(&dyn Fn(&mut Query), History) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    // Open beside the results on wide screens; folded away on phones.
    let wide = window().match_media(WIDE_SCREEN).ok().flatten().is_some_and(|m| m.matches());
    // Each group is a memo of plain values: a keystroke that leaves a group's counts as
    // they were does no work there, and one that changes them updates the numbers in
    // place (see `FacetGroup`), instead of building the panel again.
    let group = move |key: FacetKey| {
        let options = Memo::new(move |_| {
            refresh.track();
            results.with_untracked(|r| {
                options(&r.facets, key).into_iter().filter(|v| v.count > 0 || v.selected).collect::<Vec<_>>()
            })
        });
        // Themes are the corpus's tags, and people's names the corpus's (Dutch) names.
        view! {
            <FacetGroup
                legend=s::facet_legend(key)
                options=options
                set_query=set_query
                lang=s::corpus_lang_if(matches!(key, FacetKey::Theme | FacetKey::Person))
            />
        }
    };
    view! {
        <aside class="facets" aria-label=s::FILTERS>
            <details open=wide>
                <summary>{s::FILTERS}</summary>
                {FacetKey::ALL.into_iter().map(group).collect_view()}
            </details>
        </aside>
    }
}

/// One facet's values under the current query, as checkboxes.
fn options(counts: &Counts<'static>, key: FacetKey) -> Vec<FacetOption> {
    match key {
        FacetKey::Kind => {
            counts.kinds.iter().map(|v| option(v, Filter::Kind(v.value), s::kind_name(v.value))).collect()
        }
        FacetKey::Theme => counts
            .themes
            .iter()
            .map(|v| option(v, Filter::Theme(v.value.to_string()), &s::theme_label(&v.value)))
            .collect(),
        FacetKey::Toptip => vec![option(&counts.toptip, Filter::Toptip, s::ONLY_TOPTIPS)],
        FacetKey::OrgType => {
            counts.org_types.iter().map(|v| option(v, Filter::OrgType(v.value), s::org_type_name(v.value))).collect()
        }
        FacetKey::Person => {
            counts.people.iter().map(|v| option(v, Filter::Person(v.value.slug.to_string()), &v.value.name)).collect()
        }
    }
}

/// One checkbox: the filter it ticks, its label, count and whether it is ticked.
#[derive(Clone, PartialEq)]
struct FacetOption {
    filter: Filter,
    label: String,
    count: usize,
    selected: bool,
}

fn option<T>(v: &FacetValue<T>, filter: Filter, label: &str) -> FacetOption {
    FacetOption { filter, label: label.to_string(), count: v.count, selected: v.selected }
}

/// A group of checkboxes. It re-renders only when its own values change; "toon alle"
/// stays open while the user types.
///
/// Row `i` always shows value `i`: a keystroke that changes the counts (and so the order)
/// updates the rows' text and ticks, and never rebuilds a row. Rebuilding an element in
/// place rewrites all its attributes (`erase_components`, .cargo/config.toml), and
/// rewriting a checkbox's `type` makes the browser rebuild the control: measured, most of
/// what a keystroke cost in layout. Folded, a group always has its `SHORT_LIST` rows and
/// hides the unused ones; rows are added or removed only while "toon alle" is open.
#[component]
fn FacetGroup(
    legend: &'static str,
    options: Memo<Vec<FacetOption>>,
    /// The language of the values, when it is not the page's.
    lang: s::MaybeCorpusLang,
    set_query: impl Fn(&dyn Fn(&mut Query), History) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let expanded = RwSignal::new(false);
    let total = move || options.with(Vec::len);
    let rows = Memo::new(move |_| if expanded.get() { total() } else { SHORT_LIST });
    let shown = Memo::new(move |_| total().min(rows.get()));
    let row = move |i: usize| {
        let value = move |read: fn(&FacetOption) -> String| options.with(|o| o.get(i).map(read).unwrap_or_default());
        let toggle = move |_| {
            if let Some(filter) = options.with_untracked(|o| o.get(i).map(|v| v.filter.clone())) {
                set_query(&|q: &mut Query| q.toggle(&filter), History::NewEntry);
            }
        };
        let unused = move || i >= shown.get();
        view! {
            <li hidden=unused>
                <label>
                    <input
                        type="checkbox"
                        prop:checked=move || options.with(|o| o.get(i).is_some_and(|v| v.selected))
                        on:change=toggle
                    />
                    <span lang=lang>{move || value(|v| v.label.clone())}</span>
                    <span class="facet__count">{move || value(|v| s::facet_count(v.count))}</span>
                </label>
            </li>
        }
    };
    view! {
        <Show when=move || { total() > 0 }>
            <fieldset>
                <legend>{legend}</legend>
                <ul>{move || (0..rows.get()).map(row).collect_view()}</ul>
                <Show when=move || { total() > SHORT_LIST }>
                    <button
                        type="button"
                        class="link-button"
                        aria-expanded=move || expanded.get().to_string()
                        on:click=move |_| expanded.update(|e| *e = !*e)
                    >
                        {move || if expanded.get() { s::SHOW_FEWER.to_string() } else { s::show_all(total()) }}
                    </button>
                </Show>
            </fieldset>
        </Show>
    }
}
