//! The frame every page shares: name, header, navigation, offline and update notices.

use crate::route::{facet_param, Ignored};

pub const APP_NAME: &str = "Digiwijzer";
pub const APP_TAGLINE: &str = "Tips en een zelfevaluatie voor betere digitale dienstverlening";

// Frame and navigation
pub const SKIP_LINK: &str = "Direct naar de inhoud";
pub const NAV_LABEL: &str = "Hoofdmenu";
pub const NAV_TIPS: &str = "Tips";
pub const NAV_ASSESSMENT: &str = "Zelfevaluatie";
/// Shown in an iframe whose page does not size it to the content (see src/ui/embed.rs).
/// Meant for whoever runs that page; the README explains the script.
pub const EMBED_UNHEARD: &str = "Dit venster groeit niet mee met de inhoud. Beheert u deze pagina? \
     Zet er dan het script inbedden.js van Digiwijzer op (zie ‘Digiwijzer op uw intranetpagina’ in de handleiding).";
pub const FOOTER_SOURCE: &str =
    "Met tips en voorbeelden van Optimaal Digitaal en artikelen over digitale dienstverlening.";
pub const ACCESSIBILITY_STATEMENT: &str = "Toegankelijkheidsverklaring";
pub const BACK_TO_TIPS: &str = "Terug naar alle tips";
/// The same link when the user came from a search or a filtered list.
pub const BACK_TO_RESULTS: &str = "Terug naar uw zoekresultaten";
pub const NOT_FOUND_TITLE: &str = "Deze pagina bestaat niet";
pub const NOT_FOUND_TEXT: &str = "De link is misschien verouderd of niet volledig gekopieerd.";

/// The window title when a theme names the organisation, e.g. "Digiwijzer · Gemeente Voorbeeld".
pub fn title_with_organisation(organisation: &str) -> String {
    format!("{APP_NAME} · {organisation}")
}

// Offline use and updates
pub const OFFLINE_NOTICE: &str =
    "U bent offline. Zoeken, de tips en de zelfevaluatie blijven werken; uw antwoorden worden op dit apparaat bewaard.";
pub const UPDATE_AVAILABLE: &str = "Er is een nieuwe versie — ";
pub const UPDATE_RELOAD: &str = "herladen";

/// What the notice says about a part of a link that was left out.
pub fn ignored(part: &Ignored) -> String {
    match part {
        Ignored::Parameter(key) => format!("De link bevatte een onbekend onderdeel ‘{key}’; dat is genegeerd."),
        Ignored::FilterValue { key, value } => {
            format!("Het filter ‘{}={value}’ uit de link bestaat niet (meer) en is weggelaten.", facet_param(*key))
        }
        Ignored::Language(value) => {
            format!("De link vraagt om de taal ‘{value}’. Die kennen we niet. U ziet de pagina in het Nederlands.")
        }
        Ignored::Embed(value) => format!(
            "De link vraagt om ‘embed={value}’. Dat kennen we niet. U ziet de pagina daarom niet ingebed, maar als \
             gewone pagina. Ingebed werkt met embed=1 of embed=vast."
        ),
    }
}

/// The `lang` of a Dutch passage (corpus text, quotes, people's roles): none on the
/// Dutch pages, where the whole page is Dutch. `()` sets no attribute and compiles to
/// nothing, so the Dutch pages do not carry the marking.
pub type CorpusLang = ();
pub const CORPUS_LANG: CorpusLang = ();
/// The `lang` of values that are Dutch only sometimes (a facet of people's names): none.
pub type MaybeCorpusLang = ();
pub fn corpus_lang_if(dutch: bool) -> MaybeCorpusLang {
    let _ = dutch;
}

// The language switch: the other language's name, in that language.
pub const OTHER_LANGUAGE: &str = "English";
