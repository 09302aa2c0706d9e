//! Labels and branch statements, checked per function body as gc's syntax package does
//! (its messages): undefined/unused labels, break/continue outside loops, invalid
//! labels, misplaced fallthrough, gotos jumping into blocks or over declarations.

use std::collections::HashMap;

use super::*;
use crate::syntax::ast::{AssignOp, BranchKind, StmtKind};
use crate::types::exprstring::expr_string;

struct Block {
    parent: Option<usize>,
    start: Pos,
    /// The labeled statement this block belongs to (the `L:` of `L: for {...}`).
    lstmt: Option<NodeId>,
}

struct Label {
    parent: usize,
    lstmt: NodeId,
    pos: Pos,
    used: bool,
}

/// What a branch statement can target from here.
#[derive(Clone, Copy)]
struct Targets {
    /// Kind of the innermost breakable statement: 'f'or, 's'witch, 't'ype switch,
    /// 'l' select; with the number of its clauses for switches.
    breaks: Option<(char, usize)>,
    continues: bool,
    case_index: Option<usize>,
}

/// Kind of the statement a label is attached to.
#[derive(Clone, Copy, PartialEq)]
enum LKind {
    Loop,
    SwitchOrSelect,
    Other,
}

struct Fwd<'a> {
    label: &'a ast::Ident,
}

struct LabelScope {
    blocks: Vec<Block>,
    labels: HashMap<String, Label>,
    lkinds: HashMap<NodeId, LKind>,
    errs: Vec<(Pos, String)>,
}

impl<'a> Checker<'a> {
    pub(super) fn check_branches(&mut self, body: &'a ast::Block) {
        let mut ls = LabelScope {
            blocks: Vec::new(),
            labels: HashMap::new(),
            lkinds: HashMap::new(),
            errs: Vec::new(),
        };
        let t = Targets {
            breaks: None,
            continues: false,
            case_index: None,
        };
        let fwd = self.block_branches(&mut ls, None, t, None, body.pos, &body.stmts);
        for f in fwd {
            let name = &f.label.name;
            if let Some(l) = ls.labels.get_mut(name) {
                l.used = true;
                let start = ls.blocks[l.parent].start;
                let s = self.pos_string(start);
                ls.errs.push((
                    f.label.pos,
                    format!("goto {name} jumps into block starting at {s}"),
                ));
            } else {
                ls.errs
                    .push((f.label.pos, format!("label {name} not defined")));
            }
        }
        let mut unused: Vec<(Pos, String)> = ls
            .labels
            .iter()
            .filter(|(_, l)| !l.used)
            .map(|(n, l)| (l.pos, format!("label {n} defined and not used")))
            .collect();
        unused.sort();
        ls.errs.extend(unused);
        for (p, m) in ls.errs {
            self.error(p, m);
        }
    }

