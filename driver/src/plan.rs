//! Planning: the action graph of a build, made before anything runs
//! (cmd/go's `work/action.go`). One compile action per package, one link
//! action per main package to link. Dependencies are action indices;
//! actions are ordered so every dependency comes before its dependents.

use crate::load::Graph;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActionKind {
    /// Compile package `pkg` (index into `Graph::pkgs`).
    Compile { pkg: usize },
    /// Link the main package `main` with everything it imports.
    Link { main: usize },
}

#[derive(Clone, Debug)]
pub struct Action {
    pub kind: ActionKind,
    /// Actions that must finish first.
    pub deps: Vec<usize>,
    /// Length of the longest path from this action to the end of the build
    /// (in source bytes, +1 per action): the scheduler runs the highest first.
    pub priority: u64,
}

#[derive(Debug)]
pub struct Plan {
    pub actions: Vec<Action>,
    /// Compile action of each package.
    pub compile_of: Vec<usize>,
    /// Transitive dependencies of each package, sorted by import path:
    /// the export data a compile needs.
    pub closure: Vec<Vec<usize>>,
    /// Link actions with the package each links.
    pub links: Vec<(usize, usize)>,
}

/// Plans compiling every package of `g` and linking each of `link_mains`.
pub fn plan(g: &Graph, link_mains: &[usize]) -> Plan {
    let order = topo_order(g);
    let mut actions = Vec::new();
    let mut compile_of = vec![usize::MAX; g.pkgs.len()];
    for &p in &order {
        compile_of[p] = actions.len();
        actions.push(Action {
            kind: ActionKind::Compile { pkg: p },
            deps: g.deps[p].iter().map(|&d| compile_of[d]).collect(),
            priority: 0,
        });
    }
    let closure = closures(g, &order);
    let mut links = Vec::new();
    for &m in link_mains {
        let mut deps: Vec<usize> = closure[m].iter().map(|&d| compile_of[d]).collect();
        deps.push(compile_of[m]);
        links.push((actions.len(), m));
        actions.push(Action {
            kind: ActionKind::Link { main: m },
            deps,
            priority: 0,
        });
    }
    // Longest remaining path, computed from the end backwards.
    let mut prio = vec![0u64; actions.len()];
    for i in (0..actions.len()).rev() {
        let weight = match actions[i].kind {
            ActionKind::Compile { pkg } => {
                1 + g.pkgs[pkg].files.iter().map(|f| f.size).sum::<u64>()
            }
            ActionKind::Link { .. } => 1,
        };
        prio[i] += weight;
        for &d in &actions[i].deps {
            prio[d] = prio[d].max(prio[i]);
        }
    }
    for (a, p) in actions.iter_mut().zip(prio) {
        a.priority = p;
    }
    Plan {
        actions,
        compile_of,
        closure,
        links,
    }
}

/// The transitive dependencies of every package, each sorted by import
/// path. Bitsets filled in dependency order keep this near-linear for
/// large graphs (a per-package walk plus sort costs milliseconds at 1,000
/// packages, on every no-op build).
fn closures(g: &Graph, order: &[usize]) -> Vec<Vec<usize>> {
    let n = g.pkgs.len();
    let words = n.div_ceil(64);
    let mut bits = vec![0u64; n * words];
    for &p in order {
        for &d in &g.deps[p] {
            bits[p * words + d / 64] |= 1 << (d % 64);
            for w in 0..words {
                let v = bits[d * words + w];
                bits[p * words + w] |= v;
            }
        }
    }
    let mut by_path: Vec<usize> = (0..n).collect();
    by_path.sort_by(|&a, &b| g.pkgs[a].import_path.cmp(&g.pkgs[b].import_path));
    (0..n)
        .map(|p| {
            let row = &bits[p * words..(p + 1) * words];
            by_path
                .iter()
                .copied()
                .filter(|&q| row[q / 64] & (1 << (q % 64)) != 0)
                .collect()
        })
        .collect()
}

