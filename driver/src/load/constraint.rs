//! Build constraints: `//go:build` expressions, legacy `// +build` lines and
//! the tag set they are evaluated against (go/build's `matchTag`).
//!
//! Decisions for wasip1/wasm (see /work/notes/driver.md):
//! - satisfied: `wasip1`, `wasm`, `gobuild` (our compiler, as `gc`/`gccgo`
//!   name theirs), `purego` (std's switch away from assembly, which we
//!   cannot compile), release tags `go1.1` … `go1.27`, and every `-tags` tag;
//! - not satisfied: `unix` (wasip1 is not a Unix in Go's syslist), `cgo`,
//!   `gc`, `gccgo`, any `goexperiment.*`.

use std::collections::BTreeSet;

/// The newest Go release whose language and library we target.
pub const GO_MINOR: u32 = 27;
pub const GOOS: &str = "wasip1";
pub const GOARCH: &str = "wasm";

/// The tags a file is built against.
#[derive(Clone, Debug, Default)]
pub struct Tags {
    /// Tags given with `-tags`, sorted.
    pub user: BTreeSet<String>,
}

impl Tags {
    pub fn new<I: IntoIterator<Item = String>>(user: I) -> Tags {
        Tags {
            user: user.into_iter().filter(|t| !t.is_empty()).collect(),
        }
    }

    /// Whether `tag` is satisfied.
    pub fn matches(&self, tag: &str) -> bool {
        if self.user.contains(tag) {
            return true;
        }
        match tag {
            GOOS | GOARCH | "gobuild" | "purego" => true,
            _ => match tag.strip_prefix("go1.") {
                Some(minor) if !minor.is_empty() && minor.bytes().all(|b| b.is_ascii_digit()) => {
                    minor
                        .parse::<u32>()
                        .is_ok_and(|m| (1..=GO_MINOR).contains(&m))
                }
                _ => false,
            },
        }
    }
}

/// A parsed `//go:build` expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expr {
    Tag(String),
    Not(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
}

impl Expr {
    pub fn eval(&self, tags: &Tags) -> bool {
        match self {
            Expr::Tag(t) => tags.matches(t),
            Expr::Not(x) => !x.eval(tags),
            Expr::And(a, b) => a.eval(tags) && b.eval(tags),
            Expr::Or(a, b) => a.eval(tags) || b.eval(tags),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    Tag(String),
    Not,
    And,
    Or,
    LParen,
    RParen,
    End,
}

fn lex(text: &str) -> Result<Vec<Tok>, String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\r' => i += 1,
            b'!' => {
                out.push(Tok::Not);
                i += 1
            }
            b'(' => {
                out.push(Tok::LParen);
                i += 1
            }
            b')' => {
                out.push(Tok::RParen);
                i += 1
            }
            b'&' if b.get(i + 1) == Some(&b'&') => {
                out.push(Tok::And);
                i += 2
            }
            b'|' if b.get(i + 1) == Some(&b'|') => {
                out.push(Tok::Or);
                i += 2
            }
            _ if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.')
                {
                    i += 1;
                }
                out.push(Tok::Tag(text[start..i].to_string()));
            }
            _ => {
                let ch = text[i..].chars().next().unwrap_or('?');
                return Err(format!("invalid syntax at {ch}"));
            }
        }
    }
    out.push(Tok::End);
    Ok(out)
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> &Tok {
        &self.toks[self.pos.min(self.toks.len() - 1)]
    }
    fn next(&mut self) -> Tok {
        let t = self.peek().clone();
        self.pos += 1;
        t
    }
    fn or(&mut self) -> Result<Expr, String> {
        let mut x = self.and()?;
        while *self.peek() == Tok::Or {
            self.next();
            let y = self.and()?;
            x = Expr::Or(Box::new(x), Box::new(y));
        }
        Ok(x)
    }
    fn and(&mut self) -> Result<Expr, String> {
        let mut x = self.not()?;
        while *self.peek() == Tok::And {
            self.next();
            let y = self.not()?;
            x = Expr::And(Box::new(x), Box::new(y));
        }
        Ok(x)
    }
    fn not(&mut self) -> Result<Expr, String> {
        match self.next() {
            Tok::Not => Ok(Expr::Not(Box::new(self.not()?))),
            Tok::LParen => {
                let x = self.or()?;
                match self.next() {
                    Tok::RParen => Ok(x),
                    Tok::End => Err("missing close paren".into()),
                    t => Err(format!("unexpected token {}", show(&t))),
                }
            }
            Tok::Tag(t) => Ok(Expr::Tag(t)),
            Tok::End => Err("unexpected end of expression".into()),
            t => Err(format!("unexpected token {}", show(&t))),
        }
    }
}

