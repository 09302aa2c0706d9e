//! Garbage collection: everything reachable from the roots is kept, everything else is
//! dropped from the output (functions, host imports, data segments).
//!
//! Roots: the entry point (`_start` or `_initialize`), `//go:wasmexport` functions and
//! symbols marked NO_STRIP. Edges: relocations in function bodies and data segments, and
//! the calls of linker-generated functions.

use wasmparser::RelocationType;

use crate::input::{ObjectFile, Reloc};
use crate::symbols::{DataDef, FuncDef, FuncId, SymRef};
use crate::symtab::Symtab;
use crate::synthetic::Plan;

/// Liveness of every function, data symbol and segment.
#[derive(Debug)]
pub struct Live {
    pub funcs: Vec<bool>,
    pub datas: Vec<bool>,
    /// Per object, per segment.
    pub segments: Vec<Vec<bool>>,
}

enum Work {
    Func(FuncId),
    Segment(usize, u32),
}

/// Marks everything reachable from the roots.
pub fn mark(objs: &[ObjectFile<'_>], st: &Symtab, plan: &Plan, entry: FuncId) -> Live {
    let mut live = Live {
        funcs: vec![false; st.funcs.len()],
        datas: vec![false; st.datas.len()],
        segments: objs.iter().map(|o| vec![false; o.segments.len()]).collect(),
    };
    let mut work = vec![Work::Func(entry)];
    for (i, f) in st.funcs.iter().enumerate() {
        if f.root && f.def != FuncDef::Undefined {
            work.push(Work::Func(FuncId(i as u32)));
        }
    }
    while let Some(item) = work.pop() {
        match item {
            Work::Func(f) => {
                if std::mem::replace(&mut live.funcs[f.0 as usize], true) {
                    continue;
                }
                match st.func(f).def {
                    FuncDef::Object { file, index } => {
                        let relocs = &objs[file].funcs[index as usize].relocs;
                        follow(st, file, relocs, &mut live, &mut work);
                    }
                    FuncDef::Synthetic(_) => {
                        work.extend(plan.callees(f).iter().map(|&c| Work::Func(c)));
                    }
                    FuncDef::Host { .. } | FuncDef::Undefined => {}
                }
            }
            Work::Segment(file, seg) => {
                if std::mem::replace(&mut live.segments[file][seg as usize], true) {
                    continue;
                }
                let relocs = &objs[file].segments[seg as usize].relocs;
                follow(st, file, relocs, &mut live, &mut work);
            }
        }
    }
    live
}

/// Queues the targets of `relocs` (relocations of object `file`).
fn follow(st: &Symtab, file: usize, relocs: &[Reloc], live: &mut Live, work: &mut Vec<Work>) {
    for r in relocs {
        if r.ty == RelocationType::TypeIndexLeb {
            continue;
        }
        match st.file_syms[file][r.index as usize] {
            SymRef::Func(f) => work.push(Work::Func(f)),
            SymRef::Data(d) => {
                live.datas[d.0 as usize] = true;
                if let DataDef::Object { file, segment, .. } = st.data(d).def {
                    work.push(Work::Segment(file, segment));
                }
            }
            SymRef::StackPointer | SymRef::Table => {}
        }
    }
}
