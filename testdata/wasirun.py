#!/usr/bin/env python3
"""Run a WASI preview 1 command module on wasmtime, the way `gobuild run` does.

usage: wasirun.py MODULE.wasm [args...]

The module gets its args (argv[0] = module name), the environment, the
process's stdin/stdout/stderr and the current directory preopened as ".".
The exit status is the program's proc_exit code (0 if _start returns).
Used only to regenerate golden files from real Go's wasip1 output.
"""
import os
import sys

import wasmtime


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: wasirun.py MODULE.wasm [args...]", file=sys.stderr)
        return 2
    path = sys.argv[1]
    engine = wasmtime.Engine()
    module = wasmtime.Module.from_file(engine, path)
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    store = wasmtime.Store(engine)
    wasi = wasmtime.WasiConfig()
    wasi.argv = [os.path.basename(path)] + sys.argv[2:]
    wasi.inherit_env()
    wasi.inherit_stdin()
    wasi.inherit_stdout()
    wasi.inherit_stderr()
    wasi.preopen_dir(".", ".")
    store.set_wasi(wasi)
    instance = linker.instantiate(store, module)
    start = instance.exports(store)["_start"]
    try:
        start(store)
    except wasmtime.ExitTrap as trap:
        return trap.code
    return 0


if __name__ == "__main__":
    sys.exit(main())
