//! Tests of triage.rs.

use super::*;

fn sure(mut row: Row, points: u32) -> Row {
    row.conflict = Some(Conflict {
        title: "How sure you feel".to_string(),
        points,
        out_of: 4,
        flagged: points < 4,
    });
    row
}

fn sorted(given: &[Row]) -> Vec<String> {
    let mut t = Triage::default();
    for r in given.iter().cloned() {
        t.add(r);
    }
    t.sort();
    t.rows()
        .map(|r| r.path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn sorted_safety_then_flagged_conflict_then_newest_whatever_the_scores() {
    // Times and scores interleave: a 3/4 flagged at 18:32 comes before a
    // 2/4 flagged at 18:27, and an unflagged 4/4 at 18:40 after both.
    let mut safety_old = sample("safety-old", "18:01");
    safety_old.safety = true;
    let mut safety_calm = sure(sample("safety-new-calm", "18:20"), 4);
    safety_calm.safety = true;
    let mut phq_high = sure(sample("phq-27-calm", "18:45"), 4);
    phq_high.phq9 = Some(27);
    phq_high.mismatch = true;
    let given = [
        sure(sample("flag-2-of-4-at-1827", "18:27"), 2),
        sure(sample("calm-at-1840", "18:40"), 4),
        sure(sample("flag-3-of-4-at-1832", "18:32"), 3),
        safety_old,
        sure(sample("flag-0-of-4-at-1810", "18:10"), 0),
        phq_high,
        safety_calm,
        sample("calm-at-1830", "18:30"),
    ];
    assert_eq!(
        sorted(&given),
        [
            "safety-new-calm",
            "safety-old",
            "flag-3-of-4-at-1832",
            "flag-2-of-4-at-1827",
            "flag-0-of-4-at-1810",
            "phq-27-calm",
            "calm-at-1840",
            "calm-at-1830",
        ]
    );
}

#[test]
fn rows_come_back_whole() {
    let mut full = sure(sample("full", "09:00"), 1);
    full.safety = true;
    full.phq9 = Some(21);
    full.phq9_item9 = true;
    full.own_lean = Some("Long-term therapy".into());
    full.own_side = Some(OptionId::LongTerm);
    full.mismatch = true;
    full.label = Some("J.S. 4471".into());
    full.barriers = BARRIERS.to_vec();
    let plain = sample("plain", "10:00");
    let mut unsure = sample("unsure", "11:00");
    unsure.own_side = None;
    unsure.own_lean = Some("I'm not sure yet".into());
    unsure.fit = None;
    let mut t = Triage::default();
    for r in [&full, &plain, &unsure] {
        t.add(r.clone());
    }
    let back: Vec<Row> = t.rows().collect();
    assert_eq!(back, [full, plain, unsure]);
    // The lean, the title and the two own leanings, each kept once.
    assert_eq!(t.words.list.len(), 5, "{:?}", t.words);
}

#[test]
fn more_than_65535_distinct_leans_each_come_back_as_given() {
    let mut t = Triage::default();
    let n = 70_000;
    let template = sample("r", "09:00");
    for k in 0..n {
        let mut r = template.clone();
        r.lean = format!("lean {k}");
        r.path = PathBuf::from(format!("/clinic/{k}.json"));
        t.add(r);
    }
    assert_eq!(
        t.words.list.len(),
        n + 2,
        "every lean, the title and the own lean"
    );
    for (k, r) in t.rows().enumerate() {
        if k % 997 == 0 || k >= 65_530 {
            assert_eq!(r.lean, format!("lean {k}"));
            assert_eq!(r.path, PathBuf::from(format!("/clinic/{k}.json")));
        }
    }
}

#[test]
fn a_barrier_is_written_in_json_as_a_pair_as_before() {
    let row = sample("a", "18:01");
    let json = serde_json::to_value(&row).unwrap();
    assert_eq!(json["barriers"], serde_json::json!([["cost", "long_term"]]));
}
