//! Where a bank comes from: the copy built into the program, or a folder given
//! with --questions. Reading and parsing only; checking is in build.rs.

use sha2::{Digest, Sha256};
use std::fmt;
use std::path::{Path, PathBuf};

use super::raw::RawBank;
use super::rules::RawRules;
use super::screens::{self, ScreenWords};
use super::{Bank, Evidence, build};
use crate::text::from_file::{Links, read_text};

/// A bank file larger than this is not read.
const LARGEST_BANK_FILE: u64 = 4 * 1024 * 1024;

const BANK: &str = include_str!("../../questions/bank.json");
const EVIDENCE: &str = include_str!("../../questions/evidence.json");
const RULES: &str = include_str!("../../questions/rules.json");
const SCREENS: &str = include_str!("../../questions/screens.json");
include!(concat!(env!("OUT_DIR"), "/embedded_hash.rs"));

/// One problem in a bank: the file, the place in it, and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub file: String,
    pub place: String,
    pub message: String,
}

impl Problem {
    pub fn new(file: &str, place: &str, message: String) -> Problem {
        Problem {
            file: file.to_string(),
            place: place.to_string(),
            message,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.place, self.message)
    }
}

/// Why a bank could not be used.
#[derive(Debug, thiserror::Error)]
pub enum BankError {
    #[error("The question bank in {} has {}:\n{}", .folder.display(), crate::text::how_many(.problems.len(), "problem", "problems"), list(.problems))]
    Invalid {
        folder: PathBuf,
        problems: Vec<Problem>,
    },
}

fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("  {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

impl Bank {
    /// The bank built into the program.
    pub fn embedded() -> Result<Bank, BankError> {
        from_texts(
            Path::new("(built in) questions"),
            Ok(BANK.into()),
            Ok(EVIDENCE.into()),
            Ok(RULES.into()),
            Some(Ok(SCREENS.into())),
            Some(EMBEDDED_HASH),
        )
    }

    /// A bank from a folder holding bank.json, evidence.json and rules.json,
    /// and screens.json if it has one (the shipped words if not).
    pub fn from_folder(folder: &Path) -> Result<Bank, BankError> {
        let read = |name: &str| -> Result<String, Problem> {
            let path = folder.join(name);
            read_text(&path, LARGEST_BANK_FILE, Links::Follow).map_err(|e| {
                Problem::new(
                    name,
                    "file",
                    format!("could not read {}: {e}", path.display()),
                )
            })
        };
        from_texts(
            folder,
            read("bank.json"),
            read("evidence.json"),
            read("rules.json"),
            folder
                .join(screens::FILE)
                .exists()
                .then(|| read(screens::FILE)),
            None,
        )
    }

    /// A bank from the texts of bank.json, evidence.json and rules.json.
    pub fn from_json(bank: &str, evidence: &str, rules: &str) -> Result<Bank, BankError> {
        from_texts(
            Path::new("(given)"),
            Ok(bank.into()),
            Ok(evidence.into()),
            Ok(rules.into()),
            None,
            None,
        )
    }

    /// The texts of the built-in bank.json, evidence.json and rules.json.
    pub fn embedded_json() -> (&'static str, &'static str, &'static str) {
        (BANK, EVIDENCE, RULES)
    }

    /// The embedded bank, or the one in `folder` when given.
    pub fn load(folder: Option<&Path>) -> Result<Bank, BankError> {
        match folder {
            Some(f) => Bank::from_folder(f),
            None => Bank::embedded(),
        }
    }
}

fn from_texts(
    folder: &Path,
    bank: Result<String, Problem>,
    evidence: Result<String, Problem>,
    rules: Result<String, Problem>,
    screens: Option<Result<String, Problem>>,
    known_hash: Option<&str>,
) -> Result<Bank, BankError> {
    let mut problems = Vec::new();
    let (texts, hash) = read_and_hash([bank, evidence, rules], known_hash, &mut problems);
    let [bank, evidence, rules] = texts;
    let raw: Option<RawBank> =
        bank.and_then(|t| parse("bank.json", &t).map_err(|p| problems.push(p)).ok());
    let evidence: Option<Evidence> = evidence.and_then(|t| {
        parse("evidence.json", &t)
            .map_err(|p| problems.push(p))
            .ok()
    });
    let rules: Option<RawRules> =
        rules.and_then(|t| parse("rules.json", &t).map_err(|p| problems.push(p)).ok());
    let screen_words = screen_words(screens, known_hash.is_none(), &mut problems);
    if let Some(e) = &evidence {
        problems.extend(e.problems());
        problems.extend(super::check::outcomes::problems(e));
        problems.extend(super::check::facts::problems(e));
    }
    if let (Some(raw), Some(evidence), Some(rules)) = (raw, evidence, rules) {
        match build::build(raw, rules, evidence, hash) {
            Ok(bank) if problems.is_empty() => {
                return Ok(Bank {
                    screen_words: screen_words.unwrap_or_default(),
                    ..bank
                });
            }
            Ok(_) => {}
            Err(more) => problems.extend(more),
        }
    }
    Err(BankError::Invalid {
        folder: folder.to_path_buf(),
        problems,
    })
}

/// The three files' texts (a file that could not be read is a problem), each
/// text from outside checked for characters that act on a terminal, and the
/// hash of them all (or the hash already known for the built-in files).
fn read_and_hash(
    texts: [Result<String, Problem>; 3],
    known_hash: Option<&str>,
    problems: &mut Vec<Problem>,
) -> ([Option<String>; 3], String) {
    let mut hasher = Sha256::new();
    let texts = texts.map(|text| match text {
        Ok(text) => {
            if known_hash.is_none() {
                hasher.update(text.as_bytes());
            }
            Some(text)
        }
        Err(p) => {
            problems.push(p);
            None
        }
    });
    // Text from outside: the built-in files are checked by a test instead.
    if known_hash.is_none() {
        for (file, text) in ["bank.json", "evidence.json", "rules.json"]
            .iter()
            .zip(&texts)
        {
            if let Some(text) = text {
                problems.extend(super::acting::problems(file, text));
            }
        }
    }
    let hash: String = match known_hash {
        Some(hash) => hash.to_string(),
        None => hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    };
    (texts, hash)
}

/// The words on the screens: the shipped ones, or a bank's own screens.json.
fn screen_words(
    screens: Option<Result<String, Problem>>,
    from_outside: bool,
    problems: &mut Vec<Problem>,
) -> Option<ScreenWords> {
    match screens {
        None => Some(ScreenWords::shipped()),
        Some(Err(p)) => {
            problems.push(p);
            None
        }
        Some(Ok(text)) => {
            if from_outside {
                problems.extend(super::acting::problems(screens::FILE, &text));
            }
            ScreenWords::from_text(Some(&text))
                .map_err(|found| problems.extend(found))
                .ok()
        }
    }
}

/// A bank file read strictly: a key given twice in any object (a typed
/// field or a map's entry, such as a per-week table) is a problem, never
/// "the later one wins".
fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, Problem> {
    crate::text::strict_json::parse(text).map_err(|e| {
        let message = e.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message);
        Problem::new(
            file,
            &format!("line {}, column {}", e.line(), e.column()),
            message.to_string(),
        )
    })
}