    fn block_branches(
        &mut self,
        ls: &mut LabelScope,
        parent: Option<usize>,
        ctxt: Targets,
        lstmt: Option<NodeId>,
        start: Pos,
        body: &'a [ast::Stmt],
    ) -> Vec<Fwd<'a>> {
        let b = ls.blocks.len();
        ls.blocks.push(Block {
            parent,
            start,
            lstmt,
        });
        let mut var_decl: Option<(Pos, String)> = None;
        let mut fwd: Vec<Fwd<'a>> = Vec::new();
        // forward gotos seen before the latest variable declaration
        let mut bad: Vec<NodeId> = Vec::new();
        let mut list = body;
        while let Some((last, rest)) = list.split_last() {
            if matches!(last.kind, StmtKind::Empty) {
                list = rest;
            } else {
                break;
            }
        }
        let n = list.len();
        for (idx, s0) in list.iter().enumerate() {
            let mut s = s0;
            let mut cur_label: Option<NodeId> = None;
            // Unwrap labels.
            while let StmtKind::Labeled { label, stmt } = &s.kind {
                if label.name != "_" {
                    if let Some(alt) = ls.labels.get(&label.name) {
                        let ap = self.pos_string(alt.pos);
                        ls.errs.push((
                            label.pos,
                            format!("label {} already defined at {ap}", label.name),
                        ));
                    } else {
                        ls.labels.insert(
                            label.name.clone(),
                            Label {
                                parent: b,
                                lstmt: s.id,
                                pos: label.pos,
                                used: false,
                            },
                        );
                    }
                    let kind = match stmt.kind {
                        StmtKind::For { .. } | StmtKind::Range { .. } => LKind::Loop,
                        StmtKind::Switch { .. }
                        | StmtKind::TypeSwitch { .. }
                        | StmtKind::Select { .. } => LKind::SwitchOrSelect,
                        _ => LKind::Other,
                    };
                    ls.lkinds.insert(s.id, kind);
                    let mut keep = Vec::new();
                    for f in fwd.drain(..) {
                        if f.label.name == label.name {
                            if let Some(l) = ls.labels.get_mut(&label.name) {
                                l.used = true;
                            }
                            if let Some((vp, vn)) = &var_decl {
                                if bad.contains(&f.label.id) {
                                    let ps = self.pos_string(*vp);
                                    ls.errs.push((
                                        f.label.pos,
                                        format!(
                                            "goto {} jumps over declaration of {vn} at {ps}",
                                            label.name
                                        ),
                                    ));
                                }
                            }
                        } else {
                            keep.push(f);
                        }
                    }
                    fwd = keep;
                    cur_label = Some(s.id);
                }
                s = stmt;
            }
            match &s.kind {
                StmtKind::Decl(ast::Decl::Var(specs)) => {
                    if let Some(sp) = specs.first() {
                        if let Some(n0) = sp.names.first() {
                            var_decl = Some((sp.pos, n0.name.clone()));
                            bad = fwd.iter().map(|f| f.label.id).collect();
                        }
                    }
                }
                StmtKind::Assign {
                    lhs,
                    op: AssignOp::Define,
                    ..
                } => {
                    let names: Vec<String> = lhs.iter().map(expr_string).collect();
                    var_decl = Some((s.pos, names.join(", ")));
                    bad = fwd.iter().map(|f| f.label.id).collect();
                }
                StmtKind::Branch { kind, label: None } => match kind {
                    BranchKind::Break => {
                        if ctxt.breaks.is_none() {
                            ls.errs
                                .push((s.pos, "break is not in a loop, switch, or select".into()));
                        }
                    }
                    BranchKind::Continue => {
                        if !ctxt.continues {
                            ls.errs.push((s.pos, "continue is not in a loop".into()));
                        }
                    }
                    BranchKind::Fallthrough => {
                        let mut msg = Some("fallthrough statement out of place");
                        if let Some((k, nclauses)) = ctxt.breaks {
                            if k == 't' {
                                msg = Some("cannot fallthrough in type switch");
                            } else if k == 's' {
                                match ctxt.case_index {
                                    Some(ci) if idx + 1 == n => {
                                        if ci + 1 == nclauses {
                                            msg = Some("cannot fallthrough final case in switch");
                                        } else {
                                            msg = None;
                                        }
                                    }
                                    _ => {}
                                }
                            }
                        }
                        if let Some(m) = msg {
                            ls.errs.push((s.pos, m.into()));
                        }
                    }
                    BranchKind::Goto => {}
                },
                StmtKind::Branch {
                    kind,
                    label: Some(l),
                } => {
                    let name = &l.name;
                    match kind {
                        BranchKind::Break | BranchKind::Continue => {
                            let what = if *kind == BranchKind::Break {
                                "break"
                            } else {
                                "continue"
                            };
                            match self.enclosing_target(ls, b, name) {
                                None => ls
                                    .errs
                                    .push((l.pos, format!("{what} label not defined: {name}"))),
                                Some(None) => ls
                                    .errs
                                    .push((l.pos, format!("invalid {what} label {name}"))),
                                Some(Some(k)) => {
                                    let ok = if *kind == BranchKind::Break {
                                        k != LKind::Other
                                    } else {
                                        k == LKind::Loop
                                    };
                                    if !ok {
                                        ls.errs
                                            .push((l.pos, format!("invalid {what} label {name}")));
                                    }
                                }
                            }
                        }
                        BranchKind::Goto => {
                            let found = match ls.labels.get_mut(name) {
                                Some(lb) => {
                                    lb.used = true;
                                    let target = lb.parent;
                                    let mut c = Some(b);
                                    let mut ok = false;
                                    while let Some(x) = c {
                                        if x == target {
                                            ok = true;
                                            break;
                                        }
                                        c = ls.blocks[x].parent;
                                    }
                                    ok
                                }
                                None => false,
                            };
                            if !found {
                                fwd.push(Fwd { label: l });
                            }
                        }
                        BranchKind::Fallthrough => {}
                    }
                }
                StmtKind::Block(bl) => {
                    let inner = Targets {
                        case_index: None,
                        ..ctxt
                    };
                    let f = self.block_branches(ls, Some(b), inner, cur_label, bl.pos, &bl.stmts);
                    fwd.extend(f);
                }
                StmtKind::If { then, els, .. } => {
                    let inner = Targets {
                        case_index: None,
                        ..ctxt
                    };
                    let f =
                        self.block_branches(ls, Some(b), inner, cur_label, then.pos, &then.stmts);
                    fwd.extend(f);
                    if let Some(e) = els {
                        let f = self.block_branches(
                            ls,
                            Some(b),
                            inner,
                            cur_label,
                            e.pos,
                            std::slice::from_ref(e.as_ref()),
                        );
                        fwd.extend(f);
                    }
                }
                StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                    let inner = Targets {
                        breaks: Some(('f', 0)),
                        continues: true,
                        case_index: None,
                    };
                    let f =
                        self.block_branches(ls, Some(b), inner, cur_label, body.pos, &body.stmts);
                    fwd.extend(f);
                }
                StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                    let k = if matches!(s.kind, StmtKind::TypeSwitch { .. }) {
                        't'
                    } else {
                        's'
                    };
                    for (i, cc) in clauses.iter().enumerate() {
                        let inner = Targets {
                            breaks: Some((k, clauses.len())),
                            continues: ctxt.continues,
                            case_index: Some(i),
                        };
                        let f =
                            self.block_branches(ls, Some(b), inner, cur_label, cc.pos, &cc.body);
                        fwd.extend(f);
                    }
                }
                StmtKind::Select { clauses, .. } => {
                    for cc in clauses {
                        let inner = Targets {
                            breaks: Some(('l', 0)),
                            continues: ctxt.continues,
                            case_index: None,
                        };
                        let f =
                            self.block_branches(ls, Some(b), inner, cur_label, cc.pos, &cc.body);
                        fwd.extend(f);
                    }
                }
                _ => {}
            }
        }
        fwd
    }

    /// The kind of the labeled statement `name` if it encloses block `b` (Some(None):
    /// the label exists but does not enclose; None: no such label).
    fn enclosing_target(&self, ls: &mut LabelScope, b: usize, name: &str) -> Option<Option<LKind>> {
        let l = ls.labels.get_mut(name)?;
        l.used = true;
        let lst = l.lstmt;
        let mut c = Some(b);
        while let Some(x) = c {
            if ls.blocks[x].lstmt == Some(lst) {
                return Some(ls.lkinds.get(&lst).copied());
            }
            c = ls.blocks[x].parent;
        }
        Some(None)
    }
}
