//! The module graph and minimal version selection.
//!
//! As the go command (`modload.readModGraph`): the roots are the main
//! modules' requirements; every loaded go.mod adds its requirements as
//! edges. With graph pruning (main module at go >= 1.17) a root's
//! requirements are edges only — their own go.mod files are not read —
//! unless the root itself is unpruned (go < 1.17), whose requirements are
//! then followed transitively. Without pruning everything reachable is read.
//! MVS then selects, for each module path, the highest version in the graph.
//! Every go.mod read from the module cache is checked against go.sum first.

use super::gosum::{self, GoSum};
use super::{modcache, semver};
use crate::modfile::{self, ReplaceTarget};
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::{Path, PathBuf};

/// What a module version resolves to after `replace`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// Its own (or a replacement module's) version in the module cache.
    Cache { path: String, version: String },
    /// A local directory.
    Dir(PathBuf),
}

/// `replace` directives in force (the main module's, or go.work's over the
/// workspace modules'), by (old path, old version if given).
#[derive(Clone, Debug, Default)]
pub struct Replacements {
    map: BTreeMap<(String, Option<String>), ReplaceTarget>,
}

impl Replacements {
    pub fn add(&mut self, r: &modfile::Replace) {
        self.map
            .insert((r.old_path.clone(), r.old_version.clone()), r.new.clone());
    }

    /// Whether `path` is replaced by a directory (any version).
    pub fn dir_of(&self, path: &str) -> Option<&Path> {
        self.map.iter().find_map(|((p, _), t)| match t {
            ReplaceTarget::Dir(d) if p == path => Some(d.as_path()),
            _ => None,
        })
    }

    pub fn target(&self, path: &str, version: &str) -> Target {
        let exact = self.map.get(&(path.to_string(), Some(version.to_string())));
        match exact.or_else(|| self.map.get(&(path.to_string(), None))) {
            Some(ReplaceTarget::Dir(d)) => Target::Dir(d.clone()),
            Some(ReplaceTarget::Module { path, version }) => Target::Cache {
                path: path.clone(),
                version: version.clone(),
            },
            None => Target::Cache {
                path: path.to_string(),
                version: version.to_string(),
            },
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&(String, Option<String>), &ReplaceTarget)> {
        self.map.iter()
    }
}

pub struct Input<'a> {
    /// Requirements of the main module(s).
    pub roots: Vec<(String, String)>,
    pub pruned: bool,
    pub replace: &'a Replacements,
    pub exclude: BTreeSet<(String, String)>,
    /// Paths of the main (workspace) modules: requirements on them are ignored.
    pub main_paths: BTreeSet<String>,
    pub cache: Option<&'a Path>,
    pub sums: &'a GoSum,
}

/// (module path, version).
type ModVersion = (String, String);

/// The go.mod facts MVS needs.
struct Summary {
    require: Vec<(String, String)>,
    pruned: bool,
}

/// Runs MVS; returns the selected version of every non-main module path.
pub fn build_list(input: &Input) -> Result<BTreeMap<String, String>, String> {
    let mut nodes: BTreeSet<(String, String)> = BTreeSet::new();
    // (module, follow its requirements unpruned, who required it)
    let mut queue: VecDeque<(ModVersion, bool, Option<ModVersion>)> = VecDeque::new();
    let mut seen_pruned = BTreeSet::new();
    let mut seen_unpruned = BTreeSet::new();
    let keep = |m: &(String, String)| {
        !input.main_paths.contains(&m.0) && !input.exclude.contains(m) && m.1 != "none"
    };
    for r in &input.roots {
        if keep(r) {
            nodes.insert(r.clone());
            queue.push_back((r.clone(), !input.pruned, None));
        }
    }
    while let Some((m, unpruned, by)) = queue.pop_front() {
        let seen = if unpruned {
            &mut seen_unpruned
        } else {
            &mut seen_pruned
        };
        if !seen.insert(m.clone()) {
            continue;
        }
        let summary = read_summary(input, &m.0, &m.1).map_err(|e| match &by {
            Some((p, v)) => format!("go: {p}@{v} requires\n\t{}@{}: {e}", m.0, m.1),
            None => format!("go: {}@{}: {e}", m.0, m.1),
        })?;
        for r in summary.require.iter().filter(|r| keep(r)) {
            nodes.insert(r.clone());
            if unpruned || !summary.pruned {
                queue.push_back((r.clone(), true, Some(m.clone())));
            }
        }
    }
    let mut selected: BTreeMap<String, String> = BTreeMap::new();
    for (p, v) in nodes {
        let e = selected.entry(p).or_default();
        if semver::compare(&v, e).is_gt() {
            *e = v;
        }
    }
    Ok(selected)
}

/// Reads the go.mod of `path@version` (after replacement), checking go.sum.
fn read_summary(input: &Input, path: &str, version: &str) -> Result<Summary, String> {
    let text = match input.replace.target(path, version) {
        Target::Dir(d) => std::fs::read(d.join("go.mod")).map_err(|_| {
            format!(
                "replacement directory {} does not exist or has no go.mod",
                d.display()
            )
        })?,
        Target::Cache { path, version } => {
            read_cached_gomod(input.cache, input.sums, &path, &version)?
        }
    };
    let text = String::from_utf8_lossy(&text);
    let mf = modfile::parse(&text, Path::new("/"))
        .map_err(|errs| format!("parsing go.mod: {}", errs[0].render("go.mod")))?;
    Ok(Summary {
        require: mf
            .require
            .iter()
            .map(|r| (r.path.clone(), r.version.clone()))
            .collect(),
        pruned: pruned_version(&mf.language_version()),
    })
}

