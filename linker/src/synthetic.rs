//! Functions the linker generates: the entry points `_start` (command) / `_initialize`
//! (reactor), and the two runtime functions whose bodies depend on the whole program,
//! `runtime.runInits` and `runtime.callMain`. Each is `() -> ()` and is a straight run of
//! calls, so it is described by its list of callees.

use std::collections::BTreeMap;

use wasm_encoder::{Function, Instruction};

use crate::symbols::{FuncDef, FuncId, Signature, Synthetic};
use crate::symtab::Symtab;
use crate::LinkError;

/// The callees of every generated function, fixed once resolution is complete.
#[derive(Debug, Default)]
pub struct Plan {
    pub calls: BTreeMap<FuncId, Vec<FuncId>>,
}

impl Plan {
    pub fn callees(&self, f: FuncId) -> &[FuncId] {
        self.calls.get(&f).map_or(&[], |v| v.as_slice())
    }
}

/// Decides what each generated function calls. `runtime.runInits` calls `PREFIX.init` for
/// each package of `init_order` that has one (packages without variables or `init`
/// functions may have none); the others call a fixed function, which must then exist.
pub fn plan(st: &mut Symtab, init_order: &[String]) -> Result<Plan, Vec<LinkError>> {
    let mut plan = Plan::default();
    let synthetic: Vec<(FuncId, Synthetic)> = (0..st.funcs.len() as u32)
        .filter_map(|i| match st.funcs[i as usize].def {
            FuncDef::Synthetic(s) => Some((FuncId(i), s)),
            _ => None,
        })
        .collect();
    for (id, s) in synthetic {
        let callees = match s {
            Synthetic::Start => vec![st.reference("runtime.rt0_start")],
            Synthetic::Initialize => vec![st.reference("runtime.rt0_initialize")],
            Synthetic::CallMain => vec![st.reference("main.main")],
            Synthetic::RunInits => init_order
                .iter()
                .filter_map(|prefix| st.find_func(&format!("{prefix}.init")))
                .filter(|&f| st.func(f).def != FuncDef::Undefined)
                .collect(),
        };
        plan.calls.insert(id, callees);
    }
    let mut errors = Vec::new();
    for (&caller, callees) in &plan.calls {
        for &callee in callees {
            let f = st.func(callee);
            if f.def != FuncDef::Undefined && f.sig != Signature::void() {
                errors.push(LinkError {
                    message: format!(
                        "{} has signature {}, but {} calls it as () -> ()",
                        f.name,
                        f.sig,
                        st.func(caller).name
                    ),
                });
            }
        }
    }
    if errors.is_empty() {
        Ok(plan)
    } else {
        Err(errors)
    }
}

/// The encoded body (locals, calls, `end`) of a generated function, given the output
/// function index of each callee.
pub fn body(callee_indexes: &[u32]) -> Vec<u8> {
    let mut f = Function::new([]);
    for &i in callee_indexes {
        f.instruction(&Instruction::Call(i));
    }
    f.instruction(&Instruction::End);
    f.into_raw_body()
}
