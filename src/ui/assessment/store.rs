//! The self-assessment state every screen shares, and the one way to change it.
//!
//! `Store::change` applies a core operation and writes the result through at once
//! (closing the tab right after a click loses nothing), then announces it in the polite
//! live region. Saves from other tabs arrive as `storage` events and are merged per
//! statement and field, last write wins (`storage::merge`; `merge_older` for data an
//! older version wrote).

use crate::storage::browser::{self, Incoming, NotKept, Persistence, Unreadable};
use crate::storage::{merge, merge_older, Assessment, OpError, State};
use crate::strings as s;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Store {
    pub state: RwSignal<State>,
    /// `Some` while progress is not being kept in the browser (a persistent warning).
    pub not_kept: RwSignal<Option<NotKept>>,
    /// Stored data that could not be read (at start-up, or written by another tab).
    pub unreadable: RwSignal<Option<Unreadable>>,
    /// The browser's answer to "please keep our data"; `None` until it is known.
    pub persistence: RwSignal<Option<Persistence>>,
    /// What the polite live region says ("Opgeslagen").
    pub announcement: RwSignal<String>,
    /// The assessment most recently deleted here, for "Ongedaan maken": (id, name).
    pub undo: RwSignal<Option<(String, String)>>,
    /// The assessment this tab was working in, deleted in another tab.
    pub deleted_elsewhere: RwSignal<Option<DeletedElsewhere>>,
    /// Why the last change was refused; shown until the next change succeeds.
    pub error: RwSignal<Option<String>>,
    /// The assessment made at start-up because there was none. Until something is
    /// saved it is only a placeholder, and gives way to what another tab saves, so two
    /// fresh tabs do not end up with two "Mijn zelfevaluatie"s.
    starter: StoredValue<Option<String>>,
    persistence_asked: StoredValue<bool>,
    /// The note or link this tab is typing in: (assessment id, statement id).
    typing: StoredValue<Option<(String, String)>>,
    /// Changes were made here that the browser did not keep: leaving the page would
    /// lose them, so the browser asks first.
    unkept_changes: StoredValue<bool>,
}

/// The assessment this tab was working in, deleted in another tab.
#[derive(Clone, Debug, PartialEq)]
pub struct DeletedElsewhere {
    pub id: String,
    pub name: String,
    pub gone: Gone,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gone {
    /// In the deleted list: it can be restored, with what this tab had put in it.
    Deleted,
    /// Deleted for good there: nothing to restore.
    ForGood,
}

/// Opens the stored data and makes the store available to every component below.
/// Called once, in `App`, so in-memory progress survives moving between screens.
pub fn provide_store() {
    let opened = browser::open(now());
    let mut state = opened.state;
    let starter = if state.live().next().is_none() {
        state.create(s::FIRST_ASSESSMENT_NAME, now(), entropy()).ok()
    } else {
        None
    };
    let store = Store {
        state: RwSignal::new(state),
        not_kept: RwSignal::new(opened.not_kept),
        unreadable: RwSignal::new(opened.unreadable),
        persistence: RwSignal::new(None),
        announcement: RwSignal::new(String::new()),
        undo: RwSignal::new(None),
        deleted_elsewhere: RwSignal::new(None),
        error: RwSignal::new(None),
        starter: StoredValue::new(starter),
        persistence_asked: StoredValue::new(false),
        typing: StoredValue::new(None),
        unkept_changes: StoredValue::new(false),
    };
    provide_context(store);

    let listener = window_event_listener(leptos::ev::storage, move |event| {
        if let Some(incoming) = browser::incoming(&event, now()) {
            store.receive(incoming);
        }
    });
    on_cleanup(move || listener.remove());

    // Work that is only in this page (storage refused it) is gone once the page is left:
    // for another page, the other language, a reload or closing the tab. The browser's
    // own question lets the user stay and export it first.
    let leaving = window_event_listener(leptos::ev::beforeunload, move |event| {
        if store.unkept_changes.get_value() {
            event.prevent_default();
            event.set_return_value("");
        }
    });
    on_cleanup(move || leaving.remove());

    // Only look (no prompt) until the user has saved something in this session.
    if opened.not_kept.is_none() {
        store.check_persistence(false);
    }
}

pub fn use_store() -> Store {
    expect_context::<Store>()
}

impl Store {
    /// Applies `f`, then saves, and says nothing: for changes made while typing (a screen
    /// reader must not hear "Opgeslagen" at every key) or whose caller says what happened.
    /// On `Err` nothing changed and nothing is written.
    pub fn change<T>(&self, f: impl FnOnce(&mut State, u64) -> Result<T, OpError>) -> Result<T, OpError> {
        self.apply(None, f)
    }

