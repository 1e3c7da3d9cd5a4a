//! Tests that run the compiler: the compile-fail messages of `ui/` (through
//! trybuild) and the optimised assembly of `probes.rs`. Both build nested
//! cargo projects, in one directory inside the outer target directory (see
//! [`nested_target_dir`]), so they work wherever that is and from any
//! working directory.

mod codegen;
mod ui;

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

/// The outer target directory as cargo reports it to this test: what
/// `CARGO_TARGET_DIR`, `build.target-dir` or the default make it.
fn target_dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let out = Command::new(env!("CARGO"))
            .args(["metadata", "--no-deps", "--format-version=1", "--offline"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("run cargo metadata");
        assert!(
            out.status.success(),
            "cargo metadata failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json = String::from_utf8(out.stdout).expect("cargo metadata prints UTF-8");
        PathBuf::from(json_string(&json, "target_directory"))
    })
}

/// Where the nested builds go: trybuild's own directory,
/// `<target>/tests/trybuild`, which the codegen probe shares.
fn nested_target_dir() -> PathBuf {
    target_dir().join("tests").join("trybuild")
}

/// The string value of the first `"key":"..."` in `json`, unescaped.
fn json_string(json: &str, key: &str) -> String {
    let start = json
        .find(&format!("\"{key}\":\""))
        .unwrap_or_else(|| panic!("no {key} in {json}"))
        + key.len()
        + 4;
    let mut value = String::new();
    let mut chars = json[start..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return value,
            '\\' => match chars.next() {
                Some('n') => value.push('\n'),
                Some('t') => value.push('\t'),
                Some(other) => value.push(other),
                None => break,
            },
            c => value.push(c),
        }
    }
    panic!("unterminated {key} in {json}")
}

#[test]
fn json_strings_are_unescaped() {
    let json = r#"{"a":1,"target_directory":"/tmp/a \"b\"\\c","x":"y"}"#;
    assert_eq!(json_string(json, "target_directory"), r#"/tmp/a "b"\c"#);
    assert_eq!(json_string(json, "x"), "y");
}
