//! One fluent way to run the real binary: `Test::new()` gives a private home
//! (a 0700 folder holding the state, the summaries and any file a test
//! writes) and a bare environment (no terminal, nothing of the user's); the
//! builder says what to run, and `Ran` (ran.rs) says what came out.

use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::rc::Rc;

use crate::common::{bin_path, example, files_in};
pub use crate::ran::Ran;

/// The files a bank folder must hold.
const BANK_FILES: [&str; 3] = ["bank.json", "evidence.json", "rules.json"];

/// A private folder for one test: `state/` for unfinished answers, `out/`
/// for summaries, `questions/` for a bank of the test's own, and whatever
/// else the test writes. Removed when the last run that uses it is dropped.
pub struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Home {
        let dir = tempfile::tempdir().unwrap();
        // tempfile makes it 0700 already; say so rather than rely on it.
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
        Home { dir }
    }

    /// A path inside the home.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Where summaries go unless a test says otherwise.
    pub fn out(&self) -> PathBuf {
        self.path("out")
    }

    /// The folder for unfinished answers; the program makes it when it
    /// first keeps an answer.
    pub fn state(&self) -> PathBuf {
        self.path("state")
    }
}

/// Something to answer with: an example's name, a JSON value, raw bytes, or
/// a path (a FIFO, a device, a file written elsewhere).
pub enum Given {
    Example(String),
    Bytes(Vec<u8>),
    Path(PathBuf),
}

impl From<&str> for Given {
    fn from(name: &str) -> Given {
        Given::Example(name.into())
    }
}

impl From<serde_json::Value> for Given {
    fn from(value: serde_json::Value) -> Given {
        Given::Bytes(value.to_string().into_bytes())
    }
}

impl From<Vec<u8>> for Given {
    fn from(bytes: Vec<u8>) -> Given {
        Given::Bytes(bytes)
    }
}

impl From<&Path> for Given {
    fn from(path: &Path) -> Given {
        Given::Path(path.to_path_buf())
    }
}

impl From<&PathBuf> for Given {
    fn from(path: &PathBuf) -> Given {
        Given::Path(path.clone())
    }
}

/// One run of the binary, being described.
#[must_use]
pub struct Test {
    home: Rc<Home>,
    args: Vec<OsString>,
    env: Vec<(OsString, OsString)>,
    stdin: Option<Vec<u8>>,
    stdout: Option<Stdio>,
    stderr: Option<Stdio>,
    out: Option<PathBuf>,
    bank: bool,
    /// A program (and its arguments) that runs the binary, such as strace.
    under: Vec<OsString>,
    /// The folder the binary is run in (the test's own working folder if none).
    dir: Option<PathBuf>,
}

impl Test {
    pub fn new() -> Test {
        Test::in_home(Rc::new(Home::new()))
    }

    pub(crate) fn in_home(home: Rc<Home>) -> Test {
        Test {
            home,
            args: Vec::new(),
            env: Vec::new(),
            stdin: None,
            stdout: None,
            stderr: None,
            out: None,
            bank: false,
            under: Vec::new(),
            dir: None,
        }
    }

    pub fn home(&self) -> &Home {
        &self.home
    }

