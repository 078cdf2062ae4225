//! The one module that touches localStorage (through gloo-storage), so every rule about
//! not losing data is enforced in one place:
//! - unreadable data is copied to a backup key before anything else happens, once per
//!   distinct value, and if that copy fails nothing is ever written (the original stays
//!   as it was); backups can be listed, downloaded and deleted ([`backups`]);
//! - data written by a newer version is never overwritten ([`NotKept::Newer`]);
//! - storage that is blocked (private mode, a policy, `SecurityError`) or full never
//!   stops the app: the caller works in memory and tells the user; full storage is
//!   tried again on every change, also when it was full at start-up;
//! - another tab's save arrives as a `storage` event and is read by the same rules.
//!
//! What the data *means* is decided by the pure core ([`super::migrate`], [`super::merge`]).

use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::JsValue;

use super::backup::backup_time;
pub use super::backup::BACKUP_PREFIX;
use super::{migrate, migrate_versioned, stamps_per_field, to_json, LoadError, State};

/// Where the self-assessments live.
pub const KEY: &str = "digiwijzer.zelfevaluatie";
/// Written and removed once at start to find out whether writing works at all: Safari's
/// private mode, for one, reads fine and refuses every write. A failed probe is not
/// final: full storage looks the same, and space may be freed while the page is open.
const PROBE_KEY: &str = "digiwijzer.zelfevaluatie.probe";

/// Why this tab cannot keep its progress in the browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotKept {
    /// The browser refuses storage: a private window, a policy, blocked site data.
    Blocked,
    /// Stored data could not be read and could not be backed up either; writing would
    /// destroy it, so nothing is written.
    NoBackup,
    /// A write failed (storage full); the next change tries again.
    WriteFailed,
    /// The stored data was written by a newer version of Digiwijzer. It is kept as it
    /// is, and nothing is written, until the user chooses to start over here.
    Newer,
}

/// Stored data the core could not read, and what was done to keep it.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    /// The value exactly as it was stored, for the user to download.
    pub raw: String,
    pub error: LoadError,
    /// The key the raw value was copied to; `None` if even that failed.
    pub backup_key: Option<String>,
}

/// What this browser holds at start-up.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    /// The stored state, or an empty one.
    pub state: State,
    /// `Some` when changes cannot be written (see [`NotKept`]).
    pub not_kept: Option<NotKept>,
    pub unreadable: Option<Unreadable>,
}

/// localStorage if the browser lets us use it. gloo's `raw()` throws when storage is
/// blocked, so ask the window first.
fn storage() -> Option<web_sys::Storage> {
    let window = web_sys::window()?;
    match window.local_storage() {
        Ok(Some(_)) => Some(LocalStorage::raw()),
        _ => None,
    }
}

fn writes_work(storage: &web_sys::Storage) -> bool {
    let ok = storage.set_item(PROBE_KEY, "1").is_ok();
    let _ = storage.remove_item(PROBE_KEY);
    ok
}

/// Reads the stored state. Never fails: whatever goes wrong is reported in [`Opened`].
pub fn open(now: u64) -> Opened {
    let blocked = Opened { state: State::new(), not_kept: Some(NotKept::Blocked), unreadable: None };
    let Some(storage) = storage() else { return blocked };
    let Ok(raw) = storage.get_item(KEY) else { return blocked };
    let not_kept = (!writes_work(&storage)).then_some(NotKept::WriteFailed);
    let Some(raw) = raw else {
        return Opened { state: State::new(), not_kept, unreadable: None };
    };
    match migrate(&raw, crate::strings::V1_ASSESSMENT_NAME) {
        Ok(state) => Opened { state, not_kept, unreadable: None },
        Err(error) => {
            let backup_key = back_up(&storage, &raw, now);
            let not_kept = if matches!(error, LoadError::NewerVersion { .. }) {
                Some(NotKept::Newer)
            } else if backup_key.is_none() {
                Some(NotKept::NoBackup)
            } else {
                not_kept
            };
            Opened { state: State::new(), not_kept, unreadable: Some(Unreadable { raw, error, backup_key }) }
        }
    }
}

