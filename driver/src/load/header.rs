//! Reads the head of a Go file — build-constraint comments, package clause
//! and import declarations — the way go/build's reader does, without
//! parsing the rest of the file. The compiler parses the whole file later;
//! the driver needs only this much to plan the build.

/// An import declaration's path with the position of its string literal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportSpec {
    pub path: String,
    pub line: u32,
    pub col: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    pub package: String,
    pub imports: Vec<ImportSpec>,
    /// Text after `//go:build`, when present.
    pub go_build: Option<String>,
    /// Texts after `// +build` (used only without a `//go:build` line).
    pub plus_build: Vec<String>,
}

/// A header error: `line:col: message` (go/parser wording) or, for
/// constraint comments, a message without position (`line == 0`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderError {
    pub line: u32,
    pub col: u32,
    pub message: String,
}

pub fn scan(text: &[u8]) -> Result<Header, HeaderError> {
    let (go_build, plus_build) = constraint_lines(text)?;
    let mut lx = Lexer {
        src: text,
        pos: 0,
        line: 1,
        col: 1,
    };
    let mut h = Header {
        go_build,
        plus_build,
        ..Header::default()
    };
    let t = lx.next_skip_semis()?;
    if t.kind != Kind::Ident || t.text != "package" {
        return Err(t.expected("'package'"));
    }
    let t = lx.next()?;
    if t.kind != Kind::Ident || is_keyword(&t.text) {
        return Err(t.expected("'IDENT'"));
    }
    h.package = t.text;
    let mut t = lx.next_skip_semis()?;
    while t.kind == Kind::Ident && t.text == "import" {
        let n = lx.next()?;
        if n.kind == Kind::LParen {
            loop {
                let s = lx.next_skip_semis()?;
                if s.kind == Kind::RParen {
                    break;
                }
                h.imports.push(import_spec(&mut lx, s)?);
            }
        } else {
            h.imports.push(import_spec(&mut lx, n)?);
        }
        t = lx.next_skip_semis()?;
    }
    Ok(h)
}

/// An import spec; its position is that of its first token (the name, if
/// any), as go/build reports import errors.
fn import_spec(lx: &mut Lexer, mut t: Token) -> Result<ImportSpec, HeaderError> {
    let (line, col) = (t.line, t.col);
    if (t.kind == Kind::Ident && !is_keyword(&t.text)) || t.kind == Kind::Dot {
        t = lx.next()?;
    }
    if t.kind != Kind::Str {
        return Err(HeaderError {
            line: t.line,
            col: t.col,
            message: "missing import path".into(),
        });
    }
    if t.text.is_empty() || t.text.contains(['\0', '\\', ' ', '!', '"', '\'', '`']) {
        return Err(HeaderError {
            line: t.line,
            col: t.col,
            message: format!("invalid import path: {:?}", t.text),
        });
    }
    Ok(ImportSpec {
        path: t.text,
        line,
        col,
    })
}

/// Finds `//go:build` and `// +build` lines in the leading comment block.
/// As go/build does, only comments followed by a blank line before the
/// package clause count (a comment directly above `package` is its doc).
fn constraint_lines(text: &[u8]) -> Result<(Option<String>, Vec<String>), HeaderError> {
    let text = String::from_utf8_lossy(text);
    let mut candidates: Vec<(usize, &str)> = Vec::new();
    let mut last_blank: Option<usize> = None;
    let mut in_block = false;
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if in_block {
            if let Some(p) = line.find("*/") {
                in_block = false;
                if !line[p + 2..].trim().is_empty() {
                    break;
                }
            }
            continue;
        }
        if line.is_empty() {
            last_blank = Some(i);
            continue;
        }
        if let Some(rest) = line.strip_prefix("//") {
            candidates.push((i, rest));
            continue;
        }
        if let Some(rest) = line.strip_prefix("/*") {
            if !rest.contains("*/") {
                in_block = true;
            }
            continue;
        }
        break;
    }
    let mut go_build = None;
    let mut plus = Vec::new();
    for (i, c) in candidates {
        if last_blank.is_none_or(|b| i > b) {
            break;
        }
        if let Some(expr) = c.strip_prefix("go:build") {
            if !expr.is_empty() && !expr.starts_with([' ', '\t']) {
                continue;
            }
            if go_build.is_some() {
                return Err(HeaderError {
                    line: 0,
                    col: 0,
                    message: "multiple //go:build comments".into(),
                });
            }
            go_build = Some(expr.trim().to_string());
        } else if let Some(expr) = c.trim_start().strip_prefix("+build") {
            if expr.is_empty() || expr.starts_with([' ', '\t']) {
                plus.push(expr.trim().to_string());
            }
        }
    }
    Ok((go_build, plus))
}

