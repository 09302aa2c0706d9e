//! Reading relocatable objects (tool-conventions Linking.md format) with wasmparser.
//!
//! Everything the later phases need is decoded eagerly here: types, imports, defined
//! functions as raw body ranges, data segments, exports, the `linking` section (symbol
//! table, segment info), `reloc.CODE` / `reloc.DATA`, and gobuild's `gobuild.pos`.
//! Relocations are split per function body / per segment, with offsets rebased to the start
//! of that body or segment, so later phases never deal with section offsets.

use std::collections::BTreeMap;
use std::ops::Range;

use wasmparser::{
    BinaryReader, DataKind, ExternalKind, KnownCustom, Linking, Parser, Payload, RelocationType,
    SymbolInfo, TypeRef,
};

use crate::symbols::{flags, InputSymbol, Signature, SymbolKind};
use crate::LinkError;

/// One relocation, offset relative to the start of its function body or segment data.
#[derive(Clone, Copy, Debug)]
pub struct Reloc {
    pub ty: RelocationType,
    pub offset: u32,
    /// Symbol index, or type index for `TypeIndexLeb`.
    pub index: u32,
    pub addend: i32,
}

/// A function import of the object (an undefined function symbol).
#[derive(Clone, Debug)]
pub struct FuncImport<'a> {
    pub module: &'a str,
    pub field: &'a str,
    pub ty: u32,
}

/// A defined function: its type and its raw body (locals + code, without the size prefix).
#[derive(Clone, Debug)]
pub struct InputFunction<'a> {
    pub ty: u32,
    pub body: &'a [u8],
    pub relocs: Vec<Reloc>,
}

/// A data segment: name from WASM_SEGMENT_INFO (e.g. `.rodata.main..str.0`), alignment in
/// bytes, contents and relocations.
#[derive(Clone, Debug)]
pub struct InputSegment<'a> {
    pub name: &'a str,
    pub align: u32,
    pub data: &'a [u8],
    pub relocs: Vec<Reloc>,
}

/// A parsed object file.
#[derive(Debug)]
pub struct ObjectFile<'a> {
    /// Import path of the package the object was compiled from.
    pub package: &'a str,
    pub types: Vec<Signature>,
    pub func_imports: Vec<FuncImport<'a>>,
    pub funcs: Vec<InputFunction<'a>>,
    pub segments: Vec<InputSegment<'a>>,
    /// `//go:wasmexport` functions: (export name, function index).
    pub exports: Vec<(&'a str, u32)>,
    pub symbols: Vec<InputSymbol<'a>>,
    /// Go source position per symbol index, from `gobuild.pos`.
    pub positions: BTreeMap<u32, &'a str>,
    /// Whether the object imports `env.__indirect_function_table` (uses call_indirect).
    pub uses_table: bool,
}

impl ObjectFile<'_> {
    /// Source position of a symbol, if the object recorded one.
    pub fn pos(&self, sym: u32) -> Option<&str> {
        self.positions.get(&sym).copied()
    }
}

/// Raw relocation entries of one `reloc.*` section, before they are split.
struct RelocSection {
    target_section: u32,
    entries: Vec<Reloc>,
}

fn err(package: &str, msg: impl std::fmt::Display) -> LinkError {
    LinkError {
        message: format!("malformed object for package {package}: {msg}"),
    }
}

fn val_type(package: &str, t: wasmparser::ValType) -> Result<wasm_encoder::ValType, LinkError> {
    use wasm_encoder::ValType as E;
    use wasmparser::ValType as P;
    Ok(match t {
        P::I32 => E::I32,
        P::I64 => E::I64,
        P::F32 => E::F32,
        P::F64 => E::F64,
        P::V128 => E::V128,
        P::Ref(_) => return Err(err(package, "reference types are not supported")),
    })
}

