//! The four answers to a statement as a group of radio buttons. A user's own answer on
//! the checklist and the answer a team agrees on are the same choice, so they look and
//! read the same, and label their answers the same way.

use crate::assessment::AnswerValue;
use crate::strings as s;
use leptos::prelude::*;

/// The radios for one statement: a plain function, as a component would give every
/// statement a props builder and an owner of its own for nothing. `id_prefix` makes each radio's id unique on the page
/// (the label points at it); `name` groups the four, so arrow keys move between them.
pub(super) fn answer_choices(
    id_prefix: String,
    name: String,
    chosen: impl Fn() -> Option<AnswerValue> + Clone + Send + Sync + 'static,
    on_choose: impl Fn(AnswerValue) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    AnswerValue::ALL
        .into_iter()
        .map(|v| {
            let input_id = format!("{id_prefix}-{}", v.id());
            let (chosen, on_choose) = (chosen.clone(), on_choose.clone());
            view! {
                <span class="answer">
                    <input
                        type="radio"
                        id=input_id.clone()
                        name=name.clone()
                        value=v.id()
                        prop:checked=move || chosen() == Some(v)
                        on:change=move |_| on_choose(v)
                    />
                    <label for=input_id>{s::answer_label(v)}</label>
                </span>
            }
        })
        .collect_view()
}
