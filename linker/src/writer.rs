//! Writing the output module: one small function per section, in spec order.

use std::borrow::Cow;
use std::collections::BTreeMap;

use wasm_encoder::{
    CodeSection, ConstExpr, DataSection, ElementSection, Elements, EntityType, ExportKind,
    ExportSection, FunctionSection, GlobalSection, GlobalType, ImportSection, MemorySection,
    MemoryType, Module, NameMap, NameSection, RefType, TableSection, TableType, TypeSection,
    ValType,
};

use crate::input::ObjectFile;
use crate::layout::{FuncIndexes, MemoryLayout, Region};
use crate::relocs::{self, Resolver, Scan};
use crate::symbols::{FuncDef, FuncId, Signature};
use crate::symtab::Symtab;
use crate::synthetic::{self, Plan};

/// Everything decided by the earlier phases.
pub struct Output<'a> {
    pub objs: &'a [ObjectFile<'a>],
    pub st: &'a Symtab,
    pub plan: &'a Plan,
    pub scan: &'a Scan,
    pub memory: &'a MemoryLayout,
    pub funcs: &'a FuncIndexes,
    /// The entry point (`_start` or `_initialize`).
    pub entry: FuncId,
}

/// Output signatures, numbered in first-registration order.
#[derive(Default)]
struct Types {
    list: Vec<Signature>,
    index: BTreeMap<Signature, u32>,
}

impl Types {
    fn register(&mut self, sig: &Signature) {
        if !self.index.contains_key(sig) {
            self.index.insert(sig.clone(), self.list.len() as u32);
            self.list.push(sig.clone());
        }
    }
    fn get(&self, sig: &Signature) -> u32 {
        self.index[sig]
    }
}

/// Encodes the linked module.
pub fn write(out: &Output<'_>) -> Vec<u8> {
    let types = collect_types(out);
    let resolver = Resolver {
        objs: out.objs,
        st: out.st,
        funcs: out.funcs,
        memory: out.memory,
        scan: out.scan,
        types: &types.index,
    };
    let mut module = Module::new();
    module.section(&type_section(&types));
    if !out.funcs.imports.is_empty() {
        module.section(&import_section(out, &types));
    }
    module.section(&function_section(out, &types));
    if out.scan.needs_table {
        module.section(&table_section(out));
    }
    module.section(&memory_section(out));
    module.section(&global_section(out));
    module.section(&export_section(out));
    if !out.scan.table.is_empty() {
        module.section(&element_section(out));
    }
    module.section(&code_section(out, &resolver));
    let data = data_section(out, &resolver);
    if !data.is_empty() {
        module.section(&data);
    }
    module.section(&name_section(out));
    module.finish()
}

/// Types of imports and functions first, then those only `call_indirect` uses.
fn collect_types(out: &Output<'_>) -> Types {
    let mut types = Types::default();
    for imp in &out.funcs.imports {
        types.register(&out.st.func(imp.first).sig);
    }
    for &f in &out.funcs.defined {
        types.register(&out.st.func(f).sig);
    }
    for sig in &out.scan.indirect_types {
        types.register(sig);
    }
    types
}

/// Type section: every distinct signature once.
fn type_section(types: &Types) -> TypeSection {
    let mut s = TypeSection::new();
    for sig in &types.list {
        s.ty()
            .function(sig.params.iter().copied(), sig.results.iter().copied());
    }
    s
}

/// Import section: the live `//go:wasmimport` functions, one per (module, field).
fn import_section(out: &Output<'_>, types: &Types) -> ImportSection {
    let mut s = ImportSection::new();
    for imp in &out.funcs.imports {
        let ty = types.get(&out.st.func(imp.first).sig);
        s.import(&imp.module, &imp.field, EntityType::Function(ty));
    }
    s
}

/// Function section: the signature of each defined function.
fn function_section(out: &Output<'_>, types: &Types) -> FunctionSection {
    let mut s = FunctionSection::new();
    for &f in &out.funcs.defined {
        s.function(types.get(&out.st.func(f).sig));
    }
    s
}

/// Table section: the indirect function table, slot 0 null, sized exactly.
fn table_section(out: &Output<'_>) -> TableSection {
    let size = out.scan.table.len() as u64 + 1;
    let mut s = TableSection::new();
    s.table(TableType {
        element_type: RefType::FUNCREF,
        table64: false,
        minimum: size,
        maximum: Some(size),
        shared: false,
    });
    s
}

