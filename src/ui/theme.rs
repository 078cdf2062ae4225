//! What the theme file (dist/theme.css, see public/themes/) says about the organisation.
//!
//! A municipality rebrands by theme file alone: colours, font and logo are CSS custom
//! properties the stylesheet uses directly; the organisation's name is one too
//! (`--dw-organisation-name: "Gemeente Voorbeeld";`), read here once at start-up for the
//! header and the window title. The theme loads before the app's script runs.

use crate::strings as s;

/// The CSS custom property that names the organisation.
const NAME_PROPERTY: &str = "--dw-organisation-name";

/// The organisation named by the theme; `None` when the theme names none or just
/// repeats the app's own name (the default theme).
pub fn organisation_name() -> Option<String> {
    let window = web_sys::window()?;
    let root = window.document()?.document_element()?;
    let raw = window.get_computed_style(&root).ok()??.get_property_value(NAME_PROPERTY).ok()?;
    css_string(&raw).filter(|name| !name.is_empty() && name != s::APP_NAME)
}

/// Sets the window title to include the organisation, if the theme names one.
pub fn apply_title(organisation: Option<&str>) {
    if let (Some(name), Some(document)) = (organisation, web_sys::window().and_then(|w| w.document())) {
        document.set_title(&s::title_with_organisation(name));
    }
}

/// The text of a CSS string token (`"Gemeente \"X\""` → `Gemeente "X"`); a bare value
/// is taken as written. Theme files are written by people: anything odd gives `None`.
fn css_string(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let quote = raw.chars().next().filter(|c| *c == '"' || *c == '\'');
    let Some(quote) = quote else {
        return (!raw.is_empty()).then(|| raw.to_string());
    };
    let inner = raw.strip_prefix(quote)?.strip_suffix(quote)?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            out.push(chars.next()?);
        } else {
            out.push(c);
        }
    }
    Some(out.trim().to_string())
}
