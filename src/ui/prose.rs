//! Corpus text as DOM text nodes. Never HTML: a quote in the corpus can't inject markup.

use crate::corpus::Block;
use leptos::prelude::*;

/// Renders body blocks: paragraphs, bulleted lists and "Bron:" lines.
pub fn blocks(body: &'static [Block]) -> impl IntoView {
    body.iter()
        .map(|block| match block {
            Block::Paragraph(text) => view! { <p>{text.as_ref()}</p> }.into_any(),
            Block::Source(text) => view! { <p class="bron">{text.as_ref()}</p> }.into_any(),
            Block::List(items) => {
                view! { <ul>{items.iter().map(|item| view! { <li>{item.as_ref()}</li> }).collect_view()}</ul> }
                    .into_any()
            }
        })
        .collect_view()
}

/// The DOM id of an anchor; prefixed so corpus slugs can never clash with our own ids.
pub fn anchor_id(slug: &str) -> String {
    format!("anker-{slug}")
}
