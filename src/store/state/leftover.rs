//! Saves left half-done: each save is written to a hidden `.state-*.part`
//! and then renamed to state.json, so a program killed in between leaves the
//! `.part` behind. With the lock held nobody else is writing one, so every
//! `.part` found is a leftover: the newest whole one, if newer than
//! state.json, becomes state.json (it holds the newest answer); the rest
//! are removed.

use std::fs;
use std::path::{Path, PathBuf};

use super::{LARGEST_STATE, PART_PREFIX, PART_SUFFIX, Saved, parse};
use crate::text::from_file::{Links, read_text};

/// The leftover saves in `folder`.
fn leftovers(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.starts_with(PART_PREFIX) && name.ends_with(PART_SUFFIX)
        })
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.path())
        .collect()
}

/// The state to go on from: `saved` (state.json as read), or a newer whole
/// save left behind, which then takes state.json's place.
pub fn newest(folder: &Path, state: &Path, saved: Option<Saved>) -> Option<Saved> {
    let mut whole: Vec<(PathBuf, Saved)> = Vec::new();
    for part in leftovers(folder) {
        match read_text(&part, LARGEST_STATE, Links::Refuse).map(|t| parse(&t)) {
            Ok(Ok(found)) if found.saved_at.is_some() => whole.push((part, found)),
            // Cut short by the kill, or not a save at all: nothing to keep.
            _ => remove(&part),
        }
    }
    whole.sort_by_key(|(_, found)| found.saved_at);
    let best = whole.pop();
    for (part, _) in whole {
        remove(&part);
    }
    let Some((part, found)) = best else {
        return saved;
    };
    let newer = match saved.as_ref().map(|s| s.saved_at) {
        None | Some(None) => true,
        Some(Some(at)) => found.saved_at > Some(at),
    };
    if newer && fs::rename(&part, state).is_ok() {
        return Some(found);
    }
    remove(&part);
    saved
}

fn remove(part: &Path) {
    // A leftover that cannot be removed is tried again on the next start.
    let _ = fs::remove_file(part);
}