    /// [`Store::change`], then the live region says `text` once it is kept, or that it
    /// was not (see [`Store::confirm`]).
    pub fn change_saying<T>(
        &self,
        text: &'static str,
        f: impl FnOnce(&mut State, u64) -> Result<T, OpError>,
    ) -> Result<T, OpError> {
        self.apply(Some(text), f)
    }

    fn apply<T>(
        &self,
        announce: Option<&'static str>,
        f: impl FnOnce(&mut State, u64) -> Result<T, OpError>,
    ) -> Result<T, OpError> {
        let now = now();
        let result = self
            .state
            .try_maybe_update(|state| {
                let result = f(state, now);
                (result.is_ok(), result)
            })
            .unwrap_or(Err(OpError::Closed));
        if result.is_ok() {
            // The user has changed something: from now on this is their work, not a
            // placeholder to give way, whether or not the browser manages to store it.
            self.starter.set_value(None);
            self.save(announce);
        }
        result
    }

    /// A change to the active assessment, said nothing about (while typing). When there
    /// is none (the last one was deleted, here or in another tab), a new one is made for
    /// it, so an answer is never dropped. A refusal is shown (see [`Store::error`]).
    pub fn change_active(&self, f: impl FnOnce(&mut Assessment, u64) -> Result<(), OpError>) {
        self.apply_to_active(None, f);
    }

    /// [`Store::change_active`], then the live region says `text`.
    pub fn change_active_saying(
        &self,
        text: &'static str,
        f: impl FnOnce(&mut Assessment, u64) -> Result<(), OpError>,
    ) {
        self.apply_to_active(Some(text), f);
    }

    fn apply_to_active(
        &self,
        announce: Option<&'static str>,
        f: impl FnOnce(&mut Assessment, u64) -> Result<(), OpError>,
    ) {
        let result = self.apply(announce, |state, now| {
            if state.active().is_none() {
                let name = state.free_name(s::FIRST_ASSESSMENT_NAME);
                state.create(&name, now, entropy())?;
            }
            f(state.active_mut().ok_or(OpError::NoActive)?, now)
        });
        self.error.set(result.err().map(|e| s::op_error(&e)));
    }

    /// A note or link of the active assessment is being typed here, so a different
    /// version of it arriving from another tab is worth a word (see `receive`).
    pub fn typing_in(&self, statement: &str) {
        let id = self.state.with_untracked(|st| st.active.clone());
        self.typing.set_value(id.map(|id| (id, statement.to_string())));
    }

    /// The user left the note or link field: a later change from another tab is then
    /// simply shown.
    pub fn typing_done(&self) {
        self.typing.set_value(None);
    }

    /// `None` while changes are written to the browser's storage, else why not.
    pub fn not_kept_now(&self) -> Option<NotKept> {
        self.not_kept.get_untracked()
    }

