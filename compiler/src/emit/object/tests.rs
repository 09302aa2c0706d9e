//! Object writer tests: the output validates, relocations point at their sites.

use super::*;
use wasmparser::{KnownCustom, Linking, Parser, Payload, RelocationType, SymbolInfo};

fn sample() -> Vec<u8> {
    let mut b = ObjectBuilder::new();
    let t_void = b.func_type(&[], &[]);
    let t_i = b.func_type(&[ValType::I32], &[]);
    assert_eq!(b.func_type(&[], &[]), t_void);
    let ext = b.import_func("runtime.printint", t_i, None, None);
    let host = b.import_func(
        "main.fdWrite",
        t_i,
        Some(("wasi_snapshot_preview1", "fd_write")),
        Some("a.go:3:6"),
    );
    let f = b.declare_func("main.main", t_void, Some("a.go:5:6"));
    let s = b.define_data(
        "main..str.0",
        DataKind::ReadOnly,
        1,
        b"hi".to_vec(),
        2,
        vec![],
    );
    let g = b.define_data(
        "main.p",
        DataKind::Data,
        4,
        vec![],
        8,
        vec![DataReloc {
            offset: 4,
            target: RelocTarget::DataAddr(s, 1),
        }],
    );
    let mut c = CodeWriter::new(&[]);
    c.global_get_stack_pointer();
    c.global_set_stack_pointer();
    c.i32_const_data_addr(g, 4);
    c.call(ext);
    c.i32_const_data_addr(s, 0);
    c.call(host);
    c.instr(&Instruction::I32Const(7));
    c.i32_const_table_index(f);
    c.call_indirect(t_i);
    b.define_func(f, c);
    b.export_func(f, "run");
    b.finish()
}

#[test]
fn object_validates_and_relocs_point_at_sites() {
    let bytes = sample();
    wasmparser::Validator::new().validate_all(&bytes).unwrap();
    let mut sections = Vec::new(); // (ordinal, id, body range)
    let mut relocs = Vec::new();
    let mut symbols = 0;
    let mut ordinal = 0u32;
    for p in Parser::new(0).parse_all(&bytes) {
        let p = p.unwrap();
        match &p {
            Payload::CodeSectionStart { range, .. } => sections.push((ordinal, 10, range.clone())),
            Payload::DataSection(r) => sections.push((ordinal, 11, r.range())),
            Payload::CustomSection(c) => match c.as_known() {
                KnownCustom::Reloc(r) => {
                    for e in r.entries() {
                        relocs.push((r.section_index(), e.unwrap()));
                    }
                }
                KnownCustom::Linking(l) => {
                    for sub in l.subsections() {
                        if let Linking::SymbolTable(t) = sub.unwrap() {
                            for s in t {
                                if let SymbolInfo::Func { name: Some(n), .. } = s.unwrap() {
                                    assert!(!n.is_empty());
                                }
                                symbols += 1;
                            }
                        }
                    }
                }
                _ => {}
            },
            _ => {}
        }
        if p.as_section().is_some() {
            ordinal += 1;
        }
    }
    assert_eq!(symbols, 7); // 3 funcs, 2 data, stack pointer, table
    let code = sections.iter().find(|s| s.1 == 10).unwrap();
    let data = sections.iter().find(|s| s.1 == 11).unwrap();
    let mut opcodes = Vec::new();
    for (sec, e) in &relocs {
        let range = if *sec == code.0 { &code.2 } else { &data.2 };
        assert!(*sec == code.0 || *sec == data.0);
        let at = range.start + e.offset as usize;
        if *sec == code.0 {
            opcodes.push((bytes[at - 1], e.ty));
        } else {
            assert_eq!(e.ty, RelocationType::MemoryAddrI32);
            // "hi" segment at 0, main.p at 4: slot holds &"hi"+1.
            assert_eq!(&bytes[at..at + 4], &1u32.to_le_bytes());
        }
    }
    use RelocationType::*;
    assert_eq!(
        opcodes,
        vec![
            (0x23, GlobalIndexLeb),
            (0x24, GlobalIndexLeb),
            (0x41, MemoryAddrSleb),
            (0x10, FunctionIndexLeb),
            (0x41, MemoryAddrSleb),
            (0x10, FunctionIndexLeb),
            (0x41, TableIndexSleb),
            (0x11, TypeIndexLeb),
        ]
    );
}

#[test]
fn deterministic() {
    assert_eq!(sample(), sample());
}

#[test]
fn padded_lebs() {
    assert_eq!(padded_uleb(0), [0x80, 0x80, 0x80, 0x80, 0x00]);
    assert_eq!(padded_uleb(300), [0xac, 0x82, 0x80, 0x80, 0x00]);
    assert_eq!(padded_sleb(-1), [0xff, 0xff, 0xff, 0xff, 0x7f]);
    assert_eq!(padded_sleb(64), [0xc0, 0x80, 0x80, 0x80, 0x00]);
}