fn is_keyword(s: &str) -> bool {
    matches!(
        s,
        "break"
            | "case"
            | "chan"
            | "const"
            | "continue"
            | "default"
            | "defer"
            | "else"
            | "fallthrough"
            | "for"
            | "func"
            | "go"
            | "goto"
            | "if"
            | "import"
            | "interface"
            | "map"
            | "package"
            | "range"
            | "return"
            | "select"
            | "struct"
            | "switch"
            | "type"
            | "var"
    )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Ident,
    Str,
    LParen,
    RParen,
    Semi,
    Dot,
    Other,
    Eof,
}

#[derive(Debug)]
struct Token {
    kind: Kind,
    text: String,
    line: u32,
    col: u32,
}

impl Token {
    fn expected(&self, what: &str) -> HeaderError {
        let found = match self.kind {
            Kind::Eof => "'EOF'".to_string(),
            Kind::Ident if is_keyword(&self.text) => format!("'{}'", self.text),
            Kind::Semi if self.text == "\n" => "newline".to_string(),
            _ => self.text.clone(),
        };
        HeaderError {
            line: self.line,
            col: self.col,
            message: format!("expected {what}, found {found}"),
        }
    }
}

struct Lexer<'a> {
    src: &'a [u8],
    pos: usize,
    line: u32,
    col: u32,
}

