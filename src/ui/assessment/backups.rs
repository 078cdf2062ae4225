//! The copies of stored data that Digiwijzer could not read: listed on the export screen,
//! to download, merge back (when this version can read them) or delete.

use super::store::use_store;
use crate::storage::{merge_older, migrate};
use crate::strings as s;
use crate::ui::dom::{download, file_date, focus_later, Scroll};
use leptos::prelude::*;

/// The heading of the backups: focus goes there after deleting one.
const BACKUPS_HEADING_ID: &str = "bewaard-kop";

/// Copies of data Digiwijzer could not read (see `storage::browser`), so a user
/// told "your data is kept apart" can find, download and delete it, on any later visit.
#[component]
pub fn Backups() -> impl IntoView {
    use crate::storage::browser;
    let store = use_store();
    let list = RwSignal::new(browser::backups());
    // Another tab's unreadable save is backed up while this screen is open.
    Effect::new(move |_| {
        store.unreadable.track();
        list.set(browser::backups());
    });
    let status = RwSignal::new(None::<&'static str>);
    let asking = RwSignal::new(None::<String>);
    let restore = move |key: String| {
        let Some(Ok(kept)) = browser::read_backup(&key).map(|raw| migrate(&raw, s::V1_ASSESSMENT_NAME)) else {
            status.set(Some(s::BACKUP_GONE));
            list.set(browser::backups());
            return;
        };
        let result = store.change_saying(s::BACKUP_MERGED, |st, _| {
            *st = merge_older(st, &kept);
            Ok(())
        });
        status.set(Some(if result.is_ok() && store.not_kept_now().is_none() {
            s::BACKUP_MERGED
        } else {
            s::NOT_SAVED
        }));
    };
    let remove = move |key: String| {
        status.set(Some(if browser::remove_backup(&key) { s::BACKUP_DELETED } else { s::BACKUP_NOT_DELETED }));
        asking.set(None);
        list.set(browser::backups());
        focus_later(BACKUPS_HEADING_ID, Scroll::AsIs);
    };
    view! {
        <Show when=move || !list.with(Vec::is_empty) || status.with(Option::is_some)>
            <section class="backups" aria-labelledby=BACKUPS_HEADING_ID>
                <h2 id=BACKUPS_HEADING_ID tabindex="-1">
                    {s::BACKUPS_HEADING}
                </h2>
                <p>{s::BACKUPS_INTRO}</p>
                <ul class="backup-list">
                    // Rebuilt as a whole: the list is short and changes only on a click.
                    {move || {
                        list.get()
                            .into_iter()
                            .map(move |b| {
                                let label = s::backup_label(&s::date_or_unknown(b.made), b.size);
                                let readable = browser::read_backup(&b.key)
                                    .is_some_and(|raw| migrate(&raw, s::V1_ASSESSMENT_NAME).is_ok());
                                let (get, del, yes, back) = (
                                    b.key.clone(),
                                    b.key.clone(),
                                    b.key.clone(),
                                    b.key.clone(),
                                );
                                let confirm_id = format!("{}-ja", b.key.replace('.', "-"));
                                let focus_id = confirm_id.clone();
                                let shows_question = move || asking.get().as_deref() == Some(b.key.as_str());
                                // Data this version can read (say, kept apart by an older one)
                                // can come back; a merge never loses what is here.
                                view! {
                                    <li>
                                        <span>{label.clone()}</span>
                                        " "
                                        <button
                                            type="button"
                                            class="secondary"
                                            on:click=move |_| {
                                                if let Some(raw) = browser::read_backup(&get) {
                                                    download(
                                                        &format!(
                                                            "{}-{}.txt",
                                                            s::FILE_NAME_UNREADABLE_DATA,
                                                            file_date(b.made),
                                                        ),
                                                        "text/plain;charset=utf-8",
                                                        &raw,
                                                    );
                                                }
                                            }
                                        >
                                            {s::DOWNLOAD}
                                            <span class="visually-hidden">{format!(": {label}")}</span>
                                        </button>
                                        " "
                                        {readable
                                            .then(|| {
                                                view! {
                                                    <button
                                                        type="button"
                                                        class="secondary"
                                                        on:click={
                                                            let key = back.clone();
                                                            move |_| restore(key.clone())
                                                        }
                                                    >
                                                        {s::MERGE_BACKUP}
                                                        <span class="visually-hidden">{format!(": {label}")}</span>
                                                    </button>
                                                    " "
                                                }
                                            })}
                                        <button
                                            type="button"
                                            class="secondary danger"
                                            on:click=move |_| {
                                                asking.set(Some(del.clone()));
                                                focus_later(focus_id.clone(), Scroll::AsIs);
                                            }
                                        >
                                            {s::DELETE}
                                            <span class="visually-hidden">{format!(": {label}")}</span>
                                        </button>
                                        <Show when=shows_question>
                                            <p class="backup-list__question">
                                                {s::BACKUP_DELETE_QUESTION} " "
                                                <button
                                                    type="button"
                                                    class="danger"
                                                    id=confirm_id.clone()
                                                    on:click={
                                                        let yes = yes.clone();
                                                        move |_| remove(yes.clone())
                                                    }
                                                >
                                                    {s::PURGE_CONFIRM}
                                                </button> " "
                                                <button
                                                    type="button"
                                                    class="secondary"
                                                    on:click=move |_| asking.set(None)
                                                >
                                                    {s::CANCEL}
                                                </button>
                                            </p>
                                        </Show>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <p role="status">{move || status.get()}</p>
            </section>
        </Show>
    }
}