    /// After data from a newer version: the user chooses to work on here. What the key
    /// holds now (a newer tab may have saved since) is backed up first; if that fails,
    /// nothing is written.
    pub fn start_over_here(&self) {
        match browser::set_aside(now()) {
            Ok(_) => {
                self.not_kept.set(None);
                self.unreadable.set(None);
                self.save(Some(s::SAVED));
            }
            // Whatever stopped the backup, nothing may be written until there is one; the
            // unreadable data's notice says the backup failed (one warning, not two).
            Err(_) => self.not_kept.set(Some(NotKept::NoBackup)),
        }
    }

    /// Removes the start-up placeholder if nothing was ever saved in it, e.g. before an
    /// import, so a fresh browser does not keep an empty "Mijn zelfevaluatie" next to it.
    pub fn discard_starter(&self, state: &mut State) {
        if let Some(id) = self.starter.get_value() {
            state.assessments.retain(|a| a.id != id);
            state.active = None;
            self.starter.set_value(None);
        }
    }

    fn save(&self, announce: Option<&'static str>) {
        if matches!(self.not_kept.get_untracked(), Some(NotKept::Blocked | NotKept::NoBackup | NotKept::Newer)) {
            self.unkept_changes.set_value(true);
            if let Some(text) = announce {
                self.confirm(text);
            }
            return;
        }
        match self.state.with_untracked(browser::save) {
            Ok(()) => {
                self.unkept_changes.set_value(false);
                if self.not_kept.get_untracked().is_some() {
                    self.not_kept.set(None);
                }
                self.starter.set_value(None);
                if let Some(text) = announce {
                    self.confirm(text);
                }
                if !self.persistence_asked.get_value() {
                    self.persistence_asked.set_value(true);
                    self.ask_persistence();
                }
            }
            Err(reason) => {
                self.unkept_changes.set_value(true);
                self.not_kept.set(Some(reason));
                self.announce(s::NOT_SAVED);
            }
        }
    }

    /// Announces `text` ("Opgeslagen") if changes are being kept, and otherwise that
    /// they are not: a screen reader user must not hear "saved" in a private window.
    pub fn confirm(&self, text: &'static str) {
        match self.not_kept.get_untracked() {
            None => self.announce(text),
            Some(NotKept::WriteFailed) => self.announce(s::NOT_SAVED),
            Some(NotKept::Newer) => self.announce(s::CHANGED_NOT_KEPT_NEWER),
            Some(_) => self.announce(s::CHANGED_NOT_KEPT),
        }
    }

    /// Puts `text` in the live region. Cleared first, so saying the same thing twice
    /// ("Opgeslagen", "Opgeslagen") is announced twice.
    fn announce(&self, text: &'static str) {
        let announcement = self.announcement;
        announcement.set(String::new());
        request_animation_frame(move || announcement.set(text.to_string()));
    }

    fn receive(&self, incoming: Incoming) {
        match incoming {
            Incoming::SavedByOlder(theirs) => self.receive_state(theirs, merge_older),
            Incoming::Saved(theirs) => self.receive_state(theirs, merge),
            Incoming::Removed => {
                if self.starter.get_value().is_none() {
                    self.save(None);
                }
            }
            Incoming::Unreadable(unreadable) => {
                let newer = matches!(unreadable.error, crate::storage::LoadError::NewerVersion { .. });
                let backed_up = unreadable.backup_key.is_some();
                if newer {
                    self.not_kept.set(Some(NotKept::Newer));
                } else if !backed_up {
                    self.not_kept.set(Some(NotKept::NoBackup));
                }
                self.unreadable.set(Some(unreadable));
                // What another tab wrote is safe in its backup; put this tab's readable
                // state back, or a reload would find only the unreadable value.
                if !newer && backed_up {
                    self.save(None);
                }
            }
        }
    }

