//! Writer for relocatable WebAssembly objects (one per Go package).
//!
//! The format is the WebAssembly tool-conventions object format (Linking.md): an ordinary
//! module plus a `linking` custom section (version 2) with the symbol table and segment
//! info, `reloc.CODE` / `reloc.DATA` relocation sections, and gobuild's own `gobuild.pos`
//! section mapping symbols to Go source positions for link errors.
//!
//! Every relocation site is written at its widest encoding (5-byte LEB or 4-byte I32), so
//! the linker can patch indices and addresses in place without re-encoding bodies. The
//! builder also fills each site with the object-local value (function index, type index,
//! segment-relative address), so an object validates as a Wasm module on its own.
//!
//! Determinism: symbols, types, imports, functions and segments are numbered in the order of
//! the builder calls; nothing depends on hash order.

use std::collections::BTreeMap;

use wasm_encoder::{
    CustomSection, Encode, EntityType, ExportKind, ExportSection, FunctionSection, GlobalType,
    ImportSection, MemoryType, Module, RawSection, RefType, TableType, TypeSection,
};

mod code;
#[cfg(test)]
mod tests;

use code::Site;
pub use code::{padded_sleb, padded_uleb, patch, CodeWriter};

/// Re-exported so users of the builder need no direct wasm-encoder dependency.
pub use wasm_encoder::{Instruction, MemArg, ValType};

/// Symbol flags of Linking.md (`WASM_SYM_*`).
pub mod sym_flags {
    /// Not to be linked with other objects' symbols of the same name.
    pub const BINDING_LOCAL: u32 = 0x02;
    /// Defined in another object (or by the linker, or imported from the host).
    pub const UNDEFINED: u32 = 0x10;
    /// Exported to the host (`//go:wasmexport`); a liveness root.
    pub const EXPORTED: u32 = 0x20;
    /// The symbol's name is given in the symbol table rather than taken from its import.
    pub const EXPLICIT_NAME: u32 = 0x40;
}

/// Symbol kinds of Linking.md (`SYMTAB_*`).
mod sym_kind {
    pub const FUNCTION: u8 = 0;
    pub const DATA: u8 = 1;
    pub const GLOBAL: u8 = 2;
    pub const TABLE: u8 = 5;
}

/// Relocation types of Linking.md (`R_WASM_*`) that gobuild writes.
pub mod reloc_type {
    pub const FUNCTION_INDEX_LEB: u8 = 0;
    pub const TABLE_INDEX_SLEB: u8 = 1;
    pub const TABLE_INDEX_I32: u8 = 2;
    pub const MEMORY_ADDR_LEB: u8 = 3;
    pub const MEMORY_ADDR_SLEB: u8 = 4;
    pub const MEMORY_ADDR_I32: u8 = 5;
    pub const TYPE_INDEX_LEB: u8 = 6;
    pub const GLOBAL_INDEX_LEB: u8 = 7;
}

/// Linking subsection ids.
const WASM_SEGMENT_INFO: u8 = 5;
const WASM_SYMBOL_TABLE: u8 = 8;

/// Name of the custom section holding Go source positions of symbols.
pub const POS_SECTION: &str = "gobuild.pos";

/// A function symbol (its index in the object's symbol table).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct FuncSym(u32);

/// A data symbol (its index in the object's symbol table).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct DataSym(u32);

impl FuncSym {
    /// Index of the symbol in the object's symbol table.
    pub fn index(self) -> u32 {
        self.0
    }
}

impl DataSym {
    /// Index of the symbol in the object's symbol table.
    pub fn index(self) -> u32 {
        self.0
    }
}

/// Which output region a data symbol belongs in; decides the segment name prefix.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DataKind {
    /// Constant data (string literals, type descriptors): `.rodata.SYM`.
    ReadOnly,
    /// Initialised variables: `.data.SYM`.
    Data,
    /// Zero-initialised variables: `.bss.SYM` (contents are not stored meaningfully).
    Bss,
}

