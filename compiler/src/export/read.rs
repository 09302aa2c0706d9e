//! Export data reader: materialises an imported package's objects and types in the
//! importer's `Info`. Named types of other packages are referenced by (path, name) and
//! resolved by importing that package (from `deps`) when first needed.

use std::collections::BTreeMap;

use super::enc::*;
use super::*;
use crate::syntax::ast::Pos;
use crate::types::*;

/// A type entry as read, before materialisation.
enum Raw {
    Basic(u8),
    NamedLocal {
        name: String,
        underlying: u64,
        methods: Vec<RawMethod>,
        tparams: Vec<u64>,
    },
    TypeParam(String, u32, u64),
    Instance {
        origin: u64,
        targs: Vec<u64>,
        underlying: u64,
    },
    NamedRef(String, String),
    NamedUniverse(String),
    Pointer(u64),
    Slice(u64),
    Array(u64, u64),
    Map(u64, u64),
    Chan(u8, u64),
    Struct(Vec<RawField>),
    Signature(RawSig),
    Interface {
        methods: Vec<(String, u64, String)>,
        comparable: bool,
        terms: Option<Vec<(bool, u64)>>,
    },
    Tuple(Vec<u64>),
}

struct RawMethod {
    name: String,
    ptr: bool,
    sig: RawSig,
    link: String,
    tparams: Vec<u64>,
}

struct RawField {
    name: String,
    ty: u64,
    embedded: bool,
    tag: Option<String>,
    pkg: String,
}

struct RawSig {
    params: Vec<u64>,
    results: Vec<u64>,
    variadic: bool,
}

struct Ctx<'d> {
    raw: Vec<Raw>,
    memo: Vec<Option<TypeId>>,
    pkg: PkgId,
    deps: &'d BTreeMap<String, Vec<u8>>,
    depth: u32,
}

/// Returns the package with import path `path`, reading its export data from `deps` if
/// it has not been imported into `info` yet.
pub fn import(
    info: &mut Info,
    path: &str,
    deps: &BTreeMap<String, Vec<u8>>,
) -> Result<PkgId, String> {
    import_depth(info, path, deps, 0)
}

fn import_depth(
    info: &mut Info,
    path: &str,
    deps: &BTreeMap<String, Vec<u8>>,
    depth: u32,
) -> Result<PkgId, String> {
    if let Some(i) = info.packages.iter().position(|p| p.path == path) {
        if Some(PkgId(i as u32)) != info.pkg {
            return Ok(PkgId(i as u32));
        }
    }
    if depth > 1000 {
        return Err("import cycle in export data".into());
    }
    let data = deps.get(path).ok_or("file not found")?;
    let mut r = Reader { data, pos: 0 };
    let mut magic = [0u8; 4];
    for m in magic.iter_mut() {
        *m = r.byte()?;
    }
    if &magic != MAGIC {
        return Err("not gobuild export data".into());
    }
    let mut v = [0u8; 4];
    for b in v.iter_mut() {
        *b = r.byte()?;
    }
    if u32::from_le_bytes(v) != VERSION {
        return Err("unsupported export data version".into());
    }
    let ppath = r.str()?;
    let name = r.str()?;
    let nimp = r.len()?;
    let mut imports = Vec::new();
    for _ in 0..nimp {
        imports.push(r.str()?);
    }
    let _ = ppath;
    let scope = info.new_scope(None, false);
    let pkg = PkgId(info.packages.len() as u32);
    info.packages.push(Package {
        path: path.to_string(),
        name,
        scope,
        imports,
    });
    let n = r.len()?;
    let mut raw = Vec::with_capacity(n);
    for _ in 0..n {
        raw.push(read_type(&mut r)?);
    }
    let mut cx = Ctx {
        memo: vec![None; raw.len()],
        raw,
        pkg,
        deps,
        depth,
    };
    // Named types and type parameters first (ids only): every cycle between entries
    // passes through one of them, so structural entries never re-enter themselves.
    cx.declare_named(info)?;
    for i in 0..cx.raw.len() {
        cx.resolve(info, i as u64)?;
    }
    cx.complete_named(info)?;
    let nobj = r.len()?;
    for _ in 0..nobj {
        let tag = r.byte()?;
        let oname = r.str()?;
        let ti = r.uv()?;
        let ty = cx.resolve(info, ti)?;
        let (kind, link) = match tag {
            O_CONST => (ObjKind::Const(r.constant()?), None),
            O_VAR => (
                ObjKind::Var {
                    field: false,
                    param: false,
                },
                Some(r.str()?),
            ),
            O_FUNC => {
                let link = r.str()?;
                let n = r.len()?;
                let mut tps = Vec::new();
                for _ in 0..n {
                    let i = r.uv()?;
                    tps.push(cx.resolve(info, i)?);
                }
                if !tps.is_empty() {
                    let o = new_obj(info, &oname, ObjKind::Func, ty, pkg, Some(link));
                    info.tparams.insert(o, tps);
                    info.scopes[scope.0 as usize].names.insert(oname, o);
                    continue;
                }
                (ObjKind::Func, Some(link))
            }
            O_TYPE => {
                // The Named entry created the TypeName object already.
                continue;
            }
            O_ALIAS => (ObjKind::TypeName, None),
            t => return Err(format!("bad object tag {t} in export data")),
        };
        let o = new_obj(info, &oname, kind, ty, pkg, link);
        info.scopes[scope.0 as usize].names.insert(oname, o);
    }
    Ok(pkg)
}

