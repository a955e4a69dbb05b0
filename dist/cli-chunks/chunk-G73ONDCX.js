import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/paper/check-url.ts
var MAX_URL_LENGTH = 2e3;
function checkUrl(url, options = {}) {
  if (url.length > MAX_URL_LENGTH) return `is longer than ${MAX_URL_LENGTH} characters`;
  if (/[\s\p{Cc}]/u.test(url)) return "must not contain spaces or control characters";
  if (options.relative && isRelativeLink(url)) return void 0;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return "is not a complete link: write it with https://";
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    return `must start with https:// or http:// (not ${parsed.protocol})`;
  }
  if (parsed.hostname === "") return "has no host name";
  if (parsed.username !== "" || parsed.password !== "")
    return "must not contain a user name or password";
  return void 0;
}
function isRelativeLink(url) {
  return /^(?:\.\/)?[\w%-][\w.%~-]*(?:\/[\w.%~-]+)*(?:#[\w.%~-]+)?$/.test(url) && !url.split("/").includes("..") && url.includes("/");
}

export {
  checkUrl,
  isRelativeLink
};