/// What a 4-byte slot in a data symbol's contents must be patched with.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RelocTarget {
    /// Address of a data symbol plus an addend (R_WASM_MEMORY_ADDR_I32).
    DataAddr(DataSym, i32),
    /// Table index of a function (R_WASM_TABLE_INDEX_I32): a Go func value.
    FuncTableIndex(FuncSym),
}

/// A relocation inside a data symbol: `offset` is relative to the symbol's first byte and
/// the 4 bytes there are overwritten (little-endian u32).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct DataReloc {
    pub offset: u32,
    pub target: RelocTarget,
}

/// One symbol-table entry, as it will be written.
enum Symbol {
    Func {
        name: String,
        flags: u32,
        /// Index into `func_imports` or `funcs` depending on `UNDEFINED`.
        slot: u32,
    },
    Data {
        name: String,
        flags: u32,
        /// Segment index when defined.
        segment: Option<u32>,
        size: u32,
    },
    /// `env.__stack_pointer` (always global import 0).
    StackPointer,
    /// `env.__indirect_function_table` (always table import 0).
    Table,
}

struct FuncImport {
    module: String,
    field: String,
    ty: u32,
}

struct DefinedFunc {
    ty: u32,
    sym: u32,
    body: Option<EncodedBody>,
}

struct EncodedBody {
    /// Locals vector followed by instructions and the final `end`.
    bytes: Vec<u8>,
    /// (offset in `bytes`, relocation type, symbol or type index, addend)
    relocs: Vec<(u32, u8, u32, i32)>,
}

struct Segment {
    name: String,
    align: u32,
    bytes: Vec<u8>,
    relocs: Vec<DataReloc>,
}

/// Builds one relocatable object. See the module documentation.
pub struct ObjectBuilder {
    types: Vec<(Vec<ValType>, Vec<ValType>)>,
    type_index: BTreeMap<(Vec<u8>, Vec<u8>), u32>,
    symbols: Vec<Symbol>,
    by_name: BTreeMap<String, u32>,
    func_imports: Vec<FuncImport>,
    funcs: Vec<DefinedFunc>,
    segments: Vec<Segment>,
    exports: Vec<(String, FuncSym)>,
    positions: Vec<(u32, String)>,
    stack_pointer: Option<u32>,
    table: Option<u32>,
}

impl Default for ObjectBuilder {
    fn default() -> Self {
        Self::new()
    }
}

/// Compact key for a value type, so types can be deduplicated in a BTreeMap.
fn val_type_key(t: &ValType) -> u8 {
    match t {
        ValType::I32 => 0x7f,
        ValType::I64 => 0x7e,
        ValType::F32 => 0x7d,
        ValType::F64 => 0x7c,
        ValType::V128 => 0x7b,
        ValType::Ref(_) => 0x70,
    }
}

impl ObjectBuilder {
    pub fn new() -> Self {
        ObjectBuilder {
            types: Vec::new(),
            type_index: BTreeMap::new(),
            symbols: Vec::new(),
            by_name: BTreeMap::new(),
            func_imports: Vec::new(),
            funcs: Vec::new(),
            segments: Vec::new(),
            exports: Vec::new(),
            positions: Vec::new(),
            stack_pointer: None,
            table: None,
        }
    }

    /// Index of the function type `params -> results`, added on first use.
    pub fn func_type(&mut self, params: &[ValType], results: &[ValType]) -> u32 {
        let key = (
            params.iter().map(val_type_key).collect(),
            results.iter().map(val_type_key).collect(),
        );
        if let Some(&i) = self.type_index.get(&key) {
            return i;
        }
        let i = self.types.len() as u32;
        self.types.push((params.to_vec(), results.to_vec()));
        self.type_index.insert(key, i);
        i
    }

    fn push_symbol(&mut self, sym: Symbol, name: Option<&str>, pos: Option<&str>) -> u32 {
        let index = self.symbols.len() as u32;
        self.symbols.push(sym);
        if let Some(name) = name {
            self.by_name.entry(name.to_string()).or_insert(index);
        }
        if let Some(pos) = pos {
            self.positions.push((index, pos.to_string()));
        }
        index
    }

