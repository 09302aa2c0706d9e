//! A small backtracking regular-expression matcher for the `// ERROR "re"`
//! comments of errorcheck tests, so the tests need no regex crate.
//!
//! Supported (a subset of RE2's syntax, enough for Go's test tree):
//! literals, `.`, `[...]` and `[^...]` with ranges, the escapes `\d \D \w \W
//! \s \S \n \t \r` and escaped metacharacters, groups `(...)` and `(?:...)`,
//! alternation `|`, anchors `^ $`, and the repetitions `* + ? {n} {n,} {n,m}`
//! (a trailing `?` for laziness is accepted; it cannot change whether a match
//! exists). Matching is unanchored search, like Go's `regexp.MatchString`.

#[derive(Debug, Clone)]
enum Node {
    Char(char),
    /// `.`: any character but newline.
    Any,
    Class {
        ranges: Vec<(char, char)>,
        negated: bool,
    },
    Start,
    End,
    Group(Vec<Vec<Node>>),
    Repeat {
        node: Box<Node>,
        min: usize,
        max: Option<usize>,
    },
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub struct Regex {
    alternatives: Vec<Vec<Node>>,
}

impl Regex {
    /// Parses `pattern`, or explains why it is not supported.
    pub fn new(pattern: &str) -> Result<Regex, String> {
        let chars: Vec<char> = pattern.chars().collect();
        let mut p = Parser { chars, pos: 0 };
        let alternatives = p.alternation()?;
        if p.pos != p.chars.len() {
            return Err(format!("unexpected ) at offset {} in {pattern:?}", p.pos));
        }
        Ok(Regex { alternatives })
    }

    /// Reports whether the pattern matches anywhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        let text: Vec<char> = text.chars().collect();
        (0..=text.len()).any(|start| {
            self.alternatives
                .iter()
                .any(|seq| match_seq(seq, &text, start, &|_| true))
        })
    }
}

struct Parser {
    chars: Vec<char>,
    pos: usize,
}

