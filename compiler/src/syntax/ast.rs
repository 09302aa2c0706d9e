//! The syntax tree of one Go source file.
//!
//! Every node carries the position gc's syntax package gives the same node
//! (`pos`), because later phases report errors at those positions. The
//! conventions (all 1-based line, 1-based byte column):
//!
//! | node | `pos` is at |
//! |---|---|
//! | Ident, BasicLit | first byte of the token |
//! | CompositeLit | the `{` (the type, if any, starts earlier: see [`Expr::start_pos`]) |
//! | FuncLit | the `func` keyword |
//! | FuncType (expression and [`FuncType::pos`]) | the `(` after `func` (gc positions signatures there) |
//! | Paren | the `(` |
//! | Selector, TypeAssert | the `.` |
//! | Index, Slice, ArrayType | the `[` |
//! | Call | the `(` of the argument list (`rparen` holds the `)`) |
//! | Star, Unary | the operator |
//! | Binary | the operator (types2 reports most errors at `start_pos`, the leftmost byte) |
//! | Element with key | the `:` |
//! | StructType, InterfaceType, MapType | the keyword |
//! | ChanType | `chan`, or the `<-` of a `<-chan T` in type context (in expression context gc keeps `chan`) |
//! | Ellipsis | the `...` |
//! | Assign, IncDec, Send | the operator (`=`, `:=`, `+=`, `++`, `<-`) |
//! | Expr statement | the expression's `pos` |
//! | keyword statements (if, for, go, return, ...), Decl statement | the keyword |
//! | Block | the `{` (`rbrace` holds the `}`) |
//! | Labeled | the `:` after the label (gc's LabeledStmt position) |
//! | Range | the `for` keyword (`range_pos` holds the `range` keyword) |
//! | CaseClause, CommClause | `case` / `default` (`colon` holds the `:`) |
//! | ValueSpec, TypeSpec | the first name |
//! | FuncDecl | the token after `func`: the receiver's `(` or the name (as gc) |
//! | ImportSpec | the name if present, else the path |
//! | Field | the first name, or the type when there are no names |
//! | Pragma | just after the `//` (as gc) |
//!
//! These were checked against go/ast on all of GOROOT/src (see
//! tests/syntax_goroot.rs) for every node kind both trees record.
//!
//! types2 reports almost every expression error at the *start* of the
//! expression (its leftmost byte), which [`Expr::start_pos`] computes.

pub use super::pos::Pos;

/// Identifies a node uniquely within one package: the parser draws ids from
/// one [`NodeIdGen`] shared by all files of the package, so the checker can
/// key its side tables (`types`, `defs`, `uses`, ...) by `NodeId`.
pub type NodeId = u32;

/// Hands out fresh [`NodeId`]s. Start one per package and pass it to every
/// `parse_file` call of that package.
#[derive(Clone, Debug, Default)]
pub struct NodeIdGen {
    next: NodeId,
}

impl NodeIdGen {
    pub fn new() -> NodeIdGen {
        NodeIdGen { next: 0 }
    }

    /// A fresh id (ids start at 0 and are never reused).
    pub fn fresh(&mut self) -> NodeId {
        let id = self.next;
        self.next += 1;
        id
    }

    /// How many ids have been handed out (useful to size dense tables).
    pub fn count(&self) -> u32 {
        self.next
    }
}

/// One source file.
#[derive(Clone, Debug)]
pub struct File {
    /// The file's name as shown in diagnostics.
    pub name: String,
    /// The package name from the package clause; `pos` is at the name.
    pub package: Ident,
    /// Position of the `package` keyword.
    pub package_pos: Pos,
    /// All import specs of all import declarations, in source order.
    pub imports: Vec<ImportSpec>,
    /// Top-level declarations (imports excluded), in source order.
    pub decls: Vec<Decl>,
    /// Every `//go:` directive line in the file (including `//go:build`), in
    /// source order; the ones directly above a function are also in its
    /// [`FuncDecl::pragmas`].
    pub pragmas: Vec<Pragma>,
    /// Directives taken by a declaration that does not accept them (e.g.
    /// `//go:noinline` above a `var`, `//go:wasmexport` above a `type`).
    /// gc reports these only when the package type-checks without errors;
    /// [`crate::syntax::late_diagnostics`] turns them into messages.
    pub misplaced: Vec<Pragma>,
}

/// A name, where declared or used.
#[derive(Clone, Debug)]
pub struct Ident {
    pub id: NodeId,
    pub pos: Pos,
    pub name: String,
}

/// One import: `import name "path"`.
#[derive(Clone, Debug)]
pub struct ImportSpec {
    /// Key for the implicitly declared package name when `name` is None.
    pub id: NodeId,
    pub pos: Pos,
    /// The explicit name, including `.` and `_`.
    pub name: Option<Ident>,
    /// The path with quotes removed and escapes decoded.
    pub path: String,
    pub path_pos: Pos,
}