/// Memory section: one memory, large enough for data, stack and a first bit of heap; no
/// maximum so the runtime can grow it.
fn memory_section(out: &Output<'_>) -> MemorySection {
    let mut s = MemorySection::new();
    s.memory(MemoryType {
        minimum: out.memory.pages,
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    });
    s
}

/// Global section: `__stack_pointer` (global 0), starting at the top of the stack.
fn global_section(out: &Output<'_>) -> GlobalSection {
    let mut s = GlobalSection::new();
    s.global(
        GlobalType {
            val_type: ValType::I32,
            mutable: true,
            shared: false,
        },
        &ConstExpr::i32_const(out.memory.stack_top as i32),
    );
    s
}

/// Export section: `memory`, the entry point, then `//go:wasmexport` functions.
fn export_section(out: &Output<'_>) -> ExportSection {
    let mut s = ExportSection::new();
    s.export("memory", ExportKind::Memory, 0);
    let entry = out.st.func(out.entry);
    if let Some(i) = out.funcs.get(out.entry) {
        s.export(&entry.name, ExportKind::Func, i);
    }
    for &f in &out.funcs.defined {
        if let (Some(name), Some(i)) = (&out.st.func(f).export, out.funcs.get(f)) {
            s.export(name, ExportKind::Func, i);
        }
    }
    s
}

/// Element section: fills table slots 1.. with the functions used as values.
fn element_section(out: &Output<'_>) -> ElementSection {
    let indices: Vec<u32> = out
        .scan
        .table
        .iter()
        .map(|&f| out.funcs.get(f).unwrap_or(0))
        .collect();
    let mut s = ElementSection::new();
    s.active(
        None,
        &ConstExpr::i32_const(1),
        Elements::Functions(Cow::Owned(indices)),
    );
    s
}

/// Code section: input bodies copied and patched, generated bodies written fresh.
fn code_section(out: &Output<'_>, resolver: &Resolver<'_>) -> CodeSection {
    let mut s = CodeSection::new();
    for &f in &out.funcs.defined {
        match out.st.func(f).def {
            FuncDef::Object { file, index } => {
                let input = &out.objs[file].funcs[index as usize];
                let mut body = input.body.to_vec();
                relocs::apply(&mut body, file, &input.relocs, resolver);
                s.raw(&body);
            }
            FuncDef::Synthetic(_) => {
                let callees: Vec<u32> = out
                    .plan
                    .callees(f)
                    .iter()
                    .filter_map(|&c| out.funcs.get(c))
                    .collect();
                s.raw(&synthetic::body(&callees));
            }
            FuncDef::Host { .. } | FuncDef::Undefined => {}
        }
    }
    s
}

/// Data section: one active segment per non-empty initialised region (`.bss` needs none,
/// memory starts zeroed), with the segments' relocations applied.
fn data_section(out: &Output<'_>, resolver: &Resolver<'_>) -> DataSection {
    let mut s = DataSection::new();
    for region in [Region::ReadOnly, Region::Data] {
        let (start, end) = out.memory.regions[&region];
        if start == end {
            continue;
        }
        let mut bytes = vec![0u8; (end - start) as usize];
        for (file, obj) in out.objs.iter().enumerate() {
            for (i, seg) in obj.segments.iter().enumerate() {
                let Some(addr) = out.memory.segment_addr[file][i] else {
                    continue;
                };
                if Region::of(seg.name) != region {
                    continue;
                }
                let at = (addr - start) as usize;
                let dst = &mut bytes[at..at + seg.data.len()];
                dst.copy_from_slice(seg.data);
                relocs::apply(dst, file, &seg.relocs, resolver);
            }
        }
        s.active(0, &ConstExpr::i32_const(start as i32), bytes);
    }
    s
}

/// Name section: Go names of functions (an import is named after its first declaration),
/// the stack pointer global, and the data segments.
fn name_section(out: &Output<'_>) -> NameSection {
    let mut functions = NameMap::new();
    for (i, imp) in out.funcs.imports.iter().enumerate() {
        functions.append(i as u32, &out.st.func(imp.first).name);
    }
    for &f in &out.funcs.defined {
        if let Some(i) = out.funcs.get(f) {
            functions.append(i, &out.st.func(f).name);
        }
    }
    let mut globals = NameMap::new();
    globals.append(0, "__stack_pointer");
    let mut data = NameMap::new();
    let mut n = 0;
    for region in [Region::ReadOnly, Region::Data] {
        let (start, end) = out.memory.regions[&region];
        if start != end {
            data.append(n, region.name());
            n += 1;
        }
    }
    let mut s = NameSection::new();
    s.functions(&functions);
    s.globals(&globals);
    if n > 0 {
        s.data(&data);
    }
    s
}
