import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

// src/form/field-problem.ts
function fieldProblem(field, label, message) {
  return { field, label, message };
}

// src/form/code-fence.ts
var OPENING = /^ {0,3}(`{3,}|~{3,})(.*)$/;
var CLOSING = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
function openingFence(line) {
  const match = OPENING.exec(line);
  const marker = match?.[1];
  if (match === null || marker === void 0) return void 0;
  const info = (match[2] ?? "").trim();
  const char = marker.startsWith("`") ? "`" : "~";
  if (char === "`" && info.includes("`")) return void 0;
  return { char, length: marker.length, info };
}
function closesFence(line, fence) {
  const marker = CLOSING.exec(line)?.[1];
  return marker !== void 0 && marker.startsWith(fence.char) && marker.length >= fence.length;
}
function findFenceClose(lines, from, fence) {
  for (let index = from; index < lines.length; index += 1) {
    if (closesFence(lines[index] ?? "", fence)) return index;
  }
  return -1;
}

// src/form/find-field-headings.ts
var HEADING = /^ {0,3}###[ \t]+(.*)$/;
function headingText(line) {
  const text = HEADING.exec(line)?.[1]?.trim();
  return text === void 0 || text === "" ? void 0 : text;
}
function foldLabel(label) {
  return label.trim().normalize("NFC").toLowerCase().replace(/\s+/g, " ");
}
function singleLineAnswerAt(lines, headingAt) {
  let index = headingAt + 1;
  while (index < lines.length && (lines[index] ?? "").trim() === "") index += 1;
  return index;
}
function findHeading(lines, from, noFenceAt, matches, claimed) {
  const candidates = [];
  const isMatch = (line, index) => {
    const text = headingText(line);
    return text !== void 0 && !claimed.has(index) && matches(text);
  };
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    const fence = index === noFenceAt ? void 0 : openingFence(line);
    const close = fence === void 0 ? -1 : findFenceClose(lines, index + 1, fence);
    if (close !== -1) {
      for (let inner = index + 1; inner < close; inner += 1) {
        if (isMatch(lines[inner] ?? "", inner)) candidates.push({ at: inner, fenceEnd: close });
      }
      index = close;
      continue;
    }
    if (isMatch(line, index)) candidates.push({ at: index });
  }
  let first;
  let lastCounted;
  for (let k = candidates.length - 1; k >= 0; k -= 1) {
    const { at, fenceEnd } = candidates[k];
    const quoted = fenceEnd !== void 0 && lastCounted !== void 0 && lastCounted > fenceEnd;
    if (quoted) continue;
    first = at;
    lastCounted = Math.max(lastCounted ?? at, at);
  }
  return first;
}
function findFieldHeading(lines, field, from, noFenceAt, claimed) {
  const label = field.label.trim();
  if (label === "") return void 0;
  const folded = foldLabel(label);
  return findHeading(lines, from, noFenceAt, (text) => text === label, claimed) ?? findHeading(lines, from, noFenceAt, (text) => foldLabel(text) === folded, claimed);
}
function findInOrder(lines, fields) {
  const found = [];
  const claimed = /* @__PURE__ */ new Set();
  let from = 0;
  let noFenceAt = -1;
  for (const field of fields) {
    const at = findFieldHeading(lines, field, from, noFenceAt, claimed);
    found.push(at);
    if (at === void 0) continue;
    claimed.add(at);
    from = at + 1;
    noFenceAt = field.type === "textarea" ? -1 : singleLineAnswerAt(lines, at);
  }
  return { found, claimed };
}
function bodyOrder(lines, fields) {
  const first = fields.map((field) => {
    const folded = foldLabel(field.label);
    const at = lines.findIndex((line) => {
      const text = headingText(line);
      return text !== void 0 && foldLabel(text) === folded;
    });
    return at === -1 ? Number.POSITIVE_INFINITY : at;
  });
  return fields.map((_field, index) => index).sort((a, b) => first[a] - first[b] || a - b);
}
function findInBestOrder(lines, fields) {
  const inTemplateOrder = findInOrder(lines, fields);
  const order = bodyOrder(lines, fields);
  if (order.every((fieldIndex, position) => fieldIndex === position)) return inTemplateOrder;
  const inBodyOrder = findInOrder(
    lines,
    order.map((fieldIndex) => fields[fieldIndex])
  );
  const count = (found2) => found2.filter((at) => at !== void 0).length;
  if (count(inBodyOrder.found) <= count(inTemplateOrder.found)) return inTemplateOrder;
  const found = new Array(fields.length);
  order.forEach((fieldIndex, position) => found[fieldIndex] = inBodyOrder.found[position]);
  return { found, claimed: inBodyOrder.claimed };
}
function findFieldHeadings(lines, fields) {
  const { found, claimed } = findInBestOrder(lines, fields);
  fields.forEach((field, index) => {
    if (found[index] !== void 0) return;
    const at = findFieldHeading(lines, field, 0, -1, claimed);
    if (at === void 0) return;
    found[index] = at;
    claimed.add(at);
  });
  return found;
}

// src/form/read-answer.ts
var NO_RESPONSE = "_No response_";
var DROPDOWN_NONE = "None";
var CHECKBOX = /^ {0,3}[-*+][ \t]+\[([ xX])\][ \t]+(.*)$/;
function trimLines(lines) {
  const trimmed = lines.map((line) => line.trimEnd());
  let start = 0;
  let end = trimmed.length;
  while (start < end && trimmed[start] === "") start += 1;
  while (end > start && trimmed[end - 1] === "") end -= 1;
  return trimmed.slice(start, end);
}
function commentRunsToEnd(lines, from) {
  const opened = (lines[from] ?? "").indexOf("<!--");
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    const close = line.indexOf("-->", index === from ? opened + 4 : 0);
    if (close !== -1) return index === lines.length - 1 && line.slice(close + 3).trim() === "";
  }
  return true;
}
function trailingCommentStart(lines) {
  for (let index = 1; index < lines.length; index += 1) {
    const starts = (lines[index - 1] ?? "").trim() === "" && /^\s*<!--/.test(lines[index] ?? "");
    if (starts && commentRunsToEnd(lines, index)) return index;
  }
  return void 0;
}
function dropTrailingComments(lines) {
  let kept = [...lines];
  for (let at = trailingCommentStart(kept); at !== void 0; at = trailingCommentStart(kept)) {
    kept = trimLines(kept.slice(0, at));
  }
  return kept;
}
function firstParagraph(lines) {
  const blank = lines.findIndex((line) => line.trim() === "");
  return blank === -1 ? [...lines] : lines.slice(0, blank);
}
function unwrapRendered(lines) {
  const fence = lines.length >= 2 ? openingFence(lines[0] ?? "") : void 0;
  if (fence === void 0) return [...lines];
  const close = findFenceClose(lines, 1, fence);
  if (close === -1) return [...lines];
  return trimLines(lines.slice(1, close));
}
function tickedBoxes(lines) {
  return lines.flatMap((line) => {
    const match = CHECKBOX.exec(line);
    return match && match[1] !== " " ? [(match[2] ?? "").trim()] : [];
  });
}
function readAnswer(field, raw) {
  const trimmed = trimLines(raw);
  if (trimmed.length === 0 || firstParagraph(trimmed).join("\n") === NO_RESPONSE) return void 0;
  const lines = dropTrailingComments(trimmed);
  let answer;
  if (field.type === "checkboxes") answer = tickedBoxes(lines);
  else if (field.type === "textarea" && field.render !== void 0) answer = unwrapRendered(lines);
  else answer = lines;
  const text = answer.join("\n");
  if (text === "" || field.type === "dropdown" && text === DROPDOWN_NONE) return void 0;
  return text;
}

// src/form/parse-issue-body.ts
function notFromForm() {
  return fieldProblem(
    "form",
    "Issue form",
    'This issue was not filed with the "New paper" form: none of its fields were found. Open a new issue with the form and fill in its fields there.'
  );
}
var foldBox = (label) => label.trim().replace(/\s+/g, " ");
function requiredProblems(field, parsed) {
  const label = field.label.trim();
  if (!parsed.present.has(field.id)) {
    return [
      fieldProblem(
        field.id,
        field.label,
        `"${label}" is required, but its "### ${label}" heading is missing from the issue: edit the issue to put the heading back with your answer below it.`
      )
    ];
  }
  if (field.type === "checkboxes") {
    const ticked = new Set((parsed.answers.get(field.id) ?? "").split("\n").map(foldBox));
    return (field.requiredOptions ?? []).filter((box) => !ticked.has(foldBox(box))).map(
      (box) => fieldProblem(
        field.id,
        field.label,
        `"${label}": the box "${box}" must be ticked; edit the issue and tick it.`
      )
    );
  }
  if (parsed.answers.has(field.id)) return [];
  return [
    fieldProblem(field.id, field.label, `"${label}" is required: fill it in by editing the issue.`)
  ];
}
function parseIssueBody(body, fields) {
  const lines = body.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const headings = findFieldHeadings(lines, fields);
  const starts = headings.filter((at) => at !== void 0).sort((a, b) => a - b);
  const answers = /* @__PURE__ */ new Map();
  const present = /* @__PURE__ */ new Set();
  fields.forEach((field, index) => {
    const at = headings[index];
    if (at === void 0) return;
    present.add(field.id);
    const next = starts.find((start) => start > at) ?? lines.length;
    const answer = readAnswer(field, lines.slice(at + 1, next));
    if (answer !== void 0) answers.set(field.id, answer);
  });
  if (present.size === 0) return { answers, present, problems: [notFromForm()] };
  const parsed = { answers, present, problems: [] };
  const problems = fields.filter((f) => f.required).flatMap((f) => requiredProblems(f, parsed));
  return { answers, present, problems };
}

// src/form/read-issue.ts
var CONTRACT_FIELDS = ["title", "authors", "venue", "section", "paper"];
function submissionFields(fields) {
  return fields.filter((field) => field.required || CONTRACT_FIELDS.includes(field.id));
}
function readIssue(body, form) {
  const parsed = parseIssueBody(body, form.fields);
  const needed = submissionFields(form.fields);
  const isSubmission = needed.length > 0 ? needed.every((field) => parsed.present.has(field.id)) : parsed.present.size > 0;
  return { parsed, isSubmission };
}

export {
  fieldProblem,
  parseIssueBody,
  readIssue
};
