#!/usr/bin/env python3
"""Regenerates testdata/modgraph with REAL Go (offline).

Writes a file-based module proxy (in a temp dir) from the module versions
defined below, lets real Go resolve each scenario through it
(GOPROXY=file://..., GOSUMDB=off) so go.mod/go.sum/vendor are Go's own, then
commits the module cache Go filled (extracted `M@V/` dirs and
`cache/download/M/@v/V.mod`, nothing else) as testdata/modgraph/gomodcache,
and each scenario's output from real Go's wasip1 build run on wasmtime as
SCENARIO/expected.out, and `go list -m all` as SCENARIO/golist.out. The failure cases' texts of real Go are quoted in
driver/tests/modgraph.rs.

usage: . ~/.local/gobuild-anchors/bin/activate && python3 testdata/modgraph/gen.py
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def enc(path):
    return "".join("!" + c.lower() if c.isupper() else c for c in path)


def gomod(path, go, reqs=()):
    s = f"module {path}\n\ngo {go}\n"
    if reqs:
        s += "\nrequire (\n" + "".join(f"\t{p} {v}\n" for p, v in reqs) + ")\n"
    return s


def pkg(name, version, imports=()):
    """A package with a Version const and a Describe func naming its deps."""
    imp = "".join(f'\t"{i}"\n' for i in imports)
    body = "".join(f' + " " + {i.rsplit("/", 1)[-1].lower()}.Describe()' for i in imports)
    head = f"package {name}\n\n" + (f"import (\n{imp})\n\n" if imports else "")
    return head + (
        f'const Version = "{version}"\n\n'
        f'func Describe() string {{ return "{name}@" + Version{body} }}\n'
    )


# (module path, version) -> (go version, requirements, {file: text})
MODULES = {}


def add(path, version, go, reqs=(), imports=(), name=None, extra=None):
    name = name or path.rsplit("/", 1)[-1].lower()
    files = {"go.mod": gomod(path, go, reqs), f"{name}.go": pkg(name, version, imports)}
    files.update(extra or {})
    MODULES[(path, version)] = files


C = "example.com/c"
for v in ["v1.0.0", "v1.1.0", "v1.2.0", "v1.3.0"]:
    add(C, v, "1.16")
add("example.com/a", "v1.0.0", "1.16", [(C, "v1.0.0")], [C])
add("example.com/a", "v1.1.0", "1.16", [(C, "v1.1.0")], [C])
add("example.com/a", "v1.2.0", "1.21", [(C, "v1.1.0")], [C])
add("example.com/b", "v1.0.0", "1.16", [(C, "v1.2.0")], [C])
# A module whose go.mod needs a newer c than the main module asks for.
add("example.com/d", "v1.0.0", "1.21", [(C, "v1.3.0")], [C])
add("example.com/Upper", "v1.0.0", "1.21", name="upper",
    extra={"sub/sub.go": pkg("sub", "Upper/sub v1.0.0")})
add("example.com/r", "v1.0.0", "1.21")
add("example.com/rfork", "v1.5.0", "1.21", name="r")  # declares module example.com/rfork
MODULES[("example.com/rfork", "v1.5.0")]["r.go"] = pkg("r", "rfork v1.5.0")

MAIN = """package main

import (
{imports})

