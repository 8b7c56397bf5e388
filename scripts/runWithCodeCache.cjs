// Runs a CommonJS bundle as its own module with V8's code cache kept beside it (FILE.v8cache): V8
// skips compiling what the cache holds. V8 rejects a cache made for other flags, but it checks the
// source only by its length, so the cache starts with the bundle's SHA-256: a new bundle of the same
// length (an update) must never run the old one's code.
// Used by the browser-mode loader (out/server/serve.cjs) and by the fault suite's child processes.
const { Buffer, isAscii } = require('node:buffer');
const { createHash } = require('node:crypto');
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
  const bytes = readFileSync(file);
  const digest = createHash('sha256').update(bytes).digest();
  let cachedData;
  try {
    const kept = readFileSync(cacheFile);
    cachedData = kept.subarray(0, digest.length).equals(digest) ? kept.subarray(digest.length) : undefined;
  } catch {
    cachedData = undefined;
  }
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
      writeFileSync(temporary, Buffer.concat([digest, script.createCachedData()]));
      renameSync(temporary, cacheFile);
    } catch {
      // Not writable: the next start compiles again.
    }
  };
  if (writeCache === 'at-exit') process.once('exit', write);
  else write();
}

module.exports = { runWithCodeCache };
