import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/cli/cli-io.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var EXIT = {
  ok: 0,
  invalid: 1,
  outOfOrder: 1,
  usage: 2,
  duplicate: 3
};

export {
  UsageError,
  EXIT
};
