//! How the build script writes corpus values as Rust literals.
//!
//! Kept beside the model (not in it) because baking is a host-only concern: the wasm
//! reads the result but never writes it.

use super::model::*;

crate::bake_struct!(Corpus => "crate::corpus::model::Corpus" { documents, people });
crate::bake_struct!(Document => "crate::corpus::model::Document" { slug, source, kind, number, title, toptip, themes, author, byline, publication, date, intro, examples, sections });
crate::bake_struct!(Example => "crate::corpus::model::Example" { slug, heading, body, attribution });
crate::bake_struct!(Attribution => "crate::corpus::model::Attribution" { person, name, role, organisation, org_type });
crate::bake_struct!(Person => "crate::corpus::model::Person" { slug, name });
crate::bake_struct!(Section => "crate::corpus::model::Section" { slug, heading, role, body });
crate::bake_struct!(Date => "crate::corpus::model::Date" { year, month, day });
crate::bake_unit_enum!(Kind => "crate::corpus::model::Kind");
crate::bake_unit_enum!(OrgType => "crate::corpus::model::OrgType");
crate::bake_unit_enum!(SectionRole => "crate::corpus::model::SectionRole");

impl crate::bake::Bake for Block {
    fn bake(&self, out: &mut String) {
        let (variant, inner): (&str, &dyn crate::bake::Bake) = match self {
            Block::Paragraph(t) => ("Paragraph", t),
            Block::List(items) => ("List", items),
            Block::Source(t) => ("Source", t),
        };
        out.push_str("crate::corpus::model::Block::");
        out.push_str(variant);
        out.push('(');
        inner.bake(out);
        out.push(')');
    }
}
