//! The header of a source file — build constraint, package clause and
//! imports — read without parsing the rest, for the driver to filter files
//! and build the package graph before compiling anything.

use super::ast::NodeIdGen;
use super::parser::Parser;
use crate::Diagnostic;

/// One import of a file header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderImport {
    /// The import path (unquoted).
    pub path: String,
    /// Position of the path literal (1-based line and byte column).
    pub line: u32,
    pub col: u32,
}

/// What precedes the first non-import declaration of a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// The package name.
    pub package: String,
    /// All imports, in source order (duplicates kept).
    pub imports: Vec<HeaderImport>,
    /// The expression of the `//go:build` line above the package clause,
    /// e.g. `wasip1 && !purego`, if there is one.
    pub build: Option<String>,
}

/// Reads the header of one file. Errors are reported as by `parse_file`
/// (gc's wording); the first one is returned.
pub fn scan_header(name: &str, src: &[u8]) -> Result<Header, Diagnostic> {
    let mut ids = NodeIdGen::new();
    let mut p = Parser::new(0, src, &mut ids);
    p.max_nesting = super::parser::FALLBACK_NESTING;
    p.check_directives = false;
    let (package, imports, directives) = p.parse_header();
    if let Some(e) = p.errors.iter().min_by_key(|e| (e.line, e.col)) {
        return Err(Diagnostic {
            file: name.to_string(),
            line: e.line,
            col: e.col,
            message: e.msg.clone(),
        });
    }
    let build = directives
        .iter()
        .filter(|d| d.pos.line < package.pos.line)
        .find_map(|d| {
            let rest = d.text.strip_prefix("go:build")?;
            (rest.is_empty() || rest.starts_with([' ', '\t'])).then(|| rest.trim().to_string())
        });
    Ok(Header {
        package: package.name,
        imports: imports
            .into_iter()
            .map(|i| HeaderImport {
                path: i.path,
                line: i.path_pos.line,
                col: i.path_pos.col,
            })
            .collect(),
        build,
    })
}
