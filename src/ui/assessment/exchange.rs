//! Export to a file (JSON to keep or move, CSV for spreadsheets) and import from one.
//!
//! Import never changes anything until the user has seen what the file holds and chosen
//! what to do with it: add as new, or merge into an existing assessment (see
//! `storage::exchange`). A bad file shows why and changes nothing.

use super::store::{entropy, now, use_store, Store};
use crate::embedded::assessment_model;
use crate::storage::browser::NotKept;
use crate::storage::{export_csv, export_json_by, plan_import, preview_merge, ImportPlan, LoadError, MAX_IMPORT_BYTES};
use crate::strings as s;
use crate::ui::dom::{download, file_date, focus_later, Scroll};
use leptos::prelude::*;

/// The heading of an import plan: focus goes there when a file has been read.
const PLAN_HEADING_ID: &str = "importplan-kop";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Active,
    All,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Choice {
    AsNew,
    Merge,
}

#[component]
pub fn Exchange() -> impl IntoView {
    let store = use_store();
    view! {
        <div class="exchange">
            <h1>{s::EXCHANGE_TITLE}</h1>
            <p>{s::EXCHANGE_INTRO}</p>
            <Export store=store />
            <Import store=store />
            <super::backups::Backups />
        </div>
    }
}

/// The scope an export really has: with nothing open (the last one was deleted), only
/// "all" means something.
fn effective(chosen: Scope, state: &crate::storage::State) -> Scope {
    if state.active().is_some() {
        chosen
    } else {
        Scope::All
    }
}

#[component]
fn Export(store: Store) -> impl IntoView {
    let scope = RwSignal::new(Scope::Active);
    let done = RwSignal::new(None::<String>);
    let live_count = move || store.state.with(|st| st.live().count());
    let active_name = move || store.state.with(|st| st.active().map(|a| a.name.clone()));
    let scope_now = move || store.state.with(|st| effective(scope.get(), st));
    // Who the file is from: in the file and its name, so colleagues' files never share one.
    let participant = RwSignal::new(String::new());

    let export = move |json: bool| {
        let now = now();
        let (ids, name, contents) = store.state.with_untracked(|st| {
            let scope = effective(scope.get_untracked(), st);
            let chosen: Vec<_> = match scope {
                Scope::Active => st.active().into_iter().collect(),
                Scope::All => st.live().collect(),
            };
            let ids: Vec<String> = chosen.iter().map(|a| a.id.clone()).collect();
            let from = crate::text::slugify(&participant.get_untracked());
            let stem = match (scope, chosen.first()) {
                (Scope::Active, Some(a)) => match crate::text::slugify(&a.name) {
                    // A name of only emoji or other scripts has no letters to put in a file name.
                    slug if slug.is_empty() => s::FILE_NAME_ASSESSMENT.to_string(),
                    slug => format!("{}-{slug}", s::FILE_NAME_ASSESSMENT),
                },
                _ => s::FILE_NAME_ASSESSMENTS.to_string(),
            };
            let stem = if from.is_empty() { stem } else { format!("{stem}-{from}") };
            let contents = if json {
                export_json_by(&chosen, &participant.get_untracked(), now)
            } else {
                export_csv(assessment_model(), &chosen, &s::CSV_HEADER, s::csv_answer)
            };
            (ids, format!("{stem}-{}.{}", file_date(now), if json { "json" } else { "csv" }), contents)
        });
        if ids.is_empty() {
            done.set(Some(s::NOTHING_TO_EXPORT.to_string()));
            return;
        }
        let mime = if json { "application/json" } else { "text/csv;charset=utf-8" };
        if !download(&name, mime, &contents) {
            done.set(Some(s::DOWNLOAD_FAILED.to_string()));
            return;
        }
        // Only the JSON file can bring the answers back, so only it counts as saved.
        if json {
            let _ = store.change(|st, _| {
                let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
                st.mark_exported(&ids, now);
                Ok(())
            });
        }
        done.set(Some(s::downloaded(&name)));
    };

    view! {
        <section class="export" aria-labelledby="export-kop">
            <h2 id="export-kop">{s::EXPORT_HEADING}</h2>
            <fieldset class="choice">
                <legend>{s::EXPORT_WHAT}</legend>
                <Show when=move || active_name().is_some()>
                    <span class="choice__option">
                        <input
                            type="radio"
                            id="export-actief"
                            name="export-omvang"
                            prop:checked=move || scope_now() == Scope::Active
                            on:change=move |_| scope.set(Scope::Active)
                        />
                        <label for="export-actief">{move || s::export_only(&active_name().unwrap_or_default())}</label>
                    </span>
                </Show>
                <span class="choice__option">
                    <input
                        type="radio"
                        id="export-alle"
                        name="export-omvang"
                        prop:checked=move || scope_now() == Scope::All
                        on:change=move |_| scope.set(Scope::All)
                    />
                    <label for="export-alle">{move || s::export_all(live_count())}</label>
                </span>
            </fieldset>
            <p class="field">
                <label for="export-afzender">{s::EXPORT_PARTICIPANT}</label>
                <input
                    id="export-afzender"
                    type="text"
                    autocomplete="name"
                    maxlength=crate::storage::plan::WHO_MAX_CHARS.to_string()
                    prop:value=move || participant.get()
                    on:input=move |ev| participant.set(event_target_value(&ev))
                />
            </p>
            <p class="actions">
                <button type="button" on:click=move |_| export(true)>
                    {s::DOWNLOAD_JSON}
                </button>
                <button type="button" class="secondary" on:click=move |_| export(false)>
                    {s::DOWNLOAD_CSV}
                </button>
            </p>
            <p class="field__hint">{s::EXPORT_HINT}</p>
            <p class="field__hint">{s::CSV_HINT}</p>
            <p class="export__done" role="status">
                {move || done.get()}
            </p>
        </section>
    }
}

