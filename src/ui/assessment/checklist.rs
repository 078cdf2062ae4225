//! The checklist of the active assessment: every statement by dimension and level, with
//! its answer, an optional note and evidence link, and the sources it is drawn from.

use super::answer::answer_choices;
use super::store::{use_store, Store};
use crate::assessment::answer::{check_evidence, NOTE_MAX_CHARS};
use crate::assessment::{
    score_dimension, Answer, AnswerValue, Answers, Dimension, Model, Progress, Retired, Statement, LEVEL_COUNT,
};
use crate::embedded::assessment_model;
use crate::route::{ActionFor, Route};
use crate::strings as s;
use crate::ui::dom;
use leptos::prelude::*;

/// The DOM id of a statement's fieldset; statement ids are `[a-z0-9._-]`, safe in ids.
fn statement_dom_id(statement: &str) -> String {
    format!("stelling-{statement}")
}

/// The DOM id of a dimension's heading, where its page opens.
fn dimension_heading_id(dimension: &str) -> String {
    format!("onderwerp-{dimension}")
}

/// The checklist, one dimension at a time: on a phone a page of a hundred statements is
/// endless, and a dimension is a sitting's work. Every dimension has its own address, so
/// Back goes to the previous one, and a link to a statement opens its dimension.
#[component]
pub fn Checklist(
    /// A statement to bring into view (as a link from a tip asks), or a dimension to show.
    opened: Option<super::Opened>,
) -> impl IntoView {
    use super::Opened;
    let store = use_store();
    let model: &'static Model = assessment_model();
    let answers = Memo::new(move |_| store.state.with(|st| st.active().map(|a| a.answers.clone()).unwrap_or_default()));
    let overall = Memo::new(move |_| answers.with(|a| crate::assessment::score(model, a).overall));
    // Back from a source the user followed lands on that link, before anything else.
    let returned = super::sources::return_to_followed_source();
    let linked = match &opened {
        Some(Opened::Statement(id)) => Some((id.clone(), model.statement(id).map(|(d, _)| d))),
        _ => None,
    };
    let asked_dimension = match &opened {
        Some(Opened::Dimension(id)) => Some(model.dimension(id)),
        _ => None,
    };
    // The model is baked in at build time; a model without dimensions has nothing to ask.
    let Some(first) = model.dimensions.first() else { return ().into_any() };
    let shown: &'static Dimension =
        linked.as_ref().and_then(|(_, d)| *d).or(asked_dimension.flatten()).unwrap_or(first);
    if !returned {
        match (&linked, asked_dimension) {
            (Some((id, Some(_))), _) => dom::focus_later(statement_dom_id(id), dom::Scroll::IntoView),
            (_, Some(Some(d))) => dom::focus_later(dimension_heading_id(&d.id), dom::Scroll::IntoView),
            _ => {}
        }
    }
    // A link to a statement that is not (or no longer) asked says so, instead of opening at the top.
    let unknown_link = linked.filter(|(_, d)| d.is_none()).map(|(id, _)| model.retired(&id).is_some());
    let unknown_dimension = asked_dimension.is_some_and(|d| d.is_none());
    let retired_kept = Memo::new(move |_| answers.with(|a| retired_with_answers(model, a).len()));
    keep_focus_clear_of_progress();
    let position = model.dimensions.iter().position(|d| d.id == shown.id).unwrap_or(0);
    let previous = position.checked_sub(1).and_then(|i| model.dimensions.get(i));
    let next = model.dimensions.get(position + 1);

    view! {
        <div class="checklist">
            <h1>{model.title.as_ref()}</h1>
            {unknown_link
                .map(|retired| {
                    view! {
                        <p class="notice" role="status">
                            {if retired { s::LINKED_STATEMENT_RETIRED } else { s::LINKED_STATEMENT_UNKNOWN }}
                        </p>
                    }
                })}
            {unknown_dimension
                .then(|| {
                    view! {
                        <p class="notice" role="status">
                            {s::LINKED_DIMENSION_UNKNOWN}
                        </p>
                    }
                })}
            <Show when=move || { retired_kept.get() > 0 }>
                <p class="notice">
                    {move || s::retired_answers_kept(retired_kept.get())} " "
                    <button
                        type="button"
                        class="link-button"
                        on:click=move |_| dom::focus_id(RETIRED_HEADING_ID, dom::Scroll::IntoView)
                    >
                        {s::GO_TO_RETIRED}
                    </button>
                </p>
            </Show>
            <p class="lead">{model.intro.as_ref()}</p>
            <section class="scoring-rule" aria-labelledby="score-uitleg-kop">
                <h2 id="score-uitleg-kop">{s::HOW_SCORING_WORKS}</h2>
                <p>{s::SCORING_EXPLANATION}</p>
            </section>
            // Stays in view while scrolling (a sticky bar, one line of text and the bar), so
            // the progress is never more than a glance away. The page's scroll padding keeps
            // whatever gets focus clear of it.
            <div class="overall">
                <p id="totaal-voortgang" class="overall__text">
                    {move || overall.with(|p| s::overall_progress_short(p.percent(), p.answered, p.total))}
                </p>
                <progress
                    class="overall__bar"
                    max="100"
                    value=move || overall.with(|p| p.percent())
                    aria-labelledby="totaal-voortgang"
                ></progress>
            </div>
            <p class="checklist__snapshot">
                <SnapshotButton store=store />
            </p>
            <DimensionIndex model=model shown=shown answers=answers />
            <DimensionSection model=model dimension=shown answers=answers position=position />
            <nav class="dimension-steps" aria-label=s::DIMENSION_STEPS_LABEL>
                {previous
                    .map(|d| {
                        view! {
                            <a class="dimension-steps__previous" href=Route::Dimension(d.id.to_string()).to_hash()>
                                {s::previous_dimension(&d.name)}
                            </a>
                        }
                    })}
                {match next {
                    Some(d) => {
                        view! {
                            <a class="dimension-steps__next" href=Route::Dimension(d.id.to_string()).to_hash()>
                                {s::next_dimension(&d.name)}
                            </a>
                        }
                            .into_any()
                    }
                    None => {
                        view! {
                            <a
                                class="dimension-steps__next"
                                href=Route::Assessment(crate::route::AssessmentScreen::Results).to_hash()
                            >
                                {s::LAST_DIMENSION_TO_RESULTS}
                            </a>
                        }
                            .into_any()
                    }
                }}
            </nav>
            <RetiredAnswers model=model answers=answers />
        </div>
    }
    .into_any()
}