    /// An undefined function symbol: defined in another package's object, by the linker
    /// (`runtime.runInits`), or by the host when `import` is `Some((module, field))`
    /// (`//go:wasmimport`). Calling it twice with the same symbol returns the same `FuncSym`.
    pub fn import_func(
        &mut self,
        symbol: &str,
        ty: u32,
        import: Option<(&str, &str)>,
        pos: Option<&str>,
    ) -> FuncSym {
        if let Some(&i) = self.by_name.get(symbol) {
            if matches!(self.symbols[i as usize], Symbol::Func { .. }) {
                return FuncSym(i);
            }
        }
        let (module, field, flags) = match import {
            Some((m, f)) => (m, f, sym_flags::UNDEFINED | sym_flags::EXPLICIT_NAME),
            // The symbol name is the import field, so no explicit name is needed.
            None => ("env", symbol, sym_flags::UNDEFINED),
        };
        let slot = self.func_imports.len() as u32;
        self.func_imports.push(FuncImport {
            module: module.to_string(),
            field: field.to_string(),
            ty,
        });
        let sym = Symbol::Func {
            name: symbol.to_string(),
            flags,
            slot,
        };
        FuncSym(self.push_symbol(sym, Some(symbol), pos))
    }

    /// Reserves a defined function symbol before its body exists (recursion, forward calls).
    /// Its function index is fixed by the order of `declare_func` calls.
    pub fn declare_func(&mut self, symbol: &str, ty: u32, pos: Option<&str>) -> FuncSym {
        let slot = self.funcs.len() as u32;
        let index = self.symbols.len() as u32;
        self.funcs.push(DefinedFunc {
            ty,
            sym: index,
            body: None,
        });
        let sym = Symbol::Func {
            name: symbol.to_string(),
            flags: 0,
            slot,
        };
        FuncSym(self.push_symbol(sym, Some(symbol), pos))
    }

    /// Result types of function type `ty` (empty for an unknown index).
    pub fn type_results(&self, ty: u32) -> Vec<ValType> {
        self.types
            .get(ty as usize)
            .map(|(_, r)| r.clone())
            .unwrap_or_default()
    }

    /// Result types of the function behind `f` (imported or defined).
    pub fn func_results(&self, f: FuncSym) -> Vec<ValType> {
        let ty = match self.symbols.get(f.0 as usize) {
            Some(Symbol::Func { flags, slot, .. }) => {
                if flags & sym_flags::UNDEFINED != 0 {
                    self.func_imports.get(*slot as usize).map(|i| i.ty)
                } else {
                    self.funcs.get(*slot as usize).map(|d| d.ty)
                }
            }
            _ => None,
        };
        ty.map(|t| self.type_results(t)).unwrap_or_default()
    }

    /// The symbol name of `f`.
    pub fn func_name(&self, f: FuncSym) -> &str {
        match self.symbols.get(f.0 as usize) {
            Some(Symbol::Func { name, .. }) => name,
            _ => "",
        }
    }

    /// The function symbol named `symbol`, if one was imported or declared.
    pub fn lookup_func(&self, symbol: &str) -> Option<FuncSym> {
        let &i = self.by_name.get(symbol)?;
        matches!(self.symbols[i as usize], Symbol::Func { .. }).then_some(FuncSym(i))
    }

    /// The data symbol named `symbol`, if one was imported or defined.
    pub fn lookup_data(&self, symbol: &str) -> Option<DataSym> {
        let &i = self.by_name.get(symbol)?;
        matches!(self.symbols[i as usize], Symbol::Data { .. }).then_some(DataSym(i))
    }

    /// Supplies the body of a declared function. The builder appends the function's
    /// closing `end`; the body must not contain it.
    pub fn define_func(&mut self, sym: FuncSym, body: CodeWriter) {
        let slot = match &self.symbols[sym.0 as usize] {
            Symbol::Func { flags, slot, .. } if flags & sym_flags::UNDEFINED == 0 => *slot,
            _ => panic!("define_func on a symbol that was not declared with declare_func"),
        };
        let encoded = self.encode_body(body);
        self.funcs[slot as usize].body = Some(encoded);
    }

