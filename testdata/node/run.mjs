// Runs a WASI preview 1 command module in Node's node:wasi, the second
// engine the modules gobuild writes must run on unchanged.
//
// usage: node --no-warnings testdata/node/run.mjs MODULE.wasm [args...]
//
// Like `gobuild run`: argv[0] is the module's name, the environment is
// passed through, the current directory is preopened as ".", and the
// program's exit code becomes the process's.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import process from 'node:process';
import { WASI } from 'node:wasi';

const [path, ...args] = process.argv.slice(2);
if (!path) {
  process.stderr.write('usage: node run.mjs MODULE.wasm [args...]\n');
  process.exit(2);
}
const wasi = new WASI({
  version: 'preview1',
  args: [basename(path), ...args],
  env: process.env,
  preopens: { '.': '.' },
  returnOnExit: true,
});
const module = await WebAssembly.compile(await readFile(path));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);
