//! What one run of the binary did, to assert on: its exit code, its
//! standard output and error, and the files it wrote (with their modes).

use std::ffi::OsString;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use crate::common::{assert_same_as_example, files_in};
use crate::test::{Home, Test};

/// What one run did: its exit, its output, the files it wrote.
pub struct Ran {
    home: Rc<Home>,
    args: Vec<OsString>,
    output: std::process::Output,
    out: PathBuf,
    before: Vec<PathBuf>,
}

impl Ran {
    pub(crate) fn new(
        home: Rc<Home>,
        args: Vec<OsString>,
        output: std::process::Output,
        out: PathBuf,
        before: Vec<PathBuf>,
    ) -> Ran {
        Ran {
            home,
            args,
            output,
            out,
            before,
        }
    }

    /// A new run in the same home (same state, same `out/`).
    pub fn again(&self) -> Test {
        Test::in_home(self.home.clone())
    }

    pub fn home(&self) -> &Home {
        &self.home
    }

    /// The folder this run saved summaries in.
    pub fn out(&self) -> &Path {
        &self.out
    }

    fn said(&self) -> String {
        format!(
            "{:?} exited {:?}\nstdout:\n{}\nstderr:\n{}",
            self.args,
            self.output.status.code(),
            String::from_utf8_lossy(&self.output.stdout),
            String::from_utf8_lossy(&self.output.stderr)
        )
    }

    #[track_caller]
    pub fn code(self, code: i32) -> Ran {
        assert_eq!(self.output.status.code(), Some(code), "{}", self.said());
        self
    }

    #[track_caller]
    pub fn success(self) -> Ran {
        self.code(0)
    }

    #[track_caller]
    pub fn stdout_has(self, words: &str) -> Ran {
        let stdout = self.stdout();
        self.holds(&stdout, "stdout", words)
    }

    #[track_caller]
    pub fn stderr_has(self, words: &str) -> Ran {
        let stderr = self.stderr();
        self.holds(&stderr, "stderr", words)
    }

    #[track_caller]
    fn holds(self, text: &str, which: &str, words: &str) -> Ran {
        assert!(
            text.contains(words),
            "no {words:?} in {which}:\n{}",
            self.said()
        );
        self
    }

    #[track_caller]
    pub fn stdout_starts(self, words: &str) -> Ran {
        assert!(self.stdout().starts_with(words), "{}", self.said());
        self
    }

    #[track_caller]
    pub fn stdout_lacks(self, words: &str) -> Ran {
        assert!(
            !self.stdout().contains(words),
            "{words:?} in stdout:\n{}",
            self.said()
        );
        self
    }

    #[track_caller]
    pub fn stderr_lacks(self, words: &str) -> Ran {
        let stderr = self.stderr();
        assert!(
            !stderr.contains(words),
            "{words:?} in stderr:\n{}",
            self.said()
        );
        self
    }

    #[track_caller]
    pub fn no_stdout(self) -> Ran {
        assert!(self.output.stdout.is_empty(), "{}", self.said());
        self
    }

    #[track_caller]
    pub fn no_stderr(self) -> Ran {
        assert!(self.output.stderr.is_empty(), "{}", self.said());
        self
    }

    /// Standard output, which must be UTF-8.
    #[track_caller]
    pub fn stdout(&self) -> String {
        String::from_utf8(self.output.stdout.clone()).expect("stdout is not UTF-8")
    }

    /// Standard error, which must be UTF-8.
    #[track_caller]
    pub fn stderr(&self) -> String {
        String::from_utf8(self.output.stderr.clone()).expect("stderr is not UTF-8")
    }

    pub fn stdout_bytes(&self) -> &[u8] {
        &self.output.stdout
    }

    pub fn stderr_bytes(&self) -> &[u8] {
        &self.output.stderr
    }

    /// Standard output read as JSON.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.output.stdout).unwrap()
    }

    /// The files this run added to its summary folder, sorted, each with
    /// its permission bits.
    pub fn files(&self) -> Vec<(PathBuf, u32)> {
        files_in(&self.out)
            .into_iter()
            .filter(|p| !self.before.contains(p))
            .map(|p| {
                let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
                (p, mode)
            })
            .collect()
    }

    /// The one summary record (.json) this run wrote.
    #[track_caller]
    pub fn record(&self) -> PathBuf {
        let json: Vec<PathBuf> = self
            .files()
            .into_iter()
            .map(|(p, _)| p)
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        assert_eq!(json.len(), 1, "{}", self.said());
        json[0].clone()
    }

    /// The record this run wrote is the one `run --answers` writes for the
    /// example `name`, apart from its time.
    #[track_caller]
    pub fn same_record_as(self, name: &str, what: &str) -> Ran {
        assert_same_as_example(&self.out, name, what);
        self
    }
}
