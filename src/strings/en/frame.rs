//! The frame every page shares: name, header, navigation, offline and update notices.

use crate::route::{facet_param, Ignored};

pub const APP_NAME: &str = "Digiwijzer";
pub const APP_TAGLINE: &str = "Tips and a self-assessment for better digital public services";

// Frame and navigation
pub const SKIP_LINK: &str = "Skip to main content";
pub const NAV_LABEL: &str = "Main menu";
pub const NAV_TIPS: &str = "Tips";
pub const NAV_ASSESSMENT: &str = "Self-assessment";
pub const FOOTER_SOURCE: &str =
    "With tips and examples from Optimaal Digitaal, a Dutch government programme, and articles on digital public services.";
pub const ACCESSIBILITY_STATEMENT: &str = "Accessibility statement";
pub const BACK_TO_TIPS: &str = "Back to all tips";
pub const NOT_FOUND_TITLE: &str = "Page not found";
pub const NOT_FOUND_TEXT: &str = "The link may be out of date, or it was not copied in full.";

/// The window title when a theme names the organisation, e.g. "Digiwijzer · Gemeente Voorbeeld".
pub fn title_with_organisation(organisation: &str) -> String {
    format!("{APP_NAME} · {organisation}")
}

// Offline use and updates
pub const OFFLINE_NOTICE: &str =
    "You are offline. Search, the tips and the self-assessment still work; your answers are kept on this device.";
pub const UPDATE_AVAILABLE: &str = "A new version is available — ";
pub const UPDATE_RELOAD: &str = "reload";

/// What the notice says about a part of a link that was left out.
pub fn ignored(part: &Ignored) -> String {
    match part {
        Ignored::Parameter(key) => format!("The link had a part we do not know, ‘{key}’, so we ignored it."),
        Ignored::FilterValue { key, value } => {
            format!(
                "The filter ‘{}={value}’ in the link does not exist (any more), so we left it out.",
                facet_param(*key)
            )
        }
        Ignored::Language(value) => {
            format!("The link asks for the language ‘{value}’, which we do not have, so the page is in English.")
        }
        Ignored::Embed(value) => format!(
            "The link asks for ‘embed={value}’, which we do not know, so the page shows on its own, not embedded. \
             Embedding works with embed=1 or embed=vast."
        ),
    }
}

/// The `lang` of a Dutch passage (corpus text, quotes, people's roles) on the English
/// pages (WCAG 3.1.2).
pub type CorpusLang = &'static str;
pub const CORPUS_LANG: CorpusLang = "nl";
/// The `lang` of values that are Dutch only sometimes (a facet of people's names).
pub type MaybeCorpusLang = Option<&'static str>;
pub fn corpus_lang_if(dutch: bool) -> MaybeCorpusLang {
    dutch.then_some(CORPUS_LANG)
}

// The language switch: the other language's name, in that language.
pub const OTHER_LANGUAGE: &str = "Nederlands";

pub const BACK_TO_RESULTS: &str = "Back to your search results";
pub const EMBED_UNHEARD: &str = "This frame does not grow with its content. Do you manage this page? \
     Then add Digiwijzer's script inbedden.js to it (see ‘Digiwijzer op uw intranetpagina’ in the manual).";
