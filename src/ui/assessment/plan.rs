//! The action plan of the active assessment: a form for a new action (filled in when
//! the user comes from a statement, a recommendation or a tip), filters, and every action
//! by date, each edited in place.

use std::collections::BTreeSet;

use super::store::{entropy, today, use_store};
use crate::assessment::answer::NOTE_MAX_CHARS;
use crate::assessment::Model;
use crate::corpus::Date;
use crate::embedded::assessment_model;
use crate::route::{ActionFor, Route};
use crate::storage::plan::{
    for_statement, for_tip, tip_title, PlanFilter, StatusFilter, WHAT_MAX_CHARS, WHO_MAX_CHARS,
};
use crate::storage::{export_plan_csv, export_plan_ics, Action, NewAction, Status};
use crate::strings as s;
use crate::ui::dom;
use leptos::prelude::*;

const NEW_WHAT_ID: &str = "nieuwe-actie-wat";
const UNDO_ID: &str = "actie-terugzetten";

/// The filter's value in its select: the status id, "te-laat", or "" for all.
fn filter_value(filter: StatusFilter) -> &'static str {
    match filter {
        StatusFilter::All => "",
        StatusFilter::Overdue => "te-laat",
        StatusFilter::Is(status) => status.id(),
    }
}

fn filter_from(value: &str) -> StatusFilter {
    match value {
        "te-laat" => StatusFilter::Overdue,
        other => Status::from_id(other).map_or(StatusFilter::All, StatusFilter::Is),
    }
}

