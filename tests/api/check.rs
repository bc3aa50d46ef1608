//! `crisis-lookup check`, run as a maintainer runs it.

use crate::helpers::repo_path;
use std::process::{Command, Output};

fn check(data: &std::path::Path, locales: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_crisis-lookup"))
        .arg("check")
        .arg("--data")
        .arg(data)
        .arg("--locales")
        .arg(locales)
        .output()
        .unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn check_passes_on_the_shipped_dataset_and_locales() {
    let output = check(&repo_path("resources.yaml"), &repo_path("locales"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(stdout.contains("ok:"), "{stdout}");
}

#[test]
fn check_points_at_a_yaml_syntax_error_with_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = dir.path().join("resources.yaml");
    let original =
        std::fs::read_to_string(repo_path("resources.yaml")).unwrap_or_else(|e| panic!("{e}"));
    // Line 3 becomes an unclosed flow sequence.
    let mut lines: Vec<&str> = original.lines().collect();
    lines.insert(2, "broken: [unclosed");
    std::fs::write(&data, lines.join("\n")).unwrap_or_else(|e| panic!("{e}"));

    let output = check(&data, &repo_path("locales"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "{stdout}");
    let expected = format!("{}:3:", data.display());
    assert!(
        stdout.lines().any(|l| l.starts_with(&expected)),
        "expected `{expected}COLUMN: …` in:\n{stdout}"
    );
}

#[test]
fn check_reports_every_invalid_value_in_one_run() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = dir.path().join("resources.yaml");
    let original =
        std::fs::read_to_string(repo_path("resources.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let broken = original
        .replacen(
            "website: https://www.zelfmoord1813.be",
            "website: http://www.zelfmoord1813.be",
            1,
        )
        .replacen(
            "topics: [suicide, emotional-support]",
            "topics: [suicide, astrology]",
            1,
        );
    assert_ne!(broken, original);
    std::fs::write(&data, &broken).unwrap_or_else(|e| panic!("{e}"));

    let output = check(&data, &repo_path("locales"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(1));
    let line_of = |needle: &str| {
        broken
            .lines()
            .position(|l| l.contains(needle))
            .map(|i| i + 1)
            .unwrap_or(0)
    };
    let http_line = line_of("http://www.zelfmoord1813.be");
    let topic_line = line_of("astrology");
    assert!(
        stdout.contains(&format!(
            "resources.yaml:{http_line}:18: link `http://www.zelfmoord1813.be` must use https"
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("resources.yaml:{topic_line}:"))
            && stdout.contains("unknown topic `astrology`"),
        "{stdout}"
    );
}
