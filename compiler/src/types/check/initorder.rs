//! Initialisation order of package-level variables and declaration cycles (spec
//! "Package initialization"; types2's cycle and initorder reporting).

use super::*;

impl<'a> Checker<'a> {
    /// A reference back to an object being declared (types2's cycle handling): vars are
    /// left to the initialisation-order check; constants and type names report here.
    pub(super) fn cycle(&mut self, obj: ObjId) {
        let o = self.info.obj(obj).clone();
        match o.kind {
            ObjKind::TypeName if o.ty != self.invalid() => {}
            ObjKind::Func | ObjKind::Var { .. } => {}
            _ => {
                if !self.reported_cycles.insert(obj) {
                    return;
                }
                let start = self.obj_path.iter().position(|p| *p == obj).unwrap_or(0);
                let cyc: Vec<ObjId> = self.obj_path[start..].to_vec();
                let is_type = matches!(o.kind, ObjKind::TypeName);
                if cyc.len() == 1 {
                    let m = if is_type {
                        format!("invalid recursive type: {} refers to itself", o.name)
                    } else {
                        format!("initialization cycle: {} refers to itself", o.name)
                    };
                    self.error(o.pos, m);
                    return;
                }
                let mut m = if is_type {
                    format!("invalid recursive type {}", o.name)
                } else {
                    format!("initialization cycle for {}", o.name)
                };
                for (i, c) in cyc.iter().enumerate() {
                    let co = self.info.obj(*c);
                    let next = self.info.obj(cyc[(i + 1) % cyc.len()]);
                    m.push_str(&format!(
                        "\n\t{}: {} refers to {}",
                        self.pos_string(co.pos),
                        co.name,
                        next.name
                    ));
                }
                self.error(o.pos, m);
            }
        }
    }

    /// A path of dependencies from `from` back to `to` (package-level vars and funcs).
    pub(super) fn dep_path(
        &self,
        from: ObjId,
        to: ObjId,
        seen: &mut HashSet<ObjId>,
    ) -> Option<Vec<ObjId>> {
        if !seen.insert(from) {
            return None;
        }
        let deps = self.deps.get(&from)?;
        for d in deps {
            if !matches!(self.info.obj(*d).kind, ObjKind::Var { .. } | ObjKind::Func) {
                continue;
            }
            if *d == to {
                return Some(vec![*d]);
            }
            if let Some(mut p) = self.dep_path(*d, to, seen) {
                p.insert(0, *d);
                return Some(p);
            }
        }
        None
    }

    /// Initialisation order of package-level variables (spec: "Package initialization").
    pub(super) fn init_order(&mut self) {
        // Var → vars it depends on, through any number of functions.
        let mut inits = std::mem::take(&mut self.var_inits);
        // Declaration order (declarations are checked on demand, in dependency order).
        inits.sort_by_key(|(lhs, _)| self.info.obj(lhs[0]).pos);
        let mut var_deps: HashMap<ObjId, BTreeSet<ObjId>> = HashMap::new();
        for (lhs, _) in &inits {
            for v in lhs {
                let mut seen = HashSet::new();
                let mut out = BTreeSet::new();
                let mut stack: Vec<ObjId> = self
                    .deps
                    .get(v)
                    .map(|d| d.iter().copied().collect())
                    .unwrap_or_default();
                while let Some(d) = stack.pop() {
                    if !seen.insert(d) {
                        continue;
                    }
                    match self.info.obj(d).kind {
                        ObjKind::Var { .. } => {
                            out.insert(d);
                        }
                        ObjKind::Func => {
                            if let Some(more) = self.deps.get(&d) {
                                stack.extend(more.iter().copied());
                            }
                        }
                        _ => {}
                    }
                }
                var_deps.insert(*v, out);
            }
        }
        let with_init: HashSet<ObjId> = inits.iter().flat_map(|(l, _)| l.iter().copied()).collect();
        let mut done: HashSet<ObjId> = HashSet::new();
        let mut emitted = vec![false; inits.len()];
        loop {
            let mut progress = false;
            for (i, (lhs, rhs)) in inits.iter().enumerate() {
                if emitted[i] {
                    continue;
                }
                let ready = lhs.iter().all(|v| {
                    var_deps[v]
                        .iter()
                        .all(|d| lhs.contains(d) || done.contains(d) || !with_init.contains(d))
                });
                if ready {
                    emitted[i] = true;
                    done.extend(lhs.iter().copied());
                    self.info.init_order.push(Initializer {
                        lhs: lhs.clone(),
                        rhs: *rhs,
                    });
                    progress = true;
                    break;
                }
            }
            if !progress {
                break;
            }
        }
        if let Some(i) = emitted.iter().position(|e| !e) {
            let v = inits[i].0[0];
            let o = self.info.obj(v).clone();
            let path = self.dep_path(v, v, &mut HashSet::new()).unwrap_or_default();
            if path.len() <= 1 {
                self.error(
                    o.pos,
                    format!("initialization cycle: {} refers to itself", o.name),
                );
            } else {
                let mut m = format!("initialization cycle for {}", o.name);
                let mut cur = v;
                for next in &path {
                    let co = self.info.obj(cur);
                    m.push_str(&format!(
                        "\n\t{}: {} refers to {}",
                        self.pos_string(co.pos),
                        co.name,
                        self.info.obj(*next).name
                    ));
                    cur = *next;
                }
                self.error(o.pos, m);
            }
            // Keep going deterministically: emit the rest in declaration order.
            for (j, (lhs, rhs)) in inits.iter().enumerate() {
                if !emitted[j] {
                    self.info.init_order.push(Initializer {
                        lhs: lhs.clone(),
                        rhs: *rhs,
                    });
                }
            }
        }
    }
}