/// Parses one object. Errors name the package; they never panic on malformed input.
pub fn parse<'a>(package: &'a str, bytes: &'a [u8]) -> Result<ObjectFile<'a>, LinkError> {
    let e = |m: wasmparser::BinaryReaderError| err(package, m);
    let mut obj = ObjectFile {
        package,
        types: Vec::new(),
        func_imports: Vec::new(),
        funcs: Vec::new(),
        segments: Vec::new(),
        exports: Vec::new(),
        symbols: Vec::new(),
        positions: BTreeMap::new(),
        uses_table: false,
    };
    let mut func_types = Vec::new();
    let mut bodies: Vec<Range<usize>> = Vec::new();
    let mut segment_data: Vec<Range<usize>> = Vec::new();
    let mut segment_info = Vec::new();
    let mut reloc_sections = Vec::new();
    // Section ordinals (reloc sections name their target by ordinal) and body starts.
    let mut ordinal = 0u32;
    let mut code_section: Option<(u32, usize)> = None;
    let mut data_section: Option<(u32, usize)> = None;
    let mut saw_linking = false;

    for payload in Parser::new(0).parse_all(bytes) {
        let payload = payload.map_err(e)?;
        match &payload {
            Payload::TypeSection(r) => {
                for t in r.clone().into_iter_err_on_gc_types() {
                    let t = t.map_err(e)?;
                    let params = t.params().iter().map(|v| val_type(package, *v));
                    let results = t.results().iter().map(|v| val_type(package, *v));
                    obj.types.push(Signature {
                        params: params.collect::<Result<_, _>>()?,
                        results: results.collect::<Result<_, _>>()?,
                    });
                }
            }
            Payload::ImportSection(r) => {
                for imp in r.clone() {
                    let imp = imp.map_err(e)?;
                    match imp.ty {
                        TypeRef::Func(ty) => obj.func_imports.push(FuncImport {
                            module: imp.module,
                            field: imp.name,
                            ty,
                        }),
                        TypeRef::Table(_) if imp.name == "__indirect_function_table" => {
                            obj.uses_table = true
                        }
                        TypeRef::Memory(_) if imp.name == "__linear_memory" => {}
                        TypeRef::Global(_) if imp.name == "__stack_pointer" => {}
                        _ => {
                            return Err(err(
                                package,
                                format!("unsupported import {}.{}", imp.module, imp.name),
                            ))
                        }
                    }
                }
            }
            Payload::FunctionSection(r) => {
                for ty in r.clone() {
                    func_types.push(ty.map_err(e)?);
                }
            }
            Payload::ExportSection(r) => {
                for exp in r.clone() {
                    let exp = exp.map_err(e)?;
                    if exp.kind != ExternalKind::Func {
                        return Err(err(package, format!("unsupported export {}", exp.name)));
                    }
                    obj.exports.push((exp.name, exp.index));
                }
            }
            Payload::CodeSectionStart { range, .. } => code_section = Some((ordinal, range.start)),
            Payload::CodeSectionEntry(body) => bodies.push(body.range()),
            Payload::DataSection(r) => {
                data_section = Some((ordinal, r.range().start));
                for d in r.clone() {
                    let d = d.map_err(e)?;
                    if !matches!(d.kind, DataKind::Active { .. }) {
                        return Err(err(package, "passive data segments are not supported"));
                    }
                    segment_data.push(d.range.end - d.data.len()..d.range.end);
                }
            }
            Payload::CustomSection(c) => match c.as_known() {
                KnownCustom::Linking(l) => {
                    saw_linking = true;
                    read_linking(package, l, &mut obj.symbols, &mut segment_info)?;
                }
                KnownCustom::Reloc(r) => {
                    let mut entries = Vec::new();
                    for entry in r.entries() {
                        let entry = entry.map_err(e)?;
                        entries.push(Reloc {
                            ty: entry.ty,
                            offset: entry.offset,
                            index: entry.index,
                            addend: entry.addend as i32,
                        });
                    }
                    reloc_sections.push(RelocSection {
                        target_section: r.section_index(),
                        entries,
                    });
                }
                _ if c.name() == "gobuild.pos" => {
                    read_positions(package, c.data(), c.data_offset(), &mut obj.positions)?
                }
                _ if c.name() == "linking" || c.name().starts_with("reloc.") => {
                    return Err(err(package, format!("unreadable {} section", c.name())))
                }
                _ => {}
            },
            _ => {}
        }
        if payload.as_section().is_some() {
            ordinal += 1;
        }
    }

    if !saw_linking {
        return Err(err(
            package,
            "not a relocatable object (no linking section)",
        ));
    }
    if func_types.len() != bodies.len() {
        return Err(err(package, "function and code section sizes differ"));
    }
    if segment_info.len() != segment_data.len() {
        return Err(err(package, "segment info does not match the data section"));
    }
    for (ty, body) in func_types.into_iter().zip(&bodies) {
        if ty as usize >= obj.types.len() {
            return Err(err(package, "function type index out of range"));
        }
        obj.funcs.push(InputFunction {
            ty,
            body: &bytes[body.clone()],
            relocs: Vec::new(),
        });
    }
    for ((name, align), data) in segment_info.into_iter().zip(&segment_data) {
        obj.segments.push(InputSegment {
            name,
            align,
            data: &bytes[data.clone()],
            relocs: Vec::new(),
        });
    }
    for imp in &obj.func_imports {
        if imp.ty as usize >= obj.types.len() {
            return Err(err(package, "import type index out of range"));
        }
    }

    for rs in reloc_sections {
        if Some(rs.target_section) == code_section.map(|c| c.0) {
            let base = code_section.map_or(0, |c| c.1);
            let targets: Vec<&mut Vec<Reloc>> =
                obj.funcs.iter_mut().map(|f| &mut f.relocs).collect();
            split_relocs(package, rs.entries, base, &bodies, targets)?;
        } else if Some(rs.target_section) == data_section.map(|d| d.0) {
            let base = data_section.map_or(0, |d| d.1);
            let targets = obj.segments.iter_mut().map(|s| &mut s.relocs).collect();
            split_relocs(package, rs.entries, base, &segment_data, targets)?;
        } else {
            return Err(err(package, "relocations for an unsupported section"));
        }
    }
    check_symbols(&obj)?;
    name_imports(&mut obj);
    check_reloc_indices(&obj)?;
    Ok(obj)
}

