import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  unreadItems
} from "./chunk-4PABCGX2.js";
import {
  fieldsRequired,
  fieldsShown,
  listExamples
} from "./chunk-I3LGSYJF.js";
import "./chunk-5BHKW6SU.js";
import {
  syncSectionOptions
} from "./chunk-UFVJ3QEW.js";
import {
  require_dist
} from "./chunk-MOCXWIXD.js";
import {
  countWhole,
  headsOf,
  inferListFormat,
  listFormatOf,
  orderOf,
  parseLoneDate,
  readPaperList,
  writeTextAtomically
} from "./chunk-LMB7NM2C.js";
import {
  EXIT,
  UsageError
} from "./chunk-R2TVEQDS.js";
import {
  DEFAULT_AUTHOR_FORMAT,
  defaultConfig
} from "./chunk-RJPXONFU.js";
import "./chunk-UFR3NOLC.js";
import "./chunk-NXT33NVO.js";
import {
  __toESM
} from "./chunk-7BITOXNC.js";

// src/cli/run-init.ts
import { isUtf8 } from "node:buffer";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// src/infer/plan-init.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/infer/tailor-form.ts
var import_yaml = __toESM(require_dist(), 1);

// src/form/shipped-form.ts
var SHIPPED_FORM_YAML = `name: New paper
description: Propose a paper for the list. A bot checks the answers and opens a pull request with the entry.
title: '[Paper]: '
labels: [new-paper]
body:
  - type: markdown
    attributes:
      value: |
        Thanks for suggesting a paper! The paper's link and its section are enough: a bot reads
        the title, authors and venue from the link for the fields you leave empty, formats the
        entry and opens a pull request that puts it in its section. If something is wrong, the
        bot comments here and you can fix it by editing this issue.

        Please keep the field headings as they are: the bot finds your answers by them.
  - type: input
    id: paper
    attributes:
      label: Paper link
      description: |
        A link to the paper itself (arXiv abs or pdf, DOI, OpenReview, CVF, ACL Anthology, ...),
        starting with \`https://\`. The bot reads the title, authors and venue from it for the
        fields you leave empty.
      placeholder: 'https://arxiv.org/abs/2201.03545'
    validations:
      required: false
  - type: input
    id: title
    attributes:
      label: Title
      description: |
        The paper's title, on one line, as printed on the paper; leave empty to fill from the
        paper link.
      placeholder: 'A ConvNet for the 2020s'
    validations:
      required: false
  - type: textarea
    id: authors
    attributes:
      label: Authors
      description: |
        One author per line, or all on one line separated by commas. Each author is written as
        \`Name\`, \`[Name](url)\`, \`Name <url>\` or \`Name (url)\`; the url is the author's homepage.
        Leave empty to fill from the paper link.
      placeholder: |
        Zhuang Liu
        [Hanzi Mao](https://hanzimao.me)
        Chao-Yuan Wu <https://chaoyuan.org>
        Christoph Feichtenhofer (https://feichtenhofer.github.io)
    validations:
      required: false
  - type: input
    id: venue
    attributes:
      label: Venue and year
      description: |
        As the list writes it: the venue, a four-digit year and optionally the kind of
        presentation (\`CVPR 2023\`, \`ICLR 2024 Oral\`, \`NeurIPS 2022 Spotlight\`), or \`arXiv YYMM\`
        for a preprint (\`arXiv 2301\` is January 2023). Leave empty to fill from the paper link.
      placeholder: 'CVPR 2022'
    validations:
      required: false
  - type: dropdown
    id: section
    attributes:
      label: Section
      description: The section of the list the paper goes in.
      options:
        - Vision Transformers
        - Diffusion Models
        - Efficient Networks
        - Self-Supervised Learning
    validations:
      required: true
  - type: textarea
    id: links
    attributes:
      label: Other links
      description: |
        One link a line, as \`Label: url\` (\`Pytorch-Code: https://github.com/...\`,
        \`Project: https://...\`) or a bare url, whose label is inferred (a GitHub or GitLab
        repository is \`Code\`). Urls start with \`http://\` or \`https://\`.
      placeholder: |
        Pytorch-Code: https://github.com/facebookresearch/ConvNeXt
        https://github.com/facebookresearch/ConvNeXt
    validations:
      required: false
  - type: input
    id: abbreviation
    attributes:
      label: Short name
      description: The short name the list shows for the paper, if it has one.
      placeholder: 'ConvNeXt'
    validations:
      required: false
  - type: dropdown
    id: rating
    attributes:
      label: Rating
      description: How strongly you recommend the paper, from ★ to ★★★. Leave it empty for no rating.
      options:
        - ★
        - ★☆
        - ★★
        - ★★☆
        - ★★★
    validations:
      required: false
  - type: textarea
    id: notes
    attributes:
      label: Notes
      description: Free notes about the paper; several lines are fine.
      placeholder: 'A pure ConvNet modernised step by step towards the design of a vision Transformer.'
    validations:
      required: false
`;

