//! The "Voorbeelden" of a tip page: heading, body, and who said it.
//!
//! An attribution is anchored on its role line ("<role, organisation> Meer tips van
//! <Firstname>"). Above it stands the name, sometimes followed by the same name again as
//! a photo caption (possibly spelled differently), which is dropped. Some attributions
//! lack the link; some examples (quoting an interview) have no attribution at all.

use super::error::{quote, CorpusError};
use super::lines::Line;
use super::noise::more_tips_suffix;
use super::people::People;
use super::shapes::{is_heading_shaped, is_name_shaped, to_blocks};
use crate::model::{Attribution, Example};
use crate::text::fold;
use std::borrow::Cow;

/// How a line of the examples is used.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Role {
    Text,
    /// The quoted person's name, attributed with the role line at this index.
    Name {
        role_line: usize,
    },
    /// A caption or role line, consumed with the name.
    Consumed,
}

fn share_a_word(a: &str, b: &str) -> bool {
    let words = |s: &str| {
        fold(s).split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() > 1).map(str::to_string).collect::<Vec<_>>()
    };
    let b_words = words(b);
    words(a).iter().any(|w| b_words.contains(w))
}

/// Finds every attribution: the name (and dropped caption) above each role line.
fn mark_attributions(file: &str, lines: &[Line]) -> Result<Vec<Role>, CorpusError> {
    let mut roles = vec![Role::Text; lines.len()];
    for (i, line) in lines.iter().enumerate() {
        if more_tips_suffix(&line.text).is_none() {
            continue;
        }
        roles[i] = Role::Consumed;
        let name_at = |j: usize| roles[j] == Role::Text && is_name_shaped(&lines[j].text);
        let name = match i {
            0 => None,
            1 => name_at(0).then_some(0),
            _ if name_at(i - 1) && name_at(i - 2) && share_a_word(&lines[i - 1].text, &lines[i - 2].text) => {
                roles[i - 1] = Role::Consumed;
                Some(i - 2)
            }
            _ => name_at(i - 1).then_some(i - 1),
        };
        let Some(name) = name else {
            let message = format!(
                "expected the quoted person's name (capitalised words on their own line) above {}",
                quote(&line.text)
            );
            return Err(CorpusError::new(file, line.no, message));
        };
        roles[name] = Role::Name { role_line: i };
    }
    mark_unlinked_attributions(lines, &mut roles);
    Ok(roles)
}

/// Attributions without a "Meer tips van" link: after body text, a name (and caption),
/// then a role line that is not followed by body text, so cannot be an example heading.
fn mark_unlinked_attributions(lines: &[Line], roles: &mut [Role]) {
    let free = |roles: &[Role], j: usize| j < lines.len() && roles[j] == Role::Text;
    let mut i = 1;
    while i < lines.len() {
        let after_body = free(roles, i - 1) && !is_heading_shaped(&lines[i - 1].text);
        if !(after_body && free(roles, i) && is_name_shaped(&lines[i].text)) {
            i += 1;
            continue;
        }
        let caption = (free(roles, i + 1)
            && is_name_shaped(&lines[i + 1].text)
            && share_a_word(&lines[i].text, &lines[i + 1].text))
        .then_some(i + 1);
        let role = caption.map_or(i + 1, |c| c + 1);
        let then_heading_or_end = role + 1 >= lines.len() || is_heading_shaped(&lines[role + 1].text);
        if free(roles, role) && is_heading_shaped(&lines[role].text) && then_heading_or_end {
            roles[i] = Role::Name { role_line: role };
            if let Some(c) = caption {
                roles[c] = Role::Consumed;
            }
            roles[role] = Role::Consumed;
            i = role + 1;
        } else {
            i += 1;
        }
    }
}

struct Draft<'a> {
    heading: &'a Line,
    body: Vec<Line>,
    attribution: Option<Attribution>,
}

impl Draft<'_> {
    fn finish(self, file: &str) -> Result<Example, CorpusError> {
        if self.body.is_empty() {
            let message = format!("expected the text of example {} below its heading", quote(&self.heading.text));
            return Err(CorpusError::new(file, self.heading.no, message));
        }
        Ok(Example {
            slug: Cow::Borrowed(""), // assigned once all anchors of the document are known
            heading: Cow::Owned(self.heading.clean()),
            body: Cow::Owned(to_blocks(&self.body)),
            attribution: self.attribution,
        })
    }
}

/// Parses the lines between "Voorbeelden" and the next section.
pub fn parse_examples(file: &str, lines: &[Line], people: &People) -> Result<Vec<Example>, CorpusError> {
    let roles = mark_attributions(file, lines)?;
    let mut examples = Vec::new();
    let mut current: Option<Draft> = None;
    for (line, role) in lines.iter().zip(&roles) {
        match *role {
            Role::Consumed => {}
            Role::Name { role_line } => {
                let name = line.clean();
                let Some(draft) = current.as_mut().filter(|d| !d.body.is_empty() && d.attribution.is_none()) else {
                    let message =
                        format!("expected an example heading and its text before the attribution of {}", quote(&name));
                    return Err(CorpusError::new(file, line.no, message));
                };
                let role_line = &lines[role_line].text;
                let role_text = more_tips_suffix(role_line).map_or(role_line.as_str(), |(before, _)| before);
                draft.attribution = Some(people.attribution(&name, &crate::text::squash_whitespace(role_text)));
            }
            Role::Text if is_heading_shaped(&line.text) => {
                if let Some(done) = current.take() {
                    examples.push(done.finish(file)?);
                }
                current = Some(Draft { heading: line, body: Vec::new(), attribution: None });
            }
            Role::Text => match current.as_mut() {
                Some(draft) if draft.attribution.is_none() => draft.body.push(line.clone()),
                Some(draft) => {
                    let name = draft.attribution.as_ref().map_or(String::new(), |a| quote(&a.name));
                    let message = format!(
                        "expected a new example heading after the attribution of {name}, found the paragraph {}",
                        quote(&line.text)
                    );
                    return Err(CorpusError::new(file, line.no, message));
                }
                None => {
                    let message = format!("expected an example heading (a short line without closing punctuation) before the paragraph {}", quote(&line.text));
                    return Err(CorpusError::new(file, line.no, message));
                }
            },
        }
    }
    if let Some(done) = current.take() {
        examples.push(done.finish(file)?);
    }
    Ok(examples)
}
