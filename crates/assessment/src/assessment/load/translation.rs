//! Reads `corpus/zelfevaluatie.en.toml`, the English texts of the model, and puts them
//! into a loaded Dutch [`Model`] (host only: the build script and tests).
//!
//! The translation is keyed by the Dutch model's ids and holds only words: ids, the order
//! of levels and statements, and every source with its quote stay as the Dutch model has
//! them. Answers are stored by id, so a statement left untranslated would be asked in
//! Dutch and a stray id would translate nothing; both stop the build, as do an empty text,
//! a chart label too long for the chart and an unknown key (a typo would silently keep the
//! Dutch text). Errors read `file:line: problem`, like the model reader's.
//!
//! In a build script, after the Dutch model has loaded (the file also wants a
//! `cargo:rerun-if-changed`):
//!
//! ```ignore
//! let model = load::load_file(&model_path, &corpus)?;
//! let model = load::translation::apply_file(model, Path::new("corpus/zelfevaluatie.en.toml"))?;
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::{clean, line_of, SHORT_NAME_MAX_CHARS};
use crate::assessment::model::Model;
use digiwijzer_corpus::model::Text;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    title: Spanned<String>,
    intro: Spanned<String>,
    // Spans are not kept for tables made only by their sub-tables' headers
    // (`[levels.beginnend]`), so these two have none of their own.
    levels: BTreeMap<String, Spanned<RawLevel>>,
    dimensions: BTreeMap<String, Spanned<RawDimension>>,
    statements: Spanned<BTreeMap<String, Spanned<String>>>,
    #[serde(default)]
    retired: Option<Spanned<BTreeMap<String, Spanned<String>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLevel {
    name: Spanned<String>,
    description: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDimension {
    name: Spanned<String>,
    /// The chart label; without it the chart shows `name`, as with the Dutch `kort`.
    short: Option<Spanned<String>>,
    description: Spanned<String>,
}

/// Reads the translation file and puts its texts into `model`, the Dutch model as
/// [`super::load_file`] returned it.
///
/// Returns every problem found, each as `file:line: problem` (the file as `path` names it).
pub fn apply_file(model: Model, path: &Path) -> Result<Model, Vec<String>> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| vec![format!("{name}: cannot read: {e}")])?;
    apply_str(model, &name, &text)
}

/// Parses translation text and puts its texts into `model`; `file` only names it in
/// error messages. Returns every problem found, each as `file:line: problem`.
pub fn apply_str(model: Model, file: &str, text: &str) -> Result<Model, Vec<String>> {
    let raw: RawTranslation = toml::from_str(text).map_err(|e| {
        let at = e.span().map(|s| format!(":{}", line_of(text, s.start))).unwrap_or_default();
        vec![format!("{file}{at}: {}", e.message().trim())]
    })?;
    let mut t = Translator { file, text, errors: Vec::new() };
    let model = t.model(model, raw);
    if t.errors.is_empty() {
        Ok(model)
    } else {
        Err(t.errors)
    }
}

struct Translator<'a> {
    file: &'a str,
    text: &'a str,
    errors: Vec<String>,
}

/// One table of texts keyed by id, with where it starts (for an id it lacks).
struct Table<V> {
    name: &'static str,
    /// `None` when the file has no such table at all.
    start: Option<usize>,
    entries: BTreeMap<String, (usize, V)>,
}

impl<V> Table<V> {
    fn new(name: &'static str, start: Option<usize>, raw: BTreeMap<String, Spanned<V>>) -> Self {
        let entries = raw.into_iter().map(|(k, v)| (k, (v.span().start, v.into_inner()))).collect();
        Table { name, start, entries }
    }

    fn spanned(name: &'static str, raw: Spanned<BTreeMap<String, Spanned<V>>>) -> Self {
        let start = raw.span().start;
        Self::new(name, Some(start), raw.into_inner())
    }
}