    /// Resolves a body's pending relocations to symbol indices and lays out its bytes.
    fn encode_body(&mut self, body: CodeWriter) -> EncodedBody {
        let mut bytes = Vec::new();
        let groups: Vec<(u32, ValType)> = body.locals;
        (groups.len() as u32).encode(&mut bytes);
        for (n, t) in &groups {
            n.encode(&mut bytes);
            t.encode(&mut bytes);
        }
        let base = bytes.len() as u32;
        bytes.extend_from_slice(&body.code);
        bytes.push(0x0b); // end
        let mut relocs = Vec::with_capacity(body.relocs.len());
        for (off, site) in body.relocs {
            let (ty, index, addend) = match site {
                Site::Call(f) => (reloc_type::FUNCTION_INDEX_LEB, f.0, 0),
                Site::TableIndex(f) => {
                    self.table_symbol();
                    (reloc_type::TABLE_INDEX_SLEB, f.0, 0)
                }
                Site::DataAddr(d, a) => (reloc_type::MEMORY_ADDR_SLEB, d.0, a),
                Site::DataAddrLeb(d, a) => (reloc_type::MEMORY_ADDR_LEB, d.0, a),
                Site::Type(t) => {
                    self.table_symbol();
                    (reloc_type::TYPE_INDEX_LEB, t, 0)
                }
                Site::StackPointer => {
                    (reloc_type::GLOBAL_INDEX_LEB, self.stack_pointer_symbol(), 0)
                }
            };
            relocs.push((base + off, ty, index, addend));
        }
        EncodedBody { bytes, relocs }
    }

    fn stack_pointer_symbol(&mut self) -> u32 {
        if let Some(s) = self.stack_pointer {
            return s;
        }
        let s = self.push_symbol(Symbol::StackPointer, None, None);
        self.stack_pointer = Some(s);
        s
    }

    fn table_symbol(&mut self) -> u32 {
        if let Some(s) = self.table {
            return s;
        }
        let s = self.push_symbol(Symbol::Table, None, None);
        self.table = Some(s);
        s
    }

    /// Exports a defined function to the host under `export_name` (`//go:wasmexport`).
    pub fn export_func(&mut self, sym: FuncSym, export_name: &str) {
        if let Symbol::Func { flags, .. } = &mut self.symbols[sym.0 as usize] {
            *flags |= sym_flags::EXPORTED;
        }
        self.exports.push((export_name.to_string(), sym));
    }

    /// An undefined data symbol: another package's variable, or a linker-defined symbol
    /// such as `__heap_base` / `__data_end`. Repeated calls return the same `DataSym`.
    pub fn import_data(&mut self, symbol: &str) -> DataSym {
        if let Some(d) = self.lookup_data(symbol) {
            return d;
        }
        let sym = Symbol::Data {
            name: symbol.to_string(),
            flags: sym_flags::UNDEFINED,
            segment: None,
            size: 0,
        };
        DataSym(self.push_symbol(sym, Some(symbol), None))
    }

    /// Defines a data symbol in its own segment. `bytes` holds the initial contents (it is
    /// zero-padded or must not exceed `size`; ignored for `Bss`); `align` is in bytes (a
    /// power of two). `relocs` patch 4-byte slots of the contents with addresses.
    pub fn define_data(
        &mut self,
        symbol: &str,
        kind: DataKind,
        align: u32,
        bytes: Vec<u8>,
        size: u32,
        relocs: Vec<DataReloc>,
    ) -> DataSym {
        let prefix = match kind {
            DataKind::ReadOnly => ".rodata.",
            DataKind::Data => ".data.",
            DataKind::Bss => ".bss.",
        };
        let mut contents = if kind == DataKind::Bss {
            Vec::new()
        } else {
            bytes
        };
        contents.resize(size as usize, 0);
        if relocs
            .iter()
            .any(|r| matches!(r.target, RelocTarget::FuncTableIndex(_)))
        {
            self.table_symbol();
        }
        let segment = self.segments.len() as u32;
        self.segments.push(Segment {
            name: format!("{prefix}{symbol}"),
            align: align.max(1),
            bytes: contents,
            relocs,
        });
        let sym = Symbol::Data {
            name: symbol.to_string(),
            flags: 0,
            segment: Some(segment),
            size,
        };
        DataSym(self.push_symbol(sym, Some(symbol), None))
    }

