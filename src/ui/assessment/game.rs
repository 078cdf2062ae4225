//! The Optimaal Digitaal game on one screen: a goal, one card at a time sorted into four
//! piles with buttons or keys 1 to 4, at most three picks from "meer doen", which
//! become actions in the plan. Everything is saved as it happens, so a reload resumes at
//! the same card.

use super::store::{entropy, use_store, Store};
use crate::embedded::{assessment_model, deck};
use crate::route::{AssessmentScreen, Route};
use crate::storage::game::{deal, Card, Pile, Round, GOAL_MAX_CHARS, MAX_PICKS};
use crate::storage::OpError;
use crate::strings as s;
use crate::ui::dom;
use leptos::prelude::*;

const CARD_HEADING_ID: &str = "spel-kaart";
const PICK_HEADING_ID: &str = "spel-kiezen";
const GOAL_ID: &str = "spel-doel";
const EARLIER_HEADING_ID: &str = "spel-eerder-kop";

fn card(slug: &str) -> Option<&'static Card> {
    deck().iter().find(|c| *c.slug == *slug)
}

/// "Tip 17", or the kind of document, for the corner of the card.
fn label(card: &Card) -> String {
    match (card.kind, card.number) {
        (crate::corpus::Kind::Tip, Some(n)) => s::tip_number(n),
        (kind, _) => s::kind_name(kind).to_string(),
    }
}

fn title_of(slug: &str) -> String {
    card(slug).map_or_else(|| slug.to_string(), |c| c.title.to_string())
}

#[component]
pub fn Game() -> impl IntoView {
    let store = use_store();
    // The round being played: its id alone decides the layout, so sorting a card
    // redraws only the card, and the focus stays on the button that was pressed.
    let open_id =
        Memo::new(move |_| store.state.with(|st| st.active().and_then(|a| a.open_round_id().map(str::to_string))));
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <div class="game">
            <h1>{s::GAME_TITLE}</h1>
            <p class="no-print">{s::GAME_INTRO}</p>
            {move || match open_id.get() {
                Some(id) => view! { <Playing id /> }.into_any(),
                None => view! { <StartRound /> }.into_any(),
            }}
            <EarlierRounds />
            <p class="no-print">
                <button type="button" class="secondary" on:click=print>
                    {s::PRINT_ROUNDS}
                </button>
            </p>
        </div>
    }
}

#[component]
fn StartRound() -> impl IntoView {
    let store = use_store();
    let model = assessment_model();
    let goal = RwSignal::new(String::new());
    let recommended_first = RwSignal::new(true);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut started = false;
        store.change_active_saying(s::ROUND_STARTED, |a, now| {
            let order = deal(model, deck(), &a.answers, |d| a.ambition(d), recommended_first.get_untracked());
            a.start_round(&goal.get_untracked(), order, now, entropy())?;
            started = true;
            Ok(())
        });
        if started {
            dom::focus_later(CARD_HEADING_ID, dom::Scroll::IntoView);
        }
    };
    view! {
        <section class="game__start no-print" aria-labelledby="spel-start-kop">
            <h2 id="spel-start-kop">{s::NEW_ROUND}</h2>
            <form on:submit=start>
                <p class="field">
                    <label for=GOAL_ID>{s::ROUND_GOAL}</label>
                    <input
                        id=GOAL_ID
                        type="text"
                        required
                        maxlength=GOAL_MAX_CHARS.to_string()
                        prop:value=move || goal.get()
                        on:input=move |ev| goal.set(event_target_value(&ev))
                    />
                </p>
                <fieldset class="field">
                    <legend>{s::DECK_ORDER}</legend>
                    <p class="answer">
                        <input
                            type="radio"
                            id="spel-aanbevolen"
                            name="spel-stapel"
                            prop:checked=move || recommended_first.get()
                            on:change=move |_| recommended_first.set(true)
                        />
                        <label for="spel-aanbevolen">{s::DECK_RECOMMENDED_FIRST}</label>
                    </p>
                    <p class="answer">
                        <input
                            type="radio"
                            id="spel-alle"
                            name="spel-stapel"
                            prop:checked=move || !recommended_first.get()
                            on:change=move |_| recommended_first.set(false)
                        />
                        <label for="spel-alle">{s::DECK_ALL}</label>
                    </p>
                </fieldset>
                <p>
                    <button type="submit">{s::START_ROUND}</button>
                </p>
            </form>
        </section>
    }
}

