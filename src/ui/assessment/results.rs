//! Results of one assessment: levels per dimension against the ambition as a radar chart
//! with a table alternative, the first actions, what to do next, the trend over
//! snapshots and an appendix of every answer — laid out so that printing it gives the
//! report for a management team.

use crate::assessment::chart::{self, Point};
use crate::assessment::{recommend, score, toward_ambitions, Model, LEVEL_COUNT};
use crate::corpus::Date;
use crate::embedded::assessment_model;
use crate::route::{ActionFor, AssessmentScreen, Route};
use crate::storage::{Assessment, Snapshot};
use crate::strings as s;
use crate::strings::SCORING_EXPLANATION;
use leptos::prelude::*;

/// How many weak dimensions get a recommendation.
const RECOMMENDED_DIMENSIONS: usize = 3;

#[component]
pub fn ResultsView(assessment: Signal<Assessment>) -> impl IntoView {
    let model: &'static Model = assessment_model();
    let print = move |_| {
        let _ = window().print();
    };
    // The participants field saves when it is left, also when the page is hidden.
    crate::ui::dom::commit_typing_on_leave();
    // Which earlier snapshot the chart and the table compare with, by its time.
    let compare = RwSignal::new(None::<u64>);
    // Who the report is from and when: the organisation the theme names, today, and
    // who took part, so a printed copy stands on its own.
    let organisation = crate::ui::theme::organisation_name();
    let printed_on = s::format_date(&super::store::today());
    let summary = move || {
        assessment.with(|a| {
            let score = score(model, &a.answers);
            let toward = toward_ambitions(model, &a.answers, |d| a.ambition(d));
            let with_ambition = toward.dimensions.iter().flatten().count();
            view! {
                <h1>{s::results_title(&a.name)}</h1>
                <p class="results__meta">{s::report_meta(organisation.as_deref(), &printed_on, &a.participants)}</p>
                <p class="no-print results__actions">
                    <button type="button" on:click=print>
                        {s::PRINT_REPORT}
                    </button>
                    " "
                    <a href=Route::Assessment(AssessmentScreen::Checklist).to_hash()>{s::BACK_TO_CHECKLIST}</a>
                </p>
                <p class="results__overall">
                    {s::overall_progress(score.overall.percent(), score.overall.answered, score.overall.total)}
                </p>
                {toward
                    .overall
                    .map(|p| {
                        view! { <p class="results__overall">{s::ambition_reached(p.percent(), with_ambition)}</p> }
                    })}
            }
        })
    };
    let levels = move || {
        assessment.with(|a| {
            let compared = compare.get().and_then(|t| a.snapshots.iter().position(|sn| sn.taken == t));
            levels_chart_and_table(model, a, compared)
        })
    };
    view! {
        <article class="results">
            {summary} <section class="results__levels" aria-labelledby="niveaus-kop">
                <h2 id="niveaus-kop">{s::LEVELS_HEADING}</h2>
                <CompareWith assessment compare />
                {levels}
                <details class="results__explanation">
                    <summary>{s::HOW_SCORING_WORKS}</summary>
                    <p>{SCORING_EXPLANATION}</p>
                </details>
            </section> <AmbitionForm assessment /> <Participants assessment />
            {move || {
                assessment
                    .with(|a| {
                        view! {
                            <TopActions assessment=a.clone() />
                            <Recommendations assessment=a.clone() />
                            <History snapshots=a.snapshots.clone() />
                            <Appendix assessment=a.clone() />
                        }
                    })
            }}
        </article>
    }
}

