//! What a record's printed pages need from the fonts: which script fonts to fetch for its
//! text, and which of its fields hold characters that no font at hand can draw (they print
//! as the marker, U+FFFD), so the sealing page can warn before sealing, naming each field.

use std::collections::BTreeSet;

use super::font::{Face, Fonts, MISSING};
use super::script_fonts::{self, ScriptFont, ScriptFonts};
use crate::bundle::Envelope;
use crate::rendering::{render, Block};

/// A field whose text has characters no font can draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unprintable {
    /// The field as the PDF labels it ("Subject 1: Forename"), or the heading a paragraph
    /// is under.
    pub field: String,
    /// The characters, each once, in the order they first appear.
    pub characters: String,
}

impl Unprintable {
    /// The warning the sealing page shows before sealing, naming each field, or `None`.
    pub fn warning(found: &[Unprintable]) -> Option<String> {
        let fields: Vec<String> = found.iter().map(|field| format!("{} ({})", field.field, field.characters)).collect();
        (!fields.is_empty()).then(|| {
            format!(
                "Some characters cannot be printed: the PDF's pages will show {MISSING} in their place, though the record inside keeps them as typed. They are in: {}",
                fields.join("; ")
            )
        })
    }
}

/// The script fonts the envelope's printed pages need.
pub fn fonts_needed(envelope: &Envelope) -> Result<BTreeSet<ScriptFont>, String> {
    let fonts = Fonts::built_in()?;
    let fields = fields(envelope);
    Ok(fields.iter().flat_map(|(_, text)| script_fonts::needed(text, |c| fonts.built_in_has(c))).collect())
}

/// The fields of the envelope's printed pages that have characters neither the built-in
/// fonts nor the script fonts at hand can draw.
pub fn unprintable(envelope: &Envelope, scripts: &ScriptFonts) -> Result<Vec<Unprintable>, String> {
    let fonts = Fonts::load(scripts)?;
    let mut found: Vec<Unprintable> = Vec::new();
    for (field, text) in fields(envelope) {
        let missing = text.chars().filter(|&c| !c.is_control() && fonts.for_char(Face::Regular, c, None).is_none());
        for c in missing {
            match found.iter_mut().find(|known| known.field == field) {
                Some(known) if known.characters.contains(c) => {}
                Some(known) => known.characters.push(c),
                None => found.push(Unprintable { field: field.clone(), characters: c.to_string() }),
            }
        }
    }
    Ok(found)
}

/// Each piece of printed text with the name of the field it belongs to.
fn fields(envelope: &Envelope) -> Vec<(String, String)> {
    let rendering = render(envelope);
    let mut fields = vec![("Title".to_owned(), rendering.title.clone())];
    let mut heading = rendering.title;
    for block in rendering.blocks {
        match block {
            Block::Heading(text) => {
                heading.clone_from(&text);
                fields.push((text.clone(), text));
            }
            Block::Row { label, value } => fields.push((label.clone(), format!("{label}\n{value}"))),
            Block::Paragraph(text) => fields.push((heading.clone(), text)),
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::super::script_fonts::shipped;
    use super::super::tests::request;
    use super::*;

    #[test]
    fn only_the_scripts_in_the_record_are_fetched() {
        assert!(fonts_needed(&request("Plain English, Ελληνικά, русский.")).expect("fonts").is_empty());
        let needed = fonts_needed(&request("محمد met 李小龍 😀")).expect("fonts");
        assert_eq!(needed, BTreeSet::from([ScriptFont::Arabic, ScriptFont::Cjk, ScriptFont::Emoji]));
    }

    #[test]
    fn fields_with_characters_no_font_has_are_named_once_each() {
        let envelope = request("Hieroglyphs 𓀀𓀁 and 𓀀 again, and Korean 한");
        let scripts = shipped(&ScriptFont::ALL);
        let found = unprintable(&envelope, &scripts).expect("fonts");
        assert_eq!(
            found,
            [Unprintable { field: "Why do you need the information?".into(), characters: "𓀀𓀁한".into() }]
        );
        assert!(unprintable(&request("محمد 李小龍 😀 ক্ষ ਪੰਜਾਬੀ ትግርኛ"), &scripts).expect("fonts").is_empty());
    }

    #[test]
    fn the_warning_names_each_field_and_its_characters() {
        let found = [
            Unprintable { field: "Your name".into(), characters: "𓀀".into() },
            Unprintable { field: "Why do you need the information?".into(), characters: "한𓀁".into() },
        ];
        assert_eq!(
            Unprintable::warning(&found).as_deref(),
            Some("Some characters cannot be printed: the PDF's pages will show \u{FFFD} in their place, though the record inside keeps them as typed. They are in: Your name (𓀀); Why do you need the information? (한𓀁)")
        );
        assert_eq!(Unprintable::warning(&[]), None);
    }

    #[test]
    fn a_script_whose_font_is_not_at_hand_is_unprintable() {
        let found = unprintable(&request("محمد"), &ScriptFonts::new()).expect("fonts");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].characters, "محد");
    }
}
