//! Tests of state.rs.

use super::*;

fn saved() -> Saved {
    Saved {
        bank_id: "b".into(),
        bank_version: "1".into(),
        bank_hash: "h".into(),
        saved_at: Some(DateTime::parse_from_rfc3339("2026-11-26T12:00:00.25-05:00").unwrap()),
        answers: serde_json::json!({"time.commitment": "not_sure"}),
        asked: vec!["time.commitment".into()],
        earlier_safety: None,
    }
}

#[test]
fn state_is_private_atomic_and_cleared() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("state");
    let folder = StateFolder::open(&path).unwrap();
    assert_eq!(folder.load().unwrap(), None);
    folder.save(&saved()).unwrap();
    folder.save(&saved()).unwrap();
    assert_eq!(folder.load().unwrap(), Some(saved()));
    #[cfg(unix)]
    {
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&folder.file()), 0o600);
        assert_eq!(mode(&path), 0o700);
    }
    folder.clear().unwrap();
    assert_eq!(folder.load().unwrap(), None);
}

#[test]
fn the_time_is_written_as_before_and_one_that_cannot_be_read_keeps_the_answers() {
    let dir = tempfile::tempdir().unwrap();
    let folder = StateFolder::open(dir.path()).unwrap();
    folder.save(&saved()).unwrap();
    let text = fs::read_to_string(folder.file()).unwrap();
    assert!(
        text.contains(r#""saved_at": "2026-11-26T12:00:00.250-05:00""#),
        "{text}"
    );
    fs::write(folder.file(), text.replace("2026-11-26T12", "yesterday")).unwrap();
    let loaded = folder.load().unwrap().unwrap();
    assert_eq!(loaded.saved_at, None);
    assert_eq!(loaded.answers, saved().answers);
}

#[test]
fn a_second_opener_is_told_the_state_is_busy() {
    let dir = tempfile::tempdir().unwrap();
    let _first = StateFolder::open(dir.path()).unwrap();
    assert!(matches!(
        StateFolder::open(dir.path()),
        Err(StateError::Busy(_))
    ));
}

#[test]
fn an_unreadable_state_is_kept_aside_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let folder = StateFolder::open(dir.path()).unwrap();
    fs::write(folder.file(), "{ half").unwrap();
    let message = folder.load().unwrap_err();
    assert!(message.contains("could not be read"));
    assert!(message.contains("state.json.unreadable-"), "{message}");
    assert_eq!(folder.load().unwrap(), None);
}

#[cfg(unix)]
#[test]
fn a_lock_that_is_a_link_is_refused_and_its_target_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state");
    fs::create_dir(&state).unwrap();
    fs::set_permissions(&state, fs::Permissions::from_mode(0o700)).unwrap();
    let victim = dir.path().join("victim");
    fs::write(&victim, "mine").unwrap();
    fs::set_permissions(&victim, fs::Permissions::from_mode(0o644)).unwrap();
    std::os::unix::fs::symlink(&victim, state.join(LOCK)).unwrap();
    let e = StateFolder::open(&state).unwrap_err();
    assert!(e.to_string().contains("is a symbolic link"), "{e}");
    let mode = fs::metadata(&victim).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o644, "the link's target was changed");
    // A link to nothing is not followed to make its target either.
    fs::remove_file(state.join(LOCK)).unwrap();
    let nowhere = dir.path().join("nowhere");
    std::os::unix::fs::symlink(&nowhere, state.join(LOCK)).unwrap();
    assert!(StateFolder::open(&state).is_err());
    assert!(!nowhere.exists());
}

#[cfg(unix)]
#[test]
fn a_lock_left_by_someone_keeps_its_mode_and_a_new_one_is_private() {
    let dir = tempfile::tempdir().unwrap();
    let first = StateFolder::open(dir.path()).unwrap();
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir.path().join(LOCK)), 0o600);
    drop(first);
    fs::set_permissions(dir.path().join(LOCK), fs::Permissions::from_mode(0o640)).unwrap();
    let _again = StateFolder::open(dir.path()).unwrap();
    assert_eq!(mode(&dir.path().join(LOCK)), 0o640);
}