/// The radar and its table: the level now, the ambition, and an earlier snapshot.
/// `compared` is the index of the snapshot to draw beside the level now.
fn levels_chart_and_table(model: &'static Model, a: &Assessment, compared: Option<usize>) -> impl IntoView {
    let score = score(model, &a.answers);
    let toward = toward_ambitions(model, &a.answers, |d| a.ambition(d));
    let ambitions: Vec<Option<u8>> = score.dimensions.iter().map(|d| a.ambition(&d.dimension.id)).collect();
    let compared = compared.and_then(|i| Some((i, a.snapshots.get(i)?)));
    let then: Option<Vec<u8>> = compared.map(|(_, sn)| {
        score.dimensions.iter().map(|d| sn.levels.get(&*d.dimension.id).copied().unwrap_or(0)).collect()
    });
    let compared_name = compared.map(|(i, sn)| snapshot_name(i, sn));
    let rows = score
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let trend: Vec<u8> =
                a.snapshots.iter().map(|sn| sn.levels.get(&*d.dimension.id).copied().unwrap_or(0)).collect();
            let ambition = ambitions[i];
            let toward_cell = match (ambition, toward.dimensions[i]) {
                (Some(_), Some(p)) if p.is_complete() => s::AMBITION_REACHED.to_string(),
                (Some(_), Some(p)) => s::percent(p.percent()),
                _ => s::NONE_DASH.to_string(),
            };
            let then_cell = then.as_ref().map(|levels| view! { <td>{level_name_numbered(model, levels[i])}</td> });
            view! {
                <tr>
                    <td>{i + 1}</td>
                    <th scope="row">{d.dimension.name.to_string()}</th>
                    <td>{super::level_with_next(model, d)}</td>
                    <td>{ambition.map_or_else(|| s::NONE_DASH.to_string(), |l| level_name_numbered(model, l))}</td>
                    <td>{toward_cell}</td>
                    {then_cell}
                    <td>{s::percent(d.progress.percent())}{s::not_applicable_count(d.not_applicable)}</td>
                    <td>{sparkline(&trend)}</td>
                </tr>
            }
        })
        .collect_view();
    let label = s::radar_label(
        &score
            .dimensions
            .iter()
            .zip(&ambitions)
            .map(|(d, ambition)| {
                let ambition = ambition.map(|l| level_name_numbered(model, l));
                (d.dimension.name.to_string(), super::level_with_next(model, d), ambition)
            })
            .collect::<Vec<_>>(),
    );
    let radar = Radar {
        names: score.dimensions.iter().map(|d| &*d.dimension.short_name).collect(),
        now: score.dimensions.iter().map(|d| d.reach()).collect(),
        ambition: ambitions.iter().map(|a| a.map(f32::from)).collect(),
        then: then.as_ref().map(|levels| levels.iter().map(|&l| f32::from(l)).collect()),
    };
    let has_ambition = ambitions.iter().any(Option::is_some);
    view! {
        <div class="results__chart-and-table">
            <figure class="radar">
                {radar.view(&label)} <figcaption>
                    <ul class="radar__legend">
                        <li>
                            <LegendSwatch class="radar__shape" shape=Marker::None />
                            {s::LEGEND_NOW}
                        </li>
                        {has_ambition
                            .then(|| {
                                view! {
                                    <li>
                                        <LegendSwatch class="radar__ambition" shape=Marker::Square />
                                        {s::LEGEND_AMBITION}
                                    </li>
                                }
                            })}
                        {compared_name
                            .clone()
                            .map(|name| {
                                view! {
                                    <li>
                                        <LegendSwatch class="radar__then" shape=Marker::Circle />
                                        {s::legend_snapshot(&name)}
                                    </li>
                                }
                            })}
                    </ul>
                    {s::RADAR_CAPTION}
                </figcaption>
            </figure>
            <div>
                <h3 class="results__table-title" id="niveaus-tabel">
                    {s::LEVELS_TABLE_CAPTION}
                </h3>
                <p class="table-scroll__hint no-print" aria-hidden="true">
                    {s::TABLE_SCROLL_HINT}
                </p>
                // The title sits outside the scrolling box, so it is never cut off on a phone.
                <div class="table-scroll" role="region" aria-labelledby="niveaus-tabel" tabindex="0">
                    <table class="results__table" aria-labelledby="niveaus-tabel">
                        <thead>
                            <tr>
                                <th scope="col">{s::COL_NUMBER}</th>
                                <th scope="col">{s::COL_DIMENSION}</th>
                                <th scope="col">{s::COL_LEVEL}</th>
                                <th scope="col">{s::COL_AMBITION}</th>
                                <th scope="col">{s::COL_TOWARD_AMBITION}</th>
                                {compared_name.map(|name| view! { <th scope="col">{s::col_level_at(&name)}</th> })}
                                <th scope="col">{s::COL_PROGRESS}</th>
                                <th scope="col">{s::COL_TREND}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </div>
        </div>
    }
}

