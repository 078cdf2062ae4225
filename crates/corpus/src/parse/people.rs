//! Who is quoted, in which role, at what kind of organisation.
//!
//! Tip pages give one line per quote: "Projectleider Direct Duidelijk, gemeente Den Haag".
//! The organisation usually starts at a keyword (gemeente, provincie, waterschap, …);
//! what the text cannot settle ("Wethouder Pijnacker-Nootdorp") is written down in the
//! people sidecar, `corpus/people.toml`, which also overrides the keywords. The sidecar
//! also settles a name the sources spell in more than one way: its key is the spelling
//! shown, and `variants` the others, which still lead to that person.

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
    #[serde(default)]
    variants: Vec<Spanned<String>>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Entry {
    role: Option<String>,
    organisation: Option<String>,
    org_type: Option<OrgType>,
    /// Other spellings the sources print, each with the line that declares it.
    variants: Vec<(String, usize)>,
    line: usize,
}

/// The people sidecar: per name, what overrides the role line of that person's quotes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct People {
    file: String,
    entries: BTreeMap<String, Entry>,
    /// Each declared variant and the name it is a spelling of.
    variant_of: BTreeMap<String, String>,
}

/// Reads `people.toml`: `["Full Name"]` tables with `role`, `organisation`, `org_type`
/// and `variants`.
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
        let variants = raw.variants.iter().map(|v| (v.get_ref().trim().to_string(), line_at(text, v.span().start)));
        let entry =
            Entry { role: raw.role, organisation: raw.organisation, org_type, variants: variants.collect(), line };
        entries.insert(name.into_inner(), entry);
    }
    let mut variant_of: BTreeMap<String, String> = BTreeMap::new();
    // In file order, so a spelling declared twice is reported where it comes again.
    let mut in_order: Vec<(&String, &Entry)> = entries.iter().collect();
    in_order.sort_by_key(|(_, e)| e.line);
    for (name, entry) in in_order {
        for (variant, line) in &entry.variants {
            let problem = || {
                if variant.is_empty() {
                    return Some(format!("expected a spelling of {} in `variants`, found an empty one", quote(name)));
                }
                if variant == name {
                    return Some(format!(
                        "{} is the name itself: `variants` lists the other spellings",
                        quote(variant)
                    ));
                }
                if let Some(other) = entries.get(variant) {
                    return Some(format!(
                        "{} has an entry of its own at line {}: one spelling belongs to one person",
                        quote(variant),
                        other.line
                    ));
                }
                variant_of.get(variant).map(|other| {
                    format!(
                        "{} is already a variant of {}: one spelling belongs to one person",
                        quote(variant),
                        quote(other)
                    )
                })
            };
            match problem() {
                Some(message) => errors.push(CorpusError::new(file, *line, message)),
                None => {
                    variant_of.insert(variant.clone(), name.clone());
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(People { file: file.to_string(), entries, variant_of })
    } else {
        Err(errors)
    }
}

impl People {
    /// The attribution for `name` quoted with `role_line` (the text before "Meer tips van").
    /// A name in a variant's spelling is shown in the spelling its entry is under.
    pub fn attribution(&self, name: &str, role_line: &str) -> Attribution {
        let (role, organisation) = split_role(role_line);
        let name = self.spelled(name);
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

    /// The name to show for `printed`: its entry's when it is a declared variant.
    pub fn spelled<'a>(&'a self, printed: &'a str) -> &'a str {
        self.variant_of.get(printed).map_or(printed, String::as_str)
    }

    /// The other spellings declared for `name`, in the order of the file.
    pub fn variants<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a str> + 'a {
        let variants = self.entries.get(name).map_or(&[][..], |e| &e.variants[..]);
        variants.iter().map(|(v, _)| v.as_str())
    }

    /// For a name with variants: that name and its variants, the spellings a document
    /// quoting them must print. Nothing for a name without.
    pub fn spellings<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        let mut variants = self.variants(name).peekable();
        let name = variants.peek().is_some().then_some(name);
        name.into_iter().chain(variants)
    }

    /// Spellings that no document quoting their person prints: a variant, or a name with
    /// variants, that the text gives no evidence for. (That no document quotes a name at
    /// all is said by [`People::unused`].)
    pub fn unprinted(&self, quoted: &BTreeSet<String>, printed: &BTreeSet<String>) -> Vec<CorpusError> {
        let mut errors = Vec::new();
        for (name, entry) in self.entries.iter().filter(|(_, e)| !e.variants.is_empty()) {
            if quoted.contains(name) && !printed.contains(name) {
                let message = format!(
                    "{} has `variants`, but no document that quotes them prints this spelling: copy the name exactly from the text",
                    quote(name)
                );
                errors.push(CorpusError::new(&self.file, entry.line, message));
            }
            for (variant, line) in entry.variants.iter().filter(|(v, _)| !printed.contains(v)) {
                let message = format!(
                    "variant {} of {} is printed in no document that quotes them: copy it exactly from the text, or remove it",
                    quote(variant),
                    quote(name)
                );
                errors.push(CorpusError::new(&self.file, *line, message));
            }
        }
        errors
    }

    /// Variants whose link (`#/persoon/<slug>`) would be another person's: a page of
    /// someone quoted (`people`, slug and name), or another person's variant.
    pub fn clashing<'a>(&self, people: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<CorpusError> {
        let mut owners: BTreeMap<String, String> =
            people.map(|(slug, name)| (slug.to_string(), name.to_string())).collect();
        let mut errors = Vec::new();
        for (name, entry) in &self.entries {
            for (variant, line) in &entry.variants {
                let slug = slugify(variant);
                match owners.get(&slug) {
                    Some(owner) if owner != name => {
                        let message = format!(
                            "variant {} of {} would link to `#/persoon/{slug}`, which is {}'s: one link belongs to one person",
                            quote(variant),
                            quote(name),
                            quote(owner)
                        );
                        errors.push(CorpusError::new(&self.file, *line, message));
                    }
                    Some(_) => {}
                    None => {
                        owners.insert(slug, name.clone());
                    }
                }
            }
        }
        errors
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

    #[test]
    fn a_variant_is_another_spelling_of_one_person() {
        let errors = |text: &str| -> Vec<String> {
            read_people("p.toml", text).unwrap_err().iter().map(ToString::to_string).collect()
        };
        assert_eq!(
            errors("[\"Jan Jansen\"]\nvariants = [\"Jan Jansen\"]\n"),
            ["p.toml:2: `Jan Jansen` is the name itself: `variants` lists the other spellings"]
        );
        assert_eq!(
            errors("[\"Jan Jansen\"]\nvariants = [\" \"]\n"),
            ["p.toml:2: expected a spelling of `Jan Jansen` in `variants`, found an empty one"]
        );
        assert_eq!(
            errors("[\"Jan Jansen\"]\nvariants = [\"Jan Janssen\"]\n[\"Jan Janssen\"]\nrole = \"Adviseur\"\n"),
            ["p.toml:2: `Jan Janssen` has an entry of its own at line 3: one spelling belongs to one person"]
        );
        assert_eq!(
            errors("[\"Jan Jansen\"]\nvariants = [\"J. Jansen\"]\n[\"Jan Janse\"]\nvariants = [\"J. Jansen\"]\n"),
            ["p.toml:4: `J. Jansen` is already a variant of `Jan Jansen`: one spelling belongs to one person"]
        );

        let people = read_people("p.toml", "[\"Jan Janssen\"]\nvariants = [\"Jan-Jansen\", \"Jan Jansen\"]\n").unwrap();
        let a = people.attribution("Jan-Jansen", "Adviseur, gemeente Utrecht");
        assert_eq!((&*a.person, &*a.name), ("jan-janssen", "Jan Janssen"));
        assert_eq!(people.spellings("Jan Janssen").collect::<Vec<_>>(), ["Jan Janssen", "Jan-Jansen", "Jan Jansen"]);
        assert_eq!(people.spellings("Piet").count(), 0, "no variants, nothing to check");
        // Both variants would link to `#/persoon/jan-jansen`: fine for one person, not when
        // that is someone else's page.
        assert!(people.clashing([("jan-janssen", "Jan Janssen")].into_iter()).is_empty());
        let clash = people.clashing([("jan-jansen", "Jan Jansen")].into_iter());
        assert!(clash[0].to_string().starts_with("p.toml:2: variant `Jan-Jansen` of `Jan Janssen` would link to `#/persoon/jan-jansen`, which is `Jan Jansen`'s"), "{clash:?}");
    }
}