/// A `//go:xxx ...` directive line.
#[derive(Clone, Debug)]
pub struct Pragma {
    /// Position just after the `//` (where gc reports pragma errors).
    pub pos: Pos,
    /// The comment text without the leading `//`, e.g. `go:noinline` or
    /// `go:wasmimport wasi_snapshot_preview1 fd_write`.
    pub text: String,
}

/// A declaration, at package level or inside a function body.
#[derive(Clone, Debug)]
#[allow(clippy::large_enum_variant)] // FuncDecl inline keeps matching simple
pub enum Decl {
    Const(Vec<ValueSpec>),
    Var(Vec<ValueSpec>),
    Type(Vec<TypeSpec>),
    Func(FuncDecl),
}

/// `names [ty] [= values]` in a const or var declaration.
#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub pos: Pos,
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    pub values: Vec<Expr>,
    /// Index of this spec in its const group (the value of `iota`); 0 for vars.
    pub iota: u32,
    /// A const spec without type and values that repeats the previous spec's
    /// type and values: `ty`/`values` are clones with fresh NodeIds (and the
    /// original positions, as gc reports errors there).
    pub implicit: bool,
}

/// `name [tparams] [=] ty`.
#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub pos: Pos,
    pub name: Ident,
    /// Type parameters; empty if not generic.
    pub tparams: Vec<Field>,
    /// `type A = B`.
    pub alias: bool,
    pub ty: Expr,
}

/// A function or method declaration.
#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub pos: Pos,
    /// The receiver parameter of a method (`names` is empty or one name).
    pub recv: Option<Field>,
    pub name: Ident,
    /// Type parameters of a generic function.
    pub tparams: Vec<Field>,
    pub ty: FuncType,
    /// None for a bodiless declaration (assembly, wasmimport, intrinsics).
    pub body: Option<Block>,
    /// The `//go:` directives since the previous declaration.
    pub pragmas: Vec<Pragma>,
}

/// A parameter, result, struct field, type parameter or receiver:
/// `names ty [tag]`.
#[derive(Clone, Debug)]
pub struct Field {
    pub pos: Pos,
    /// Empty for an anonymous parameter or an embedded field.
    pub names: Vec<Ident>,
    pub ty: Expr,
    /// Struct tag with quotes removed and escapes decoded.
    pub tag: Option<String>,
}

/// A function signature. A variadic function's last parameter has type
/// `ExprKind::Ellipsis(Some(elem))`.
#[derive(Clone, Debug)]
pub struct FuncType {
    pub pos: Pos,
    pub params: Vec<Field>,
    pub results: Vec<Field>,
}

/// An expression or a type (Go syntax doesn't separate the two).
#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub pos: Pos,
    pub kind: ExprKind,
}

/// Kind of basic literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

/// Unary operators. `Star` (`*x`) is a separate expression kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `+x`
    Plus,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Xor,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
    /// `~T` in constraints
    Tilde,
}

/// Binary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    LOr,
    LAnd,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Div,
    Rem,
    Shl,
    Shr,
    And,
    AndNot,
}

impl BinaryOp {
    /// The operator as written in Go source.
    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            LOr => "||",
            LAnd => "&&",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Div => "/",
            Rem => "%",
            Shl => "<<",
            Shr => ">>",
            And => "&",
            AndNot => "&^",
        }
    }

    /// Precedence as in the spec: 5 (`*`...) binds tightest, 1 (`||`) least.
    pub fn precedence(self) -> u8 {
        use BinaryOp::*;
        match self {
            LOr => 1,
            LAnd => 2,
            Eq | Ne | Lt | Le | Gt | Ge => 3,
            Add | Sub | Or | Xor => 4,
            Mul | Div | Rem | Shl | Shr | And | AndNot => 5,
        }
    }
}

impl UnaryOp {
    /// The operator as written in Go source.
    pub fn as_str(self) -> &'static str {
        use UnaryOp::*;
        match self {
            Plus => "+",
            Neg => "-",
            Not => "!",
            Xor => "^",
            Addr => "&",
            Recv => "<-",
            Tilde => "~",
        }
    }
}

/// Channel direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    /// `chan T`
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

/// One element of a composite literal: `[key:] value`.
#[derive(Clone, Debug)]
pub struct Element {
    /// Position of the `:` when there is a key, else of the value.
    pub pos: Pos,
    pub key: Option<Expr>,
    pub value: Expr,
}