    /// Another run in the same home (same state, same `out/`).
    pub fn again(&self) -> Test {
        Test::in_home(self.home.clone())
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Test {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    pub fn args<I: IntoIterator<Item = S>, S: AsRef<OsStr>>(mut self, args: I) -> Test {
        for arg in args {
            self = self.arg(arg);
        }
        self
    }

    /// Set one variable on top of the bare environment (or replace one of
    /// its own, such as the state folder).
    pub fn env(mut self, key: &str, value: impl AsRef<OsStr>) -> Test {
        self.env.push((key.into(), value.as_ref().to_owned()));
        self
    }

    pub fn stdin(mut self, text: impl Into<Vec<u8>>) -> Test {
        self.stdin = Some(text.into());
        self
    }

    /// Write `bytes` to `name` inside the home (folders made as needed).
    pub fn file(self, name: &str, bytes: impl AsRef<[u8]>) -> Test {
        let path = self.home.path(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
        self
    }

    /// A named pipe at `name` inside the home.
    pub fn fifo(self, name: &str) -> Test {
        let path = self.home.path(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        let c = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
        // SAFETY: mkfifo reads a NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        self
    }

    /// `run --answers` with `given`, saving into the home's `out/`. Bytes
    /// and JSON are written to `answers.json` in the home first.
    pub fn answers(mut self, given: impl Into<Given>) -> Test {
        let path = match given.into() {
            Given::Example(name) => example(&name),
            Given::Path(path) => path,
            Given::Bytes(bytes) => {
                self = self.file("answers.json", bytes);
                self.home.path("answers.json")
            }
        };
        self.out.get_or_insert_with(|| self.home.out());
        self.args(["run", "--answers"]).arg(path)
    }

    /// Answer in plain mode by piping `lines`, saving into the home's `out/`.
    pub fn plain<S: AsRef<str>>(mut self, lines: &[S]) -> Test {
        self.out.get_or_insert_with(|| self.home.out());
        let mut text = String::new();
        for line in lines {
            text.push_str(line.as_ref());
            text.push('\n');
        }
        self.arg("--plain").stdin(text)
    }

    /// Save summaries in `out` rather than the home's `out/`.
    pub fn out_to(mut self, out: impl AsRef<Path>) -> Test {
        self.out = Some(out.as_ref().to_path_buf());
        self
    }

    /// Use a bank of the test's own: `questions/` in the home, holding
    /// `text` as `name` and the built-in files for the rest.
    pub fn bank_file(self, name: &str, text: impl AsRef<[u8]>) -> Test {
        self.file(&format!("questions/{name}"), text).own_bank()
    }

    /// Use `questions/` in the home as the bank, filling in the built-in
    /// bank.json, evidence.json and rules.json where the test wrote none
    /// (screens.json only when the test writes one).
    pub fn own_bank(mut self) -> Test {
        self.bank = true;
        self
    }

    /// Run the binary under another program, given as its words (such as
    /// `strace` with a fault to inject), the binary and its arguments after.
    pub fn under<S: AsRef<OsStr>>(mut self, words: &[S]) -> Test {
        self.under = words.iter().map(|w| w.as_ref().to_owned()).collect();
        self
    }

    /// Run the binary in `name` inside the home (made if missing), so a test
    /// can see that nothing lands in the folder it was run from.
    pub fn in_folder(mut self, name: &str) -> Test {
        let dir = self.home.path(name);
        std::fs::create_dir_all(&dir).unwrap();
        self.dir = Some(dir);
        self
    }

    /// Standard output is a pipe nobody reads: every write to it fails.
    pub fn closed_stdout(mut self) -> Test {
        self.stdout = Some(closed_pipe());
        self
    }

    /// Standard error is a pipe nobody reads.
    pub fn closed_stderr(mut self) -> Test {
        self.stderr = Some(closed_pipe());
        self
    }

    /// The command this test describes, and the folder it saves in.
    fn command(&mut self) -> (Command, PathBuf) {
        if self.bank {
            let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("questions");
            let own = self.home.path("questions");
            std::fs::create_dir_all(&own).unwrap();
            for name in BANK_FILES {
                if std::fs::symlink_metadata(own.join(name)).is_err() {
                    std::fs::copy(root.join(name), own.join(name)).unwrap();
                }
            }
            self.args.push("--questions".into());
            self.args.push(own.into());
        }
        let out = self.out.take();
        if let Some(out) = &out {
            self.args.push("--out".into());
            self.args.push(out.into());
        }
        let mut cmd = match self.under.split_first() {
            Some((program, words)) => {
                let mut cmd = Command::new(program);
                cmd.args(words).arg(bin_path());
                cmd
            }
            None => Command::new(bin_path()),
        };
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.home.path(""))
            .env("THERAPY_CHOICE_STATE_DIR", self.home.state())
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .args(&self.args)
            .current_dir(self.dir.clone().unwrap_or_else(|| ".".into()))
            .stdout(self.stdout.take().unwrap_or_else(Stdio::piped))
            .stderr(self.stderr.take().unwrap_or_else(Stdio::piped));
        (cmd, out.unwrap_or_else(|| self.home.out()))
    }

    /// Start the program and leave it running, its standard input an open
    /// pipe. Keep the test it came from (or a run of it) for as long as
    /// the program needs its home.
    pub fn spawn(mut self) -> std::process::Child {
        let (mut cmd, _) = self.command();
        cmd.stdin(Stdio::piped()).spawn().unwrap()
    }

    #[track_caller]
    pub fn run(mut self) -> Ran {
        let (mut cmd, out) = self.command();
        let before = files_in(&out);
        cmd.stdin(match self.stdin {
            Some(_) => Stdio::piped(),
            None => Stdio::null(),
        });
        let mut child = cmd.spawn().unwrap();
        if let Some(bytes) = &self.stdin {
            let mut pipe = child.stdin.take().unwrap();
            // The program may stop reading early (bad input, a refusal):
            // a broken pipe here is its business, not the test's.
            let _ = pipe.write_all(bytes);
        }
        let output = child.wait_with_output().unwrap();
        Ran::new(self.home, self.args, output, out, before)
    }
}

/// The write end of a pipe whose read end is already closed: every write
/// fails with a broken pipe.
fn closed_pipe() -> Stdio {
    let mut fds = [0; 2];
    // SAFETY: pipe writes two new descriptors into the array.
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
    // SAFETY: both descriptors are new and owned here.
    drop(unsafe { OwnedFd::from_raw_fd(fds[0]) });
    Stdio::from(unsafe { OwnedFd::from_raw_fd(fds[1]) })
}
