//! Symbol resolution: one global name space for non-local symbols of all objects, plus the
//! linker's own definitions. Conflicts are reported lld-style, naming both sides:
//!
//! ```text
//! duplicate symbol: example.com/m/util.F
//! >>> defined in package example.com/m/util at util/a.go:3:6
//! >>> defined in package example.com/m/other at other/b.go:9:6
//! ```

use std::collections::BTreeMap;

use crate::input::ObjectFile;
use crate::symbols::{
    DataDef, DataId, DataSymbol, FuncDef, FuncId, Function, LinkerData, Signature, Site, SymRef,
    SymbolKind, Synthetic,
};
use crate::{BuildMode, LinkError};

/// Export names the linker itself uses; a `//go:wasmexport` may not take them.
pub const RESERVED_EXPORTS: [&str; 3] = ["memory", "_start", "_initialize"];

/// All symbols after resolution.
#[derive(Debug, Default)]
pub struct Symtab {
    pub funcs: Vec<Function>,
    pub datas: Vec<DataSymbol>,
    func_names: BTreeMap<String, FuncId>,
    data_names: BTreeMap<String, DataId>,
    /// Per object, what each of its symbol indices resolves to.
    pub file_syms: Vec<Vec<SymRef>>,
    /// For functions whose signature came from a reference: where that reference was.
    sig_from: BTreeMap<FuncId, Site>,
}

