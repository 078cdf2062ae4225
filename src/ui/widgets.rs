//! Small views more than one screen shows.

use crate::route::Ignored;
use crate::strings as s;
use leptos::prelude::*;

/// What a link asked for that we had to leave out (unknown parameters, filter values),
/// said once in a status notice; nothing when there is nothing to say.
#[component]
pub fn IgnoredNotice(ignored: Signal<Vec<Ignored>>) -> impl IntoView {
    view! {
        <Show when=move || ignored.with(|i| !i.is_empty())>
            <div class="notice" role="status">
                {move || ignored.with(|i| i.iter().map(|part| view! { <p>{s::ignored(part)}</p> }).collect_view())}
            </div>
        </Show>
    }
}

/// A screen for links that point nowhere: says so and offers the way back.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <h1>{s::NOT_FOUND_TITLE}</h1>
        <p>{s::NOT_FOUND_TEXT}</p>
        <p>
            <a href="#/">{s::BACK_TO_TIPS}</a>
        </p>
    }
}
