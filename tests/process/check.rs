//! `crisis-lookup check`, run as a maintainer runs it.

use crate::helpers::{copy_of_real_data, repo_path};
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

/// One maintainer mistake: the edit that makes it, the text at which
/// `check` must point (its line and column in the edited file), and what the
/// message must say.
struct Mistake {
    case: &'static str,
    file: &'static str,
    from: &'static str,
    to: &'static str,
    /// The position reported is where this text starts in the edited file…
    points_at: &'static str,
    /// …plus this many characters (e.g. to skip a key and reach its value).
    column_offset: usize,
    says: &'static str,
}

const MISTAKES: &[Mistake] = &[
    Mistake {
        case: "an unknown key",
        file: "resources.yaml",
        from: "        name: \"Zelfmoordlijn 1813\"\n",
        to: "        name: \"Zelfmoordlijn 1813\"\n        colour: blue\n",
        points_at: "colour: blue",
        column_offset: 0,
        says: "colour",
    },
    Mistake {
        case: "a duplicate key",
        file: "resources.yaml",
        from: "        name: \"Zelfmoordlijn 1813\"\n",
        to: "        name: \"Zelfmoordlijn 1813\"\n        name: \"Zelfmoordlijn\"\n",
        points_at: "name: \"Zelfmoordlijn\"\n",
        column_offset: 0,
        says: "name",
    },
    Mistake {
        case: "a duplicate id",
        file: "resources.yaml",
        from: "id: be-centre-de-prevention-du-suicide",
        to: "id: be-zelfmoordlijn-1813",
        points_at: "be-zelfmoordlijn-1813\n        name: \"Centre",
        column_offset: 0,
        says: "is already used at line",
    },
    Mistake {
        case: "an unknown country code",
        file: "resources.yaml",
        from: "code: \"BE\"",
        to: "code: \"BX\"",
        points_at: "\"BX\"",
        column_offset: 0,
        says: "not an ISO 3166-1 alpha-2 country code",
    },
    Mistake {
        case: "an invalid language code",
        file: "resources.yaml",
        from: "        languages: [nl]\n        topics: [suicide, emotional-support]\n        hours: 24/7",
        to: "        languages: [dutch]\n        topics: [suicide, emotional-support]\n        hours: 24/7",
        points_at: "dutch]",
        column_offset: 0,
        says: "not an ISO 639 language code",
    },
    Mistake {
        case: "a withdrawn language code that requests are mapped away from",
        file: "resources.yaml",
        from: "        languages: [nl]\n        topics: [suicide, emotional-support]\n        hours: 24/7",
        to: "        languages: [iw]\n        topics: [suicide, emotional-support]\n        hours: 24/7",
        points_at: "iw]",
        column_offset: 0,
        says: "write `he` for `iw`",
    },
    Mistake {
        case: "an unknown time zone",
        file: "resources.yaml",
        from: "timezone: Asia/Dhaka",
        to: "timezone: Asia/Dhakka",
        points_at: "{timezone: Asia/Dhakka",
        column_offset: 0,
        says: "`Asia/Dhakka` is not an IANA time zone",
    },
    Mistake {
        case: "overlapping hours",
        file: "resources.yaml",
        from: "{days: daily, from: \"15:00\", to: \"03:00\"}]",
        to: "{days: daily, from: \"15:00\", to: \"03:00\"}, {days: mon, from: \"16:00\", to: \"17:00\"}]",
        points_at: "{timezone: Asia/Dhaka",
        column_offset: 0,
        says: "ranges overlap on mon",
    },
    Mistake {
        case: "a phone number with a letter",
        file: "resources.yaml",
        from: "phone: \"1813\"",
        to: "phone: \"18l3\"",
        points_at: "\"18l3\"",
        column_offset: 0,
        says: "contains `l`",
    },
    Mistake {
        case: "a check claimed without reading the provider's page that day",
        file: "resources.yaml",
        from: "        note: \"Phone 24/7; the chat runs",
        to: "        checked: 2026-11-28\n        note: \"Phone 24/7; the chat runs",
        points_at: "2026-11-28\n        note: \"Phone",
        column_offset: 0,
        says: "no `provider: true` source was read that day",
    },
    Mistake {
        case: "a page dated after the day it was read",
        file: "resources.yaml",
        from: "            date: \"2026\"\n            read: 2026-11-28\n            says: \"2026: Dutch-language line\"",
        to: "            date: \"2026-12-01\"\n            read: 2026-11-28\n            says: \"2026: Dutch-language line\"",
        points_at: "\"2026-12-01\"",
        column_offset: 0,
        says: "is after the day it was read",
    },
    Mistake {
        case: "a Fluent syntax error",
        file: "locales/nl/crisis.ftl",
        from: "ask-country = In welk land ben je?",
        to: "ask-country = In welk land { ben je?",
        // The parser stops after the identifier `ben`, where it wanted `}`.
        points_at: "ben je?",
        column_offset: 4,
        says: "Fluent syntax",
    },
    Mistake {
        case: "a variable the program does not pass",
        file: "locales/nl/crisis.ftl",
        from: "ask-country = In welk land ben je?",
        to: "ask-country = In welk land { $land } ben je?",
        points_at: "ask-country = ",
        column_offset: 0,
        says: "uses `$land`, which the program does not pass",
    },
];

