//! The type checker's output model, shaped after go/types' `Info`.
//!
//! Everything lives in arenas indexed by small ids (`TypeId`, `ObjId`, `PkgId`, `ScopeId`)
//! so that later phases can hold plain copies of ids instead of references. Composite types
//! are hash-consed by `TypeTable::intern`: two identical composite types always get the same
//! `TypeId`, so type identity is id equality. Named types and type parameters are created
//! with `TypeTable::new_named` / `new_type_param` and are identical only to themselves.

use std::collections::HashMap;

use crate::constant::ConstValue;
use crate::syntax::ast::{NodeId, Pos};

/// Index of a type in `TypeTable`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub u32);

/// Index of an object in `Info::objects`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ObjId(pub u32);

/// Index of a package in `Info::packages`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PkgId(pub u32);

/// Index of a scope in `Info::scopes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ScopeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

impl BasicKind {
    /// All kinds, in declaration order; `TypeTable::new` interns them in this order so
    /// `TypeId(k as u32)` is the id of basic kind `k`.
    pub const ALL: [BasicKind; 26] = [
        BasicKind::Invalid,
        BasicKind::Bool,
        BasicKind::Int,
        BasicKind::Int8,
        BasicKind::Int16,
        BasicKind::Int32,
        BasicKind::Int64,
        BasicKind::Uint,
        BasicKind::Uint8,
        BasicKind::Uint16,
        BasicKind::Uint32,
        BasicKind::Uint64,
        BasicKind::Uintptr,
        BasicKind::Float32,
        BasicKind::Float64,
        BasicKind::Complex64,
        BasicKind::Complex128,
        BasicKind::String,
        BasicKind::UnsafePointer,
        BasicKind::UntypedBool,
        BasicKind::UntypedInt,
        BasicKind::UntypedRune,
        BasicKind::UntypedFloat,
        BasicKind::UntypedComplex,
        BasicKind::UntypedString,
        BasicKind::UntypedNil,
    ];

    /// The id every `TypeTable` gives this basic type.
    pub fn id(self) -> TypeId {
        TypeId(self as u32)
    }

