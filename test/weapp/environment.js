/**
 * jsdom (the DOM miniprogram-simulate renders into) with the node process's fetch, streams and
 * setImmediate: the simulator's wx.request reaches the real service over HTTP with them, and
 * playwright (screenshots of the rendered pages) runs beside it.
 */
const { TestEnvironment } = require('jest-environment-jsdom');

module.exports = class WeappEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, { fetch, Headers, Request, Response, AbortController, TextEncoder, TextDecoder, ReadableStream, WritableStream, TransformStream, setImmediate, clearImmediate });
  }
};
