//! One tip, article or blog, with every section and attributed quotes.

use super::prose::{anchor_id, blocks};
use crate::assessment::Citation;
use crate::corpus::{Attribution, Document, Example, Kind};
use crate::embedded::{citations_of, corpus};
use crate::route::{ActionFor, Route};
use crate::search::Query;
use crate::strings as s;
use leptos::prelude::*;

#[component]
pub fn DocumentPage(slug: String, anchor: Option<String>) -> impl IntoView {
    let Some(doc) = corpus().document(&slug) else {
        return view! { <super::widgets::NotFound /> }.into_any();
    };
    if let Some(anchor) = anchor {
        scroll_to_anchor(doc, anchor);
    }
    view! {
        <article class="document">
            <p class="breadcrumb">
                <super::widgets::BackToList />
            </p>
            <header class="document__header">
                <p class="document__kind">
                    {kind_label(doc)}
                    {doc
                        .toptip
                        .then(|| {
                            view! {
                                " "
                                <span class="badge badge--toptip">{s::TOPTIP}</span>
                            }
                        })}
                </p>
                <h1 lang=s::CORPUS_LANG>{doc.title.as_ref()}</h1>
                <DocumentMeta doc=doc />
            </header>
            <Contents doc=doc />
            <div class="document__intro" lang=s::CORPUS_LANG>
                {doc.intro.iter().map(|p| view! { <p class="lead">{p.as_ref()}</p> }).collect_view()}
            </div>
            {(!doc.examples.is_empty())
                .then(|| {
                    view! {
                        <section class="examples" aria-labelledby="voorbeelden-kop">
                            <h2 id="voorbeelden-kop">{s::EXAMPLES}</h2>
                            {doc.examples.iter().map(|e| view! { <ExampleCard doc=doc example=e /> }).collect_view()}
                        </section>
                    }
                })}
            {doc
                .sections
                .iter()
                .map(|section| {
                    view! {
                        <section class="document__section" id=anchor_id(&section.slug) lang=s::CORPUS_LANG>
                            // An article's untitled stretch of text has no heading of its own.
                            {(!section.heading.is_empty()).then(|| view! { <h2>{section.heading.as_ref()}</h2> })}
                            {blocks(&section.body)}
                            <Speakers speakers=&section.speakers />
                        </section>
                    }
                })
                .collect_view()}
            {doc.cut_off.then(|| view! { <p class="document__cut-off">{s::CUT_OFF}</p> })}
            <InAssessment doc=doc />
        </article>
    }
    .into_any()
}

/// From this many examples and titled sections on, a document gets a table of contents.
/// A quote with its caption is about half a screen, so with five parts the last one,
/// often the actionable "Waarom werkt dit?", is three or more screens down and out of
/// sight; with fewer, the contents would list what is already nearly in view.
const CONTENTS_FROM_PARTS: usize = 5;

