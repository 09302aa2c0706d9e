//! Checks of labels and branch statements in one function body, as gc's
//! syntax package performs them after parsing a body without errors:
//! undefined/unused/duplicate labels, misplaced break/continue/fallthrough,
//! and gotos that jump into blocks or over variable declarations.
//!
//! Function literals inside the body are checked separately (when their own
//! body is parsed), so this walk does not descend into expressions.

use super::ast::*;
use super::parser::ParseError;
use std::collections::BTreeMap;

/// What an unlabeled `break` would leave.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Breakable {
    None,
    Loop,
    Select,
    /// An expression switch: number of clauses.
    Switch(usize),
    TypeSwitch,
}

#[derive(Clone, Copy)]
struct Targets {
    breaks: Breakable,
    continues: bool,
    /// Index of the case clause directly containing the statements, if any.
    case_index: Option<usize>,
}

/// Kind of statement a label is attached to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LabeledKind {
    Loop,
    SwitchOrSelect,
    Other,
}

struct Label {
    /// Index of the declaring block.
    block: usize,
    /// NodeId of the labeled statement.
    lstmt: NodeId,
    pos: Pos,
    kind: LabeledKind,
    used: bool,
}

struct BlockInfo {
    parent: Option<usize>,
    start: Pos,
    /// The labeled statement this block belongs to (its body), if any.
    lstmt: Option<NodeId>,
}

/// A goto whose label has not been seen yet.
#[derive(Clone)]
struct FwdGoto {
    id: NodeId,
    name: String,
    pos: Pos,
}

struct Checker<'a> {
    file: &'a str,
    labels: BTreeMap<String, Label>,
    blocks: Vec<BlockInfo>,
    errors: Vec<ParseError>,
}

/// Checks the body of one function; errors are appended to `errors`.
pub fn check_body(file: &str, body: &Block, errors: &mut Vec<ParseError>) {
    let mut c = Checker {
        file,
        labels: BTreeMap::new(),
        blocks: Vec::new(),
        errors: Vec::new(),
    };
    let top = Targets {
        breaks: Breakable::None,
        continues: false,
        case_index: None,
    };
    let fwd = c.block(None, top, None, body.pos, &body.stmts);
    for g in fwd {
        let start = c.labels.get(&g.name).map(|l| c.blocks[l.block].start);
        match start {
            Some(start) => {
                if let Some(l) = c.labels.get_mut(&g.name) {
                    l.used = true;
                }
                let at = c.fmt_pos(start);
                c.err(
                    g.pos,
                    format!("goto {} jumps into block starting at {at}", g.name),
                );
            }
            None => c.err(g.pos, format!("label {} not defined", g.name)),
        }
    }
    let unused: Vec<(Pos, String)> = c
        .labels
        .iter()
        .filter(|(_, l)| !l.used)
        .map(|(n, l)| (l.pos, n.clone()))
        .collect();
    for (pos, name) in unused {
        c.err(pos, format!("label {name} defined and not used"));
    }
    c.errors.sort_by_key(|e| (e.line, e.col));
    errors.append(&mut c.errors);
}

fn trim_trailing_empty(list: &[Stmt]) -> &[Stmt] {
    let mut n = list.len();
    while n > 0 && matches!(list[n - 1].kind, StmtKind::Empty) {
        n -= 1;
    }
    &list[..n]
}

