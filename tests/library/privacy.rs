//! The summaries a person saves are kept out of git by .gitignore.

use std::path::Path;

#[test]
fn summary_names_are_kept_out_of_git() {
    let ignore =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(".gitignore")).unwrap();
    for ext in ["md", "html", "json"] {
        assert!(
            ignore
                .lines()
                .any(|l| l == format!("therapy-choice-[0-9]*.{ext}")),
            "{ext}"
        );
    }
}
