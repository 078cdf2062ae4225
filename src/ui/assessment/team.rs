//! The team overview: colleagues' exported files side by side, per dimension (each
//! one's level, the median and the spread) and per statement, with the statements the
//! team disagrees on most as the agenda for the discussion. It changes no assessment.

use super::answer::answer_choices;
use super::store::{entropy, use_store};
use crate::assessment::team::{agenda, dimensions, tally, Tally};
use crate::assessment::Model;
use crate::embedded::assessment_model;
use crate::storage::team::Overview;
use crate::storage::{plan_import, LoadError, MAX_IMPORT_BYTES};
use crate::strings as s;
use leptos::prelude::*;

/// "1,5": a level with the way to the next one, to one decimal, without float formatting.
fn decimal(value: f32) -> String {
    let tenths = (value * 10.0).round().max(0.0) as u32;
    s::decimal(tenths / 10, tenths % 10)
}

#[component]
pub fn Team() -> impl IntoView {
    let store = use_store();
    let open = RwSignal::new(None::<String>);
    let name = RwSignal::new(String::new());
    let overviews = Memo::new(move |_| {
        store.state.with(|st| {
            st.live_overviews()
                .into_iter()
                .map(|(id, o)| (id.to_string(), o.name.clone(), o.members().len()))
                .collect::<Vec<_>>()
        })
    });
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let made =
            store.change_saying(s::OVERVIEW_MADE, |st, now| st.create_overview(&name.get_untracked(), now, entropy()));
        match made {
            Ok(id) => {
                name.set(String::new());
                open.set(Some(id));
            }
            Err(e) => store.error.set(Some(s::op_error(&e))),
        }
    };
    view! {
        <div class="team">
            <h1>{s::TEAM_TITLE}</h1>
            <p class="no-print">{s::TEAM_INTRO}</p>
            <section class="no-print" aria-labelledby="overzichten-kop">
                <h2 id="overzichten-kop">{s::OVERVIEWS_HEADING}</h2>
                {move || {
                    let list = overviews.get();
                    if list.is_empty() {
                        return view! { <p>{s::NO_OVERVIEWS}</p> }.into_any();
                    }
                    view! {
                        <ul class="team__overviews">
                            {list
                                .into_iter()
                                .map(|(id, title, n)| {
                                    let this = id.clone();
                                    view! {
                                        <li>
                                            <button
                                                type="button"
                                                class="link-button"
                                                aria-pressed=move || {
                                                    (open.get().as_deref() == Some(this.as_str())).to_string()
                                                }
                                                on:click=move |_| open.set(Some(id.clone()))
                                            >
                                                {s::overview_line(&title, n)}
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                }}
                <form on:submit=create class="team__new">
                    <p class="field">
                        <label for="overzicht-naam">{s::NEW_OVERVIEW}</label>
                        <input
                            id="overzicht-naam"
                            type="text"
                            required
                            prop:value=move || name.get()
                            on:input=move |ev| name.set(event_target_value(&ev))
                        />
                    </p>
                    <p>
                        <button type="submit">{s::MAKE_OVERVIEW}</button>
                    </p>
                </form>
            </section>
            {move || open.get().map(|id| view! { <OpenOverview id /> })}
        </div>
    }
}

/// What adding one file did, for the list under the file picker.
#[derive(Clone, Debug, PartialEq)]
struct FileResult {
    file: String,
    said: String,
}

#[component]
fn OpenOverview(id: String) -> impl IntoView {
    let store = use_store();
    let model: &'static Model = assessment_model();
    let results = RwSignal::new(Vec::<FileResult>::new());
    let overview = {
        let id = id.clone();
        Memo::new(move |_| store.state.with(|st| st.overviews.get(&id).filter(|o| !o.is_deleted()).cloned()))
    };
    let input = NodeRef::<leptos::html::Input>::new();
    let add_files = {
        let id = id.clone();
        move |list: Vec<web_sys::File>| {
            results.set(Vec::new());
            let id = id.clone();
            leptos::task::spawn_local(async move {
                // Anonymous: file names carry the sender, and so do the members' labels.
                let hidden = overview.with_untracked(|o| o.as_ref().is_some_and(|o| o.anonymous));
                let mut read = Vec::new();
                for (n, file) in list.into_iter().enumerate() {
                    let name = if hidden { s::file_number(n + 1) } else { file.name() };
                    let plan = read_file(&file).await.and_then(|t| {
                        store.state.with_untracked(|st| plan_import(st, model, &t)).map_err(|e| s::load_error(&e))
                    });
                    read.push((name, plan));
                }
                // All files in one change: one save and one redraw, however many there are.
                // A bad file is named and skipped; the others are still added.
                let added = store.change(|st, now| {
                    Ok(read
                        .iter()
                        .map(|(_, plan)| {
                            let plan = plan.as_ref().map_err(|why| s::file_refused(why))?;
                            st.add_to_overview(&id, plan, now).map_err(|e| s::op_error(&e))
                        })
                        .collect::<Vec<_>>())
                });
                let said = match added {
                    Err(e) => {
                        store.error.set(Some(s::op_error(&e)));
                        Vec::new()
                    }
                    Ok(added) => read
                        .into_iter()
                        .zip(added)
                        .map(|((file, _), added)| {
                            let said = match added {
                                Err(why) => why,
                                Ok(added) if hidden => {
                                    s::files_added_anonymously(added.added.len(), added.already_there.len())
                                }
                                Ok(added) => s::file_added(&added.added, &added.already_there),
                            };
                            FileResult { file, said }
                        })
                        .collect(),
                };
                results.set(said);
                store.confirm(s::FILES_READ);
            });
        }
    };
    let on_files = {
        let add_files = add_files.clone();
        move |_| {
            if let Some(files) = input.get_untracked().and_then(|i| i.files()) {
                add_files(file_list(&files));
            }
        }
    };
    // Dropping files is an extra for those who can drag; the file picker does it all too.
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            add_files(file_list(&files));
        }
    };
    let on_dragover = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };
    let anonymous = Memo::new(move |_| overview.with(|o| o.as_ref().is_some_and(|o| o.anonymous)));
    // Recording an agreed answer redraws none of the tables, so the focus stays on it;
    // the anonymous switch only swaps the names, which with fifty members is much faster.
    let without_agreed = Memo::new(move |_| {
        overview.with(|o| {
            o.as_ref().map(|o| Overview { agreed: Default::default(), anonymous: false, updated: 0, ..o.clone() })
        })
    });
    let agreed = Memo::new(move |_| overview.with(|o| o.as_ref().map(|o| o.agreed.clone()).unwrap_or_default()));
    let id_for_view = id.clone();
    // Kept here so that adding a file, which redraws the tables, keeps the choice.
    let all = RwSignal::new(false);
    let toggle_anonymous = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            match store.change_saying(s::SAVED, |st, now| st.set_anonymous(&id, on, now)) {
                // The list of files read names people too (and so do the file names).
                Ok(()) if on => results.set(Vec::new()),
                Ok(()) => {}
                Err(e) => store.error.set(Some(s::op_error(&e))),
            }
        }
    };
    view! {
        <section class="team__open" aria-labelledby="overzicht-kop">
            <h2 id="overzicht-kop">{move || overview.with(|o| o.as_ref().map(|o| s::overview_title(&o.name)))}</h2>
            <div class="no-print">
                <div
                    class="team__drop"
                    class:team__drop--over=move || dragging.get()
                    on:dragover=on_dragover
                    on:dragleave=move |_| dragging.set(false)
                    on:drop=on_drop
                >
                    <p class="field">
                        <label for="teambestanden">{s::ADD_FILES}</label>
                    <input
                        id="teambestanden"
                        type="file"
                        accept=".json,application/json"
                        multiple
                        node_ref=input
                        on:change=on_files
                    />
                    </p>
                    <p class="team__drop-hint">{s::DROP_FILES}</p>
                </div>
                <ul class="team__files" aria-live="polite">
                    {move || {
                        results
                            .get()
                            .into_iter()
                            .map(|r| {
                                view! {
                                    <li>
                                        <strong>{r.file}</strong>
                                        ": "
                                        {r.said}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <p class="answer">
                    <input
                        type="checkbox"
                        id="anoniem"
                        prop:checked=move || anonymous.get()
                        on:change=toggle_anonymous
                    />
                    <label for="anoniem">{s::ANONYMOUS}</label>
                </p>
            </div>
            {move || {
                without_agreed.get().map(|o| view! { <Aggregates model overview=o id=id_for_view.clone() agreed all anonymous /> })
            }}
        </section>
    }
}

fn file_list(files: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

/// A file's text, or why it could not be had, in the words the import uses.
async fn read_file(file: &web_sys::File) -> Result<String, String> {
    if file.size() > MAX_IMPORT_BYTES as f64 {
        return Err(s::load_error(&LoadError::TooLarge { bytes: file.size() as usize, max: MAX_IMPORT_BYTES }));
    }
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| s::FILE_UNREADABLE.to_string())
}

/// A member as the overview shows them: by name, or as "Deelnemer n" while anonymous.
#[derive(Clone)]
struct Who {
    number: usize,
    name: String,
}

impl Who {
    fn all(overview: &Overview) -> Vec<Who> {
        overview.members().iter().enumerate().map(|(i, m)| Who { number: i + 1, name: m.label().to_string() }).collect()
    }

    fn shown(self, anonymous: Memo<bool>) -> impl Fn() -> String {
        move || if anonymous.get() { s::participant_number(self.number) } else { self.name.clone() }
    }
}

#[component]
fn Aggregates(
    model: &'static Model,
    overview: Overview,
    id: String,
    agreed: Memo<crate::assessment::Answers>,
    all: RwSignal<bool>,
    anonymous: Memo<bool>,
) -> impl IntoView {
    let store = use_store();
    let team = overview.team();
    if team.is_empty() {
        return view! { <p>{s::NO_MEMBERS}</p> }.into_any();
    }
    let names = Who::all(&overview);
    let spreads = dimensions(model, &team);
    let rows = model
        .dimensions
        .iter()
        .zip(&spreads)
        .map(|(d, spread)| {
            let cells = spread
                .members
                .iter()
                .map(|m| match m {
                    Some((level, reach)) => {
                        view! { <td class=format!("heat heat--{level}")>{s::team_level(*level, &decimal(*reach))}</td> }
                            .into_any()
                    }
                    None => view! { <td>{s::NONE_DASH}</td> }.into_any(),
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{d.name.to_string()}</th>
                    {cells}
                    <td>{spread.median.map_or_else(|| s::NONE_DASH.to_string(), decimal)}</td>
                    <td>{decimal(spread.spread)}</td>
                </tr>
            }
        })
        .collect_view();
    let items = {
        let overview = overview.clone();
        let id = id.clone();
        move || {
            let team = overview.team();
            let names = Who::all(&overview);
            let list: Vec<(&str, Tally)> = if all.get() {
                model.statements().map(|(_, st)| (&*st.id, tally(&team, &st.id))).collect()
            } else {
                agenda(model, &team).into_iter().map(|d| (d.statement, d.tally)).collect()
            };
            if list.is_empty() {
                return view! { <p>{s::AGENDA_EMPTY}</p> }.into_any();
            }
            let items = list
                .into_iter()
                .map(|(statement, t)| {
                    let remarks = overview
                        .members()
                        .iter()
                        .zip(&names)
                        .filter_map(|(m, who)| {
                            let r = m.answers.get(statement)?;
                            (!r.note.is_empty() || !r.evidence.is_empty())
                                .then(|| (who.clone(), s::remark(&r.note, &r.evidence)))
                        })
                        .collect();
                    view! { <AgendaItem model statement=statement.to_string() tally=t remarks id=id.clone() agreed anonymous /> }
                })
                .collect_view();
            view! { <ol class="team__agenda">{items}</ol> }.into_any()
        }
    };
    let made = RwSignal::new(None::<String>);
    let overview_name = overview.name.clone();
    let make = move |_| {
        let name = s::consensus_name(&overview_name, &s::format_date(&super::store::today()));
        match store.change_saying(s::CONSENSUS_MADE, |st, now| st.consensus(&id, &name, tally_text, now, entropy())) {
            Ok(_) => made.set(Some(name)),
            Err(e) => store.error.set(Some(s::op_error(&e))),
        }
    };
    let any_agreed = move || agreed.with(|a| a.values().any(|r| r.answer.is_some()));
    view! {
        <section aria-labelledby="team-niveaus-kop">
            <h3 id="team-niveaus-kop">{s::TEAM_LEVELS_HEADING}</h3>
            <p>{s::TEAM_LEVELS_INTRO}</p>
            <div class="table-scroll" role="region" aria-labelledby="team-tabel" tabindex="0">
                <table class="results__table team__table">
                    <caption id="team-tabel">{s::TEAM_TABLE_CAPTION}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{s::COL_DIMENSION}</th>
                            {names
                                .iter()
                                .map(|who| view! { <th scope="col">{who.clone().shown(anonymous)}</th> })
                                .collect_view()}
                            <th scope="col">{s::COL_MEDIAN}</th>
                            <th scope="col">{s::COL_SPREAD}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
        <section aria-labelledby="agenda-kop">
            <h3 id="agenda-kop">{move || if all.get() { s::ALL_STATEMENTS_HEADING } else { s::AGENDA_HEADING }}</h3>
            <p>{move || if all.get() { s::ALL_STATEMENTS_INTRO } else { s::AGENDA_INTRO }}</p>
            <p class="answer no-print">
                <input
                    type="checkbox"
                    id="alle-stellingen"
                    prop:checked=move || all.get()
                    on:change=move |ev| all.set(event_target_checked(&ev))
                />
                <label for="alle-stellingen">{s::ALL_STATEMENTS}</label>
            </p>
            <p class="no-print">
                <button
                    type="button"
                    on:click=move |_| {
                        let _ = window().print();
                    }
                >
                    {s::PRINT_AGENDA}
                </button>
            </p>
            {items}
            <p class="no-print">
                <button type="button" on:click=make disabled=move || !any_agreed()>
                    {s::MAKE_CONSENSUS}
                </button>
            </p>
            <p role="status">
                {move || {
                    made.get()
                        .map(|name| {
                            view! {
                                {s::consensus_made(&name)}
                                " "
                                <a href=crate::route::Route::Assessment(crate::route::AssessmentScreen::Results)
                                    .to_hash()>{s::TO_RESULTS}</a>
                            }
                        })
                }}
            </p>
        </section>
    }
    .into_any()
}

/// One statement to discuss: how the team answered, what each wrote, and the answer the
/// team agrees on.
#[component]
fn AgendaItem(
    model: &'static Model,
    statement: String,
    tally: Tally,
    /// Who wrote what with their answer: the substance of the discussion.
    remarks: Vec<(Who, String)>,
    id: String,
    agreed: Memo<crate::assessment::Answers>,
    anonymous: Memo<bool>,
) -> impl IntoView {
    let store = use_store();
    let text = model.statement(&statement).map_or_else(|| statement.clone(), |(_, st)| st.text.to_string());
    let chosen = {
        let statement = statement.clone();
        move || agreed.with(|a| a.get(&statement).and_then(|r| r.answer))
    };
    let on_choose = {
        let statement = statement.clone();
        move |v| {
            if let Err(e) = store.change_saying(s::SAVED, |st, now| st.set_agreed(&id, &statement, Some(v), now)) {
                store.error.set(Some(s::op_error(&e)));
            }
        }
    };
    let choices = answer_choices(format!("team-{statement}"), format!("team-{statement}"), chosen, on_choose);
    let remarks = (!remarks.is_empty()).then(|| {
        view! {
            <ul class="team__remarks">
                {remarks
                    .into_iter()
                    .map(|(who, said)| {
                        view! {
                            <li>
                                <strong>{who.shown(anonymous)}</strong>
                                ": "
                                {said}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    });
    view! {
        <li>
            <p class="team__statement">{text}</p>
            <p class="team__tally">{tally_text(&tally)}</p>
            {remarks}
            <fieldset class="team__agreed no-print">
                <legend>{s::AGREED_ANSWER}</legend>
                {choices}
            </fieldset>
        </li>
    }
}

fn tally_text(t: &Tally) -> String {
    s::tally(t.ja, t.deels, t.nee, t.nvt, t.none)
}
