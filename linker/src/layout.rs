//! Address and index assignment: the linear-memory map and the output function index space.
//!
//! Memory map (CONTEXT.md):
//!
//! ```text
//! 0 .. 4096            never used (nil and small offsets from nil trap-free but invalid)
//! 4096 ..              .rodata (all live read-only segments)
//!                      .data   (initialised variables)
//!                      .bss    (zeroed variables; not stored in the module)
//! __data_end
//! (16-aligned) .. +1 MiB  shadow stack, grows down; __stack_pointer starts at its top
//! __heap_base ..       heap, up to the end of memory (grown by the runtime)
//! ```

use std::collections::BTreeMap;

use crate::input::ObjectFile;
use crate::live::Live;
use crate::symbols::{FuncDef, FuncId};
use crate::symtab::Symtab;

/// First address the linker places data at.
pub const GUARD_SIZE: u32 = 4096;
/// Size of the shadow stack.
pub const STACK_SIZE: u32 = 1 << 20;
/// Wasm page size.
pub const PAGE_SIZE: u64 = 65536;
/// Heap the module starts with beyond `__heap_base`, so small programs never grow memory.
pub const INITIAL_HEAP: u64 = PAGE_SIZE;

/// Output data regions, in address order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Region {
    ReadOnly,
    Data,
    Bss,
}

impl Region {
    /// The region a segment goes to, from its name (`.rodata.X`, `.data.X`, `.bss.X`).
    pub fn of(segment_name: &str) -> Region {
        if segment_name.starts_with(".rodata.") {
            Region::ReadOnly
        } else if segment_name.starts_with(".bss.") {
            Region::Bss
        } else {
            Region::Data
        }
    }

    /// Name of the output segment (also used in the name section).
    pub fn name(self) -> &'static str {
        match self {
            Region::ReadOnly => ".rodata",
            Region::Data => ".data",
            Region::Bss => ".bss",
        }
    }
}

/// Where everything in linear memory is.
#[derive(Debug)]
pub struct MemoryLayout {
    /// Address of each live segment, per object.
    pub segment_addr: Vec<Vec<Option<u32>>>,
    /// `[start, end)` of each region.
    pub regions: BTreeMap<Region, (u32, u32)>,
    pub data_end: u32,
    pub stack_top: u32,
    pub heap_base: u32,
    /// Initial memory size in pages.
    pub pages: u64,
}

/// Places every live segment, region by region, objects in input order.
pub fn layout_memory(objs: &[ObjectFile<'_>], live: &Live) -> MemoryLayout {
    let mut segment_addr: Vec<Vec<Option<u32>>> =
        objs.iter().map(|o| vec![None; o.segments.len()]).collect();
    let mut regions = BTreeMap::new();
    let mut at = GUARD_SIZE;
    for region in [Region::ReadOnly, Region::Data, Region::Bss] {
        let start = at;
        for (file, obj) in objs.iter().enumerate() {
            for (i, seg) in obj.segments.iter().enumerate() {
                if !live.segments[file][i] || Region::of(seg.name) != region {
                    continue;
                }
                at = at.next_multiple_of(seg.align);
                segment_addr[file][i] = Some(at);
                at += seg.data.len() as u32;
            }
        }
        regions.insert(region, (start, at));
    }
    let data_end = at;
    let stack_top = data_end.next_multiple_of(16) + STACK_SIZE;
    let heap_base = stack_top.next_multiple_of(16);
    let pages = (heap_base as u64 + INITIAL_HEAP).div_ceil(PAGE_SIZE);
    MemoryLayout {
        segment_addr,
        regions,
        data_end,
        stack_top,
        heap_base,
        pages,
    }
}

/// A host import of the output module (several Go declarations may share one).
#[derive(Debug)]
pub struct HostImport {
    pub module: String,
    pub field: String,
    /// The first live declaration; gives the signature and the name-section name.
    pub first: FuncId,
}

/// The output function index space: live host imports, then live defined functions.
#[derive(Debug)]
pub struct FuncIndexes {
    /// Output index per `FuncId` (None when dead or undefined).
    pub index: Vec<Option<u32>>,
    pub imports: Vec<HostImport>,
    /// Defined functions in output order.
    pub defined: Vec<FuncId>,
}

impl FuncIndexes {
    pub fn get(&self, f: FuncId) -> Option<u32> {
        self.index[f.0 as usize]
    }
}

/// Numbers the live functions: imports deduplicated by (module, field), first use first.
pub fn assign_function_indexes(st: &Symtab, live: &Live) -> FuncIndexes {
    let mut out = FuncIndexes {
        index: vec![None; st.funcs.len()],
        imports: Vec::new(),
        defined: Vec::new(),
    };
    let mut by_field: BTreeMap<(&str, &str), u32> = BTreeMap::new();
    for (i, f) in st.funcs.iter().enumerate() {
        let FuncDef::Host { module, field } = &f.def else {
            continue;
        };
        if !live.funcs[i] {
            continue;
        }
        let next = out.imports.len() as u32;
        let idx = *by_field.entry((module, field)).or_insert_with(|| {
            out.imports.push(HostImport {
                module: module.clone(),
                field: field.clone(),
                first: FuncId(i as u32),
            });
            next
        });
        out.index[i] = Some(idx);
    }
    let base = out.imports.len() as u32;
    for (i, f) in st.funcs.iter().enumerate() {
        if live.funcs[i] && matches!(f.def, FuncDef::Object { .. } | FuncDef::Synthetic(_)) {
            out.index[i] = Some(base + out.defined.len() as u32);
            out.defined.push(FuncId(i as u32));
        }
    }
    out
}
