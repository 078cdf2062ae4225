//! What the self-assessment keeps in the browser and in files: the stored schema and
//! its migrations, merging two tabs' copies, and export/import. Pure Rust: the shell
//! reads and writes the JSON strings; this module decides what they mean.
//!
//! Typical shell flow:
//! - start: `migrate(&raw)` (absent key → `State::new()`); on `Err`, copy the raw value
//!   to a backup key, show that it could not be read, with the error, start from `State::new()`;
//! - every change: a `State` method, then store `to_json(&state)`;
//! - `storage` event from another tab: `merge(&state, &migrate(&new_value)?)`, or
//!   `merge_older` when a version without per-field times wrote it (`migrate_versioned`,
//!   `stamps_per_field`);
//! - export: `export_json` / `export_csv`, then `state.mark_exported`; the action plan
//!   alone: `export_plan_csv` / `export_plan_ics`;
//! - import: `plan_import`, show the plan, then `import_as_new` or `import_into`.
//!
//! The app's `storage::browser` is that shell's one door to localStorage.

pub mod backup;
pub mod error;
pub mod exchange;
pub mod game;
pub mod merge;
pub mod migrate;
pub mod plan;
pub mod plan_export;
mod read;
pub mod schema;
pub mod team;

pub use error::{Expected, Foreign, JsonKind, LoadError, Problem};
pub use exchange::{
    csv_cell, export_csv, export_json, export_json_by, plan_import, preview_merge, ImportPlan, ImportWarning,
    IncomingAssessment, MergePreview, TextChanges, CSV_SEPARATOR, FORMAT_NAME, FORMAT_VERSION, MAX_IMPORT_BYTES,
};
pub use merge::{merge, merge_older};
pub use migrate::{migrate, migrate_versioned, stamps_per_field, to_json};
pub use plan::{Action, Actions, NewAction, Purpose, Status};
pub use plan_export::{export_plan_csv, export_plan_ics, PlanLabels};
pub use read::{export_fields, MAX_TIME};
pub use schema::{
    check_name, Ambition, Ambitions, Assessment, OpError, Snapshot, SnapshotRefusal, State, NAME_MAX_CHARS,
    SCHEMA_VERSION,
};
