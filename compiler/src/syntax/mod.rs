//! Go source → syntax tree: lexer, parser, and the tree itself.

pub mod ast;
pub mod branches;
pub mod lexer;
pub mod literal;
pub mod parser;
pub mod pos;
pub mod printer;
pub mod renumber;
pub mod token;
pub mod unicode;

pub use ast::NodeIdGen;
pub use pos::Pos;

use crate::Diagnostic;

/// Parses one file. `file` is the file's index in the package (stored in
/// every `Pos`), `name` the name diagnostics show. A tree is always
/// returned, with Bad nodes where the input was broken. Diagnostics are in
/// gc's wording and order; like gc, at most one `syntax error` is reported
/// per line (the driver stops after 10 errors, as gc does).
pub fn parse_file(
    file: u32,
    name: &str,
    src: &[u8],
    ids: &mut NodeIdGen,
) -> (ast::File, Vec<Diagnostic>) {
    let mut p = parser::Parser::new(file, name, src, ids);
    let f = p.parse_file(name);
    let mut diags = Vec::new();
    let mut last_syntax_line = 0;
    for e in p.errors {
        if e.msg.starts_with("syntax error") {
            if e.line == last_syntax_line {
                continue;
            }
            last_syntax_line = e.line;
        }
        diags.push(Diagnostic {
            file: name.to_string(),
            line: e.line,
            col: e.col,
            message: e.msg,
        });
    }
    // gc prints errors sorted by position, without exact duplicates.
    diags.sort_by_key(|d| (d.line, d.col));
    diags.dedup();
    (f, diags)
}
