//! go.mod: a lexer ([`lexer`]), a line/block parser (here) and the
//! directive semantics ([`parse`]). Error lines read `go.mod:LINE: message`
//! (or `LINE:COL` inside blocks and for lexical errors), as the go command
//! prints them; the caller prefixes the file name it shows.

pub mod lexer;

use lexer::{TokKind, Token};
use std::path::{Path, PathBuf};

/// A `require` line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Require {
    pub path: String,
    pub version: String,
    pub indirect: bool,
}

/// What a `replace` points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReplaceTarget {
    /// Another module version (needs a download: unsupported by gobuild).
    Module { path: String, version: String },
    /// A local directory, resolved against the go.mod's directory.
    Dir(PathBuf),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replace {
    pub old_path: String,
    pub old_version: Option<String>,
    pub new: ReplaceTarget,
    pub line: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ModFile {
    pub module: String,
    /// The `go` directive, e.g. "1.27" (None when absent).
    pub go: Option<String>,
    pub toolchain: Option<String>,
    pub require: Vec<Require>,
    pub exclude: Vec<(String, String)>,
    pub replace: Vec<Replace>,
    pub retract: Vec<String>,
    /// go.work `use` directories, resolved against the file's directory.
    pub uses: Vec<PathBuf>,
}

impl ModFile {
    /// The language version for packages of this module: the `go` line
    /// reduced to major.minor, "1.16" when absent (as the go command assumes).
    pub fn language_version(&self) -> String {
        match &self.go {
            Some(v) => v.split('.').take(2).collect::<Vec<_>>().join("."),
            None => "1.16".into(),
        }
    }
}

/// One parse error, rendered without the file name: `LINE: msg` or `LINE:COL: msg`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModError {
    pub pos: String,
    pub message: String,
}

impl ModError {
    /// `FILE:POS: message`.
    pub fn render(&self, file: &str) -> String {
        format!("{file}:{}: {}", self.pos, self.message)
    }
}

/// A directive line: verb plus arguments, with the position shown in errors.
struct Stmt {
    verb: String,
    args: Vec<Token>,
    comment: Option<String>,
    pos: String,
}