impl Checker<'_> {
    fn err(&mut self, pos: Pos, msg: String) {
        self.errors.push(ParseError {
            line: pos.line,
            col: pos.col,
            msg,
        });
    }

    fn fmt_pos(&self, p: Pos) -> String {
        format!("{}:{}:{}", self.file, p.line, p.col)
    }

    fn declare(&mut self, block: usize, label: &Ident, lstmt: NodeId, kind: LabeledKind) {
        if let Some(alt) = self.labels.get(&label.name) {
            let at = self.fmt_pos(alt.pos);
            self.err(
                label.pos,
                format!("label {} already defined at {at}", label.name),
            );
            return;
        }
        self.labels.insert(
            label.name.clone(),
            Label {
                block,
                lstmt,
                pos: label.pos,
                kind,
                used: false,
            },
        );
    }

    /// The label's statement if `name` labels a block enclosing `b`.
    fn goto_target(&mut self, mut b: Option<usize>, name: &str) -> bool {
        if let Some(l) = self.labels.get_mut(name) {
            l.used = true;
            while let Some(i) = b {
                if l.block == i {
                    return true;
                }
                b = self.blocks[i].parent;
            }
        }
        false
    }

    /// For labeled break/continue: Some(kind) if the label encloses `b`,
    /// Some(None) if it exists but doesn't enclose, None if undefined.
    fn enclosing_target(
        &mut self,
        mut b: Option<usize>,
        name: &str,
    ) -> Option<Option<LabeledKind>> {
        let l = self.labels.get_mut(name)?;
        l.used = true;
        let (lstmt, kind) = (l.lstmt, l.kind);
        while let Some(i) = b {
            if self.blocks[i].lstmt == Some(lstmt) {
                return Some(Some(kind));
            }
            b = self.blocks[i].parent;
        }
        Some(None)
    }

    fn block(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets,
        lstmt: Option<NodeId>,
        start: Pos,
        body: &[Stmt],
    ) -> Vec<FwdGoto> {
        let b = self.blocks.len();
        self.blocks.push(BlockInfo {
            parent,
            start,
            lstmt,
        });
        let mut var: Option<(Pos, String)> = None;
        let mut fwd: Vec<FwdGoto> = Vec::new();
        let mut bad: Vec<NodeId> = Vec::new();
        let list = trim_trailing_empty(body);
        for (index, stmt) in list.iter().enumerate() {
            let mut lstmt: Option<NodeId> = None;
            let mut s = stmt;
            // Unwrap labels, declaring each.
            while let StmtKind::Labeled { label, stmt: inner } = &s.kind {
                if label.name != "_" {
                    let kind = match inner.kind {
                        StmtKind::For { .. } | StmtKind::Range { .. } => LabeledKind::Loop,
                        StmtKind::Switch { .. }
                        | StmtKind::TypeSwitch { .. }
                        | StmtKind::Select { .. } => LabeledKind::SwitchOrSelect,
                        _ => LabeledKind::Other,
                    };
                    self.declare(b, label, s.id, kind);
                    let mut keep = Vec::new();
                    for g in fwd.drain(..) {
                        if g.name == label.name {
                            if let Some(l) = self.labels.get_mut(&label.name) {
                                l.used = true;
                            }
                            if let Some((vpos, vname)) = &var {
                                if bad.contains(&g.id) {
                                    let at = self.fmt_pos(*vpos);
                                    self.err(
                                        g.pos,
                                        format!(
                                            "goto {} jumps over declaration of {vname} at {at}",
                                            label.name
                                        ),
                                    );
                                }
                            }
                        } else {
                            keep.push(g);
                        }
                    }
                    fwd = keep;
                    lstmt = Some(s.id);
                }
                s = inner;
            }
            let inner_ctxt = Targets {
                case_index: None,
                ..ctxt
            };
            match &s.kind {
                StmtKind::Decl(Decl::Var(specs)) => {
                    if let Some(sp) = specs.first() {
                        if let Some(n) = sp.names.first() {
                            var = Some((sp.pos, n.name.clone()));
                            bad = fwd.iter().map(|g| g.id).collect();
                        }
                    }
                }
                StmtKind::Assign {
                    lhs,
                    op: AssignOp::Define,
                    ..
                } => {
                    let names: Vec<String> = lhs.iter().map(super::printer::expr_string).collect();
                    var = Some((s.pos, names.join(", ")));
                    bad = fwd.iter().map(|g| g.id).collect();
                }
                StmtKind::Branch { kind, label: None } => match kind {
                    BranchKind::Break => {
                        if ctxt.breaks == Breakable::None {
                            self.err(s.pos, "break is not in a loop, switch, or select".into());
                        }
                    }
                    BranchKind::Continue => {
                        if !ctxt.continues {
                            self.err(s.pos, "continue is not in a loop".into());
                        }
                    }
                    BranchKind::Fallthrough => {
                        let mut msg = Some("fallthrough statement out of place");
                        match ctxt.breaks {
                            Breakable::TypeSwitch => {
                                msg = Some("cannot fallthrough in type switch")
                            }
                            Breakable::Switch(n) => match ctxt.case_index {
                                Some(ci) if index + 1 == list.len() => {
                                    if ci + 1 == n {
                                        msg = Some("cannot fallthrough final case in switch");
                                    } else {
                                        msg = None;
                                    }
                                }
                                _ => {}
                            },
                            _ => {}
                        }
                        if let Some(m) = msg {
                            self.err(s.pos, m.into());
                        }
                    }
                    BranchKind::Goto => {}
                },
                StmtKind::Branch {
                    kind,
                    label: Some(l),
                } => match kind {
                    BranchKind::Break => match self.enclosing_target(Some(b), &l.name) {
                        Some(Some(LabeledKind::Loop | LabeledKind::SwitchOrSelect)) => {}
                        Some(_) => self.err(l.pos, format!("invalid break label {}", l.name)),
                        None => self.err(l.pos, format!("break label not defined: {}", l.name)),
                    },
                    BranchKind::Continue => match self.enclosing_target(Some(b), &l.name) {
                        Some(Some(LabeledKind::Loop)) => {}
                        Some(_) => self.err(l.pos, format!("invalid continue label {}", l.name)),
                        None => self.err(l.pos, format!("continue label not defined: {}", l.name)),
                    },
                    BranchKind::Goto => {
                        if !self.goto_target(Some(b), &l.name) {
                            fwd.push(FwdGoto {
                                id: s.id,
                                name: l.name.clone(),
                                pos: l.pos,
                            });
                        }
                    }
                    BranchKind::Fallthrough => {}
                },
                StmtKind::Block(blk) => {
                    let g = self.block(Some(b), inner_ctxt, lstmt, blk.pos, &blk.stmts);
                    fwd.extend(g);
                }
                StmtKind::If { then, els, .. } => {
                    let g = self.block(Some(b), inner_ctxt, lstmt, then.pos, &then.stmts);
                    fwd.extend(g);
                    if let Some(e) = els {
                        let g =
                            self.block(Some(b), inner_ctxt, lstmt, e.pos, std::slice::from_ref(e));
                        fwd.extend(g);
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    let t = Targets {
                        breaks: Breakable::Loop,
                        continues: true,
                        case_index: None,
                    };
                    let g = self.block(Some(b), t, lstmt, body.pos, &body.stmts);
                    fwd.extend(g);
                }
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    let breaks = match s.kind {
                        StmtKind::Switch { .. } => Breakable::Switch(clauses.len()),
                        _ => Breakable::TypeSwitch,
                    };
                    for (i, cc) in clauses.iter().enumerate() {
                        let t = Targets {
                            breaks,
                            continues: ctxt.continues,
                            case_index: Some(i),
                        };
                        let g = self.block(Some(b), t, lstmt, cc.pos, &cc.body);
                        fwd.extend(g);
                    }
                }
                StmtKind::Select { clauses, .. } => {
                    for cc in clauses {
                        let t = Targets {
                            breaks: Breakable::Select,
                            continues: ctxt.continues,
                            case_index: None,
                        };
                        let g = self.block(Some(b), t, lstmt, cc.pos, &cc.body);
                        fwd.extend(g);
                    }
                }
                _ => {}
            }
        }
        fwd
    }
}