/// Describes a place for the `>>>` lines: `package P at file.go:L:C`.
pub fn describe(objs: &[ObjectFile<'_>], site: Option<Site>) -> String {
    match site {
        None => "the linker".to_string(),
        Some(s) => {
            let obj = &objs[s.file];
            match obj.pos(s.sym) {
                Some(pos) => format!("package {} at {pos}", obj.package),
                None => format!("package {}", obj.package),
            }
        }
    }
}

impl Symtab {
    pub fn func(&self, id: FuncId) -> &Function {
        &self.funcs[id.0 as usize]
    }

    pub fn data(&self, id: DataId) -> &DataSymbol {
        &self.datas[id.0 as usize]
    }

    /// The non-local function named `name`, if any object or the linker mentions it.
    pub fn find_func(&self, name: &str) -> Option<FuncId> {
        self.func_names.get(name).copied()
    }

    fn new_func(&mut self, f: Function, global: bool) -> FuncId {
        let id = FuncId(self.funcs.len() as u32);
        if global {
            self.func_names.insert(f.name.clone(), id);
        }
        self.funcs.push(f);
        id
    }

    fn new_data(&mut self, d: DataSymbol, global: bool) -> DataId {
        let id = DataId(self.datas.len() as u32);
        if global {
            self.data_names.insert(d.name.clone(), id);
        }
        self.datas.push(d);
        id
    }

    /// A linker-defined function.
    pub fn define_synthetic(&mut self, name: &str, s: Synthetic) -> FuncId {
        let f = Function {
            name: name.to_string(),
            def: FuncDef::Synthetic(s),
            sig: Signature::void(),
            defined_at: None,
            export: None,
            root: false,
        };
        self.new_func(f, true)
    }

    /// The function `name` as referenced by the linker: created undefined `() -> ()` if no
    /// object mentions it (so it is reported as undefined when live).
    pub fn reference(&mut self, name: &str) -> FuncId {
        if let Some(id) = self.find_func(name) {
            return id;
        }
        let f = Function {
            name: name.to_string(),
            def: FuncDef::Undefined,
            sig: Signature::void(),
            defined_at: None,
            export: None,
            root: false,
        };
        self.new_func(f, true)
    }
}

/// Resolves every symbol of every object. Returns all conflicts found, not just the first.
pub fn resolve(objs: &[ObjectFile<'_>], mode: BuildMode) -> Result<Symtab, Vec<LinkError>> {
    let mut st = Symtab::default();
    let mut errors = Vec::new();
    st.define_synthetic("runtime.runInits", Synthetic::RunInits);
    st.define_synthetic("runtime.callMain", Synthetic::CallMain);
    match mode {
        BuildMode::Command => st.define_synthetic("_start", Synthetic::Start),
        BuildMode::Reactor => st.define_synthetic("_initialize", Synthetic::Initialize),
    };
    for (name, which) in [
        ("__heap_base", LinkerData::HeapBase),
        ("__data_end", LinkerData::DataEnd),
    ] {
        let d = DataSymbol {
            name: name.to_string(),
            def: DataDef::Linker(which),
            defined_at: None,
        };
        st.new_data(d, true);
    }

    for (file, obj) in objs.iter().enumerate() {
        let mut refs = Vec::with_capacity(obj.symbols.len());
        for sym in 0..obj.symbols.len() as u32 {
            let site = Site { file, sym };
            let r = match obj.symbols[sym as usize].kind {
                SymbolKind::Function { index } => {
                    SymRef::Func(resolve_func(&mut st, objs, site, index, &mut errors))
                }
                SymbolKind::Data { def } => {
                    SymRef::Data(resolve_data(&mut st, objs, site, def, &mut errors))
                }
                SymbolKind::Global => SymRef::StackPointer,
                SymbolKind::Table => SymRef::Table,
            };
            refs.push(r);
        }
        st.file_syms.push(refs);
    }
    for (file, obj) in objs.iter().enumerate() {
        for s in &obj.symbols {
            let bad = match s.kind {
                SymbolKind::Global => s.name != "__stack_pointer",
                SymbolKind::Table => s.name != "__indirect_function_table",
                _ => false,
            };
            if bad {
                errors.push(LinkError {
                    message: format!(
                        "unsupported symbol {} in package {}",
                        s.name, objs[file].package
                    ),
                });
            }
        }
    }
    record_exports(&mut st, objs, &mut errors);
    check_host_imports(&st, objs, &mut errors);
    if errors.is_empty() {
        Ok(st)
    } else {
        Err(errors)
    }
}

fn resolve_func(
    st: &mut Symtab,
    objs: &[ObjectFile<'_>],
    site: Site,
    index: u32,
    errors: &mut Vec<LinkError>,
) -> FuncId {
    let obj = &objs[site.file];
    let sym = &obj.symbols[site.sym as usize];
    let nimports = obj.func_imports.len() as u32;
    let (def, ty) = if sym.is_undefined() {
        let imp = &obj.func_imports[index as usize];
        let def = if sym.flags & crate::symbols::flags::EXPLICIT_NAME != 0 {
            FuncDef::Host {
                module: imp.module.to_string(),
                field: imp.field.to_string(),
            }
        } else {
            FuncDef::Undefined
        };
        (def, imp.ty)
    } else {
        let i = index - nimports;
        let def = FuncDef::Object {
            file: site.file,
            index: i,
        };
        (def, obj.funcs[i as usize].ty)
    };
    let sig = obj.types[ty as usize].clone();
    let root = sym.flags & (crate::symbols::flags::NO_STRIP) != 0;
    let is_def = def != FuncDef::Undefined;
    let fresh = Function {
        name: sym.name.to_string(),
        def,
        sig,
        defined_at: is_def.then_some(site),
        export: None,
        root,
    };
    if sym.is_local() {
        return st.new_func(fresh, false);
    }
    let Some(id) = st.find_func(sym.name) else {
        let id = st.new_func(fresh, true);
        if !is_def {
            st.sig_from.insert(id, site);
        }
        return id;
    };
    let existing = &st.funcs[id.0 as usize];
    let existing_def = existing.def != FuncDef::Undefined;
    if existing_def && is_def && sym.is_weak() && existing.sig == fresh.sig {
        // Another copy of the same generic instance: keep the first.
        return id;
    }
    if existing_def && is_def {
        let same_host = matches!(existing.def, FuncDef::Host { .. }) && existing.def == fresh.def;
        if !same_host {
            errors.push(duplicate(
                objs,
                &existing.name,
                existing.defined_at,
                Some(site),
            ));
            return id;
        }
    }
    if existing.sig != fresh.sig {
        // One side is a definition when possible, so the message says "defined as".
        let (def_site, def_sig, ref_site, ref_sig) = if existing_def {
            (existing.defined_at, &existing.sig, Some(site), &fresh.sig)
        } else if is_def {
            (
                Some(site),
                &fresh.sig,
                st.sig_from.get(&id).copied(),
                &existing.sig,
            )
        } else {
            (
                st.sig_from.get(&id).copied(),
                &existing.sig,
                Some(site),
                &fresh.sig,
            )
        };
        let verb = if existing_def || is_def {
            "defined"
        } else {
            "referenced"
        };
        errors.push(LinkError {
            message: format!(
                "function signature mismatch: {}\n>>> {verb} as {def_sig} in {}\n>>> referenced as {ref_sig} in {}",
                sym.name,
                describe(objs, def_site),
                describe(objs, ref_site),
            ),
        });
        return id;
    }
    if is_def && !existing_def {
        let f = &mut st.funcs[id.0 as usize];
        f.def = fresh.def;
        f.defined_at = Some(site);
        f.root |= root;
    }
    id
}

fn resolve_data(
    st: &mut Symtab,
    objs: &[ObjectFile<'_>],
    site: Site,
    def: Option<(u32, u32, u32)>,
    errors: &mut Vec<LinkError>,
) -> DataId {
    let sym = &objs[site.file].symbols[site.sym as usize];
    let def = match def {
        Some((segment, offset, _size)) => DataDef::Object {
            file: site.file,
            segment,
            offset,
        },
        None => DataDef::Undefined,
    };
    let is_def = def != DataDef::Undefined;
    let fresh = DataSymbol {
        name: sym.name.to_string(),
        def,
        defined_at: is_def.then_some(site),
    };
    if sym.is_local() {
        return st.new_data(fresh, false);
    }
    let Some(&id) = st.data_names.get(sym.name) else {
        return st.new_data(fresh, true);
    };
    let existing = &mut st.datas[id.0 as usize];
    if is_def {
        if existing.def != DataDef::Undefined {
            let (name, at) = (existing.name.clone(), existing.defined_at);
            errors.push(duplicate(objs, &name, at, Some(site)));
        } else {
            *existing = fresh;
        }
    }
    id
}

fn duplicate(objs: &[ObjectFile<'_>], name: &str, a: Option<Site>, b: Option<Site>) -> LinkError {
    LinkError {
        message: format!(
            "duplicate symbol: {name}\n>>> defined in {}\n>>> defined in {}",
            describe(objs, a),
            describe(objs, b)
        ),
    }
}

/// Attaches `//go:wasmexport` names to functions; two functions exporting one name is an
/// error naming both Go functions.
fn record_exports(st: &mut Symtab, objs: &[ObjectFile<'_>], errors: &mut Vec<LinkError>) {
    let mut by_name: BTreeMap<&str, FuncId> = BTreeMap::new();
    for (file, obj) in objs.iter().enumerate() {
        for &(export, index) in &obj.exports {
            let found = obj.symbols.iter().position(|s| {
                !s.is_undefined()
                    && matches!(s.kind, SymbolKind::Function { index: i } if i == index)
            });
            let Some(sym) = found else {
                errors.push(LinkError {
                    message: format!(
                        "export {export:?} in package {} names no defined function symbol",
                        obj.package
                    ),
                });
                continue;
            };
            let SymRef::Func(id) = st.file_syms[file][sym] else {
                continue;
            };
            if RESERVED_EXPORTS.contains(&export) {
                errors.push(LinkError {
                    message: format!(
                        "//go:wasmexport name {export:?} is reserved by the linker\n>>> exported by {} in {}",
                        st.func(id).name,
                        describe(objs, Some(Site { file, sym: sym as u32 }))
                    ),
                });
                continue;
            }
            if let Some(&other) = by_name.get(export) {
                let (a, b) = (st.func(other), st.func(id));
                errors.push(LinkError {
                    message: format!(
                        "duplicate //go:wasmexport name {export:?}\n>>> exported by {} in {}\n>>> exported by {} in {}",
                        a.name,
                        describe(objs, a.defined_at),
                        b.name,
                        describe(objs, b.defined_at)
                    ),
                });
                continue;
            }
            by_name.insert(export, id);
            let f = &mut st.funcs[id.0 as usize];
            f.export = Some(export.to_string());
            f.root = true;
        }
    }
}

/// Host imports are shared by (module, field); every declaration of one must agree on the
/// Wasm signature.
fn check_host_imports(st: &Symtab, objs: &[ObjectFile<'_>], errors: &mut Vec<LinkError>) {
    let mut seen: BTreeMap<(&str, &str), &Function> = BTreeMap::new();
    for f in &st.funcs {
        let FuncDef::Host { module, field } = &f.def else {
            continue;
        };
        match seen.get(&(module.as_str(), field.as_str())) {
            None => {
                seen.insert((module, field), f);
            }
            Some(first) if first.sig != f.sig => errors.push(LinkError {
                message: format!(
                    "conflicting signatures for //go:wasmimport {module} {field}\n>>> {} declared as {} in {}\n>>> {} declared as {} in {}",
                    first.name,
                    first.sig,
                    describe(objs, first.defined_at),
                    f.name,
                    f.sig,
                    describe(objs, f.defined_at)
                ),
            }),
            Some(_) => {}
        }
    }
}
