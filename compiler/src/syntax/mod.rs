//! Go source → syntax tree: lexer, parser, and the tree itself.

pub mod ast;
pub mod header;
pub mod lexer;
pub mod literal;
pub mod parser;
pub mod pos;
pub mod printer;
pub mod renumber;
pub mod token;
pub mod unicode;
pub mod walk;

pub use ast::NodeIdGen;
pub use header::{scan_header, Header, HeaderImport};
pub use pos::Pos;

use crate::Diagnostic;

/// Stack size of the parsing thread: enough for MAX_NESTING levels of the
/// deepest recursion in a debug build.
const PARSE_STACK: usize = 256 << 20;

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
    // Recursive descent needs stack in proportion to the nesting depth
    // (bounded by parser::MAX_NESTING); unoptimised builds use large frames,
    // so parse on a thread with a generous stack (reserved, not committed).
    let run = |ids: &mut NodeIdGen, max: u32| {
        let mut p = parser::Parser::new(file, src, ids);
        p.max_nesting = max;
        let f = p.parse_file(name);
        (f, p.errors)
    };
    let result = std::thread::scope(|s| {
        std::thread::Builder::new()
            .name("gobuild-parse".into())
            .stack_size(PARSE_STACK)
            .spawn_scoped(s, || run(&mut *ids, parser::MAX_NESTING))
            .ok()
            .and_then(|h| h.join().ok())
    });
    // If no thread could be started, parse here with a lower limit.
    let (f, errors) = match result {
        Some(r) => r,
        None => run(ids, parser::FALLBACK_NESTING),
    };
    let mut diags = Vec::new();
    let mut last_syntax_line = 0;
    for e in errors {
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

/// Diagnostics gc reports only after the package type-checked without
/// errors: directives above declarations that do not accept them
/// (`misplaced compiler directive`, `misplaced go:embed directive`, and,
/// beyond gc, `misplaced go:wasmexport directive` / `misplaced
/// go:wasmimport directive` above const, var, type and import). Sorted by
/// position.
pub fn late_diagnostics(file: &ast::File) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = file
        .misplaced
        .iter()
        .filter_map(|p| {
            let msg = parser::pragma::misplaced_message(parser::pragma::kind_of(&p.text))?;
            Some(Diagnostic {
                file: file.name.clone(),
                line: p.pos.line,
                col: p.pos.col,
                message: msg.to_string(),
            })
        })
        .collect();
    out.sort_by_key(|d| (d.line, d.col));
    out
}