/// One element of an interface type.
#[derive(Clone, Debug)]
pub enum InterfaceElem {
    /// `Name(params) results`
    Method { name: Ident, ty: FuncType },
    /// An embedded type, or a union of terms (`~int | string`) built from
    /// `Binary { op: Or }` and `Unary { op: Tilde }`.
    Embed(Expr),
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// Placeholder where the source was broken (an error was reported).
    Bad,
    Ident(String),
    /// `raw` is the literal exactly as written (validated by the lexer).
    BasicLit {
        kind: LitKind,
        raw: String,
    },
    /// `ty` is None for an elided type inside another composite literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Element>,
        rbrace: Pos,
    },
    FuncLit {
        ty: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    /// `a[i]`, and generic instantiation `f[T1, T2]` (several indices).
    Index {
        x: Box<Expr>,
        indices: Vec<Expr>,
    },
    /// `x[lo:hi]` or `x[lo:hi:max]` (`three`).
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        three: bool,
    },
    /// `x.(T)`; `ty` None means `x.(type)` in a type switch.
    TypeAssert {
        x: Box<Expr>,
        ty: Option<Box<Expr>>,
    },
    /// `fun(args)`, `dots` for a trailing `...`. `rparen` is the `)`, where
    /// types2 reports "not enough arguments".
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        dots: bool,
        rparen: Pos,
    },
    /// `*x`: dereference or pointer type.
    Star(Box<Expr>),
    Unary {
        op: UnaryOp,
        x: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    /// `key: value`; only used inside index lists on error paths, composite
    /// literals use [`Element`].
    KeyValue {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    /// `[len]elem`; `len` None = slice type `[]elem`; `Some(Ellipsis(None))`
    /// = `[...]elem`.
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    /// `...` in `[...]T` (None) or `...T` of a variadic parameter (Some).
    Ellipsis(Option<Box<Expr>>),
    StructType {
        fields: Vec<Field>,
    },
    FuncType(FuncType),
    InterfaceType {
        elems: Vec<InterfaceElem>,
    },
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
}

impl Expr {
    /// The leftmost position of the expression, where types2 reports errors
    /// about it (gc's `syntax.StartPos`).
    pub fn start_pos(&self) -> Pos {
        let mut e = self;
        loop {
            match &e.kind {
                ExprKind::CompositeLit { ty: Some(t), .. } => e = t,
                ExprKind::Selector { x, .. }
                | ExprKind::Index { x, .. }
                | ExprKind::Slice { x, .. }
                | ExprKind::TypeAssert { x, .. }
                | ExprKind::Binary { x, .. } => e = x,
                ExprKind::Call { fun, .. } => e = fun,
                ExprKind::KeyValue { key, .. } => e = key,
                _ => return e.pos,
            }
        }
    }
}

/// A statement.
#[derive(Clone, Debug)]
pub struct Stmt {
    pub id: NodeId,
    pub pos: Pos,
    pub kind: StmtKind,
}

/// Assignment operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`
    Op(BinaryOp),
}

/// Kinds of branch statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// Placeholder where the source was broken (an error was reported).
    Bad,
    /// An empty statement (lone `;`).
    Empty,
    /// const/var/type inside a function.
    Decl(Decl),
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Expr(Expr),
    Send {
        ch: Expr,
        value: Expr,
    },
    IncDec {
        x: Expr,
        inc: bool,
    },
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    Block(Block),
    /// `els` is an `If` or a `Block` statement.
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
        rbrace: Pos,
    },
    /// `switch [init;] [bind :=] x.(type) { ... }`.
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        clauses: Vec<CaseClause>,
        rbrace: Pos,
    },
    Select {
        clauses: Vec<CommClause>,
        rbrace: Pos,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for [key [, value] (= | :=)] range x { ... }`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
        range_pos: Pos,
        /// Iteration variables beyond the second (invalid): types2 reports
        /// "range clause permits at most two iteration variables" at the
        /// first of them, after checking the range operand.
        extra: Vec<Expr>,
    },
}

/// `case list:` or `default:` of an expression or type switch.
#[derive(Clone, Debug)]
pub struct CaseClause {
    /// Key for the implicit variable of a type-switch clause.
    pub id: NodeId,
    pub pos: Pos,
    /// None = `default`.
    pub list: Option<Vec<Expr>>,
    pub body: Vec<Stmt>,
    /// Position of the `:`.
    pub colon: Pos,
}

/// `case comm:` or `default:` of a select statement.
#[derive(Clone, Debug)]
pub struct CommClause {
    pub id: NodeId,
    pub pos: Pos,
    /// Send, receive expression statement or receive assignment; None =
    /// `default`.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub colon: Pos,
}

/// `{ stmts }`.
#[derive(Clone, Debug)]
pub struct Block {
    pub pos: Pos,
    pub stmts: Vec<Stmt>,
    pub rbrace: Pos,
}