fn statements(toks: &[Token], errs: &mut Vec<ModError>) -> Vec<Stmt> {
    // Split into lines first: each line is its tokens without newline.
    let mut lines: Vec<(Vec<Token>, Option<String>)> = Vec::new();
    let mut cur = Vec::new();
    let mut comment = None;
    for t in toks {
        match t.kind {
            TokKind::Newline | TokKind::Eof => {
                if !cur.is_empty() {
                    lines.push((std::mem::take(&mut cur), comment.take()));
                }
                comment = None;
            }
            TokKind::Comment => comment = Some(t.text.clone()),
            _ => cur.push(t.clone()),
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let (toks, comment) = &lines[i];
        i += 1;
        let first = &toks[0];
        let verb = match first.kind {
            TokKind::Word { .. } => first.text.clone(),
            _ => {
                errs.push(ModError {
                    pos: first.line.to_string(),
                    message: format!("unexpected token {}", first.text),
                });
                continue;
            }
        };
        let is_block = toks.len() >= 2 && toks[1].kind == TokKind::LParen;
        if !is_block {
            out.push(Stmt {
                verb,
                args: toks[1..].to_vec(),
                comment: comment.clone(),
                pos: first.line.to_string(),
            });
            continue;
        }
        // `verb (` opens a block; the rest of that line must be empty.
        if toks.len() > 2 {
            errs.push(ModError {
                pos: first.line.to_string(),
                message: format!(
                    "syntax error (unterminated block started at {}:{})",
                    first.line, toks[1].col
                ),
            });
        }
        let mut closed = false;
        while i < lines.len() {
            let (btoks, bcomment) = &lines[i];
            i += 1;
            if btoks[0].kind == TokKind::RParen {
                if btoks.len() > 1 {
                    errs.push(ModError {
                        pos: btoks[0].line.to_string(),
                        message: "syntax error: unexpected text after )".into(),
                    });
                }
                closed = true;
                break;
            }
            out.push(Stmt {
                verb: verb.clone(),
                args: btoks.clone(),
                comment: bcomment.clone(),
                pos: format!("{}:{}", btoks[0].line, btoks[0].col),
            });
        }
        if !closed {
            errs.push(ModError {
                pos: first.line.to_string(),
                message: format!(
                    "syntax error (unterminated block started at {}:{})",
                    first.line, toks[1].col
                ),
            });
        }
    }
    out
}

fn words(args: &[Token]) -> Option<Vec<&str>> {
    args.iter()
        .map(|t| match t.kind {
            TokKind::Word { .. } => Some(t.text.as_str()),
            _ => None,
        })
        .collect()
}

/// Whether a `go` line's version is well formed (`1.N`, `1.N.P`, `1.NrcK`, `1.NbetaK`).
pub fn valid_go_version(v: &str) -> bool {
    let Some(rest) = v.strip_prefix("1") else {
        return false;
    };
    if rest.is_empty() {
        return true;
    }
    let Some(rest) = rest.strip_prefix('.') else {
        return false;
    };
    let num_end = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let n = num_end(rest);
    if n == 0 || (n > 1 && rest.starts_with('0')) {
        return false;
    }
    let rest = &rest[n..];
    if rest.is_empty() {
        return true;
    }
    if let Some(p) = rest.strip_prefix('.') {
        let m = num_end(p);
        return m > 0 && m == p.len() && !(m > 1 && p.starts_with('0'));
    }
    for pre in ["rc", "beta"] {
        if let Some(k) = rest.strip_prefix(pre) {
            return !k.is_empty() && num_end(k) == k.len() && !k.starts_with('0');
        }
    }
    false
}

fn is_local_path(p: &str) -> bool {
    p.starts_with("./")
        || p.starts_with("../")
        || p == "."
        || p == ".."
        || Path::new(p).is_absolute()
}

const REPLACE_USAGE: &str = "usage: replace module/path [v1.2.3] => other/module v1.4\n\t or replace module/path [v1.2.3] => ../local/directory";

/// Parses go.mod text. `dir` is the go.mod's directory, against which local
/// replacement directories are resolved. Returns every error found.
pub fn parse(text: &str, dir: &Path) -> Result<ModFile, Vec<ModError>> {
    let toks = match lexer::tokenize(text) {
        Ok(t) => t,
        Err(e) => {
            return Err(vec![ModError {
                pos: format!("{}:{}", e.line, e.col),
                message: e.message,
            }])
        }
    };
    let mut errs = Vec::new();
    let stmts = statements(&toks, &mut errs);
    let mut mf = ModFile::default();
    let mut saw_module = false;
    for s in &stmts {
        let err = |errs: &mut Vec<ModError>, message: &str| {
            errs.push(ModError {
                pos: s.pos.clone(),
                message: message.to_string(),
            })
        };
        // Only `replace` has a non-word token (`=>`); parens inside a line
        // are errors for every verb.
        let has_parens = s
            .args
            .iter()
            .any(|t| matches!(t.kind, TokKind::LParen | TokKind::RParen));
        let args: Vec<&str> = match words(&s.args) {
            Some(a) => a,
            None if s.verb == "replace" && !has_parens => Vec::new(),
            None if s.verb == "replace" => {
                err(&mut errs, REPLACE_USAGE);
                continue;
            }
            None => {
                err(&mut errs, &format!("usage: {} ...", s.verb));
                continue;
            }
        };
        match s.verb.as_str() {
            "module" => {
                if saw_module {
                    err(&mut errs, "repeated module statement");
                } else if args.len() != 1 {
                    err(&mut errs, "usage: module module/path");
                } else {
                    saw_module = true;
                    mf.module = args[0].to_string();
                }
            }
            "go" => {
                if mf.go.is_some() {
                    err(&mut errs, "repeated go statement");
                } else if args.len() != 1 {
                    err(&mut errs, "go directive expects exactly one argument");
                } else if !valid_go_version(args[0]) {
                    err(
                        &mut errs,
                        &format!("invalid go version '{}': must match format 1.23.0", args[0]),
                    );
                } else {
                    mf.go = Some(args[0].to_string());
                }
            }
            "toolchain" => {
                if args.len() != 1 {
                    err(
                        &mut errs,
                        "toolchain directive expects exactly one argument",
                    );
                } else {
                    mf.toolchain = Some(args[0].to_string());
                }
            }
            "require" => {
                if args.len() != 2 {
                    err(&mut errs, "usage: require module/path v1.2.3");
                } else {
                    mf.require.push(Require {
                        path: args[0].to_string(),
                        version: args[1].to_string(),
                        indirect: s.comment.as_deref().is_some_and(|c| {
                            c.trim_start_matches('/').trim().starts_with("indirect")
                        }),
                    });
                }
            }
            "exclude" => {
                if args.len() != 2 {
                    err(&mut errs, "usage: exclude module/path v1.2.3");
                } else {
                    mf.exclude.push((args[0].to_string(), args[1].to_string()));
                }
            }
            "replace" => match replace(&s.args, dir) {
                Some(r) => mf.replace.push(r),
                None => err(&mut errs, REPLACE_USAGE),
            },
            "retract" => {
                // `retract v1.0.0` or `retract [v1.0.0, v1.1.0]`: kept as text.
                if s.args.is_empty() {
                    err(&mut errs, "usage: retract version");
                } else {
                    let text: Vec<&str> = s.args.iter().map(|t| t.text.as_str()).collect();
                    mf.retract.push(text.join(" "));
                }
            }
            // go.work only (the caller rejects it in a go.mod).
            "use" => {
                if args.len() != 1 {
                    err(&mut errs, "usage: use local/dir");
                } else {
                    mf.uses.push(dir.join(args[0]));
                }
            }
            // Directives that do not affect a wasip1 build.
            "godebug" | "tool" | "ignore" => {}
            other => err(&mut errs, &format!("unknown directive: {other}")),
        }
    }
    if errs.is_empty() {
        Ok(mf)
    } else {
        Err(errs)
    }
}

fn replace(args: &[Token], dir: &Path) -> Option<Replace> {
    let arrow = args.iter().position(|t| t.kind == TokKind::Arrow)?;
    let (lhs, rhs) = (words(&args[..arrow])?, words(&args[arrow + 1..])?);
    let (old_path, old_version) = match lhs.as_slice() {
        [p] => (p.to_string(), None),
        [p, v] => (p.to_string(), Some(v.to_string())),
        _ => return None,
    };
    let new = match rhs.as_slice() {
        [p] if is_local_path(p) => ReplaceTarget::Dir(dir.join(p)),
        [p, v] if !is_local_path(p) => ReplaceTarget::Module {
            path: p.to_string(),
            version: v.to_string(),
        },
        _ => return None,
    };
    Some(Replace {
        old_path,
        old_version,
        new,
        line: args[0].line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Result<ModFile, Vec<String>> {
        parse(text, Path::new("/m")).map_err(|e| e.iter().map(|e| e.render("go.mod")).collect())
    }

    #[test]
    fn full_file() {
        let mf = p("// comment\nmodule \"example.com/m\" // trailing\n\ngo 1.27.1\ntoolchain go1.27.3\n\nrequire example.com/a v1.0.0\nrequire (\n\texample.com/b v1.2.0 // indirect\n\texample.com/c v0.1.0\n)\nreplace example.com/a => ../a\nreplace (\n\texample.com/b v1.2.0 => example.com/bb v1.3.0\n\texample.com/c => /abs/c\n)\nexclude example.com/d v1.0.0\nretract [v1.0.0, v1.0.5]\nretract v0.9.0 // bad\n").unwrap();
        assert_eq!(mf.module, "example.com/m");
        assert_eq!(mf.go.as_deref(), Some("1.27.1"));
        assert_eq!(mf.language_version(), "1.27");
        assert_eq!(mf.toolchain.as_deref(), Some("go1.27.3"));
        assert_eq!(mf.require.len(), 3);
        assert!(mf.require[1].indirect && !mf.require[0].indirect);
        assert_eq!(
            mf.replace[0].new,
            ReplaceTarget::Dir(PathBuf::from("/m/../a"))
        );
        assert_eq!(
            mf.replace[1].new,
            ReplaceTarget::Module {
                path: "example.com/bb".into(),
                version: "v1.3.0".into()
            }
        );
        assert_eq!(mf.replace[1].old_version.as_deref(), Some("v1.2.0"));
        assert_eq!(
            mf.replace[2].new,
            ReplaceTarget::Dir(PathBuf::from("/abs/c"))
        );
        assert_eq!(mf.exclude, vec![("example.com/d".into(), "v1.0.0".into())]);
        assert_eq!(mf.retract.len(), 2);
    }

    #[test]
    fn errors_with_lines() {
        assert_eq!(
            p("module m\n\ngo 1.27\nfoo bar\n").unwrap_err(),
            vec!["go.mod:4: unknown directive: foo"]
        );
        assert_eq!(
            p("module m\n\ngo 1.27\nrequire (\n  x\n)\nreplace a => \n").unwrap_err(),
            vec![
                "go.mod:5:3: usage: require module/path v1.2.3".to_string(),
                format!("go.mod:7: {REPLACE_USAGE}")
            ]
        );
        assert_eq!(
            p("module m\n\ngo 1.27\nrequire x v1.0.0 extra\nmodule \"a\n").unwrap_err(),
            vec!["go.mod:5:10: unexpected newline in string"]
        );
        assert_eq!(
            p("module m\n\ngo 1.2x\n").unwrap_err(),
            vec!["go.mod:3: invalid go version '1.2x': must match format 1.23.0"]
        );
        assert_eq!(
            p("module a\nmodule b\n").unwrap_err(),
            vec!["go.mod:2: repeated module statement"]
        );
        assert_eq!(
            p("module m\nrequire (\nx v1\n").unwrap_err(),
            vec!["go.mod:2: syntax error (unterminated block started at 2:9)"]
        );
        assert_eq!(
            p("module m\nreplace x => ../y v1.0.0\n").unwrap_err(),
            vec![format!("go.mod:2: {REPLACE_USAGE}")]
        );
    }

    #[test]
    fn go_versions() {
        for v in ["1", "1.21", "1.21.0", "1.27.3", "1.22rc1", "1.21beta2"] {
            assert!(valid_go_version(v), "{v}");
        }
        for v in [
            "1.2x", "2.0", "1.", "1.021", "1.21.", "1.21rc", "go1.21", "",
        ] {
            assert!(!valid_go_version(v), "{v}");
        }
    }

    #[test]
    fn unusual_whitespace_is_whitespace() {
        // A form feed or no-break space once made the lexer loop forever.
        let mf = p("module\u{a0}example.com/m\x0c\ngo 1.27\n").unwrap();
        assert_eq!(mf.module, "example.com/m");
    }

    #[test]
    fn missing_module_is_not_a_parse_error() {
        let mf = p("go 1.27\n").unwrap();
        assert!(mf.module.is_empty());
    }
}