// src/infer/tailor-form.ts
function tailorForm(used, sections, examples = {}, required = /* @__PURE__ */ new Set(), linkLabels = [], badgeLabels = []) {
  const document = (0, import_yaml.parseDocument)(SHIPPED_FORM_YAML);
  const body = document.get("body");
  if (!(0, import_yaml.isSeq)(body)) return void 0;
  body.items = body.items.filter((item) => {
    const id = (0, import_yaml.isMap)(item) ? item.get("id") : void 0;
    return typeof id !== "string" || used.has(id);
  });
  for (const item of body.items) {
    const id = (0, import_yaml.isMap)(item) ? item.get("id") : void 0;
    if (id === "links" && linkLabels.length > 0 && (0, import_yaml.isMap)(item)) {
      const said = String(item.getIn(["attributes", "description"]) ?? "");
      const named = linkLabels.map((l) => `\`${l}: https://...\``).join(", ");
      item.setIn(
        ["attributes", "description"],
        `${said.trim()} This list gives links labelled so a column of their own: ${named}.`
      );
    }
    if (id === "links" && badgeLabels.length > 0 && (0, import_yaml.isMap)(item)) {
      const said = String(item.getIn(["attributes", "description"]) ?? "");
      const named = badgeLabels.map((l) => `\`${l}\``).join(", ");
      item.setIn(
        ["attributes", "description"],
        `${said.trim()} This list shows each link as the badge of its label (${named}): label your links so, as a link of another label has no badge to show.`
      );
    }
    if (typeof id === "string" && required.has(id) && (0, import_yaml.isMap)(item)) {
      item.setIn(["validations", "required"], true);
    }
    const example = typeof id === "string" ? examples[id] : void 0;
    if (example === void 0 || !(0, import_yaml.isMap)(item)) continue;
    item.setIn(["attributes", "placeholder"], example);
    if (id === "notes" && parseLoneDate(example)) {
      const said = String(item.getIn(["attributes", "description"]) ?? "");
      item.setIn(
        ["attributes", "description"],
        `${said.trim()} This list notes a date here, such as ${example}.`
      );
    }
  }
  const synced = syncSectionOptions(
    document.toString(),
    sections,
    (option) => sections.includes(option) ? option : void 0
  );
  return synced.ok ? synced.edit.text : void 0;
}

