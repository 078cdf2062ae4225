//! The self-assessment screens: the checklist, results, managing several assessments,
//! export and import. They share one [`store::Store`] (provided in `App`), so progress
//! kept only in memory survives moving between screens.

mod answer;
mod backups;
mod checklist;
mod exchange;
mod game;
mod manage;
mod notices;
mod plan;
pub mod results;
mod sources;
mod store;
mod team;

pub use store::provide_store;

use crate::assessment::{DimensionScore, Model, LEVEL_COUNT};
use crate::route::{ActionFor, AssessmentScreen as Screen, Route};
use crate::strings as s;
use leptos::prelude::*;
use store::use_store;

/// The hash of a self-assessment screen, for links between them.
fn href(screen: Screen) -> String {
    Route::Assessment(screen).to_hash()
}

fn label(screen: Screen) -> &'static str {
    match screen {
        Screen::Checklist => s::ASSESSMENT_NAV_CHECKLIST,
        Screen::Results => s::ASSESSMENT_NAV_RESULTS,
        Screen::Plan => s::ASSESSMENT_NAV_PLAN,
        Screen::Game => s::ASSESSMENT_NAV_GAME,
        Screen::Team => s::ASSESSMENT_NAV_TEAM,
        Screen::Manage => s::ASSESSMENT_NAV_MANAGE,
        Screen::Exchange => s::ASSESSMENT_NAV_EXCHANGE,
    }
}

/// The link to a cited tip or example (`doc` or `doc#anchor`), which lives on the tips page.
fn source_href(reference: &str) -> String {
    crate::ui::router::use_router().href(&Route::for_reference(reference))
}

/// A level's name; below the first level, "nog geen niveau".
fn level_name(model: &Model, level: u8) -> String {
    model.level_info(level).map(|l| l.name.to_string()).unwrap_or_else(|| s::BELOW_FIRST_LEVEL.to_string())
}

/// "Beginnend (1/4), 75% van Ontwikkelend": the level shown and how far the way to the
/// next one is, so most of the work never shows as nothing; levels that are only n.v.t.
/// are named as such, never as reached.
fn level_with_next(model: &Model, score: &DimensionScore) -> String {
    if score.nothing_applies() {
        return s::NOTHING_APPLIES.to_string();
    }
    let shown = score.shown_level();
    let mut text = s::level_of(&level_name(model, shown), shown, LEVEL_COUNT);
    let not_applicable: Vec<String> = score.reached_but_not_applicable().map(|l| level_name(model, l)).collect();
    if !not_applicable.is_empty() {
        text = s::with_not_applicable(&text, &not_applicable);
    }
    // The chart then draws the shown level, so the text says no more than it does.
    match score.next.filter(|next| next.earned_halves > 0 && shown == score.level) {
        Some(next) => s::on_the_way(&text, next.percent(), &level_name(model, score.level + 1)),
        None => text,
    }
}

/// What a link opens the checklist at, from the route.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opened {
    /// A statement, brought into view in its dimension.
    Statement(String),
    /// A dimension, from the checklist's own navigation.
    Dimension(String),
}

/// Everything under `#/zelfevaluatie`.
#[component]
pub fn AssessmentPage(
    screen: Screen,
    /// Where the checklist opens: a statement or a dimension (else the first dimension).
    opened: Option<Opened>,
    /// What the plan's new action is for, when a link asks for one.
    action_for: Option<ActionFor>,
) -> impl IntoView {
    let store = use_store();
    let active_name =
        move || store.state.with(|st| st.active().map(|a| a.name.clone()).unwrap_or_else(|| s::NO_ACTIVE.to_string()));
    let export_link = if screen == Screen::Exchange { notices::ExportLink::Hide } else { notices::ExportLink::Show };
    let body = match screen {
        Screen::Checklist => view! { <checklist::Checklist opened=opened /> }.into_any(),
        Screen::Manage => view! { <manage::Manage /> }.into_any(),
        Screen::Exchange => view! { <exchange::Exchange /> }.into_any(),
        Screen::Plan => view! { <plan::Plan action_for /> }.into_any(),
        Screen::Game => view! { <game::Game /> }.into_any(),
        Screen::Team => view! { <team::Team /> }.into_any(),
        Screen::Results => {
            let active = Memo::new(move |_| store.state.with(|st| st.active().cloned().unwrap_or_default()));
            view! { <results::ResultsView assessment=Signal::from(active) /> }.into_any()
        }
    };
    view! {
        <div class="assessment">
            <nav class="assessment-nav no-print" aria-label=s::ASSESSMENT_NAV_LABEL>
                <ul>
                    {Screen::ALL
                        .into_iter()
                        .map(|item| {
                            view! {
                                <li>
                                    <a href=href(item) aria-current=(item == screen).then_some("page")>
                                        {label(item)}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
            <p class="assessment-current no-print">
                {s::WORKING_IN} " " <strong>{active_name}</strong>
                {(screen != Screen::Manage)
                    .then(|| {
                        view! {
                            " · "
                            <a href=href(Screen::Manage)>{s::SWITCH_OR_MANAGE}</a>
                        }
                    })}
            </p>
            <notices::StorageNotices export_link=export_link />
            {body}
            <p class="visually-hidden" role="status" aria-live="polite">
                {move || store.announcement.get()}
            </p>
        </div>
    }
}