fn new_obj(
    info: &mut Info,
    name: &str,
    kind: ObjKind,
    ty: TypeId,
    pkg: PkgId,
    link: Option<String>,
) -> ObjId {
    info.new_object(Object {
        name: name.to_string(),
        kind,
        ty,
        pkg: Some(pkg),
        pos: Pos::default(),
        parent_is_package: true,
        link_name: link,
        ptr_recv: false,
        no_body: false,
    })
}

fn read_sig(r: &mut Reader) -> R<RawSig> {
    let np = r.len()?;
    let mut params = Vec::new();
    for _ in 0..np {
        params.push(r.uv()?);
    }
    let nr = r.len()?;
    let mut results = Vec::new();
    for _ in 0..nr {
        results.push(r.uv()?);
    }
    let variadic = r.byte()? != 0;
    Ok(RawSig {
        params,
        results,
        variadic,
    })
}

fn read_type(r: &mut Reader) -> R<Raw> {
    Ok(match r.byte()? {
        T_BASIC => Raw::Basic(r.byte()?),
        T_NAMED_LOCAL => {
            let name = r.str()?;
            let underlying = r.uv()?;
            let n = r.len()?;
            let mut methods = Vec::new();
            for _ in 0..n {
                let name = r.str()?;
                let ptr = r.byte()? != 0;
                let sig = read_sig(r)?;
                let link = r.str()?;
                let k = r.len()?;
                let mut tparams = Vec::new();
                for _ in 0..k {
                    tparams.push(r.uv()?);
                }
                methods.push(RawMethod {
                    name,
                    ptr,
                    sig,
                    link,
                    tparams,
                });
            }
            let n = r.len()?;
            let mut tparams = Vec::new();
            for _ in 0..n {
                tparams.push(r.uv()?);
            }
            Raw::NamedLocal {
                name,
                underlying,
                methods,
                tparams,
            }
        }
        T_TYPEPARAM => Raw::TypeParam(r.str()?, r.uv()? as u32, r.uv()?),
        T_INSTANCE => {
            let origin = r.uv()?;
            let n = r.len()?;
            let mut targs = Vec::new();
            for _ in 0..n {
                targs.push(r.uv()?);
            }
            Raw::Instance {
                origin,
                targs,
                underlying: r.uv()?,
            }
        }
        T_NAMED_REF => Raw::NamedRef(r.str()?, r.str()?),
        T_NAMED_UNIVERSE => Raw::NamedUniverse(r.str()?),
        T_POINTER => Raw::Pointer(r.uv()?),
        T_SLICE => Raw::Slice(r.uv()?),
        T_ARRAY => Raw::Array(r.uv()?, r.uv()?),
        T_MAP => Raw::Map(r.uv()?, r.uv()?),
        T_CHAN => Raw::Chan(r.byte()?, r.uv()?),
        T_STRUCT => {
            let n = r.len()?;
            let mut fs = Vec::new();
            for _ in 0..n {
                let name = r.str()?;
                let ty = r.uv()?;
                let embedded = r.byte()? != 0;
                let tag = if r.byte()? != 0 { Some(r.str()?) } else { None };
                let pkg = r.str()?;
                fs.push(RawField {
                    name,
                    ty,
                    embedded,
                    tag,
                    pkg,
                });
            }
            Raw::Struct(fs)
        }
        T_SIGNATURE => Raw::Signature(read_sig(r)?),
        T_INTERFACE => {
            let n = r.len()?;
            let mut methods = Vec::new();
            for _ in 0..n {
                methods.push((r.str()?, r.uv()?, r.str()?));
            }
            let comparable = r.byte()? != 0;
            let terms = if r.byte()? != 0 {
                let n = r.len()?;
                let mut ts = Vec::new();
                for _ in 0..n {
                    ts.push((r.byte()? != 0, r.uv()?));
                }
                Some(ts)
            } else {
                None
            };
            Raw::Interface {
                methods,
                comparable,
                terms,
            }
        }
        T_TUPLE => {
            let n = r.len()?;
            let mut v = Vec::new();
            for _ in 0..n {
                v.push(r.uv()?);
            }
            Raw::Tuple(v)
        }
        t => return Err(format!("bad type tag {t} in export data")),
    })
}