#[component]
fn Import(store: Store) -> impl IntoView {
    let file_input = NodeRef::<leptos::html::Input>::new();
    let error = RwSignal::new(None::<String>);
    let plan = RwSignal::new(None::<ImportPlan>);
    let done = RwSignal::new(None::<String>);

    let refuse = move |e: LoadError| {
        plan.set(None);
        error.set(Some(format!("{} {}", s::IMPORT_FAILED, s::load_error(&e))));
    };
    let on_file = move |_| {
        error.set(None);
        done.set(None);
        plan.set(None);
        let Some(file) = file_input.get_untracked().and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
        // Refused before reading, so a huge file costs nothing.
        if file.size() > MAX_IMPORT_BYTES as f64 {
            refuse(LoadError::TooLarge { bytes: file.size() as usize, max: MAX_IMPORT_BYTES });
            return;
        }
        leptos::task::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
            let Some(text) = text else {
                error.set(Some(format!("{} {}", s::IMPORT_FAILED, s::FILE_UNREADABLE)));
                return;
            };
            match store.state.with_untracked(|st| plan_import(st, assessment_model(), &text)) {
                Ok(p) => {
                    plan.set(Some(p));
                    focus_later(PLAN_HEADING_ID, Scroll::AsIs);
                }
                Err(e) => refuse(e),
            }
        });
    };
    let finish = move |message: String| {
        plan.set(None);
        // A success that the browser could not store must not read as one.
        match store.not_kept_now() {
            None => done.set(Some(message)),
            Some(NotKept::WriteFailed) => error.set(Some(s::IMPORTED_NOT_SAVED.to_string())),
            Some(_) => error.set(Some(s::IMPORTED_NOT_KEPT.to_string())),
        }
        if let Some(input) = file_input.get_untracked() {
            input.set_value("");
        }
    };

    view! {
        <section class="import" aria-labelledby="import-kop">
            <h2 id="import-kop">{s::IMPORT_HEADING}</h2>
            <div class="field">
                <label for="importbestand">{s::IMPORT_FILE_LABEL}</label>
                <input
                    type="file"
                    id="importbestand"
                    accept=".json,application/json"
                    node_ref=file_input
                    aria-describedby="importbestand-uitleg"
                    on:change=on_file
                />
                <p class="field__hint" id="importbestand-uitleg">
                    {s::IMPORT_HINT}
                </p>
            </div>
            <div class="import__error" role="alert">
                {move || error.get().map(|e| view! { <p class="notice notice--warning">{e}</p> })}
            </div>
            <p class="import__done" role="status">
                {move || done.get()}
            </p>
            {move || {
                plan.get()
                    .map(|p| view! { <PlanView store=store plan=p on_done=finish on_cancel=move || plan.set(None) /> })
            }}
        </section>
    }
}

