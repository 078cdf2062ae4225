//! What both languages say alike: outside data quoted in a message, and who a quoted
//! passage is by (the corpus's names, roles and organisations, in its own words).

use crate::corpus::Attribution;

/// Longest piece of outside data quoted in a message, in characters: enough to
/// recognise it, never a wall of text.
pub const QUOTE_MAX_CHARS: usize = 60;

/// A place in the data with its last part cut to [`QUOTE_MAX_CHARS`]: the parts before it
/// are short (ids are capped), and say where, so they stay whole.
pub(super) fn cut_path(path: &str) -> String {
    let split = path.rfind(['.', '[']).unwrap_or(0);
    format!("{}{}", &path[..split], cut(&path[split..]))
}

/// `text`, cut to [`QUOTE_MAX_CHARS`] with "…" when longer.
pub fn cut(text: &str) -> String {
    match text.char_indices().nth(QUOTE_MAX_CHARS) {
        None => text.to_string(),
        Some((end, _)) => format!("{}…", &text[..end]),
    }
}

/// Who says a quoted passage: "Bernard Minderhoud, Wethouder, gemeente Pijnacker-Nootdorp".
pub fn said_by(speaker: &Attribution) -> String {
    let parts = [Some(&speaker.name), speaker.role.as_ref(), speaker.organisation.as_ref()];
    parts.into_iter().flatten().map(|p| p.as_ref()).collect::<Vec<&str>>().join(", ")
}

/// After a quoted person's name: " (projectleider dienstverlening, gemeente Helmond)".
pub fn role_and_organisation(a: &Attribution) -> String {
    let parts: Vec<&str> = [a.role.as_deref(), a.organisation.as_deref()].into_iter().flatten().collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}