#[test]
fn check_points_at_each_kind_of_mistake_with_its_exact_line_and_column() {
    for mistake in MISTAKES {
        let (dir, data, locales) = copy_of_real_data();

        let path = dir.path().join(mistake.file);
        let original = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{e}"));
        assert!(
            original.contains(mistake.from),
            "{}: the edit applies",
            mistake.case
        );
        let edited = original.replacen(mistake.from, mistake.to, 1);
        std::fs::write(&path, &edited).unwrap_or_else(|e| panic!("{e}"));

        let offset = edited.find(mistake.points_at).unwrap_or_else(|| {
            panic!(
                "{}: `{}` is in the edited file",
                mistake.case, mistake.points_at
            )
        });
        let line = edited[..offset].matches('\n').count() + 1;
        let line_start = edited[..offset].rfind('\n').map_or(0, |i| i + 1);
        let column = edited[line_start..offset].chars().count() + 1 + mistake.column_offset;
        let expected = format!("{}:{line}:{column}: ", path.display());

        let output = check(&data, &locales);
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(
            output.status.code(),
            Some(1),
            "{}: check fails\n{stdout}",
            mistake.case
        );
        assert!(
            stdout
                .lines()
                .any(|l| l.starts_with(&expected) && l.contains(mistake.says)),
            "{}: expected a line starting with `{expected}` that says `{}`, got:\n{}",
            mistake.case,
            mistake.says,
            stdout
                .lines()
                .filter(|l| !l.contains("warning"))
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

#[test]
fn check_can_report_in_json_for_ci() {
    let output = Command::new(env!("CARGO_BIN_EXE_crisis-lookup"))
        .args(["check", "--format", "json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success());
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report["ok"], true);
    assert!(report["summary"]["countries"].as_u64().unwrap_or(0) >= 200);
    let problems = report["problems"].as_array().cloned().unwrap_or_default();
    assert!(
        problems.iter().all(|p| p["severity"] == "warning"),
        "only warnings on the shipped data"
    );
    assert!(
        problems.iter().all(|p| p["line"].as_u64().unwrap_or(0) > 0),
        "every warning has a position"
    );
}

#[test]
fn check_warns_about_a_short_code_that_breaks_its_countrys_rule() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = dir.path().join("resources.yaml");
    let original =
        std::fs::read_to_string(repo_path("resources.yaml")).unwrap_or_else(|e| panic!("{e}"));
    // Belgium is in the EU: its 116 numbers have six digits.
    let edited = original.replacen("phone: \"1813\"", "phone: \"116 12\"", 1);
    std::fs::write(&data, &edited).unwrap_or_else(|e| panic!("{e}"));
    let offset = edited.find("\"116 12\"").unwrap_or(0);
    let line = edited[..offset].matches('\n').count() + 1;
    let column = offset - edited[..offset].rfind('\n').map_or(0, |i| i + 1) + 1;

    let output = check(&data, &repo_path("locales"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "a warning does not fail check:\n{stdout}"
    );
    let expected = format!(
        "{}:{line}:{column}: warning: short code `116 12`",
        data.display()
    );
    assert!(
        stdout.lines().any(|l| l.starts_with(&expected)),
        "expected `{expected}…` in:\n{stdout}"
    );
}
