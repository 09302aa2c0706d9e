//! `goto`: a statement list containing labels that some `goto` targets is
//! lowered as a dispatch loop over its segments (each segment starts at
//! one such label):
//!
//! ```text
//! loop $dispatch
//!   block $seg_n ... block $seg_1 block $seg_0
//!     local.get state; br_table $seg_0 .. $seg_n
//!   end  seg_0 code
//!   end  seg_1 code ...
//! end
//! ```
//! `goto L` sets `state` to L's segment and branches to `$dispatch`, from
//! any depth (Go forbids jumping into blocks, so the target's list always
//! encloses the goto). Lists without goto targets are lowered plainly.

use std::collections::HashSet;

use wasm_encoder::{BlockType, Instruction as I, ValType};

use super::func::{Ctl, Fx};
use crate::syntax::ast::{Block, BranchKind, Stmt, StmtKind};

/// Where a goto target label lives.
#[derive(Clone, Debug)]
pub(crate) struct GotoTarget {
    /// ctl index of the dispatch loop.
    pub dispatch: usize,
    /// i32 local holding the segment to enter.
    pub state: u32,
    pub segment: u32,
}

/// Labels used by `goto` statements in a function body (not descending
/// into function literals, which have their own labels).
pub(crate) fn goto_labels(b: &Block) -> HashSet<String> {
    let mut out = HashSet::new();
    for s in &b.stmts {
        collect(s, &mut out);
    }
    out
}

fn collect(s: &Stmt, out: &mut HashSet<String>) {
    let list = |v: &[Stmt], out: &mut HashSet<String>| {
        for s in v {
            collect(s, out);
        }
    };
    match &s.kind {
        StmtKind::Branch {
            kind: BranchKind::Goto,
            label: Some(l),
        } => {
            out.insert(l.name.clone());
        }
        StmtKind::Labeled { stmt, .. } => collect(stmt, out),
        StmtKind::Block(b) => list(&b.stmts, out),
        StmtKind::If { then, els, .. } => {
            list(&then.stmts, out);
            if let Some(e) = els {
                collect(e, out);
            }
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => list(&body.stmts, out),
        StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
            for c in clauses {
                list(&c.body, out);
            }
        }
        StmtKind::Select { clauses, .. } => {
            for c in clauses {
                list(&c.body, out);
            }
        }
        _ => {}
    }
}

impl Fx<'_, '_> {
    /// The goto-target label of a statement, if it is one.
    fn target_label<'s>(&self, s: &'s Stmt) -> Option<&'s str> {
        match &s.kind {
            StmtKind::Labeled { label, .. } if self.goto_labels.contains(&label.name) => {
                Some(&label.name)
            }
            _ => None,
        }
    }

    /// Lowers a statement list, with a dispatch loop if it holds goto targets.
    pub fn stmt_list(&mut self, stmts: &[Stmt]) {
        let starts: Vec<usize> = stmts
            .iter()
            .enumerate()
            .filter(|(_, s)| self.target_label(s).is_some())
            .map(|(i, _)| i)
            .collect();
        if starts.is_empty() {
            for s in stmts {
                self.stmt(s);
            }
            return;
        }
        // Segment 0 is the (possibly empty) prefix before the first label.
        let mut bounds = vec![0];
        bounds.extend(starts.iter().copied());
        bounds.push(stmts.len());
        let nseg = bounds.len() - 1;
        let state = self.local(ValType::I32);
        self.c.ins(I::I32Const(0));
        self.c.ins(I::LocalSet(state));
        let dispatch = self.open(Ctl::Loop, BlockType::Empty);
        for (k, &i) in starts.iter().enumerate() {
            if let Some(l) = self.target_label(&stmts[i]) {
                self.gotos.insert(
                    l.to_string(),
                    super::goto::GotoTarget {
                        dispatch,
                        state,
                        segment: k as u32 + 1,
                    },
                );
            }
        }
        for _ in 0..nseg {
            self.open(Ctl::Block, BlockType::Empty);
        }
        // Segment k starts after the end of the k-th innermost block.
        let targets: Vec<u32> = (0..nseg as u32).collect();
        self.c.ins(I::LocalGet(state));
        self.c
            .ins(I::BrTable(targets.clone().into(), (nseg - 1) as u32));
        for k in 0..nseg {
            self.close();
            for s in &stmts[bounds[k]..bounds[k + 1]] {
                self.stmt(s);
            }
        }
        self.close();
    }

    /// `goto L`.
    pub fn goto(&mut self, label: &str, s: &Stmt) {
        match self.gotos.get(label).cloned() {
            Some(t) => {
                self.c.ins(I::I32Const(t.segment as i32));
                self.c.ins(I::LocalSet(t.state));
                self.br(t.dispatch);
            }
            None => self.unsupported(s.pos, "this goto"),
        }
    }
}
