//! Compiler directives (`//go:...` lines) as the parser sees them: the
//! checks gc's noder makes while parsing (directive alone on its line,
//! argument counts, directives left over where no declaration takes them)
//! and the directives that declarations take but do not accept, which gc
//! reports only once the package type-checks (see `File::misplaced`).

use super::Parser;
use crate::syntax::ast::{Pos, Pragma};

/// What a directive is, for deciding where it is allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DirectiveKind {
    /// `//go:build`.
    Build,
    /// A function flag: noinline, nosplit, noescape, norace, nocheckptr,
    /// systemstack, (no|yes)writebarrier(rec), cgo_unsafe_args,
    /// uintptrkeepalive, uintptrescapes, registerparams.
    Flag,
    WasmImport,
    WasmExport,
    Embed,
    Linkname,
    /// Anything else (gc ignores unknown directives).
    Other,
}

/// Where a taken directive appears.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum DirectiveContext {
    /// Above the package clause.
    File,
    Func,
    Var,
    /// const, type or import.
    Other,
}

/// The directive's verb (`go:noinline`) and arguments.
fn split(text: &str) -> (&str, Vec<&str>) {
    let mut f = text.split_whitespace();
    let verb = f.next().unwrap_or("");
    (verb, f.collect())
}

/// Classifies a directive by its text (without the `//`).
pub fn kind_of(text: &str) -> DirectiveKind {
    let (verb, _) = split(text);
    match verb {
        "go:build" => DirectiveKind::Build,
        "go:wasmimport" => DirectiveKind::WasmImport,
        "go:wasmexport" => DirectiveKind::WasmExport,
        "go:embed" => DirectiveKind::Embed,
        "go:linkname" | "go:linknamestd" => DirectiveKind::Linkname,
        "go:noescape"
        | "go:norace"
        | "go:nosplit"
        | "go:noinline"
        | "go:nocheckptr"
        | "go:systemstack"
        | "go:nowritebarrier"
        | "go:nowritebarrierrec"
        | "go:yeswritebarrierrec"
        | "go:cgo_unsafe_args"
        | "go:uintptrkeepalive"
        | "go:uintptrescapes"
        | "go:registerparams" => DirectiveKind::Flag,
        _ => DirectiveKind::Other,
    }
}

/// The usage error for a directive with the wrong number of arguments.
/// (A bare `//go:wasmimport`/`//go:wasmexport` is an error too: beyond gc,
/// shared/spec/wasm.md §2-3. gc ignores a bare `//go:linkname`.)
fn usage_error(text: &str) -> Option<String> {
    let (verb, args) = split(text);
    match verb {
        "go:wasmimport" if args.len() != 2 => {
            Some("usage: //go:wasmimport importmodule importname".into())
        }
        "go:wasmexport" if args.len() != 1 => Some("usage: //go:wasmexport exportname".into()),
        "go:linkname" | "go:linknamestd"
            if text.contains(' ') && !(1..=2).contains(&args.len()) =>
        {
            Some(format!("usage: //{verb} localname [linkname]"))
        }
        "go:embed" if args.is_empty() => Some("usage: //go:embed pattern...".into()),
        _ => None,
    }
}

/// The message for a directive where it is not allowed, if it is one gc
/// (or the Wasm spec) complains about.
pub fn misplaced_message(kind: DirectiveKind) -> Option<&'static str> {
    match kind {
        DirectiveKind::Build | DirectiveKind::Flag => Some("misplaced compiler directive"),
        DirectiveKind::Embed => Some("misplaced go:embed directive"),
        DirectiveKind::WasmImport => Some("misplaced go:wasmimport directive"),
        DirectiveKind::WasmExport => Some("misplaced go:wasmexport directive"),
        DirectiveKind::Linkname | DirectiveKind::Other => None,
    }
}

impl<'a, 'g> Parser<'a, 'g> {
    /// Moves the scanner's new directives into `pragmas`, reporting those
    /// not alone on their line and those with a usage error (both dropped).
    fn collect_directives(&mut self) {
        let file = self.file;
        let new: Vec<_> = self.lx.pending.drain(..).collect();
        for d in new {
            let pos = Pos::new(file, d.line, d.col);
            if !d.blank {
                if self.check_directives {
                    self.error_at(pos, "misplaced compiler directive".into());
                }
                continue;
            }
            if let Some(msg) = usage_error(&d.text) {
                if self.check_directives {
                    self.error_at(pos, msg);
                }
                continue;
            }
            let kind = kind_of(&d.text);
            self.pragmas.push((Pragma { pos, text: d.text }, kind));
        }
    }

    /// The directives since the last take/clear, for a declaration in
    /// `ctx`; those it does not accept are recorded in `misplaced`.
    pub(super) fn take_pragmas(&mut self, ctx: DirectiveContext) -> Vec<Pragma> {
        self.collect_directives();
        let mut out = Vec::new();
        for (p, kind) in std::mem::take(&mut self.pragmas) {
            let ok = match ctx {
                DirectiveContext::File => matches!(kind, DirectiveKind::Build),
                DirectiveContext::Func => {
                    !matches!(kind, DirectiveKind::Build | DirectiveKind::Embed)
                }
                DirectiveContext::Var => !matches!(
                    kind,
                    DirectiveKind::Build
                        | DirectiveKind::Flag
                        | DirectiveKind::WasmImport
                        | DirectiveKind::WasmExport
                ),
                DirectiveContext::Other => misplaced_message(kind).is_none(),
            };
            if !ok && misplaced_message(kind).is_some() {
                self.misplaced.push(p.clone());
            }
            out.push(p);
        }
        out
    }

    /// Drops the pending directives where no declaration takes them,
    /// reporting the ones gc reports then.
    pub(super) fn clear_pragmas(&mut self) {
        self.collect_directives();
        let list = std::mem::take(&mut self.pragmas);
        // gc keeps only the last wasmimport/wasmexport of a set.
        let last_import = list
            .iter()
            .rposition(|(_, k)| *k == DirectiveKind::WasmImport);
        let last_export = list
            .iter()
            .rposition(|(_, k)| *k == DirectiveKind::WasmExport);
        for (i, (p, kind)) in list.into_iter().enumerate() {
            let report = match kind {
                DirectiveKind::WasmImport => Some(i) == last_import,
                DirectiveKind::WasmExport => Some(i) == last_export,
                k => misplaced_message(k).is_some(),
            };
            if report && self.check_directives {
                if let Some(msg) = misplaced_message(kind) {
                    self.error_at(p.pos, msg.to_string());
                }
            }
        }
    }
}