/// The examples and titled sections of a long document, as links near the top. Following
/// one moves focus to that part (`scroll_to_anchor`), as any deep link does.
#[component]
fn Contents(doc: &'static Document) -> impl IntoView {
    let examples = doc.examples.iter().map(|e| (&*e.slug, &*e.heading));
    let sections = doc.sections.iter().filter(|s| !s.heading.is_empty()).map(|s| (&*s.slug, &*s.heading));
    let parts: Vec<(&str, &'static str)> = examples.chain(sections).collect();
    (parts.len() >= CONTENTS_FROM_PARTS).then(|| {
        view! {
            <nav class="contents" aria-labelledby="inhoud-kop">
                <h2 id="inhoud-kop">{s::CONTENTS_HEADING}</h2>
                <ul lang=s::CORPUS_LANG>
                    {parts
                        .into_iter()
                        .map(|(slug, heading)| {
                            let href = Route::Read {
                                doc: doc.slug.to_string(),
                                anchor: Some(slug.to_string()),
                            }
                                .to_hash();
                            view! {
                                <li>
                                    <a href=href>{heading}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        }
    })
}

/// The heading of the example or section a citation points at, if it points at one.
fn part_heading<'a>(doc: &'a Document, reference: &str) -> Option<&'a str> {
    let (_, anchor) = reference.split_once('#')?;
    doc.anchor(anchor)?.heading()
}

/// The statements of the self-assessment that rest on this document, linking to each on
/// the self-assessment page: from advice to what a team can check.
#[component]
fn InAssessment(doc: &'static Document) -> impl IntoView {
    // A statement may cite two passages of one document: it is listed once.
    let mut citations: Vec<&Citation> = Vec::new();
    for citation in citations_of(&doc.slug) {
        if !citations.iter().any(|c| c.statement == citation.statement) {
            citations.push(citation);
        }
    }
    let router = super::router::use_router();
    (!citations.is_empty()).then(|| {
        view! {
            <section class="in-assessment" aria-labelledby="in-zelfevaluatie-kop">
                <h2 id="in-zelfevaluatie-kop">{s::IN_ASSESSMENT_HEADING}</h2>
                <p>{s::in_assessment_intro(citations.len())}</p>
                <ul>
                    {citations
                        .into_iter()
                        .map(|c| {
                            view! {
                                <li>
                                    <a href=router
                                        .href(&Route::Statement(c.statement.to_string()))>{c.text.as_ref()}</a>
                                    {part_heading(doc, &c.reference)
                                        .map(|heading| {
                                            view! {
                                                {s::RESTS_ON_PART.0}
                                                {super::language::dutch(heading)}
                                                {s::RESTS_ON_PART.1}
                                            }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <p class="no-print">
                    <a href=router
                        .href(&Route::NewAction(ActionFor::Tip(doc.slug.to_string())))>{s::MAKE_ACTION_FOR_TIP}</a>
                </p>
            </section>
        }
    })
}

pub fn kind_label(doc: &Document) -> String {
    match (doc.kind, doc.number) {
        (Kind::Tip, Some(n)) => s::tip_number(n),
        (kind, _) => s::kind_name(kind).to_string(),
    }
}

#[component]
fn DocumentMeta(doc: &'static Document) -> impl IntoView {
    let date = doc.date.map(|d| s::format_date(&d));
    view! {
        <dl class="meta">
            {(!doc.themes.is_empty())
                .then(|| {
                    view! {
                        <dt>{s::THEME}</dt>
                        <dd>
                            {doc
                                .themes
                                .iter()
                                .map(|t| {
                                    view! {
                                        {theme_filter(&Query::default(), t)}
                                        " "
                                    }
                                })
                                .collect_view()}
                        </dd>
                    }
                })}
            {doc
                .author
                .as_deref()
                .map(|a| {
                    view! {
                        <dt>{s::AUTHOR}</dt>
                        <dd lang=s::CORPUS_LANG>{a}</dd>
                    }
                })}
            {doc
                .publication
                .as_deref()
                .map(|p| {
                    view! {
                        <dt>{s::PUBLICATION}</dt>
                        <dd lang=s::CORPUS_LANG>{p}</dd>
                    }
                })}
            {date
                .map(|d| {
                    view! {
                        <dt>{s::DATE}</dt>
                        <dd>{d}</dd>
                    }
                })}
        </dl>
        {doc
            .byline
            .as_deref()
            .map(|b| {
                view! {
                    <p class="byline" lang=s::CORPUS_LANG>
                        {b}
                    </p>
                }
            })}
    }
}

/// One quote, with its own anchor and a link to everything its author said.
#[component]
pub fn ExampleCard(doc: &'static Document, example: &'static Example) -> impl IntoView {
    let link = Route::Read { doc: doc.slug.to_string(), anchor: Some(example.slug.to_string()) }.to_hash();
    view! {
        <article class="example" id=anchor_id(&example.slug) tabindex="-1">
            <h3>
                <a class="example__link" href=link lang=s::CORPUS_LANG>
                    {example.heading.as_ref()}
                </a>
            </h3>
            <blockquote class="example__quote" lang=s::CORPUS_LANG>
                {blocks(&example.body)}
            </blockquote>
            {example
                .attribution
                .as_ref()
                .map(|a| {
                    view! {
                        <p class="attribution">
                            <span class="attribution__name" lang=s::CORPUS_LANG>
                                {a.name.as_ref()}
                            </span>
                            {a
                                .role
                                .as_deref()
                                .map(|r| {
                                    view! {
                                        ", "
                                        <span lang=s::CORPUS_LANG>{r}</span>
                                    }
                                })}
                            {a
                                .organisation
                                .as_deref()
                                .map(|o| {
                                    view! {
                                        ", "
                                        <span lang=s::CORPUS_LANG>{o}</span>
                                    }
                                })}
                            // Navigation, not part of the quote: left out of a print.
                            <span class="no-print">
                                " · "
                                <a href=Route::Person(a.person.to_string())
                                    .to_hash()>{s::more_from(first_name(&a.name))}</a>
                            </span>
                        </p>
                    }
                })}
        </article>
    }
}

/// Who a section quotes in its text, each with a link to everything they said.
#[component]
fn Speakers(speakers: &'static [Attribution]) -> impl IntoView {
    (!speakers.is_empty()).then(|| {
        view! {
            <p class="attribution">
                {s::SPEAKERS_LABEL} " "
                {speakers
                    .iter()
                    .enumerate()
                    .map(|(i, a)| {
                        view! {
                            {(i > 0).then_some("; ")}
                            <a href=Route::Person(a.person.to_string()).to_hash() lang=s::CORPUS_LANG>
                                {a.name.as_ref()}
                            </a>
                            {super::language::dutch(s::role_and_organisation(a))}
                        }
                    })
                    .collect_view()}
            </p>
        }
    })
}

/// A theme as the filter it names: a link to the list filtered on that theme, keeping
/// the rest of `query` (on a card, the search the user is in).
pub fn theme_filter(query: &Query, theme: &'static str) -> impl IntoView {
    let mut filtered = query.clone();
    filtered.themes = Default::default();
    filtered.themes.insert(theme.to_string());
    view! {
        <a class="tag" href=Route::for_query(&filtered).to_hash()>
            <span class="visually-hidden">{s::FILTER_ON_THEME}</span>
            {super::language::dutch(s::theme_label(theme))}
        </a>
    }
}

fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

/// Brings a deep-linked example or section into view and gives it focus,
/// once the page has been painted.
fn scroll_to_anchor(doc: &Document, anchor: String) {
    if doc.anchor(&anchor).is_none() {
        return;
    }
    request_animation_frame(move || super::dom::focus_id(&anchor_id(&anchor), super::dom::Scroll::IntoView));
}
