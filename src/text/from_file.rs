//! The one way the program reads a file it did not just write (answers, saved
//! state, records, a question bank): opened without blocking, checked to be a
//! regular file on the open handle, and read no further than a limit. A FIFO,
//! a device or a folder is refused with a sentence instead of hanging or
//! filling memory. A UTF-8 byte-order mark at the start is accepted.

use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

#[cfg(unix)]
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};

/// Whether a symbolic link at the path itself may be followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    Follow,
    /// For files in the program's own folders: a link there is refused.
    Refuse,
}

/// Why a file could not be read, as the end of a sentence ("... : it is a FIFO").
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("there is no such file")]
    Missing,
    #[error("it is a symbolic link, which is not followed here")]
    Link,
    #[error("it is {0}, not a regular file")]
    NotRegular(&'static str),
    #[error("it is larger than {0} bytes, the most that is read")]
    TooLarge(u64),
    #[error("it is not UTF-8 text (bad byte at {0})")]
    NotUtf8(usize),
    #[error("could not read it: {0}")]
    Io(io::Error),
}

impl ReadError {
    pub fn is_missing(&self) -> bool {
        matches!(self, ReadError::Missing)
    }
}

/// Open a file for reading without blocking (a FIFO with no writer would
/// otherwise wait forever) and check on the open handle that it is a regular file.
pub fn open_regular(path: &Path, links: Links) -> Result<File, ReadError> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        let mut flags = libc::O_NONBLOCK | libc::O_CLOEXEC | libc::O_NOCTTY;
        if links == Links::Refuse {
            flags |= libc::O_NOFOLLOW;
        }
        options.custom_flags(flags);
    }
    let file = options.open(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => ReadError::Missing,
        _ if links == Links::Refuse && e.raw_os_error() == Some(libc::ELOOP) => ReadError::Link,
        _ => ReadError::Io(e),
    })?;
    let kind = file.metadata().map_err(ReadError::Io)?.file_type();
    if !kind.is_file() {
        return Err(ReadError::NotRegular(describe(kind)));
    }
    Ok(file)
}

fn describe(kind: std::fs::FileType) -> &'static str {
    if kind.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        if kind.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    "a special file"
}

/// Read at most `limit` bytes of a regular file.
pub fn read_bytes(path: &Path, limit: u64, links: Links) -> Result<Vec<u8>, ReadError> {
    let file = open_regular(path, links)?;
    // The size on the open handle is a hint only (the file may change).
    let size = file.metadata().map_or(0, |m| m.len());
    let mut bytes = Vec::with_capacity(size.min(limit) as usize + 1);
    // One byte more than the limit tells a file at the limit from a longer one,
    // whatever its metadata says (it may grow while it is read).
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(limit));
    }
    Ok(bytes)
}

/// Read a regular file of at most `limit` bytes as UTF-8 text, without a
/// leading byte-order mark.
pub fn read_text(path: &Path, limit: u64, links: Links) -> Result<String, ReadError> {
    text(read_bytes(path, limit, links)?)
}

/// Bytes as UTF-8 text, without a leading byte-order mark.
pub fn text(mut bytes: Vec<u8>) -> Result<String, ReadError> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| ReadError::NotUtf8(e.utf8_error().valid_up_to()))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn fifo(path: &Path) {
        let name = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: mkfifo reads a NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
    }

    #[test]
    fn a_fifo_with_no_writer_is_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("answers.json");
        fifo(&path);
        let e = read_text(&path, 100, Links::Follow).unwrap_err();
        assert_eq!(
            e.to_string(),
            "it is a FIFO (named pipe), not a regular file"
        );
    }

    #[test]
    fn a_device_is_refused_and_never_read() {
        let e = read_text(Path::new("/dev/zero"), 100, Links::Follow).unwrap_err();
        assert!(matches!(e, ReadError::NotRegular("a device")), "{e}");
        let e = read_text(Path::new("/tmp"), 100, Links::Follow).unwrap_err();
        assert!(matches!(e, ReadError::NotRegular("a folder")), "{e}");
    }

    #[test]
    fn a_link_is_refused_only_where_links_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.json");
        std::fs::write(&target, "{}").unwrap();
        let link = dir.path().join("state.json");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert_eq!(read_text(&link, 100, Links::Follow).unwrap(), "{}");
        assert!(matches!(
            read_text(&link, 100, Links::Refuse),
            Err(ReadError::Link)
        ));
        std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero")).unwrap();
        assert!(matches!(
            read_text(&dir.path().join("zero"), 100, Links::Follow),
            Err(ReadError::NotRegular(_))
        ));
    }

    #[test]
    fn the_limit_holds_whatever_the_size_and_a_bom_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        std::fs::write(&path, b"\xEF\xBB\xBF{\"a\": 1}").unwrap();
        assert_eq!(read_text(&path, 11, Links::Follow).unwrap(), "{\"a\": 1}");
        assert!(matches!(
            read_text(&path, 10, Links::Follow),
            Err(ReadError::TooLarge(10))
        ));
        assert!(
            read_text(&dir.path().join("none"), 10, Links::Follow)
                .unwrap_err()
                .is_missing()
        );
    }
}
