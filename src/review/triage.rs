//! The triage rows: one per record, sorted safety first, then flagged
//! decisional conflict, then the newest. Rows are kept small while a folder is
//! read (words that repeat are stored once) and given back one at a time.

use chrono::{DateTime, FixedOffset};
use serde::Serialize;
use std::collections::HashMap;
use std::hash::Hash;
use std::path::{Path, PathBuf};

use crate::bank::rules::{BarrierKind, OptionId};
use crate::record::Column;

/// The "how sure" check's score: under its threshold, it is flagged.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Conflict {
    pub title: String,
    pub points: u32,
    pub out_of: u32,
    pub flagged: bool,
}

/// One record as the table shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    /// Whether any answer raises the safety flag, read from the answers
    /// (never from the flag the record stores).
    pub safety: bool,
    /// What the person said about thoughts of self-harm: yes, not said, no.
    pub safety_said: Option<Column>,
    /// The stored flag disagrees with the answers: the record is reported.
    pub inconsistent: bool,
    /// The PHQ-9 total, when the person answered it.
    pub phq9: Option<u32>,
    /// PHQ-9 item 9 (thoughts of being better off dead or of self-harm) above 0.
    pub phq9_item9: bool,
    /// The decisional-conflict score (the "how sure" check).
    pub conflict: Option<Conflict>,
    pub score: i32,
    /// The aid's lean in words, and which side it falls on (None: balanced).
    pub lean: String,
    pub fit: Option<OptionId>,
    /// The person's own leaning in their answer's words, if given.
    pub own_lean: Option<String>,
    pub own_side: Option<OptionId>,
    /// The person's own leaning differs from the aid's fit.
    pub mismatch: bool,
    pub barriers: Vec<InTheWay>,
    /// The name, initials or clinic number the person put on the summary.
    pub label: Option<String>,
    pub created: DateTime<FixedOffset>,
    /// A name that is not UTF-8 is written lossily rather than not at all.
    #[serde(serialize_with = "lossy")]
    pub path: PathBuf,
}

/// A barrier as the table shows it: time or cost in the way of one option.
/// Written in JSON as a pair, such as `["time", "long_term"]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InTheWay {
    pub kind: BarrierKind,
    pub option: OptionId,
}

impl Serialize for InTheWay {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (self.kind, self.option).serialize(s)
    }
}

fn lossy<S: serde::Serializer>(path: &Path, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&path.to_string_lossy())
}

const BARRIERS: [InTheWay; 6] = [
    InTheWay {
        kind: BarrierKind::Time,
        option: OptionId::ShortTerm,
    },
    InTheWay {
        kind: BarrierKind::Time,
        option: OptionId::LongTerm,
    },
    InTheWay {
        kind: BarrierKind::Cost,
        option: OptionId::ShortTerm,
    },
    InTheWay {
        kind: BarrierKind::Cost,
        option: OptionId::LongTerm,
    },
    InTheWay {
        kind: BarrierKind::Change,
        option: OptionId::ShortTerm,
    },
    InTheWay {
        kind: BarrierKind::Change,
        option: OptionId::LongTerm,
    },
];

const SAFETY: u16 = 1;
const CONFLICT: u16 = 2;
const FLAGGED: u16 = 4;
const ITEM9: u16 = 8;
const MISMATCH: u16 = 16;
const FIT_SHORT: u16 = 32;
const FIT_LONG: u16 = 64;
const OWN_SHORT: u16 = 128;
const OWN_LONG: u16 = 256;
const NOT_SAID: u16 = 512;
const SAID_NO: u16 = 1024;
const INCONSISTENT: u16 = 2048;

/// No PHQ-9 (its totals go from 0 to 27).
const NO_PHQ9: u8 = u8::MAX;
/// No own leaning.
const NONE: u32 = u32::MAX;

/// A row as kept in memory: about a hundred bytes.
#[derive(Debug)]
struct Compact {
    created: DateTime<FixedOffset>,
    name: Box<str>,
    label: Option<Box<str>>,
    folder: u32,
    lean: u32,
    own: u32,
    title: u32,
    score: i16,
    points: u8,
    out_of: u8,
    phq9: u8,
    flags: u16,
    barriers: u8,
}

/// Rows gathered from many records.
#[derive(Debug, Default)]
pub struct Triage {
    words: Interned<String>,
    folders: Interned<PathBuf>,
    rows: Vec<Compact>,
}

/// Values kept once each and found again by hashing, not by a scan (a folder
/// of many records would otherwise take quadratic time), under a 32-bit
/// number (16 bits wrapped after 65,535 distinct words and showed another
/// record's lean).
#[derive(Debug)]
struct Interned<T> {
    list: Vec<T>,
    index: HashMap<T, u32>,
}

impl<T> Default for Interned<T> {
    fn default() -> Self {
        Interned {
            list: Vec::new(),
            index: HashMap::new(),
        }
    }
}

impl<T: Clone + Eq + Hash> Interned<T> {
    fn number(&mut self, value: T) -> u32 {
        if let Some(&k) = self.index.get(&value) {
            return k;
        }
        // More than four billion distinct words cannot fit in memory first.
        let k = u32::try_from(self.list.len()).unwrap_or(u32::MAX - 1);
        self.list.push(value.clone());
        self.index.insert(value, k);
        k
    }

    fn get(&self, k: u32) -> &T {
        &self.list[k as usize]
    }
}

fn side_bits(side: Option<OptionId>, short: u16, long: u16) -> u16 {
    match side {
        Some(OptionId::ShortTerm) => short,
        Some(OptionId::LongTerm) => long,
        None => 0,
    }
}