/// Every relocation must name an existing symbol (or type, for type-index relocations).
fn check_reloc_indices(obj: &ObjectFile<'_>) -> Result<(), LinkError> {
    let relocs = obj.funcs.iter().flat_map(|f| &f.relocs);
    let relocs = relocs.chain(obj.segments.iter().flat_map(|s| &s.relocs));
    for r in relocs {
        let limit = match r.ty {
            RelocationType::TypeIndexLeb => obj.types.len(),
            _ => obj.symbols.len(),
        };
        if r.index as usize >= limit {
            return Err(err(
                obj.package,
                format!("relocation index {} out of range", r.index),
            ));
        }
    }
    Ok(())
}

/// Assigns each relocation to the chunk (function body or segment data) containing it and
/// rebases its offset to the chunk start. Sites may not straddle chunk boundaries.
fn split_relocs(
    package: &str,
    entries: Vec<Reloc>,
    section_start: usize,
    chunks: &[Range<usize>],
    mut targets: Vec<&mut Vec<Reloc>>,
) -> Result<(), LinkError> {
    for mut r in entries {
        let at = section_start + r.offset as usize;
        let end = at + r.ty.extent();
        // Chunks are in section order, so the candidate is the last one starting at or
        // before the site.
        let i = chunks.partition_point(|c| c.start <= at).wrapping_sub(1);
        let Some(i) = chunks.get(i).filter(|c| end <= c.end).map(|_| i) else {
            return Err(err(
                package,
                format!("relocation at offset {} outside any chunk", r.offset),
            ));
        };
        r.offset = (at - chunks[i].start) as u32;
        targets[i].push(r);
    }
    Ok(())
}