impl Lexer<'_> {
    fn bump(&mut self) -> u8 {
        let c = self.src[self.pos];
        self.pos += 1;
        if c == b'\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        c
    }

    fn next_skip_semis(&mut self) -> Result<Token, HeaderError> {
        loop {
            let t = self.next()?;
            if t.kind != Kind::Semi {
                return Ok(t);
            }
        }
    }

    /// The next token; newlines are reported as `Semi` tokens (Go's
    /// automatic semicolons are irrelevant this early, where every
    /// statement ends at a newline or `;`).
    fn next(&mut self) -> Result<Token, HeaderError> {
        loop {
            let Some(&c) = self.src.get(self.pos) else {
                return Ok(self.tok(Kind::Eof, String::new(), self.line, self.col));
            };
            let (line, col) = (self.line, self.col);
            match c {
                b' ' | b'\t' | b'\r' => {
                    self.bump();
                }
                b'\n' => {
                    self.bump();
                    return Ok(self.tok(Kind::Semi, "\n".into(), line, col));
                }
                b'/' if self.src.get(self.pos + 1) == Some(&b'/') => {
                    while self.pos < self.src.len() && self.src[self.pos] != b'\n' {
                        self.bump();
                    }
                }
                b'/' if self.src.get(self.pos + 1) == Some(&b'*') => {
                    self.bump();
                    self.bump();
                    let mut had_newline = false;
                    loop {
                        if self.pos >= self.src.len() {
                            return Err(HeaderError {
                                line,
                                col,
                                message: "comment not terminated".into(),
                            });
                        }
                        if self.src[self.pos] == b'*' && self.src.get(self.pos + 1) == Some(&b'/') {
                            self.bump();
                            self.bump();
                            break;
                        }
                        had_newline |= self.bump() == b'\n';
                    }
                    if had_newline {
                        return Ok(self.tok(Kind::Semi, "\n".into(), line, col));
                    }
                }
                b'"' => return self.string(line, col),
                b'`' => {
                    self.bump();
                    let start = self.pos;
                    while self.pos < self.src.len() && self.src[self.pos] != b'`' {
                        self.bump();
                    }
                    if self.pos >= self.src.len() {
                        return Err(HeaderError {
                            line,
                            col,
                            message: "raw string literal not terminated".into(),
                        });
                    }
                    let text = String::from_utf8_lossy(&self.src[start..self.pos]).into_owned();
                    self.bump();
                    return Ok(self.tok(Kind::Str, text, line, col));
                }
                b'(' | b')' | b';' | b'.' => {
                    self.bump();
                    let kind = match c {
                        b'(' => Kind::LParen,
                        b')' => Kind::RParen,
                        b';' => Kind::Semi,
                        _ => Kind::Dot,
                    };
                    return Ok(self.tok(kind, (c as char).to_string(), line, col));
                }
                _ if c == b'_' || c.is_ascii_alphanumeric() || c >= 0x80 => {
                    let start = self.pos;
                    while self.pos < self.src.len() {
                        let d = self.src[self.pos];
                        if d == b'_' || d.is_ascii_alphanumeric() || d >= 0x80 {
                            self.bump();
                        } else {
                            break;
                        }
                    }
                    let text = String::from_utf8_lossy(&self.src[start..self.pos]).into_owned();
                    return Ok(self.tok(Kind::Ident, text, line, col));
                }
                _ => {
                    self.bump();
                    return Ok(self.tok(Kind::Other, (c as char).to_string(), line, col));
                }
            }
        }
    }

    fn string(&mut self, line: u32, col: u32) -> Result<Token, HeaderError> {
        self.bump();
        let mut out = Vec::new();
        while let Some(&c) = self.src.get(self.pos) {
            if c == b'\n' {
                break;
            }
            self.bump();
            match c {
                b'"' => {
                    let text = String::from_utf8_lossy(&out).into_owned();
                    return Ok(self.tok(Kind::Str, text, line, col));
                }
                b'\\' => {
                    let Some(&e) = self.src.get(self.pos) else {
                        break;
                    };
                    self.bump();
                    out.push(match e {
                        b'n' => b'\n',
                        b't' => b'\t',
                        b'\\' => b'\\',
                        b'"' => b'"',
                        // Escapes an import path cannot sensibly contain;
                        // keep a backslash so the path is rejected.
                        _ => b'\\',
                    });
                }
                _ => out.push(c),
            }
        }
        Err(HeaderError {
            line,
            col,
            message: "string literal not terminated".into(),
        })
    }

    fn tok(&self, kind: Kind, text: String, line: u32, col: u32) -> Token {
        Token {
            kind,
            text,
            line,
            col,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(h: &Header) -> Vec<(&str, u32, u32)> {
        h.imports
            .iter()
            .map(|i| (i.path.as_str(), i.line, i.col))
            .collect()
    }

    #[test]
    fn imports_single_and_grouped() {
        let src = b"// Package doc.\npackage foo // x\n\nimport \"fmt\"\nimport (\n\t\"os\"\n\tx \"a/b\"; _ \"c\"\n\t. `d`\n)\nimport /* c */ \"e\"\n\nfunc main() {}\n";
        let h = scan(src).unwrap();
        assert_eq!(h.package, "foo");
        assert_eq!(
            paths(&h),
            vec![
                ("fmt", 4, 8),
                ("os", 6, 2),
                ("a/b", 7, 2),
                ("c", 7, 11),
                ("d", 8, 2),
                ("e", 10, 16)
            ]
        );
        assert_eq!(h.go_build, None);
    }

    #[test]
    fn build_lines() {
        let src =
            b"// Copyright\n\n//go:build wasip1 && !foo\n// +build wasip1\n\n// Doc\npackage x\n";
        let h = scan(src).unwrap();
        assert_eq!(h.go_build.as_deref(), Some("wasip1 && !foo"));
        assert_eq!(h.plus_build, vec!["wasip1".to_string()]);
        // A //go:build directly above the package clause is doc, not a constraint.
        let h = scan(b"//go:build linux\npackage x\n").unwrap();
        assert_eq!(h.go_build, None);
        let e = scan(b"//go:build a\n//go:build b\n\npackage x").unwrap_err();
        assert_eq!(e.message, "multiple //go:build comments");
    }

    #[test]
    fn errors_in_go_parser_wording() {
        let e = scan(b"").unwrap_err();
        assert_eq!(
            (e.line, e.col, e.message.as_str()),
            (1, 1, "expected 'package', found 'EOF'")
        );
        let e = scan(b"package").unwrap_err();
        assert_eq!(
            (e.line, e.col, e.message.as_str()),
            (1, 8, "expected 'IDENT', found 'EOF'")
        );
        let e = scan(b"func main(){}").unwrap_err();
        assert_eq!(e.message, "expected 'package', found 'func'");
        let e = scan(b"package x\nimport (\n\"a\n").unwrap_err();
        assert_eq!(
            (e.line, e.col, e.message.as_str()),
            (3, 1, "string literal not terminated")
        );
        let e = scan(b"package x\nimport fmt\n").unwrap_err();
        assert_eq!(
            (e.line, e.col, e.message.as_str()),
            (2, 11, "missing import path")
        );
    }

    #[test]
    fn stops_after_imports() {
        let h = scan(b"package main\nimport \"C\"\nvar s = \"unterminated\n").unwrap();
        assert_eq!(paths(&h), vec![("C", 2, 8)]);
    }
}
