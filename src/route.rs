//! Hash routes: what the part of the URL after `#` means.
//!
//! We route on the hash, not the path, because Digiwijzer must run from any folder of
//! any plain static server (an intranet share, `/intranet/digiwijzer/`) with no rewrite
//! rules and no rebuild: the server only ever sees `index.html`, so a reload or a shared
//! deep link can never 404. Pre-generated pages would need the base path at build time.
//!
//! Everything here is pure, so the URL format is tested natively. URL text comes from
//! outside (bookmarks, shared links): parsing never fails, it falls back and reports
//! what it ignored.

use crate::corpus::{Corpus, Kind, OrgType};
use crate::search::{FacetKey, Filter, Query};

/// One screen of the app, with the state the URL carries for it.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Route {
    /// The tip list with its search query and facet filters.
    #[default]
    Home,
    List(ListParams),
    /// A document, optionally scrolled to an example or section anchor.
    Read {
        doc: String,
        anchor: Option<String>,
    },
    /// Everything one person is quoted saying.
    Person(String),
    /// One of the self-assessment's screens.
    Assessment(AssessmentScreen),
    /// One statement on the self-assessment's checklist, brought into view: where a tip
    /// links to the statements that rest on it. The checklist opens its dimension.
    Statement(String),
    /// The checklist showing one dimension (by id): it is worked one dimension at a time.
    Dimension(String),
    /// The action plan with a new action's form filled in from where the user came from.
    NewAction(ActionFor),
    /// The accessibility statement ("toegankelijkheidsverklaring").
    Accessibility,
    /// A URL that matches nothing: shown as a friendly "not found" page, on the page
    /// whose part of the URL it is under.
    NotFound(String),
}

/// The self-assessment's screens, by the path after `#/zelfevaluatie`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssessmentScreen {
    Checklist,
    Results,
    Plan,
    Game,
    Team,
    Manage,
    Exchange,
}

impl AssessmentScreen {
    /// In the order of the self-assessment's menu.
    pub const ALL: [AssessmentScreen; 7] = [
        AssessmentScreen::Checklist,
        AssessmentScreen::Results,
        AssessmentScreen::Plan,
        AssessmentScreen::Game,
        AssessmentScreen::Team,
        AssessmentScreen::Manage,
        AssessmentScreen::Exchange,
    ];

    /// The path segment after `#/zelfevaluatie`; the checklist has none.
    fn segment(self) -> Option<&'static str> {
        match self {
            AssessmentScreen::Checklist => None,
            AssessmentScreen::Results => Some("resultaten"),
            AssessmentScreen::Plan => Some(PLAN),
            AssessmentScreen::Game => Some("spel"),
            AssessmentScreen::Team => Some("team"),
            AssessmentScreen::Manage => Some("beheer"),
            AssessmentScreen::Exchange => Some("bestand"),
        }
    }
}

/// What a new action is made from. The ids come from a link, so the plan screen checks
/// them against the model before it fills in anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActionFor {
    /// A statement answered nee or deels, or one a recommendation names.
    Statement(String),
    /// A tip or article (its slug), from its page.
    Tip(String),
}

/// The HTML pages Digiwijzer ships as. The self-assessment is a page of its own, so the
/// tip list (what most visitors open) loads without the assessment's code; both pages
/// understand every route and send a route that belongs to the other page there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Tips,
    Assessment,
}

impl Page {
    /// The page a route is shown on.
    pub fn of(route: &Route) -> Page {
        match route {
            Route::Assessment(_) | Route::Statement(_) | Route::Dimension(_) | Route::NewAction(_) => Page::Assessment,
            Route::NotFound(raw) if raw.trim_start_matches('/').split('/').next() == Some(ASSESSMENT) => {
                Page::Assessment
            }
            _ => Page::Tips,
        }
    }

