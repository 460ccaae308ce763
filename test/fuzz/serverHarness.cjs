// Starts the built language server (KIJUN_SERVER, argv as given: --stdio) with two test-only hooks that need no
// code in the server itself:
// - KIJUN_TEST_FAULT=<marker>: RegExp.prototype.test throws when it is given a text containing the marker, so
//   any analysis of a document containing it fails deep inside the core (a stand-in for a bug);
// - an IPC channel (when forked with one): the message 'heap' is answered with the heap in use after two full
//   garbage collections (node --expose-gc).
'use strict';
const marker = process.env.KIJUN_TEST_FAULT;
if (marker) {
  const test = RegExp.prototype.test;
  RegExp.prototype.test = function (s) {
    if (typeof s === 'string' && s.includes(marker)) throw new Error(`injected fault: the text contains ${marker}`);
    return test.call(this, s);
  };
}
if (process.send) {
  process.on('message', (m) => {
    if (m !== 'heap') return;
    if (typeof global.gc === 'function') {
      global.gc();
      global.gc();
    }
    const u = process.memoryUsage();
    process.send({ heapUsed: u.heapUsed, rss: u.rss, external: u.external });
  });
  // The IPC channel must not keep the server alive after `exit`.
  process.channel?.unref();
}
require(process.env.KIJUN_SERVER);