/// A module cache go.mod, verified against go.sum before use.
pub fn read_cached_gomod(
    cache: Option<&Path>,
    sums: &GoSum,
    path: &str,
    version: &str,
) -> Result<Vec<u8>, String> {
    let missing = || missing_from_cache(path, version);
    let cache = cache.ok_or_else(missing)?;
    let data = std::fs::read(modcache::mod_file(cache, path, version)).map_err(|_| missing())?;
    let Some(want) = sums.h1(path, &format!("{version}/go.mod")) else {
        return Err(format!(
            "missing go.sum entry for go.mod file; to add it:\n\tgo mod download {path}"
        ));
    };
    let got = super::dirhash::hash_gomod(&data);
    if got != want {
        // The go command prints this report on its own (no `go: ` prefix);
        // the `\u{0}` marker tells callers to drop any prefix.
        return Err(format!(
            "\u{0}{}",
            gosum::mismatch(&format!("{path}@{version}/go.mod"), &got, want)
        ));
    }
    Ok(data)
}

/// Graph pruning applies to modules at go 1.17 or later.
pub fn pruned_version(lang: &str) -> bool {
    let minor: u32 = lang
        .split('.')
        .nth(1)
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    minor >= 17
}

/// The error for a module version that is not in the module cache.
pub fn missing_from_cache(path: &str, version: &str) -> String {
    format!(
        "not in the module cache (gobuild never downloads modules; 'go mod download {path}@{version}' fetches it)"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::modload::dirhash;

    /// A module cache holding only go.mod files, and a go.sum vouching for them.
    struct Fake {
        dir: PathBuf,
        sums: String,
    }

    impl Fake {
        fn new(name: &str) -> Fake {
            let dir =
                std::env::temp_dir().join(format!("gobuild-mvs-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            Fake {
                dir,
                sums: String::new(),
            }
        }

        fn add(&mut self, path: &str, version: &str, go: &str, reqs: &[(&str, &str)]) {
            let mut text = format!("module {path}\n\ngo {go}\n");
            for (p, v) in reqs {
                text.push_str(&format!("require {p} {v}\n"));
            }
            let f = modcache::mod_file(&self.dir, path, version);
            std::fs::create_dir_all(f.parent().unwrap()).unwrap();
            std::fs::write(&f, &text).unwrap();
            self.sums.push_str(&format!(
                "{path} {version}/go.mod {}\n",
                dirhash::hash_gomod(text.as_bytes())
            ));
        }

        fn select(
            &self,
            roots: &[(&str, &str)],
            pruned: bool,
            replace: &Replacements,
            exclude: &[(&str, &str)],
        ) -> Result<Vec<String>, String> {
            let sumfile = self.dir.join("go.sum");
            std::fs::write(&sumfile, &self.sums).unwrap();
            let mut sums = GoSum::default();
            sums.read(&sumfile);
            let pair = |(p, v): &(&str, &str)| (p.to_string(), v.to_string());
            let input = Input {
                roots: roots.iter().map(pair).collect(),
                pruned,
                replace,
                exclude: exclude.iter().map(pair).collect(),
                main_paths: ["m".to_string()].into_iter().collect(),
                cache: Some(&self.dir),
                sums: &sums,
            };
            build_list(&input).map(|l| l.iter().map(|(p, v)| format!("{p}@{v}")).collect())
        }
    }

    impl Drop for Fake {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }

    #[test]
    fn mvs_pruning_exclude_replace() {
        let mut f = Fake::new("a");
        f.add("x", "v1.0.0", "1.21", &[("y", "v1.1.0")]);
        // y v1.1.0's go.mod is absent: pruning must not need it.
        f.add("z", "v1.0.0", "1.16", &[("y", "v1.2.0")]);
        f.add("y", "v1.2.0", "1.16", &[("w", "v0.1.0")]);
        f.add("w", "v0.1.0", "1.16", &[]);
        f.add("m", "v0.5.0", "1.21", &[]);
        let none = Replacements::default();
        // Pruned main: x's requirement is an edge only; z is unpruned, so
        // y v1.2.0 and w are read; a requirement on the main module is ignored.
        assert_eq!(
            f.select(
                &[("x", "v1.0.0"), ("z", "v1.0.0"), ("m", "v0.5.0")],
                true,
                &none,
                &[]
            ),
            Ok(vec![
                "w@v0.1.0".into(),
                "x@v1.0.0".into(),
                "y@v1.2.0".into(),
                "z@v1.0.0".into()
            ])
        );
        // Unpruned main: y v1.1.0 must be read, and is missing.
        let err = f.select(&[("x", "v1.0.0")], false, &none, &[]).unwrap_err();
        assert!(
            err.starts_with("go: x@v1.0.0 requires\n\ty@v1.1.0: not in the module cache"),
            "{err}"
        );
        // exclude drops the requirement on an excluded version.
        assert_eq!(
            f.select(
                &[("x", "v1.0.0"), ("z", "v1.0.0")],
                true,
                &none,
                &[("y", "v1.2.0")]
            ),
            Ok(vec![
                "x@v1.0.0".into(),
                "y@v1.1.0".into(),
                "z@v1.0.0".into()
            ])
        );
        // replace to another version: that version's go.mod is read instead.
        let mut rep = Replacements::default();
        rep.add(&modfile::Replace {
            old_path: "z".into(),
            old_version: None,
            new: ReplaceTarget::Module {
                path: "w".into(),
                version: "v0.1.0".into(),
            },
            line: 1,
        });
        assert_eq!(
            f.select(&[("z", "v1.0.0")], true, &rep, &[]),
            Ok(vec!["z@v1.0.0".into()])
        );
    }
}
