//! The universe scope (predeclared identifiers) and package `unsafe`.

use super::model::*;
use crate::constant::ConstValue;
use crate::syntax::ast::Pos;

const BUILTINS: [Builtin; 18] = [
    Builtin::Append,
    Builtin::Cap,
    Builtin::Clear,
    Builtin::Close,
    Builtin::Complex,
    Builtin::Copy,
    Builtin::Delete,
    Builtin::Imag,
    Builtin::Len,
    Builtin::Make,
    Builtin::Max,
    Builtin::Min,
    Builtin::New,
    Builtin::Panic,
    Builtin::Print,
    Builtin::Println,
    Builtin::Real,
    Builtin::Recover,
];

const UNSAFE_BUILTINS: [Builtin; 8] = [
    Builtin::Add,
    Builtin::Alignof,
    Builtin::Offsetof,
    Builtin::Sizeof,
    Builtin::Slice,
    Builtin::SliceData,
    Builtin::String,
    Builtin::StringData,
];

fn obj(info: &mut Info, name: &str, kind: ObjKind, ty: TypeId, pkg: Option<PkgId>) -> ObjId {
    info.new_object(Object {
        name: name.to_string(),
        kind,
        ty,
        pkg,
        pos: Pos::default(),
        parent_is_package: false,
        link_name: None,
        ptr_recv: false,
        no_body: false,
    })
}

fn insert(info: &mut Info, scope: ScopeId, o: ObjId) {
    let name = info.obj(o).name.clone();
    info.scopes[scope.0 as usize].names.insert(name, o);
}

/// Creates the universe scope in `info` and returns it.
pub fn build(info: &mut Info) -> ScopeId {
    let u = info.new_scope(None, false);
    use BasicKind::*;
    for k in [
        Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
        Float32, Float64, Complex64, Complex128, String,
    ] {
        let o = obj(info, k.name(), ObjKind::TypeName, k.id(), None);
        insert(info, u, o);
    }
    for (alias, k) in [("byte", Uint8), ("rune", Int32)] {
        let o = obj(info, alias, ObjKind::TypeName, k.id(), None);
        insert(info, u, o);
    }
    let empty = info.table.intern(Type::Interface(Interface {
        methods: vec![],
        terms: None,
        comparable: false,
    }));
    let any = obj(info, "any", ObjKind::TypeName, empty, None);
    insert(info, u, any);

    // type error interface { Error() string }
    let err_obj = obj(
        info,
        "error",
        ObjKind::TypeName,
        BasicKind::Invalid.id(),
        None,
    );
    let err_named = info.table.new_named(err_obj);
    let str_t = String.id();
    let sig = info.table.intern(Type::Signature(Signature {
        params: vec![],
        results: vec![str_t],
        variadic: false,
        recv: None,
    }));
    let iface = info.table.intern(Type::Interface(Interface {
        methods: vec![Method {
            name: "Error".into(),
            sig,
            pkg: None,
        }],
        terms: None,
        comparable: false,
    }));
    info.table.set_underlying(err_named, iface);
    info.obj_mut(err_obj).ty = err_named;
    insert(info, u, err_obj);

    // type comparable interface { comparable }
    let cmp_obj = obj(
        info,
        "comparable",
        ObjKind::TypeName,
        BasicKind::Invalid.id(),
        None,
    );
    let cmp_named = info.table.new_named(cmp_obj);
    let cmp_iface = info.table.intern(Type::Interface(Interface {
        methods: vec![],
        terms: None,
        comparable: true,
    }));
    info.table.set_underlying(cmp_named, cmp_iface);
    info.obj_mut(cmp_obj).ty = cmp_named;
    insert(info, u, cmp_obj);

    for (name, v) in [("true", true), ("false", false)] {
        let o = obj(
            info,
            name,
            ObjKind::Const(ConstValue::Bool(v)),
            UntypedBool.id(),
            None,
        );
        insert(info, u, o);
    }
    let iota = obj(
        info,
        "iota",
        ObjKind::Const(ConstValue::int(0)),
        UntypedInt.id(),
        None,
    );
    insert(info, u, iota);
    let nil = obj(info, "nil", ObjKind::Nil, UntypedNil.id(), None);
    insert(info, u, nil);
    for b in BUILTINS {
        let o = obj(
            info,
            b.name(),
            ObjKind::Builtin(b),
            BasicKind::Invalid.id(),
            None,
        );
        insert(info, u, o);
    }
    u
}

/// Creates package `unsafe` and returns its id.
pub fn build_unsafe(info: &mut Info) -> PkgId {
    let scope = info.new_scope(None, false);
    let pkg = PkgId(info.packages.len() as u32);
    info.packages.push(Package {
        path: "unsafe".into(),
        name: "unsafe".into(),
        scope,
        imports: vec![],
    });
    let p = obj(
        info,
        "Pointer",
        ObjKind::TypeName,
        BasicKind::UnsafePointer.id(),
        Some(pkg),
    );
    insert(info, scope, p);
    for b in UNSAFE_BUILTINS {
        let o = obj(
            info,
            b.name(),
            ObjKind::Builtin(b),
            BasicKind::Invalid.id(),
            Some(pkg),
        );
        insert(info, scope, o);
    }
    pkg
}