const WORD: &[(char, char)] = &[('0', '9'), ('A', 'Z'), ('_', '_'), ('a', 'z')];
const DIGIT: &[(char, char)] = &[('0', '9')];
const SPACE: &[(char, char)] = &[('\t', '\n'), ('\u{c}', '\r'), (' ', ' ')];

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn alternation(&mut self) -> Result<Vec<Vec<Node>>, String> {
        let mut alts = vec![self.concat()?];
        while self.peek() == Some('|') {
            self.pos += 1;
            alts.push(self.concat()?);
        }
        Ok(alts)
    }

    fn concat(&mut self) -> Result<Vec<Node>, String> {
        let mut seq = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            seq.push(self.repetitions(atom)?);
        }
        Ok(seq)
    }

    fn repetitions(&mut self, mut node: Node) -> Result<Node, String> {
        loop {
            let (min, max) = match self.peek() {
                Some('*') => (0, None),
                Some('+') => (1, None),
                Some('?') => (0, Some(1)),
                Some('{') => match self.counted()? {
                    Some(bounds) => bounds,
                    None => return Ok(node),
                },
                _ => return Ok(node),
            };
            // Consume the operator (or the closing brace of a count).
            self.pos += 1;
            if self.peek() == Some('?') {
                self.pos += 1; // lazy: same match/no-match answer
            }
            node = Node::Repeat {
                node: Box::new(node),
                min,
                max,
            };
        }
    }

    /// `{n}`, `{n,}`, `{n,m}`; leaves `pos` on the closing brace. A brace that
    /// does not start a valid count is a literal, as in RE2.
    fn counted(&mut self) -> Result<Option<(usize, Option<usize>)>, String> {
        let start = self.pos;
        let rest: String = self.chars[start + 1..].iter().collect();
        let Some(close) = rest.find('}') else {
            return Ok(None);
        };
        let body = &rest[..close];
        let parse = |s: &str| s.parse::<usize>().ok();
        let bounds = match body.split_once(',') {
            None => parse(body).map(|n| (n, Some(n))),
            Some((lo, "")) => parse(lo).map(|n| (n, None)),
            Some((lo, hi)) => match (parse(lo), parse(hi)) {
                (Some(lo), Some(hi)) if lo <= hi => Some((lo, Some(hi))),
                _ => None,
            },
        };
        if bounds.is_some() {
            self.pos = start + 1 + body.chars().count();
        }
        Ok(bounds)
    }

    fn atom(&mut self) -> Result<Node, String> {
        let c = self.peek().ok_or("unexpected end of pattern")?;
        self.pos += 1;
        match c {
            '.' => Ok(Node::Any),
            '^' => Ok(Node::Start),
            '$' => Ok(Node::End),
            '(' => {
                if self.chars[self.pos..].starts_with(&['?', ':']) {
                    self.pos += 2;
                } else if self.peek() == Some('?') {
                    return Err("unsupported group flags (?...)".into());
                }
                let alts = self.alternation()?;
                if self.peek() != Some(')') {
                    return Err("missing )".into());
                }
                self.pos += 1;
                Ok(Node::Group(alts))
            }
            '[' => self.class(),
            '\\' => self.escape(),
            '*' | '+' | '?' => Err(format!("missing argument to repetition operator {c}")),
            c => Ok(Node::Char(c)),
        }
    }

    fn escape(&mut self) -> Result<Node, String> {
        let c = self.peek().ok_or("trailing backslash")?;
        self.pos += 1;
        let class = |ranges: &[(char, char)], negated| Node::Class {
            ranges: ranges.to_vec(),
            negated,
        };
        Ok(match c {
            'd' => class(DIGIT, false),
            'D' => class(DIGIT, true),
            'w' => class(WORD, false),
            'W' => class(WORD, true),
            's' => class(SPACE, false),
            'S' => class(SPACE, true),
            'n' => Node::Char('\n'),
            't' => Node::Char('\t'),
            'r' => Node::Char('\r'),
            c if c.is_ascii_alphanumeric() => {
                return Err(format!("unsupported escape \\{c}"));
            }
            c => Node::Char(c),
        })
    }

    fn class(&mut self) -> Result<Node, String> {
        let mut negated = false;
        if self.peek() == Some('^') {
            negated = true;
            self.pos += 1;
        }
        let mut ranges = Vec::new();
        let mut first = true;
        loop {
            let c = self.peek().ok_or("missing ]")?;
            self.pos += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let lo = if c == '\\' {
                let e = self.peek().ok_or("trailing backslash")?;
                self.pos += 1;
                match e {
                    'd' => {
                        ranges.extend_from_slice(DIGIT);
                        continue;
                    }
                    'w' => {
                        ranges.extend_from_slice(WORD);
                        continue;
                    }
                    's' => {
                        ranges.extend_from_slice(SPACE);
                        continue;
                    }
                    'n' => '\n',
                    't' => '\t',
                    e if e.is_ascii_alphanumeric() => {
                        return Err(format!("unsupported escape \\{e} in class"));
                    }
                    e => e,
                }
            } else {
                c
            };
            if self.peek() == Some('-') && self.chars.get(self.pos + 1).is_some_and(|&n| n != ']') {
                self.pos += 1;
                let mut hi = self.peek().ok_or("missing ]")?;
                self.pos += 1;
                if hi == '\\' {
                    hi = self.peek().ok_or("trailing backslash")?;
                    self.pos += 1;
                }
                if hi < lo {
                    return Err(format!("invalid range {lo}-{hi}"));
                }
                ranges.push((lo, hi));
            } else {
                ranges.push((lo, lo));
            }
        }
        Ok(Node::Class { ranges, negated })
    }
}

type Cont<'a> = &'a dyn Fn(usize) -> bool;

fn match_seq(seq: &[Node], text: &[char], pos: usize, k: Cont) -> bool {
    let Some((first, rest)) = seq.split_first() else {
        return k(pos);
    };
    let next = |p: usize| match_seq(rest, text, p, k);
    match first {
        Node::Repeat { node, min, max } => match_repeat(node, *min, *max, 0, text, pos, &next),
        node => match_node(node, text, pos, &next),
    }
}

fn match_node(node: &Node, text: &[char], pos: usize, k: Cont) -> bool {
    match node {
        Node::Char(c) => text.get(pos) == Some(c) && k(pos + 1),
        Node::Any => text.get(pos).is_some_and(|&c| c != '\n') && k(pos + 1),
        Node::Class { ranges, negated } => match text.get(pos) {
            Some(&c) => {
                let inside = ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi);
                inside != *negated && k(pos + 1)
            }
            None => false,
        },
        Node::Start => pos == 0 && k(pos),
        Node::End => pos == text.len() && k(pos),
        Node::Group(alts) => alts.iter().any(|seq| match_seq(seq, text, pos, k)),
        Node::Repeat { node, min, max } => match_repeat(node, *min, *max, 0, text, pos, k),
    }
}

/// Greedy repetition: try one more iteration first, then stop.
fn match_repeat(
    node: &Node,
    min: usize,
    max: Option<usize>,
    count: usize,
    text: &[char],
    pos: usize,
    k: Cont,
) -> bool {
    if max.is_none_or(|m| count < m) {
        let more = |p: usize| {
            // An empty iteration cannot make progress; stop repeating.
            (p != pos || count < min) && match_repeat(node, min, max, count + 1, text, p, k)
        };
        if match_node(node, text, pos, &more) {
            return true;
        }
    }
    count >= min && k(pos)
}