/// "stand 2 (1 december 2026)" for the snapshot at `index`, oldest first.
fn snapshot_name(index: usize, snapshot: &Snapshot) -> String {
    s::snapshot_name(index + 1, &s::format_date(&Date::from_unix_ms(snapshot.taken)))
}

/// "Gevorderd (3)": a level as the ambition and snapshot cells name it.
fn level_name_numbered(model: &Model, level: u8) -> String {
    s::level_numbered(&super::level_name(model, level), level)
}

/// How a series marks its points: one more cue besides colour and line style.
#[derive(Clone, Copy, PartialEq)]
enum Marker {
    None,
    Square,
    Circle,
}

/// A marker at `p`, drawn with `class`.
fn marker(shape: Marker, class: &'static str, p: Point) -> AnyView {
    match shape {
        Marker::None => ().into_any(),
        Marker::Square => {
            view! { <rect class=class x=chart::number(p.x - 4.0) y=chart::number(p.y - 4.0) width="8" height="8" /> }
                .into_any()
        }
        Marker::Circle => {
            view! { <circle class=class cx=chart::number(p.x) cy=chart::number(p.y) r="4.5" /> }.into_any()
        }
    }
}

/// A short stretch of line in a series' style, for the legend; its text says the rest.
#[component]
fn LegendSwatch(class: &'static str, shape: Marker) -> impl IntoView {
    view! {
        <svg class="radar__swatch" viewBox="0 0 28 12" aria-hidden="true">
            <line class=class x1="1" x2="27" y1="6" y2="6" />
            {marker(shape, "radar__marker", Point { x: 14.0, y: 6.0 })}
        </svg>
    }
}

