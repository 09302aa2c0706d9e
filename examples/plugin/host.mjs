// Node host for the text-transform plugin (node:wasi, no npm packages).
//
// usage: node host.mjs plugin.wasm
//
// Prints the same lines as host.py and the Rust host in
// driver/tests/plugin_hosts.rs (expected.txt).
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';

const wasi = new WASI({ version: 'preview1', args: [], env: {}, returnOnExit: true });
const module = await WebAssembly.compile(await readFile(process.argv[2]));
const encoder = new TextEncoder();
const decoder = new TextDecoder();

let exports;
// The memory's buffer is replaced when the plugin grows memory: always
// take a fresh view.
const bytes = () => new Uint8Array(exports.memory.buffer);
const readString = (ptr, len) => decoder.decode(bytes().slice(ptr >>> 0, (ptr >>> 0) + len));

const instance = await WebAssembly.instantiate(module, {
  wasi_snapshot_preview1: wasi.wasiImport,
  host: {
    log: (ptr, len) => console.log(`[plugin] ${readString(ptr, len)}`),
  },
});
exports = instance.exports;
wasi.initialize(instance); // calls _initialize

// Copies s into plugin memory; returns [ptr, len] (free with exports.free).
function put(s) {
  const data = encoder.encode(s);
  const ptr = exports.alloc(data.length);
  bytes().set(data, ptr >>> 0);
  return [ptr, data.length];
}

function configure(spec) {
  const [ptr, len] = put(spec);
  const ok = exports.configure(ptr, len);
  exports.free(ptr);
  console.log(`configure(${JSON.stringify(spec)}) = ${ok !== 0}`);
}

function transform(text) {
  const [ptr, len] = put(text);
  const packed = exports.transform(ptr, len); // BigInt: ptr<<32 | len
  exports.free(ptr);
  const out = readString(Number(packed >> 32n), Number(packed & 0xffffffffn));
  console.log(`transform(${JSON.stringify(text)}) = ${JSON.stringify(out)}`);
}

configure('trim,squeeze,title');
transform('  hello   wasm   world  ');
configure('upper,rot13,reverse');
transform('Go plugins!');
configure('upper,frobnicate');
transform('héllo, wörld');
configure('');
transform('');
console.log(`calls = ${exports.calls()}`);
