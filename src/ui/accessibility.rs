//! The accessibility statement Dutch government sites must publish.

use crate::strings as s;
use leptos::prelude::*;

#[component]
pub fn AccessibilityStatement() -> impl IntoView {
    view! {
        <article class="statement">
            <h1>{s::ACCESSIBILITY_STATEMENT}</h1>
            {s::STATEMENT_SECTIONS
                .iter()
                .map(|(heading, paragraphs)| {
                    view! {
                        <section>
                            <h2>{*heading}</h2>
                            {paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                        </section>
                    }
                })
                .collect_view()}
        </article>
    }
}
