// jsdom lacks what recharts' ResponsiveContainer and Apollo expect from a browser.
global.ResizeObserver = class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
const { TextEncoder, TextDecoder } = require('node:util');
Object.assign(global, { TextEncoder, TextDecoder });
