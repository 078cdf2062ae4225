//! The facet panel: every filter with its count under the current query.

use crate::corpus::{Kind, OrgType};
use crate::embedded::corpus;
use crate::search::{FacetValue, Query, Results};
use crate::strings as s;
use leptos::prelude::*;

/// Long facets (themes, people) show this many values until the user asks for all.
const SHORT_LIST: usize = 8;

/// A filter the user can remove, with its label; for the chips and the empty state.
pub type Removal = std::sync::Arc<dyn Fn(&mut Query) + Send + Sync>;

/// The active filters of `q`, each with a label and the edit that removes it.
pub fn active_filters(q: &Query) -> Vec<(String, Removal)> {
    let mut out: Vec<(String, Removal)> = Vec::new();
    for &kind in &q.kinds {
        out.push((s::kind_name(kind).to_string(), std::sync::Arc::new(move |q: &mut Query| q.toggle_kind(kind))));
    }
    for theme in q.themes.clone() {
        out.push((theme.clone(), std::sync::Arc::new(move |q: &mut Query| q.toggle_theme(&theme))));
    }
    if q.toptip {
        out.push((s::TOPTIP.to_string(), std::sync::Arc::new(|q: &mut Query| q.toptip = false)));
    }
    for &org in &q.org_types {
        out.push((s::org_type_name(org).to_string(), std::sync::Arc::new(move |q: &mut Query| q.toggle_org_type(org))));
    }
    for slug in q.people.clone() {
        let name = corpus().person(&slug).map(|p| p.name.to_string()).unwrap_or_else(|| slug.clone());
        out.push((name, std::sync::Arc::new(move |q: &mut Query| q.toggle_person(&slug))));
    }
    out
}

#[component]
pub fn Facets(
    results: Memo<Results<'static>>,
    query: Memo<Query>,
    set_query: impl Fn(&dyn Fn(&mut Query), bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    // Open beside the results on wide screens; folded away on phones.
    let wide = window().match_media("(min-width: 50rem)").ok().flatten().is_some_and(|m| m.matches());
    // Created once, outside the per-keystroke rendering, so "toon alle" stays open while typing.
    let open = Expanded::default();
    view! {
        <aside class="facets" aria-label=s::FILTERS>
            <details open=wide>
                <summary>{s::FILTERS}</summary>
                {move || results.with(|r| {
                    let f = &r.facets;
                    view! {
                        <FacetGroup legend=s::FACET_KIND expanded=open.kind values=f.kinds.iter().map(|v| option(v, s::kind_name(v.value).to_string(), kind_toggle(v.value))).collect() set_query=set_query/>
                        <FacetGroup legend=s::FACET_THEME expanded=open.theme values=f.themes.iter().map(|v| { let t = v.value.to_string(); option(v, t.clone(), std::sync::Arc::new(move |q: &mut Query| q.toggle_theme(&t))) }).collect() set_query=set_query/>
                        <FacetGroup legend=s::FACET_TOPTIP expanded=open.toptip values=vec![option(&f.toptip, s::ONLY_TOPTIPS.to_string(), std::sync::Arc::new(|q: &mut Query| q.toptip = !q.toptip))] set_query=set_query/>
                        <FacetGroup legend=s::FACET_ORG expanded=open.org values=f.org_types.iter().map(|v| option(v, s::org_type_name(v.value).to_string(), org_toggle(v.value))).collect() set_query=set_query/>
                        <FacetGroup legend=s::FACET_PERSON expanded=open.person values=f.people.iter().map(|v| { let slug = v.value.slug.to_string(); option(v, v.value.name.to_string(), std::sync::Arc::new(move |q: &mut Query| q.toggle_person(&slug))) }).collect() set_query=set_query/>
                    }
                })}
                <Show when=move || query.with(Query::has_filters)>
                    <button type="button" class="secondary" on:click=move |_| set_query(&|q: &mut Query| *q = Query::text(q.text.clone()), true)>
                        {s::CLEAR_FILTERS}
                    </button>
                </Show>
            </details>
        </aside>
    }
}

/// Which long facet lists the user has expanded.
#[derive(Clone, Copy, Default)]
struct Expanded {
    kind: RwSignal<bool>,
    theme: RwSignal<bool>,
    toptip: RwSignal<bool>,
    org: RwSignal<bool>,
    person: RwSignal<bool>,
}

fn kind_toggle(kind: Kind) -> Removal {
    std::sync::Arc::new(move |q: &mut Query| q.toggle_kind(kind))
}

fn org_toggle(org: OrgType) -> Removal {
    std::sync::Arc::new(move |q: &mut Query| q.toggle_org_type(org))
}

/// One checkbox: its label, count, whether it is ticked and what ticking does.
#[derive(Clone)]
pub struct FacetOption {
    label: String,
    count: usize,
    selected: bool,
    toggle: Removal,
}

fn option<T>(v: &FacetValue<T>, label: String, toggle: Removal) -> FacetOption {
    FacetOption { label, count: v.count, selected: v.selected, toggle }
}

#[component]
fn FacetGroup(
    legend: &'static str,
    expanded: RwSignal<bool>,
    values: Vec<FacetOption>,
    set_query: impl Fn(&dyn Fn(&mut Query), bool) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    // Values nobody can pick (zero hits, not selected) only add noise.
    let mut values: Vec<FacetOption> = values.into_iter().filter(|v| v.count > 0 || v.selected).collect();
    if values.is_empty() {
        return ().into_any();
    }
    let total = values.len();
    let rest: Vec<FacetOption> = if total > SHORT_LIST { values.split_off(SHORT_LIST) } else { Vec::new() };
    let render = move |v: FacetOption| {
        let FacetOption { label, count, selected, toggle } = v;
        view! {
            <li>
                <label>
                    <input type="checkbox" prop:checked=selected on:change=move |_| set_query(&*toggle, true)/>
                    <span>{label}</span>
                    <span class="facet__count">{s::facet_count(count)}</span>
                </label>
            </li>
        }
    };
    let rest_view = move || expanded.get().then(|| rest.clone().into_iter().map(render).collect_view());
    view! {
        <fieldset>
            <legend>{legend}</legend>
            <ul>
                {values.into_iter().map(render).collect_view()}
                {rest_view}
            </ul>
            {(total > SHORT_LIST).then(|| view! {
                <button type="button" class="link-button" aria-expanded=move || expanded.get().to_string() on:click=move |_| expanded.update(|e| *e = !*e)>
                    {move || if expanded.get() { s::SHOW_FEWER.to_string() } else { s::show_all(total) }}
                </button>
            })}
        </fieldset>
    }
    .into_any()
}
