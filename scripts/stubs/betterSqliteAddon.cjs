// Stands for the `bindings` package in the browser-mode bundle, which holds better-sqlite3's JavaScript
// (so it is compiled once, into the code cache, instead of read and compiled from node_modules at every
// start) but not its native addon: `bindings` finds the addon from its caller's file, which the bundle
// no longer has, so the addon is loaded from the installed package here.
const path = require('node:path');

module.exports = (name) => require(path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', name));
