//! Who is quoted, in which role, at what kind of organisation.
//!
//! Tip pages give one line per quote: "Projectleider Direct Duidelijk, gemeente Den Haag".
//! The organisation usually starts at a keyword (gemeente, provincie, waterschap, …);
//! what the text cannot settle ("Wethouder Pijnacker-Nootdorp") is written down in the
//! people sidecar, `corpus/people.toml`, which also overrides the keywords.

use super::error::{from_toml, line_at, quote, CorpusError};
use crate::model::{Attribution, OrgType};
use crate::text::{fold, slugify};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use toml::Spanned;

/// Words that start an organisation's name, and the kind of organisation they imply.
const ORGANISATIONS: &[(&str, OrgType)] = &[
    ("gemeente", OrgType::Gemeente),
    ("provincie", OrgType::Provincie),
    ("hoogheemraadschap", OrgType::Waterschap),
    ("waterschap", OrgType::Waterschap),
    ("wetterskip", OrgType::Waterschap),
    ("ministerie", OrgType::Rijk),
    ("rijksoverheid", OrgType::Rijk),
    ("rijkswaterstaat", OrgType::Rijk),
    ("belastingdienst", OrgType::Rijk),
    ("logius", OrgType::Rijk),
    ("uwv", OrgType::Rijk),
];

/// Words that mark a company anywhere in an organisation's name.
const COMPANY_MARKS: &[&str] = &["b.v.", "bv", "n.v.", "nv", "verzekeringen", "bank", "consultancy", "adviesbureau"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    role: Option<String>,
    organisation: Option<String>,
    org_type: Option<Spanned<String>>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Entry {
    role: Option<String>,
    organisation: Option<String>,
    org_type: Option<OrgType>,
    line: usize,
}

/// The people sidecar: per name, what overrides the role line of that person's quotes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct People {
    file: String,
    entries: BTreeMap<String, Entry>,
}

/// Reads `people.toml`: `["Full Name"]` tables with `role`, `organisation`, `org_type`.
pub fn read_people(file: &str, text: &str) -> Result<People, Vec<CorpusError>> {
    let raw: BTreeMap<Spanned<String>, RawEntry> = toml::from_str(text).map_err(|e| vec![from_toml(file, text, &e)])?;
    let mut errors = Vec::new();
    let mut entries = BTreeMap::new();
    for (name, raw) in raw {
        let line = line_at(text, name.span().start);
        let org_type = raw.org_type.as_ref().and_then(|t| {
            let found = OrgType::from_id(t.get_ref());
            if found.is_none() {
                let message = format!(
                    "expected org_type gemeente, provincie, waterschap, rijk, bedrijf or anders, found {}",
                    quote(t.get_ref())
                );
                errors.push(CorpusError::new(file, line_at(text, t.span().start), message));
            }
            found
        });
        entries.insert(name.into_inner(), Entry { role: raw.role, organisation: raw.organisation, org_type, line });
    }
    if errors.is_empty() {
        Ok(People { file: file.to_string(), entries })
    } else {
        Err(errors)
    }
}

impl People {
    /// The attribution for `name` quoted with `role_line` (the text before "Meer tips van").
    pub fn attribution(&self, name: &str, role_line: &str) -> Attribution {
        let (role, organisation) = split_role(role_line);
        let entry = self.entries.get(name).cloned().unwrap_or_default();
        let role = entry.role.or(role);
        let organisation = entry.organisation.or(organisation);
        let guessed = organisation.as_deref().map_or_else(|| org_type_of(role_line), org_type_of);
        Attribution {
            person: Cow::Owned(slugify(name)),
            name: Cow::Owned(name.to_string()),
            role: role.map(Cow::Owned),
            organisation: organisation.map(Cow::Owned),
            org_type: entry.org_type.unwrap_or(guessed),
        }
    }

    /// Entries for people no document quotes: a stale sidecar.
    pub fn unused(&self, quoted: &BTreeSet<String>) -> Vec<CorpusError> {
        let stale = self.entries.iter().filter(|(name, _)| !quoted.contains(*name));
        stale
            .map(|(name, e)| {
                CorpusError::new(
                    &self.file,
                    e.line,
                    format!("{} is quoted in no document (check the spelling)", quote(name)),
                )
            })
            .collect()
    }
}

