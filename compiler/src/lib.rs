//! gobuild's Go compiler: one package in, one relocatable Wasm object and its
//! export data out.
//!
//! Phases (one module each): `syntax` (parse) → `types` (check) → `lower`
//! (typed AST → Wasm through `emit`) → `export` (declarations for importers).
//! The compiler reads no files, environment or flags of its own: everything
//! that affects the output is in [`CompileInput`].

pub mod constant;
pub mod diag;
pub mod emit;
pub mod export;
pub mod lower;
pub mod syntax;
pub mod types;

use std::collections::BTreeMap;

pub use diag::Diagnostic;

/// One source file of the package.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// As shown in errors, e.g. "./a.go" or "pkg/a.go".
    pub name: String,
    pub text: Vec<u8>,
}

/// Everything a compilation depends on.
#[derive(Clone, Debug)]
pub struct CompileInput {
    /// The package's import path ("example.com/m/util"); for package main the real path too.
    pub import_path: String,
    /// Symbol prefix becomes "main".
    pub is_main: bool,
    /// Already filtered by build constraints, sorted by name.
    pub files: Vec<SourceFile>,
    /// Export data of every transitive dependency, by import path.
    pub deps: BTreeMap<String, Vec<u8>>,
    /// Language version from go.mod, e.g. "1.27".
    pub go_version: String,
}

/// The products of one compilation.
#[derive(Clone, Debug)]
pub struct CompileOutput {
    pub object: Vec<u8>,
    pub export_data: Vec<u8>,
}

pub use syntax::{Header, HeaderImport};

/// Parses all files of a package, collecting every file's diagnostics.
fn parse(input: &CompileInput) -> Result<Vec<syntax::ast::File>, Vec<Diagnostic>> {
    let mut ids = syntax::NodeIdGen::new();
    let mut files = Vec::with_capacity(input.files.len());
    let mut diags = Vec::new();
    for (i, f) in input.files.iter().enumerate() {
        let (file, d) = syntax::parse_file(i as u32, &f.name, &f.text, &mut ids);
        files.push(file);
        diags.extend(d);
    }
    if diags.is_empty() {
        Ok(files)
    } else {
        Err(diags)
    }
}

/// Compiles one package: parse → check → lower → export data.
pub fn compile(input: &CompileInput) -> Result<CompileOutput, Vec<Diagnostic>> {
    let files = parse(input)?;
    let info = check(input, &files)?;
    let object = lower::lower_package(
        &files,
        &info,
        &input.import_path,
        input.is_main,
        &input.go_version,
    )?;
    let export_data = write_export(&info, input);
    Ok(CompileOutput {
        object,
        export_data,
    })
}

/// Type-checks the parsed package.
fn check(
    input: &CompileInput,
    files: &[syntax::ast::File],
) -> Result<types::Info, Vec<Diagnostic>> {
    let (info, diags) = types::check(&input.import_path, files, &input.deps);
    if !diags.is_empty() {
        return Err(diags);
    }
    // Late directive checks (gc's noder/ssagen): go:wasmimport/go:wasmexport
    // rules and directives above declarations that do not take them.
    let diags = types::wasmabi::check(files, &info);
    if diags.is_empty() {
        Ok(info)
    } else {
        Err(diags)
    }
}

/// Writes the package's export data (declarations only).
fn write_export(info: &types::Info, input: &CompileInput) -> Vec<u8> {
    let prefix = if input.is_main {
        "main"
    } else {
        &input.import_path
    };
    export::write(info, prefix)
}

/// Package clause, imports and `//go:build` line only (the driver uses
/// this to build the package graph).
pub fn scan_header(name: &str, text: &[u8]) -> Result<Header, Diagnostic> {
    syntax::scan_header(name, text)
}