/// Every key of this storage, in its order.
fn keys(storage: &web_sys::Storage) -> Vec<String> {
    let count = storage.length().unwrap_or(0);
    (0..count).filter_map(|i| storage.key(i).ok().flatten()).collect()
}

/// Copies `raw` to a fresh backup key and reads it back; `None` unless the copy is
/// really there. A value that is already backed up is not copied again: the same
/// unreadable data is met on every page load.
fn back_up(storage: &web_sys::Storage, raw: &str, now: u64) -> Option<String> {
    let existing = keys(storage)
        .into_iter()
        .filter(|k| k.starts_with(BACKUP_PREFIX))
        .find(|k| storage.get_item(k).ok().flatten().as_deref() == Some(raw));
    if existing.is_some() {
        return existing;
    }
    let taken = |key: &str| storage.get_item(key).ok().flatten().is_some();
    let base = format!("{BACKUP_PREFIX}{now}");
    let key = std::iter::once(base.clone()).chain((2u32..100).map(|n| format!("{base}-{n}"))).find(|k| !taken(k))?;
    storage.set_item(&key, raw).ok()?;
    (storage.get_item(&key).ok().flatten().as_deref() == Some(raw)).then_some(key)
}

/// A copy of unreadable data kept in this browser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Backup {
    pub key: String,
    /// When it was made, in ms, as its key says.
    pub made: u64,
    /// Its length in characters (UTF-16 units, as the browser counts storage).
    pub size: usize,
}

/// Every backup in this browser, newest first (the times in the keys have the same
/// number of digits, so key order is time order).
pub fn backups() -> Vec<Backup> {
    let Some(storage) = storage() else { return Vec::new() };
    let mut keys = keys(&storage);
    keys.sort_unstable();
    keys.into_iter()
        .rev()
        .filter_map(|key| {
            let made = backup_time(&key)?;
            let size = storage.get_item(&key).ok().flatten()?.encode_utf16().count();
            Some(Backup { key, made, size })
        })
        .collect()
}

/// The contents of one backup, to download.
pub fn read_backup(key: &str) -> Option<String> {
    if !key.starts_with(BACKUP_PREFIX) {
        return None;
    }
    storage()?.get_item(key).ok().flatten()
}

/// Deletes one backup (only backups: never the live data). True if it is gone.
pub fn remove_backup(key: &str) -> bool {
    let Some(storage) = storage().filter(|_| key.starts_with(BACKUP_PREFIX)) else { return false };
    storage.remove_item(key).is_ok() && storage.get_item(key).ok().flatten().is_none()
}

/// Writes the whole state (write-through after every change).
pub fn save(state: &State) -> Result<(), NotKept> {
    let storage = storage().ok_or(NotKept::Blocked)?;
    storage.set_item(KEY, &to_json(state)).map_err(|_| NotKept::WriteFailed)
}

/// What another tab did to the stored value.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    /// It saved this state.
    Saved(State),
    /// A version of Digiwijzer that dates notes and links with the answer saved this
    /// state (see [`super::merge_older`]).
    SavedByOlder(State),
    /// The value was removed (storage cleared elsewhere).
    Removed,
    /// It wrote something this version cannot read (e.g. a newer Digiwijzer); the
    /// value has been backed up like unreadable data at start-up.
    Unreadable(Unreadable),
}