/// Runs `f` on the round `id` of the active assessment.
fn change_round(
    store: Store,
    f: impl FnOnce(&mut crate::storage::Assessment, u64) -> Result<(), crate::storage::OpError>,
) -> bool {
    let mut done = false;
    store.change_active(|a, now| {
        f(a, now)?;
        done = true;
        Ok(())
    });
    done
}

#[component]
fn Playing(id: String) -> impl IntoView {
    let store = use_store();
    let round = {
        let id = id.clone();
        Memo::new(move |_| {
            store.state.with(|st| st.active().and_then(|a| a.rounds.get(&id).cloned()).unwrap_or_default())
        })
    };
    // What the live region says, and the (Dutch) card titles in it, marked apart.
    let said = RwSignal::new((String::new(), Vec::<String>::new()));
    let sorting = Memo::new(move |_| round.with(|r| r.current().is_some()));
    let sort = {
        let id = id.clone();
        move |pile: Pile| {
            let Some(card) = round.with_untracked(|r| r.current().map(str::to_string)) else { return };
            let id = id.clone();
            if change_round(store, move |a, now| a.sort_card(&id, pile, now)) {
                let next =
                    round.with_untracked(|r| r.current().map(|c| (title_of(c), r.sorted.len() + 1, r.deck.len())));
                let title = title_of(&card);
                let text =
                    s::card_sorted(&title, s::pile_name(pile), next.as_ref().map(|(t, n, of)| (t.as_str(), *n, *of)));
                said.set((
                    text,
                    [Some(title), next.as_ref().map(|(t, _, _)| t.clone())].into_iter().flatten().collect(),
                ));
                if next.is_none() {
                    dom::focus_later(PICK_HEADING_ID, dom::Scroll::IntoView);
                }
            }
        }
    };
    let undo = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            let was_sorting = sorting.get_untracked();
            if change_round(store, move |a, now| a.undo_sort(&id, now)) {
                let card = round.with_untracked(|r| r.current().map(title_of)).unwrap_or_default();
                said.set((s::card_back(&card), vec![card]));
                if !was_sorting {
                    dom::focus_later(CARD_HEADING_ID, dom::Scroll::IntoView);
                }
            }
        }
    };
    // Keys 1 to 4 work while the focus is in the card's part of the screen, so they
    // never take a key from typing elsewhere (WCAG 2.1.4).
    let on_key = {
        let sort = sort.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            // A key held down repeats: that would sort the next cards unseen.
            if ev.ctrl_key() || ev.alt_key() || ev.meta_key() || ev.repeat() || !sorting.get_untracked() {
                return;
            }
            let pile = match ev.key().as_str() {
                "1" => Pile::Minder,
                "2" => Pile::Blijven,
                "3" => Pile::Meer,
                "4" => Pile::Weg,
                _ => return,
            };
            ev.prevent_default();
            sort(pile);
        }
    };
    let goal = move || round.with(|r| r.goal.clone());
    view! {
        <section class="game__round" aria-labelledby="spel-ronde-kop">
            <h2 id="spel-ronde-kop">{move || s::round_goal(&goal())}</h2>
            <p class="visually-hidden" role="status" aria-live="polite">
                {move || said.with(|(text, titles)| with_titles_marked(text, titles))}
            </p>
            <Show
                when=move || sorting.get()
                fallback={
                    let id = id.clone();
                    let undo = undo.clone();
                    move || view! { <Picking id=id.clone() round undo=undo.clone() /> }
                }
            >
                <div class="game__table" on:keydown=on_key.clone()>
                    <p class="game__progress">{move || round.with(|r| s::card_of(r.sorted.len() + 1, r.deck.len()))}</p>
                    <article class="game__card" aria-labelledby=CARD_HEADING_ID>
                        <p class="game__label">{move || current_card(round).map(label)}</p>
                        <h3 id=CARD_HEADING_ID tabindex="-1" lang=s::CORPUS_LANG>
                            {move || round.with(|r| r.current().map(title_of))}
                        </h3>
                        <p class="game__intro" lang=s::CORPUS_LANG>
                            {move || current_card(round).map(|c| c.intro.to_string())}
                        </p>
                        <p class="game__examples">
                            {move || current_card(round).map(|c| s::examples_count(c.examples))}
                        </p>
                        <p>
                            {move || {
                                round
                                    .with(|r| r.current().map(str::to_string))
                                    .map(|doc| {
                                        let href = crate::ui::router::use_router()
                                            .href(&Route::Read { doc, anchor: None });
                                        view! { <a href=href>{s::READ_WHOLE_TIP}</a> }
                                    })
                            }}
                        </p>
                    </article>
                    <p class="game__hint">{s::KEYS_HINT}</p>
                    <div class="game__piles" role="group" aria-label=s::SORT_TO>
                        {Pile::ALL
                            .into_iter()
                            .enumerate()
                            .map(|(i, pile)| {
                                let sort = sort.clone();
                                view! {
                                    <button type="button" class="game__pile" on:click=move |_| sort(pile)>
                                        <span class="game__key" aria-hidden="true">
                                            {i + 1}
                                        </span>
                                        {s::pile_name(pile)}
                                        <span class="game__count">
                                            {move || round.with(|r| s::pile_count(r.pile(pile).len()))}
                                        </span>
                                    </button>
                                }
                            })
                            .collect_view()}
                    </div>
                    <p>
                        <button
                            type="button"
                            class="secondary"
                            on:click=undo.clone()
                            disabled=move || round.with(|r| r.sorted.is_empty())
                        >
                            {s::UNDO_SORT}
                        </button>
                    </p>
                </div>
            </Show>
        </section>
    }
}