    /// The page's address relative to its folder, so any deployment folder works; the
    /// English build links to the English pages.
    pub fn file(self) -> &'static str {
        if cfg!(feature = "en") {
            self.file_in(Language::En)
        } else {
            self.file_in(Language::Nl)
        }
    }

    /// The page's address in `language`, relative to its folder.
    pub fn file_in(self, language: Language) -> &'static str {
        match (self, language) {
            (Page::Tips, Language::Nl) => "./",
            (Page::Assessment, Language::Nl) => "zelfevaluatie.html",
            (Page::Tips, Language::En) => "english.html",
            (Page::Assessment, Language::En) => "self-assessment.html",
        }
    }
}

/// The interface's language. Each page is built in one (the `en` feature builds the
/// English pages); routes are the same in both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Language {
    Nl,
    En,
}

impl Language {
    /// The language this page was built in.
    pub const fn current() -> Language {
        if cfg!(feature = "en") {
            Language::En
        } else {
            Language::Nl
        }
    }

    pub fn other(self) -> Language {
        match self {
            Language::Nl => Language::En,
            Language::En => Language::Nl,
        }
    }

    /// The BCP 47 tag, for `lang` and `hreflang`, and the stored preference.
    pub fn code(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::En => "en",
        }
    }

    /// A stored or linked language: `nl` or `en`, in any case, with or without a region;
    /// anything else is none.
    pub fn from_code(code: &str) -> Option<Language> {
        // A region (`en-GB`, `nl_NL`) changes nothing: there is one English and one Dutch.
        let primary = code.trim().split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "nl" => Some(Language::Nl),
            "en" => Some(Language::En),
            _ => None,
        }
    }

    /// The language a browser asks for on a first visit: English when its first language
    /// is English (`en`, `en-GB`), Dutch otherwise.
    pub fn of_browser(navigator_language: &str) -> Language {
        Language::from_code(navigator_language).unwrap_or(Language::Nl)
    }
}

/// Raw list state as it appears in the URL: parameter names are Dutch because users see them.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct ListParams {
    pub query: String,
    /// Repeated `key=value` pairs other than `q`, in URL order, values still
    /// unvalidated: the search layer knows which facet values exist.
    pub facets: Vec<(FacetKey, String)>,
}

/// A parsed route plus whatever in the URL we had to ignore, for a visible notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub route: Route,
    pub ignored: Vec<Ignored>,
}

/// A part of a link that was left out; the UI says which, in a notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ignored {
    /// A parameter the list does not know (`utm_source`), as the link spelled it.
    Parameter(String),
    /// A filter value that does not exist (any more): a renamed theme, a mistyped person.
    FilterValue { key: FacetKey, value: String },
    /// A `taal=` or `lang=` in the query string that names no language (`fr`): the page
    /// shows in its own language.
    Language(String),
    /// An `embed=` in the query string that names no embed mode (`ja`): the page is not
    /// embedded.
    Embed(String),
}

/// Writes the query string of a link to another page onto `out`, which holds that
/// page's address: an embedded copy stays embedded the same way (`embed` is the value of
/// `?embed=`), and a language asked for by a link is asked for again (see
/// `ui/language.rs`, `linked`).
pub fn push_carried_query(out: &mut String, embed: Option<&str>, language: Option<Language>) {
    let mut first = true;
    for (key, value) in [("embed=", embed), ("taal=", language.map(Language::code))] {
        if let Some(value) = value {
            out.push(if first { '?' } else { '&' });
            out.push_str(key);
            out.push_str(value);
            first = false;
        }
    }
}

/// The `embed=` value of a frame of fixed height, which nobody resizes (see `ui/embed.rs`).
pub const EMBED_FIXED: &str = "vast";
/// The values of `embed=` that turn on embed mode.
pub const EMBED_MODES: [&str; 2] = ["1", EMBED_FIXED];

/// What the page's query string (before the `#`, `location.search`) asks of the app.
/// One reader for the language, the embed mode and the notice, so they never disagree.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Asked {
    /// `taal=en|nl`, or `lang=` (any case): the first that names a known language.
    pub language: Option<Language>,
    /// `embed=`: the first that names one of [`EMBED_MODES`].
    pub embed: Option<&'static str>,
    /// A `taal=`, `lang=` or `embed=` whose value names nothing the app knows. The page
    /// does without it, and the notice says so, since someone made the link to ask for
    /// it and can mend it.
    ///
    /// Every other key stays unreported, unlike an unknown key in the hash: the query
    /// string is shared with whoever links to or hosts the page (`utm_source` from a mail
    /// campaign, an intranet's own parameters), so a key the app does not know is not
    /// addressed to it.
    pub ignored: Vec<Ignored>,
}

