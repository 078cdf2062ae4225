//! Every Dutch sentence the assessment core produces, in one place, so the UI author
//! can move them into `src/strings.rs` together.

use super::answer::InputError;

/// How the level and the percentage are computed; mirrors the rule in `scoring`.
pub const SCORING_EXPLANATION: &str = "Elk niveau bouwt voort op het vorige. Je hebt een niveau bereikt als je \
alle stellingen van dat niveau én van de niveaus eronder met ‘ja’ hebt beantwoord. Stellingen die je \
met ‘n.v.t.’ beantwoordt, tellen niet mee; een niveau met alleen ‘n.v.t.’ geldt als bereikt. \
Het percentage telt alle stellingen die van toepassing zijn even zwaar: ‘ja’ is een heel punt, \
‘deels’ een half punt, ‘nee’ en nog niet beantwoord tellen als nul.";

/// The name of "level 0" in the UI.
pub const BELOW_FIRST_LEVEL: &str = "Nog niet beginnend";

/// Display labels for the four answers.
pub const ANSWER_LABELS: [(&str, &str); 4] = [("nee", "Nee"), ("deels", "Deels"), ("ja", "Ja"), ("nvt", "N.v.t.")];

/// Why a note, link, name or id was refused.
pub fn input_error(error: &InputError) -> String {
    match error {
        InputError::TooLong { max, len } => format!("te lang: {len} tekens, maximaal {max}"),
        InputError::NotAUrl => "geen geldig webadres (het moet beginnen met http:// of https://)".to_string(),
        InputError::BadId => "ongeldige id (alleen kleine letters, cijfers, ‘-’, ‘_’ en ‘.’)".to_string(),
        InputError::Empty => "mag niet leeg zijn".to_string(),
    }
}