    /// Marks a function symbol package-local (`WASM_SYM_BINDING_LOCAL`): it never links to
    /// a same-named symbol of another object. Only for defined functions.
    pub fn set_local_func(&mut self, sym: FuncSym) {
        if let Symbol::Func { flags, .. } = &mut self.symbols[sym.0 as usize] {
            if *flags & sym_flags::UNDEFINED == 0 {
                *flags |= sym_flags::BINDING_LOCAL;
            }
        }
    }

    /// Marks a defined data symbol package-local (string literals and other `..` data).
    pub fn set_local_data(&mut self, sym: DataSym) {
        if let Symbol::Data { flags, .. } = &mut self.symbols[sym.0 as usize] {
            if *flags & sym_flags::UNDEFINED == 0 {
                *flags |= sym_flags::BINDING_LOCAL;
            }
        }
    }

    /// Records (or replaces) the Go source position of a function symbol, for link errors.
    pub fn set_pos(&mut self, sym: FuncSym, pos: &str) {
        self.set_symbol_pos(sym.0, pos);
    }

    /// Records (or replaces) the Go source position of a data symbol (a package-level
    /// variable), so duplicate-definition errors can point at it.
    pub fn set_data_pos(&mut self, sym: DataSym, pos: &str) {
        self.set_symbol_pos(sym.0, pos);
    }

    fn set_symbol_pos(&mut self, sym: u32, pos: &str) {
        match self.positions.iter_mut().find(|(s, _)| *s == sym) {
            Some(entry) => entry.1 = pos.to_string(),
            None => self.positions.push((sym, pos.to_string())),
        }
    }

    /// Function index (imports first, then definitions) of a function symbol.
    fn func_index(&self, sym: u32) -> u32 {
        match &self.symbols[sym as usize] {
            Symbol::Func { flags, slot, .. } if flags & sym_flags::UNDEFINED != 0 => *slot,
            Symbol::Func { slot, .. } => self.func_imports.len() as u32 + slot,
            _ => 0,
        }
    }

    /// Segment-relative address layout: each segment placed at its aligned running offset,
    /// matching the `i32.const` offsets written into the object's data section.
    fn segment_offsets(&self) -> Vec<u32> {
        let mut at = 0u32;
        self.segments
            .iter()
            .map(|s| {
                at = at.next_multiple_of(s.align);
                let o = at;
                at += s.bytes.len() as u32;
                o
            })
            .collect()
    }

    /// Object-local value of a symbol for a relocation (so the object validates alone).
    fn local_value(&self, ty: u8, index: u32, addend: i32, seg_offsets: &[u32]) -> u32 {
        match ty {
            reloc_type::FUNCTION_INDEX_LEB => self.func_index(index),
            reloc_type::TYPE_INDEX_LEB => index,
            reloc_type::GLOBAL_INDEX_LEB => 0,
            reloc_type::MEMORY_ADDR_LEB
            | reloc_type::MEMORY_ADDR_SLEB
            | reloc_type::MEMORY_ADDR_I32 => match &self.symbols[index as usize] {
                Symbol::Data {
                    segment: Some(s), ..
                } => seg_offsets[*s as usize].wrapping_add(addend as u32),
                _ => 0,
            },
            _ => 0,
        }
    }

