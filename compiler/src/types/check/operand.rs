//! Operands: the result of checking an expression.

use crate::constant::ConstValue;
use crate::syntax::ast::{NodeId, Pos};
use crate::types::model::*;

/// Addressing mode of an operand (go/types' operand modes plus `Invalid` and `Nil`).
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum OpMode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Constant(ConstValue),
    Variable,
    MapIndex,
    Value,
    /// The predeclared `nil`.
    Nil,
    CommaOk,
}

impl OpMode {
    pub fn to_model(&self) -> Option<Mode> {
        Some(match self {
            OpMode::Invalid => return None,
            OpMode::NoValue => Mode::NoValue,
            OpMode::Builtin(_) => Mode::Builtin,
            OpMode::TypeExpr => Mode::TypeExpr,
            OpMode::Constant(v) => Mode::Constant(v.clone()),
            OpMode::Variable => Mode::Variable,
            OpMode::MapIndex => Mode::MapIndex,
            OpMode::Value | OpMode::Nil => Mode::Value,
            OpMode::CommaOk => Mode::CommaOk,
        })
    }

    fn describe(&self) -> &'static str {
        match self {
            OpMode::Invalid => "invalid operand",
            OpMode::NoValue => "no value",
            OpMode::Builtin(_) => "built-in",
            OpMode::TypeExpr => "type",
            OpMode::Constant(_) => "constant",
            OpMode::Variable => "variable",
            OpMode::MapIndex => "map index expression",
            OpMode::Value => "value",
            OpMode::Nil => "nil",
            OpMode::CommaOk => "comma, ok expression",
        }
    }
}

/// A checked expression.
#[derive(Clone, Debug)]
pub(crate) struct Operand {
    pub mode: OpMode,
    pub ty: TypeId,
    /// NodeId of the expression (for recording), if any.
    pub id: Option<NodeId>,
    /// Start position of the expression (where most errors are reported).
    pub pos: Pos,
    /// Source form of the expression, for messages.
    pub expr: String,
}

impl Operand {
    pub fn invalid(pos: Pos) -> Operand {
        Operand {
            mode: OpMode::Invalid,
            ty: BasicKind::Invalid.id(),
            id: None,
            pos,
            expr: String::new(),
        }
    }

    pub fn is_invalid(&self) -> bool {
        self.mode == OpMode::Invalid
    }

    pub fn val(&self) -> Option<&ConstValue> {
        match &self.mode {
            OpMode::Constant(v) => Some(v),
            _ => None,
        }
    }

    pub fn is_const(&self) -> bool {
        matches!(self.mode, OpMode::Constant(_))
    }

    pub fn is_nil(&self) -> bool {
        self.mode == OpMode::Nil
    }

    pub fn is_value(&self) -> bool {
        matches!(
            self.mode,
            OpMode::Constant(_)
                | OpMode::Variable
                | OpMode::MapIndex
                | OpMode::Value
                | OpMode::Nil
                | OpMode::CommaOk
        )
    }

    /// gc's operand description: `x (variable of type int)`, `300 (untyped int constant)`.
    pub fn describe(&self, info: &Info, qual: Option<PkgId>) -> String {
        self.describe_as(info, qual, None)
    }

    /// `describe` with the operand's type spelled `tyname` (byte/rune spellings).
    pub fn describe_as(&self, info: &Info, qual: Option<PkgId>, tyname: Option<&str>) -> String {
        use super::super::typestring::type_string;
        if self.mode == OpMode::Nil {
            return if self.ty == BasicKind::UntypedNil.id() || self.ty == BasicKind::Invalid.id() {
                "nil".into()
            } else {
                format!("nil (of type {})", type_string(info, self.ty, qual))
            };
        }
        let mut expr = self.expr.clone();
        if expr.is_empty() {
            match &self.mode {
                OpMode::Builtin(b) => expr = b.name().to_string(),
                OpMode::TypeExpr => expr = type_string(info, self.ty, qual),
                OpMode::Constant(v) => expr = v.to_display(),
                _ => {}
            }
        }
        let mut buf = String::new();
        if !expr.is_empty() {
            buf.push_str(&expr);
            buf.push_str(" (");
        }
        let mut has_type = false;
        match self.mode {
            OpMode::Invalid | OpMode::NoValue | OpMode::Builtin(_) | OpMode::TypeExpr => {}
            _ => {
                if let Type::Basic(k) = info.table.get(self.ty) {
                    if k.is_untyped() {
                        buf.push_str(k.name());
                        buf.push(' ');
                    } else {
                        has_type = true;
                    }
                } else {
                    has_type = true;
                }
            }
        }
        buf.push_str(self.mode.describe());
        if let OpMode::Constant(v) = &self.mode {
            let s = v.to_display();
            if s != expr {
                buf.push(' ');
                buf.push_str(&s);
            }
        }
        if has_type {
            if self.ty != BasicKind::Invalid.id() {
                let mut desc = String::new();
                if let Type::Named(_) = info.table.get(self.ty) {
                    let what = composite_kind(&info.table, self.ty);
                    let what = if what.is_empty() {
                        match info.table.get(info.table.underlying(self.ty)) {
                            Type::Basic(k) => k.name(),
                            _ => "",
                        }
                    } else {
                        what
                    };
                    desc = format!("{what} ");
                }
                let ts = match tyname {
                    Some(n) => n.to_string(),
                    None => type_string(info, self.ty, qual),
                };
                buf.push_str(&format!(" of {desc}type {ts}"));
                if let Type::TypeParam { constraint, .. } = info.table.get(self.ty) {
                    buf.push_str(&format!(
                        " constrained by {}",
                        type_string(info, *constraint, qual)
                    ));
                }
            } else {
                buf.push_str(" with invalid type");
            }
        }
        if !expr.is_empty() {
            buf.push(')');
        }
        buf
    }
}

/// types2's compositeKind: a word for the structure of a type, "" for basic types.
pub(crate) fn composite_kind(t: &TypeTable, ty: TypeId) -> &'static str {
    match t.get(t.underlying(ty)) {
        Type::Basic(_) => "",
        Type::Array { .. } => "array",
        Type::Slice(_) => "slice",
        Type::Struct(_) => "struct",
        Type::Pointer(_) => "pointer",
        Type::Signature(_) => "func",
        Type::Interface(_) => "interface",
        Type::Map { .. } => "map",
        Type::Chan { .. } => "chan",
        Type::Tuple(_) => "tuple",
        _ => "",
    }
}