    /// Another tab's state, combined with this one by `combine`.
    fn receive_state(&self, theirs: State, combine: fn(&State, &State) -> State) {
        let starter = self.starter.get_value();
        let was_active = self.state.with_untracked(|st| st.active().map(|a| (a.id.clone(), a.name.clone())));
        let typed_before = self.typed_text();
        let mut took_theirs = false;
        self.state.update(|ours| {
            let mut base = ours.clone();
            if let Some(id) = &starter {
                base.assessments.retain(|a| &a.id != id);
                base.active = theirs.active.clone();
            }
            let merged = combine(&base, &theirs);
            if merged.live().next().is_some() {
                took_theirs = starter.is_some();
                *ours = merged;
            } else {
                *ours = combine(ours, &theirs);
            }
        });
        if took_theirs {
            self.starter.set_value(None);
        }
        // Two tabs typing in the same note: the one that typed last wins. Say so,
        // rather than let this tab's text change under the user without a word.
        if typed_before.is_some() && self.typed_text() != typed_before {
            self.error.set(Some(s::TEXT_CHANGED_ELSEWHERE.to_string()));
        }
        if let Some((id, name)) = was_active.filter(|(id, _)| starter.as_ref() != Some(id)) {
            let gone = self.state.with_untracked(|st| {
                let purged = st.assessments.iter().any(|a| a.id == id && a.purged);
                st.get(&id).is_none().then_some(if purged { Gone::ForGood } else { Gone::Deleted })
            });
            if let Some(gone) = gone {
                self.deleted_elsewhere.set(Some(DeletedElsewhere { id, name, gone }));
            }
        }
        // Deleted there first and then deleted for good: the notice must stop offering a restore.
        let purged_since = self.deleted_elsewhere.with_untracked(|d| {
            d.as_ref().is_some_and(|d| {
                d.gone == Gone::Deleted
                    && self.state.with_untracked(|st| st.assessments.iter().any(|a| a.id == d.id && a.purged))
            })
        });
        if purged_since {
            self.deleted_elsewhere.update(|d| {
                if let Some(d) = d {
                    d.gone = Gone::ForGood;
                }
            });
        }
        // Something only this tab had (a race between two saves): write it back,
        // so both tabs and the stored value agree. Merging is idempotent, so
        // this stops as soon as nothing is new.
        let behind = self.state.with_untracked(|ours| ours.assessments != theirs.assessments);
        if behind && self.starter.get_value().is_none() {
            self.save(None);
        }
    }

    /// The note and link this tab is typing in, as they are now.
    fn typed_text(&self) -> Option<(String, String)> {
        let (id, statement) = self.typing.get_value()?;
        self.state.with_untracked(|st| {
            let record = st.get(&id)?.answers.get(&statement)?;
            Some((record.note.clone(), record.evidence.clone()))
        })
    }

    fn check_persistence(&self, ask: bool) {
        let persistence = self.persistence;
        if ask {
            self.persistence_asked.set_value(true);
        }
        leptos::task::spawn_local(async move {
            persistence.set(Some(browser::persistence(ask).await));
        });
    }

    fn ask_persistence(&self) {
        if self.persistence.get_untracked() != Some(Persistence::Granted) {
            self.check_persistence(true);
        }
    }
}

/// The current time in ms since the Unix epoch, for the core's `now` arguments.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// Today in the user's own time zone: a deadline is a day on their calendar.
pub fn today() -> crate::corpus::Date {
    let now = js_sys::Date::new_0();
    let (year, month, day) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    let fallback = || crate::corpus::Date::from_unix_ms(self::now());
    match (u16::try_from(year), u8::try_from(month), u8::try_from(day)) {
        (Ok(y), Ok(m), Ok(d)) => crate::corpus::Date::new(y, m, d).unwrap_or_else(fallback),
        _ => fallback(),
    }
}

/// Randomness for new assessment ids: the browser's crypto source, else `Math.random`.
pub fn entropy() -> u32 {
    let mut bytes = [0u8; 4];
    let from_crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if from_crypto {
        u32::from_le_bytes(bytes)
    } else {
        (js_sys::Math::random() * f64::from(u32::MAX)) as u32
    }
}
