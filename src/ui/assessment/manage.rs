//! Several named assessments: create, rename, copy, open, snapshot, and delete with undo.
//! Deleting never destroys (see `storage::schema`): deleted ones stay restorable here.

use super::checklist::SnapshotButton;
use super::store::{entropy, use_store, Store};
use crate::assessment::score;
use crate::embedded::assessment_model;
use crate::route::{AssessmentScreen, Route};
use crate::storage::NAME_MAX_CHARS;
use crate::strings as s;
use crate::ui::dom::{focus_later, Scroll};
use crate::ui::router::use_router;
use leptos::prelude::*;

/// The heading of the deleted list: focus goes there after deleting for good.
const DELETED_HEADING_ID: &str = "verwijderd-kop";
/// The undo button: focus goes there after a delete.
const UNDO_ID: &str = "ongedaan-maken";
/// The name field of the create form.
const NEW_NAME_ID: &str = "nieuwe-naam";

#[component]
pub fn Manage() -> impl IntoView {
    let store = use_store();
    let live = Memo::new(move |_| store.state.with(|st| st.live().map(|a| a.id.clone()).collect::<Vec<_>>()));
    let deleted =
        Memo::new(move |_| store.state.with(|st| st.deleted().into_iter().map(|a| a.id.clone()).collect::<Vec<_>>()));
    view! {
        <div class="manage">
            <h1>{s::MANAGE_TITLE}</h1>
            <p>{s::MANAGE_INTRO}</p>
            <UndoNotice store=store />
            <ul class="assessment-list">
                <For
                    each=move || live.get()
                    key=|id| id.clone()
                    children=move |id| view! { <AssessmentItem store=store id=id /> }
                />
            </ul>
            <CreateForm store=store />
            <section class="deleted" aria-labelledby=DELETED_HEADING_ID>
                <h2 id=DELETED_HEADING_ID tabindex="-1">
                    {s::DELETED_HEADING}
                </h2>
                <Show when=move || !deleted.with(Vec::is_empty) fallback=|| view! { <p>{s::NO_DELETED}</p> }>
                    <ul class="deleted-list">
                        <For
                            each=move || deleted.get()
                            key=|id| id.clone()
                            children=move |id| view! { <DeletedItem store=store id=id /> }
                        />
                    </ul>
                </Show>
            </section>
        </div>
    }
}

/// "‘X’ is verwijderd. Ongedaan maken" after a delete, until the next one.
#[component]
fn UndoNotice(store: Store) -> impl IntoView {
    let undo = move |_| {
        let Some((id, _)) = store.undo.get_untracked() else { return };
        if store.change_saying(s::RESTORED, |st, now| st.restore(&id, now)).is_ok() {
            store.undo.set(None);
        }
    };
    view! {
        <div class="undo-slot" role="status">
            {move || {
                store
                    .undo
                    .get()
                    .map(|(_, name)| {
                        view! {
                            <p class="notice undo">
                                {s::deleted_notice(&name)} " " <button type="button" id=UNDO_ID on:click=undo>
                                    {s::UNDO}
                                </button>
                            </p>
                        }
                    })
            }}
        </div>
    }
}

#[derive(Clone, PartialEq)]
struct Summary {
    name: String,
    created: u64,
    percent: u8,
    snapshots: usize,
    active: bool,
}

