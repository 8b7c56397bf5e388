// Runs a CommonJS bundle as its own module with V8's code cache kept beside it (FILE.v8cache): V8
// skips compiling what the cache holds, and itself rejects a cache made for other source or flags.
// Used by the browser-mode loader (out/server/serve.cjs) and by the fault suite's child processes.
const { isAscii } = require('node:buffer');
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { Script } = require('node:vm');

/**
 * @param {string} file the bundle to run
 * @param {'at-exit' | 'once-loaded'} writeCache when to write a missing or rejected cache: at exit, so it
 *   also holds the functions the run compiled, or as soon as the bundle has loaded (for a process that is killed)
 */
function runWithCodeCache(file, writeCache) {
  const cacheFile = `${file}.v8cache`;
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const bytes = readFileSync(file);
  // The build writes the server bundle in ASCII only (asciiBundle.mjs): read so, it is a one-byte string with no UTF-8 to decode.
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new Script(Module.wrap(source), { filename: file, cachedData });
  const bundle = new Module(file, module);
  bundle.filename = file;
  bundle.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext()(bundle.exports, Module.createRequire(file), bundle, file, path.dirname(file));
  if (cachedData !== undefined && !script.cachedDataRejected) return;
  const write = () => {
    try {
      const temporary = `${cacheFile}.${process.pid}`;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    } catch {
      // Not writable: the next start compiles again.
    }
  };
  if (writeCache === 'at-exit') process.once('exit', write);
  else write();
}

module.exports = { runWithCodeCache };