/// What the file holds and what the user wants done with it.
#[component]
fn PlanView(
    store: Store,
    plan: ImportPlan,
    on_done: impl Fn(String) + Copy + Send + Sync + 'static,
    on_cancel: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let choice = RwSignal::new(None::<Choice>);
    let error = RwSignal::new(None::<String>);
    let default_target = move |same_id: &Option<String>| {
        same_id.clone().or_else(|| store.state.with_untracked(|st| st.active.clone())).unwrap_or_default()
    };
    let targets: Vec<RwSignal<String>> =
        plan.assessments.iter().map(|i| RwSignal::new(default_target(&i.same_id))).collect();
    let plan = StoredValue::new(plan);
    let targets = StoredValue::new(targets);
    let live = Memo::new(move |_| {
        store.state.with(|st| st.live().map(|a| (a.id.clone(), a.name.clone())).collect::<Vec<_>>())
    });
    let count = plan.with_value(|p| p.assessments.len());

    let confirm = move |_| {
        error.set(None);
        match choice.get_untracked() {
            None => error.set(Some(s::IMPORT_CHOOSE_FIRST.to_string())),
            Some(Choice::AsNew) => {
                let names =
                    plan.with_value(|p| p.assessments.iter().map(|i| i.assessment.name.clone()).collect::<Vec<_>>());
                let result = store.change(|st, now| {
                    store.discard_starter(st);
                    Ok(plan.with_value(|p| st.import_as_new(p, now, entropy())))
                });
                if let Ok(ids) = result {
                    // Open what was imported, so the user sees it at once.
                    if let Some(first) = ids.first() {
                        let _ = store.change(|st, _| st.switch(first));
                    }
                    on_done(s::imported_as_new(&names));
                }
            }
            Some(Choice::Merge) => {
                let mut messages = Vec::new();
                for index in 0..count {
                    let target = targets.with_value(|t| t[index].get_untracked());
                    let result = store.change(|st, _| plan.with_value(|p| st.import_into(p, index, &target)));
                    match result {
                        Ok(preview) => {
                            let (from, into) = store.state.with_untracked(|st| {
                                let from = plan.with_value(|p| p.assessments[index].assessment.name.clone());
                                (from, st.get(&target).map(|a| a.name.clone()).unwrap_or_default())
                            });
                            messages.push(s::merged(&from, &into, &preview));
                        }
                        Err(e) => {
                            // The merges before this one did happen: say so too.
                            messages.push(s::op_error(&e));
                            error.set(Some(messages.join(" ")));
                            return;
                        }
                    }
                }
                on_done(messages.join(" "));
            }
        }
    };

    view! {
        <section class="import-plan" aria-labelledby=PLAN_HEADING_ID>
            <h3 id=PLAN_HEADING_ID tabindex="-1">
                {s::IMPORT_PLAN_HEADING}
            </h3>
            <p>{plan.with_value(|p| s::import_summary(&s::date_or_unknown(p.exported), p.assessments.len()))}</p>
            {plan.with_value(|p| (!p.participant.is_empty()).then(|| view! { <p>{s::file_from(&p.participant)}</p> }))}
            <ul class="import-plan__list">
                {plan
                    .with_value(|p| {
                        p.assessments
                            .iter()
                            .map(|i| {
                                let local = i
                                    .same_id
                                    .as_ref()
                                    .and_then(|id| store.state.with_untracked(|st| st.get(id).map(|a| a.name.clone())));
                                view! {
                                    <li>
                                        <strong>{i.assessment.name.clone()}</strong>
                                        " — "
                                        {s::incoming_summary(
                                            i.assessment.answers.values().filter(|a| a.answer.is_some()).count(),
                                            i.assessment.snapshots.len(),
                                        )}
                                        {local
                                            .map(|name| {
                                                view! {
                                                    " "
                                                    {s::also_here(&name)}
                                                }
                                            })}
                                    </li>
                                }
                            })
                            .collect_view()
                    })}
            </ul>
            {plan
                .with_value(|p| {
                    (!p.warnings.is_empty())
                        .then(|| {
                            view! {
                                <ul class="import-plan__warnings">
                                    {p
                                        .warnings
                                        .iter()
                                        .map(|w| view! { <li>{s::import_warning(w)}</li> })
                                        .collect_view()}
                                </ul>
                            }
                        })
                })}
            <fieldset class="choice">
                <legend>{s::IMPORT_WHAT_TO_DO}</legend>
                <span class="choice__option">
                    <input
                        type="radio"
                        id="import-als-nieuw"
                        name="import-keuze"
                        on:change=move |_| choice.set(Some(Choice::AsNew))
                    />
                    <label for="import-als-nieuw">{s::import_as_new_label(count)}</label>
                </span>
                <span class="choice__option">
                    <input
                        type="radio"
                        id="import-samenvoegen"
                        name="import-keuze"
                        on:change=move |_| choice.set(Some(Choice::Merge))
                    />
                    <label for="import-samenvoegen">{s::IMPORT_MERGE_LABEL}</label>
                </span>
            </fieldset>
            <Show when=move || {
                choice.get() == Some(Choice::Merge)
            }>
                {(0..count)
                    .map(|index| {
                        let target = targets.with_value(|t| t[index]);
                        let select_id = format!("import-doel-{index}");
                        let (incoming_name, incoming) = plan
                            .with_value(|p| (
                                p.assessments[index].assessment.name.clone(),
                                p.assessments[index].assessment.clone(),
                            ));
                        let preview = move || {
                            let target = target.get();
                            store
                                .state
                                .with(|st| {
                                    st.get(&target).map(|local| s::merge_preview(&preview_merge(local, &incoming)))
                                })
                        };
                        view! {
                            <div class="field">
                                <label for=select_id.clone()>{s::merge_into_label(&incoming_name)}</label>
                                <select id=select_id on:change=move |ev| target.set(event_target_value(&ev))>
                                    {move || {
                                        live.get()
                                            .into_iter()
                                            .map(|(id, name)| {
                                                let selected = target.get_untracked() == id;
                                                view! {
                                                    <option value=id selected=selected>
                                                        {name}
                                                    </option>
                                                }
                                            })
                                            .collect_view()
                                    }}
                                </select>
                                <p class="field__hint">{preview}</p>
                            </div>
                        }
                    })
                    .collect_view()}
            </Show>
            <p class="import-plan__error" role="alert">
                {move || error.get()}
            </p>
            <p class="actions">
                <button type="button" on:click=confirm>
                    {s::IMPORT_CONFIRM}
                </button>
                <button type="button" class="secondary" on:click=move |_| on_cancel()>
                    {s::CANCEL}
                </button>
            </p>
        </section>
    }
}
