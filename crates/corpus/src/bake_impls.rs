//! How the build script writes corpus values as Rust literals.
//!
//! Kept beside the model (not in it) because baking is a host-only concern: the wasm
//! reads the result but never writes it.

use super::model::*;

crate::bake_struct!(Corpus => "digiwijzer_corpus::model::Corpus" { documents, people, variants });
crate::bake_struct!(Document => "digiwijzer_corpus::model::Document" { slug, source, kind, number, title, toptip, themes, author, byline, publication, date, intro, examples, sections, cut_off, name_variants });
crate::bake_struct!(Example => "digiwijzer_corpus::model::Example" { slug, heading, body, attribution });
crate::bake_struct!(Attribution => "digiwijzer_corpus::model::Attribution" { person, name, role, organisation, org_type });
crate::bake_struct!(Person => "digiwijzer_corpus::model::Person" { slug, name });
crate::bake_struct!(Variant => "digiwijzer_corpus::model::Variant" { person, name, slug });
crate::bake_struct!(Section => "digiwijzer_corpus::model::Section" { slug, heading, role, body, speakers });
crate::bake_struct!(Date => "digiwijzer_corpus::model::Date" { year, month, day });
crate::bake_unit_enum!(Kind => "digiwijzer_corpus::model::Kind");
crate::bake_unit_enum!(OrgType => "digiwijzer_corpus::model::OrgType");
crate::bake_unit_enum!(SectionRole => "digiwijzer_corpus::model::SectionRole");

impl crate::bake::Bake for Block {
    fn bake(&self, out: &mut String) {
        let (variant, inner): (&str, &dyn crate::bake::Bake) = match self {
            Block::Paragraph(t) => ("Paragraph", t),
            Block::List(items) => ("List", items),
            Block::Source(t) => ("Source", t),
        };
        out.push_str("digiwijzer_corpus::model::Block::");
        out.push_str(variant);
        out.push('(');
        inner.bake(out);
        out.push(')');
    }
}