/// While the checklist is shown, whatever gets focus is scrolled clear of the progress
/// bar that sticks to the top (WCAG 2.4.11, focus not obscured). The page's scroll
/// padding does this where the browser scrolls; it does not where the browser thinks the
/// element already in view, such as a field just under the bar on the way back up.
fn keep_focus_clear_of_progress() {
    use wasm_bindgen::JsCast;
    let handle = window_event_listener(leptos::ev::focusin, |ev| {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        // After the browser's own scrolling for this focus, which may leave it under the bar.
        request_animation_frame(move || {
            let Some(bar) = document().query_selector(".overall").ok().flatten() else { return };
            if target.closest(".overall").ok().flatten().is_some() {
                return;
            }
            let bar_bottom = bar.get_bounding_client_rect().bottom();
            let top = target.get_bounding_client_rect().top();
            if top < bar_bottom {
                // A little room, so the focus outline shows too.
                window().scroll_by_with_x_and_y(0.0, top - bar_bottom - 8.0);
            }
        });
    });
    on_cleanup(move || handle.remove());
}

/// Every dimension as a link to its page, with how many of its statements are answered,
/// so the user sees where work is left; the one shown is marked.
#[component]
fn DimensionIndex(model: &'static Model, shown: &'static Dimension, answers: Memo<Answers>) -> impl IntoView {
    view! {
        <nav class="dimension-index" aria-label=s::DIMENSION_INDEX_LABEL>
            <p class="dimension-index__hint">{s::ONE_DIMENSION_AT_A_TIME}</p>
            <ol>
                {model
                    .dimensions
                    .iter()
                    .map(|d| {
                        let progress = Memo::new(move |_| answers.with(|a| score_dimension(d, a).progress));
                        let current = d.id == shown.id;
                        view! {
                            <li>
                                <a
                                    href=Route::Dimension(d.id.to_string()).to_hash()
                                    aria-current=current.then_some("step")
                                >
                                    {d.name.as_ref()}
                                </a>
                                " "
                                <span class="dimension-index__count">
                                    {move || progress.with(|p| s::dimension_index_count(p.answered, p.total))}
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// The heading of the retired statements' list; the notice above the checklist moves there.
const RETIRED_HEADING_ID: &str = "vervallen-kop";

/// The retired statements with something kept: an answer, a note or a link.
fn retired_with_answers(model: &'static Model, answers: &Answers) -> Vec<(&'static Retired, Answer)> {
    model
        .retired
        .iter()
        .filter_map(|r| {
            answers
                .get(&*r.id)
                .filter(|x| x.answer.is_some() || !x.note.is_empty() || !x.evidence.is_empty())
                .map(|x| (r, x.clone()))
        })
        .collect()
}

/// What was answered to statements the model no longer asks: kept, shown with the text
/// they had, and counted in no score.
#[component]
fn RetiredAnswers(model: &'static Model, answers: Memo<Answers>) -> impl IntoView {
    let kept = move || answers.with(|a| retired_with_answers(model, a));
    view! {
        <Show when=move || !kept().is_empty()>
            <section class="retired" aria-labelledby=RETIRED_HEADING_ID>
                <h2 id=RETIRED_HEADING_ID tabindex="-1">
                    {s::RETIRED_HEADING}
                </h2>
                <p>{s::RETIRED_INTRO}</p>
                <ul class="retired__list">
                    {move || {
                        kept()
                            .into_iter()
                            .map(|(retired, answer)| {
                                view! {
                                    <li>
                                        <p class="retired__text">{retired.text.as_ref()}</p>
                                        <p>
                                            {s::retired_answer(answer.answer.map(s::answer_label))}
                                            {(!answer.note.is_empty())
                                                .then(|| format!(" · {}: {}", s::NOTE_LABEL, answer.note))}
                                        </p>
                                        {(!answer.evidence.is_empty())
                                            .then(|| {
                                                view! {
                                                    <p class="retired__evidence">
                                                        {s::EVIDENCE_LABEL} ": " {answer.evidence.clone()}
                                                    </p>
                                                }
                                            })}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}

/// "Stand van vandaag bewaren": records today's score for the history chart. While a snapshot
/// would be pointless (nothing answered, or today's already has this score) the button
/// stays focusable but says it does nothing (`aria-disabled`), and the reason is shown
/// beside it and read out with it: a plain disabled button would not say why.
#[component]
pub fn SnapshotButton(store: Store, #[prop(optional)] id: Option<String>) -> impl IntoView {
    let model = assessment_model();
    let why_id =
        id.as_deref().map_or_else(|| "momentopname-waarom".to_string(), |id| format!("momentopname-waarom-{id}"));
    let id = StoredValue::new(id);
    let refusal = Memo::new(move |_| {
        store.state.with(|state| {
            let target = id.with_value(|id| match id {
                Some(id) => state.get(id),
                None => state.active(),
            });
            target.and_then(|a| a.snapshot_refusal(model, super::store::now()))
        })
    });
    let take = move |_| {
        let result = store.change_saying(s::SNAPSHOT_TAKEN, |state, now| {
            let target = id.with_value(|id| match id {
                Some(id) => state.get_mut(id),
                None => state.active_mut().ok_or(crate::storage::OpError::NoActive),
            })?;
            target.take_useful_snapshot(model, now).map(|_| ())
        });
        // A refusal is already on screen beside the button; anything else is said above.
        match result {
            Err(crate::storage::OpError::SnapshotRefused(_)) => {}
            other => store.error.set(other.err().map(|e| s::op_error(&e))),
        }
    };
    let described = why_id.clone();
    view! {
        <span class="snapshot">
            <button
                type="button"
                class="secondary"
                aria-disabled=move || refusal.with(Option::is_some).then_some("true")
                aria-describedby=move || refusal.with(Option::is_some).then(|| described.clone())
                on:click=take
            >
                {s::TAKE_SNAPSHOT}
            </button>
            <span class="field__hint snapshot__why" id=why_id>
                {move || refusal.get().map(s::snapshot_refusal)}
            </span>
        </span>
    }
}

#[component]
fn DimensionSection(
    model: &'static Model,
    dimension: &'static Dimension,
    answers: Memo<Answers>,
    /// Where it stands among the dimensions, from 0.
    position: usize,
) -> impl IntoView {
    let heading_id = dimension_heading_id(&dimension.id);
    let labelled_by = heading_id.clone();
    let status_id = format!("onderwerp-{}-stand", dimension.id);
    let result = Memo::new(move |_| {
        answers.with(|a| {
            let d = score_dimension(dimension, a);
            let status = s::dimension_status(
                &super::level_with_next(model, &d),
                d.progress.percent(),
                d.progress.answered,
                d.progress.total,
            ) + &s::not_applicable_count(d.not_applicable);
            (d.level, d.level_not_applicable, status, d.progress)
        })
    });
    let status = move || result.with(|(_, _, status, _): &(u8, [bool; 4], String, Progress)| status.clone());
    view! {
        <section class="dimension" aria-labelledby=labelled_by>
            <p class="dimension__position">{s::dimension_position(position + 1, model.dimensions.len())}</p>
            <h2 id=heading_id tabindex="-1">
                {dimension.name.as_ref()}
            </h2>
            <p>{dimension.description.as_ref()}</p>
            <div class="dimension__status">
                <p id=status_id.clone()>{status}</p>
                <progress
                    max="100"
                    value=move || result.with(|(_, _, _, p)| p.percent())
                    aria-labelledby=status_id
                ></progress>
            </div>
            {(1..=LEVEL_COUNT)
                .map(|level| {
                    let info = model.level_info(level);
                    let passed = move || result.with(|(l, nvt, _, _)| (*l >= level, nvt[usize::from(level - 1)]));
                    let reached = move || passed() == (true, false);
                    let not_applicable = move || passed() == (true, true);
                    // A level of only n.v.t. answers does not hold up the ladder, but is not reached.
                    view! {
                        <div class="level">
                            <h3 class="level__name">
                                {info.map(|i| i.name.to_string())}
                                {move || {
                                    reached().then(|| view! { <span class="level__reached">{s::LEVEL_REACHED}</span> })
                                }}
                                {move || {
                                    not_applicable()
                                        .then(|| {
                                            view! { <span class="level__reached">{s::LEVEL_NOT_APPLICABLE}</span> }
                                        })
                                }}
                            </h3>
                            {info.map(|i| view! { <p class="level__description">{i.description.as_ref()}</p> })}
                            {dimension
                                .level(level)
                                .map(|st| view! { <StatementField statement=st answers=answers /> })
                                .collect_view()}
                        </div>
                    }
                })
                .collect_view()}
        </section>
    }
}

#[component]
fn StatementField(statement: &'static Statement, answers: Memo<Answers>) -> impl IntoView {
    let store = use_store();
    let id: &'static str = &statement.id;
    let dom_id = statement_dom_id(id);
    let record = Memo::new(move |_| answers.with(|a| a.get(id).cloned().unwrap_or_default()));
    let value = Memo::new(move |_| record.with(|r: &Answer| r.answer));
    let note = Memo::new(move |_| record.with(|r| r.note.clone()));
    let evidence = Memo::new(move |_| record.with(|r| r.evidence.clone()));
    let evidence_error = RwSignal::new(None::<String>);
    let has_extra = record.with_untracked(|r| !r.note.is_empty() || !r.evidence.is_empty());
    let opened = RwSignal::new(has_extra);
    // N.v.t. needs a reason, or nobody will know later why it did not apply.
    let needs_reason = move || value.get() == Some(AnswerValue::Nvt) && note.with(|n| n.trim().is_empty());

    let set_answer = move |v: Option<AnswerValue>| {
        let ask_reason = v == Some(AnswerValue::Nvt) && note.with_untracked(|n| n.trim().is_empty());
        let saying = if ask_reason { s::SAVED_GIVE_NVT_REASON } else { s::SAVED };
        store.change_active_saying(saying, |a, now| a.set_answer(id, v, now));
        if ask_reason {
            opened.set(true);
        }
    };
    let note_id = format!("{dom_id}-notitie");
    let note_hint_id = format!("{dom_id}-notitie-uitleg");
    let reason_id = format!("{dom_id}-reden");
    let note_described = format!("{reason_id} {note_hint_id}");
    let evidence_id = format!("{dom_id}-bewijs");
    let evidence_hint_id = format!("{dom_id}-bewijs-uitleg");
    let evidence_error_id = format!("{dom_id}-bewijs-fout");
    let evidence_described = format!("{evidence_hint_id} {evidence_error_id}");

    view! {
        <fieldset class="statement" id=dom_id.clone() tabindex="-1">
            <legend class="statement__text">{statement.text.as_ref()}</legend>
            <div class="statement__answers">
                {answer_choices(
                    dom_id.clone(),
                    format!("antwoord-{id}"),
                    move || value.get(),
                    move |v| set_answer(Some(v)),
                )} <Show when=move || value.get().is_some()>
                    <button type="button" class="link-button statement__clear" on:click=move |_| set_answer(None)>
                        {s::CLEAR_ANSWER}
                        <span class="visually-hidden">{format!(": {}", statement.text)}</span>
                    </button>
                // Nee or deels: something to do, so the plan is one link away.
                </Show> <Show when=move || matches!(value.get(), Some(AnswerValue::Nee | AnswerValue::Deels))>
                    <a class="statement__action" href=Route::NewAction(ActionFor::Statement(id.to_string())).to_hash()>
                        {s::MAKE_ACTION}
                        <span class="visually-hidden">{format!(": {}", statement.text)}</span>
                    </a>
                </Show>
            </div>
            <super::sources::Quotes sources=statement.sources.as_ref() link_ids=dom_id.clone() />
            <details class="statement__extra" prop:open=move || opened.get()>
                <summary>{s::ADD_NOTE_OR_EVIDENCE}</summary>
                <div class="field">
                    <label for=note_id.clone()>{s::NOTE_LABEL}</label>
                    <textarea
                        id=note_id
                        rows="3"
                        maxlength=NOTE_MAX_CHARS.to_string()
                        aria-describedby=note_described
                        prop:value=move || note.get()
                        on:input=move |ev| {
                            let text = event_target_value(&ev);
                            store.typing_in(id);
                            store.change_active(|a, now| a.set_note(id, &text, now));
                        }
                        on:change=move |_| {
                            store.typing_done();
                            store.confirm(s::SAVED);
                        }
                    ></textarea>
                    <p class="field__hint statement__reason" id=reason_id>
                        {move || needs_reason().then_some(s::NVT_REASON)}
                    </p>
                    <p class="field__hint" id=note_hint_id>
                        {s::note_hint(NOTE_MAX_CHARS)}
                    </p>
                </div>
                <div class="field">
                    <label for=evidence_id.clone()>{s::EVIDENCE_LABEL}</label>
                    <input
                        type="url"
                        id=evidence_id
                        inputmode="url"
                        autocomplete="url"
                        aria-describedby=evidence_described
                        aria-invalid=move || evidence_error.with(|e| e.is_some()).then_some("true")
                        prop:value=move || evidence.get()
                        on:input=move |ev| {
                            let link = event_target_value(&ev);
                            if check_evidence(link.trim()).is_ok() {
                                evidence_error.set(None);
                                store.typing_in(id);
                                store.change_active(|a, now| a.set_evidence(id, &link, now));
                            }
                        }
                        on:change=move |ev| {
                            let link = event_target_value(&ev);
                            store.typing_done();
                            match check_evidence(link.trim()) {
                                Ok(()) => store.confirm(s::SAVED),
                                Err(e) => evidence_error.set(Some(s::op_error(&e.into()))),
                            }
                        }
                    />
                    <p class="field__hint" id=evidence_hint_id>
                        {s::EVIDENCE_HINT}
                    </p>
                    <p class="field__error" id=evidence_error_id>
                        {move || evidence_error.get()}
                    </p>
                </div>
            </details>
        </fieldset>
    }
}