impl Asked {
    /// Never fails: a value it cannot use is in `ignored`.
    pub fn parse(search: &str) -> Asked {
        let mut asked = Asked::default();
        let mut unknown_embed = Vec::new();
        for pair in search.trim_start_matches('?').split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            // Matched as the notice shows them, so it never says it does not know what it
            // then names (`%65n` is `en`).
            let (key, value) = (decode(key), decode(value));
            match key.as_str() {
                "taal" | "lang" => match Language::from_code(&value) {
                    Some(language) => {
                        asked.language.get_or_insert(language);
                    }
                    None => asked.ignored.push(Ignored::Language(value)),
                },
                "embed" => match EMBED_MODES.into_iter().find(|mode| *mode == value) {
                    Some(mode) => {
                        asked.embed.get_or_insert(mode);
                    }
                    None => unknown_embed.push(Ignored::Embed(value)),
                },
                _ => {}
            }
        }
        // The notice says the page is not embedded: only true when no value was usable.
        if asked.embed.is_none() {
            asked.ignored.extend(unknown_embed);
        }
        asked
    }
}

/// The path of the self-assessment's screens.
const ASSESSMENT: &str = "zelfevaluatie";
/// The path segment, under the self-assessment, of one statement.
const STATEMENT: &str = "stelling";
const DIMENSION: &str = "onderwerp";
/// The path segment of the action plan, and of a new action under it.
const PLAN: &str = "actieplan";
const NEW: &str = "nieuw";
const TIP: &str = "tip";

/// A facet's parameter name in the URL: Dutch, because users see it.
pub fn facet_param(key: FacetKey) -> &'static str {
    match key {
        FacetKey::Kind => "soort",
        FacetKey::Theme => "thema",
        FacetKey::Toptip => "toptip",
        FacetKey::OrgType => "org",
        FacetKey::Person => "persoon",
    }
}

fn facet_key(param: &str) -> Option<FacetKey> {
    FacetKey::ALL.into_iter().find(|&key| facet_param(key) == param)
}

/// Parses `location.hash` (with or without the leading `#`).
pub fn parse(hash: &str) -> Parsed {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
    let segments: Vec<String> = path.split('/').filter(|s| !s.is_empty()).map(decode).collect();
    let mut ignored = Vec::new();
    let params = parse_query(query);

    let route = match segments.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] if params.is_empty() => Route::Home,
        [] => {
            let mut list = ListParams::default();
            for (key, value) in params {
                if key == "q" {
                    list.query = value;
                } else if let Some(facet) = facet_key(&key) {
                    list.facets.push((facet, value));
                } else {
                    ignored.push(Ignored::Parameter(key));
                }
            }
            Route::List(list)
        }
        ["lees", doc] => Route::Read { doc: doc.to_string(), anchor: None },
        ["lees", doc, anchor] => Route::Read { doc: doc.to_string(), anchor: Some(anchor.to_string()) },
        ["persoon", slug] => Route::Person(slug.to_string()),
        [ASSESSMENT] => Route::Assessment(AssessmentScreen::Checklist),
        [ASSESSMENT, STATEMENT, id] => Route::Statement(id.to_string()),
        [ASSESSMENT, DIMENSION, id] => Route::Dimension(id.to_string()),
        [ASSESSMENT, PLAN, NEW, STATEMENT, id] => Route::NewAction(ActionFor::Statement(id.to_string())),
        [ASSESSMENT, PLAN, NEW, TIP, doc] => Route::NewAction(ActionFor::Tip(doc.to_string())),
        [ASSESSMENT, segment] => AssessmentScreen::ALL
            .into_iter()
            .find(|screen| screen.segment() == Some(*segment))
            .map_or_else(|| Route::NotFound(hash.to_string()), Route::Assessment),
        ["toegankelijkheid"] => Route::Accessibility,
        _ => Route::NotFound(hash.to_string()),
    };
    Parsed { route, ignored }
}