/// Picks an earlier snapshot to draw beside the level now. Outside the chart's render,
/// so choosing keeps the focus here.
#[component]
fn CompareWith(assessment: Signal<Assessment>, compare: RwSignal<Option<u64>>) -> impl IntoView {
    let snapshots = Memo::new(move |_| {
        assessment.with(|a| {
            a.snapshots.iter().enumerate().map(|(i, sn)| (sn.taken, snapshot_name(i, sn))).collect::<Vec<_>>()
        })
    });
    move || {
        let list = snapshots.get();
        (!list.is_empty()).then(|| {
            let options = list
                .into_iter()
                .rev()
                .map(|(t, name)| {
                    view! {
                        <option value=t.to_string() selected=move || compare.get() == Some(t)>
                            {name}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <p class="results__compare no-print">
                    <label for="vergelijk">{s::COMPARE_WITH}</label>
                    " "
                    <select id="vergelijk" on:change=move |ev| compare.set(event_target_value(&ev).parse().ok())>
                        <option value="" selected=move || compare.get().is_none()>
                            {s::COMPARE_NONE}
                        </option>
                        {options}
                    </select>
                </p>
            }
        })
    }
}

/// One choice of ambition per dimension. Rendered once, so the focus stays on the
/// select that was changed while the chart and table above are redrawn.
#[component]
fn AmbitionForm(assessment: Signal<Assessment>) -> impl IntoView {
    let model = assessment_model();
    let store = super::store::use_store();
    let fields = model
        .dimensions
        .iter()
        .map(|d| {
            let id: &'static str = &d.id;
            let select_id = format!("ambitie-{id}");
            let current = Memo::new(move |_| assessment.with(|a| a.ambition(id)));
            let choose = move |ev: leptos::ev::Event| {
                let level = event_target_value(&ev).parse::<u8>().ok();
                store.change_active_saying(s::SAVED, |a, now| a.set_ambition(id, level, now));
            };
            let options = (0..=LEVEL_COUNT)
                .map(|l| {
                    view! {
                        <option value=l.to_string() selected=move || current.get() == Some(l)>
                            {level_name_numbered(model, l)}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <p class="ambition__field">
                    <label for=select_id.clone()>{d.name.to_string()}</label>
                    <select id=select_id on:change=choose>
                        <option value="" selected=move || current.get().is_none()>
                            {s::NO_AMBITION}
                        </option>
                        {options}
                    </select>
                </p>
            }
        })
        .collect_view();
    view! {
        <section class="results__ambition no-print" aria-labelledby="ambitie-kop">
            <h2 id="ambitie-kop">{s::AMBITION_HEADING}</h2>
            <p>{s::AMBITION_INTRO}</p>
            {fields}
        </section>
    }
}

/// The radar's series: one value per dimension, in model order.
struct Radar<'a> {
    names: Vec<&'a str>,
    now: Vec<f32>,
    /// `None` where no ambition is set.
    ambition: Vec<Option<f32>>,
    then: Option<Vec<f32>>,
}

impl Radar<'_> {
    /// Every axis carries its dimension's short name and the rings their level, so the
    /// chart reads without the table; the table is still the accessible alternative,
    /// so the SVG carries only a summary label. Series differ in line style and
    /// markers, not only in colour.
    fn view(&self, label: &str) -> impl IntoView {
        // Wide enough for a 16-character name on the axes to the left and right.
        const WIDTH: u16 = 560;
        const HEIGHT: u16 = 330;
        const RADIUS: f32 = 120.0;
        let centre = Point { x: f32::from(WIDTH) / 2.0, y: f32::from(HEIGHT) / 2.0 };
        let n = self.now.len();
        let max = f32::from(LEVEL_COUNT);
        let rings = (1..=LEVEL_COUNT)
            .map(|l| {
                let fraction = f32::from(l) / max;
                let pts = chart::ring(centre, RADIUS, n, fraction);
                let at = chart::axis_point(centre, RADIUS, n, 0, fraction);
                view! {
                    <polygon class="radar__ring" points=chart::points_attr(&pts) />
                    <text class="radar__level" x=chart::number(at.x + 4.0) y=chart::number(at.y + 11.0)>
                        {l}
                    </text>
                }
            })
            .collect_view();
        let axes = self
            .names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let end = chart::axis_point(centre, RADIUS, n, i, 1.0);
                let label_at = chart::axis_point(centre, RADIUS, n, i, 1.12);
                view! {
                    <line
                        class="radar__axis"
                        x1=chart::number(centre.x)
                        x2=chart::number(end.x)
                        y1=chart::number(centre.y)
                        y2=chart::number(end.y)
                    />
                    <text
                        class="radar__name"
                        x=chart::number(label_at.x)
                        y=chart::number(label_at.y)
                        text-anchor=chart::anchor(label_at, centre)
                        dominant-baseline="middle"
                    >
                        {name.to_string()}
                    </text>
                }
            })
            .collect_view();
        let at = |i: usize, value: f32| chart::axis_point(centre, RADIUS, n, i, chart::within(value, max) / max);
        let markers = |shape: Marker, points: Vec<Point>| {
            points.into_iter().map(|p| marker(shape, "radar__marker", p)).collect_view()
        };
        let then = self.then.as_ref().map(|levels| {
            let pts: Vec<Point> = levels.iter().enumerate().map(|(i, &l)| at(i, l)).collect();
            view! {
                <polygon class="radar__then" points=chart::points_attr(&pts) />
                {markers(Marker::Circle, pts)}
            }
        });
        let ambition_points: Vec<Option<Point>> =
            self.ambition.iter().enumerate().map(|(i, a)| a.map(|l| at(i, l))).collect();
        let ambition_sides = chart::joined_neighbours(&ambition_points)
            .into_iter()
            .map(|(a, b)| {
                view! {
                    <line
                        class="radar__ambition"
                        x1=chart::number(a.x)
                        x2=chart::number(b.x)
                        y1=chart::number(a.y)
                        y2=chart::number(b.y)
                    />
                }
            })
            .collect_view();
        let shape = chart::points_attr(&chart::radar(centre, RADIUS, &self.now, LEVEL_COUNT));
        view! {
            <svg class="radar__svg" viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=label.to_string()>
                {rings}
                {axes}
                <polygon class="radar__shape" points=shape />
                {then}
                {ambition_sides}
                {markers(Marker::Square, ambition_points.into_iter().flatten().collect())}
            </svg>
        }
    }
}

