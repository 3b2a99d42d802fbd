//! Hash the built-in question bank once, when the program is built, so that
//! starting it does not have to (the record names the bank by this hash).

use sha2::{Digest, Sha256};
use std::path::Path;

fn main() {
    let mut hasher = Sha256::new();
    for name in ["bank.json", "evidence.json", "rules.json"] {
        let path = Path::new("questions").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        hasher.update(std::fs::read(&path).expect("the built-in questions are readable"));
    }
    let hash: String = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("embedded_hash.rs");
    std::fs::write(out, format!("const EMBEDDED_HASH: &str = \"{hash}\";\n")).unwrap();
}
