//! The yardstick for `run --answers`: the least any program could do for the
//! same job. It starts, writes three files of the given sizes durably (write,
//! fsync, rename into place) and exits.
//! Usage: floor OUT_DIR SIZE SIZE SIZE

use std::fs::{self, File};
use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let out = std::path::Path::new(&args[1]);
    fs::create_dir_all(out).unwrap();
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    for (n, size) in args[2..].iter().enumerate() {
        let size: usize = size.parse().unwrap();
        let temp = out.join(format!(".floor-{stamp}-{n}.part"));
        let mut f = File::create(&temp).unwrap();
        f.write_all(&vec![b'x'; size]).unwrap();
        f.sync_all().unwrap();
        fs::rename(&temp, out.join(format!("floor-{stamp}-{n}"))).unwrap();
    }
    if let Ok(dir) = File::open(out) {
        let _ = dir.sync_all();
    }
}
