// out/server/serve.cjs: runs the browser-mode bundle (serveApp.cjs, beside it) with V8's code cache.
// Compiling the 2.8 MB bundle is a third of a cold start; the cache (serveApp.cjs.v8cache, written
// when the first run exits) lets V8 skip it. V8 itself rejects a cache made for other source or flags,
// and a folder we cannot write to only means compiling each time.
const { isAscii } = require('node:buffer');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { Script } = require('node:vm');

const file = path.join(__dirname, 'serveApp.cjs');
const cacheFile = `${file}.v8cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const bytes = readFileSync(file);
// The build writes the bundle in ASCII only (asciiBundle.mjs): read so, it is a one-byte string with no UTF-8 to decode.
const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
const script = new Script(Module.wrap(source), { filename: file, cachedData });
const appModule = new Module(file, module);
appModule.filename = file;
appModule.paths = Module._nodeModulePaths(__dirname);
script.runInThisContext()(appModule.exports, Module.createRequire(file), appModule, file, __dirname);
if (cachedData === undefined || script.cachedDataRejected) {
  // On the way out, so the cache also holds the functions this run compiled.
  process.once('exit', () => {
    try {
      const temporary = `${cacheFile}.${process.pid}`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    } catch {
      // Not writable: the next start compiles again.
    }
  });
}
