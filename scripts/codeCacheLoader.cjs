// out/server/serve.cjs: runs the browser-mode bundle (serveApp.cjs, beside it) with V8's code cache.
// Compiling the bundle is a third of a cold start; the cache (serveApp.cjs.v8cache, written when the
// first run exits) lets V8 skip it. A folder we cannot write to only means compiling each time.
const path = require('node:path');
const { runWithCodeCache } = require('./runWithCodeCache.cjs');

runWithCodeCache(path.join(__dirname, 'serveApp.cjs'), 'at-exit');
