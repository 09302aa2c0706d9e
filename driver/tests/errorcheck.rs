//! Errorcheck tests in the style of Go's test tree: every
//! `testdata/errorcheck/*.go` starts with `// errorcheck`; building it must
//! fail with exit status 1, each `// ERROR "regexp" ...` comment must be
//! matched by one reported error on its line (one error per regexp), and no
//! error may be reported that no comment expects. Regexps are the raw text
//! between double quotes, as in Go's runner (`testdir_test.go`).
//!
//! `testdata/errorcheck_gc.py` applies the same rules with real Go, to check
//! the test files themselves.

mod support;

use std::fs;
use std::path::Path;

use support::regex::Regex;
use support::{gobuild, run_split, Report, TempDir};

/// One reported error: its line and message (continuation lines, which gc
/// indents with a tab, are joined with `\n`).
#[derive(Debug, Clone)]
struct Reported {
    line: u32,
    message: String,
}

/// Parses `file:line:col: message` (or `file:line: message`) lines that
/// name `file_name`; other lines, such as `# command-line-arguments`, are
/// ignored unless indented (continuations).
fn parse_errors(stderr: &str, file_name: &str) -> (Vec<Reported>, Vec<String>) {
    let mut errs: Vec<Reported> = Vec::new();
    let mut foreign = Vec::new();
    let mut last_was_ours = false;
    for line in stderr.lines() {
        if let Some(cont) = line.strip_prefix('\t') {
            if last_was_ours {
                if let Some(e) = errs.last_mut() {
                    e.message.push_str("\n\t");
                    e.message.push_str(cont);
                }
            }
            continue;
        }
        last_was_ours = false;
        match split_position(line) {
            Some((file, line_no, message)) => {
                let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
                if base == file_name {
                    errs.push(Reported {
                        line: line_no,
                        message: message.to_string(),
                    });
                    last_was_ours = true;
                } else {
                    foreign.push(line.to_string());
                }
            }
            None if line.starts_with('#') || line.trim().is_empty() => {}
            None => foreign.push(line.to_string()),
        }
    }
    (errs, foreign)
}

/// `FILE.go:LINE:COL: MSG` or `FILE.go:LINE: MSG` → (FILE.go, LINE, MSG).
fn split_position(line: &str) -> Option<(&str, u32, &str)> {
    let go = line.find(".go:")?;
    let file = &line[..go + 3];
    let rest = &line[go + 4..];
    let (line_no, rest) = rest.split_once(':')?;
    let line_no: u32 = line_no.parse().ok()?;
    let rest = match rest.split_once(':') {
        Some((col, msg)) if !col.is_empty() && col.bytes().all(|b| b.is_ascii_digit()) => msg,
        _ => rest,
    };
    Some((file, line_no, rest.strip_prefix(' ').unwrap_or(rest)))
}

/// The `// ERROR "re" "re"...` expectations, by line.
fn expectations(source: &str) -> Result<Vec<(u32, Vec<String>)>, String> {
    let mut out = Vec::new();
    for (i, text) in source.split('\n').enumerate() {
        let Some(at) = text.find("// ERROR ") else {
            continue;
        };
        let mut rest = &text[at + "// ERROR ".len()..];
        let mut res = Vec::new();
        while let Some(open) = rest.find('"') {
            let after = &rest[open + 1..];
            // An unpaired quote ends the list, as with Go's `"([^"]*)"` scan
            // (a line may carry the text of an unterminated string).
            let Some(close) = after.find('"') else {
                break;
            };
            res.push(after[..close].to_string());
            rest = &after[close + 1..];
        }
        if res.is_empty() {
            return Err(format!("line {}: // ERROR without a quoted regexp", i + 1));
        }
        out.push((i as u32 + 1, res));
    }
    Ok(out)
}

fn check_file(path: &Path) -> Result<(), String> {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let source = fs::read_to_string(path).map_err(|e| format!("read: {e}"))?;
    match support::action_of(&source) {
        Some((action, _)) if action == "errorcheck" => {}
        Some((action, _)) => return Err(format!("unknown action {action:?}, want errorcheck")),
        None => return Err("no action comment".into()),
    }
    let expected = expectations(&source)?;
    if expected.is_empty() {
        return Err("no // ERROR comments".into());
    }

    // Build in a private directory: no go.mod above it, outputs land there.
    let tmp = TempDir::new("errorcheck");
    fs::copy(path, tmp.path().join(&name)).map_err(|e| format!("copy: {e}"))?;
    let (_, stderr, status) = run_split(
        gobuild()
            .args(["build", "-o", "out.wasm", &name])
            .current_dir(tmp.path()),
    );

    let mut problems = Vec::new();
    if status != Some(1) {
        problems.push(format!("exit status {status:?}, want 1"));
    }
    let (mut reported, foreign) = parse_errors(&stderr, &name);
    for line in foreign {
        problems.push(format!("unexpected output: {line}"));
    }
    for (line, res) in expected {
        for re in res {
            let rx = Regex::new(&re).map_err(|e| format!("line {line}: bad regexp {re:?}: {e}"))?;
            match reported
                .iter()
                .position(|e| e.line == line && rx.is_match(&e.message))
            {
                Some(k) => {
                    reported.remove(k);
                }
                None => {
                    let on_line: Vec<&str> = reported
                        .iter()
                        .filter(|e| e.line == line)
                        .map(|e| e.message.as_str())
                        .collect();
                    problems.push(format!(
                        "{name}:{line}: missing error matching {re:?} (errors on this line: {on_line:?})"
                    ));
                }
            }
        }
    }
    for e in reported {
        problems.push(format!("{name}:{}: unmatched error: {}", e.line, e.message));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\nfull stderr:\n{stderr}", problems.join("\n")))
    }
}