impl Route {
    /// The canonical hash for this route, starting with `#/`.
    pub fn to_hash(&self) -> String {
        let mut out = String::new();
        self.push_hash(&mut out);
        out
    }

    /// [`Route::to_hash`], onto the end of `out`. Written piece by piece rather than
    /// formatted: every card of the list builds its links on every keystroke.
    pub fn push_hash(&self, out: &mut String) {
        let start = out.len();
        out.push_str("#/");
        match self {
            Route::Home => {}
            Route::List(list) => {
                let mut first = true;
                let mut pair = |key: &str, value: &str| {
                    out.push(if first { '?' } else { '&' });
                    out.push_str(key);
                    out.push('=');
                    encode_into(out, value);
                    first = false;
                };
                if !list.query.is_empty() {
                    pair("q", &list.query);
                }
                for key in FacetKey::ALL {
                    for (k, v) in &list.facets {
                        if *k == key {
                            pair(facet_param(key), v);
                        }
                    }
                }
            }
            Route::Read { doc, anchor } => {
                path(out, &["lees"], doc);
                if let Some(a) = anchor {
                    out.push('/');
                    encode_into(out, a);
                }
            }
            Route::Person(slug) => path(out, &["persoon"], slug),
            Route::Assessment(screen) => {
                out.push_str(ASSESSMENT);
                if let Some(segment) = screen.segment() {
                    out.push('/');
                    out.push_str(segment);
                }
            }
            Route::Statement(id) => path(out, &[ASSESSMENT, STATEMENT], id),
            Route::Dimension(id) => path(out, &[ASSESSMENT, DIMENSION], id),
            Route::NewAction(ActionFor::Statement(id)) => path(out, &[ASSESSMENT, PLAN, NEW, STATEMENT], id),
            Route::NewAction(ActionFor::Tip(doc)) => path(out, &[ASSESSMENT, PLAN, NEW, TIP], doc),
            Route::Accessibility => out.push_str("toegankelijkheid"),
            // As it came, after the `#`.
            Route::NotFound(raw) => {
                out.truncate(start + 1);
                out.push_str(raw);
            }
        }
    }
    /// The link to this route from a page. On the same page it is the bare hash, so
    /// following it never reloads; to the other page it names that page's file and
    /// carries what the query string asked for there (see [`push_carried_query`]).
    pub fn href_from(&self, from: Page, embed: Option<&str>, language: Option<Language>) -> String {
        let to = Page::of(self);
        if to == from {
            return self.to_hash();
        }
        let mut out = to.file().to_string();
        push_carried_query(&mut out, embed, language);
        self.push_hash(&mut out);
        out
    }

    /// The hash of a deep link into the corpus (`doc` or `doc#anchor`, as in citations).
    pub fn for_reference(reference: &str) -> Route {
        match reference.split_once('#') {
            Some((doc, anchor)) => Route::Read { doc: doc.to_string(), anchor: Some(anchor.to_string()) },
            None => Route::Read { doc: reference.to_string(), anchor: None },
        }
    }

    /// Whether the list screen shows for this route.
    pub fn is_list(&self) -> bool {
        matches!(self, Route::Home | Route::List(_))
    }

    /// The list parameters; empty for the bare home route.
    pub fn list_params(&self) -> Option<ListParams> {
        match self {
            Route::Home => Some(ListParams::default()),
            Route::List(list) => Some(list.clone()),
            _ => None,
        }
    }
}