fn show(t: &Tok) -> &str {
    match t {
        Tok::Tag(s) => s,
        Tok::Not => "!",
        Tok::And => "&&",
        Tok::Or => "||",
        Tok::LParen => "(",
        Tok::RParen => ")",
        Tok::End => "EOF",
    }
}

/// Parses the expression of a `//go:build` line (the text after `//go:build`).
/// Errors use go/build/constraint's wording.
pub fn parse(text: &str) -> Result<Expr, String> {
    let mut p = Parser {
        toks: lex(text)?,
        pos: 0,
    };
    let x = p.or()?;
    match p.next() {
        Tok::End => Ok(x),
        t => Err(format!("unexpected token {}", show(&t))),
    }
}

/// Evaluates legacy `// +build` lines: the lines are ANDed, the space-separated
/// options of one line ORed, the comma-separated terms of an option ANDed.
pub fn eval_plus_build(lines: &[String], tags: &Tags) -> bool {
    lines.iter().all(|line| {
        line.split_whitespace().any(|opt| {
            opt.split(',').all(|term| match term.strip_prefix('!') {
                Some(t) => !tags.matches(t),
                None => tags.matches(term),
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(expr: &str, user: &[&str]) -> bool {
        let tags = Tags::new(user.iter().map(|s| s.to_string()));
        parse(expr).unwrap().eval(&tags)
    }

    #[test]
    fn target_tags() {
        assert!(ok("wasip1", &[]));
        assert!(ok("wasm && wasip1", &[]));
        assert!(!ok("linux", &[]));
        assert!(!ok("unix", &[]));
        assert!(!ok("cgo", &[]));
        assert!(!ok("gc", &[]));
        assert!(ok("!gc", &[]));
        assert!(ok("purego", &[]));
        assert!(ok("gobuild", &[]));
    }

    #[test]
    fn release_tags() {
        assert!(ok("go1.1", &[]));
        assert!(ok("go1.21", &[]));
        assert!(ok("go1.27", &[]));
        assert!(!ok("go1.28", &[]));
        assert!(!ok("go1.", &[]));
        assert!(!ok("go2.0", &[]));
    }

    #[test]
    fn operators_and_precedence() {
        assert!(ok("linux || wasip1 && wasm", &[]));
        assert!(!ok("(linux || wasip1) && !wasm", &[]));
        assert!(ok("!(linux || darwin)", &[]));
        assert!(ok("foo && bar", &["foo", "bar"]));
        assert!(!ok("foo && bar", &["foo"]));
        assert!(ok("!!wasm", &[]));
    }

    #[test]
    fn syntax_errors() {
        assert_eq!(parse("foo &&").unwrap_err(), "unexpected end of expression");
        assert_eq!(parse("(foo").unwrap_err(), "missing close paren");
        assert_eq!(parse("foo bar").unwrap_err(), "unexpected token bar");
        assert!(parse("foo & bar").is_err());
        assert_eq!(parse("").unwrap_err(), "unexpected end of expression");
    }

    #[test]
    fn plus_build() {
        let t = Tags::default();
        assert!(eval_plus_build(&["linux wasip1".into()], &t));
        assert!(!eval_plus_build(&["wasip1,!wasm".into()], &t));
        assert!(!eval_plus_build(&["wasip1".into(), "linux".into()], &t));
        assert!(eval_plus_build(&[], &t));
    }
}
