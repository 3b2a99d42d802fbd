//! The triage row's fit comes from the record's band, typed.

use super::*;
use crate::bank::rules::OptionId;

/// A schema 1 record from the repository, with its band set to `band`,
/// written in a folder that lasts as long as the first value.
fn with_band(band: &str) -> (tempfile::TempDir, PathBuf) {
    let text = include_str!("../../../tests/records/schema-1.json");
    let was = "\"band\": \"clearly_short\"";
    assert_eq!(text.matches(was).count(), 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("record.json");
    std::fs::write(&path, text.replace(was, &format!("\"band\": \"{band}\""))).unwrap();
    (dir, path)
}

#[test]
fn the_row_fits_the_side_of_the_band_the_record_names() {
    let fit = |band| read_row(&with_band(band).1).unwrap().fit;
    assert_eq!(fit("clearly_short"), Some(OptionId::ShortTerm));
    assert_eq!(fit("short"), Some(OptionId::ShortTerm));
    assert_eq!(fit("both"), None);
    assert_eq!(fit("balanced"), None, "schema 1's name for both");
    assert_eq!(fit("long"), Some(OptionId::LongTerm));
    assert_eq!(fit("clearly_long"), Some(OptionId::LongTerm));
}

#[test]
fn a_band_this_program_does_not_know_is_refused_naming_it() {
    // Before, any text with "short" in it was read as short-term.
    let (_dir, path) = with_band("shortish");
    for why in [
        read_row(&path).unwrap_err().reason,
        read_record(&path).unwrap_err().reason,
    ] {
        assert!(why.contains("unknown variant `shortish`"), "{why}");
        assert!(why.contains("(line "), "{why}");
    }
}