// src/infer/plan-init.ts
function planInit(files, options) {
  const first = read(files, options);
  const kept = files.filter((f) => recognisedIn(first, f.path) > 0);
  if (kept.length === 0) return void 0;
  const chosen = kept.length === files.length ? first : read(kept, options);
  const { inferred, format, list } = chosen;
  const used = fieldsShown(list, format);
  return {
    files: kept.map((f) => f.path),
    config: configText(kept, inferred),
    form: tailorForm(
      used,
      list.sections.map((s) => s.name),
      listExamples(list, format),
      fieldsRequired(list, format),
      Object.values(inferred.columns ?? {}).flatMap(
        (cell) => [...cell.matchAll(/\{links:([^{}]+)\}/g)].map((m) => m[1])
      ),
      Object.keys(inferred.links.images ?? {})
    ),
    sections: list.sections.map((s) => ({
      name: s.name,
      path: s.file.path,
      entries: s.block.entries.length,
      order: orderOf(format, s.name)
    })),
    recognised: kept.reduce((n, f) => n + recognisedIn(chosen, f.path), 0),
    readWhole: readWhole(chosen),
    template: format.template.source,
    preprints: format.preprints,
    unread: unread(list, format)
  };
}
function read(files, options) {
  const inferred = inferListFormat(files, options);
  const format = formatOf(files, inferred, options);
  return { inferred, format, list: readPaperList(files, format) };
}
function formatOf(files, inferred, options) {
  return listFormatOf({
    ...inferred,
    lineBreak: options.lineBreak,
    excludeSections: options.excludeSections,
    ...inferred.columns ? { heads: headsOf(files) } : {}
  });
}
function readWhole({ list, format }) {
  const texts = list.sections.flatMap(
    ({ file, block }) => block.entries.map((entry) => file.text.slice(entry.start, entry.end))
  );
  return countWhole(format, texts);
}
function recognisedIn({ list, format }, path2) {
  let count2 = 0;
  for (const section of list.sections) {
    if (section.file.path !== path2) continue;
    for (const entry of section.block.entries) {
      const text = section.file.text.slice(entry.start, entry.end);
      if (format.reader.title(text) !== void 0) count2 += 1;
    }
  }
  return count2;
}
function unread(list, format) {
  return list.files.flatMap((file) => {
    const offered = new Set(list.sections.filter((s) => s.file === file).map((s) => s.block));
    const untitled = [...offered].flatMap(
      (section) => section.entries.filter((e) => format.reader.title(file.text.slice(e.start, e.end)) === void 0).map((e) => ({
        path: file.path,
        line: e.line,
        message: "the entry's title cannot be read"
      }))
    );
    return [...unreadItems(file, offered, format.excludeSections), ...untitled].sort(
      (a, b) => a.line - b.line
    );
  });
}
function configText(files, inferred) {
  const config = {
    files: files.map((f) => f.path),
    template: inferred.template,
    ...inferred.columns ? { columns: inferred.columns } : {},
    ...inferred.links.item !== " [[{label}]({url})]" || inferred.links.separator !== "" ? { "link-format": inferred.links.item, "link-separator": inferred.links.separator } : {},
    ...inferred.links.images ? { "link-images": inferred.links.images } : {},
    ...inferred.authors.separator !== DEFAULT_AUTHOR_FORMAT.separator ? { "author-separator": inferred.authors.separator } : {},
    ...inferred.authors.last !== DEFAULT_AUTHOR_FORMAT.last ? { "last-author-separator": inferred.authors.last } : {},
    ...inferred.dateHeadings ? { "date-headings": true } : {},
    order: inferred.order,
    ...Object.keys(inferred.sectionOrders).length > 0 ? { "section-order": inferred.sectionOrders } : {},
    ...inferred.byMonth ? { "order-by-month": true } : {},
    ...inferred.preprints !== "mixed" ? { preprints: inferred.preprints } : {},
    ...inferred.relativeLinks ? { "relative-links": true } : {},
    ...inferred.venuesWithoutYear ? { "venues-without-year": true } : {},
    ...inferred.venuesShowYear ? {} : { "venues-show-year": false },
    ...inferred.plainVenues.length > 0 ? { "plain-venues": [...inferred.plainVenues] } : {},
    ...inferred.stopAfterTitleMark ? { "stop-after-title-mark": true } : {},
    ...inferred.datesFromArxiv ? { "dates-from-arxiv": true } : {},
    ...inferred.groupBullets ? { "group-bullets": true } : {}
  };
  const header = [
    "# How paper-list-bot reads and writes this list, learnt from the list by `paper-list-bot init`.",
    "# Correct anything it got wrong; the README explains each key."
  ].join("\n");
  return `${header}
${(0, import_yaml2.stringify)(config, { lineWidth: 0 })}`;
}