    /// Encodes the object. Panics only if a declared function never got a body (a
    /// compiler bug, not bad input).
    pub fn finish(self) -> Vec<u8> {
        let mut module = Module::new();
        let mut section_count = 0u32;
        let seg_offsets = self.segment_offsets();

        if !self.types.is_empty() {
            let mut types = TypeSection::new();
            for (p, r) in &self.types {
                types.ty().function(p.iter().copied(), r.iter().copied());
            }
            module.section(&types);
            section_count += 1;
        }

        let mut imports = ImportSection::new();
        let data_size = seg_offsets
            .last()
            .zip(self.segments.last())
            .map_or(0, |(o, s)| *o as u64 + s.bytes.len() as u64);
        imports.import(
            "env",
            "__linear_memory",
            MemoryType {
                minimum: data_size.div_ceil(65536),
                maximum: None,
                memory64: false,
                shared: false,
                page_size_log2: None,
            },
        );
        for imp in &self.func_imports {
            imports.import(&imp.module, &imp.field, EntityType::Function(imp.ty));
        }
        if self.table.is_some() {
            imports.import(
                "env",
                "__indirect_function_table",
                TableType {
                    element_type: RefType::FUNCREF,
                    table64: false,
                    minimum: 0,
                    maximum: None,
                    shared: false,
                },
            );
        }
        if self.stack_pointer.is_some() {
            imports.import(
                "env",
                "__stack_pointer",
                GlobalType {
                    val_type: ValType::I32,
                    mutable: true,
                    shared: false,
                },
            );
        }
        module.section(&imports);
        section_count += 1;

        if !self.funcs.is_empty() {
            let mut functions = FunctionSection::new();
            for f in &self.funcs {
                functions.function(f.ty);
            }
            module.section(&functions);
            section_count += 1;
        }

        if !self.exports.is_empty() {
            let mut exports = ExportSection::new();
            for (name, sym) in &self.exports {
                exports.export(name, ExportKind::Func, self.func_index(sym.0));
            }
            module.section(&exports);
            section_count += 1;
        }

        let mut code_relocs = Vec::new();
        let mut code_section = None;
        if !self.funcs.is_empty() {
            let mut body = Vec::new();
            (self.funcs.len() as u32).encode(&mut body);
            for f in &self.funcs {
                let Some(b) = &f.body else {
                    let name = self.symbol_name(f.sym);
                    panic!("function {name} declared but never defined");
                };
                (b.bytes.len() as u32).encode(&mut body);
                let start = body.len() as u32;
                body.extend_from_slice(&b.bytes);
                for &(off, ty, index, addend) in &b.relocs {
                    let at = (start + off) as usize;
                    let value = self.local_value(ty, index, addend, &seg_offsets);
                    patch(&mut body[at..], ty, value);
                    code_relocs.push((ty, start + off, index, addend));
                }
            }
            module.section(&RawSection {
                id: 10,
                data: &body,
            });
            code_section = Some(section_count);
            section_count += 1;
        }

        let mut data_relocs = Vec::new();
        let mut data_section = None;
        if !self.segments.is_empty() {
            let mut body = Vec::new();
            (self.segments.len() as u32).encode(&mut body);
            for (seg, &offset) in self.segments.iter().zip(&seg_offsets) {
                body.push(0x00); // active, memory 0
                Instruction::I32Const(offset as i32).encode(&mut body);
                Instruction::End.encode(&mut body);
                (seg.bytes.len() as u32).encode(&mut body);
                let start = body.len() as u32;
                body.extend_from_slice(&seg.bytes);
                for r in &seg.relocs {
                    let (ty, index, addend) = match r.target {
                        RelocTarget::DataAddr(d, a) => (reloc_type::MEMORY_ADDR_I32, d.0, a),
                        RelocTarget::FuncTableIndex(f) => (reloc_type::TABLE_INDEX_I32, f.0, 0),
                    };
                    let at = (start + r.offset) as usize;
                    let value = self.local_value(ty, index, addend, &seg_offsets);
                    patch(&mut body[at..], ty, value);
                    data_relocs.push((ty, start + r.offset, index, addend));
                }
            }
            module.section(&RawSection {
                id: 11,
                data: &body,
            });
            data_section = Some(section_count);
        }

        module.section(&CustomSection {
            name: "linking".into(),
            data: self.linking_section().into(),
        });
        if let Some(s) = code_section {
            module.section(&CustomSection {
                name: "reloc.CODE".into(),
                data: reloc_section(s, &code_relocs).into(),
            });
        }
        if let Some(s) = data_section {
            if !data_relocs.is_empty() {
                module.section(&CustomSection {
                    name: "reloc.DATA".into(),
                    data: reloc_section(s, &data_relocs).into(),
                });
            }
        }
        module.section(&CustomSection {
            name: POS_SECTION.into(),
            data: self.pos_section().into(),
        });
        module.finish()
    }

