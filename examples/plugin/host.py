#!/usr/bin/env python3
"""Python host for the text-transform plugin (the `wasmtime` package).

usage: python3 host.py plugin.wasm

Prints the same lines as host.mjs and the Rust host in
driver/tests/plugin_hosts.rs (expected.txt).
"""
import json
import sys

import wasmtime


def main(path):
    engine = wasmtime.Engine()
    store = wasmtime.Store(engine)
    store.set_wasi(wasmtime.WasiConfig())
    linker = wasmtime.Linker(engine)
    linker.define_wasi()

    def log(caller, ptr, length):
        memory = caller.get('memory')
        start = ptr & 0xffffffff
        text = bytes(memory.read(caller, start, start + length)).decode()
        print('[plugin] ' + text)

    i32 = wasmtime.ValType.i32()
    linker.define_func('host', 'log', wasmtime.FuncType([i32, i32], []), log,
                       access_caller=True)
    instance = linker.instantiate(store, wasmtime.Module.from_file(engine, path))
    ex = instance.exports(store)
    memory = ex['memory']
    ex['_initialize'](store)

    def put(s):
        data = s.encode()
        ptr = ex['alloc'](store, len(data))
        memory.write(store, data, ptr & 0xffffffff)
        return ptr, len(data)

    def configure(spec):
        ptr, length = put(spec)
        ok = ex['configure'](store, ptr, length)
        ex['free'](store, ptr)
        print('configure(%s) = %s' % (json.dumps(spec), 'true' if ok else 'false'))

    def transform(text):
        ptr, length = put(text)
        packed = ex['transform'](store, ptr, length) & 0xffffffffffffffff
        ex['free'](store, ptr)
        start, n = packed >> 32, packed & 0xffffffff
        out = bytes(memory.read(store, start, start + n)).decode()
        print('transform(%s) = %s' % (json.dumps(text, ensure_ascii=False),
                                      json.dumps(out, ensure_ascii=False)))

    configure('trim,squeeze,title')
    transform('  hello   wasm   world  ')
    configure('upper,rot13,reverse')
    transform('Go plugins!')
    configure('upper,frobnicate')
    transform('héllo, wörld')
    configure('')
    transform('')
    print('calls = %d' % ex['calls'](store))


if __name__ == '__main__':
    main(sys.argv[1])
