//! gobuild's linker: relocatable Wasm objects (one per Go package, tool-conventions
//! Linking.md format) in, one WASI command or reactor module out.
//!
//! The linker never sees Go source; it knows Go only through symbol names (`PREFIX.init`,
//! `main.main`, `runtime.rt0_start`, ...) and the positions objects record in
//! `gobuild.pos` for error messages.

mod input;
mod layout;
mod live;
mod relocs;
mod symbols;
mod symtab;
mod synthetic;
mod writer;

use std::fmt;
use std::time::{Duration, Instant};

pub use layout::{GUARD_SIZE, STACK_SIZE};

/// What kind of module to produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuildMode {
    /// A WASI command: exports `_start` (→ `runtime.rt0_start`).
    Command,
    /// A WASI reactor (`-buildmode=c-shared`): exports `_initialize` (→ `runtime.rt0_initialize`).
    Reactor,
}

/// One compiled package.
#[derive(Clone, Debug)]
pub struct InputObject {
    /// Import path of the package.
    pub package: String,
    pub bytes: Vec<u8>,
}

/// Everything a link needs.
#[derive(Clone, Debug)]
pub struct LinkInput {
    pub objects: Vec<InputObject>,
    /// Symbol prefixes of all packages in initialisation order ("runtime", ..., "main").
    pub init_order: Vec<String>,
    pub mode: BuildMode,
}

/// A link failure; where two places are involved, the message names both.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkError {
    pub message: String,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for LinkError {}

/// Links the objects into a module.
pub fn link(input: &LinkInput) -> Result<Vec<u8>, Vec<LinkError>> {
    link_traced(input, &mut |_, _| {})
}

/// `link`, reporting each step's name and duration to `trace` (for `gobuild -v`). The
/// body is the whole pipeline, in order.
pub fn link_traced(
    input: &LinkInput,
    trace: &mut dyn FnMut(&str, Duration),
) -> Result<Vec<u8>, Vec<LinkError>> {
    let mut clock = Instant::now();
    let mut step = |name: &str| {
        trace(name, clock.elapsed());
        clock = Instant::now();
    };
    // 1. Parse every object (types, functions, segments, symbols, relocations).
    let objs = read_objects(input)?;
    step("read objects");
    // 2. Resolve symbols across objects; define the linker's own functions and data.
    let mut st = symtab::resolve(&objs, input.mode)?;
    step("resolve symbols");
    // 3. Decide what the generated functions call (runInits follows the init order).
    let plan = synthetic::plan(&mut st, &input.init_order)?;
    let entry = match input.mode {
        BuildMode::Command => st.find_func("_start"),
        BuildMode::Reactor => st.find_func("_initialize"),
    }
    .expect("the entry point is always defined by symtab::resolve");
    step("plan generated functions");
    // 4. Keep only what the entry point and the exports reach.
    let live = live::mark(&objs, &st, &plan, entry);
    step("mark live");
    // 5. Scan the relocations of live code: table slots, indirect types, undefined symbols.
    let scan = relocs::scan(&objs, &st, &live, &plan)?;
    step("scan relocations");
    // 6. Lay out linear memory and number the output functions.
    let memory = layout::layout_memory(&objs, &live);
    let funcs = layout::assign_function_indexes(&st, &live);
    step("layout");
    // 7. Write the module, applying relocations as bodies and segments are copied.
    let wasm = writer::write(&writer::Output {
        objs: &objs,
        st: &st,
        plan: &plan,
        scan: &scan,
        memory: &memory,
        funcs: &funcs,
        entry,
    });
    step("write module");
    Ok(wasm)
}

fn read_objects(input: &LinkInput) -> Result<Vec<input::ObjectFile<'_>>, Vec<LinkError>> {
    let mut objs = Vec::new();
    let mut errors = Vec::new();
    for o in &input.objects {
        match input::parse(&o.package, &o.bytes) {
            Ok(obj) => objs.push(obj),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(objs)
    } else {
        Err(errors)
    }
}