#[component]
pub fn Plan(action_for: Option<ActionFor>) -> impl IntoView {
    let store = use_store();
    let model: &'static Model = assessment_model();
    let today = today();
    let name = move || store.state.with(|st| st.active().map(|a| a.name.clone()).unwrap_or_default());
    let status_filter = RwSignal::new(StatusFilter::All);
    let dimension_filter = RwSignal::new(String::new());
    // Added or deleted actions and a changed filter re-sort the list; editing a date or
    // status does not, so the action being edited (and the focus in it) stays put.
    let ids = Memo::new(move |_| {
        store
            .state
            .with(|st| st.active().map(|a| a.plan().into_iter().map(|(id, _)| id.to_string()).collect::<BTreeSet<_>>()))
    });
    let shown = Memo::new(move |_| {
        // Read, not only tracked: a memo computes when it is read.
        ids.with(|_| ());
        let (status, dimension) = (status_filter.get(), dimension_filter.get());
        store.state.with_untracked(|st| {
            let Some(a) = st.active() else { return Vec::new() };
            let filter = PlanFilter { status, dimension: Some(dimension.as_str()).filter(|d| !d.is_empty()), today };
            a.plan_filtered(model, &filter).into_iter().map(|(id, _)| id.to_string()).collect::<Vec<_>>()
        })
    });
    let counts = Memo::new(move |_| {
        store.state.with(|st| {
            st.active().map_or((0, 0), |a| {
                let plan = a.plan();
                (plan.len(), plan.iter().filter(|(_, x)| x.is_overdue(today)).count())
            })
        })
    });
    let print = move |_| {
        let _ = window().print();
    };
    // The action deleted last, for "Ongedaan maken": in the assessment it was deleted
    // from, even if another one has been opened since.
    let last_deleted = RwSignal::new(None::<Deleted>);
    let restore = move |_| {
        let Some(deleted) = last_deleted.get_untracked() else { return };
        let restored = store.change_saying(s::ACTION_RESTORED, |st, now| {
            st.get_mut(&deleted.assessment)?.restore_action(&deleted.action, now)
        });
        match restored {
            Ok(()) => {
                last_deleted.set(None);
                // The undo button goes; the focus goes back to the action.
                dom::focus_later(format!("actie-{}-wat", deleted.action), dom::Scroll::IntoView);
            }
            Err(e) => store.error.set(Some(s::op_error(&e))),
        }
    };
    // Text typed in a field is saved when the field is left: so also when the page is
    // hidden or closed with the focus still in it.
    dom::commit_typing_on_leave();
    view! {
        <div class="plan">
            <h1>{move || s::plan_title(&name())}</h1>
            <p class="no-print">
                <button type="button" on:click=print>
                    {s::PRINT_PLAN}
                </button>
            </p>
            <NewActionForm action_for />
            <PlanExport />
            <section class="plan__actions" aria-labelledby="acties-kop">
                <h2 id="acties-kop">{s::PLAN_ACTIONS_HEADING}</h2>
                <div class="plan__filters no-print">
                    <p class="field">
                        <label for="filter-status">{s::FILTER_STATUS}</label>
                        <select
                            id="filter-status"
                            on:change=move |ev| status_filter.set(filter_from(&event_target_value(&ev)))
                        >
                            {[StatusFilter::All, StatusFilter::Overdue]
                                .into_iter()
                                .chain(Status::ALL.map(StatusFilter::Is))
                                .map(|f| {
                                    let label = match f {
                                        StatusFilter::All => s::FILTER_ALL,
                                        StatusFilter::Overdue => s::OVERDUE,
                                        StatusFilter::Is(status) => s::status_name(status),
                                    };
                                    view! {
                                        <option value=filter_value(f) selected=move || status_filter.get() == f>
                                            {label}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </p>
                    <p class="field">
                        <label for="filter-onderwerp">{s::FILTER_DIMENSION}</label>
                        <select id="filter-onderwerp" on:change=move |ev| dimension_filter.set(event_target_value(&ev))>
                            <option value="">{s::FILTER_ALL}</option>
                            {model
                                .dimensions
                                .iter()
                                .map(|d| view! { <option value=d.id.to_string()>{d.name.to_string()}</option> })
                                .collect_view()}
                        </select>
                    </p>
                </div>
                {move || {
                    last_deleted
                        .get()
                        .map(|Deleted { what, .. }| {
                            view! {
                                <p class="notice">
                                    {s::action_deleted(&what)} " " <button type="button" id=UNDO_ID on:click=restore>
                                        {s::UNDO}
                                    </button>
                                </p>
                            }
                        })
                }}
                <p class="plan__count" role="status">
                    {move || {
                        let (all, overdue) = counts.get();
                        s::plan_count(shown.with(Vec::len), all, overdue)
                    }}
                </p>
                <ol class="plan__list">
                    <For each=move || shown.get() key=|id| id.clone() let:id>
                        <ActionItem id today last_deleted />
                    </For>
                </ol>
            </section>
        </div>
    }
}

/// The plan as a spreadsheet and as calendar items for Outlook.
#[component]
fn PlanExport() -> impl IntoView {
    let store = use_store();
    let done = RwSignal::new(None::<String>);
    let has_dated = Memo::new(move |_| {
        store.state.with(|st| st.active().is_some_and(|a| a.plan().iter().any(|(_, x)| x.due.is_some())))
    });
    let has_any = Memo::new(move |_| store.state.with(|st| st.active().is_some_and(|a| !a.plan().is_empty())));
    let export = move |calendar: bool| {
        let now = super::store::now();
        let file = store.state.with_untracked(|st| {
            let a = st.active()?;
            let stem = match crate::text::slugify(&a.name) {
                slug if slug.is_empty() => s::FILE_NAME_PLAN.to_string(),
                slug => format!("{}-{slug}", s::FILE_NAME_PLAN),
            };
            let name = format!("{stem}-{}.{}", dom::file_date(now), if calendar { "ics" } else { "csv" });
            let contents = if calendar {
                export_plan_ics(a, now, &s::plan_calendar_name(&a.name), &s::PLAN_ICS_LABELS)?
            } else {
                export_plan_csv(assessment_model(), a, &s::PLAN_CSV_HEADER, s::status_name)
            };
            Some((name, contents))
        });
        let Some((name, contents)) = file else { return };
        let mime = if calendar { "text/calendar;charset=utf-8" } else { "text/csv;charset=utf-8" };
        done.set(Some(if dom::download(&name, mime, &contents) {
            s::downloaded(&name)
        } else {
            s::DOWNLOAD_FAILED.to_string()
        }));
    };
    view! {
        <section class="plan__export no-print" aria-labelledby="actieplan-export-kop">
            <h2 id="actieplan-export-kop">{s::PLAN_EXPORT_HEADING}</h2>
            <Show when=move || has_any.get() fallback=|| view! { <p>{s::PLAN_EXPORT_NOTHING}</p> }>
                <p class="actions">
                    <button type="button" class="secondary" on:click=move |_| export(false)>
                        {s::PLAN_CSV_BUTTON}
                    </button>
                    <Show when=move || has_dated.get()>
                        <button type="button" class="secondary" on:click=move |_| export(true)>
                            {s::PLAN_ICS_BUTTON}
                        </button>
                    </Show>
                </p>
                <p class="field__hint">{s::CSV_HINT}</p>
                <p class="field__hint">
                    {move || if has_dated.get() { s::PLAN_ICS_HINT } else { s::PLAN_ICS_NOTHING_DATED }}
                </p>
            </Show>
            <p class="export__done" role="status">
                {move || done.get()}
            </p>
        </section>
    }
}

/// The form for a new action. Coming from a statement or tip it is filled in and gets
/// the focus; nothing is saved until the user adds it.
#[component]
fn NewActionForm(action_for: Option<ActionFor>) -> impl IntoView {
    let store = use_store();
    let model = assessment_model();
    let start = match &action_for {
        Some(ActionFor::Statement(id)) => for_statement(model, id),
        Some(ActionFor::Tip(doc)) => for_tip(model, doc),
        None => None,
    };
    let unknown_link = action_for.is_some() && start.is_none();
    let start = start.unwrap_or_default();
    if action_for.is_some() {
        dom::focus_later(NEW_WHAT_ID, dom::Scroll::IntoView);
    }
    let what = RwSignal::new(start.what.clone());
    let who = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let purpose = RwSignal::new(start.purpose.clone());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let new = NewAction {
            what: what.get_untracked(),
            who: who.get_untracked(),
            due: Date::from_iso(&due.get_untracked()),
            note: note.get_untracked(),
            purpose: purpose.get_untracked(),
        };
        let mut added = false;
        store.change_active_saying(s::ACTION_ADDED, |a, now| {
            a.add_action(new, now, entropy())?;
            added = true;
            Ok(())
        });
        if added {
            for field in [what, who, due, note] {
                field.set(String::new());
            }
            purpose.set(Default::default());
        }
    };
    view! {
        <section class="plan__new no-print" aria-labelledby="nieuwe-actie-kop">
            <h2 id="nieuwe-actie-kop">{s::NEW_ACTION_HEADING}</h2>
            {unknown_link
                .then(|| {
                    view! {
                        <p class="notice" role="status">
                            {s::ACTION_LINK_UNKNOWN}
                        </p>
                    }
                })}
            <form on:submit=add>
                <p class="field">
                    <label for=NEW_WHAT_ID>{s::ACTION_WHAT}</label>
                    <input
                        id=NEW_WHAT_ID
                        type="text"
                        required
                        maxlength=WHAT_MAX_CHARS.to_string()
                        prop:value=move || what.get()
                        on:input=move |ev| what.set(event_target_value(&ev))
                    />
                </p>
                <p class="field">
                    <label for="nieuwe-actie-wie">{s::ACTION_WHO}</label>
                    <input
                        id="nieuwe-actie-wie"
                        type="text"
                        autocomplete="off"
                        maxlength=WHO_MAX_CHARS.to_string()
                        prop:value=move || who.get()
                        on:input=move |ev| who.set(event_target_value(&ev))
                    />
                </p>
                <p class="field">
                    <label for="nieuwe-actie-datum">{s::ACTION_DUE}</label>
                    <input
                        id="nieuwe-actie-datum"
                        type="date"
                        prop:value=move || due.get()
                        on:input=move |ev| due.set(event_target_value(&ev))
                    />
                </p>
                <p class="field">
                    <label for="nieuwe-actie-notitie">{s::NOTE_LABEL}</label>
                    <textarea
                        id="nieuwe-actie-notitie"
                        rows="2"
                        maxlength=NOTE_MAX_CHARS.to_string()
                        prop:value=move || note.get()
                        on:input=move |ev| note.set(event_target_value(&ev))
                    ></textarea>
                </p>
                {move || purpose.with(|p| (!p.is_empty()).then(|| view! { <ForWhat purpose=p.clone() /> }))}
                <p>
                    <button type="submit">{s::ADD_ACTION}</button>
                </p>
            </form>
        </section>
    }
}

/// What an action is for, as links: statements to the checklist, tips to the tips page.
#[component]
fn ForWhat(purpose: crate::storage::Purpose) -> impl IntoView {
    let model = assessment_model();
    let router = crate::ui::router::use_router();
    let dimension = purpose.dimension.as_deref().and_then(|d| model.dimension(d)).map(|d| d.name.to_string());
    let statements = purpose
        .statements
        .iter()
        .map(|id| {
            let text = model
                .statement(id)
                .map(|(_, st)| st.text.to_string())
                .or_else(|| model.retired(id).map(|r| s::retired_statement(&r.text)))
                .unwrap_or_else(|| id.clone());
            view! {
                <li>
                    <a href=Route::Statement(id.clone()).to_hash()>{text}</a>
                </li>
            }
        })
        .collect_view();
    let tips = purpose
        .tips
        .iter()
        .map(|doc| {
            let title = tip_title(model, doc).map_or_else(|| doc.clone(), str::to_string);
            view! {
                <li>
                    <a
                        href=router
                            .href(
                                &Route::Read {
                                    doc: doc.clone(),
                                    anchor: None,
                                },
                            )
                        lang=s::CORPUS_LANG
                    >
                        {title}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="action__for">
            <p class="action__for-label">{s::ACTION_FOR}</p>
            {dimension.map(|d| view! { <p>{s::for_dimension(&d)}</p> })}
            <ul>{statements} {tips}</ul>
        </div>
    }
}

/// An action deleted here, for "Ongedaan maken".
#[derive(Clone, Debug, PartialEq)]
struct Deleted {
    assessment: String,
    action: String,
    what: String,
}

#[component]
fn ActionItem(id: String, today: Date, last_deleted: RwSignal<Option<Deleted>>) -> impl IntoView {
    let store = use_store();
    let action = {
        let id = id.clone();
        Memo::new(move |_| store.state.with(|st| st.active().and_then(|a| a.actions.get(&id).cloned())))
    };
    let field = |name: &str| format!("actie-{id}-{name}");
    let (what_id, who_id, due_id, status_id, note_id) =
        (field("wat"), field("wie"), field("datum"), field("status"), field("notitie"));
    let heading_id = field("kop");
    let save = {
        let id = id.clone();
        move |edit: fn(&mut crate::storage::Assessment, &str, String, u64) -> Result<(), crate::storage::OpError>,
              value: String| {
            let id = id.clone();
            store.change_active(move |a, now| edit(a, &id, value, now));
        }
    };
    let save_what = save.clone();
    let save_who = save.clone();
    let save_note = save.clone();
    let save_note_on_leave = save.clone();
    let save_due = save.clone();
    let save_status = save.clone();
    let delete = {
        let id = id.clone();
        move |_| {
            let what = action.with_untracked(|a| a.as_ref().map(|a| a.what.clone())).unwrap_or_default();
            let mut from = None;
            store.change_active_saying(s::ACTION_DELETED, |a, now| {
                a.delete_action(&id, now)?;
                from = Some(a.id.clone());
                Ok(())
            });
            if let Some(assessment) = from {
                last_deleted.set(Some(Deleted { assessment, action: id.clone(), what }));
                // The button goes with the action: the focus goes to the way back.
                dom::focus_later(UNDO_ID, dom::Scroll::AsIs);
            }
        }
    };
    let get = move |f: fn(&Action) -> String| action.with(|a| a.as_ref().map(f).unwrap_or_default());
    let (what_field, who_field, due_field) = (
        NodeRef::<leptos::html::Input>::new(),
        NodeRef::<leptos::html::Input>::new(),
        NodeRef::<leptos::html::Input>::new(),
    );
    let note_field = NodeRef::<leptos::html::Textarea>::new();
    let shown_what = show_unless_typing(what_field, Memo::new(move |_| get(|a| a.what.clone())));
    let shown_who = show_unless_typing(who_field, Memo::new(move |_| get(|a| a.who.clone())));
    let shown_due =
        show_unless_typing(due_field, Memo::new(move |_| get(|a| a.due.map(Date::iso).unwrap_or_default())));
    let shown_note = show_unless_typing(note_field, Memo::new(move |_| get(|a| a.note.clone())));
    let get_untracked =
        move |f: fn(&Action) -> String| action.with_untracked(|a| a.as_ref().map(f).unwrap_or_default());
    let overdue = move || action.with(|a| a.as_ref().is_some_and(|a| a.is_overdue(today)));
    let done = move || action.with(|a| a.as_ref().is_some_and(|a| a.status == Status::Klaar));
    let statements = move || action.with(|a| a.as_ref().map(|a| a.purpose.statements.clone()).unwrap_or_default());
    view! {
        <li class="action" class:action--overdue=overdue>
            <article aria-labelledby=heading_id.clone()>
                    <h3 id=heading_id.clone()>
                        {move || get(|a| a.what.clone())}
                        {move || {
                        overdue()
                            .then(|| {
                                view! {
                                    " "
                                    <span class="badge badge--overdue">{s::OVERDUE}</span>
                                }
                            })
                    }}
                    </h3>
                    <div class="action__fields">
                        <p class="field">
                            <label for=what_id.clone()>{s::ACTION_WHAT}</label>
                            <input
                                id=what_id.clone()
                                type="text"
                                required
                                maxlength=WHAT_MAX_CHARS.to_string()
                                node_ref=what_field
                                on:blur=move |_| shown_what()
                                prop:value=get_untracked(|a| a.what.clone())
                                on:change={
                                    let save = save_what.clone();
                                    move |ev| {
                                        save(|a, id, v, now| a.set_action_what(id, &v, now), event_target_value(&ev));
                                        if store.error.get_untracked().is_some() {
                                            // Refused (empty): the field shows what is kept; the notice says why.
                                            event_target::<web_sys::HtmlInputElement>(&ev)
                                                .set_value(&get_untracked(|a| a.what.clone()));
                                        }
                                    }
                                }
                            />
                        </p>
                        <p class="field">
                            <label for=who_id.clone()>{s::ACTION_WHO}</label>
                            <input
                                id=who_id.clone()
                                type="text"
                                autocomplete="off"
                                maxlength=WHO_MAX_CHARS.to_string()
                                node_ref=who_field
                                on:blur=move |_| shown_who()
                                prop:value=get_untracked(|a| a.who.clone())
                                on:change={
                                    let save = save_who.clone();
                                    move |ev| save(|a, id, v, now| a.set_action_who(id, &v, now), event_target_value(&ev))
                                }
                            />
                        </p>
                        <p class="field">
                            <label for=due_id.clone()>{s::ACTION_DUE}</label>
                            <input
                                id=due_id.clone()
                                type="date"
                                node_ref=due_field
                                on:blur=move |_| shown_due()
                                prop:value=get_untracked(|a| a.due.map(Date::iso).unwrap_or_default())
                                on:change={
                                    let save = save_due.clone();
                                    move |ev| {
                                        save(
                                            |a, id, v, now| a.set_action_due(id, Date::from_iso(&v), now),
                                            event_target_value(&ev),
                                        )
                                    }
                                }
                            />
                        </p>
                        <p class="field">
                            <label for=status_id.clone()>{s::ACTION_STATUS}</label>
                            <select
                                id=status_id.clone()
                                on:change={
                                    let save = save_status.clone();
                                    move |ev| {
                                        save(
                                            |a, id, v, now| match Status::from_id(&v) {
                                                Some(status) => a.set_action_status(id, status, now),
                                                None => Ok(()),
                                            },
                                            event_target_value(&ev),
                                        )
                                    }
                                }
                            >
                                {Status::ALL
                                    .into_iter()
                                    .map(|status| {
                                        view! {
                                            <option
                                                value=status.id()
                                                selected=move || action.with(|a| a.as_ref().is_some_and(|a| a.status == status))
                                            >
                                                {s::status_name(status)}
                                            </option>
                                        }
                                    })
                                    .collect_view()}
                            </select>
                        </p>
                        <p class="field action__note">
                            <label for=note_id.clone()>{s::NOTE_LABEL}</label>
                            <textarea
                                id=note_id.clone()
                                rows="2"
                                maxlength=NOTE_MAX_CHARS.to_string()
                                node_ref=note_field
                                on:blur=move |_| shown_note()
                                prop:value=get_untracked(|a| a.note.clone())
                                on:input={
                                    let save = save_note.clone();
                                    move |ev| save(|a, id, v, now| a.set_action_note(id, &v, now), event_target_value(&ev))
                                }
                                // Leaving the field keeps what it shows, also when another tab
                                // changed the note after the last key.
                                on:change={
                                    let save = save_note_on_leave.clone();
                                    move |ev| save(|a, id, v, now| a.set_action_note(id, &v, now), event_target_value(&ev))
                                }
                            ></textarea>
                        </p>
                    </div>
                    {move || {
                        action
                            .with(|a| a.as_ref().map(|a| a.purpose.clone()))
                            .filter(|p| !p.is_empty())
                            .map(|purpose| view! { <ForWhat purpose /> })
                    }}
                    // Done: the statements it was for may deserve another answer now.
                    {move || {
                        let ids = statements();
                        (done() && !ids.is_empty())
                            .then(|| {
                                view! {
                                    <div class="notice action__reanswer">
                                        <p>{s::REANSWER_AFTER_DONE}</p>
                                        <ul>
                                            {ids
                                                .into_iter()
                                                .map(|id| {
                                                    let text = assessment_model()
                                                        .statement(&id)
                                                        .map_or_else(|| id.clone(), |(_, st)| st.text.to_string());
                                                    view! {
                                                        <li>
                                                            <a href=Route::Statement(id).to_hash()>{s::reanswer(&text)}</a>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    </div>
                                }
                            })
                    }}
                    <p class="no-print">
                        <button type="button" class="danger secondary" on:click=delete.clone()>
                            {s::DELETE_ACTION}
                            <span class="visually-hidden">{move || format!(": {}", get(|a| a.what.clone()))}</span>
                        </button>
                    </p>
                </article>
        </li>
    }
}

/// Keeps `field` showing `value` as it changes, here or in another tab, except while the
/// user is typing in it: then their text stays, since leaving the field saves it and a
/// change made now wins, and a notice says that another tab changed it meanwhile. The
/// returned function, called when the field is left, shows what is kept: a field left
/// without a change saves nothing, and must not go on showing text that was replaced.
fn show_unless_typing<E>(field: NodeRef<E>, value: Memo<String>) -> impl Fn() + Copy + 'static
where
    E: leptos::html::ElementType,
    E::Output: wasm_bindgen::JsCast + AsRef<web_sys::Element> + Clone + 'static,
{
    let store = use_store();
    let key = || wasm_bindgen::JsValue::from_str("value");
    let show = move |value: &str| {
        if let Some(el) = field.get_untracked() {
            let _ = js_sys::Reflect::set(el.as_ref(), &key(), &wasm_bindgen::JsValue::from_str(value));
        }
    };
    Effect::new(move |_| {
        let value = value.get();
        let Some(el) = field.get_untracked() else { return };
        let el: &web_sys::Element = el.as_ref();
        let shown = js_sys::Reflect::get(el, &key()).ok().and_then(|v| v.as_string()).unwrap_or_default();
        if shown == value {
            return;
        }
        if document().active_element().is_some_and(|active| &active == el) {
            store.error.set(Some(s::ACTION_CHANGED_ELSEWHERE.to_string()));
        } else {
            show(&value);
        }
    });
    move || value.with_untracked(|v| show(v))
}