    /// gc's spelling of the type.
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }

    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | UntypedNil
        )
    }
    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(
            self,
            BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
        )
    }
    pub fn is_complex(self) -> bool {
        matches!(
            self,
            BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex
        )
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }
    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }
    /// Ordered: `< <= > >=` apply.
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }
    /// Kinds that can be constants.
    pub fn is_const_type(self) -> bool {
        self.is_numeric() || self.is_string() || self.is_boolean()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FieldInfo {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    pub tag: Option<String>,
    /// Package of an unexported field name (needed for identity across packages).
    pub pkg: Option<PkgId>,
    /// The field's object (for `Info::defs`/selections); not part of type identity.
    pub obj: Option<ObjId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct StructType {
    pub fields: Vec<FieldInfo>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`; its recorded type is `[]T`.
    pub variadic: bool,
    /// Receiver type for methods (`T` or `*T`); None for plain functions and func types.
    pub recv: Option<TypeId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Method {
    pub name: String,
    /// A `Signature` type (without receiver).
    pub sig: TypeId,
    /// Package of an unexported method name.
    pub pkg: Option<PkgId>,
}

/// One term of a constraint union: `~T` (tilde) or `T`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Interface {
    /// Full method set, embedded interfaces flattened, sorted by name.
    pub methods: Vec<Method>,
    /// Type-set restriction from union/type elements (constraints only); None = all types.
    pub terms: Option<Vec<Term>>,
    /// Embeds `comparable`.
    pub comparable: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    /// The TypeName object.
    pub obj: ObjId,
    /// Underlying type; `TypeId(0)` (Invalid) until resolved.
    pub underlying: TypeId,
    /// Declared methods (Func objects), in source order.
    pub methods: Vec<ObjId>,
    /// Type arguments of an instantiated generic type.
    pub targs: Vec<TypeId>,
    /// The generic type this is an instance of.
    pub origin: Option<TypeId>,
    /// Type parameters (TypeParam types) of a generic type.
    pub tparams: Vec<TypeId>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Type {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    Array {
        len: u64,
        elem: TypeId,
    },
    Map {
        key: TypeId,
        value: TypeId,
    },
    Chan {
        dir: ChanDir,
        elem: TypeId,
    },
    Struct(StructType),
    Signature(Signature),
    Interface(Interface),
    Named(Named),
    Tuple(Vec<TypeId>),
    TypeParam {
        obj: ObjId,
        index: u32,
        constraint: TypeId,
    },
}

/// Identity-relevant part of a struct field: name, type, embedded, tag, package of an
/// unexported name.
type FieldKey = (String, TypeId, bool, Option<String>, Option<PkgId>);

/// Hash key for interning: the structural types only.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<FieldKey>),
    Signature(Signature),
    Interface(Interface),
    Tuple(Vec<TypeId>),
}

/// Arena of types; composite types hash-consed.
#[derive(Clone, Debug)]
pub struct TypeTable {
    types: Vec<Type>,
    interned: HashMap<Key, TypeId>,
    /// Instances of generic named types: (origin, targs) → instance.
    instances: HashMap<(TypeId, Vec<TypeId>), TypeId>,
}

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut t = TypeTable {
            types: Vec::new(),
            interned: HashMap::new(),
            instances: HashMap::new(),
        };
        for k in &BasicKind::ALL {
            t.types.push(Type::Basic(*k));
        }
        t
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    pub fn basic(&self, k: BasicKind) -> TypeId {
        k.id()
    }

    /// Interns a structural type (anything but Basic, Named and TypeParam, which are
    /// returned as given for Basic and freshly allocated otherwise).
    pub fn intern(&mut self, ty: Type) -> TypeId {
        let key = match &ty {
            Type::Basic(k) => return k.id(),
            Type::Pointer(e) => Key::Pointer(*e),
            Type::Slice(e) => Key::Slice(*e),
            Type::Array { len, elem } => Key::Array(*len, *elem),
            Type::Map { key, value } => Key::Map(*key, *value),
            Type::Chan { dir, elem } => Key::Chan(*dir, *elem),
            Type::Struct(s) => Key::Struct(
                s.fields
                    .iter()
                    .map(|f| {
                        let pkg = if is_exported(&f.name) { None } else { f.pkg };
                        (f.name.clone(), f.ty, f.embedded, f.tag.clone(), pkg)
                    })
                    .collect(),
            ),
            Type::Signature(s) => Key::Signature(s.clone()),
            Type::Interface(i) => Key::Interface(i.clone()),
            Type::Tuple(v) => Key::Tuple(v.clone()),
            Type::Named(_) | Type::TypeParam { .. } => return self.push(ty),
        };
        if let Some(id) = self.interned.get(&key) {
            return *id;
        }
        let id = self.push(ty);
        self.interned.insert(key, id);
        id
    }

    fn push(&mut self, ty: Type) -> TypeId {
        let id = TypeId(self.types.len() as u32);
        self.types.push(ty);
        id
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Pointer(elem))
    }
    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(Type::Slice(elem))
    }
    pub fn array(&mut self, len: u64, elem: TypeId) -> TypeId {
        self.intern(Type::Array { len, elem })
    }
    pub fn map(&mut self, key: TypeId, value: TypeId) -> TypeId {
        self.intern(Type::Map { key, value })
    }
    pub fn chan(&mut self, dir: ChanDir, elem: TypeId) -> TypeId {
        self.intern(Type::Chan { dir, elem })
    }
    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(Type::Tuple(elems))
    }

    /// A new named type with a not-yet-known underlying type.
    pub fn new_named(&mut self, obj: ObjId) -> TypeId {
        self.push(Type::Named(Named {
            obj,
            underlying: BasicKind::Invalid.id(),
            methods: Vec::new(),
            targs: Vec::new(),
            origin: None,
            tparams: Vec::new(),
        }))
    }

    pub fn new_type_param(&mut self, obj: ObjId, index: u32, constraint: TypeId) -> TypeId {
        self.push(Type::TypeParam {
            obj,
            index,
            constraint,
        })
    }

    pub fn named_mut(&mut self, id: TypeId) -> Option<&mut Named> {
        match &mut self.types[id.0 as usize] {
            Type::Named(n) => Some(n),
            _ => None,
        }
    }

    pub fn named(&self, id: TypeId) -> Option<&Named> {
        match self.get(id) {
            Type::Named(n) => Some(n),
            _ => None,
        }
    }

    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        if let Some(n) = self.named_mut(named) {
            n.underlying = underlying;
        }
    }

    pub fn set_type_param_constraint(&mut self, tp: TypeId, c: TypeId) {
        if let Type::TypeParam { constraint, .. } = &mut self.types[tp.0 as usize] {
            *constraint = c;
        }
    }

    /// Looks up an instance of generic `origin` with `targs`.
    pub fn instance(&self, origin: TypeId, targs: &[TypeId]) -> Option<TypeId> {
        self.instances.get(&(origin, targs.to_vec())).copied()
    }

    /// Records (and allocates) a new instance Named of `origin`; the caller fills in its
    /// underlying type and methods afterwards.
    pub fn new_instance(&mut self, origin: TypeId, targs: Vec<TypeId>) -> TypeId {
        let obj = self.named(origin).map(|n| n.obj).unwrap_or(ObjId(0));
        let id = self.push(Type::Named(Named {
            obj,
            underlying: BasicKind::Invalid.id(),
            methods: Vec::new(),
            targs: targs.clone(),
            origin: Some(origin),
            tparams: Vec::new(),
        }));
        self.instances.insert((origin, targs), id);
        id
    }

    /// The underlying type: follows Named types (a TypeParam is its own underlying type,
    /// as in go/types).
    pub fn underlying(&self, mut id: TypeId) -> TypeId {
        // Bounded: a cycle of Named types is reported by the checker, which sets Invalid.
        for _ in 0..100 {
            match self.get(id) {
                Type::Named(n) => id = n.underlying,
                _ => return id,
            }
        }
        BasicKind::Invalid.id()
    }

    /// The basic kind of the underlying type, if it is basic.
    pub fn basic_kind(&self, id: TypeId) -> Option<BasicKind> {
        match self.get(self.underlying(id)) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    pub fn is_named(&self, id: TypeId) -> bool {
        matches!(
            self.get(id),
            Type::Named(_) | Type::Basic(_) | Type::TypeParam { .. }
        )
    }

    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.get(self.underlying(id)), Type::Interface(_))
            && !matches!(self.get(id), Type::TypeParam { .. })
    }

    pub fn is_untyped(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Basic(k) if k.is_untyped())
    }

    /// Elements of a Tuple (or the type itself as a 1-tuple).
    pub fn tuple_elems(&self, id: TypeId) -> Vec<TypeId> {
        match self.get(id) {
            Type::Tuple(v) => v.clone(),
            _ => vec![id],
        }
    }

    pub fn signature(&self, id: TypeId) -> Option<&Signature> {
        match self.get(self.underlying(id)) {
            Type::Signature(s) => Some(s),
            _ => None,
        }
    }

    pub fn struct_type(&self, id: TypeId) -> Option<&StructType> {
        match self.get(self.underlying(id)) {
            Type::Struct(s) => Some(s),
            _ => None,
        }
    }

    pub fn interface(&self, id: TypeId) -> Option<&Interface> {
        match self.get(self.underlying(id)) {
            Type::Interface(i) => Some(i),
            _ => None,
        }
    }
}

/// Go's notion of an exported identifier: starts with an upper-case letter.
pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    // package unsafe
    Add,
    Alignof,
    Offsetof,
    Sizeof,
    Slice,
    SliceData,
    String,
    StringData,
}

impl Builtin {
    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
            Add => "Add",
            Alignof => "Alignof",
            Offsetof => "Offsetof",
            Sizeof => "Sizeof",
            Slice => "Slice",
            SliceData => "SliceData",
            String => "String",
            StringData => "StringData",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ObjKind {
    /// Variables, parameters, results and struct fields.
    Var {
        field: bool,
        param: bool,
    },
    Const(ConstValue),
    TypeName,
    Func,
    PkgName(PkgId),
    Builtin(Builtin),
    Nil,
    Label,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    pub ty: TypeId,
    /// Declaring package; None for universe objects.
    pub pkg: Option<PkgId>,
    pub pos: Pos,
    /// Declared at package level (package-level var/const/type/func, and methods).
    pub parent_is_package: bool,
    /// Link symbol name of an imported object (from export data); None for objects of the
    /// package being compiled: use `Info::link_name`.
    pub link_name: Option<String>,
    /// For methods: receiver is a pointer (`func (p *T) M()`).
    pub ptr_recv: bool,
    /// For Func objects declared without a body (assembly/intrinsic/wasmimport).
    pub no_body: bool,
}

impl Object {
    pub fn is_var(&self) -> bool {
        matches!(self.kind, ObjKind::Var { .. })
    }
    pub fn is_exported(&self) -> bool {
        is_exported(&self.name)
    }
}

/// Addressing mode of an expression (go/types' operand modes).
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// Call of a function without results.
    NoValue,
    Builtin,
    TypeExpr,
    Constant(ConstValue),
    /// Addressable.
    Variable,
    /// `m[k]`: assignable but not addressable.
    MapIndex,
    Value,
    /// Value that may be used in a comma-ok assignment (map index, type assertion, receive).
    CommaOk,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeAndValue {
    pub mode: Mode,
    pub ty: TypeId,
}

impl TypeAndValue {
    pub fn is_const(&self) -> bool {
        matches!(self.mode, Mode::Constant(_))
    }
    pub fn constant(&self) -> Option<&ConstValue> {
        match &self.mode {
            Mode::Constant(v) => Some(v),
            _ => None,
        }
    }
    pub fn is_type(&self) -> bool {
        self.mode == Mode::TypeExpr
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectionKind {
    /// `x.f` is a struct field.
    FieldVal,
    /// `x.m` is a method value (including an interface method).
    MethodVal,
    /// `T.m` / `(*T).m` is a method expression.
    MethodExpr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Selection {
    pub kind: SelectionKind,
    /// Type of `x` (receiver expression, or `T` of a method expression).
    pub recv: TypeId,
    /// The field Var or method Func object.
    pub obj: ObjId,
    /// Path of field indices from `recv`'s struct through embedded fields; the last entry
    /// is the field index (FieldVal) or the method's index in its named type's method list.
    pub index: Vec<usize>,
    /// A pointer indirection happened on the path to the field/method.
    pub indirect: bool,
    /// Type of the selector expression (field type, or method signature without receiver
    /// for MethodVal, with receiver as first param for MethodExpr).
    pub ty: TypeId,
}

#[derive(Clone, Debug)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    /// Names in this scope (BTreeMap: deterministic iteration).
    pub names: std::collections::BTreeMap<String, ObjId>,
    /// Is this a function's outermost scope (params/results)?
    pub is_func: bool,
}

#[derive(Clone, Debug)]
pub struct Package {
    pub path: String,
    pub name: String,
    pub scope: ScopeId,
    /// Import paths this package imports directly (for the package being checked: in source
    /// order of first import; for imported packages: as recorded in export data).
    pub imports: Vec<String>,
}

/// One package-level variable initialisation: `lhs = rhs`; several lhs for `a, b = f()`.
#[derive(Clone, Debug, PartialEq)]
pub struct Initializer {
    pub lhs: Vec<ObjId>,
    /// NodeId of the initialising expression.
    pub rhs: NodeId,
}

/// Instantiation of a generic function or type at a use site.
#[derive(Clone, Debug, PartialEq)]
pub struct Instance {
    pub targs: Vec<TypeId>,
    /// Instantiated type (a Signature for functions, a Named for types).
    pub ty: TypeId,
}

#[derive(Clone, Debug, Default)]
pub struct Info {
    /// Every expression; untyped constants get their final (defaulted/converted) type.
    pub types: HashMap<NodeId, TypeAndValue>,
    /// Ident NodeId → declared object.
    pub defs: HashMap<NodeId, ObjId>,
    /// Ident NodeId → used object.
    pub uses: HashMap<NodeId, ObjId>,
    /// Implicitly declared objects: type-switch clause variables keyed by the CaseClause's
    /// `id`; package names of imports without explicit name keyed by ImportSpec `id`.
    pub implicits: HashMap<NodeId, ObjId>,
    /// Selector expression NodeId → selection (not set for qualified identifiers `pkg.Name`,
    /// which are recorded in `uses` under the `sel` ident).
    pub selections: HashMap<NodeId, Selection>,
    /// Generic instantiations: Ident NodeId of the generic function or type name → instance.
    pub instances: HashMap<NodeId, Instance>,
    /// Type parameters of generic functions (and methods of generic types: the receiver
    /// type's parameters), by function object.
    pub tparams: HashMap<ObjId, Vec<TypeId>>,
    /// Package-level variables in initialisation order.
    pub init_order: Vec<Initializer>,
    pub objects: Vec<Object>,
    pub packages: Vec<Package>,
    pub scopes: Vec<Scope>,
    pub table: TypeTable,
    /// The package being checked.
    pub pkg: Option<PkgId>,
    /// Universe scope.
    pub universe: Option<ScopeId>,
    /// Closures: FuncLit Expr NodeId → captured local variables (in first-use order).
    pub captures: HashMap<NodeId, Vec<ObjId>>,
}

impl Info {
    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }
    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objects[id.0 as usize]
    }
    pub fn package(&self, id: PkgId) -> &Package {
        &self.packages[id.0 as usize]
    }
    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }
    pub fn new_object(&mut self, o: Object) -> ObjId {
        let id = ObjId(self.objects.len() as u32);
        self.objects.push(o);
        id
    }
    pub fn new_scope(&mut self, parent: Option<ScopeId>, is_func: bool) -> ScopeId {
        let id = ScopeId(self.scopes.len() as u32);
        self.scopes.push(Scope {
            parent,
            names: Default::default(),
            is_func,
        });
        id
    }
    /// Type and value recorded for an expression.
    pub fn type_of(&self, e: NodeId) -> Option<&TypeAndValue> {
        self.types.get(&e)
    }
    /// The object an identifier defines or uses.
    pub fn object_of(&self, ident: NodeId) -> Option<ObjId> {
        self.defs
            .get(&ident)
            .or_else(|| self.uses.get(&ident))
            .copied()
    }

    /// Link symbol name of a package-level object (func, var, method), CONTEXT.md naming:
    /// `PREFIX.Name`, `PREFIX.T.M`, `PREFIX.(*T).M`. `prefix` is the symbol prefix of the
    /// package being compiled ("main" for package main); imported objects carry theirs.
    pub fn link_name(&self, obj: ObjId, prefix: &str) -> String {
        let o = self.obj(obj);
        if let Some(l) = &o.link_name {
            return l.clone();
        }
        let recv = self
            .table
            .signature(o.ty)
            .and_then(|s| s.recv)
            .filter(|_| matches!(o.kind, ObjKind::Func));
        match recv {
            Some(r) => {
                let (ptr, base) = match self.table.get(r) {
                    Type::Pointer(e) => (true, *e),
                    _ => (false, r),
                };
                let tname = match self.table.get(base) {
                    Type::Named(n) => {
                        let n = n.origin.and_then(|o| self.table.named(o)).unwrap_or(n);
                        self.obj(n.obj).name.clone()
                    }
                    _ => "?".to_string(),
                };
                if ptr {
                    format!("{prefix}.(*{tname}).{}", o.name)
                } else {
                    format!("{prefix}.{tname}.{}", o.name)
                }
            }
            None => format!("{prefix}.{}", o.name),
        }
    }
}