impl ListParams {
    /// The search state these URL parameters ask for. Values the corpus does not know
    /// (a theme that was renamed, a mistyped person) are dropped and reported, so an old
    /// bookmark still opens a sensible list and says what it left out.
    pub fn to_query(&self, corpus: &Corpus) -> (Query, Vec<Ignored>) {
        let mut query = Query::text(self.query.clone());
        let mut ignored = Vec::new();
        for (key, value) in &self.facets {
            let known = match key {
                FacetKey::Kind => Kind::from_id(value).map(|k| query.kinds.insert(k)).is_some(),
                FacetKey::OrgType => OrgType::from_id(value).map(|o| query.org_types.insert(o)).is_some(),
                FacetKey::Toptip => {
                    query.toptip = true;
                    value == "1" || value == "ja"
                }
                FacetKey::Theme => {
                    corpus.documents.iter().any(|d| d.themes.iter().any(|t| t == value))
                        && query.themes.insert(value.clone()) | true
                }
                // An alias (an old spelling's slug) filters by the person it names.
                FacetKey::Person => corpus.person(value).map(|p| query.people.insert(p.slug.to_string())).is_some(),
            };
            if !known {
                if *key == FacetKey::Toptip {
                    query.toptip = false;
                }
                ignored.push(Ignored::FilterValue { key: *key, value: value.clone() });
            }
        }
        (query, ignored)
    }

    /// The URL parameters for a search state; the inverse of [`ListParams::to_query`].
    pub fn from_query(query: &Query) -> ListParams {
        let facets = query
            .filters()
            .into_iter()
            .map(|filter| {
                let value = match &filter {
                    Filter::Kind(kind) => kind.id().to_string(),
                    Filter::Theme(value) | Filter::Person(value) => value.clone(),
                    Filter::Toptip => "1".to_string(),
                    Filter::OrgType(org) => org.id().to_string(),
                };
                (filter.key(), value)
            })
            .collect();
        ListParams { query: query.text.clone(), facets }
    }
}

impl Route {
    /// The list route for a search state; the bare home route when nothing is asked.
    pub fn for_query(query: &Query) -> Route {
        if query.text.is_empty() && !query.has_filters() {
            Route::Home
        } else {
            Route::List(ListParams::from_query(query))
        }
    }
}

fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Percent-encodes everything but unreserved characters, so any query text survives
/// a round trip through the address bar, mail clients and chat apps.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    encode_into(&mut out, s);
    out
}

/// Fixed path segments, each followed by `/`, then `last` encoded, onto the end of `out`.
fn path(out: &mut String, segments: &[&str], last: &str) {
    for segment in segments {
        out.push_str(segment);
        out.push('/');
    }
    encode_into(out, last);
}

/// [`encode`], onto the end of `out`.
fn encode_into(out: &mut String, s: &str) {
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
}