/// Reads a `storage` event; `None` if it is not about our key.
pub fn incoming(event: &web_sys::StorageEvent, now: u64) -> Option<Incoming> {
    let key = event.key();
    let ours = match key.as_deref() {
        Some(k) => k == KEY,
        None => true, // `localStorage.clear()`
    };
    if !ours {
        return None;
    }
    let Some(raw) = event.new_value() else { return Some(Incoming::Removed) };
    Some(match migrate_versioned(&raw, crate::strings::V1_ASSESSMENT_NAME) {
        Ok((state, version)) if !stamps_per_field(version) => Incoming::SavedByOlder(state),
        Ok((state, _)) => Incoming::Saved(state),
        // A newer version's tab saves at every keystroke, and this tab writes nothing
        // over it: a copy is only made when the user chooses to start over here.
        Err(error @ LoadError::NewerVersion { .. }) => {
            Incoming::Unreadable(Unreadable { raw, error, backup_key: None })
        }
        Err(error) => {
            let backup_key = storage().and_then(|s| back_up(&s, &raw, now));
            Incoming::Unreadable(Unreadable { raw, error, backup_key })
        }
    })
}

/// Backs up whatever the key holds now, before this tab writes over data it cannot
/// read. `Ok(None)`: there was nothing to keep; `Err`: the copy failed, so do not write.
pub fn set_aside(now: u64) -> Result<Option<String>, NotKept> {
    let storage = storage().ok_or(NotKept::Blocked)?;
    match storage.get_item(KEY) {
        Ok(None) => Ok(None),
        Ok(Some(raw)) => back_up(&storage, &raw, now).map(Some).ok_or(NotKept::NoBackup),
        Err(_) => Err(NotKept::Blocked),
    }
}

/// The answer to `navigator.storage.persist()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// The browser promises not to wipe this site's data to free space.
    Granted,
    /// It may wipe it (the usual answer until a site is used often or installed).
    NotGranted,
    /// The browser has no such API (older browsers, insecure http).
    Unsupported,
}

/// Whether the browser promised to keep our storage when space runs low; with `ask`,
/// asks for that promise first. Chromium answers by itself (no prompt); Firefox may ask
/// the user, so only ask after a user action.
pub async fn persistence(ask: bool) -> Persistence {
    let Some(window) = web_sys::window() else { return Persistence::Unsupported };
    let navigator = window.navigator();
    let has_storage = js_sys::Reflect::has(&navigator, &JsValue::from_str("storage")).unwrap_or(false);
    if !has_storage {
        return Persistence::Unsupported;
    }
    let manager = navigator.storage();
    let has = |name: &str| js_sys::Reflect::get(&manager, &JsValue::from_str(name)).is_ok_and(|f| f.is_function());
    if !has("persist") || !has("persisted") {
        return Persistence::Unsupported;
    }
    match ask_promise(manager.persisted()).await {
        Some(true) => return Persistence::Granted,
        Some(false) if !ask => return Persistence::NotGranted,
        Some(false) => {}
        None => return Persistence::Unsupported,
    }
    match ask_promise(manager.persist()).await {
        Some(true) => Persistence::Granted,
        Some(false) => Persistence::NotGranted,
        None => Persistence::Unsupported,
    }
}

async fn ask_promise(promise: Result<js_sys::Promise, JsValue>) -> Option<bool> {
    let value = wasm_bindgen_futures::JsFuture::from(promise.ok()?).await.ok()?;
    value.as_bool()
}

/// The interface language the user chose last with the switch ("nl" or "en").
const LANGUAGE_KEY: &str = "digiwijzer.taal";

/// The stored interface language, as stored: the caller validates it
/// (`route::Language::from_code`). `None` when there is none or storage is blocked.
pub fn stored_language() -> Option<String> {
    // Straight through web-sys, not gloo: the tips page reads this on every start and
    // need not carry the JSON layer.
    let storage = web_sys::window()?.local_storage().ok()??;
    storage.get_item(LANGUAGE_KEY).ok()?
}

/// Keeps the language the user chose. Says whether it was kept; when not (blocked
/// storage), the link to the other page still carries the choice.
pub fn store_language(code: &str) -> bool {
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
    storage.is_some_and(|s| s.set_item(LANGUAGE_KEY, code).is_ok())
}
