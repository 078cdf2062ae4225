//! Results of one assessment: levels per dimension as a radar chart with a table
//! alternative, the trend over snapshots, what to do next, and notes — laid out so
//! that printing it gives a one-page report.

use crate::assessment::chart::{self, Point};
use crate::assessment::{recommend, score, Model, LEVEL_COUNT};
use crate::corpus::Date;
use crate::embedded::assessment_model;
use crate::route::{AssessmentScreen, Route};
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
    move || {
        assessment.with(|a| {
            let score = score(model, &a.answers);
            let reach: Vec<f32> = score.dimensions.iter().map(|d| d.reach()).collect();
            let rows = score
                .dimensions
                .iter()
                .enumerate()
                .map(|(i, d)| {
                    let trend: Vec<u8> =
                        a.snapshots.iter().map(|sn| sn.levels.get(&*d.dimension.id).copied().unwrap_or(0)).collect();
                    view! {
                        <tr>
                            <td>{i + 1}</td>
                            <th scope="row">{d.dimension.name.to_string()}</th>
                            <td>{super::level_with_next(model, d)}</td>
                            <td>{s::percent(d.progress.percent())}{s::not_applicable_count(d.not_applicable)}</td>
                            <td>{sparkline(&trend)}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <article class="results">
                    <h1>{s::results_title(&a.name)}</h1>
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
                    <section class="results__levels" aria-labelledby="niveaus-kop">
                        <h2 id="niveaus-kop">{s::LEVELS_HEADING}</h2>
                        <div class="results__chart-and-table">
                            <figure class="radar">
                                {radar(
                                    &reach,
                                    &s::radar_label(
                                        &score
                                            .dimensions
                                            .iter()
                                            .map(|d| (d.dimension.name.to_string(), super::level_with_next(model, d)))
                                            .collect::<Vec<_>>(),
                                    ),
                                )} <figcaption>{s::RADAR_CAPTION}</figcaption>
                            </figure>
                            <table class="results__table">
                                <caption>{s::LEVELS_TABLE_CAPTION}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{s::COL_NUMBER}</th>
                                        <th scope="col">{s::COL_DIMENSION}</th>
                                        <th scope="col">{s::COL_LEVEL}</th>
                                        <th scope="col">{s::COL_PROGRESS}</th>
                                        <th scope="col">{s::COL_TREND}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                        <details class="results__explanation">
                            <summary>{s::HOW_SCORING_WORKS}</summary>
                            <p>{SCORING_EXPLANATION}</p>
                        </details>
                    </section>
                    <Recommendations assessment=a.clone() />
                    <History snapshots=a.snapshots.clone() />
                    <Notes assessment=a.clone() />
                </article>
            }
        })
    }
}

/// The radar: one axis per dimension, numbered like the table rows; the table is the
/// accessible alternative, so the SVG carries only a summary label.
fn radar(reach: &[f32], label: &str) -> impl IntoView {
    const SIZE: f32 = 320.0;
    const RADIUS: f32 = 120.0;
    let centre = Point { x: SIZE / 2.0, y: SIZE / 2.0 };
    let n = reach.len();
    let rings = (1..=LEVEL_COUNT)
        .map(|l| {
            let pts = chart::ring(centre, RADIUS, n, f32::from(l) / f32::from(LEVEL_COUNT));
            view! { <polygon class="radar__ring" points=chart::points_attr(&pts) /> }
        })
        .collect_view();
    let axes = (0..n)
        .map(|i| {
            let end = chart::axis_point(centre, RADIUS, n, i, 1.0);
            let label_at = chart::axis_point(centre, RADIUS, n, i, 1.14);
            view! {
                <line
                    class="radar__axis"
                    x1=chart::number(centre.x)
                    x2=chart::number(end.x)
                    y1=chart::number(centre.y)
                    y2=chart::number(end.y)
                />
                <text
                    class="radar__number"
                    x=chart::number(label_at.x)
                    y=chart::number(label_at.y)
                    text-anchor="middle"
                    dominant-baseline="middle"
                >
                    {i + 1}
                </text>
            }
        })
        .collect_view();
    let shape = chart::points_attr(&chart::radar(centre, RADIUS, reach, LEVEL_COUNT));
    view! {
        <svg class="radar__svg" viewBox="0 0 320 320" role="img" aria-label=label.to_string()>
            {rings}
            {axes}
            <polygon class="radar__shape" points=shape />
        </svg>
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
    let recs = recommend(model, &assessment.answers, RECOMMENDED_DIMENSIONS);
    view! {
        <section class="results__recommendations" aria-labelledby="aanbevelingen-kop">
            <h2 id="aanbevelingen-kop">{s::RECOMMENDATIONS_HEADING}</h2>
            {recs.is_empty().then(|| view! { <p>{s::ALL_LEVELS_REACHED}</p> })}
            {recs
                .into_iter()
                .map(|rec| {
                    view! {
                        <section class="recommendation">
                            <h3>{s::next_step(&rec.dimension.name, &super::level_name(model, rec.next_level))}</h3>
                            <ul>
                                {rec
                                    .statements
                                    .into_iter()
                                    .map(|st| {
                                        view! {
                                            <li>
                                                <p class="recommendation__statement">{st.text.to_string()}</p>
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
        let dots = pts.iter().map(|p| view! { <circle class="history__dot" cx=p.x cy=p.y r="3.5" /> }).collect_view();
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

#[component]
fn Notes(assessment: Assessment) -> impl IntoView {
    let model = assessment_model();
    let notes: Vec<(String, String, String)> = model
        .statements()
        .filter_map(|(_, st)| {
            let answer = assessment.answers.get(&*st.id)?;
            (!answer.note.trim().is_empty() || !answer.evidence.trim().is_empty())
                .then(|| (st.text.to_string(), answer.note.clone(), answer.evidence.clone()))
        })
        .collect();
    (!notes.is_empty()).then(|| {
        view! {
            <section class="results__notes" aria-labelledby="notities-kop">
                <h2 id="notities-kop">{s::NOTES_HEADING}</h2>
                <dl>
                    {notes
                        .into_iter()
                        .map(|(statement, note, evidence)| {
                            view! {
                                <dt>{statement}</dt>
                                <dd>
                                    {(!note.is_empty()).then(|| view! { <p>{note}</p> })}
                                    // Evidence is user text: shown as text, never as a live link target we trust.
                                    {(!evidence.is_empty())
                                        .then(|| {
                                            view! { <p class="results__evidence">{s::EVIDENCE} ": " {evidence}</p> }
                                        })}
                                </dd>
                            }
                        })
                        .collect_view()}
                </dl>
            </section>
        }
    })
}