/// A tiny level-over-time line for one dimension; a dash until there are two snapshots.
fn sparkline(levels: &[u8]) -> AnyView {
    if levels.len() < 2 {
        return view! {
            <span aria-hidden="true">"–"</span>
            <span class="visually-hidden">{s::NO_TREND}</span>
        }
        .into_any();
    }
    let pts = chart::points_attr(&chart::line(levels, LEVEL_COUNT, 80.0, 20.0, 2.0));
    let label = s::trend_label(levels);
    view! {
        <svg class="sparkline" viewBox="0 0 80 20" role="img" aria-label=label>
            <polyline points=pts />
        </svg>
    }
    .into_any()
}

#[component]
fn Recommendations(assessment: Assessment) -> impl IntoView {
    let model = assessment_model();
    let recs = recommend(model, &assessment.answers, RECOMMENDED_DIMENSIONS, |d| assessment.ambition(d));
    view! {
        <section class="results__recommendations" aria-labelledby="aanbevelingen-kop">
            <h2 id="aanbevelingen-kop">{s::RECOMMENDATIONS_HEADING}</h2>
            {recs.is_empty().then(|| view! { <p>{s::ALL_LEVELS_REACHED}</p> })}
            {recs
                .into_iter()
                .map(|rec| {
                    view! {
                        <section class="recommendation">
                            <h3>
                                {s::next_step(
                                    &rec.dimension.name,
                                    &super::level_name(model, rec.next_level),
                                    rec.ambition.map(|l| super::level_name(model, l)).as_deref(),
                                )}
                            </h3>
                            <ul>
                                {rec
                                    .statements
                                    .into_iter()
                                    .map(|st| {
                                        view! {
                                            <li>
                                                <p class="recommendation__statement">
                                                    {st.text.to_string()} " "
                                                    <a
                                                        class="no-print"
                                                        href=Route::NewAction(ActionFor::Statement(st.id.to_string()))
                                                            .to_hash()
                                                    >
                                                        {s::MAKE_ACTION}
                                                        <span class="visually-hidden">{format!(": {}", st.text)}</span>
                                                    </a>
                                                </p>
                                                <super::sources::Quotes sources=st.sources.as_ref() />
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })
                .collect_view()}
        </section>
    }
}

#[component]
fn History(snapshots: Vec<Snapshot>) -> impl IntoView {
    let body = if snapshots.is_empty() {
        view! { <p>{s::NO_SNAPSHOTS}</p> }.into_any()
    } else {
        let overall: Vec<u8> = snapshots.iter().map(|sn| sn.overall).collect();
        let pts = chart::line(&overall, 100, 320.0, 120.0, 12.0);
        let dots = pts
            .iter()
            .map(|p| view! { <circle class="history__dot" cx=chart::number(p.x) cy=chart::number(p.y) r="3.5" /> })
            .collect_view();
        let rows = snapshots
            .iter()
            .map(|sn| {
                view! {
                    <tr>
                        <td>{s::format_date(&Date::from_unix_ms(sn.taken))}</td>
                        <td>{s::percent(sn.overall)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <svg class="history__svg" viewBox="0 0 320 120" role="img" aria-label=s::trend_label(&overall)>
                <line class="history__base" x1="12" x2="308" y1="108" y2="108" />
                <line class="history__base" x1="12" x2="308" y1="12" y2="12" />
                <text class="history__scale" x="14" y="104">
                    "0%"
                </text>
                <text class="history__scale" x="14" y="24">
                    "100%"
                </text>
                <polyline class="history__line" points=chart::points_attr(&pts) />
                {dots}
            </svg>
            <table class="results__table">
                <caption>{s::HISTORY_TABLE_CAPTION}</caption>
                <thead>
                    <tr>
                        <th scope="col">{s::COL_DATE}</th>
                        <th scope="col">{s::COL_PROGRESS}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section class="results__history" aria-labelledby="verloop-kop">
            <h2 id="verloop-kop">{s::HISTORY_HEADING}</h2>
            {body}
            <p class="no-print">
                <super::checklist::SnapshotButton store=super::store::use_store() />
            </p>
        </section>
    }
}

/// Who took part, for the report. Outside the redrawn parts, so typing keeps the focus.
#[component]
fn Participants(assessment: Signal<Assessment>) -> impl IntoView {
    let store = super::store::use_store();
    let value = Memo::new(move |_| assessment.with(|a| a.participants.clone()));
    view! {
        <section class="results__participants no-print" aria-labelledby="deelnemers-kop">
            <h2 id="deelnemers-kop">{s::PARTICIPANTS_HEADING}</h2>
            <p class="field">
                <label for="deelnemers">{s::PARTICIPANTS_LABEL}</label>
                <input
                    id="deelnemers"
                    type="text"
                    autocomplete="off"
                    maxlength=crate::storage::schema::PARTICIPANTS_MAX_CHARS.to_string()
                    prop:value=move || value.get()
                    on:change=move |ev| {
                        let text = event_target_value(&ev);
                        store.change_active_saying(s::SAVED, |a, now| a.set_participants(&text, now));
                    }
                />
            </p>
        </section>
    }
}

/// The open actions that come first, by date: the report's "what we will do".
#[component]
fn TopActions(assessment: Assessment) -> impl IntoView {
    const SHOWN: usize = 5;
    let today = super::store::today();
    let all_open = assessment.open_actions();
    let open_count = all_open.len();
    let open: Vec<(String, Option<String>, String, bool)> = all_open
        .into_iter()
        .take(SHOWN)
        .map(|(_, a)| {
            let who = (!a.who.is_empty()).then(|| a.who.clone());
            let due = a.due.map_or_else(String::new, |d| s::format_date(&d));
            (a.what.clone(), who, s::action_line(s::status_name(a.status), &due), a.is_overdue(today))
        })
        .collect();
    view! {
        <section class="results__top-actions" aria-labelledby="top-acties-kop">
            <h2 id="top-acties-kop">{s::TOP_ACTIONS_HEADING}</h2>
            {if open.is_empty() {
                view! { <p>{s::NO_OPEN_ACTIONS}</p> }.into_any()
            } else {
                view! {
                    <ul>
                        {open
                            .into_iter()
                            .map(|(what, who, line, overdue)| {
                                view! {
                                    <li>
                                        <strong>{what}</strong>
                                        {who.map(|w| format!(" · {w}"))}
                                        {format!(" · {line}")}
                                        {overdue
                                            .then(|| {
                                                view! {
                                                    " · "
                                                    <span class="badge badge--overdue">{s::OVERDUE}</span>
                                                }
                                            })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <p>{s::more_open_actions(open_count.saturating_sub(SHOWN))}</p>
                }
                    .into_any()
            }}
            <p class="no-print">
                <a href=Route::Assessment(AssessmentScreen::Plan).to_hash()>{s::TO_PLAN}</a>
            </p>
        </section>
    }
}

/// Every answer with its note and evidence link, by dimension: the report's appendix,
/// so a reader can check what each level rests on.
#[component]
fn Appendix(assessment: Assessment) -> impl IntoView {
    let model = assessment_model();
    let dimensions = model
        .dimensions
        .iter()
        .map(|d| {
            let rows = d
                .statements
                .iter()
                .map(|st| {
                    let record = assessment.answers.get(&*st.id).cloned().unwrap_or_default();
                    let answer = record.answer.map_or(s::NOT_ANSWERED, s::answer_label);
                    view! {
                        <tr>
                            <td>{st.text.to_string()}</td>
                            <td>{answer}</td>
                            <td>
                                {(!record.note.is_empty()).then(|| view! { <p>{record.note.clone()}</p> })}
                                // Evidence is user text: shown as text, never as a live link target we trust.
                                {(!record.evidence.is_empty())
                                    .then(|| {
                                        view! {
                                            <p class="results__evidence">
                                                {s::EVIDENCE} ": " {record.evidence.clone()}
                                            </p>
                                        }
                                    })}
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="results__table results__appendix-table">
                    <caption>{d.name.to_string()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{s::COL_STATEMENT}</th>
                            <th scope="col">{s::COL_ANSWER}</th>
                            <th scope="col">{s::COL_NOTE_AND_EVIDENCE}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
        })
        .collect_view();
    view! {
        <section class="results__appendix" aria-labelledby="bijlage-kop">
            <h2 id="bijlage-kop">{s::APPENDIX_HEADING}</h2>
            <p>{s::APPENDIX_INTRO}</p>
            {dimensions}
        </section>
    }
}
