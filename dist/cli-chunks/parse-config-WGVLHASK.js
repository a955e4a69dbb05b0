import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-MOCXWIXD.js";
import {
  CONFIG_KEYS,
  configSchema,
  defaultConfig
} from "./chunk-TPBZX3IK.js";
import "./chunk-AGFX25W6.js";
import "./chunk-NXT33NVO.js";
import {
  __toESM
} from "./chunk-7BITOXNC.js";

// src/config/parse-config.ts
var import_yaml = __toESM(require_dist(), 1);
function parseConfig(text, path = ".github/paper-list.yml") {
  let data;
  try {
    data = (0, import_yaml.parse)(text, { prettyErrors: true });
  } catch (error) {
    const where = error instanceof import_yaml.YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : "";
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, errors: [`${path} is not valid YAML${where}: ${message}`] };
  }
  if (data === null || data === void 0) return { ok: true, config: defaultConfig() };
  if (typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      errors: [`${path} must be a mapping of keys to values (keys: ${CONFIG_KEYS.join(", ")})`]
    };
  }
  const result = configSchema.safeParse(data);
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => describeIssue(issue, path)) };
}
function describeIssue(issue, path) {
  const key = issue.path.map(String).join(".");
  switch (issue.code) {
    case "unrecognized_keys":
      return `${path}: unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")}; known keys are ${CONFIG_KEYS.join(", ")}`;
    case "invalid_value":
      return `${path}: "${key}" must be one of ${issue.values.map(String).join(", ")}`;
    case "invalid_type":
      return `${path}: "${key}" must be ${article(issue.expected)}`;
    case "too_small":
      return `${path}: "${key}" must not be empty`;
    default:
      return `${path}: "${key}" ${issue.message}`;
  }
}
function article(expected) {
  if (expected === "array") return "a list";
  if (expected === "object" || expected === "record") return "a mapping";
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
export {
  parseConfig
};
