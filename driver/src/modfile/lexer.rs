//! Tokens of the go.mod grammar: bare words, quoted strings ("..." and
//! `...`), `(`, `)`, `=>`, comments and newlines.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// A bare word or the unquoted value of a string literal.
    Word {
        quoted: bool,
    },
    LParen,
    RParen,
    Arrow,
    Comment,
    Newline,
    Eof,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokKind,
    pub text: String,
    pub line: u32,
    pub col: u32,
}

/// A lexical error at line:col.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub line: u32,
    pub col: u32,
    pub message: String,
}

pub fn tokenize(src: &str) -> Result<Vec<Token>, LexError> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line, mut col) = (0usize, 1u32, 1u32);
    let push = |out: &mut Vec<Token>, kind, text: String, line, col| {
        out.push(Token {
            kind,
            text,
            line,
            col,
        })
    };
    while i < chars.len() {
        let c = chars[i];
        let (l0, c0) = (line, col);
        match c {
            '\n' => {
                push(&mut out, TokKind::Newline, String::new(), l0, c0);
                i += 1;
                line += 1;
                col = 1;
            }
            c if c.is_whitespace() => {
                i += 1;
                col += 1;
            }
            '/' if chars.get(i + 1) == Some(&'/') => {
                let start = i;
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                    col += 1;
                }
                let text: String = chars[start..i].iter().collect();
                push(&mut out, TokKind::Comment, text, l0, c0);
            }
            '(' | ')' => {
                let kind = if c == '(' {
                    TokKind::LParen
                } else {
                    TokKind::RParen
                };
                push(&mut out, kind, c.to_string(), l0, c0);
                i += 1;
                col += 1;
            }
            '=' if chars.get(i + 1) == Some(&'>') => {
                push(&mut out, TokKind::Arrow, "=>".into(), l0, c0);
                i += 2;
                col += 2;
            }
            '"' => {
                i += 1;
                col += 1;
                let mut text = String::new();
                loop {
                    match chars.get(i) {
                        None | Some('\n') => {
                            return Err(LexError {
                                line,
                                col,
                                message: "unexpected newline in string".into(),
                            })
                        }
                        Some('"') => {
                            i += 1;
                            col += 1;
                            break;
                        }
                        Some('\\') => {
                            let e = chars.get(i + 1).copied().unwrap_or('\\');
                            text.push(match e {
                                'n' => '\n',
                                't' => '\t',
                                other => other,
                            });
                            i += 2;
                            col += 2;
                        }
                        Some(&ch) => {
                            text.push(ch);
                            i += 1;
                            col += 1;
                        }
                    }
                }
                push(&mut out, TokKind::Word { quoted: true }, text, l0, c0);
            }
            '`' => {
                i += 1;
                col += 1;
                let start = i;
                while i < chars.len() && chars[i] != '`' {
                    if chars[i] == '\n' {
                        line += 1;
                        col = 0;
                    }
                    i += 1;
                    col += 1;
                }
                if i >= chars.len() {
                    return Err(LexError {
                        line,
                        col,
                        message: "unexpected EOF in string".into(),
                    });
                }
                let text: String = chars[start..i].iter().collect();
                i += 1;
                col += 1;
                push(&mut out, TokKind::Word { quoted: true }, text, l0, c0);
            }
            _ => {
                let start = i;
                while i < chars.len() {
                    let d = chars[i];
                    let stop = d.is_whitespace()
                        || d == '('
                        || d == ')'
                        || d == '"'
                        || d == '`'
                        || (d == '/' && chars.get(i + 1) == Some(&'/'))
                        || (d == '=' && chars.get(i + 1) == Some(&'>'));
                    if stop {
                        break;
                    }
                    i += 1;
                    col += 1;
                }
                if i == start {
                    // Unreachable with the arms above; never loop forever.
                    return Err(LexError {
                        line,
                        col,
                        message: format!("unexpected input character {c:?}"),
                    });
                }
                let text: String = chars[start..i].iter().collect();
                push(&mut out, TokKind::Word { quoted: false }, text, l0, c0);
            }
        }
    }
    out.push(Token {
        kind: TokKind::Eof,
        text: String::new(),
        line,
        col,
    });
    Ok(out)
}
