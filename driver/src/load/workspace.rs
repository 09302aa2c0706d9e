//! go.work workspaces: every `use` directory is a main module; go.work's
//! `replace` directives override the modules' own; go.sum files of all
//! modules plus go.work.sum are consulted.

use super::modules::{self, Module, Modules};
use crate::error::{Error, Result};
use crate::modfile;
use crate::modload::graph::Replacements;
use crate::modload::ModConfig;
use crate::paths;
use std::collections::BTreeSet;
use std::path::Path;

pub fn load(cwd: &Path, cfg: &ModConfig, work: &Path) -> Result<Modules> {
    let shown = paths::short(cwd, work);
    let text = std::fs::read_to_string(work)
        .map_err(|e| Error::new(format!("go: error reading {shown}: {e}")))?;
    let wdir = work.parent().unwrap_or(Path::new("/"));
    let wf = modfile::parse(&text, wdir).map_err(|errs| {
        let mut lines = vec![format!("go: errors parsing {shown}:")];
        lines.extend(errs.iter().map(|e| e.render(&shown)));
        Error::many(lines)
    })?;
    let mut members = Vec::new();
    let mut replace = Replacements::default();
    let mut roots = Vec::new();
    let mut exclude = BTreeSet::new();
    let mut mods = Modules::default();
    for u in &wf.uses {
        let dir = paths::clean(u);
        let gomod = dir.join("go.mod");
        if !gomod.is_file() {
            return Err(Error::new(format!(
                "go: cannot load module {} listed in go.work file: open {}: no such file or directory",
                paths::short(cwd, &dir),
                gomod.display()
            )));
        }
        let mf = modules::read_modfile(&gomod, cwd)?;
        modules::check_replacement_dirs(cwd, &mf.replace)?;
        for r in &mf.replace {
            replace.add(r);
        }
        roots.extend(
            mf.require
                .iter()
                .map(|r| (r.path.clone(), r.version.clone())),
        );
        exclude.extend(mf.exclude.iter().cloned());
        mods.sums.read(&dir.join("go.sum"));
        members.push((
            Module::local(mf.module.clone(), dir, mf.language_version()),
            gomod,
        ));
    }
    modules::check_replacement_dirs(cwd, &wf.replace)?;
    for r in &wf.replace {
        replace.add(r);
    }
    mods.sums.read(&wdir.join("go.work.sum"));
    // The main module is the workspace module holding the current directory.
    let here = members
        .iter()
        .enumerate()
        .filter(|(_, (m, _))| cwd.starts_with(&m.dir))
        .max_by_key(|(_, (m, _))| m.dir.as_os_str().len())
        .map(|(i, _)| i)
        .unwrap_or(0);
    mods.workspace_members = members.iter().map(|(m, _)| m.path.clone()).collect();
    let main_paths: BTreeSet<String> = members.iter().map(|(m, _)| m.path.clone()).collect();
    for (i, (m, gomod)) in members.into_iter().enumerate() {
        if i == here {
            mods.main = Some(m);
            mods.gomod = Some(gomod);
        } else {
            mods.replaced.push(m);
        }
    }
    modules::select(
        cwd, cfg, &mut mods, roots, true, &replace, exclude, main_paths,
    )?;
    Ok(mods)
}