#[component]
fn AssessmentItem(store: Store, id: String) -> impl IntoView {
    let model = assessment_model();
    let summary = {
        let id = id.clone();
        Memo::new(move |_| {
            store.state.with(|st| {
                st.get(&id).map(|a| Summary {
                    name: a.name.clone(),
                    created: a.created,
                    percent: score(model, &a.answers).overall.percent(),
                    snapshots: a.snapshots.len(),
                    active: st.active.as_deref() == Some(id.as_str()),
                })
            })
        })
    };
    let name = move || summary.with(|s| s.as_ref().map(|s| s.name.clone()).unwrap_or_default());
    let renaming = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let router = use_router();

    let open = {
        let id = id.clone();
        move |_| {
            if store.change(|st, _| st.switch(&id)).is_ok() {
                router.push(&Route::Assessment(AssessmentScreen::Checklist));
            }
        }
    };
    let copy = {
        let id = id.clone();
        move |_| {
            let copy_name: String = s::copy_name(&name()).chars().take(NAME_MAX_CHARS).collect();
            match store.change_saying(s::COPIED, |st, now| st.duplicate(&id, &copy_name, now, entropy())) {
                Ok(_) => error.set(None),
                Err(e) => error.set(Some(s::op_error(&e))),
            }
        }
    };
    let delete = {
        let id = id.clone();
        move |_| {
            let deleted_name = name();
            match store.change(|st, now| st.delete(&id, now)) {
                Ok(()) => {
                    store.undo.set(Some((id.clone(), deleted_name)));
                    focus_later(UNDO_ID, Scroll::AsIs);
                }
                Err(e) => error.set(Some(s::op_error(&e))),
            }
        }
    };
    let input_id = format!("naam-{id}");
    let error_id = format!("naam-{id}-fout");
    let described_by = error_id.clone();
    let rename_button_id = format!("hernoem-{id}");
    let rename = {
        let id = id.clone();
        let input_id = input_id.clone();
        let rename_button_id = rename_button_id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let value = input_value(&input_id);
            match store.change_saying(s::SAVED, |st, now| st.rename(&id, &value, now)) {
                Ok(()) => {
                    error.set(None);
                    renaming.set(false);
                    focus_later(rename_button_id.clone(), Scroll::AsIs);
                }
                Err(e) => error.set(Some(s::op_error(&e))),
            }
        }
    };
    let start_rename = {
        let input_id = input_id.clone();
        move |_| {
            renaming.set(true);
            focus_later(input_id.clone(), Scroll::AsIs);
        }
    };
    let cancel_rename = {
        let rename_button_id = rename_button_id.clone();
        move |_| {
            renaming.set(false);
            error.set(None);
            focus_later(rename_button_id.clone(), Scroll::AsIs);
        }
    };
    let is_active = move || summary.with(|s| s.as_ref().is_some_and(|s| s.active));

    view! {
        <li class="assessment-item" class:assessment-item--active=is_active>
            <h2 class="assessment-item__name">
                {name}
                {move || is_active().then(|| view! { " " <span class="badge">{s::ACTIVE_BADGE}</span> })}
            </h2>
            <p class="assessment-item__meta">
                {move || summary.with(|s| s.as_ref().map(|s| s::assessment_meta(&s::date_or_unknown(s.created), s.percent, s.snapshots)))}
            </p>
            <Show when=move || renaming.get()>
                <form class="rename" on:submit=rename.clone()>
                    <label for=input_id.clone()>{move || s::new_name_for(&name())}</label>
                    <input type="text" id=input_id.clone() maxlength=NAME_MAX_CHARS.to_string() value=name()
                        aria-describedby=described_by.clone() aria-invalid=move || error.with(Option::is_some).then_some("true")/>
                    <button type="submit">{s::SAVE}</button>
                    <button type="button" class="secondary" on:click=cancel_rename.clone()>{s::CANCEL}</button>
                </form>
            </Show>
            <p class="field__error" id=error_id>{move || error.get()}</p>
            <div class="assessment-item__actions">
                {move || (!is_active()).then(|| view! {
                    <button type="button" on:click=open.clone()>{s::OPEN}<Hidden name=Signal::derive(name)/></button>
                })}
                <Show when=move || !renaming.get()>
                    <button type="button" class="secondary" id=rename_button_id.clone() on:click=start_rename.clone()>{s::RENAME}<Hidden name=Signal::derive(name)/></button>
                </Show>
                <button type="button" class="secondary" on:click=copy>{s::COPY}<Hidden name=Signal::derive(name)/></button>
                <SnapshotButton store=store id=id.clone()/>
                <button type="button" class="secondary danger" on:click=delete>{s::DELETE}<Hidden name=Signal::derive(name)/></button>
            </div>
        </li>
    }
}

