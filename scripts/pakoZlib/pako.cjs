// pako, as jszip uses it (lib/flate.js: `new pako.Inflate({ raw, level })`, push(chunk, false) … push([], true),
// onData), done by the runtime's zlib. The import bundle runs in Node only; this keeps pako's 46 KB of JavaScript
// out of the .vsix (its budget is 1 MB). The whole stream is inflated at the end: jszip hands it over in one go.
'use strict';
const zlib = require('node:zlib');

class Flate {
  constructor(options, inflate) {
    this.raw = !!options?.raw;
    this.level =
      options?.level === undefined || options.level === -1 ? zlib.constants.Z_DEFAULT_COMPRESSION : options.level;
    this.inflate = inflate;
    this.chunks = [];
    this.onData = () => {};
  }

  push(data, final) {
    if (data?.length) this.chunks.push(Buffer.from(data));
    if (!final) return true;
    const input = Buffer.concat(this.chunks);
    this.chunks = [];
    const output = this.inflate
      ? this.raw
        ? zlib.inflateRawSync(input)
        : zlib.inflateSync(input)
      : this.raw
        ? zlib.deflateRawSync(input, { level: this.level })
        : zlib.deflateSync(input, { level: this.level });
    this.onData(new Uint8Array(output.buffer, output.byteOffset, output.length));
    return true;
  }
}

exports.Inflate = class Inflate extends Flate {
  constructor(options) {
    super(options, true);
  }
};
exports.Deflate = class Deflate extends Flate {
  constructor(options) {
    super(options, false);
  }
};
