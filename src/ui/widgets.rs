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
            <BackToList />
        </p>
    }
}

/// The link back to the list the user came from, with the same query and filters: a
/// reader who opened a tip from a search returns to that search, not to the whole list.
#[component]
pub fn BackToList() -> impl IntoView {
    let router = super::router::use_router();
    let back = router.back_to_list();
    let label = if back.ends_with("#/") { s::BACK_TO_TIPS } else { s::BACK_TO_RESULTS };
    view! { <a href=back>{label}</a> }
}