fn read_linking<'a>(
    package: &str,
    l: wasmparser::LinkingSectionReader<'a>,
    symbols: &mut Vec<InputSymbol<'a>>,
    segments: &mut Vec<(&'a str, u32)>,
) -> Result<(), LinkError> {
    let e = |m: wasmparser::BinaryReaderError| err(package, m);
    for sub in l.subsections() {
        match sub.map_err(e)? {
            Linking::SymbolTable(t) => {
                for s in t {
                    symbols.push(input_symbol(package, s.map_err(e)?)?);
                }
            }
            Linking::SegmentInfo(m) => {
                for s in m {
                    let s = s.map_err(e)?;
                    // More than 64 KiB alignment is never needed and would let a
                    // malformed object overflow the address computation.
                    if s.alignment > 16 {
                        return Err(err(package, "segment alignment out of range"));
                    }
                    segments.push((s.name, 1u32 << s.alignment));
                }
            }
            Linking::InitFuncs(f) if f.count() == 0 => {}
            Linking::InitFuncs(_) => return Err(err(package, "WASM_INIT_FUNCS is not supported")),
            _ => return Err(err(package, "unsupported linking subsection")),
        }
    }
    Ok(())
}

fn input_symbol<'a>(package: &str, s: SymbolInfo<'a>) -> Result<InputSymbol<'a>, LinkError> {
    Ok(match s {
        SymbolInfo::Func { flags, index, name } => InputSymbol {
            // Undefined symbols without an explicit name take the import field; filled in
            // by `check_symbols`.
            name: name.unwrap_or(""),
            flags: flags.bits(),
            kind: SymbolKind::Function { index },
        },
        SymbolInfo::Data {
            flags,
            name,
            symbol,
        } => InputSymbol {
            name,
            flags: flags.bits(),
            kind: SymbolKind::Data {
                def: symbol.map(|d| (d.index, d.offset, d.size)),
            },
        },
        SymbolInfo::Global { flags, name, .. } => InputSymbol {
            name: name.unwrap_or("__stack_pointer"),
            flags: flags.bits(),
            kind: SymbolKind::Global,
        },
        SymbolInfo::Table { flags, name, .. } => InputSymbol {
            name: name.unwrap_or("__indirect_function_table"),
            flags: flags.bits(),
            kind: SymbolKind::Table,
        },
        _ => return Err(err(package, "unsupported symbol kind")),
    })
}

/// Validates symbol indices against the object and names undefined function symbols.
fn check_symbols(obj: &ObjectFile<'_>) -> Result<(), LinkError> {
    let nimports = obj.func_imports.len() as u32;
    let nfuncs = nimports + obj.funcs.len() as u32;
    for s in &obj.symbols {
        match s.kind {
            SymbolKind::Function { index } => {
                let ok = if s.flags & flags::UNDEFINED != 0 {
                    index < nimports
                } else {
                    index >= nimports && index < nfuncs
                };
                if !ok {
                    return Err(err(
                        obj.package,
                        format!("bad function index in symbol {}", s.name),
                    ));
                }
            }
            SymbolKind::Data {
                def: Some((seg, off, size)),
            } => {
                let fits = obj
                    .segments
                    .get(seg as usize)
                    .is_some_and(|sg| off as u64 + size as u64 <= sg.data.len() as u64);
                if !fits {
                    return Err(err(
                        obj.package,
                        format!("bad segment in symbol {}", s.name),
                    ));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// Fills in names of undefined function symbols that take their name from the import.
fn name_imports(obj: &mut ObjectFile<'_>) {
    for s in &mut obj.symbols {
        if let SymbolKind::Function { index } = s.kind {
            if s.flags & flags::UNDEFINED != 0 && s.flags & flags::EXPLICIT_NAME == 0 {
                s.name = obj.func_imports[index as usize].field;
            }
        }
    }
}

/// `gobuild.pos`: vector of (symbol index, position string).
fn read_positions<'a>(
    package: &str,
    data: &'a [u8],
    offset: usize,
    out: &mut BTreeMap<u32, &'a str>,
) -> Result<(), LinkError> {
    let e = |m: wasmparser::BinaryReaderError| err(package, m);
    let mut r = BinaryReader::new(data, offset);
    let n = r.read_var_u32().map_err(e)?;
    for _ in 0..n {
        let sym = r.read_var_u32().map_err(e)?;
        let pos = r.read_string().map_err(e)?;
        out.insert(sym, pos);
    }
    Ok(())
}
