import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  require_dist
} from "./chunk-MOCXWIXD.js";
import {
  BUILT_IN_FORM,
  DEFAULT_FORM
} from "./chunk-NXT33NVO.js";
import {
  __toESM
} from "./chunk-7BITOXNC.js";

// src/form/read-form-template.ts
var import_yaml = __toESM(require_dist(), 1);
var RENDERED = ["input", "textarea", "dropdown", "checkboxes"];
var ID_PATTERN = /^[a-zA-Z0-9_-]+$/;
var TemplateError = class extends Error {
};
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function readOptions(value, where) {
  if (!Array.isArray(value) || value.length === 0) {
    throw new TemplateError(`${where} is a dropdown without an \`options\` list`);
  }
  return value.map((option, index) => {
    if (typeof option === "string" || typeof option === "number" || typeof option === "boolean") {
      return String(option);
    }
    throw new TemplateError(`option ${index + 1} of ${where} is not a single line of text`);
  });
}
function readBoxes(value, where) {
  if (!Array.isArray(value) || value.length === 0) {
    throw new TemplateError(`${where} is a checkboxes element without an \`options\` list`);
  }
  const boxes = value.map((box, index) => {
    const label = isRecord(box) ? box["label"] : void 0;
    if (typeof label !== "string" || label.trim() === "") {
      throw new TemplateError(`option ${index + 1} of ${where} has no label`);
    }
    return { label: label.trim(), required: isRecord(box) && box["required"] === true };
  });
  return {
    options: boxes.map((box) => box.label),
    required: boxes.filter((box) => box.required).map((box) => box.label)
  };
}
function readId(element, position, where) {
  const id = element["id"];
  if (id === void 0) return `element-${position}`;
  if (typeof id !== "string" || !ID_PATTERN.test(id)) {
    throw new TemplateError(
      `${where} has the id "${String(id)}", which is not made of a-z, 0-9, _ and -`
    );
  }
  return id;
}
function typeDetails(type, attributes, where) {
  if (type === "dropdown") return { options: readOptions(attributes["options"], where) };
  if (type === "checkboxes") {
    const { options, required } = readBoxes(attributes["options"], where);
    return { options, ...required.length > 0 ? { requiredOptions: required } : {} };
  }
  const render = attributes["render"];
  return type === "textarea" && typeof render === "string" && render.trim() !== "" ? { render: render.trim() } : {};
}
function readField(element, position) {
  const where = `field ${position}`;
  if (!isRecord(element)) throw new TemplateError(`${where} is not a mapping`);
  const type = element["type"];
  if (typeof type !== "string") throw new TemplateError(`${where} has no type`);
  if (type === "markdown") return void 0;
  if (!RENDERED.includes(type)) throw new TemplateError(`${where} has an unknown type "${type}"`);
  const id = readId(element, position, where);
  const attributes = element["attributes"];
  const label = isRecord(attributes) ? attributes["label"] : void 0;
  if (!isRecord(attributes) || typeof label !== "string" || label.trim() === "") {
    throw new TemplateError(`${where} ("${id}") has no label`);
  }
  const details = typeDetails(type, attributes, where);
  const validations = element["validations"];
  const required = type === "checkboxes" ? details.requiredOptions !== void 0 : isRecord(validations) && validations["required"] === true;
  return { id, type, label, required, ...details };
}
function readFields(form) {
  if (!isRecord(form)) throw new TemplateError("the issue form is not a YAML mapping");
  const body = form["body"];
  if (!Array.isArray(body)) throw new TemplateError("the issue form has no `body` list");
  const fields = [];
  const positions = /* @__PURE__ */ new Map();
  body.forEach((element, index) => {
    const field = readField(element, index + 1);
    if (field === void 0) return;
    const earlier = positions.get(field.id);
    if (earlier !== void 0) {
      throw new TemplateError(`fields ${earlier} and ${index + 1} share the id "${field.id}"`);
    }
    positions.set(field.id, index + 1);
    fields.push(field);
  });
  if (fields.length === 0) throw new TemplateError("the issue form has no fields to answer");
  return fields;
}
function readFormTemplate(yamlText) {
  try {
    const document = (0, import_yaml.parseDocument)(yamlText);
    const firstError = document.errors[0];
    if (firstError !== void 0) {
      const reason = firstError.message.split("\n")[0] ?? "";
      return { error: `the issue form is not valid YAML (${reason.trim().replace(/:$/, "")})` };
    }
    return { fields: readFields(document.toJS()) };
  } catch (error) {
    if (error instanceof TemplateError) return { error: error.message };
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { error: `the issue form could not be read (${reason})` };
  }
}

// src/form/choose-issue-form.ts
function chooseIssueForm(template) {
  if (template === void 0) return BUILT_IN_FORM;
  const read = readFormTemplate(template.text);
  if ("fields" in read) return { fields: read.fields, path: template.path };
  return {
    fields: DEFAULT_FORM,
    warning: `${template.path}: ${read.error}; reading issues with the built-in form`
  };
}

export {
  chooseIssueForm
};