#[test]
fn errorcheck() {
    // GOBUILD_ERRORCHECK_DIR points the same runner at another tree of such tests.
    match std::env::var_os("GOBUILD_ERRORCHECK_DIR") {
        Some(dir) => check_tree("errorcheck", Path::new(&dir), 0),
        None => check_tree("errorcheck", &support::testdata("errorcheck"), 15),
    }
}

/// The compile errors of the Go-language issue (testdata/lang/errorcheck),
/// with the cases the checker does not get right yet in its
/// known_failures.txt.
#[test]
fn errorcheck_lang() {
    if std::env::var_os("GOBUILD_ERRORCHECK_DIR").is_some() {
        return;
    }
    check_tree(
        "errorcheck_lang",
        &support::testdata("lang").join("errorcheck"),
        30,
    );
}

/// The go:wasmimport / go:wasmexport rules of shared/spec/wasm.md §2–§4.
#[test]
fn errorcheck_wasm_directives() {
    check_tree(
        "errorcheck_wasm",
        &support::testdata("wasmabi").join("errorcheck"),
        10,
    );
}

/// Runs every errorcheck file below `dir`, which must hold at least `min`.
fn check_tree(name: &str, dir: &Path, min: usize) {
    let files = support::files_with_suffix(dir, ".go");
    assert!(
        files.len() >= min,
        "expected the errorcheck corpus in {}, found {} files",
        dir.display(),
        files.len()
    );
    let files: Vec<_> = files
        .into_iter()
        .filter(|p| support::selected(&p.to_string_lossy()))
        .collect();
    let known = support::known_failures(dir);
    let results = support::par_map(&files, |p| check_file(p));
    let mut report = Report::default();
    for (path, result) in files.iter().zip(results) {
        let case = support::case_name(dir, path);
        match known.get(&case) {
            Some(reason) => report.known_failure(&case, reason, result),
            None => report.check(&case, result),
        }
    }
    report.finish(name);
}

/// The runner's own pieces, independent of gobuild.
#[test]
fn runner_self_test() {
    let (errs, foreign) = parse_errors(
        "# command-line-arguments\n./a.go:7:2: declared and not used: x\n\
         ./a.go:9:6: b redeclared in this block\n\t./a.go:8:6: other declaration of b\n\
         a.go:3:1: expected 'package', found 'func'\nb.go:1:1: elsewhere\n",
        "a.go",
    );
    assert_eq!(errs.len(), 3);
    assert_eq!(errs[0].line, 7);
    assert_eq!(errs[0].message, "declared and not used: x");
    assert_eq!(
        errs[1].message,
        "b redeclared in this block\n\t./a.go:8:6: other declaration of b"
    );
    assert_eq!(errs[2].line, 3);
    assert_eq!(foreign, vec!["b.go:1:1: elsewhere".to_string()]);

    let ex = expectations("x\ny // ERROR \"a\\(b\" \"c\"\n").unwrap();
    assert_eq!(ex, vec![(2, vec!["a\\(b".to_string(), "c".to_string()])]);

    let cases: &[(&str, &str, bool)] = &[
        ("undefined: x", "undefined: x", true),
        ("undefined: x", "undefined: y", false),
        (
            r"i \+ s \(mismatched types int and string\)",
            "invalid operation: i + s (mismatched types int and string)",
            true,
        ),
        (
            r"unexpected \), expected",
            "syntax error: unexpected ), expected expression",
            true,
        ),
        (
            "^syntax error: unexpected .*, expected }$",
            "syntax error: unexpected EOF, expected }",
            true,
        ),
        ("^unexpected", "syntax error: unexpected", false),
        ("a|b", "xxbxx", true),
        ("(ab)+c", "ababc", true),
        ("(?:ab)+c", "abac", false),
        ("[a-c]{2,3}d", "xbcd", true),
        ("[^a-c]d", "cd", false),
        (r"\d+ values", "2 values", true),
        (
            r"have \(number, number\)\n\twant",
            "x\n\thave (number, number)\n\twant (int)",
            true,
        ),
        ("U\\+0040 '@'", "invalid character U+0040 '@'", true),
        ("x{", "x{", true),
        ("(a*)*b", "aaaaaaaaaaac", false),
        ("", "anything", true),
    ];
    for &(re, text, want) in cases {
        let rx = Regex::new(re).unwrap_or_else(|e| panic!("{re}: {e}"));
        assert_eq!(rx.is_match(text), want, "{re:?} on {text:?}");
    }
    assert!(Regex::new("(a").is_err());
    assert!(Regex::new("*a").is_err());
    assert!(Regex::new("a)").is_err());
    assert!(Regex::new(r"\q").is_err());
}