impl Translator<'_> {
    fn error(&mut self, at: usize, message: String) {
        let line = line_of(self.text, at);
        self.errors.push(format!("{}:{line}: {message}", self.file));
    }

    /// The English text for `key`, cleaned as the Dutch texts are; the Dutch one if empty
    /// (after saying so), so one problem does not hide the next.
    fn text(&mut self, raw: Spanned<String>, key: &str, dutch: &Text) -> Text {
        let at = raw.span().start;
        self.text_at(raw.into_inner(), at, key, dutch)
    }

    fn text_at(&mut self, raw: String, at: usize, key: &str, dutch: &Text) -> Text {
        let value = clean(raw);
        if value.is_empty() {
            self.error(at, format!("`{key}` is empty (give the English text)"));
            return dutch.clone();
        }
        value
    }

    /// Takes the entry for every Dutch id out of `table`, saying which are missing; what
    /// is left afterwards is unknown to the Dutch model.
    fn take<V>(&mut self, table: &mut Table<V>, id: &str, what: &str) -> Option<(usize, V)> {
        let entry = table.entries.remove(id);
        if entry.is_none() {
            let message =
                format!("[{}] has no `{id}`: every {what} of the Dutch model needs its English text", table.name);
            match table.start {
                Some(at) => self.error(at, message),
                None => self.errors.push(format!("{}: {message}", self.file)),
            }
        }
        entry
    }

    fn unknown<V>(&mut self, table: Table<V>, what: &str) {
        let name = table.name;
        for (id, (at, _)) in table.entries {
            self.error(
                at,
                format!("[{name}] `{id}` is not a {what} id of the Dutch model (check the spelling, or remove it)"),
            );
        }
    }

    fn model(&mut self, mut model: Model, raw: RawTranslation) -> Model {
        model.title = self.text(raw.title, "title", &model.title);
        model.intro = self.text(raw.intro, "intro", &model.intro);

        let mut levels = Table::new("levels", None, raw.levels);
        for level in model.levels.to_mut() {
            if let Some((_, raw)) = self.take(&mut levels, &level.id, "level") {
                level.name = self.text(raw.name, &format!("levels.{}.name", level.id), &level.name);
                level.description =
                    self.text(raw.description, &format!("levels.{}.description", level.id), &level.description);
            }
        }
        self.unknown(levels, "level");

        let mut dimensions = Table::new("dimensions", None, raw.dimensions);
        let mut statements = Table::spanned("statements", raw.statements);
        for dimension in model.dimensions.to_mut() {
            let id = dimension.id.to_string();
            if let Some((_, raw)) = self.take(&mut dimensions, &id, "dimension") {
                let name_at = raw.name.span().start;
                dimension.name = self.text(raw.name, &format!("dimensions.{id}.name"), &dimension.name);
                let (short, short_at) = match raw.short {
                    Some(short) => {
                        let short_at = short.span().start;
                        (self.text(short, &format!("dimensions.{id}.short"), &dimension.short_name), short_at)
                    }
                    None => (dimension.name.clone(), name_at),
                };
                if short.chars().count() > SHORT_NAME_MAX_CHARS {
                    self.error(
                        short_at,
                        format!(
                            "dimension `{id}`: the chart label `{short}` is longer than {SHORT_NAME_MAX_CHARS} characters; give a shorter `short`"
                        ),
                    );
                }
                dimension.short_name = short;
                dimension.description =
                    self.text(raw.description, &format!("dimensions.{id}.description"), &dimension.description);
            }
            for statement in dimension.statements.to_mut() {
                if let Some((at, raw)) = self.take(&mut statements, &statement.id, "statement") {
                    let key = format!("statements.\"{}\"", statement.id);
                    statement.text = self.text_at(raw, at, &key, &statement.text);
                }
            }
        }
        self.unknown(dimensions, "dimension");
        self.unknown(statements, "statement");

        let mut retired = match raw.retired {
            Some(table) => Table::spanned("retired", table),
            None => Table { name: "retired", start: None, entries: BTreeMap::new() },
        };
        for old in model.retired.to_mut() {
            if let Some((at, raw)) = self.take(&mut retired, &old.id, "retired statement") {
                let key = format!("retired.\"{}\"", old.id);
                old.text = self.text_at(raw, at, &key, &old.text);
            }
        }
        self.unknown(retired, "retired statement");
        model
    }
}
