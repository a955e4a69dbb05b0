#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  EXIT,
  UsageError
} from "./cli-chunks/chunk-R2TVEQDS.js";
import "./cli-chunks/chunk-7BITOXNC.js";

// src/cli/run-cli.ts
import { parseArgs } from "node:util";

// src/autofill/source-urls.ts
var SOURCE_URL_VARIABLES = {
  arxiv: { variable: "PAPER_LIST_BOT_ARXIV_URL", defaultUrl: "https://export.arxiv.org" },
  doi: { variable: "PAPER_LIST_BOT_DOI_URL", defaultUrl: "https://doi.org" },
  openreview: {
    variable: "PAPER_LIST_BOT_OPENREVIEW_URL",
    defaultUrl: "https://api2.openreview.net"
  },
  dblp: { variable: "PAPER_LIST_BOT_DBLP_URL", defaultUrl: "https://dblp.org" },
  "semantic-scholar": {
    variable: "PAPER_LIST_BOT_SEMANTIC_SCHOLAR_URL",
    defaultUrl: "https://api.semanticscholar.org"
  },
  huggingface: { variable: "PAPER_LIST_BOT_HUGGINGFACE_URL", defaultUrl: "https://huggingface.co" }
};
function baseUrl(variable, value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${variable} must be an absolute http(s) URL; "${value}" is not a URL.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`${variable} must be an http(s) URL; "${value}" uses ${url.protocol}`);
  }
  if (url.search !== "" || url.hash !== "") {
    throw new Error(`${variable} must be a base URL without "?" or "#"; got "${value}".`);
  }
  return url.href.replace(/\/+$/, "");
}
function readSourceUrls(env) {
  const entries = Object.entries(SOURCE_URL_VARIABLES).map(([source, { variable, defaultUrl }]) => {
    const value = env[variable]?.trim();
    return [source, baseUrl(variable, value ? value : defaultUrl)];
  });
  return Object.fromEntries(entries);
}

// src/cli/run-cli.ts
var USAGE = `Usage: paper-list-bot <command> [options]

Commands:
  init [--force]            learn the list's format from its Markdown files and write
                            .github/paper-list.yml and an issue form tailored to it,
                            printing what it recognised; --force writes over them
  add --issue-body FILE|-   apply one "New paper" form submission to the list, filling
                            the answers left empty from the paper link (config autofill)
                            exit 0 added, 1 invalid, 3 duplicate, 2 usage error
  sort [--check]            re-sort every managed file in place; with --check change
                            nothing and exit 1 when a section is out of order
  check [--fix-form]        lint every entry (title, year, links) and the issue form's
                            Section options, and report; with --fix-form first rewrite
                            those options to name the list's sections

Options:
  --dir DIR                 the list's folder (default: the current folder)
  --config FILE             configuration file (default: DIR/.github/paper-list.yml)
  --offline                 add: never ask the paper link's sources
  -h, --help                show this help
`;
var OPTIONS = {
  "issue-body": { type: "string" },
  dir: { type: "string" },
  config: { type: "string" },
  check: { type: "boolean" },
  offline: { type: "boolean" },
  "fix-form": { type: "boolean" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
var ALLOWED = {
  init: ["dir", "force"],
  add: ["issue-body", "dir", "config", "offline"],
  sort: ["dir", "config", "check"],
  check: ["dir", "config", "fix-form"]
};
async function runCli(args, io) {
  try {
    return await dispatch(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      for (const line of error.message.split("\n")) io.err(`paper-list-bot: ${line}`);
      return EXIT.usage;
    }
    io.err(
      `paper-list-bot: unexpected error: ${error instanceof Error ? error.message : String(error)}`
    );
    return 70;
  }
}
async function dispatch(args, io) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} (see --help)`);
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (values.help || command === "help") {
    io.out(USAGE.trimEnd());
    return EXIT.ok;
  }
  if (command === void 0)
    throw new UsageError("missing command: init, add, sort or check (see --help)");
  const allowed = ALLOWED[command];
  if (!allowed)
    throw new UsageError(`unknown command "${command}": use init, add, sort or check (see --help)`);
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}" (see --help)`);
  const misplaced = Object.keys(values).find((key) => key !== "help" && !allowed.includes(key));
  if (misplaced) throw new UsageError(`${command} does not take --${misplaced} (see --help)`);
  const workspace = { dir: values.dir, config: values.config };
  switch (command) {
    case "add": {
      const issueBody = values["issue-body"];
      if (issueBody === void 0)
        throw new UsageError("add needs --issue-body FILE (or - for standard input)");
      const metadata = values.offline ? void 0 : { urls: sourceUrls(io) };
      const { runAdd } = await import("./cli-chunks/run-add-TKK7UYKI.js");
      return runAdd({ ...workspace, issueBody, metadata }, io);
    }
    case "init": {
      const { runInit } = await import("./cli-chunks/run-init-VQMOSM3I.js");
      return runInit({ dir: values.dir, force: values.force === true }, io);
    }
    case "sort": {
      const { runSort } = await import("./cli-chunks/run-sort-H4UF7EZD.js");
      return runSort({ ...workspace, check: values.check === true }, io);
    }
    default: {
      const { runCheck } = await import("./cli-chunks/run-check-A2U2JPMQ.js");
      return runCheck({ ...workspace, fixForm: values["fix-form"] === true }, io);
    }
  }
}
function sourceUrls(io) {
  try {
    return readSourceUrls(io.env ?? {});
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

// src/cli.ts
var readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
};
var stdoutClosed = false;
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
  stdoutClosed = true;
});
process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (line) => {
    if (!stdoutClosed) process.stdout.write(`${line}
`);
  },
  err: (line) => process.stderr.write(`${line}
`),
  readStdin,
  env: process.env
});