// src/messages/review-text.ts
function count(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

// src/cli/run-init.ts
var CONFIG_PATH = ".github/paper-list.yml";
var FORM_PATH = ".github/ISSUE_TEMPLATE/new-paper.yml";
var NOT_LISTS = /^(?:changelog|contributing|code_of_conduct|license|security|support|history)\.md$/i;
function runInit(options, io) {
  const dir = path.resolve(io.cwd, options.dir ?? ".");
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`--dir ${dir} is not a folder`);
  const files = listFiles(dir);
  if (files.length === 0) throw new UsageError(`no Markdown file in ${dir}`);
  const config = defaultConfig();
  const plan = planInit(files, {
    excludeSections: config["exclude-sections"],
    lineBreak: config["line-break"]
  });
  if (!plan) {
    io.out(
      `No entries recognised in ${files.map((f) => f.path).join(", ")}: write "template" in ${CONFIG_PATH} by hand (see the README).`
    );
    return EXIT.invalid;
  }
  report(plan, io);
  const written = [
    write(dir, CONFIG_PATH, plan.config, options.force === true, io),
    plan.form === void 0 ? false : write(dir, FORM_PATH, plan.form, options.force === true, io)
  ];
  return written.every(Boolean) ? EXIT.ok : EXIT.invalid;
}
function listFiles(dir) {
  return readdirSync(dir).filter((name) => name.toLowerCase().endsWith(".md") && !NOT_LISTS.test(name)).filter((name) => statSync(path.join(dir, name)).isFile()).sort().flatMap((name) => {
    const bytes = readFileSync(path.join(dir, name));
    return isUtf8(bytes) ? [{ path: name, text: bytes.toString("utf8") }] : [];
  });
}
var PREPRINTS_SAID = {
  last: "after every published paper of their section",
  "last-of-their-date": "after the published papers of their date"
};
function report(plan, io) {
  for (const section of plan.sections) {
    io.out(
      `${section.path}: ${section.name}: ${count(section.entries, "entry", "entries")}, ${section.order}`
    );
  }
  for (const item of plan.unread) io.out(`${item.path}:${item.line}: ${item.message}`);
  const unread2 = plan.unread.length;
  io.out(
    `recognised ${count(plan.recognised, "entry", "entries")} (${plan.readWhole} read whole) in ${count(plan.sections.length, "section", "sections")} of ${plan.files.join(", ")}${unread2 > 0 ? `; ${unread2} item(s) not read` : ""}`
  );
  const [first, ...rest] = plan.template.split("\n");
  io.out(`entry format: ${first}`);
  for (const line of rest) io.out(`              ${line}`);
  if (plan.preprints !== "mixed") io.out(`preprints: ${PREPRINTS_SAID[plan.preprints]}`);
  const entries = plan.sections.reduce((n, s) => n + s.entries, 0);
  if (plan.readWhole * 2 < entries) {
    io.out(
      `warning: the entry format learnt reads only ${plan.readWhole} of ${entries} entries whole, and new entries are written in it: check "template" (and "columns") in ${CONFIG_PATH} before using the bot`
    );
  }
}
function write(dir, file, text, force, io) {
  const full = path.join(dir, file);
  if (existsSync(full) && !force) {
    io.err(`${file} exists: kept as it is (pass --force to write over it)`);
    return false;
  }
  mkdirSync(path.dirname(full), { recursive: true });
  writeTextAtomically(dir, file, text);
  io.out(`wrote ${file}`);
  return true;
}
export {
  runInit
};