impl Ctx<'_> {
    /// Phase 1: objects and ids for local named types and type parameters.
    fn declare_named(&mut self, info: &mut Info) -> R<()> {
        let scope = info.package(self.pkg).scope;
        for i in 0..self.raw.len() {
            match &self.raw[i] {
                Raw::NamedLocal { name, .. } => {
                    let name = name.clone();
                    let o = new_obj(
                        info,
                        &name,
                        ObjKind::TypeName,
                        BasicKind::Invalid.id(),
                        self.pkg,
                        None,
                    );
                    let named = info.table.new_named(o);
                    info.obj_mut(o).ty = named;
                    info.scopes[scope.0 as usize].names.insert(name, o);
                    self.memo[i] = Some(named);
                }
                Raw::TypeParam(name, index, _) => {
                    let (name, index) = (name.clone(), *index);
                    let o = new_obj(
                        info,
                        &name,
                        ObjKind::TypeName,
                        BasicKind::Invalid.id(),
                        self.pkg,
                        None,
                    );
                    let any = info.table.intern(Type::Interface(Interface {
                        methods: vec![],
                        terms: None,
                        comparable: false,
                    }));
                    let tp = info.table.new_type_param(o, index, any);
                    info.obj_mut(o).ty = tp;
                    self.memo[i] = Some(tp);
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Phase 3: underlying types, methods and type parameters of local named types;
    /// constraints of type parameters.
    fn complete_named(&mut self, info: &mut Info) -> R<()> {
        for i in 0..self.raw.len() {
            let entry = std::mem::replace(&mut self.raw[i], Raw::Basic(0));
            let res = self.complete_entry(info, i, &entry);
            self.raw[i] = entry;
            res?;
        }
        Ok(())
    }

    fn complete_entry(&mut self, info: &mut Info, i: usize, entry: &Raw) -> R<()> {
        let Some(t) = self.memo[i] else { return Ok(()) };
        match entry {
            Raw::TypeParam(_, _, constraint) => {
                let c = self.resolve(info, *constraint)?;
                info.table.set_type_param_constraint(t, c);
            }
            Raw::NamedLocal {
                underlying,
                methods,
                tparams,
                ..
            } => {
                let named = t;
                let u = self.resolve(info, *underlying)?;
                info.table.set_underlying(named, u);
                let mut ms = Vec::new();
                for m in methods {
                    let recv = if m.ptr {
                        info.table.pointer(named)
                    } else {
                        named
                    };
                    let owned = RawSigOwned {
                        params: m.sig.params.clone(),
                        results: m.sig.results.clone(),
                        variadic: m.sig.variadic,
                    };
                    let sig = self.sig(info, &owned, Some(recv))?;
                    let mo = new_obj(
                        info,
                        &m.name,
                        ObjKind::Func,
                        sig,
                        self.pkg,
                        Some(m.link.clone()),
                    );
                    info.obj_mut(mo).ptr_recv = m.ptr;
                    if !m.tparams.is_empty() {
                        let mut own = Vec::new();
                        for tp in &m.tparams {
                            own.push(self.resolve(info, *tp)?);
                        }
                        info.tparams.insert(mo, own);
                    }
                    ms.push(mo);
                }
                let mut tps = Vec::new();
                for tp in tparams {
                    tps.push(self.resolve(info, *tp)?);
                }
                if !tps.is_empty() {
                    for m in &ms {
                        info.tparams.insert(*m, tps.clone());
                    }
                }
                if let Some(n) = info.table.named_mut(named) {
                    n.methods = ms;
                    n.tparams = tps;
                }
            }
            _ => {}
        }
        Ok(())
    }
    fn pkg_of(&self, info: &mut Info, path: &str) -> R<Option<PkgId>> {
        if path.is_empty() {
            return Ok(None);
        }
        if path == info.package(self.pkg).path {
            return Ok(Some(self.pkg));
        }
        // An unexported name of another package: find or create that package.
        Ok(Some(import_depth(info, path, self.deps, self.depth + 1)?))
    }

    fn sig(&mut self, info: &mut Info, s: &RawSigOwned, recv: Option<TypeId>) -> R<TypeId> {
        let mut params = Vec::new();
        for p in &s.params {
            params.push(self.resolve(info, *p)?);
        }
        let mut results = Vec::new();
        for p in &s.results {
            results.push(self.resolve(info, *p)?);
        }
        Ok(info.table.intern(Type::Signature(Signature {
            params,
            results,
            variadic: s.variadic,
            recv,
        })))
    }

    fn resolve(&mut self, info: &mut Info, i: u64) -> R<TypeId> {
        let iu = i as usize;
        if iu >= self.raw.len() {
            return Err("bad type index in export data".into());
        }
        if let Some(t) = self.memo[iu] {
            return Ok(t);
        }
        // Take the entry out to avoid borrowing self while resolving its parts.
        let entry = std::mem::replace(&mut self.raw[iu], Raw::Basic(0));
        let res = self.resolve_entry(info, iu, &entry);
        self.raw[iu] = entry;
        let t = res?;
        self.memo[iu] = Some(t);
        Ok(t)
    }

    fn resolve_entry(&mut self, info: &mut Info, iu: usize, entry: &Raw) -> R<TypeId> {
        Ok(match entry {
            Raw::Basic(k) => BasicKind::ALL
                .get(*k as usize)
                .copied()
                .unwrap_or(BasicKind::Invalid)
                .id(),
            // Created by declare_named.
            Raw::TypeParam(..) | Raw::NamedLocal { .. } => {
                return Err("bad named type entry in export data".into())
            }
            Raw::Instance {
                origin,
                targs,
                underlying,
            } => {
                let o = self.resolve(info, *origin)?;
                let mut ts = Vec::new();
                for a in targs {
                    ts.push(self.resolve(info, *a)?);
                }
                if let Some(i) = info.table.instance(o, &ts) {
                    return Ok(i);
                }
                let inst = info.table.new_instance(o, ts);
                self.memo[iu] = Some(inst);
                let u = self.resolve(info, *underlying)?;
                let u = info.table.underlying(u);
                info.table.set_underlying(inst, u);
                inst
            }
            Raw::NamedRef(path, name) => {
                let p = import_depth(info, path, self.deps, self.depth + 1)?;
                let scope = info.package(p).scope;
                match info.scope(scope).names.get(name) {
                    Some(o) => info.obj(*o).ty,
                    None => return Err(format!("{path}.{name} missing from export data")),
                }
            }
            Raw::NamedUniverse(name) => {
                let u = info.universe.ok_or("no universe")?;
                match info.scope(u).names.get(name) {
                    Some(o) => info.obj(*o).ty,
                    None => BasicKind::Invalid.id(),
                }
            }
            Raw::Pointer(x) => {
                let x = self.resolve(info, *x)?;
                info.table.pointer(x)
            }
            Raw::Slice(x) => {
                let x = self.resolve(info, *x)?;
                info.table.slice(x)
            }
            Raw::Array(n, x) => {
                let x = self.resolve(info, *x)?;
                info.table.array(*n, x)
            }
            Raw::Map(k, v) => {
                let k = self.resolve(info, *k)?;
                let v = self.resolve(info, *v)?;
                info.table.map(k, v)
            }
            Raw::Chan(d, x) => {
                let x = self.resolve(info, *x)?;
                let dir = match d {
                    0 => ChanDir::Both,
                    1 => ChanDir::Send,
                    _ => ChanDir::Recv,
                };
                info.table.chan(dir, x)
            }
            Raw::Struct(fs) => {
                let mut fields = Vec::new();
                for f in fs {
                    let ty = self.resolve(info, f.ty)?;
                    let pkg = match self.pkg_of(info, &f.pkg)? {
                        Some(p) => Some(p),
                        None => Some(self.pkg),
                    };
                    let fo = info.new_object(Object {
                        name: f.name.clone(),
                        kind: ObjKind::Var {
                            field: true,
                            param: false,
                        },
                        ty,
                        pkg,
                        pos: Pos::default(),
                        parent_is_package: false,
                        link_name: None,
                        ptr_recv: false,
                        no_body: false,
                    });
                    fields.push(FieldInfo {
                        name: f.name.clone(),
                        ty,
                        embedded: f.embedded,
                        tag: f.tag.clone(),
                        pkg,
                        obj: Some(fo),
                    });
                }
                info.table.intern(Type::Struct(StructType { fields }))
            }
            Raw::Signature(s) => {
                let owned = RawSigOwned {
                    params: s.params.clone(),
                    results: s.results.clone(),
                    variadic: s.variadic,
                };
                self.sig(info, &owned, None)?
            }
            Raw::Interface {
                methods,
                comparable,
                terms,
            } => {
                let mut ms = Vec::new();
                for (name, sig, pkg) in methods {
                    let sig = self.resolve(info, *sig)?;
                    let pkg = self.pkg_of(info, pkg)?;
                    ms.push(Method {
                        name: name.clone(),
                        sig,
                        pkg,
                    });
                }
                let terms = match terms {
                    None => None,
                    Some(ts) => {
                        let mut v = Vec::new();
                        for (tilde, t) in ts {
                            v.push(Term {
                                tilde: *tilde,
                                ty: self.resolve(info, *t)?,
                            });
                        }
                        Some(v)
                    }
                };
                info.table.intern(Type::Interface(Interface {
                    methods: ms,
                    terms,
                    comparable: *comparable,
                }))
            }
            Raw::Tuple(v) => {
                let mut out = Vec::new();
                for x in v {
                    out.push(self.resolve(info, *x)?);
                }
                info.table.tuple(out)
            }
        })
    }
}

struct RawSigOwned {
    params: Vec<u64>,
    results: Vec<u64>,
    variadic: bool,
}
