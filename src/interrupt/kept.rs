//! What is kept of the person's work: said by the command as it saves, read
//! when a stop is noticed and carried by the failure that reports it.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// What the command has said about saving so far.
#[derive(Debug, Default)]
pub struct Keeping(Mutex<Said>);

#[derive(Debug, Default)]
struct Said {
    /// Answers are being kept as the person goes.
    saving: bool,
    /// The summary files are written.
    summary_saved: bool,
    /// Keeping the answers failed.
    save_failed: bool,
    /// Where the summary files are (one indented path a line).
    saved_in: Option<String>,
}

/// What is kept of the person's work at the moment the program stops, read
/// once when the stop is noticed and carried by the failure that reports it.
#[derive(Debug, Clone, PartialEq)]
pub enum Kept {
    /// The summary is written, in these files (one indented path a line).
    SummaryIn(String),
    /// The summary is written.
    Summary,
    /// The answers so far are kept, to go on later.
    Answers,
    /// Keeping the answers failed.
    Lost,
    /// Nothing was written yet.
    Nothing,
}

impl Keeping {
    fn said(&self) -> MutexGuard<'_, Said> {
        // Only flags are set under this lock: one set halfway is still whole.
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Say that the summary files are written, so stopping now loses nothing.
    pub fn set_summary_saved(&self) {
        self.said().summary_saved = true;
    }

    /// Say where the summary files are, so a stop while the result is shown
    /// still tells the person. Said once per run; a second call keeps the
    /// first list, which is the same.
    pub fn set_saved_in(&self, files: &[PathBuf]) {
        let list: Vec<String> = files.iter().map(|f| format!("  {}", f.display())).collect();
        let mut said = self.said();
        said.saved_in.get_or_insert_with(|| list.join("\n"));
        said.summary_saved = true;
    }

    /// Say whether answers are being kept as the person goes.
    pub fn set_saving(&self, saving: bool) {
        self.said().saving = saving;
    }

    /// Say that keeping the answers failed: from now on nothing claims they are saved.
    pub fn set_save_failed(&self) {
        let mut said = self.said();
        said.saving = false;
        said.save_failed = true;
    }

    /// Whether the answers so far are kept.
    pub fn saving(&self) -> bool {
        self.said().saving
    }

    /// What is kept now.
    pub fn now(&self) -> Kept {
        let said = self.said();
        if let Some(files) = &said.saved_in {
            Kept::SummaryIn(files.clone())
        } else if said.summary_saved {
            Kept::Summary
        } else if said.saving {
            Kept::Answers
        } else if said.save_failed {
            Kept::Lost
        } else {
            Kept::Nothing
        }
    }
}

impl std::fmt::Display for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Kept::SummaryIn(files) => {
                write!(f, "Your summary is already saved in these files:\n{files}")
            }
            Kept::Summary => write!(f, "Your summary is already saved."),
            Kept::Answers => write!(
                f,
                "Your answers so far are saved. Run therapy-choice again to go on where you left off."
            ),
            Kept::Lost => write!(f, "Your answers could not be saved, so they are not kept."),
            Kept::Nothing => write!(f, "Nothing was saved."),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_kept_follows_what_the_command_said_in_order() {
        let keeping = Keeping::default();
        assert_eq!(keeping.now(), Kept::Nothing);
        keeping.set_saving(true);
        assert_eq!(keeping.now(), Kept::Answers);
        keeping.set_save_failed();
        assert_eq!(keeping.now(), Kept::Lost);
        assert!(!keeping.saving());
        keeping.set_summary_saved();
        assert_eq!(keeping.now(), Kept::Summary);
        keeping.set_saved_in(&[PathBuf::from("/a.md")]);
        keeping.set_saved_in(&[PathBuf::from("/b.md")]);
        assert_eq!(keeping.now(), Kept::SummaryIn("  /a.md".into()));
        // Each is its own: a new one has nothing kept.
        assert_eq!(Keeping::default().now(), Kept::Nothing);
    }
}