fn current_card(round: Memo<Round>) -> Option<&'static Card> {
    round.with(|r| r.current().and_then(card))
}

/// Every card is sorted: pick at most three from "meer doen", then make them actions.
#[component]
fn Picking(
    id: String,
    round: Memo<Round>,
    undo: impl Fn(leptos::ev::MouseEvent) + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let store = use_store();
    let model = assessment_model();
    let error = RwSignal::new(None::<String>);
    let more =
        Memo::new(move |_| round.with(|r| r.pile(Pile::Meer).into_iter().map(str::to_string).collect::<Vec<_>>()));
    let finish = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            let mut finished = false;
            store.change_active_saying(s::ROUND_FINISHED, |a, now| {
                let title = |c: &str| card(c).map(|c| c.title.to_string());
                a.finish_round(&id, model, title, s::action_from_round, now, entropy())?;
                finished = true;
                Ok(())
            });
            if finished {
                // The round now heads the list of earlier rounds, with a link to the plan.
                dom::focus_later(EARLIER_HEADING_ID, dom::Scroll::IntoView);
            }
        }
    };
    view! {
        <div class="game__pick">
            <h3 id=PICK_HEADING_ID tabindex="-1">
                {s::PICK_HEADING}
            </h3>
            <p>{s::pick_intro(MAX_PICKS)}</p>
            {move || {
                let cards = more.get();
                if cards.is_empty() {
                    return view! { <p>{s::NOTHING_TO_PICK}</p> }.into_any();
                }
                cards
                    .into_iter()
                    .map(|slug| {
                        let input_id = format!("kies-{slug}");
                        let picked = {
                            let slug = slug.clone();
                            move || round.with(|r| r.picks.contains(&slug))
                        };
                        let id = id.clone();
                        let toggle = {
                            let slug = slug.clone();
                            move |ev: leptos::ev::Event| {
                                let on = event_target_checked(&ev);
                                let (id, slug) = (id.clone(), slug.clone());
                                let result = store
                                    .change(|st, now| {
                                        st.active_mut().ok_or(OpError::NoActive)?.pick(&id, &slug, on, now)
                                    });
                                if result.is_err() {
                                    event_target::<web_sys::HtmlInputElement>(&ev).set_checked(!on);
                                }
                                error.set(result.err().map(|e| s::op_error(&e)));
                            }
                        };
                        // Refused: the box shows what is stored, not the click.
                        view! {
                            <p class="answer">
                                <input type="checkbox" id=input_id.clone() prop:checked=picked on:change=toggle />
                                <label for=input_id lang=s::CORPUS_LANG>
                                    {title_of(&slug)}
                                </label>
                            </p>
                        }
                    })
                    .collect_view()
                    .into_any()
            }}
            <p class="field__error" role="alert">
                {move || error.get()}
            </p>
            <p class="actions">
                <button type="button" on:click=finish>
                    {move || s::finish_round(round.with(|r| r.picks.len()))}
                </button>
                <button type="button" class="secondary" on:click=undo>
                    {s::UNDO_SORT}
                </button>
            </p>
        </div>
    }
}