func main() {{
{prints}}}
"""


def main_go(imports):
    return MAIN.format(
        imports="".join(f'\t"{i}"\n' for i in imports),
        prints="".join(f'\tprintln({i.rsplit("/", 1)[-1].lower()}.Describe())\n' for i in imports),
    )


# Scenario dirs: {relative file: text}. go.sum / vendor come from real Go.
SCENARIOS = {
    # go 1.16: unpruned graph; c is not listed, MVS picks b's v1.2.0 over a's v1.1.0.
    "diamond": {
        "go.mod": gomod("example.com/diamond", "1.16",
                        [("example.com/a", "v1.1.0"), ("example.com/b", "v1.0.0")]),
        "main.go": main_go(["example.com/a", "example.com/b"]),
    },
    # go 1.21: pruned graph; d needs c v1.3.0 so c v1.3.0 wins over a's v1.1.0.
    "pruned": {
        "go.mod": gomod("example.com/pruned", "1.21",
                        [("example.com/a", "v1.2.0"), ("example.com/d", "v1.0.0"),
                         (C, "v1.3.0")]),
        "main.go": main_go(["example.com/a", "example.com/d", C]),
    },
    # replace to a version, to a directory; a case-encoded module path; exclude; toolchain.
    "replace": {
        "go.mod": gomod("example.com/replace", "1.21",
                        [("example.com/Upper", "v1.0.0"), ("example.com/r", "v1.0.0"),
                         ("example.com/local", "v0.0.0"), (C, "v1.0.0")])
        + "\ntoolchain go1.27.3\n\nexclude example.com/c v1.3.0\n\n"
        "replace example.com/r v1.0.0 => example.com/rfork v1.5.0\n\n"
        "replace example.com/local => ../localmod\n\n"
        "replace example.com/c => example.com/c v1.2.0\n",
        "main.go": main_go(["example.com/Upper", "example.com/Upper/sub", "example.com/r",
                            "example.com/local", C]),
    },
    "localmod": {
        "go.mod": gomod("example.com/local", "1.21"),
        "local.go": pkg("local", "local (directory)"),
    },
    # go.work: two workspace modules; app imports lib without requiring it.
    "work": {
        "go.work": "go 1.21\n\nuse (\n\t./app\n\t./lib\n)\n\nreplace example.com/c => example.com/c v1.0.0\n",
        "app/go.mod": gomod("example.com/app", "1.21",
                            [(C, "v1.2.0")]),
        "app/main.go": main_go(["example.com/lib", C]),
        "lib/go.mod": gomod("example.com/lib", "1.21"),
        "lib/lib.go": pkg("lib", "lib (workspace)"),
    },
    # vendor/: made by go mod vendor.
    "vendored": {
        "go.mod": gomod("example.com/vendored", "1.21",
                        [("example.com/a", "v1.2.0"), ("example.com/b", "v1.0.0"),
                         (C, "v1.2.0")]),
        "main.go": main_go(["example.com/a", "example.com/b"]),
    },
}


def run(cmd, cwd, env, check=True):
    p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    if check and p.returncode != 0:
        sys.exit(f"{' '.join(cmd)} in {cwd}: {p.returncode}\n{p.stdout}{p.stderr}")
    return p


def write_tree(root, files):
    for rel, text in files.items():
        p = os.path.join(root, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(text)


def main():
    tmp = tempfile.mkdtemp()
    proxy = os.path.join(tmp, "proxy")
    cache = os.path.join(tmp, "gomodcache")
    for (path, v), files in MODULES.items():
        d = os.path.join(proxy, enc(path), "@v")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "list"), "a") as f:
            f.write(v + "\n")
        with open(os.path.join(d, v + ".info"), "w") as f:
            f.write('{"Version":"%s","Time":"2024-01-01T00:00:00Z"}\n' % v)
        with open(os.path.join(d, v + ".mod"), "w") as f:
            f.write(files["go.mod"])
        with zipfile.ZipFile(os.path.join(d, v + ".zip"), "w") as z:
            for rel in sorted(files):
                z.writestr(f"{path}@{v}/{rel}", files[rel])
    env = dict(os.environ, GOPROXY="file://" + proxy, GOSUMDB="off", GOMODCACHE=cache,
               GOFLAGS="-modcacherw", GOTOOLCHAIN="local", GONOSUMDB="", GOPRIVATE="",
               GOWORK="off", CGO_ENABLED="0")
    out = os.path.join(HERE)
    for name in SCENARIOS:
        shutil.rmtree(os.path.join(out, name), ignore_errors=True)
    for name, files in SCENARIOS.items():
        write_tree(os.path.join(out, name), files)
    for name in SCENARIOS:
        d = os.path.join(out, name)
        if name in ("localmod",):
            continue
        if name == "work":
            e = dict(env, GOWORK="")
            run(["go", "mod", "download", "example.com/c@v1.0.0", "example.com/c@v1.2.0"], os.path.join(d, "app"), e)
            run(["go", "work", "sync"], d, e, check=False)
            run(["go", "mod", "download", "example.com/c@v1.0.0"], d, e)
            build_dir, e_build = os.path.join(d, "app"), e
        else:
            run(["go", "mod", "tidy"], d, env)
            build_dir, e_build = d, env
        if name == "vendored":
            run(["go", "mod", "vendor"], d, env)
        if name != "vendored":
            # The build list as real Go sees it (needs every go.mod: use the proxy).
            p = run(["go", "list", "-m", "all"], build_dir, e_build)
            with open(os.path.join(d, "golist.out"), "w") as f:
                f.write(p.stdout)
        wasm = os.path.join(tmp, name + ".wasm")
        e = dict(e_build, GOOS="wasip1", GOARCH="wasm", GOPROXY="off")
        run(["go", "build", "-o", wasm, "."], build_dir, e)
        p = run([sys.executable, os.path.join(HERE, "..", "wasirun.py"), wasm], build_dir, e)
        with open(os.path.join(d, "expected.out"), "w") as f:
            f.write(p.stdout + p.stderr)
    # The committed cache: extracted dirs and cache/download/.../@v/V.mod only.
    dst = os.path.join(out, "gomodcache")
    shutil.rmtree(dst, ignore_errors=True)
    for root, dirs, files in os.walk(cache):
        rel = os.path.relpath(root, cache)
        if rel.startswith(os.path.join("cache", "download", "sumdb")):
            continue
        for fn in files:
            if rel.startswith("cache"):
                if not fn.endswith(".mod"):
                    continue
            p = os.path.join(dst, rel, fn)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            shutil.copyfile(os.path.join(root, fn), p)
    print("proxy kept in", tmp)


if __name__ == "__main__":
    main()
