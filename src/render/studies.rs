//! What the summaries say of the studies: the one outcome page they have room
//! for (with its picture of 100 people), and the sources cited short. The
//! full list is in `therapy-choice evidence`. Each format lays the page out.

use crate::bank::{Evidence, Outcome};
use crate::page::icons::Picture;
use crate::text::fill;

/// One outcome page: who was studied, what came of it, and its picture.
#[derive(Debug, Clone, PartialEq)]
pub struct OutcomePart {
    pub title: String,
    pub who: String,
    pub before: Vec<String>,
    pub picture: Option<Picture>,
    pub after: Vec<String>,
}

impl OutcomePart {
    pub fn of(e: &Evidence, o: &Outcome) -> OutcomePart {
        OutcomePart {
            title: o.title.clone(),
            who: o.who.clone(),
            before: o.before.clone(),
            picture: Picture::of(e, o),
            after: o.after.clone(),
        }
    }
}

/// The sources cited short ("Knekt 2016"), in one line, and where to find
/// them in full.
pub fn sources_short(e: &Evidence) -> String {
    let names: Vec<&str> = e
        .sources
        .iter()
        .filter(|s| !s.description)
        .map(|s| s.short.as_str())
        .collect();
    let words = &e.summary;
    fill(
        &words.sources,
        &[
            ("sources", &names.join(&words.between_sources)),
            ("more", &e.outcome_words.more),
        ],
    )
}
