//! Everything one person is quoted saying: the old "Meer tips van …" page.

use super::document::ExampleCard;
use crate::corpus::Document;
use crate::embedded::corpus;
use crate::route::Route;
use crate::strings as s;
use leptos::prelude::*;

#[component]
pub fn PersonPage(slug: String) -> impl IntoView {
    let Some(person) = corpus().person(&slug) else {
        return view! { <super::widgets::NotFound /> }.into_any();
    };
    let quotes: Vec<_> = corpus().quotes_by(&person.slug).collect();
    // Articles that quote them in running text: the passage is long, so a link to it.
    let sections: Vec<_> = corpus().sections_quoting(&person.slug).collect();
    view! {
        <article class="person">
            <p class="breadcrumb">
                <super::widgets::BackToList />
            </p>
            <h1>{s::PERSON_TITLE.0} {super::language::dutch(person.name.as_ref())} {s::PERSON_TITLE.1}</h1>
            <p>{s::person_quotes(quotes.len(), sections.len())}</p>
            {quotes
                .into_iter()
                .map(|(doc, example)| {
                    view! {
                        <section class="person__quote">
                            <SourceHeading doc=doc />
                            <ExampleCard doc=doc example=example />
                        </section>
                    }
                })
                .collect_view()}
            {sections
                .into_iter()
                .map(|(doc, section)| {
                    let href = Route::Read {
                        doc: doc.slug.to_string(),
                        anchor: Some(section.slug.to_string()),
                    }
                        .to_hash();
                    view! {
                        <section class="person__quote">
                            <SourceHeading doc=doc />
                            <p>
                                <a href=href>
                                    {if section.heading.is_empty() {
                                        s::QUOTED_IN_ARTICLE.into_any()
                                    } else {
                                        view! {
                                            {s::QUOTED_IN_SECTION.0}
                                            {super::language::dutch(section.heading.as_ref())}
                                            {s::QUOTED_IN_SECTION.1}
                                        }
                                            .into_any()
                                    }}
                                </a>
                            </p>
                        </section>
                    }
                })
                .collect_view()}
        </article>
    }
    .into_any()
}

/// The document a quote is from, as a heading: the examples' h3 then sit under an h2
/// (heading order).
#[component]
fn SourceHeading(doc: &'static Document) -> impl IntoView {
    let href = Route::Read { doc: doc.slug.to_string(), anchor: None }.to_hash();
    view! {
        <h2 class="person__source">
            <a href=href>{super::document::kind_label(doc)} ": " {super::language::dutch(doc.title.as_ref())}</a>
        </h2>
    }
}