/// Decodes `%XX` and `+`. Malformed escapes are kept literally and invalid UTF-8 is
/// replaced, because a mangled link should still open something sensible.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_stay_on_their_page_and_name_the_other_page_when_they_cross() {
        let tip = Route::Read { doc: "tip-17".into(), anchor: None };
        let checklist = Route::Assessment(AssessmentScreen::Checklist);
        assert_eq!(tip.href_from(Page::Tips, None, None), "#/lees/tip-17");
        assert_eq!(tip.href_from(Page::Assessment, None, None), "./#/lees/tip-17");
        assert_eq!(checklist.href_from(Page::Tips, None, None), "zelfevaluatie.html#/zelfevaluatie");
        assert_eq!(checklist.href_from(Page::Assessment, Some("1"), None), "#/zelfevaluatie");
        assert_eq!(Route::Home.href_from(Page::Assessment, Some("1"), None), "./?embed=1#/");
        assert_eq!(
            Route::Assessment(AssessmentScreen::Manage).href_from(Page::Tips, Some("1"), None),
            "zelfevaluatie.html?embed=1#/zelfevaluatie/beheer"
        );
        assert_eq!(checklist.href_from(Page::Tips, Some("vast"), None), "zelfevaluatie.html?embed=vast#/zelfevaluatie");
        // A language a link asked for is asked for again, so a browser that keeps nothing
        // stays in it; on the same page there is nothing to ask.
        assert_eq!(
            checklist.href_from(Page::Tips, None, Some(Language::Nl)),
            "zelfevaluatie.html?taal=nl#/zelfevaluatie"
        );
        assert_eq!(
            Route::Home.href_from(Page::Assessment, Some("vast"), Some(Language::Nl)),
            "./?embed=vast&taal=nl#/"
        );
        assert_eq!(tip.href_from(Page::Tips, Some("1"), Some(Language::Nl)), "#/lees/tip-17");
        assert_eq!(Page::of(&route("#/zelfevaluatie/resultaten")), Page::Assessment);
        assert_eq!(Page::of(&route("#/toegankelijkheid")), Page::Tips);
        assert_eq!(Page::of(&route("#/iets/anders")), Page::Tips);
    }

    #[test]
    fn every_assessment_screen_round_trips_and_an_unknown_one_is_not_found_on_that_page() {
        for screen in AssessmentScreen::ALL {
            assert_eq!(route(&Route::Assessment(screen).to_hash()), Route::Assessment(screen));
        }
        assert_eq!(Route::Assessment(AssessmentScreen::Results).to_hash(), "#/zelfevaluatie/resultaten");
        let statement = Route::Statement("eigenaarschap.b3".into());
        assert_eq!(statement.to_hash(), "#/zelfevaluatie/stelling/eigenaarschap.b3");
        let dimension = Route::Dimension("strategie".into());
        assert_eq!(dimension.to_hash(), "#/zelfevaluatie/onderwerp/strategie");
        assert_eq!(route(&dimension.to_hash()), dimension);
        assert_eq!(Page::of(&dimension), Page::Assessment);
        assert_eq!(route(&statement.to_hash()), statement);
        assert_eq!(
            statement.href_from(Page::Tips, None, None),
            "zelfevaluatie.html#/zelfevaluatie/stelling/eigenaarschap.b3"
        );
        for hash in ["#/zelfevaluatie/onzin", "#/zelfevaluatie/beheer/meer", "#/zelfevaluatie/actieplan/nieuw/iets/x"] {
            let parsed = route(hash);
            assert!(matches!(parsed, Route::NotFound(_)), "{hash} → {parsed:?}");
            assert_eq!(Page::of(&parsed), Page::Assessment, "{hash} is not found on the self-assessment page");
        }
    }

    #[test]
    fn a_new_action_link_names_its_statement_or_tip_and_opens_on_the_assessment_page() {
        let from_statement = Route::NewAction(ActionFor::Statement("eigenaarschap.b5".into()));
        assert_eq!(from_statement.to_hash(), "#/zelfevaluatie/actieplan/nieuw/stelling/eigenaarschap.b5");
        let from_tip = Route::NewAction(ActionFor::Tip("tip-17".into()));
        assert_eq!(
            from_tip.href_from(Page::Tips, None, None),
            "zelfevaluatie.html#/zelfevaluatie/actieplan/nieuw/tip/tip-17"
        );
        for r in [from_statement, from_tip] {
            assert_eq!(route(&r.to_hash()), r);
        }
        assert_eq!(route("#/zelfevaluatie/actieplan"), Route::Assessment(AssessmentScreen::Plan));
    }

    fn route(hash: &str) -> Route {
        parse(hash).route
    }

    #[test]
    fn empty_hash_is_home() {
        assert_eq!(route(""), Route::Home);
        assert_eq!(route("#"), Route::Home);
        assert_eq!(route("#/"), Route::Home);
    }

    #[test]
    fn list_state_round_trips_through_the_url() {
        let list = Route::List(ListParams {
            query: "bestuur & één".into(),
            facets: vec![(FacetKey::Theme, "commitment".into()), (FacetKey::Kind, "tip".into())],
        });
        let hash = list.to_hash();
        assert_eq!(hash, "#/?q=bestuur+%26+%C3%A9%C3%A9n&soort=tip&thema=commitment");
        let back = route(&hash);
        let Route::List(params) = back else { panic!("expected a list route, got {back:?}") };
        assert_eq!(params.query, "bestuur & één");
        assert!(params.facets.contains(&(FacetKey::Theme, "commitment".into())));
    }

    #[test]
    fn deep_links_to_documents_examples_and_people() {
        assert_eq!(route("#/lees/tip-17"), Route::Read { doc: "tip-17".into(), anchor: None });
        assert_eq!(
            route("#/lees/tip-17/bestuurlijke-dekking"),
            Route::Read { doc: "tip-17".into(), anchor: Some("bestuurlijke-dekking".into()) }
        );
        assert_eq!(route("#/persoon/carolien-nicolai"), Route::Person("carolien-nicolai".into()));
        assert_eq!(Route::for_reference("tip-76#onderzoek").to_hash(), "#/lees/tip-76/onderzoek");
    }

    #[test]
    fn unknown_parameters_are_ignored_and_reported() {
        let parsed = parse("#/?q=test&utm_source=mail");
        assert_eq!(parsed.ignored, [Ignored::Parameter("utm_source".into())]);
        assert_eq!(parsed.route, Route::List(ListParams { query: "test".into(), facets: vec![] }));
    }

    fn corpus() -> Corpus {
        use crate::corpus::*;
        use std::borrow::Cow;
        let doc = Document {
            slug: "tip-1".into(),
            source: "x.txt".into(),
            kind: Kind::Tip,
            number: Some(1),
            title: "T".into(),
            toptip: true,
            themes: Cow::Owned(vec!["commitment".into()]),
            author: None,
            byline: None,
            publication: None,
            date: None,
            intro: Cow::Owned(vec![]),
            examples: Cow::Owned(vec![]),
            sections: Cow::Owned(vec![]),
            cut_off: false,
            name_variants: Cow::Borrowed(&[]),
        };
        let people = vec![
            Person { slug: "carolien-nicolai".into(), name: "Carolien Nicolai".into() },
            Person { slug: "michael-rave".into(), name: "Michael Rave".into() },
        ];
        let variant = Variant { person: "michael-rave".into(), name: "Michel Rave".into(), slug: "michel-rave".into() };
        Corpus { documents: Cow::Owned(vec![doc]), people: Cow::Owned(people), variants: Cow::Owned(vec![variant]) }
    }

    #[test]
    fn search_state_survives_url_round_trip() {
        let corpus = corpus();
        let mut query = Query::text("eigenaar bestuur");
        query.toggle_kind(Kind::Tip);
        query.toggle_theme("commitment");
        query.toptip = true;
        query.toggle_org_type(OrgType::Waterschap);
        query.toggle_person("carolien-nicolai");
        let hash = Route::for_query(&query).to_hash();
        let Route::List(params) = parse(&hash).route else { panic!("{hash} is not a list route") };
        let (back, ignored) = params.to_query(&corpus);
        assert_eq!(back, query);
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(Route::for_query(&Query::default()), Route::Home);
    }

    #[test]
    fn unknown_filter_values_are_dropped_and_named() {
        let parsed = parse("#/?soort=podcast&thema=onbekend&org=gemeente&persoon=niemand&toptip=misschien");
        let Route::List(params) = parsed.route else { panic!("not a list") };
        let (query, ignored) = params.to_query(&corpus());
        assert_eq!(query.org_types.len(), 1);
        assert!(query.kinds.is_empty() && query.themes.is_empty() && query.people.is_empty() && !query.toptip);
        let dropped = |key, value: &str| Ignored::FilterValue { key, value: value.to_string() };
        assert_eq!(
            ignored,
            [
                dropped(FacetKey::Kind, "podcast"),
                dropped(FacetKey::Theme, "onbekend"),
                dropped(FacetKey::Person, "niemand"),
                dropped(FacetKey::Toptip, "misschien"),
            ]
        );
    }

    #[test]
    fn a_link_made_with_another_spelling_of_a_name_still_finds_the_person() {
        assert_eq!(route("#/persoon/michel-rave"), Route::Person("michel-rave".into()));
        let corpus = corpus();
        assert_eq!(corpus.person("michel-rave").map(|p| &*p.slug), Some("michael-rave"));
        let Route::List(params) = parse("#/?persoon=michel-rave").route else { panic!("not a list") };
        let (query, ignored) = params.to_query(&corpus);
        assert!(ignored.is_empty(), "{ignored:?}");
        assert_eq!(query.people.iter().collect::<Vec<_>>(), ["michael-rave"], "filters by the person's own slug");
        assert_eq!(Route::for_query(&query).to_hash(), "#/?persoon=michael-rave");
    }

    #[test]
    fn garbage_never_panics_and_lands_somewhere_sensible() {
        for hash in ["#/lees", "#/%", "#/?q=%E2%28%A1", "#/?=&&==", "#/a/b/c/d", "#%ZZ", "#/?q=%"] {
            let parsed = parse(hash);
            assert!(!matches!(parsed.route, Route::Read { .. }), "{hash} → {:?}", parsed.route);
        }
        assert_eq!(decode("%E2%28%A1"), "\u{FFFD}(\u{FFFD}");
        assert_eq!(decode("100%"), "100%");
    }

    #[test]
    fn a_language_or_embed_mode_the_query_string_names_but_we_do_not_know_is_reported() {
        let ignored = |search| Asked::parse(search).ignored;
        assert_eq!(ignored("?taal=fr"), [Ignored::Language("fr".into())]);
        let asked = Asked::parse("?lang=xx&embed=ja&taal=en");
        assert_eq!(asked.ignored, [Ignored::Language("xx".into()), Ignored::Embed("ja".into())]);
        assert_eq!((asked.language, asked.embed), (Some(Language::En), None), "the page does without them");
        assert_eq!(ignored("?embed=%20vast"), [Ignored::Embed(" vast".into())], "shown decoded");
        assert_eq!(ignored("?embed"), [Ignored::Embed(String::new())]);
        assert_eq!(ignored("?embed=1&embed=ja"), [], "embedded after all, so nothing to say");
        let asked = Asked::parse("?taal=%65n&embed=%31");
        assert_eq!((asked.language, asked.embed, asked.ignored), (Some(Language::En), Some("1"), vec![]), "escaped");
        for fine in ["", "?", "?taal=en", "?lang=NL", "?embed=1", "?embed=vast&taal=nl", "?utm_source=mail&x", "?&&"] {
            assert_eq!(ignored(fine), [], "{fine}");
        }
    }

    #[test]
    fn the_language_comes_from_the_link_then_the_browser() {
        let requested = |search| Asked::parse(search).language;
        assert_eq!(requested("?taal=en"), Some(Language::En));
        assert_eq!(requested("?embed=1&lang=NL"), Some(Language::Nl));
        assert_eq!(requested("?taal=fr&lang=en"), Some(Language::En));
        assert_eq!(requested("?taal=en&lang=nl"), Some(Language::En), "the first counts");
        assert_eq!(requested("?taal=fr"), None);
        assert_eq!(requested("?lang=en-GB"), Some(Language::En), "a region changes nothing");
        assert_eq!(requested("?lang=nl_NL"), Some(Language::Nl));
        assert_eq!(requested("?embed=1"), None);
        assert_eq!(requested(""), None);
        let embed = |search| Asked::parse(search).embed;
        assert_eq!(embed("?embed=1"), Some("1"));
        assert_eq!(embed("?taal=nl&embed=vast"), Some("vast"));
        assert_eq!(embed("?embed=ja&embed=1"), Some("1"));
        assert_eq!(embed("?embed=Vast"), None);
        assert_eq!(embed("?x=embed=1"), None);
        assert_eq!(Language::of_browser("en-GB"), Language::En);
        assert_eq!(Language::of_browser("en"), Language::En);
        assert_eq!(Language::of_browser("nl-NL"), Language::Nl);
        assert_eq!(Language::of_browser("eng"), Language::Nl);
        assert_eq!(Language::of_browser(""), Language::Nl);
        assert_eq!(Page::Tips.file_in(Language::En), "english.html");
        assert_eq!(Page::Assessment.file_in(Language::En), "self-assessment.html");
        assert_eq!(Page::Tips.file_in(Language::Nl), "./");
    }
}
