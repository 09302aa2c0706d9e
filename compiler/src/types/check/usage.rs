//! Checks made after bodies: unused variables, unused imports, missing function bodies.

use super::*;

impl<'a> Checker<'a> {
    /// Reports unused variables declared in `scope` and its children, sorted by position.
    pub(super) fn usage(&mut self, scope: ScopeId) {
        let mut unused: Vec<(Pos, String)> = Vec::new();
        // Scopes of this body were created after its function scope.
        for (i, s) in self.info.scopes.iter().enumerate().skip(scope.0 as usize) {
            let sid = ScopeId(i as u32);
            if sid != scope && !self.scope_within(sid, scope) {
                continue;
            }
            // Nested function scopes report their own.
            if sid != scope && self.func_scope_of(sid) != scope {
                continue;
            }
            for o in s.names.values() {
                let ob = self.info.obj(*o);
                if let ObjKind::Var {
                    param: false,
                    field: false,
                } = ob.kind
                {
                    if !ob.parent_is_package && ob.name != "_" && !self.used.contains(o) {
                        unused.push((ob.pos, ob.name.clone()));
                    }
                }
            }
        }
        unused.sort();
        for (p, n) in unused {
            self.error(p, format!("declared and not used: {n}"));
        }
    }

    pub(super) fn func_scope_of(&self, s: ScopeId) -> ScopeId {
        let mut c = s;
        loop {
            let sc = self.info.scope(c);
            if sc.is_func {
                return c;
            }
            match sc.parent {
                Some(p) => c = p,
                None => return c,
            }
        }
    }

    /// gc (noder) rejects bodiless functions unless they are `//go:wasmimport` or
    /// `//go:linkname` declarations; only checked when the package type-checks. The
    /// runtime's bodiless functions are intrinsics or linker-defined.
    ///
    /// gc also accepts them when the package has assembly files (go build
    /// omits `-complete`). The compiler does not see the file list, so a
    /// standard-library path (no dot in its first element, not a command)
    /// is taken as "may have assembly": GOROOT's math, internal/bytealg,
    /// ... declare such functions for GOARCH=wasm, and gobuild provides
    /// them as intrinsics or by linkname from the runtime; a missing one is
    /// an undefined symbol at link time.
    pub(super) fn missing_bodies(&mut self) {
        let path = &self.info.package(self.pkg).path;
        let first = path.split('/').next().unwrap_or("");
        let std_like = !first.contains('.') && path != "command-line-arguments" && path != "main";
        if !self.errors.is_empty() || path == "runtime" || std_like {
            return;
        }
        let files = self.files;
        for f in files {
            for d in &f.decls {
                if let ast::Decl::Func(fd) = d {
                    let allowed = fd.pragmas.iter().any(|p| {
                        p.text.starts_with("go:wasmimport") || p.text.starts_with("go:linkname")
                    });
                    if fd.body.is_none() && !allowed && fd.name.name != "_" {
                        self.error(fd.name.pos, "missing function body");
                    }
                }
            }
        }
    }

    /// `//go:linkname local target` gives the package-level function or
    /// variable `local` the link name `target` (anywhere in the package, as
    /// gc). A bodiless function then refers to `target` (a "pull", e.g.
    /// internal/bytealg's `abigen_runtime_cmpstring` → `runtime.cmpstring`);
    /// a function with a body is defined under `target` (a "push", as our
    /// runtime provides `internal/bytealg.IndexByte`). The name travels in
    /// export data, so importers call the right symbol. The one-argument form
    /// only marks a symbol as referable and changes nothing here.
    pub(super) fn apply_linknames(&mut self) {
        let files = self.files;
        for f in files {
            for p in &f.pragmas {
                let mut words = p.text.split_whitespace();
                if !matches!(words.next(), Some("go:linkname" | "go:linknamestd")) {
                    continue;
                }
                let (Some(local), Some(target), None) = (words.next(), words.next(), words.next())
                else {
                    continue;
                };
                let Some(&o) = self.info.scope(self.pkg_scope).names.get(local) else {
                    continue;
                };
                if matches!(self.info.obj(o).kind, ObjKind::Func | ObjKind::Var { .. }) {
                    self.info.obj_mut(o).link_name = Some(target.to_string());
                }
            }
        }
    }

    pub(super) fn unused_imports(&mut self) {
        let imps = std::mem::take(&mut self.import_objs);
        for (o, path, named, pos) in imps {
            if self.used_imports.contains(&o) {
                continue;
            }
            let name = self.info.obj(o).name.clone();
            let last = path.rsplit('/').next().unwrap_or(&path).to_string();
            let msg = if named || last != name {
                format!(
                    "{} imported as {name} and not used",
                    crate::constant::quote(path.as_bytes())
                )
            } else {
                format!(
                    "{} imported and not used",
                    crate::constant::quote(path.as_bytes())
                )
            };
            self.error(pos, msg);
        }
    }
}