/// Packages in dependency order (dependencies first), ties by import path.
fn topo_order(g: &Graph) -> Vec<usize> {
    let n = g.pkgs.len();
    let mut by_path: Vec<usize> = (0..n).collect();
    by_path.sort_by(|&a, &b| g.pkgs[a].import_path.cmp(&g.pkgs[b].import_path));
    let mut state = vec![0u8; n];
    let mut out = Vec::with_capacity(n);
    for &p in &by_path {
        visit(g, p, &mut state, &mut out);
    }
    out
}

fn visit(g: &Graph, p: usize, state: &mut [u8], out: &mut Vec<usize>) {
    // The loader rejects cycles, so state 1 (in progress) is never met again.
    if state[p] != 0 {
        return;
    }
    state[p] = 1;
    for &d in &g.deps[p] {
        visit(g, d, state, out);
    }
    state[p] = 2;
    out.push(p);
}

/// Package initialisation order (Go 1.21 rule): sort the packages by import
/// path, then repeatedly take the first one whose imports are all
/// initialised. The implicit runtime dependency puts `runtime` first.
/// Returns package indices, ending with `main`.
pub fn init_order(g: &Graph, main: usize) -> Vec<usize> {
    let mut pending: Vec<usize> = g.closure(main);
    pending.push(main);
    pending.sort_by(|&a, &b| g.pkgs[a].import_path.cmp(&g.pkgs[b].import_path));
    let mut done = vec![false; g.pkgs.len()];
    let mut out = Vec::with_capacity(pending.len());
    while !pending.is_empty() {
        let pos = pending
            .iter()
            .position(|&p| g.deps[p].iter().all(|&d| done[d]))
            .unwrap_or(0); // unreachable for an acyclic graph
        let p = pending.remove(pos);
        done[p] = true;
        out.push(p);
    }
    out
}

/// The symbol prefix of a package: its import path, `main` for the main package.
pub fn symbol_prefix(g: &Graph, p: usize) -> String {
    if g.pkgs[p].is_main() {
        "main".into()
    } else {
        g.pkgs[p].import_path.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::package::Package;

    fn graph(edges: &[(&str, &[usize])]) -> Graph {
        Graph {
            pkgs: edges
                .iter()
                .map(|(p, _)| Package {
                    import_path: p.to_string(),
                    name: if *p == "main" {
                        "main".into()
                    } else {
                        p.to_string()
                    },
                    files: Vec::new(),
                    imports: Vec::new(),
                    std: false,
                    go_version: "1.27".into(),
                })
                .collect(),
            deps: edges.iter().map(|(_, d)| d.to_vec()).collect(),
            roots: vec![edges.len() - 1],
        }
    }

    #[test]
    fn closures_match_graph_walks() {
        // 0 runtime; 1 z → 0; 2 a → 1,0; 3 m → 2,1,0; 4 main → 3,0
        let g = graph(&[
            ("runtime", &[]),
            ("z", &[0]),
            ("a", &[1, 0]),
            ("m", &[2, 1, 0]),
            ("main", &[3, 0]),
        ]);
        let order = topo_order(&g);
        let c = closures(&g, &order);
        for (p, cp) in c.iter().enumerate() {
            assert_eq!(*cp, g.closure(p), "package {p}");
        }
        assert_eq!(c[4], vec![2, 3, 0, 1]); // a, m, runtime, z
        let p = plan(&g, &[4]);
        assert_eq!(p.links.len(), 1);
        assert_eq!(p.actions[p.links[0].0].deps.len(), 5);
        // Dependencies come before their dependents; priorities decrease along edges.
        for (i, a) in p.actions.iter().enumerate() {
            for &d in &a.deps {
                assert!(d < i);
                assert!(p.actions[d].priority > a.priority);
            }
        }
        let names: Vec<&str> = init_order(&g, 4)
            .iter()
            .map(|&i| g.pkgs[i].import_path.as_str())
            .collect();
        assert_eq!(names, ["runtime", "z", "a", "m", "main"]);
    }
}
