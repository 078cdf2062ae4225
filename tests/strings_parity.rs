//! Both languages say everything: every pub item of `src/strings/nl/` is in
//! `src/strings/en/` with the same signature, and the other way round. The compiler
//! checks the items components use in each language's build; this test also catches an
//! item no component uses yet, and names it with its file.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::Path;

/// A pub item's name and its signature: a function's parameters and return type, a
/// constant's type, with the whitespace made uniform.
fn pub_items(source: &str) -> BTreeMap<String, String> {
    let mut items = BTreeMap::new();
    let mut rest = source;
    while let Some(at) = rest.find("pub ") {
        let before = &rest[..at];
        rest = &rest[at + 4..];
        // Only items at the start of a line (not `pub` inside a comment or a string).
        if !(before.is_empty() || before.ends_with('\n')) {
            continue;
        }
        let (kind, tail) = match rest.split_once(' ') {
            Some(split) => split,
            None => continue,
        };
        if kind == "use" || kind == "mod" {
            continue;
        }
        let name: String = tail.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let after_name = &tail[name.len()..];
        // The signature ends where the body or the value begins.
        let end = match kind {
            "fn" => after_name.find('{'),
            _ => after_name.find('='),
        }
        .unwrap_or(after_name.len());
        let signature = format!("{kind} {name}{}", &after_name[..end]);
        items.insert(name, signature.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    items
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The differences between the two trees, one line per item.
fn differences(nl: &Path, en: &Path) -> Vec<String> {
    let mut files: Vec<String> = Vec::new();
    for dir in [nl, en] {
        for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let name = entry.expect("entry").file_name().to_string_lossy().into_owned();
            if name.ends_with(".rs") && !files.contains(&name) {
                files.push(name);
            }
        }
    }
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let (nl_path, en_path) = (nl.join(&file), en.join(&file));
        let items = |path: &Path| if path.exists() { pub_items(&read(path)) } else { BTreeMap::new() };
        let (nl_items, en_items) = (items(&nl_path), items(&en_path));
        if !nl_path.exists() || !en_path.exists() {
            let missing = if nl_path.exists() { &en_path } else { &nl_path };
            out.push(format!("{} is missing", missing.display()));
        }
        for (name, signature) in &nl_items {
            match en_items.get(name) {
                None => out.push(format!("`{name}` is in {} but not in {}", nl_path.display(), en_path.display())),
                Some(other) if other != signature => out.push(format!(
                    "`{name}` differs: {} has `{signature}`, {} has `{other}`",
                    nl_path.display(),
                    en_path.display()
                )),
                Some(_) => {}
            }
        }
        for name in en_items.keys().filter(|name| !nl_items.contains_key(*name)) {
            out.push(format!("`{name}` is in {} but not in {}", en_path.display(), nl_path.display()));
        }
    }
    out
}

#[test]
fn both_languages_have_the_same_strings() {
    let (nl, en) = (Path::new("src/strings/nl"), Path::new("src/strings/en"));
    let found = differences(nl, en);
    assert!(found.is_empty(), "the Dutch and English strings differ:\n{}", found.join("\n"));
    assert!(pub_items(&read(&nl.join("frame.rs"))).len() > 10, "the parser found the items of frame.rs");
}

#[test]
fn the_check_names_an_item_in_one_language_only_and_its_file() {
    let dir = std::env::temp_dir().join(format!("strings-parity-{}", std::process::id()));
    let (nl, en) = (dir.join("nl"), dir.join("en"));
    std::fs::create_dir_all(&nl).expect("nl");
    std::fs::create_dir_all(&en).expect("en");
    let write = |path: std::path::PathBuf, text: &str| std::fs::write(path, text).expect("write");
    write(
        nl.join("frame.rs"),
        "//! pub const IN_A_COMMENT\npub const A: &str = \"a\";\npub const ONLY_NL: &str = \"b\";\n\
         pub fn f(n: usize) -> String {\n    format!(\"{n}\")\n}\n",
    );
    write(en.join("frame.rs"), "pub const A: &str = \"a\";\npub fn f(n: u32) -> String {\n    n.to_string()\n}\n");
    write(en.join("tips.rs"), "pub const B: &str = \"b\";\n");
    let found = differences(&nl, &en);
    std::fs::remove_dir_all(&dir).ok();
    let text = found.join("\n");
    assert!(text.contains("`ONLY_NL` is in") && text.contains("nl/frame.rs but not in"), "{text}");
    assert!(text.contains("`f` differs"), "{text}");
    assert!(text.contains("nl/tips.rs is missing") && text.contains("`B` is in"), "{text}");
    assert!(!text.contains("IN_A_COMMENT"), "{text}");
    assert_eq!(found.len(), 4, "{text}");
}