    fn symbol_name(&self, sym: u32) -> &str {
        match &self.symbols[sym as usize] {
            Symbol::Func { name, .. } | Symbol::Data { name, .. } => name,
            Symbol::StackPointer => "__stack_pointer",
            Symbol::Table => "__indirect_function_table",
        }
    }

    /// The `linking` section: version 2, symbol table, segment info.
    fn linking_section(&self) -> Vec<u8> {
        let mut out = Vec::new();
        2u32.encode(&mut out);

        let mut symtab = Vec::new();
        (self.symbols.len() as u32).encode(&mut symtab);
        for (i, sym) in self.symbols.iter().enumerate() {
            match sym {
                Symbol::Func { name, flags, .. } => {
                    symtab.push(sym_kind::FUNCTION);
                    flags.encode(&mut symtab);
                    self.func_index(i as u32).encode(&mut symtab);
                    if flags & sym_flags::UNDEFINED == 0 || flags & sym_flags::EXPLICIT_NAME != 0 {
                        name.as_str().encode(&mut symtab);
                    }
                }
                Symbol::Data {
                    name,
                    flags,
                    segment,
                    size,
                } => {
                    symtab.push(sym_kind::DATA);
                    flags.encode(&mut symtab);
                    name.as_str().encode(&mut symtab);
                    if let Some(seg) = segment {
                        seg.encode(&mut symtab);
                        0u32.encode(&mut symtab); // offset within the segment
                        size.encode(&mut symtab);
                    }
                }
                Symbol::StackPointer => {
                    symtab.push(sym_kind::GLOBAL);
                    sym_flags::UNDEFINED.encode(&mut symtab);
                    0u32.encode(&mut symtab);
                }
                Symbol::Table => {
                    symtab.push(sym_kind::TABLE);
                    sym_flags::UNDEFINED.encode(&mut symtab);
                    0u32.encode(&mut symtab);
                }
            }
        }
        out.push(WASM_SYMBOL_TABLE);
        symtab.as_slice().encode(&mut out);

        if !self.segments.is_empty() {
            let mut info = Vec::new();
            (self.segments.len() as u32).encode(&mut info);
            for seg in &self.segments {
                seg.name.as_str().encode(&mut info);
                seg.align.trailing_zeros().encode(&mut info);
                0u32.encode(&mut info); // flags
            }
            out.push(WASM_SEGMENT_INFO);
            info.as_slice().encode(&mut out);
        }
        out
    }

    /// The `gobuild.pos` section: vector of (symbol index, "file.go:LINE:COL").
    fn pos_section(&self) -> Vec<u8> {
        let mut out = Vec::new();
        (self.positions.len() as u32).encode(&mut out);
        for (sym, pos) in &self.positions {
            sym.encode(&mut out);
            pos.as_str().encode(&mut out);
        }
        out
    }
}

/// A `reloc.*` section body: target section index, then (type, offset, index[, addend]).
fn reloc_section(section: u32, relocs: &[(u8, u32, u32, i32)]) -> Vec<u8> {
    let mut out = Vec::new();
    section.encode(&mut out);
    (relocs.len() as u32).encode(&mut out);
    for &(ty, offset, index, addend) in relocs {
        out.push(ty);
        offset.encode(&mut out);
        index.encode(&mut out);
        if matches!(
            ty,
            reloc_type::MEMORY_ADDR_LEB
                | reloc_type::MEMORY_ADDR_SLEB
                | reloc_type::MEMORY_ADDR_I32
        ) {
            addend.encode(&mut out);
        }
    }
    out
}