#[cfg(unix)]
#[test]
fn a_folder_others_can_write_or_own_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o777)).unwrap();
    let e = StateFolder::open(dir.path()).unwrap_err();
    assert!(matches!(e, StateError::Unsafe { .. }), "{e}");
    assert!(e.to_string().contains("other users can change"), "{e}");
    assert!(!dir.path().join(LOCK).exists());
    assert_eq!(
        folder_problem(1001, 0o40700, 1000),
        Some("it belongs to another user")
    );
    assert_eq!(folder_problem(1000, 0o40700, 1000), None);
    assert!(folder_problem(1000, 0o40720, 1000).is_some());
}

#[cfg(unix)]
#[test]
fn a_fifo_or_device_link_as_state_is_set_aside_without_waiting() {
    let dir = tempfile::tempdir().unwrap();
    let folder = StateFolder::open(dir.path()).unwrap();
    std::os::unix::fs::symlink("/dev/zero", folder.file()).unwrap();
    let message = folder.load().unwrap_err();
    assert!(message.contains("symbolic link"), "{message}");
    assert_eq!(folder.load().unwrap(), None, "the next start is not stuck");
    let name = std::ffi::CString::new(folder.file().as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: mkfifo reads a NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0);
    let message = folder.load().unwrap_err();
    assert!(message.contains("FIFO"), "{message}");
    assert_eq!(folder.load().unwrap(), None);
}

#[test]
fn a_key_given_twice_in_a_state_file_is_named() {
    let text = serde_json::to_string(&saved()).unwrap().replacen(
        "\"answers\":{",
        "\"answers\":{\"safety.thoughts\":true,\"safety.thoughts\":false,",
        1,
    );
    let why = parse(&text).unwrap_err();
    assert!(
        why.contains("the key \"safety.thoughts\" is given more than once"),
        "{why}"
    );
}

#[test]
fn each_unreadable_state_is_set_aside_under_a_new_name_that_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let folder = StateFolder::open(dir.path()).unwrap();
    let mut named = Vec::new();
    for round in 0..3 {
        fs::write(folder.file(), format!("{{ half {round}")).unwrap();
        let message = folder.load().unwrap_err();
        let aside: Vec<PathBuf> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().contains("unreadable"))
            .filter(|p| !named.contains(p))
            .collect();
        assert_eq!(aside.len(), 1, "round {round}: {aside:?}");
        assert!(
            message.contains(&aside[0].display().to_string()),
            "{message}"
        );
        assert_eq!(
            fs::read_to_string(&aside[0]).unwrap(),
            format!("{{ half {round}")
        );
        named.push(aside[0].clone());
    }
    assert_eq!(folder.load().unwrap(), None);
}

fn part(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(format!(".state-{name}.part"));
    fs::write(&path, text).unwrap();
    path
}

#[test]
fn a_newer_whole_save_left_behind_is_used_and_every_leftover_removed() {
    let dir = tempfile::tempdir().unwrap();
    let folder = StateFolder::open(dir.path()).unwrap();
    folder.save(&saved()).unwrap();
    let mut newer = saved();
    newer.saved_at = Some(DateTime::parse_from_rfc3339("2026-11-26T12:05:00-05:00").unwrap());
    newer.asked.push("money.fee".into());
    let mut older = saved();
    older.saved_at = Some(DateTime::parse_from_rfc3339("2026-11-26T11:00:00-05:00").unwrap());
    let text = |s: &Saved| serde_json::to_string(s).unwrap();
    let whole = text(&newer);
    part(dir.path(), "a", &whole);
    part(dir.path(), "b", &text(&older));
    // Cut short by a kill: a newer time, but not whole.
    let cut = text(&Saved {
        saved_at: Some(DateTime::parse_from_rfc3339("2026-11-26T13:00:00-05:00").unwrap()),
        ..newer.clone()
    });
    part(dir.path(), "c", &cut[..cut.len() - 3]);
    assert_eq!(folder.load().unwrap(), Some(newer.clone()));
    assert_eq!(folder.load().unwrap(), Some(newer));
    let names: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".part"))
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn an_older_save_left_behind_never_replaces_the_newer_state() {
    let dir = tempfile::tempdir().unwrap();
    let folder = StateFolder::open(dir.path()).unwrap();
    folder.save(&saved()).unwrap();
    let mut older = saved();
    older.saved_at = Some(DateTime::parse_from_rfc3339("2026-11-26T11:00:00-05:00").unwrap());
    older.asked.clear();
    let left = part(dir.path(), "old", &serde_json::to_string(&older).unwrap());
    assert_eq!(folder.load().unwrap(), Some(saved()));
    assert!(!left.exists());
}