/// Splits "Teamleider Informatie provincie Overijssel" into role and organisation, at the
/// first organisation keyword. Without a keyword the whole line is the role.
pub fn split_role(line: &str) -> (Option<String>, Option<String>) {
    let line = line.trim();
    let mut offset = 0;
    for word in line.split_inclusive(char::is_whitespace) {
        let bare = fold(word.trim()).trim_matches(|c: char| !c.is_alphanumeric()).to_string();
        if ORGANISATIONS.iter().any(|(keyword, _)| *keyword == bare) {
            let role = line[..offset].trim().trim_end_matches(',').trim();
            let organisation = line[offset..].trim();
            return (non_empty(role), non_empty(organisation));
        }
        offset += word.len();
    }
    (non_empty(line), None)
}

/// The kind of organisation a name (or, lacking one, a role line) points to.
pub fn org_type_of(text: &str) -> OrgType {
    let folded = fold(text);
    let words: Vec<&str> = folded.split(|c: char| c.is_whitespace() || c == ',').collect();
    if let Some((_, kind)) = ORGANISATIONS.iter().find(|(keyword, _)| words.contains(keyword)) {
        return *kind;
    }
    if words.iter().any(|w| COMPANY_MARKS.contains(w)) {
        return OrgType::Bedrijf;
    }
    OrgType::Anders
}

fn non_empty(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(line: &str) -> (Option<String>, Option<String>) {
        split_role(line)
    }

    fn s(text: &str) -> Option<String> {
        Some(text.to_string())
    }

    #[test]
    fn splits_role_from_organisation_at_the_organisation_keyword() {
        assert_eq!(
            split("Projectleider Direct Duidelijk, gemeente Den Haag"),
            (s("Projectleider Direct Duidelijk"), s("gemeente Den Haag"))
        );
        assert_eq!(
            split("Beleidsmedewerker Digitale dienstverlening Gemeente Zeewolde"),
            (s("Beleidsmedewerker Digitale dienstverlening"), s("Gemeente Zeewolde"))
        );
        assert_eq!(split("Gemeente Zeewolde"), (None, s("Gemeente Zeewolde")));
        assert_eq!(split("Lead consultant, managing partner"), (s("Lead consultant, managing partner"), None));
        assert_eq!(split("Beleidsadviseur gemeentelijke zaken"), (s("Beleidsadviseur gemeentelijke zaken"), None));
    }

    #[test]
    fn derives_the_kind_of_organisation() {
        assert_eq!(org_type_of("Hoogheemraadschap Hollands Noorderkwartier"), OrgType::Waterschap);
        assert_eq!(org_type_of("provincie Overijssel"), OrgType::Provincie);
        assert_eq!(org_type_of("Ministerie van BZK"), OrgType::Rijk);
        assert_eq!(org_type_of("Acme B.V."), OrgType::Bedrijf);
        assert_eq!(org_type_of("Lead consultant, managing partner"), OrgType::Anders);
    }

    #[test]
    fn the_sidecar_overrides_what_the_text_suggests() {
        let people = read_people(
            "p.toml",
            "[\"Jan Jansen\"]\nrole = \"Wethouder\"\norganisation = \"gemeente X\"\norg_type = \"gemeente\"\n",
        )
        .unwrap();
        let a = people.attribution("Jan Jansen", "Wethouder X");
        assert_eq!(
            (a.role.as_deref(), a.organisation.as_deref(), a.org_type),
            (Some("Wethouder"), Some("gemeente X"), OrgType::Gemeente)
        );
        assert_eq!(a.person, "jan-jansen");
        assert!(people.unused(&BTreeSet::new())[0]
            .to_string()
            .starts_with("p.toml:1: `Jan Jansen` is quoted in no document"));
        let error = read_people("p.toml", "[\"Jan\"]\norg_type = \"stad\"\n").unwrap_err();
        assert!(error[0].to_string().starts_with("p.toml:2: expected org_type"));
    }
}
