//! What the user must know about where their progress is kept: unreadable data (with
//! the raw text to download), storage that keeps nothing, a refused change, the
//! assessment deleted in another tab, the browser's answer to
//! `navigator.storage.persist()`, and a reminder to export.

use super::store::{now, use_store, Gone};
use super::{href, Screen};
use crate::storage::browser::{NotKept, Persistence};
use crate::strings as s;
use crate::ui::dom::{download, file_date};
use leptos::prelude::*;

/// Whether the notices link to the export screen: not on that screen itself.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ExportLink {
    Show,
    Hide,
}

#[component]
pub fn StorageNotices(export_link: ExportLink) -> impl IntoView {
    let show_export_link = export_link == ExportLink::Show;
    let store = use_store();
    let dismissed = RwSignal::new(false);
    let unexported = Memo::new(move |_| store.state.with(|st| !st.unexported().is_empty()));

    let download_raw = move |_| {
        let raw = store.unreadable.with_untracked(|u| u.as_ref().map(|u| u.raw.clone()));
        if let Some(raw) = raw {
            download(
                &format!("{}-{}.txt", s::FILE_NAME_UNREADABLE_DATA, file_date(now())),
                "text/plain;charset=utf-8",
                &raw,
            );
        }
    };

    let restore_elsewhere = move |_| {
        let Some(gone) = store.deleted_elsewhere.get_untracked() else { return };
        match store.change_saying(s::RESTORED, |st, now| st.restore(&gone.id, now)) {
            Ok(()) => store.deleted_elsewhere.set(None),
            Err(e) => store.error.set(Some(s::op_error(&e))),
        }
    };
    let newer = move || store.not_kept.get() == Some(NotKept::Newer);
    // One warning per problem: unreadable data whose backup failed is why nothing is
    // kept, and its notice says so (`BACKUP_FAILED`, and it cannot be dismissed), so the
    // "niet bewaard" notice would say it twice.
    let says_backup_failed =
        move || store.unreadable.with(|u| u.as_ref().is_some_and(|u| u.backup_key.is_none())) && !newer();
    let not_kept_shown = move || {
        store.not_kept.get().filter(|r| match r {
            NotKept::Newer => false,
            NotKept::NoBackup => !says_backup_failed(),
            NotKept::Blocked | NotKept::WriteFailed => true,
        })
    };
    // The reminder to export already says why (browser data gets wiped); the browser's
    // refusal to promise to keep the data would be a second warning saying the same.
    let reminded = move || store.not_kept.with(Option::is_none) && unexported.get();

    view! {
        <div class="storage-notices no-print">
            <div role="alert">
                {move || {
                    store
                        .unreadable
                        .get()
                        .filter(|_| !dismissed.get())
                        .map(|u| {
                            view! {
                                <div class="notice notice--warning unreadable">
                                    <p>
                                        <strong>{s::LOAD_FAILED}</strong>
                                    </p>
                                    <p>{s::load_error(&u.error)}</p>
                                    <p>
                                        {match (newer(), u.backup_key.is_some()) {
                                            (true, _) => s::NOT_KEPT_NEWER,
                                            (false, true) => s::BACKUP_MADE,
                                            (false, false) => s::BACKUP_FAILED,
                                        }}
                                    </p>
                                    <p class="actions">
                                        <button type="button" on:click=download_raw>
                                            {s::DOWNLOAD_RAW}
                                        </button>
                                        {newer()
                                            .then(|| {
                                                view! {
                                                    <button
                                                        type="button"
                                                        class="secondary"
                                                        on:click=move |_| store.start_over_here()
                                                    >
                                                        {s::START_OVER_HERE}
                                                    </button>
                                                }
                                            })}
                                        {(!newer() && u.backup_key.is_some())
                                            .then(|| {
                                                view! {
                                                    <button
                                                        type="button"
                                                        class="secondary"
                                                        on:click=move |_| dismissed.set(true)
                                                    >
                                                        {s::DISMISS}
                                                    </button>
                                                }
                                            })}
                                    </p>
                                </div>
                            }
                        })
                }}
                {move || {
                    not_kept_shown()
                        .map(|reason| {
                            view! {
                                <div class="notice notice--warning not-kept">
                                    <p>
                                        <strong>{s::NOT_KEPT_TITLE}</strong>
                                    </p>
                                    <p>
                                        {match reason {
                                            NotKept::Blocked => s::NOT_KEPT_BLOCKED,
                                            NotKept::NoBackup => s::NOT_KEPT_NO_BACKUP,
                                            NotKept::WriteFailed | NotKept::Newer => s::NOT_KEPT_WRITE_FAILED,
                                        }}
                                    </p>
                                    {show_export_link
                                        .then(|| {
                                            view! {
                                                <p>
                                                    <a href=href(Screen::Exchange)>{s::EXPORT_NOW}</a>
                                                </p>
                                            }
                                        })}
                                </div>
                            }
                        })
                }} {move || store.error.get().map(|e| view! { <p class="notice notice--warning change-error">{e}</p> })}
                {move || {
                    store
                        .deleted_elsewhere
                        .get()
                        .map(|d| {
                            view! {
                                <div class="notice notice--warning deleted-elsewhere">
                                    <p>
                                        {match d.gone {
                                            Gone::Deleted => s::deleted_elsewhere(&d.name),
                                            Gone::ForGood => s::purged_elsewhere(&d.name),
                                        }}
                                    </p>
                                    <p class="actions">
                                        {(d.gone == Gone::Deleted)
                                            .then(|| {
                                                view! {
                                                    <button type="button" on:click=restore_elsewhere>
                                                        {s::RESTORE}
                                                    </button>
                                                }
                                            })}
                                        <button
                                            type="button"
                                            class="secondary"
                                            on:click=move |_| store.deleted_elsewhere.set(None)
                                        >
                                            {s::DISMISS}
                                        </button>
                                    </p>
                                </div>
                            }
                        })
                }}
            </div>
            <Show when=reminded>
                <div class="notice export-reminder">
                    <p>
                        {s::UNEXPORTED_REMINDER}
                        {show_export_link
                            .then(|| {
                                view! {
                                    " "
                                    <a href=href(Screen::Exchange)>{s::EXPORT_NOW}</a>
                                }
                            })}
                    </p>
                </div>
            </Show>
            {move || {
                store
                    .persistence
                    .get()
                    .filter(|p| { store.not_kept.with(Option::is_none) && (*p == Persistence::Granted || !reminded()) })
                    .map(|p| {
                        view! {
                            <p class="storage-status">
                                {match p {
                                    Persistence::Granted => s::PERSIST_GRANTED,
                                    Persistence::NotGranted => s::PERSIST_NOT_GRANTED,
                                    Persistence::Unsupported => s::PERSIST_UNSUPPORTED,
                                }}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
