#!/usr/bin/env python3
"""Prints the corpus part of a module's import/export signatures, one per
line, sorted, in the format of sigs.expected (the Rust twin is
`signature_listing` in driver/tests/wasmabi.rs; both must agree):

    import MODULE NAME (func (param T...) (result T...))
    export NAME (func (param T...) (result T...))

Imports: only modules named on the command line after the file (default
"host"): gc's own wasi_snapshot_preview1 imports are not part of the corpus.
Exports: every function export except the entry points `_start` and
`_initialize`; `memory` is not a function.

usage: python3 sigs_list.py MODULE.wasm [IMPORT_MODULE...]
"""
import sys

import wasmtime


def functype(ft):
    out = '(func'
    if ft.params:
        out += ' (param ' + ' '.join(str(p) for p in ft.params) + ')'
    if ft.results:
        out += ' (result ' + ' '.join(str(r) for r in ft.results) + ')'
    return out + ')'


def listing(path, modules):
    module = wasmtime.Module.from_file(wasmtime.Engine(), path)
    lines = set()
    for imp in module.imports:
        if imp.module in modules and isinstance(imp.type, wasmtime.FuncType):
            lines.add('import %s %s %s' % (imp.module, imp.name, functype(imp.type)))
    for exp in module.exports:
        if exp.name in ('_start', '_initialize') or not isinstance(exp.type, wasmtime.FuncType):
            continue
        lines.add('export %s %s' % (exp.name, functype(exp.type)))
    return sorted(lines)


if __name__ == '__main__':
    for line in listing(sys.argv[1], set(sys.argv[2:]) or {'host'}):
        print(line)