/// Rounds played before, newest first, with their goal and picks: what a team decided.
#[component]
fn EarlierRounds() -> impl IntoView {
    let store = use_store();
    let finished = Memo::new(move |_| {
        store.state.with(|st| {
            let mut list: Vec<Round> = st
                .active()
                .map(|a| a.rounds.values().filter(|r| r.finished.is_some()).cloned().collect())
                .unwrap_or_default();
            list.sort_by_key(|r| std::cmp::Reverse(r.finished));
            list
        })
    });
    view! {
        <section class="game__earlier" aria-labelledby="spel-eerder-kop">
            <h2 id=EARLIER_HEADING_ID tabindex="-1">
                {s::EARLIER_ROUNDS}
            </h2>
            {move || {
                let list = finished.get();
                if list.is_empty() {
                    return view! { <p>{s::NO_EARLIER_ROUNDS}</p> }.into_any();
                }
                view! {
                    <ul class="game__rounds">
                        {list
                            .into_iter()
                            .map(|r| {
                                let picks: Vec<String> = r.picks.iter().map(|p| title_of(p)).collect();
                                view! {
                                    <li class="game__earlier-round">
                                        <p>
                                            <strong>{s::round_goal(&r.goal)}</strong>
                                            " · "
                                            {s::format_date(&crate::corpus::Date::from_unix_ms(r.created))}
                                        </p>
                                        <p>{s::round_piles(Pile::ALL.map(|p| (s::pile_name(p), r.pile(p).len())))}</p>
                                        <p>{with_titles_marked(&s::round_picks(&picks), &picks)}</p>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                    <p class="no-print">
                        <a href=Route::Assessment(AssessmentScreen::Plan).to_hash()>{s::TO_PLAN}</a>
                    </p>
                }
                    .into_any()
            }}
        </section>
    }
}

/// `text` with each of `titles` in it (corpus titles, in Dutch) in an element of its own
/// language.
fn with_titles_marked(text: &str, titles: &[String]) -> impl IntoView {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some((at, title)) =
        titles.iter().filter(|t| !t.is_empty()).filter_map(|t| rest.find(t.as_str()).map(|at| (at, t))).min()
    {
        parts.push(rest[..at].to_string().into_any());
        parts.push(view! { <span lang=s::CORPUS_LANG>{title.clone()}</span> }.into_any());
        rest = &rest[at + title.len()..];
    }
    parts.push(rest.to_string().into_any());
    parts
}