/// The assessment's name after a button label, for screen readers only: "Verwijderen
/// ‘Team KCC’" instead of ten identical "Verwijderen" buttons.
#[component]
fn Hidden(#[prop(into)] name: Signal<String>) -> impl IntoView {
    view! { <span class="visually-hidden">{move || s::quoted(&name.get())}</span> }
}

#[component]
fn DeletedItem(store: Store, id: String) -> impl IntoView {
    let info = {
        let id = id.clone();
        Memo::new(move |_| {
            store
                .state
                .with(|st| st.assessments.iter().find(|a| a.id == id).map(|a| (a.name.clone(), a.deleted.unwrap_or(0))))
        })
    };
    let name = move || info.with(|i| i.as_ref().map(|(n, _)| n.clone()).unwrap_or_default());
    let asking = RwSignal::new(false);
    let confirm_id = format!("{id}-definitief");
    let restore = {
        let id = id.clone();
        move |_| {
            if store.change_saying(s::RESTORED, |st, now| st.restore(&id, now)).is_ok() {
                store.undo.set(None);
            }
        }
    };
    let purge = move |_| {
        if store.change_saying(s::PURGED, |st, _| st.purge(&id)).is_ok() {
            store.undo.set(None);
            focus_later(DELETED_HEADING_ID, Scroll::AsIs);
        }
    };
    let ask = {
        let confirm_id = confirm_id.clone();
        move |_| {
            asking.set(true);
            focus_later(confirm_id.clone(), Scroll::AsIs);
        }
    };
    view! {
        <li>
            <span class="deleted-list__name">{name}</span>
            " "
            <span class="deleted-list__when">
                {move || info.with(|i| i.as_ref().map(|(_, d)| s::deleted_on(&s::date_or_unknown(*d))))}
            </span>
            " "
            <button type="button" class="secondary" on:click=restore>
                {s::RESTORE}
                <Hidden name=Signal::derive(name) />
            </button>
            " "
            <button type="button" class="secondary danger" on:click=ask>
                {s::PURGE}
                <Hidden name=Signal::derive(name) />
            </button>
            <Show when=move || asking.get()>
                <p class="deleted-list__question">
                    {move || s::purge_question(&name())} " "
                    <button type="button" class="danger" id=confirm_id.clone() on:click=purge.clone()>
                        {s::PURGE_CONFIRM}
                    </button> " " <button type="button" class="secondary" on:click=move |_| asking.set(false)>
                        {s::CANCEL}
                    </button>
                </p>
            </Show>
        </li>
    }
}

#[component]
fn CreateForm(store: Store) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = input_value(NEW_NAME_ID);
        match store.change_saying(s::CREATED, |st, now| st.create(&value, now, entropy())) {
            Ok(_) => {
                error.set(None);
                set_input_value(NEW_NAME_ID, "");
            }
            Err(e) => error.set(Some(s::op_error(&e))),
        }
    };
    view! {
        <section class="create" aria-labelledby="nieuw-kop">
            <h2 id="nieuw-kop">{s::CREATE_HEADING}</h2>
            <form on:submit=create>
                <div class="field">
                    <label for=NEW_NAME_ID>{s::NAME_LABEL}</label>
                    <input
                        type="text"
                        id=NEW_NAME_ID
                        maxlength=NAME_MAX_CHARS.to_string()
                        autocomplete="off"
                        aria-describedby="nieuwe-naam-uitleg nieuwe-naam-fout"
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                    />
                    <p class="field__hint" id="nieuwe-naam-uitleg">
                        {s::NAME_HINT}
                    </p>
                    <p class="field__error" id="nieuwe-naam-fout">
                        {move || error.get()}
                    </p>
                </div>
                <button type="submit">{s::CREATE}</button>
            </form>
        </section>
    }
}

fn input(id: &str) -> Option<web_sys::HtmlInputElement> {
    use wasm_bindgen::JsCast;
    document().get_element_by_id(id)?.dyn_into().ok()
}

fn input_value(id: &str) -> String {
    input(id).map(|i| i.value()).unwrap_or_default()
}

fn set_input_value(id: &str, value: &str) {
    if let Some(i) = input(id) {
        i.set_value(value);
    }
}