fn side_of(flags: u16, short: u16, long: u16) -> Option<OptionId> {
    if flags & short != 0 {
        Some(OptionId::ShortTerm)
    } else if flags & long != 0 {
        Some(OptionId::LongTerm)
    } else {
        None
    }
}

impl Triage {
    pub fn add(&mut self, row: Row) {
        let folder = row.path.parent().unwrap_or(Path::new("")).to_path_buf();
        let name = row
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut flags = 0;
        for (set, bit) in [
            (row.safety, SAFETY),
            (row.phq9_item9, ITEM9),
            (row.mismatch, MISMATCH),
            (row.safety_said == Some(Column::NotSaid), NOT_SAID),
            (row.safety_said == Some(Column::No), SAID_NO),
            (row.inconsistent, INCONSISTENT),
        ] {
            if set {
                flags |= bit;
            }
        }
        flags |= side_bits(row.fit, FIT_SHORT, FIT_LONG);
        flags |= side_bits(row.own_side, OWN_SHORT, OWN_LONG);
        let (title, points, out_of) = match row.conflict {
            Some(c) => {
                flags |= CONFLICT;
                if c.flagged {
                    flags |= FLAGGED;
                }
                (c.title, c.points, c.out_of)
            }
            None => (String::new(), 0, 0),
        };
        let barriers = BARRIERS
            .iter()
            .enumerate()
            .filter(|(_, b)| row.barriers.contains(b))
            .fold(0u8, |bits, (k, _)| bits | (1 << k));
        let own = match row.own_lean {
            Some(words) => self.words.number(words),
            None => NONE,
        };
        let compact = Compact {
            created: row.created,
            name: name.into_boxed_str(),
            label: row.label.map(String::into_boxed_str),
            folder: self.folders.number(folder),
            lean: self.words.number(row.lean),
            own,
            title: self.words.number(title),
            score: row.score.clamp(-1000, 1000) as i16,
            points: points.min(255) as u8,
            out_of: out_of.min(255) as u8,
            phq9: row.phq9.map_or(NO_PHQ9, |t| t.min(254) as u8),
            flags,
            barriers,
        };
        self.rows.push(compact);
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Exactly as documented: safety flags first, then a flagged decisional
    /// conflict, then the newest. Nothing else reorders the rows.
    pub fn sort(&mut self) {
        let key = |r: &Compact| (r.flags & SAFETY == 0, r.flags & FLAGGED == 0);
        let folders = &self.folders;
        self.rows.sort_by(|a, b| {
            key(a)
                .cmp(&key(b))
                .then(b.created.cmp(&a.created))
                .then_with(|| folders.get(a.folder).cmp(folders.get(b.folder)))
                .then_with(|| a.name.cmp(&b.name))
        });
    }

    /// The rows, in their order, as full rows.
    pub fn rows(&self) -> impl Iterator<Item = Row> + Clone + '_ {
        self.rows.iter().map(|c| Row {
            safety: c.flags & SAFETY != 0,
            safety_said: if c.flags & NOT_SAID != 0 {
                Some(Column::NotSaid)
            } else if c.flags & SAID_NO != 0 {
                Some(Column::No)
            } else if c.flags & SAFETY != 0 {
                Some(Column::Yes)
            } else {
                None
            },
            inconsistent: c.flags & INCONSISTENT != 0,
            phq9: (c.phq9 != NO_PHQ9).then_some(u32::from(c.phq9)),
            phq9_item9: c.flags & ITEM9 != 0,
            conflict: (c.flags & CONFLICT != 0).then(|| Conflict {
                title: self.words.get(c.title).clone(),
                points: u32::from(c.points),
                out_of: u32::from(c.out_of),
                flagged: c.flags & FLAGGED != 0,
            }),
            score: i32::from(c.score),
            lean: self.words.get(c.lean).clone(),
            fit: side_of(c.flags, FIT_SHORT, FIT_LONG),
            own_lean: (c.own != NONE).then(|| self.words.get(c.own).clone()),
            own_side: side_of(c.flags, OWN_SHORT, OWN_LONG),
            mismatch: c.flags & MISMATCH != 0,
            barriers: BARRIERS
                .iter()
                .enumerate()
                .filter(|(k, _)| c.barriers & (1 << k) != 0)
                .map(|(_, b)| *b)
                .collect(),
            label: c.label.as_deref().map(str::to_string),
            created: c.created,
            path: self.folders.get(c.folder).join(&*c.name),
        })
    }
}

#[cfg(test)]
pub(super) fn sample(name: &str, at: &str) -> Row {
    Row {
        safety: false,
        safety_said: Some(Column::No),
        inconsistent: false,
        phq9: None,
        phq9_item9: false,
        conflict: Some(Conflict {
            title: "How sure you feel".to_string(),
            points: 4,
            out_of: 4,
            flagged: false,
        }),
        score: -20,
        lean: "leans short-term".into(),
        fit: Some(OptionId::ShortTerm),
        own_lean: Some("Short-term therapy".into()),
        own_side: Some(OptionId::ShortTerm),
        mismatch: false,
        barriers: vec![InTheWay {
            kind: BarrierKind::Cost,
            option: OptionId::LongTerm,
        }],
        label: None,
        created: DateTime::parse_from_rfc3339(&format!("2026-11-26T{at}:00+00:00")).unwrap(),
        path: PathBuf::from(format!("/clinic/{name}.json")),
    }
}

#[cfg(test)]
mod tests;
