#!/usr/bin/env node
import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all2) => {
  for (var name in all2)
    __defProp(target, name, { get: all2[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === ALIAS;
    var isDocument = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === DOC;
    var isMap3 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === MAP;
    var isPair = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === PAIR;
    var isScalar2 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SCALAR;
    var isSeq3 = (node2) => !!node2 && typeof node2 === "object" && node2[NODE_TYPE] === SEQ;
    function isCollection(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node2) {
      if (node2 && typeof node2 === "object")
        switch (node2[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node2) => (isScalar2(node2) || isCollection(node2)) && !!node2.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP2 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node2)) {
        const cd = visit_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        visit_(null, node2, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP2;
    visit.REMOVE = REMOVE;
    function visit_(key, node2, visitor, path6) {
      const ctrl = callVisitor(key, node2, visitor, path6);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path6, ctrl);
        return visit_(key, ctrl, visitor, path6);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node2)) {
          path6 = Object.freeze(path6.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = visit_(i, node2.items[i], visitor, path6);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node2)) {
          path6 = Object.freeze(path6.concat(node2));
          const ck = visit_("key", node2.key, visitor, path6);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = visit_("value", node2.value, visitor, path6);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node2, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node2)) {
        const cd = await visitAsync_(null, node2.contents, visitor_, Object.freeze([node2]));
        if (cd === REMOVE)
          node2.contents = null;
      } else
        await visitAsync_(null, node2, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP2;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node2, visitor, path6) {
      const ctrl = await callVisitor(key, node2, visitor, path6);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path6, ctrl);
        return visitAsync_(key, ctrl, visitor, path6);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node2)) {
          path6 = Object.freeze(path6.concat(node2));
          for (let i = 0; i < node2.items.length; ++i) {
            const ci = await visitAsync_(i, node2.items[i], visitor, path6);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node2.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node2)) {
          path6 = Object.freeze(path6.concat(node2));
          const ck = await visitAsync_("key", node2.key, visitor, path6);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node2.key = null;
          const cv = await visitAsync_("value", node2.value, visitor, path6);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node2.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node2, visitor, path6) {
      if (typeof visitor === "function")
        return visitor(key, node2, path6);
      if (identity.isMap(node2))
        return visitor.Map?.(key, node2, path6);
      if (identity.isSeq(node2))
        return visitor.Seq?.(key, node2, path6);
      if (identity.isPair(node2))
        return visitor.Pair?.(key, node2, path6);
      if (identity.isScalar(node2))
        return visitor.Scalar?.(key, node2, path6);
      if (identity.isAlias(node2))
        return visitor.Alias?.(key, node2, path6);
      return void 0;
    }
    function replaceNode(key, path6, node2) {
      const parent = path6[path6.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node2;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node2;
        else
          parent.value = node2;
      } else if (identity.isDocument(parent)) {
        parent.contents = node2;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node2) => {
            if (identity.isNode(node2) && node2.tag)
              tags[node2.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor2) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor2)) {
        const sa = JSON.stringify(anchor2);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node2) {
          if (node2.anchor)
            anchors.add(node2.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor2 = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor2);
          return anchor2;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count5, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count5);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node2) => {
              if (identity.isAlias(node2) || identity.hasAnchor(node2))
                nodes.push(node2);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found2 = void 0;
        for (const node2 of nodes) {
          if (node2 === this)
            break;
          if (node2.anchor === this.source)
            found2 = node2;
        }
        if (found2 && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found2);
          if (!data) {
            toJS.toJS(found2, null, ctx);
            data = anchors2.get(found2);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found2, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found2;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node2, anchors2) {
      if (identity.isAlias(node2)) {
        const source = node2.resolve(doc);
        const anchor2 = anchors2 && source && anchors2.get(source);
        return anchor2 ? anchor2.count * anchor2.aliasCount : 0;
      } else if (identity.isCollection(node2)) {
        let count5 = 0;
        for (const item of node2.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count5)
            count5 = c;
        }
        return count5;
      } else if (identity.isPair(node2)) {
        const kc = getAliasCount(doc, node2.key, anchors2);
        const vc = getAliasCount(doc, node2.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node3 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node3;
          return node3;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node2 = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node2.tag = tagName;
      else if (!tagObj.default)
        node2.tag = tagObj.tag;
      if (ref)
        ref.node = node2;
      return node2;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path6, value) {
      let v = value;
      for (let i = path6.length - 1; i >= 0; --i) {
        const k = path6[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path6) => path6 == null || typeof path6 === "object" && !!path6[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path6, value) {
        if (isEmptyPath(path6))
          this.add(value);
        else {
          const [key, ...rest] = path6;
          const node2 = this.get(key, true);
          if (identity.isCollection(node2))
            node2.addIn(rest, value);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path6) {
        const [key, ...rest] = path6;
        if (rest.length === 0)
          return this.delete(key);
        const node2 = this.get(key, true);
        if (identity.isCollection(node2))
          return node2.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path6, keepScalar) {
        const [key, ...rest] = path6;
        const node2 = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node2) ? node2.value : node2;
        else
          return identity.isCollection(node2) ? node2.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node2) => {
          if (!identity.isPair(node2))
            return false;
          const n = node2.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path6) {
        const [key, ...rest] = path6;
        if (rest.length === 0)
          return this.has(key);
        const node2 = this.get(key, true);
        return identity.isCollection(node2) ? node2.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path6, value) {
        const [key, ...rest] = path6;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node2 = this.get(key, true);
          if (identity.isCollection(node2))
            node2.setIn(rest, value);
          else if (node2 === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent2) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent2 ? comment.replace(/^(?! *$)/gm, indent2) : comment;
    }
    var lineComment = (str, indent2, comment) => str.endsWith("\n") ? indentComment(comment, indent2) : comment.includes("\n") ? "\n" + indentComment(comment, indent2) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text4, indent2, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text4;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent2.length);
      if (text4.length <= endStep)
        return text4;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent2.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text4, i, indent2.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text4[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text4[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text4, i, indent2.length);
          end = i + indent2.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text4[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text4[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text4;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text4;
      if (onFold)
        onFold();
      let res = text4.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text4.length;
        if (fold === 0)
          res = `
${indent2}${text4.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text4[fold]}\\`;
          res += `
${indent2}${text4.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text4, i, indent2) {
      let end = i;
      let start = i + 1;
      let ch = text4[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent2) {
          ch = text4[++i];
        } else {
          do {
            ch = text4[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text4[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent2 = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str += json2.slice(start, i);
                const code2 = json2.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent2;
                if (json2[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json2.slice(start) : json2;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent2, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent2 = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent2}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote: blockQuote2, commentString, lineWidth } = ctx.options;
      if (!blockQuote2 || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent2 = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote2 === "literal" ? true : blockQuote2 === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent2.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent2}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent2}`);
      }
      const indentSize = indent2 ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent2}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote2 !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent2, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent2}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent2}`);
      return `|${header}
${indent2}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent: indent2, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent2 === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent2 === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent2}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node2, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor2 = (identity.isScalar(node2) || identity.isCollection(node2)) && node2.anchor;
      if (anchor2 && anchors.anchorIsValid(anchor2)) {
        anchors$1.add(anchor2);
        props.push(`&${anchor2}`);
      }
      const tag = node2.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node2 = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node2));
      const props = stringifyProps(node2, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node2, ctx, onComment, onChompKeep) : identity.isScalar(node2) ? stringifyString.stringifyString(node2, ctx, onComment, onChompKeep) : node2.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node2) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent: indent2, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent2 + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent2}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow3 = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow3) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node2 of ctx.anchors.keys())
          strCtx.anchors.add(node2.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow3 = ctx.inFlow ?? collection.flow;
      const stringify3 = flow3 ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent: indent2, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent2}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent2);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent: indent2, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent2}${line}` : "\n";
          return `${str}
${indent2}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent: indent2, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent2);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add2(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add2(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node2 = it?.value;
        return (!keepScalar && identity.isScalar(node2) ? node2.value : node2) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string5 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string5;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node2) {
        const num = Number(node2.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node2 = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node2.minFractionDigits = str.length - dot - 1;
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node2, radix, prefix) {
      const { value } = node2;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node2);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null4 = require_null();
    var seq = require_seq();
    var string5 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string5.string,
      _null4.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node2) {
        const num = Number(node2.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node2);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node2 = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node2.minFractionDigits = f.length;
        }
        return node2;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node2, radix, prefix) {
      const { value } = node2;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node2);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node2) => intStringify(node2, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node2) => intStringify(node2, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node2) => intStringify(node2, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node2) {
      let { value } = node2;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node2);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date2 = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date2 -= 6e4 * d;
        }
        return new Date(date2);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null4 = require_null();
    var seq = require_seq();
    var string5 = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string5.string,
      _null4.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null4 = require_null();
    var seq = require_seq();
    var string5 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string5.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null4.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string5 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string5.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path6, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path6, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node2, name) {
        if (!node2.anchor) {
          const prev = anchors.anchorNames(this);
          node2.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node2.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow: flow3, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node2 = createNode.createNode(value, tag, ctx);
        if (flow3 && identity.isCollection(node2))
          node2.flow = true;
        setAnchors();
        return node2;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path6) {
        if (Collection.isEmptyPath(path6)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path6) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path6, keepScalar) {
        if (Collection.isEmptyPath(path6))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path6, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path6) {
        if (Collection.isEmptyPath(path6))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path6) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path6, value) {
        if (Collection.isEmptyPath(path6)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path6), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path6, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count5, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count5);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError2 = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count5 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count5 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count5);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError2;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens2, { flow: flow3, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor2 = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found2 = null;
      let start = null;
      for (const token of tokens2) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow3 && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found2 || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor2 || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor2)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor2 = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor2 || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found2)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow3 ?? "collection"}`);
            found2 = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow3) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow3}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens2[tokens2.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found: found2,
        spaceBefore,
        comment,
        hasNewline,
        anchor: anchor2,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent2, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent2 && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search2) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search2));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node2 = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node2.range[2];
        seq.items.push(node2);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor: anchor2, newlineAfterProp: nl } = props;
        const lastProp = anchor2 && tagToken ? anchor2.offset > tagToken.offset ? anchor2 : tagToken : anchor2 ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node2 = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node2.range = coll.range;
      node2.tag = tagName;
      if (tag?.format)
        node2.format = tag.format;
      return node2;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content3 = lines[i][1];
        if (content3 === "" || content3 === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent2, content3] = lines[i];
        if (content3 === "" || content3 === "\r") {
          if (header.indent === 0 && indent2.length > trimIndent)
            trimIndent = indent2.length;
        } else {
          if (indent2.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent2.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent2.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent2.length + content3.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent2, content3] = lines[i];
        offset += indent2.length + content3.length + 1;
        const crlf = content3[content3.length - 1] === "\r";
        if (crlf)
          content3 = content3.slice(0, -1);
        if (content3 && indent2.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content3.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent2 = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent2.slice(trimIndent) + content3;
          sep = "\n";
        } else if (indent2.length > trimIndent || content3[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent2.slice(trimIndent) + content3;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content3 === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content3;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent2 = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent2 && n)
            indent2 = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent: indent2, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first2 = split[0];
      const m = first2.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first2.slice(m[1].length)] : ["", first2];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "",
      // Unicode next line
      _: " ",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok3 = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok3 ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor: anchor2, tag } = props;
      let node2;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node2 = composeAlias(ctx, token, onError);
          if (anchor2 || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node2 = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor2)
            node2.anchor = anchor2.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node2 = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor2)
              node2.anchor = anchor2.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node2 ?? (node2 = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor2 && node2.anchor === "")
        onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node2) || typeof node2.value !== "string" || node2.tag && node2.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node2.comment = comment;
        else
          node2.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node2.srcToken = token;
      return node2;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor: anchor2, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node2 = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor2) {
        node2.anchor = anchor2.source.substring(1);
        if (node2.anchor === "")
          onError(anchor2, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node2.spaceBefore = true;
      if (comment) {
        node2.comment = comment;
        node2.range[2] = end;
      }
      return node2;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens2, forceDoc = false, endOffset = -1) {
        for (const token of tokens2)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent: indent2, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent: indent2, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent: indent2, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
          return { type: "block-scalar", offset, indent: indent2, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent: indent2, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent: indent2, source, end };
        default:
          return { type: "scalar", offset, indent: indent2, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent2 = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent2 === "number")
        indent2 += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent2 === null,
        indent: indent2 !== null && indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent2 = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent: indent2, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent: indent2, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent2 = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent: indent2, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP2 = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP2;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path6) => {
      let item = cst;
      for (const [field2, index2] of path6) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index2];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path6) => {
      const parent = visit.itemAtPath(cst, path6.slice(0, -1));
      const field2 = path6[path6.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path6, item, visitor) {
      let ctrl = visitor(item, path6);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path6.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path6);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path6) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent2 = 0;
          while (ch === " ")
            ch = this.buffer[++indent2 + offset];
          if (ch === "\r") {
            const next = this.buffer[indent2 + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent2 + 1;
          }
          return ch === "\n" || indent2 >= this.indentNext || !ch && !this.atEnd ? offset + indent2 : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent2 = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent2 = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent2 !== -1 && indent2 < this.indentNext && line[0] !== "#" || indent2 === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent2 === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent2 = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent2 += 1;
              break;
            case "\n":
              nl = i2;
              indent2 = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent2 >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent2;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent2 > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list3, type) {
      for (let i = 0; i < list3.length; ++i)
        if (list3[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list3) {
      for (let i = 0; i < list3.length; ++i) {
        switch (list3[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top2 = this.peek(1);
        if (this.type === "doc-end" && top2?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top2)
          return yield* this.stream();
        switch (top2.type) {
          case "document":
            return yield* this.document(top2);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top2);
          case "block-scalar":
            return yield* this.blockScalar(top2);
          case "block-map":
            return yield* this.blockMap(top2);
          case "block-seq":
            return yield* this.blockSequence(top2);
          case "flow-collection":
            return yield* this.flowCollection(top2);
          case "doc-end":
            return yield* this.documentEnd(top2);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top2 = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top2 ? top2.indent : 0;
          } else if (token.type === "flow-collection" && top2.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top2.type) {
            case "document":
              top2.value = token;
              break;
            case "block-scalar":
              top2.props.push(token);
              break;
            case "block-map": {
              const it = top2.items[top2.items.length - 1];
              if (it.value) {
                top2.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top2.items[top2.items.length - 1];
              if (it.value)
                top2.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top2.items[top2.items.length - 1];
              if (!it || it.value)
                top2.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top2.type === "document" || top2.type === "block-map" || top2.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top2.type === "document")
                top2.end = last.start;
              else
                top2.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top2;
          do {
            yield* this.pop();
            top2 = this.peek(1);
          } while (top2?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent2) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent2)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument4(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse4(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument4(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent2 = Math.round(options);
        options = indent2 < 1 ? void 0 : indent2 > 8 ? { indent: 8 } : { indent: indent2 };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse4;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument4;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/@rgrove/parse-xml/dist/lib/StringScanner.js
var require_StringScanner = __commonJS({
  "node_modules/@rgrove/parse-xml/dist/lib/StringScanner.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.StringScanner = void 0;
    var emptyString = "";
    var surrogatePair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
    var StringScanner = class {
      constructor(string5) {
        this.charCount = this.charLength(string5, true);
        this.charIndex = 0;
        this.length = string5.length;
        this.multiByteMode = this.charCount !== this.length;
        this.string = string5;
        if (this.multiByteMode) {
          let charsToBytes = [];
          for (let byteIndex = 0, charIndex = 0; charIndex < this.charCount; ++charIndex) {
            charsToBytes[charIndex] = byteIndex;
            byteIndex += string5.codePointAt(byteIndex) > 65535 ? 2 : 1;
          }
          this.charsToBytes = charsToBytes;
        }
      }
      /**
       * Whether the current character index is at the end of the input string.
       */
      get isEnd() {
        return this.charIndex >= this.charCount;
      }
      // -- Protected Methods ------------------------------------------------------
      /**
       * Returns the number of characters in the given string, which may differ from
       * the byte length if the string contains multibyte characters.
       */
      charLength(string5, multiByteSafe = this.multiByteMode) {
        return multiByteSafe ? string5.replace(surrogatePair, "_").length : string5.length;
      }
      // -- Public Methods ---------------------------------------------------------
      /**
       * Advances the scanner by the given number of characters, stopping if the end
       * of the string is reached.
       */
      advance(count5 = 1) {
        this.charIndex = Math.min(this.charCount, this.charIndex + count5);
      }
      /**
       * Returns the byte index of the given character index in the string. The two
       * may differ in strings that contain multibyte characters.
       */
      charIndexToByteIndex(charIndex = this.charIndex) {
        return this.multiByteMode ? this.charsToBytes[charIndex] ?? Infinity : charIndex;
      }
      /**
       * Consumes and returns the given number of characters if possible, advancing
       * the scanner and stopping if the end of the string is reached.
       *
       * If no characters could be consumed, an empty string will be returned.
       */
      consume(charCount = 1) {
        let chars = this.peek(charCount);
        this.advance(charCount);
        return chars;
      }
      /**
       * Consumes and returns the given number of bytes if possible, advancing the
       * scanner and stopping if the end of the string is reached.
       *
       * It's up to the caller to ensure that the given byte count doesn't split a
       * multibyte character.
       *
       * If no bytes could be consumed, an empty string will be returned.
       */
      consumeBytes(byteCount) {
        let byteIndex = this.charIndexToByteIndex();
        let result = this.string.slice(byteIndex, byteIndex + byteCount);
        this.advance(this.charLength(result));
        return result;
      }
      /**
       * Consumes and returns all characters for which the given function returns
       * `true`, stopping when `false` is returned or the end of the input is
       * reached.
       */
      consumeMatchFn(fn) {
        let { length, multiByteMode, string: string5 } = this;
        let startByteIndex = this.charIndexToByteIndex();
        let endByteIndex = startByteIndex;
        if (multiByteMode) {
          while (endByteIndex < length) {
            let char = string5[endByteIndex];
            let isSurrogatePair = char >= "\uD800" && char <= "\uDBFF";
            if (isSurrogatePair) {
              char += string5[endByteIndex + 1];
            }
            if (!fn(char)) {
              break;
            }
            endByteIndex += isSurrogatePair ? 2 : 1;
          }
        } else {
          while (endByteIndex < length && fn(string5[endByteIndex])) {
            ++endByteIndex;
          }
        }
        return this.consumeBytes(endByteIndex - startByteIndex);
      }
      /**
       * Consumes the given string if it exists at the current character index, and
       * advances the scanner.
       *
       * If the given string doesn't exist at the current character index, an empty
       * string will be returned and the scanner will not be advanced.
       */
      consumeString(stringToConsume) {
        let { length } = stringToConsume;
        let byteIndex = this.charIndexToByteIndex();
        if (stringToConsume === this.string.slice(byteIndex, byteIndex + length)) {
          this.advance(length === 1 ? 1 : this.charLength(stringToConsume));
          return stringToConsume;
        }
        return emptyString;
      }
      /**
       * Consumes characters until the given global regex is matched, advancing the
       * scanner up to (but not beyond) the beginning of the match. If the regex
       * doesn't match, nothing will be consumed.
       *
       * Returns the consumed string, or an empty string if nothing was consumed.
       */
      consumeUntilMatch(regex) {
        let matchByteIndex = this.string.slice(this.charIndexToByteIndex()).search(regex);
        return matchByteIndex > 0 ? this.consumeBytes(matchByteIndex) : emptyString;
      }
      /**
       * Consumes characters until the given string is found, advancing the scanner
       * up to (but not beyond) that point. If the string is never found, nothing
       * will be consumed.
       *
       * Returns the consumed string, or an empty string if nothing was consumed.
       */
      consumeUntilString(searchString) {
        let byteIndex = this.charIndexToByteIndex();
        let matchByteIndex = this.string.indexOf(searchString, byteIndex);
        return matchByteIndex > 0 ? this.consumeBytes(matchByteIndex - byteIndex) : emptyString;
      }
      /**
       * Returns the given number of characters starting at the current character
       * index, without advancing the scanner and without exceeding the end of the
       * input string.
       */
      peek(count5 = 1) {
        let { charIndex, string: string5 } = this;
        return this.multiByteMode ? string5.slice(this.charIndexToByteIndex(charIndex), this.charIndexToByteIndex(charIndex + count5)) : string5.slice(charIndex, charIndex + count5);
      }
      /**
       * Resets the scanner position to the given character _index_, or to the start
       * of the input string if no index is given.
       *
       * If _index_ is negative, the scanner position will be moved backward by that
       * many characters, stopping if the beginning of the string is reached.
       */
      reset(index2 = 0) {
        this.charIndex = index2 >= 0 ? Math.min(this.charCount, index2) : Math.max(0, this.charIndex + index2);
      }
    };
    exports.StringScanner = StringScanner;
  }
});

// node_modules/@rgrove/parse-xml/dist/lib/syntax.js
var require_syntax = __commonJS({
  "node_modules/@rgrove/parse-xml/dist/lib/syntax.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.predefinedEntities = exports.endCharData = exports.attValueNormalizedWhitespace = exports.attValueCharSingleQuote = exports.attValueCharDoubleQuote = void 0;
    exports.isNameChar = isNameChar;
    exports.isNameStartChar = isNameStartChar;
    exports.isReferenceChar = isReferenceChar;
    exports.isWhitespace = isWhitespace;
    exports.isXmlCodePoint = isXmlCodePoint;
    exports.attValueCharDoubleQuote = /["&<]/;
    exports.attValueCharSingleQuote = /['&<]/;
    exports.attValueNormalizedWhitespace = /\r\n|[\n\r\t]/g;
    exports.endCharData = /<|&|]]>/;
    exports.predefinedEntities = Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), {
      amp: "&",
      apos: "'",
      gt: ">",
      lt: "<",
      quot: '"'
    }));
    function isNameChar(char) {
      let cp = char.codePointAt(0);
      return cp >= 97 && cp <= 122 || cp >= 65 && cp <= 90 || cp >= 48 && cp <= 57 || cp === 45 || cp === 46 || cp === 183 || cp >= 768 && cp <= 879 || cp === 8255 || cp === 8256 || isNameStartChar(char, cp);
    }
    function isNameStartChar(char, cp = char.codePointAt(0)) {
      return cp >= 97 && cp <= 122 || cp >= 65 && cp <= 90 || cp === 58 || cp === 95 || cp >= 192 && cp <= 214 || cp >= 216 && cp <= 246 || cp >= 248 && cp <= 767 || cp >= 880 && cp <= 893 || cp >= 895 && cp <= 8191 || cp === 8204 || cp === 8205 || cp >= 8304 && cp <= 8591 || cp >= 11264 && cp <= 12271 || cp >= 12289 && cp <= 55295 || cp >= 63744 && cp <= 64975 || cp >= 65008 && cp <= 65533 || cp >= 65536 && cp <= 983039;
    }
    function isReferenceChar(char) {
      return char === "#" || isNameChar(char);
    }
    function isWhitespace(char) {
      let cp = char.codePointAt(0);
      return cp === 32 || cp === 9 || cp === 10 || cp === 13;
    }
    function isXmlCodePoint(cp) {
      return cp >= 32 && cp <= 55295 || cp === 10 || cp === 9 || cp === 13 || cp >= 57344 && cp <= 65533 || cp >= 65536 && cp <= 1114111;
    }
  }
});

// node_modules/@rgrove/parse-xml/dist/lib/XmlNode.js
var require_XmlNode = __commonJS({
  "node_modules/@rgrove/parse-xml/dist/lib/XmlNode.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XmlNode = void 0;
    var XmlNode = class _XmlNode {
      constructor() {
        this.parent = null;
        this.start = -1;
        this.end = -1;
      }
      /**
       * Document that contains this node, or `null` if this node is not associated
       * with a document.
       */
      get document() {
        return this.parent?.document ?? null;
      }
      /**
       * Whether this node is the root node of the document (also known as the
       * document element).
       */
      get isRootNode() {
        return this.parent !== null && this.parent === this.document && this.type === _XmlNode.TYPE_ELEMENT;
      }
      /**
       * Whether whitespace should be preserved in the content of this element and
       * its children.
       *
       * This is influenced by the value of the special `xml:space` attribute, and
       * will be `true` for any node whose `xml:space` attribute is set to
       * "preserve". If a node has no such attribute, it will inherit the value of
       * the nearest ancestor that does (if any).
       *
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#sec-white-space
       */
      get preserveWhitespace() {
        return !!this.parent?.preserveWhitespace;
      }
      /**
       * Type of this node.
       *
       * The value of this property is a string that matches one of the static
       * `TYPE_*` properties on the `XmlNode` class (e.g. `TYPE_ELEMENT`,
       * `TYPE_TEXT`, etc.).
       *
       * The `XmlNode` class itself is a base class and doesn't have its own type
       * name.
       */
      get type() {
        return "";
      }
      /**
       * Returns a JSON-serializable object representing this node, minus properties
       * that could result in circular references.
       */
      toJSON() {
        let json2 = {
          type: this.type
        };
        if (this.isRootNode) {
          json2.isRootNode = true;
        }
        if (this.preserveWhitespace) {
          json2.preserveWhitespace = true;
        }
        if (this.start !== -1) {
          json2.start = this.start;
          json2.end = this.end;
        }
        return json2;
      }
    };
    exports.XmlNode = XmlNode;
    XmlNode.TYPE_CDATA = "cdata";
    XmlNode.TYPE_COMMENT = "comment";
    XmlNode.TYPE_DOCUMENT = "document";
    XmlNode.TYPE_DOCUMENT_TYPE = "doctype";
    XmlNode.TYPE_ELEMENT = "element";
    XmlNode.TYPE_PROCESSING_INSTRUCTION = "pi";
    XmlNode.TYPE_TEXT = "text";
    XmlNode.TYPE_XML_DECLARATION = "xmldecl";
  }
});

// node_modules/@rgrove/parse-xml/dist/lib/XmlText.js
var require_XmlText = __commonJS({
  "node_modules/@rgrove/parse-xml/dist/lib/XmlText.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XmlText = void 0;
    var XmlNode_js_1 = require_XmlNode();
    var XmlText = class extends XmlNode_js_1.XmlNode {
      constructor(text4 = "") {
        super();
        this.text = text4;
      }
      get type() {
        return XmlNode_js_1.XmlNode.TYPE_TEXT;
      }
      toJSON() {
        return Object.assign(XmlNode_js_1.XmlNode.prototype.toJSON.call(this), {
          text: this.text
        });
      }
    };
    exports.XmlText = XmlText;
  }
});

// node_modules/@rgrove/parse-xml/dist/lib/XmlCdata.js
var require_XmlCdata = __commonJS({
  "node_modules/@rgrove/parse-xml/dist/lib/XmlCdata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XmlCdata = void 0;
    var XmlNode_js_1 = require_XmlNode();
    var XmlText_js_1 = require_XmlText();
    var XmlCdata = class extends XmlText_js_1.XmlText {
      get type() {
        return XmlNode_js_1.XmlNode.TYPE_CDATA;
      }
    };
    exports.XmlCdata = XmlCdata;
  }
});

// node_modules/@rgrove/parse-xml/dist/lib/XmlComment.js
var require_XmlComment = __commonJS({
  "node_modules/@rgrove/parse-xml/dist/lib/XmlComment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XmlComment = void 0;
    var XmlNode_js_1 = require_XmlNode();
    var XmlComment = class extends XmlNode_js_1.XmlNode {
      constructor(content3 = "") {
        super();
        this.content = content3;
      }
      get type() {
        return XmlNode_js_1.XmlNode.TYPE_COMMENT;
      }
      toJSON() {
        return Object.assign(XmlNode_js_1.XmlNode.prototype.toJSON.call(this), {
          content: this.content
        });
      }
    };
    exports.XmlComment = XmlComment;
  }
});

// node_modules/@rgrove/parse-xml/dist/lib/XmlDeclaration.js
var require_XmlDeclaration = __commonJS({
  "node_modules/@rgrove/parse-xml/dist/lib/XmlDeclaration.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XmlDeclaration = void 0;
    var XmlNode_js_1 = require_XmlNode();
    var XmlDeclaration = class extends XmlNode_js_1.XmlNode {
      constructor(version2, encoding, standalone) {
        super();
        this.version = version2;
        this.encoding = encoding ?? null;
        this.standalone = standalone ?? null;
      }
      get type() {
        return XmlNode_js_1.XmlNode.TYPE_XML_DECLARATION;
      }
      toJSON() {
        let json2 = XmlNode_js_1.XmlNode.prototype.toJSON.call(this);
        json2.version = this.version;
        for (let key of ["encoding", "standalone"]) {
          if (this[key] !== null) {
            json2[key] = this[key];
          }
        }
        return json2;
      }
    };
    exports.XmlDeclaration = XmlDeclaration;
  }
});

// node_modules/@rgrove/parse-xml/dist/lib/XmlElement.js
var require_XmlElement = __commonJS({
  "node_modules/@rgrove/parse-xml/dist/lib/XmlElement.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XmlElement = void 0;
    var XmlNode_js_1 = require_XmlNode();
    var XmlElement2 = class _XmlElement extends XmlNode_js_1.XmlNode {
      constructor(name, attributes = /* @__PURE__ */ Object.create(null), children = []) {
        super();
        this.name = name;
        this.attributes = attributes;
        this.children = children;
      }
      /**
       * Whether this element is empty (meaning it has no children).
       */
      get isEmpty() {
        return this.children.length === 0;
      }
      get preserveWhitespace() {
        let node2 = this;
        while (node2 instanceof _XmlElement) {
          if ("xml:space" in node2.attributes) {
            return node2.attributes["xml:space"] === "preserve";
          }
          node2 = node2.parent;
        }
        return false;
      }
      /**
       * Text content of this element and all its descendants.
       */
      get text() {
        return this.children.map((child) => "text" in child ? child.text : "").join("");
      }
      get type() {
        return XmlNode_js_1.XmlNode.TYPE_ELEMENT;
      }
      toJSON() {
        return Object.assign(XmlNode_js_1.XmlNode.prototype.toJSON.call(this), {
          name: this.name,
          attributes: this.attributes,
          children: this.children.map((child) => child.toJSON())
        });
      }
    };
    exports.XmlElement = XmlElement2;
  }
});

// node_modules/@rgrove/parse-xml/dist/lib/XmlDocument.js
var require_XmlDocument = __commonJS({
  "node_modules/@rgrove/parse-xml/dist/lib/XmlDocument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XmlDocument = void 0;
    var XmlElement_js_1 = require_XmlElement();
    var XmlNode_js_1 = require_XmlNode();
    var XmlDocument = class extends XmlNode_js_1.XmlNode {
      constructor(children = []) {
        super();
        this.children = children;
      }
      get document() {
        return this;
      }
      /**
       * Root element of this document, or `null` if this document is empty.
       */
      get root() {
        for (let child of this.children) {
          if (child instanceof XmlElement_js_1.XmlElement) {
            return child;
          }
        }
        return null;
      }
      /**
       * Text content of this document and all its descendants.
       */
      get text() {
        return this.children.map((child) => "text" in child ? child.text : "").join("");
      }
      get type() {
        return XmlNode_js_1.XmlNode.TYPE_DOCUMENT;
      }
      toJSON() {
        return Object.assign(XmlNode_js_1.XmlNode.prototype.toJSON.call(this), {
          children: this.children.map((child) => child.toJSON())
        });
      }
    };
    exports.XmlDocument = XmlDocument;
  }
});

// node_modules/@rgrove/parse-xml/dist/lib/XmlDocumentType.js
var require_XmlDocumentType = __commonJS({
  "node_modules/@rgrove/parse-xml/dist/lib/XmlDocumentType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XmlDocumentType = void 0;
    var XmlNode_js_1 = require_XmlNode();
    var XmlDocumentType = class extends XmlNode_js_1.XmlNode {
      constructor(name, publicId, systemId, internalSubset) {
        super();
        this.name = name;
        this.publicId = publicId ?? null;
        this.systemId = systemId ?? null;
        this.internalSubset = internalSubset ?? null;
      }
      get type() {
        return XmlNode_js_1.XmlNode.TYPE_DOCUMENT_TYPE;
      }
      toJSON() {
        let json2 = XmlNode_js_1.XmlNode.prototype.toJSON.call(this);
        json2.name = this.name;
        for (let key of ["publicId", "systemId", "internalSubset"]) {
          if (this[key] !== null) {
            json2[key] = this[key];
          }
        }
        return json2;
      }
    };
    exports.XmlDocumentType = XmlDocumentType;
  }
});

// node_modules/@rgrove/parse-xml/dist/lib/XmlError.js
var require_XmlError = __commonJS({
  "node_modules/@rgrove/parse-xml/dist/lib/XmlError.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XmlError = void 0;
    var XmlError2 = class extends Error {
      constructor(message, charIndex, xml) {
        let column = 1;
        let excerpt = "";
        let line = 1;
        for (let i = 0; i < charIndex; ++i) {
          let char = xml[i];
          if (char === "\n") {
            column = 1;
            excerpt = "";
            line += 1;
          } else {
            column += 1;
            excerpt += char;
          }
        }
        let eol = xml.indexOf("\n", charIndex);
        excerpt += eol === -1 ? xml.slice(charIndex) : xml.slice(charIndex, eol);
        let excerptStart = 0;
        if (excerpt.length > 50) {
          if (column < 40) {
            excerpt = excerpt.slice(0, 50);
          } else {
            excerptStart = column - 20;
            excerpt = excerpt.slice(excerptStart, column + 30);
          }
        }
        super(`${message} (line ${line}, column ${column})
  ${excerpt}
` + " ".repeat(column - excerptStart + 1) + "^\n");
        this.column = column;
        this.excerpt = excerpt;
        this.line = line;
        this.name = "XmlError";
        this.pos = charIndex;
      }
    };
    exports.XmlError = XmlError2;
  }
});

// node_modules/@rgrove/parse-xml/dist/lib/XmlProcessingInstruction.js
var require_XmlProcessingInstruction = __commonJS({
  "node_modules/@rgrove/parse-xml/dist/lib/XmlProcessingInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XmlProcessingInstruction = void 0;
    var XmlNode_js_1 = require_XmlNode();
    var XmlProcessingInstruction = class extends XmlNode_js_1.XmlNode {
      constructor(name, content3 = "") {
        super();
        this.name = name;
        this.content = content3;
      }
      get type() {
        return XmlNode_js_1.XmlNode.TYPE_PROCESSING_INSTRUCTION;
      }
      toJSON() {
        return Object.assign(XmlNode_js_1.XmlNode.prototype.toJSON.call(this), {
          name: this.name,
          content: this.content
        });
      }
    };
    exports.XmlProcessingInstruction = XmlProcessingInstruction;
  }
});

// node_modules/@rgrove/parse-xml/dist/lib/Parser.js
var require_Parser = __commonJS({
  "node_modules/@rgrove/parse-xml/dist/lib/Parser.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports && exports.__importStar || function(mod) {
      if (mod && mod.__esModule) return mod;
      var result = {};
      if (mod != null) {
        for (var k in mod) if (k !== "default" && Object.prototype.hasOwnProperty.call(mod, k)) __createBinding(result, mod, k);
      }
      __setModuleDefault(result, mod);
      return result;
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var StringScanner_js_1 = require_StringScanner();
    var syntax = __importStar(require_syntax());
    var XmlCdata_js_1 = require_XmlCdata();
    var XmlComment_js_1 = require_XmlComment();
    var XmlDeclaration_js_1 = require_XmlDeclaration();
    var XmlDocument_js_1 = require_XmlDocument();
    var XmlDocumentType_js_1 = require_XmlDocumentType();
    var XmlElement_js_1 = require_XmlElement();
    var XmlError_js_1 = require_XmlError();
    var XmlNode_js_1 = require_XmlNode();
    var XmlProcessingInstruction_js_1 = require_XmlProcessingInstruction();
    var XmlText_js_1 = require_XmlText();
    var emptyString = "";
    var Parser = class {
      /**
       * @param xml XML string to parse.
       * @param options Parser options.
       */
      constructor(xml, options = {}) {
        let doc = this.document = new XmlDocument_js_1.XmlDocument();
        this.currentNode = doc;
        this.options = options;
        this.scanner = new StringScanner_js_1.StringScanner(xml);
        if (this.options.includeOffsets) {
          doc.start = 0;
          doc.end = xml.length;
        }
        this.parse();
      }
      /**
       * Adds the given `XmlNode` as a child of `this.currentNode`.
       */
      addNode(node2, charIndex) {
        node2.parent = this.currentNode;
        if (this.options.includeOffsets) {
          node2.start = this.scanner.charIndexToByteIndex(charIndex);
          node2.end = this.scanner.charIndexToByteIndex();
        }
        this.currentNode.children.push(node2);
        return true;
      }
      /**
       * Adds the given _text_ to the document, either by appending it to a
       * preceding `XmlText` node (if possible) or by creating a new `XmlText` node.
       *
       * When _normalize_ is `true` (the default), line breaks in _text_ are
       * normalized per section 2.11 of the XML spec. This must be `false` for text
       * that comes from a character or entity reference, since references aren't
       * subject to line break normalization.
       */
      addText(text4, charIndex, normalize = true) {
        let { children } = this.currentNode;
        let { length } = children;
        if (normalize) {
          text4 = normalizeLineBreaks(text4);
        }
        if (length > 0) {
          let prevNode = children[length - 1];
          if (prevNode?.type === XmlNode_js_1.XmlNode.TYPE_TEXT) {
            let textNode = prevNode;
            textNode.text += text4;
            if (this.options.includeOffsets) {
              textNode.end = this.scanner.charIndexToByteIndex();
            }
            return true;
          }
        }
        return this.addNode(new XmlText_js_1.XmlText(text4), charIndex);
      }
      /**
       * Consumes element attributes.
       *
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#sec-starttags
       */
      consumeAttributes() {
        let attributes = /* @__PURE__ */ Object.create(null);
        while (this.consumeWhitespace()) {
          let attrName = this.consumeName();
          if (!attrName) {
            break;
          }
          let attrValue = this.consumeEqual() && this.consumeAttributeValue();
          if (attrValue === false) {
            throw this.error("Attribute value expected");
          }
          if (attrName in attributes) {
            throw this.error(`Duplicate attribute: ${attrName}`);
          }
          if (attrName === "xml:space" && attrValue !== "default" && attrValue !== "preserve") {
            throw this.error('Value of the `xml:space` attribute must be "default" or "preserve"');
          }
          attributes[attrName] = attrValue;
        }
        if (this.options.sortAttributes) {
          let attrNames = Object.keys(attributes).sort();
          let sortedAttributes = /* @__PURE__ */ Object.create(null);
          for (let i = 0; i < attrNames.length; ++i) {
            let attrName = attrNames[i];
            sortedAttributes[attrName] = attributes[attrName];
          }
          attributes = sortedAttributes;
        }
        return attributes;
      }
      /**
       * Consumes an `AttValue` (attribute value) if possible.
       *
       * @returns
       *   Contents of the `AttValue` minus quotes, or `false` if nothing was
       *   consumed. An empty string indicates that an `AttValue` was consumed but
       *   was empty.
       *
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#NT-AttValue
       */
      consumeAttributeValue() {
        let { scanner } = this;
        let quote = scanner.peek();
        if (quote !== '"' && quote !== "'") {
          return false;
        }
        scanner.advance();
        let chars;
        let isClosed = false;
        let value = emptyString;
        let regex = quote === '"' ? syntax.attValueCharDoubleQuote : syntax.attValueCharSingleQuote;
        matchLoop: while (!scanner.isEnd) {
          chars = scanner.consumeUntilMatch(regex);
          if (chars) {
            this.validateChars(chars);
            value += chars.replace(syntax.attValueNormalizedWhitespace, " ");
          }
          switch (scanner.peek()) {
            case quote:
              isClosed = true;
              break matchLoop;
            case "&":
              value += this.consumeReference();
              continue;
            case "<":
              throw this.error("Unescaped `<` is not allowed in an attribute value");
            default:
              break matchLoop;
          }
        }
        if (!isClosed) {
          throw this.error("Unclosed attribute");
        }
        scanner.advance();
        return value;
      }
      /**
       * Consumes a CDATA section if possible.
       *
       * @returns Whether a CDATA section was consumed.
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#sec-cdata-sect
       */
      consumeCdataSection() {
        let { scanner } = this;
        let startIndex = scanner.charIndex;
        if (!scanner.consumeString("<![CDATA[")) {
          return false;
        }
        let text4 = scanner.consumeUntilString("]]>");
        this.validateChars(text4);
        if (!scanner.consumeString("]]>")) {
          throw this.error("Unclosed CDATA section");
        }
        return this.options.preserveCdata ? this.addNode(new XmlCdata_js_1.XmlCdata(normalizeLineBreaks(text4)), startIndex) : this.addText(text4, startIndex);
      }
      /**
       * Consumes character data if possible.
       *
       * @returns Whether character data was consumed.
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#dt-chardata
       */
      consumeCharData() {
        let { scanner } = this;
        let startIndex = scanner.charIndex;
        let charData = scanner.consumeUntilMatch(syntax.endCharData);
        if (!charData) {
          return false;
        }
        this.validateChars(charData);
        if (scanner.peek(3) === "]]>") {
          throw this.error("Element content may not contain the CDATA section close delimiter `]]>`");
        }
        return this.addText(charData, startIndex);
      }
      /**
       * Consumes a comment if possible.
       *
       * @returns Whether a comment was consumed.
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#NT-Comment
       */
      consumeComment() {
        let { scanner } = this;
        let startIndex = scanner.charIndex;
        if (!scanner.consumeString("<!--")) {
          return false;
        }
        let content3 = scanner.consumeUntilString("--");
        this.validateChars(content3);
        if (!scanner.consumeString("-->")) {
          if (scanner.peek(2) === "--") {
            throw this.error("The string `--` isn't allowed inside a comment");
          }
          throw this.error("Unclosed comment");
        }
        return this.options.preserveComments ? this.addNode(new XmlComment_js_1.XmlComment(normalizeLineBreaks(content3)), startIndex) : true;
      }
      /**
       * Consumes a reference in a content context if possible.
       *
       * This differs from `consumeReference()` in that a consumed reference will be
       * added to the document as a text node instead of returned.
       *
       * @returns Whether a reference was consumed.
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#entproc
       */
      consumeContentReference() {
        let startIndex = this.scanner.charIndex;
        let ref = this.consumeReference();
        return ref ? this.addText(ref, startIndex, false) : false;
      }
      /**
       * Consumes a doctype declaration if possible.
       *
       * This is a loose implementation since doctype declarations are currently
       * discarded without further parsing.
       *
       * @returns Whether a doctype declaration was consumed.
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#dtd
       */
      consumeDoctypeDeclaration() {
        let { scanner } = this;
        let startIndex = scanner.charIndex;
        if (!scanner.consumeString("<!DOCTYPE")) {
          return false;
        }
        let name = this.consumeWhitespace() && this.consumeName();
        if (!name) {
          throw this.error("Expected a name");
        }
        let publicId;
        let systemId;
        if (this.consumeWhitespace()) {
          if (scanner.consumeString("PUBLIC")) {
            publicId = this.consumeWhitespace() && this.consumePubidLiteral();
            if (publicId === false) {
              throw this.error("Expected a public identifier");
            }
            this.consumeWhitespace();
          }
          if (publicId !== void 0 || scanner.consumeString("SYSTEM")) {
            this.consumeWhitespace();
            systemId = this.consumeSystemLiteral();
            if (systemId === false) {
              throw this.error("Expected a system identifier");
            }
            this.consumeWhitespace();
          }
        }
        let internalSubset;
        if (scanner.consumeString("[")) {
          internalSubset = scanner.consumeUntilMatch(/\][\x20\t\r\n]*>/);
          if (!scanner.consumeString("]")) {
            throw this.error("Unclosed internal subset");
          }
          this.consumeWhitespace();
        }
        if (!scanner.consumeString(">")) {
          throw this.error("Unclosed doctype declaration");
        }
        return this.options.preserveDocumentType ? this.addNode(new XmlDocumentType_js_1.XmlDocumentType(name, publicId, systemId, internalSubset), startIndex) : true;
      }
      /**
       * Consumes an element if possible.
       *
       * @returns Whether an element was consumed.
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#NT-element
       */
      consumeElement() {
        let { scanner } = this;
        let startIndex = scanner.charIndex;
        if (!scanner.consumeString("<")) {
          return false;
        }
        let name = this.consumeName();
        if (!name) {
          scanner.reset(startIndex);
          return false;
        }
        let attributes = this.consumeAttributes();
        let isEmpty = !!scanner.consumeString("/>");
        let element = new XmlElement_js_1.XmlElement(name, attributes);
        element.parent = this.currentNode;
        if (!isEmpty) {
          if (!scanner.consumeString(">")) {
            throw this.error(`Unclosed start tag for element \`${name}\``);
          }
          this.currentNode = element;
          do {
            this.consumeCharData();
          } while (this.consumeElement() || this.consumeContentReference() || this.consumeCdataSection() || this.consumeProcessingInstruction() || this.consumeComment());
          let endTagMark = scanner.charIndex;
          let endTagName;
          if (!scanner.consumeString("</") || !(endTagName = this.consumeName()) || endTagName !== name) {
            scanner.reset(endTagMark);
            throw this.error(`Missing end tag for element ${name}`);
          }
          this.consumeWhitespace();
          if (!scanner.consumeString(">")) {
            throw this.error(`Unclosed end tag for element ${name}`);
          }
          this.currentNode = element.parent;
        }
        return this.addNode(element, startIndex);
      }
      /**
       * Consumes an `Eq` production if possible.
       *
       * @returns Whether an `Eq` production was consumed.
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#NT-Eq
       */
      consumeEqual() {
        this.consumeWhitespace();
        if (this.scanner.consumeString("=")) {
          this.consumeWhitespace();
          return true;
        }
        return false;
      }
      /**
       * Consumes `Misc` content if possible.
       *
       * @returns Whether anything was consumed.
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#NT-Misc
       */
      consumeMisc() {
        return this.consumeComment() || this.consumeProcessingInstruction() || this.consumeWhitespace();
      }
      /**
       * Consumes one or more `Name` characters if possible.
       *
       * @returns `Name` characters, or an empty string if none were consumed.
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#NT-Name
       */
      consumeName() {
        return syntax.isNameStartChar(this.scanner.peek()) ? this.scanner.consumeMatchFn(syntax.isNameChar) : emptyString;
      }
      /**
       * Consumes a processing instruction if possible.
       *
       * @returns Whether a processing instruction was consumed.
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#sec-pi
       */
      consumeProcessingInstruction() {
        let { scanner } = this;
        let startIndex = scanner.charIndex;
        if (!scanner.consumeString("<?")) {
          return false;
        }
        let name = this.consumeName();
        if (name) {
          if (name.toLowerCase() === "xml") {
            scanner.reset(startIndex);
            throw this.error("XML declaration isn't allowed here");
          }
        } else {
          throw this.error("Invalid processing instruction");
        }
        if (!this.consumeWhitespace()) {
          if (scanner.consumeString("?>")) {
            return this.addNode(new XmlProcessingInstruction_js_1.XmlProcessingInstruction(name), startIndex);
          }
          throw this.error("Whitespace is required after a processing instruction name");
        }
        let content3 = scanner.consumeUntilString("?>");
        this.validateChars(content3);
        if (!scanner.consumeString("?>")) {
          throw this.error("Unterminated processing instruction");
        }
        return this.addNode(new XmlProcessingInstruction_js_1.XmlProcessingInstruction(name, normalizeLineBreaks(content3)), startIndex);
      }
      /**
       * Consumes a prolog if possible.
       *
       * @returns Whether a prolog was consumed.
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#sec-prolog-dtd
       */
      consumeProlog() {
        let { scanner } = this;
        let startIndex = scanner.charIndex;
        this.consumeXmlDeclaration();
        while (this.consumeMisc()) {
        }
        if (this.consumeDoctypeDeclaration()) {
          while (this.consumeMisc()) {
          }
        }
        return startIndex < scanner.charIndex;
      }
      /**
       * Consumes a public identifier literal if possible.
       *
       * @returns
       *   Value of the public identifier literal minus quotes, or `false` if
       *   nothing was consumed. An empty string indicates that a public id literal
       *   was consumed but was empty.
       *
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#NT-PubidLiteral
       */
      consumePubidLiteral() {
        let startIndex = this.scanner.charIndex;
        let value = this.consumeSystemLiteral();
        if (value !== false && !/^[-\x20\r\na-zA-Z0-9'()+,./:=?;!*#@$_%]*$/.test(value)) {
          this.scanner.reset(startIndex);
          throw this.error("Invalid character in public identifier");
        }
        return value;
      }
      /**
       * Consumes a reference if possible.
       *
       * This differs from `consumeContentReference()` in that a consumed reference
       * will be returned rather than added to the document.
       *
       * @returns
       *   Parsed reference value, or `false` if nothing was consumed (to
       *   distinguish from a reference that resolves to an empty string).
       *
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#NT-Reference
       */
      consumeReference() {
        let { scanner } = this;
        if (!scanner.consumeString("&")) {
          return false;
        }
        let ref = scanner.consumeMatchFn(syntax.isReferenceChar);
        if (scanner.consume() !== ";") {
          throw this.error("Unterminated reference (a reference must end with `;`)");
        }
        let parsedValue;
        if (ref[0] === "#") {
          let codePoint2 = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
          if (isNaN(codePoint2) || !/^#(?:x[0-9A-Fa-f]+|[0-9]+)$/.test(ref)) {
            throw this.error("Invalid character reference");
          }
          if (!syntax.isXmlCodePoint(codePoint2)) {
            throw this.error("Character reference resolves to an invalid character");
          }
          parsedValue = String.fromCodePoint(codePoint2);
        } else {
          parsedValue = syntax.predefinedEntities[ref];
          if (parsedValue === void 0) {
            let { ignoreUndefinedEntities, resolveUndefinedEntity } = this.options;
            let wrappedRef = `&${ref};`;
            if (resolveUndefinedEntity) {
              let resolvedValue = resolveUndefinedEntity(wrappedRef);
              if (resolvedValue !== null && resolvedValue !== void 0) {
                let type = typeof resolvedValue;
                if (type !== "string") {
                  throw new TypeError(`\`resolveUndefinedEntity()\` must return a string, \`null\`, or \`undefined\`, but returned a value of type ${type}`);
                }
                return resolvedValue;
              }
            }
            if (ignoreUndefinedEntities) {
              return wrappedRef;
            }
            scanner.reset(-wrappedRef.length);
            throw this.error(`Named entity isn't defined: ${wrappedRef}`);
          }
        }
        return parsedValue;
      }
      /**
       * Consumes a `SystemLiteral` if possible.
       *
       * A `SystemLiteral` is similar to an attribute value, but allows the
       * characters `<` and `&` and doesn't replace references.
       *
       * @returns
       *   Value of the `SystemLiteral` minus quotes, or `false` if nothing was
       *   consumed. An empty string indicates that a `SystemLiteral` was consumed
       *   but was empty.
       *
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#NT-SystemLiteral
       */
      consumeSystemLiteral() {
        let { scanner } = this;
        let quote = scanner.consumeString('"') || scanner.consumeString("'");
        if (!quote) {
          return false;
        }
        let value = scanner.consumeUntilString(quote);
        this.validateChars(value);
        if (!scanner.consumeString(quote)) {
          throw this.error("Missing end quote");
        }
        return value;
      }
      /**
       * Consumes one or more whitespace characters if possible.
       *
       * @returns Whether any whitespace characters were consumed.
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#white
       */
      consumeWhitespace() {
        return !!this.scanner.consumeMatchFn(syntax.isWhitespace);
      }
      /**
       * Consumes an XML declaration if possible.
       *
       * @returns Whether an XML declaration was consumed.
       * @see https://www.w3.org/TR/2008/REC-xml-20081126/#NT-XMLDecl
       */
      consumeXmlDeclaration() {
        let { scanner } = this;
        let startIndex = scanner.charIndex;
        if (!scanner.consumeString("<?xml")) {
          return false;
        }
        if (syntax.isNameChar(scanner.peek())) {
          scanner.reset(startIndex);
          return false;
        }
        if (!this.consumeWhitespace()) {
          throw this.error("Invalid XML declaration");
        }
        let version2 = !!scanner.consumeString("version") && this.consumeEqual() && this.consumeSystemLiteral();
        if (version2 === false) {
          throw this.error("XML version is missing or invalid");
        } else if (!/^1\.[0-9]+$/.test(version2)) {
          throw this.error("Invalid character in version number");
        }
        let encoding;
        let standalone;
        if (this.consumeWhitespace()) {
          encoding = !!scanner.consumeString("encoding") && this.consumeEqual() && this.consumeSystemLiteral();
          if (encoding) {
            if (!/^[A-Za-z][\w.-]*$/.test(encoding)) {
              throw this.error("Invalid character in encoding name");
            }
            this.consumeWhitespace();
          }
          standalone = !!scanner.consumeString("standalone") && this.consumeEqual() && this.consumeSystemLiteral();
          if (standalone) {
            if (standalone !== "yes" && standalone !== "no") {
              throw this.error('Only "yes" and "no" are permitted as values of `standalone`');
            }
            this.consumeWhitespace();
          }
        }
        if (!scanner.consumeString("?>")) {
          throw this.error("Invalid or unclosed XML declaration");
        }
        return this.options.preserveXmlDeclaration ? this.addNode(new XmlDeclaration_js_1.XmlDeclaration(version2, encoding || void 0, standalone || void 0), startIndex) : true;
      }
      /**
       * Returns an `XmlError` for the current scanner position.
       */
      error(message) {
        let { scanner } = this;
        return new XmlError_js_1.XmlError(message, scanner.charIndex, scanner.string);
      }
      /**
       * Parses the XML input.
       */
      parse() {
        this.scanner.consumeString("\uFEFF");
        this.consumeProlog();
        if (!this.consumeElement()) {
          throw this.error("Root element is missing or invalid");
        }
        while (this.consumeMisc()) {
        }
        if (!this.scanner.isEnd) {
          throw this.error("Extra content at the end of the document");
        }
      }
      /**
       * Throws an invalid character error if any character in the given _string_
       * isn't a valid XML character.
       */
      validateChars(string5) {
        let { length } = string5;
        for (let i = 0; i < length; ++i) {
          let cp = string5.codePointAt(i);
          if (!syntax.isXmlCodePoint(cp)) {
            this.scanner.reset(-([...string5].length - i));
            throw this.error("Invalid character");
          }
          if (cp > 65535) {
            i += 1;
          }
        }
      }
    };
    exports.Parser = Parser;
    function normalizeLineBreaks(text4) {
      let i = 0;
      while ((i = text4.indexOf("\r", i)) !== -1) {
        text4 = text4[i + 1] === "\n" ? text4.slice(0, i) + text4.slice(i + 1) : text4.slice(0, i) + "\n" + text4.slice(i + 1);
      }
      return text4;
    }
  }
});

// node_modules/@rgrove/parse-xml/dist/lib/types.js
var require_types = __commonJS({
  "node_modules/@rgrove/parse-xml/dist/lib/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
  }
});

// node_modules/@rgrove/parse-xml/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@rgrove/parse-xml/dist/index.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.XmlText = exports.XmlProcessingInstruction = exports.XmlNode = exports.XmlError = exports.XmlElement = exports.XmlDocumentType = exports.XmlDocument = exports.XmlDeclaration = exports.XmlComment = exports.XmlCdata = void 0;
    exports.parseXml = parseXml2;
    var Parser_js_1 = require_Parser();
    __exportStar(require_types(), exports);
    var XmlCdata_js_1 = require_XmlCdata();
    Object.defineProperty(exports, "XmlCdata", { enumerable: true, get: function() {
      return XmlCdata_js_1.XmlCdata;
    } });
    var XmlComment_js_1 = require_XmlComment();
    Object.defineProperty(exports, "XmlComment", { enumerable: true, get: function() {
      return XmlComment_js_1.XmlComment;
    } });
    var XmlDeclaration_js_1 = require_XmlDeclaration();
    Object.defineProperty(exports, "XmlDeclaration", { enumerable: true, get: function() {
      return XmlDeclaration_js_1.XmlDeclaration;
    } });
    var XmlDocument_js_1 = require_XmlDocument();
    Object.defineProperty(exports, "XmlDocument", { enumerable: true, get: function() {
      return XmlDocument_js_1.XmlDocument;
    } });
    var XmlDocumentType_js_1 = require_XmlDocumentType();
    Object.defineProperty(exports, "XmlDocumentType", { enumerable: true, get: function() {
      return XmlDocumentType_js_1.XmlDocumentType;
    } });
    var XmlElement_js_1 = require_XmlElement();
    Object.defineProperty(exports, "XmlElement", { enumerable: true, get: function() {
      return XmlElement_js_1.XmlElement;
    } });
    var XmlError_js_1 = require_XmlError();
    Object.defineProperty(exports, "XmlError", { enumerable: true, get: function() {
      return XmlError_js_1.XmlError;
    } });
    var XmlNode_js_1 = require_XmlNode();
    Object.defineProperty(exports, "XmlNode", { enumerable: true, get: function() {
      return XmlNode_js_1.XmlNode;
    } });
    var XmlProcessingInstruction_js_1 = require_XmlProcessingInstruction();
    Object.defineProperty(exports, "XmlProcessingInstruction", { enumerable: true, get: function() {
      return XmlProcessingInstruction_js_1.XmlProcessingInstruction;
    } });
    var XmlText_js_1 = require_XmlText();
    Object.defineProperty(exports, "XmlText", { enumerable: true, get: function() {
      return XmlText_js_1.XmlText;
    } });
    function parseXml2(xml, options) {
      return new Parser_js_1.Parser(xml, options).document;
    }
  }
});

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

// src/cli/run-add.ts
import { readFileSync as readFileSync2 } from "node:fs";
import path3 from "node:path";

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

// src/paper/clean-text.ts
var DROPPED = /[\u200B\uFEFF\u2060]/g;
var BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
var CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
function refuseInvisible(text4) {
  const bidi = BIDI_CONTROL.exec(text4);
  if (bidi) {
    return `contains an invisible text-direction control character (${codePoint(bidi[0])}); delete it and type the text again`;
  }
  const control = CONTROL.exec(text4);
  if (control)
    return `contains an invisible control character (${codePoint(control[0])}); delete it`;
  return void 0;
}
function dropInvisible(text4) {
  return text4.normalize("NFC").replace(DROPPED, "").replace(/[\u2028\u2029]/g, "\n");
}
function collapseSpaces(text4) {
  return text4.replace(/[\s\u00A0]+/gu, " ").trim();
}
function codePoint(char) {
  return `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

// src/form/field-problem.ts
function fieldProblem(field2, label, message) {
  return { field: field2, label, message };
}

// src/metadata/paper-metadata.ts
var SOURCE_NAMES = {
  link: "the link",
  arxiv: "arXiv",
  doi: "doi.org",
  openreview: "OpenReview",
  dblp: "DBLP",
  "semantic-scholar": "Semantic Scholar",
  huggingface: "Hugging Face"
};
function notFound(reason) {
  return { found: false, reason };
}
function invalidAnswer(source, detail) {
  return {
    found: false,
    reason: `${SOURCE_NAMES[source]} answered in an unexpected shape (${detail})`,
    invalid: true
  };
}
function found(record2) {
  const entries = Object.entries(record2).filter(
    ([, value]) => value !== void 0 && !(Array.isArray(value) && value.length === 0)
  );
  return { found: true, record: Object.fromEntries(entries) };
}
function cleanTitle(title) {
  return collapseSpaces(title);
}
var TEX = /\$[^$]+\$|\\[A-Za-z]+|\\[{}$&%_#^~]/;
function hasTex(title) {
  return TEX.test(title);
}
function titleFields(title) {
  if (title === void 0) return {};
  const clean = cleanTitle(title);
  if (clean === "") return {};
  return hasTex(clean) ? { title: clean, hasTex: true } : { title: clean };
}
function firstIssue(error) {
  const issue2 = error.issues[0];
  if (!issue2) return "unexpected shape";
  const path6 = issue2.path.map(String).join(".");
  return path6 ? `${path6}: ${issue2.message}` : issue2.message;
}
function checkShape(schema, json2, source) {
  const parsed = schema.safeParse(json2);
  return parsed.success ? { data: parsed.data } : { verdict: invalidAnswer(source, firstIssue(parsed.error)) };
}

// src/paper/answer-text.ts
var MARKDOWN_LINK = /^\[([^\]]*)\]\(\s*<?([^\s>)]+)>?\s*\)$/;
var LIST_MARKER = /^(?:[-*+•]|\d{1,3}[.)])(?:\s+|$)/;
function shorten(text4, max = 60) {
  if (text4.length <= max) return text4;
  const characters2 = Array.from(text4);
  return characters2.length > max ? `${characters2.slice(0, max - 1).join("")}…` : text4;
}

// src/paper/parse-authors.ts
var MAX_AUTHORS = 500;
var MAX_AUTHOR_NAME = 200;
var ANGLE_LINK = /^(.*?)\s*<([^>]*)>$/;
var PAREN_LINK = /^(.*?)\s*\(\s*((?:https?:)?\/\/[^)\s]*|[a-z][a-z0-9+.-]*:[^)\s]*)\s*\)$/i;
function parseAuthors(answer) {
  const authors = [];
  const problems = [];
  const items = answer.split("\n").flatMap(splitOutsideBrackets).map(
    (item) => collapseSpaces(item).replace(LIST_MARKER, "").replace(/^and\s+/i, "")
  ).filter((item) => item !== "");
  if (items.length > MAX_AUTHORS) {
    return {
      authors: [],
      problems: [
        `lists ${items.length} authors; list at most ${MAX_AUTHORS} and end with "et al."`
      ]
    };
  }
  items.forEach((item, index2) => {
    const author = readAuthor(item);
    const where = `author ${index2 + 1} ("${shorten(item)}")`;
    if (typeof author === "string") problems.push(`${where} ${author}`);
    else authors.push(author);
  });
  if (authors.length === 0 && problems.length === 0) problems.push("needs at least one author");
  return { authors, problems };
}
function readAuthor(item) {
  const link = MARKDOWN_LINK.exec(item) ?? ANGLE_LINK.exec(item) ?? PAREN_LINK.exec(item);
  const name = collapseSpaces(link ? link[1] : item);
  if (/^(?:https?:\/\/|www\.)/i.test(name)) return 'is a link without a name: write "Name <url>"';
  if (name === "") return 'has a link but no name: write "Name <url>"';
  if (name.length > MAX_AUTHOR_NAME) return `is longer than ${MAX_AUTHOR_NAME} characters`;
  if (!link) return { name };
  const url = link[2].trim();
  const problem = checkUrl(url);
  if (problem) return `has a link that ${problem}`;
  return { name, url };
}
function splitOutsideBrackets(line) {
  const parts = [];
  let depth = 0;
  let current = "";
  for (const char of line) {
    if (char === "[" || char === "(" || char === "<") depth += 1;
    else if ((char === "]" || char === ")" || char === ">") && depth > 0) depth -= 1;
    if ((char === "," || char === ";" || char === "，") && depth === 0) {
      parts.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path6, issues) {
  return issues.map((iss) => {
    var _a2;
    (_a2 = iss).path ?? (_a2.path = []);
    iss.path.unshift(path6);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a2;
  for (let i = start; i < issues.length; i++) {
    (_a2 = issues[i]).schema ?? (_a2.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a2 = iss).schema ?? (_a2.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count5 = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count5--;
      i++;
    }
  }
  return count5;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own4 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own4;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own4;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error;
  return {
    success: false,
    get error() {
      if (!error) {
        error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error;
    },
    set error(e) {
      error = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var _null = /^null$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a2, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a2 = inst._zod).check ?? (_a2.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a2;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodNull = /* @__PURE__ */ $constructor("$ZodNull", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = _null;
  inst._zod.values = /* @__PURE__ */ new Set([null]);
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (input === null)
      return payload;
    payload.issues.push({
      expected: "null",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse4 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse4(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index2) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index2, result.issues));
  }
  final.value[index2] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field2 = shape[key]._zod;
      if (field2.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field2.values)
          propValues[key].add(v);
        if (field2.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first2 = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first2) {
      return first2(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
  $ZodCheck.init(inst, def);
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _null2(Class, params) {
  return new Class({
    type: "null",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniNull = /* @__PURE__ */ $constructor("ZodMiniNull", (inst, def) => {
  $ZodNull.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _null3(params) {
  return _null2(ZodMiniNull, params);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
  $ZodCustom.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
// @__NO_SIDE_EFFECTS__
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// src/metadata/venue-aliases.ts
var VENUE_ALIASES = [
  // Computer vision.
  {
    canonical: "CVPR",
    aliases: [
      "conf/cvpr",
      "Computer Vision and Pattern Recognition",
      "IEEE Conference on Computer Vision and Pattern Recognition",
      "IEEE/CVF Conference on Computer Vision and Pattern Recognition",
      "IEEE Computer Society Conference on Computer Vision and Pattern Recognition",
      "Computer Vision and Pattern Recognition (CVPR)"
    ]
  },
  { canonical: "CVPRW", aliases: ["CVPR Workshops", "CVPR Workshop"] },
  {
    canonical: "ICCV",
    aliases: [
      "conf/iccv",
      "IEEE International Conference on Computer Vision",
      "International Conference on Computer Vision",
      "IEEE/CVF International Conference on Computer Vision"
    ]
  },
  { canonical: "ICCVW", aliases: ["ICCV Workshops", "ICCV Workshop"] },
  { canonical: "ECCV", aliases: ["conf/eccv", "European Conference on Computer Vision"] },
  { canonical: "ECCVW", aliases: ["ECCV Workshops", "ECCV Workshop"] },
  {
    canonical: "WACV",
    aliases: [
      "conf/wacv",
      "IEEE Workshop/Winter Conference on Applications of Computer Vision",
      "IEEE/CVF Winter Conference on Applications of Computer Vision",
      "Winter Conference on Applications of Computer Vision"
    ]
  },
  { canonical: "BMVC", aliases: ["conf/bmvc", "British Machine Vision Conference"] },
  { canonical: "3DV", aliases: ["conf/3dim", "International Conference on 3D Vision"] },
  {
    canonical: "TPAMI",
    aliases: [
      "journals/pami",
      "PAMI",
      "T-PAMI",
      "IEEE TPAMI",
      "IEEE Trans. Pattern Anal. Mach. Intell.",
      "IEEE Transactions on Pattern Analysis and Machine Intelligence"
    ]
  },
  {
    canonical: "IJCV",
    aliases: ["journals/ijcv", "Int. J. Comput. Vis.", "International Journal of Computer Vision"]
  },
  {
    canonical: "TIP",
    aliases: [
      "journals/tip",
      "IEEE Trans. Image Process.",
      "IEEE Transactions on Image Processing"
    ]
  },
  {
    canonical: "TOG",
    aliases: ["journals/tog", "ACM Trans. Graph.", "ACM Transactions on Graphics"]
  },
  { canonical: "SIGGRAPH", aliases: ["conf/siggraph", "SIGGRAPH (Conference Paper Track)"] },
  { canonical: "SIGGRAPH Asia", aliases: ["conf/siggrapha"] },
  {
    canonical: "MICCAI",
    aliases: ["conf/miccai", "Medical Image Computing and Computer-Assisted Intervention"]
  },
  { canonical: "ACM MM", aliases: ["conf/mm", "ACM Multimedia", "ACMMM", "MM"] },
  // Machine learning.
  {
    canonical: "NeurIPS",
    aliases: [
      "conf/nips",
      "NIPS",
      "NeurIPS.cc",
      "Neural Information Processing Systems",
      "Advances in Neural Information Processing Systems",
      "Annual Conference on Neural Information Processing Systems",
      "Conference on Neural Information Processing Systems"
    ]
  },
  {
    canonical: "ICLR",
    aliases: ["conf/iclr", "ICLR.cc", "International Conference on Learning Representations"]
  },
  {
    canonical: "ICML",
    aliases: ["conf/icml", "ICML.cc", "International Conference on Machine Learning"]
  },
  {
    canonical: "AAAI",
    aliases: [
      "conf/aaai",
      "AAAI.org",
      "AAAI Conference on Artificial Intelligence",
      "Proceedings of the AAAI Conference on Artificial Intelligence"
    ]
  },
  {
    canonical: "IJCAI",
    aliases: ["conf/ijcai", "International Joint Conference on Artificial Intelligence"]
  },
  {
    canonical: "AISTATS",
    aliases: [
      "conf/aistats",
      "aistats.org/AISTATS",
      "International Conference on Artificial Intelligence and Statistics"
    ]
  },
  {
    canonical: "UAI",
    aliases: ["conf/uai", "Conference on Uncertainty in Artificial Intelligence"]
  },
  { canonical: "COLT", aliases: ["conf/colt", "Annual Conference Computational Learning Theory"] },
  { canonical: "CoRL", aliases: ["conf/corl", "Conference on Robot Learning"] },
  {
    canonical: "JMLR",
    aliases: [
      "journals/jmlr",
      "J. Mach. Learn. Res.",
      "Journal of Machine Learning Research",
      "Journal of machine learning research"
    ]
  },
  {
    canonical: "TMLR",
    aliases: [
      "journals/tmlr",
      "Trans. Mach. Learn. Res.",
      "Transactions on Machine Learning Research"
    ]
  },
  {
    canonical: "KDD",
    aliases: ["conf/kdd", "SIGKDD", "Knowledge Discovery and Data Mining"]
  },
  { canonical: "WWW", aliases: ["conf/www", "TheWebConf", "The Web Conference"] },
  { canonical: "SIGIR", aliases: ["conf/sigir"] },
  {
    canonical: "ICRA",
    aliases: ["conf/icra", "IEEE International Conference on Robotics and Automation"]
  },
  {
    canonical: "IROS",
    aliases: ["conf/iros", "IEEE/RSJ International Conference on Intelligent Robots and Systems"]
  },
  { canonical: "RSS", aliases: ["conf/rss", "Robotics: Science and Systems"] },
  // Natural language processing.
  {
    canonical: "ACL",
    aliases: [
      "conf/acl",
      "ACL (1)",
      "Annual Meeting of the Association for Computational Linguistics"
    ]
  },
  {
    canonical: "EMNLP",
    aliases: ["conf/emnlp", "Conference on Empirical Methods in Natural Language Processing"]
  },
  {
    canonical: "NAACL",
    aliases: [
      "conf/naacl",
      "NAACL-HLT",
      "North American Chapter of the Association for Computational Linguistics"
    ]
  },
  {
    canonical: "EACL",
    aliases: [
      "conf/eacl",
      "Conference of the European Chapter of the Association for Computational Linguistics"
    ]
  },
  {
    canonical: "COLING",
    aliases: ["conf/coling", "International Conference on Computational Linguistics"]
  },
  {
    canonical: "CoNLL",
    aliases: ["conf/conll", "Conference on Computational Natural Language Learning"]
  },
  {
    canonical: "TACL",
    aliases: [
      "journals/tacl",
      "Trans. Assoc. Comput. Linguistics",
      "Transactions of the Association for Computational Linguistics"
    ]
  },
  { canonical: "COLM", aliases: ["colmweb.org/COLM", "Conference on Language Modeling"] },
  // Preprints: DBLP files arXiv under CoRR, Semantic Scholar under arXiv.org.
  {
    canonical: "arXiv",
    aliases: ["journals/corr", "CoRR", "arXiv.org", "arXiv (Cornell University)"]
  }
];

// src/metadata/venue-names.ts
function venueKey(name) {
  return name.normalize("NFKD").replace(new RegExp("\\p{M}+", "gu"), "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
var NOISE = /^(?:(?:19|20)\d\d|\d+(?:st|nd|rd|th)|proceedings|of|the|ieee|cvf|acm|annual|in)$/;
function bareKey(name) {
  return venueKey(name).split(" ").filter((word) => !NOISE.test(word)).join(" ");
}
function aliasMap(key) {
  return new Map(
    VENUE_ALIASES.flatMap(
      ({ canonical, aliases }) => [canonical, ...aliases].map((alias) => [key(alias), canonical])
    )
  );
}
var BY_KEY = aliasMap(venueKey);
var BY_BARE_KEY = aliasMap(bareKey);
var DBLP_KEY = /^((?:conf|journals)\/[^/]+)(?:\/|$)/;
var OPENREVIEW_GROUP = /^([^/]+(?:\/[A-Z][^/]*)?)\/(?:19|20)\d\d(?:\/|$)/;
var ACRONYM_IN_PARENTHESES = /\(([A-Za-z][\w-]*?)(?:\s*'?\d{2,4})?\)/;
function lookup(name) {
  return BY_KEY.get(venueKey(name));
}
function withoutVolume(name) {
  return name.replace(/\s*\(\d+\)\s*$/, "").replace(/\s+(?:\d+|(?:19|20)\d\d)\s*$/, "").trim();
}
function canonicalVenue(name) {
  const trimmed = name.trim();
  const dblp = DBLP_KEY.exec(trimmed);
  if (dblp) return lookup(dblp[1]);
  const group = OPENREVIEW_GROUP.exec(trimmed);
  if (group) return lookup(group[1]);
  const acronym = ACRONYM_IN_PARENTHESES.exec(trimmed)?.[1];
  return lookup(trimmed) ?? lookup(withoutVolume(trimmed)) ?? (acronym === void 0 ? void 0 : lookup(acronym)) ?? BY_BARE_KEY.get(bareKey(withoutVolume(trimmed)));
}
function venueLabel(name, year) {
  const short = canonicalVenue(name) ?? withoutVolume(name.replace(/\s+/g, " "));
  if (short === "") return void 0;
  return year === void 0 ? short : `${short} ${year}`;
}
var NAME_AND_YEAR = /^(.*?\S)[\s']*((?:19|20)\d\d)(?!\d)(.*)$/;
function splitVenue(venue) {
  const match = NAME_AND_YEAR.exec(venue.trim());
  if (!match) return void 0;
  const name = match[1].replace(/'$/, "");
  return { name, year: Number(match[2]), rest: venue.trim().slice(name.length) };
}
function sameVenue(a, b) {
  return (canonicalVenue(a) ?? venueKey(a)) === (canonicalVenue(b) ?? venueKey(b));
}
function listSpelling(venue, listVenues2) {
  const parts = splitVenue(venue);
  if (!parts) return venue;
  const uses = /* @__PURE__ */ new Map();
  for (const listVenue of listVenues2) {
    const listParts = splitVenue(listVenue);
    if (!listParts || !sameVenue(listParts.name, parts.name)) continue;
    const distance = Math.abs(listParts.year - parts.year);
    const use = uses.get(listParts.name);
    if (use) {
      use.count += 1;
      use.distance = Math.min(use.distance, distance);
    } else {
      uses.set(listParts.name, { count: 1, distance, order: uses.size });
    }
  }
  const best = [...uses.entries()].sort(
    ([, a], [, b]) => a.distance - b.distance || b.count - a.count || a.order - b.order
  )[0];
  return best ? `${best[0]}${parts.rest}` : venue;
}

// src/metadata/dblp-search.ts
var authorSchema = union([string2(), object({ text: string2() })]);
var oneOrMany = (schema) => union([schema, array(schema)]);
var infoSchema = object({
  title: optional(string2()),
  authors: optional(object({ author: oneOrMany(authorSchema) })),
  venue: optional(oneOrMany(string2())),
  year: optional(string2()),
  key: optional(string2()),
  doi: optional(string2()),
  url: optional(string2())
});
var hitSchema = object({ info: infoSchema });
var searchSchema = object({
  result: object({ hits: object({ hit: optional(oneOrMany(hitSchema)) }) })
});
var ENTITIES = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'"
};
function decodeEntities(text4) {
  return text4.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name) => {
    if (name[0] !== "#") return ENTITIES[name.toLowerCase()] ?? entity;
    const code2 = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isInteger(code2) && code2 > 0 && code2 <= 1114111 ? String.fromCodePoint(code2) : entity;
  });
}
function matchKey(text4) {
  return decodeEntities(text4).normalize("NFKD").replace(new RegExp("\\p{M}+", "gu"), "").toUpperCase().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function sameTitle(a, b) {
  const key = (title) => matchKey(title).replace(/ /g, "");
  return key(a) !== "" && key(a) === key(b);
}
function dblpName(name) {
  return collapseSpaces(decodeEntities(name)).replace(/\s+\d{4}$/, "");
}
function sameAuthor(a, b) {
  const [x, y] = [matchKey(dblpName(a)).split(" "), matchKey(dblpName(b)).split(" ")];
  if (x.join(" ") === "" || y.join(" ") === "") return false;
  if (x.join(" ") === y.join(" ")) return true;
  return x.at(-1) === y.at(-1) && x[0][0] === y[0][0];
}
function matchesPaper(candidate, wanted) {
  return sameTitle(candidate.title, wanted.title) && candidate.authors.some((author) => wanted.authors.some((other) => sameAuthor(author, other)));
}
function list(value) {
  if (value === void 0) return [];
  return Array.isArray(value) ? value : [value];
}
function hitAuthors(info) {
  return list(info.authors?.author).map((a) => dblpName(typeof a === "string" ? a : a.text));
}
function isPreprint(info) {
  const venue = list(info.venue)[0];
  return (info.key ?? "").startsWith("journals/corr/") || venue === "CoRR";
}
function hitVenue(info, year) {
  const venue = list(info.venue)[0];
  const name = (venue !== void 0 ? canonicalVenue(venue) : void 0) ?? (info.key !== void 0 ? canonicalVenue(info.key) : void 0) ?? venue;
  return name === void 0 ? void 0 : venueLabel(name, year);
}
function parseDblpSearch(json2, wanted) {
  const checked = checkShape(searchSchema, json2, "dblp");
  if ("verdict" in checked) return checked.verdict;
  const hits = list(checked.data.result.hits.hit).map((hit) => hit.info);
  const matching = hits.filter(
    (info) => matchesPaper({ title: info.title ?? "", authors: hitAuthors(info) }, wanted)
  );
  const published = matching.find((info) => !isPreprint(info));
  if (!published) {
    return notFound(
      matching.length > 0 ? `DBLP has only the arXiv (CoRR) record of "${wanted.title}"` : `DBLP has no record of "${wanted.title}" by its authors`
    );
  }
  const year = published.year === void 0 ? void 0 : Number(published.year);
  const title = decodeEntities(published.title ?? "").replace(/\.$/, "");
  return found({
    source: "dblp",
    url: published.url ?? `https://dblp.org/rec/${published.key ?? ""}`,
    ...titleFields(title),
    authors: hitAuthors(published),
    venue: hitVenue(published, year),
    year: Number.isInteger(year) ? year : void 0,
    doi: published.doi
  });
}

// src/plan/fill-answers.ts
var AUTOFILL_MODES = ["fill-missing", "verify", "off"];
var FILLABLE_FIELDS = ["title", "authors", "venue"];
function wantsAutofill(answers, mode) {
  if (mode === "off" || !answers.get("paper")?.trim()) return false;
  return mode === "verify" || FILLABLE_FIELDS.some((field2) => !answers.get(field2)?.trim());
}
function fetchedValue(field2, record2, listVenues2) {
  if (field2 === "title") return record2.title;
  if (field2 === "authors") {
    const names = (record2.authors ?? []).map(plainName).filter((name) => name !== "");
    const shown = names.length > MAX_AUTHORS ? [...names.slice(0, MAX_AUTHORS - 1), "et al."] : names;
    return shown.length > 0 ? shown.join("\n") : void 0;
  }
  return record2.venue === void 0 ? void 0 : listSpelling(record2.venue, listVenues2);
}
function plainName(name) {
  return name.replace(/(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*/gi, " ").replace(/[[\]()<>{}]/g, " ").replace(/[,;，]/g, " ").replace(/\s+/g, " ").trim();
}
function bestRecord(field2, records, listVenues2) {
  const candidates = records.flatMap((record2) => {
    const value = fetchedValue(field2, record2, listVenues2);
    return value === void 0 || value.trim() === "" ? [] : [{ record: record2, value }];
  });
  if (field2 !== "venue") return candidates[0];
  return candidates.find((c) => !/^arxiv\b/i.test(c.value)) ?? candidates[0];
}
function sameValue(field2, a, b) {
  if (field2 !== "authors") return matchKey(a) === matchKey(b);
  const names = (text4) => text4.split(/\n|,|;/).map(matchKey).filter((name) => name !== "");
  return names(a).join("|") === names(b).join("|");
}
function fillAnswers(answers, records, listVenues2) {
  const merged = new Map(answers);
  const filled = [];
  const differences = [];
  for (const field2 of FILLABLE_FIELDS) {
    const best = bestRecord(field2, records, listVenues2);
    if (!best) continue;
    const { record: record2, value } = best;
    const given = answers.get(field2)?.trim();
    if (!given) {
      merged.set(field2, value);
      filled.push({ field: field2, value, source: record2.source, url: record2.url });
    } else if (!sameValue(field2, given, value)) {
      differences.push({ field: field2, given, fetched: value, source: record2.source, url: record2.url });
    }
  }
  const code2 = records.find((record2) => record2.codeUrl !== void 0);
  if (code2?.codeUrl && !answers.get("links")?.trim()) {
    merged.set("links", `Code: ${code2.codeUrl}`);
    filled.push({ field: "links", value: code2.codeUrl, source: code2.source, url: code2.url });
  }
  return { answers: merged, filled, differences, notes: recordNotes(records, filled) };
}
function recordNotes(records, filled) {
  const title = filled.find((f) => f.field === "title");
  const tex = title && records.find((r) => r.url === title.url && r.hasTex);
  return [
    ...tex ? ["The filled title holds TeX markup; check how it reads in the list."] : [],
    ...records.flatMap((record2) => record2.notes ?? [])
  ];
}

// src/plan/apply-autofill.ts
var MAX_REASON = 160;
var NOUNS = {
  title: "title",
  authors: "authors",
  venue: "venue"
};
function describeTried(attempts, field2) {
  if (attempts.length === 0) return "the link names no paper the bot can look up";
  const parts = attempts.map((attempt2) => {
    const name = SOURCE_NAMES[attempt2.source];
    if (attempt2.outcome === "found") return `${name} gives no ${NOUNS[field2]}`;
    const reason = shorten(collapseSpaces(attempt2.reason ?? ""), MAX_REASON);
    if (attempt2.outcome === "skipped") return `${name} ${reason || "was not asked"}`;
    return reason || `${name} ${attempt2.outcome === "failed" ? "failed" : "has no record"}`;
  });
  return [...new Set(parts)].join("; ");
}
function missingAfterAutofill(field2, label, attempts) {
  return fieldProblem(
    field2,
    label,
    `"${label}" is required: fill it in, or give a paper link the bot can read (${describeTried(attempts, field2)}).`
  );
}
function applyAutofill(parsed, form, fill, attempts) {
  const filled = new Set(fill.filled.map((f) => f.field));
  const reported = (id) => parsed.problems.some((p) => p.field === id);
  const missing = FILLABLE_FIELDS.filter(
    (id) => !fill.answers.get(id)?.trim() && (parsed.present.has(id) || !reported(id))
  );
  const replaced = /* @__PURE__ */ new Set([...filled, ...missing]);
  const order = (id) => form.findIndex((f) => f.id === id);
  const problems = [
    ...parsed.problems.filter((p) => !replaced.has(p.field)),
    ...missing.map((id) => missingAfterAutofill(id, labelOf(form, id), attempts))
  ].sort((a, b) => order(a.field) - order(b.field));
  return { answers: fill.answers, present: parsed.present, problems };
}
function autofillReport(fill, form, shown) {
  const kept = (field2) => !shown || shown.has(field2);
  return {
    filled: fill.filled.filter((f) => kept(f.field)).map((f) => ({ ...f, label: labelOf(form, f.field) })),
    differences: fill.differences.filter((d) => kept(d.field)).map((d) => ({ ...d, label: labelOf(form, d.field) })),
    notes: fill.notes
  };
}
function listVenues(list3, reader) {
  return list3.files.flatMap(
    (file) => file.sections.flatMap(
      (section) => section.entries.flatMap((entry) => {
        const venue = reader.venue(file.text.slice(entry.start, entry.end));
        return venue === void 0 ? [] : [venue];
      })
    )
  );
}
function labelOf(form, id) {
  return form.find((f) => f.id === id)?.label.trim() ?? id;
}

// src/infer/tailor-form.ts
var import_yaml2 = __toESM(require_dist(), 1);

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

// src/form/section-options.ts
var import_yaml = __toESM(require_dist(), 1);
function syncSectionOptions(text4, sections, sectionOf) {
  const document3 = (0, import_yaml.parseDocument)(text4);
  if (document3.errors.length > 0) return fail("the issue form is not valid YAML");
  const options = sectionOptions(document3);
  if (!options) return fail("the issue form has no Section dropdown (a dropdown with id section)");
  const values = options.items.map((item) => (0, import_yaml.isScalar)(item) ? String(item.value) : void 0);
  if (values.some((value) => value === void 0))
    return fail("the Section options are not plain lines of text");
  const { slots, added, removed } = arrange(values, sections, sectionOf);
  if (added.length === 0 && removed.length === 0)
    return { ok: true, edit: { text: text4, added, removed } };
  if (sectionDropdown(document3)?.getIn(["attributes", "default"]) !== void 0)
    return fail("the Section dropdown sets a default, which an edit of its options would shift");
  const splices = options.flow ? flowSplices(text4, options, slots) : blockSplices(text4, options, slots);
  if (typeof splices === "string") return fail(splices);
  const spliced = applySplices(text4, splices);
  const edited = text4.endsWith("\n") ? spliced : spliced.replace(/\r?\n$/, "");
  const wanted = slots.map((s) => s.kind === "kept" ? values[s.index] : s.section);
  if (!sameExceptOptions(document3, edited, wanted))
    return fail("the Section options could not be rewritten without touching other lines");
  return { ok: true, edit: { text: edited, added, removed } };
}
function fail(error) {
  return { ok: false, error };
}
function sectionDropdown(document3) {
  const body = document3.get("body");
  if (!(0, import_yaml.isSeq)(body)) return void 0;
  const element = body.items.find(
    (item) => (0, import_yaml.isMap)(item) && item.get("id") === "section" && item.get("type") === "dropdown"
  );
  return (0, import_yaml.isMap)(element) ? element : void 0;
}
function sectionOptions(document3) {
  const options = sectionDropdown(document3)?.getIn(["attributes", "options"]);
  return (0, import_yaml.isSeq)(options) ? options : void 0;
}
function arrange(values, sections, sectionOf) {
  const slots = [];
  const removed = [];
  values.forEach((value, index2) => {
    const section = sectionOf(value);
    if (section === void 0) removed.push(value);
    else slots.push({ kind: "kept", index: index2, section });
  });
  const added = [];
  sections.forEach((section, position2) => {
    if (slots.some((slot) => slot.section === section)) return;
    let at = 0;
    for (let before = position2 - 1; before >= 0 && at === 0; before -= 1) {
      const last = slots.map((slot) => slot.section).lastIndexOf(sections[before]);
      if (last >= 0) at = last + 1;
    }
    slots.splice(at, 0, { kind: "added", section });
    added.push(section);
  });
  return { slots, added, removed };
}
function blockSplices(text4, options, slots) {
  const lines = [];
  for (const item of options.items) {
    const range = (0, import_yaml.isScalar)(item) ? item.range : void 0;
    if (!range || !(0, import_yaml.isScalar)(item) || item.type?.startsWith("BLOCK"))
      return "the Section options are not plain lines of text";
    const start = text4.lastIndexOf("\n", range[0] - 1) + 1;
    if (!/^[ \t]*-[ \t]+$/.test(text4.slice(start, range[0])))
      return "each Section option must be on a line of its own, as `- name`";
    const newline = text4.indexOf("\n", range[1]);
    const end = newline === -1 ? text4.length : newline + 1;
    if (!/^[ \t]*(#.*)?\r?\n?$/.test(text4.slice(range[1], end)))
      return "each Section option must be on a line of its own, as `- name`";
    lines.push({ start, end });
  }
  const first2 = lines[0];
  const lead = text4.slice(first2.start, options.items[0].range[0]);
  const eol = text4.includes("\r\n") ? "\r\n" : "\n";
  const quote = quoting(options);
  const splices = [];
  let at = first2.start;
  for (const slot of slots) {
    if (slot.kind === "kept") {
      at = lines[slot.index].end;
      continue;
    }
    const line = `${lead}${formatOption(slot.section, quote, false)}`;
    const atEnd = at === text4.length && !text4.endsWith("\n");
    splices.push({ start: at, end: at, text: atEnd ? `${eol}${line}` : `${line}${eol}` });
  }
  const kept = new Set(slots.flatMap((s) => s.kind === "kept" ? [s.index] : []));
  lines.forEach((line, index2) => {
    if (!kept.has(index2)) splices.push({ ...line, text: "" });
  });
  return splices;
}
function flowSplices(text4, options, slots) {
  const range = options.range;
  if (!range || text4.slice(range[0], range[1]).includes("#"))
    return "the Section options hold comments inside brackets";
  const quote = quoting(options);
  const written = slots.map((slot) => {
    if (slot.kind === "added") return formatOption(slot.section, quote, true);
    const item = options.items[slot.index];
    return text4.slice(item.range[0], item.range[1]);
  });
  return [{ start: range[0], end: range[1], text: `[${written.join(", ")}]` }];
}
function quoting(options) {
  const types = options.items.map((item) => (0, import_yaml.isScalar)(item) ? item.type : void 0);
  const double = types.includes("QUOTE_DOUBLE") && !types.includes("QUOTE_SINGLE");
  const always = types.every((t) => t === "QUOTE_SINGLE" || t === "QUOTE_DOUBLE");
  return { always, quote: double ? "double" : "single" };
}
function formatOption(value, quoting2, flow3) {
  if (!quoting2.always && readsBackPlain(value, flow3)) return value;
  if (quoting2.quote === "double") return JSON.stringify(value);
  return `'${value.replace(/'/g, "''")}'`;
}
function readsBackPlain(value, flow3) {
  try {
    const back = (0, import_yaml.parse)(flow3 ? `[${value}]` : `- ${value}
`);
    return Array.isArray(back) && back.length === 1 && back[0] === value;
  } catch {
    return false;
  }
}
function applySplices(text4, splices) {
  const ordered = splices.map((splice2, order) => ({ ...splice2, order })).sort((a, b) => a.start - b.start || a.order - b.order);
  let out = "";
  let at = 0;
  for (const splice2 of ordered) {
    out += text4.slice(at, splice2.start) + splice2.text;
    at = Math.max(at, splice2.end);
  }
  return out + text4.slice(at);
}
function sameExceptOptions(original, edited, wanted) {
  const document3 = (0, import_yaml.parseDocument)(edited);
  const options = sectionOptions(document3);
  if (document3.errors.length > 0 || !options) return false;
  const expected = original.clone();
  sectionOptions(expected).items = wanted.map((w) => expected.createNode(w));
  return JSON.stringify(document3.toJS()) === JSON.stringify(expected.toJS());
}

// src/paper/parse-venue-date.ts
var ARXIV_YYMM = /\barxiv\b[\s:-]*(\d{2})(\d{2})(?!\d)/i;
var FOUR_DIGIT_YEAR = /(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/;
var SHORT_YEAR = /[A-Za-z]['’‘](\d\d)(?!\d)/;
function parseVenueDate(venue) {
  const arxiv = ARXIV_YYMM.exec(venue);
  if (arxiv) {
    const month = Number(arxiv[2]);
    const yy2 = Number(arxiv[1]);
    if (month >= 1 && month <= 12) return { year: yy2 >= 91 ? 1900 + yy2 : 2e3 + yy2, month };
  }
  const year = FOUR_DIGIT_YEAR.exec(venue);
  if (year) return { year: Number(year[1]) };
  const short = SHORT_YEAR.exec(venue);
  if (!short) return void 0;
  const yy = Number(short[1]);
  return { year: yy >= 70 ? 1900 + yy : 2e3 + yy };
}
var LONE_DATE = /^(19\d\d|20\d\d)[-./](0?[1-9]|1[0-2])(?:[-./](0?[1-9]|[12]\d|3[01]))?$/;
function parseLoneDate(text4) {
  const match = LONE_DATE.exec(text4.trim());
  if (!match) return void 0;
  const date2 = { year: Number(match[1]), month: Number(match[2]) };
  return match[3] ? { ...date2, day: Number(match[3]) } : date2;
}

// src/infer/list-read.ts
var SECTION_SAMPLE = 100;
function sampledEntries(entries) {
  return entries.length <= SECTION_SAMPLE ? entries : entries.slice(0, SECTION_SAMPLE);
}

// src/paper/entry-template.ts
var PLACEHOLDERS = [
  "title",
  "authors",
  "venue",
  "year",
  "links",
  "paper",
  "abbreviation",
  "rating",
  "notes",
  "tail",
  "number"
];
var DEFAULT_TEMPLATE = "- **{title}** <Br>\n{authors} <Br>\n[{venue}]{links} <Br>\n{tail}";
var DEFAULT_LINE_BREAK = " <Br>";
var DEFAULT_LINK_FORMAT = { item: " [[{label}]({url})]", separator: "" };
var DEFAULT_AUTHOR_FORMAT = { separator: ", ", last: ", " };
var TOKEN = /\{\[|\](?:\|([^{}\n]*))?\}|\{([a-z]+)\}/g;
function parseEntryTemplate(source, lineBreak = DEFAULT_LINE_BREAK, links = DEFAULT_LINK_FORMAT, authors = DEFAULT_AUTHOR_FORMAT) {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  for (const raw of source.replace(/\r\n?/g, "\n").replace(/\n+$/, "").split("\n")) {
    const parsed = parseLine(raw, seen);
    if ("error" in parsed) return parsed;
    lines.push(optionalPaperLink(parsed.parts));
  }
  const problem = templateProblem(lines, seen) ?? linkFormatProblem(links);
  return problem ? { error: problem } : { source, lines, lineBreak, links, authors };
}
function parseLine(raw, seen) {
  const parts = [];
  let optional2;
  let at = 0;
  const push2 = (atom) => (optional2 ?? parts).push(atom);
  for (const match of raw.matchAll(TOKEN)) {
    const token = match[0];
    const closes = token.startsWith("]");
    if (closes && !optional2) continue;
    if (match.index > at) push2({ kind: "text", text: raw.slice(at, match.index) });
    at = match.index + token.length;
    if (token === "{[") {
      if (optional2) return { error: 'optional parts "{[ ... ]}" cannot be nested' };
      optional2 = [];
    } else if (closes) {
      if (!optional2.some((p) => p.kind === "value"))
        return { error: 'an optional part "{[ ... ]}" must hold a placeholder' };
      const fallback = match[1];
      parts.push({ kind: "optional", parts: optional2, ...fallback ? { fallback } : {} });
      optional2 = void 0;
    } else {
      const name = match[2];
      if (!PLACEHOLDERS.includes(name)) {
        return {
          error: `unknown placeholder {${name}}; use one of ${PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}`
        };
      }
      push2({ kind: "value", name });
      seen.add(name);
    }
  }
  if (optional2) return { error: 'an optional part "{[" is not closed with "]}"' };
  if (at < raw.length) parts.push({ kind: "text", text: raw.slice(at) });
  return { parts };
}
var LINK_OPENING = /[ \t]*(\[?\[[^[\]\n]*\]\]?\()$/;
function optionalPaperLink(parts) {
  const at = parts.findIndex((p) => p.kind === "value" && p.name === "paper");
  const before = parts[at - 1];
  const after = parts[at + 1];
  if (at === -1 || before?.kind !== "text" || after?.kind !== "text") return parts;
  const opening = LINK_OPENING.exec(before.text);
  if (!opening || !after.text.startsWith(")")) return parts;
  const outer = opening[1].startsWith("[[") && !opening[1].includes("]]");
  const closing = outer && after.text.startsWith(")]") ? ")]" : ")";
  const link = [
    { kind: "text", text: opening[0] },
    { kind: "value", name: "paper" },
    { kind: "text", text: closing }
  ];
  const head = before.text.slice(0, before.text.length - opening[0].length);
  const tail = after.text.slice(closing.length);
  return [
    ...parts.slice(0, at - 1),
    ...head ? [{ kind: "text", text: head }] : [],
    { kind: "optional", parts: link },
    ...tail ? [{ kind: "text", text: tail }] : [],
    ...parts.slice(at + 2)
  ];
}
function templateProblem(lines, seen) {
  if (!seen.has("title")) return "the template must place the {title}";
  const [first2, second] = lines[0] ?? [];
  const numbered = first2?.kind === "value" && first2.name === "number";
  const lead = numbered ? second : first2;
  if (lead?.kind !== "text" || lead.text.trim() === "") {
    return 'the template must start with literal text (such as "- **") that marks where an entry begins';
  }
  const misplaced = lines.some(
    (parts, i) => parts.some((p, j) => p.kind === "value" && p.name === "number" && (i > 0 || j > 0))
  );
  if (misplaced) return 'the {number} can only start the template, as in "{number}. **{title}**"';
  return void 0;
}
function linkFormatProblem(links) {
  if (!links.item.includes("{url}")) return "the link format must place the {url}";
  if (/\{(?!label\}|url\})[a-z]+\}/.test(links.item))
    return "the link format may only place {label} and {url}";
  return void 0;
}
function placedValues(template) {
  const names = /* @__PURE__ */ new Set();
  for (const parts of template.lines) {
    for (const part of parts) {
      const atoms = part.kind === "optional" ? part.parts : [part];
      for (const atom of atoms) if (atom.kind === "value") names.add(atom.name);
    }
  }
  return names;
}
function requiredValues(template) {
  const names = /* @__PURE__ */ new Set();
  for (const parts of template.lines) {
    for (const part of parts) if (part.kind === "value") names.add(part.name);
  }
  return names;
}
function isNumbered(template) {
  const first2 = template.lines[0]?.[0];
  return first2?.kind === "value" && first2.name === "number";
}
function entryHeadingLevel(template) {
  const first2 = template.lines[0]?.[0];
  if (first2?.kind !== "text") return void 0;
  const marks = /^[ \t]{0,3}(#{1,6})(?:[ \t]|$)/.exec(first2.text);
  return marks ? marks[1].length : void 0;
}
var EMPHASIS = ["**", "__", "*", "_"];
function venueEmphasis(parts, i) {
  const atom = parts[i];
  if (atom?.kind !== "value" || atom.name !== "venue") return void 0;
  const before = parts[i - 1];
  const after = parts[i + 1];
  if (before?.kind !== "text" || after?.kind !== "text") return void 0;
  return EMPHASIS.find((m) => before.text.endsWith(m) && after.text.startsWith(m));
}
function isTableRow(template) {
  const first2 = template.lines[0]?.[0];
  return first2?.kind === "text" && first2.text.trimStart().startsWith("|");
}
function mustParseEntryTemplate(source, lineBreak, links, authors) {
  const parsed = parseEntryTemplate(source, lineBreak, links, authors);
  if ("error" in parsed) throw new Error(`invalid entry template: ${parsed.error}`);
  return parsed;
}

// src/infer/tailor-form.ts
var FIELDS_OF = {
  title: ["title"],
  authors: ["authors"],
  venue: ["venue"],
  year: ["venue"],
  links: ["paper", "links"],
  paper: ["paper"],
  abbreviation: ["abbreviation"],
  rating: ["rating"],
  notes: ["notes"],
  tail: ["abbreviation", "rating", "notes"],
  number: []
};
function fieldsShown(list3, format) {
  const templates = list3.sections.flatMap((s) => format.templateFor(s.block) ?? []);
  return fieldsUsed(templates.length > 0 ? templates : [format.template], format);
}
function fieldsUsed(templates, format) {
  const used = /* @__PURE__ */ new Set(["title", "section"]);
  if (format.dateHeadings) used.add("venue");
  for (const template of templates) {
    for (const name of placedValues(template)) for (const id of FIELDS_OF[name]) used.add(id);
  }
  return used;
}
var EXAMPLE_FIELDS = ["notes", "abbreviation"];
function listExamples(list3, format) {
  const examples = {};
  for (const section of list3.sections) {
    for (const entry of sampledEntries(section.block.entries)) {
      const fields = format.reader.fields(section.file.text.slice(entry.start, entry.end));
      for (const id of EXAMPLE_FIELDS) {
        const value = fields?.[id]?.trim();
        if (value && !(id in examples) && !value.includes("\n")) examples[id] = value;
      }
      if (EXAMPLE_FIELDS.every((id) => id in examples)) return examples;
    }
  }
  return examples;
}
function tailorForm(used, sections, examples = {}) {
  const document3 = (0, import_yaml2.parseDocument)(SHIPPED_FORM_YAML);
  const body = document3.get("body");
  if (!(0, import_yaml2.isSeq)(body)) return void 0;
  body.items = body.items.filter((item) => {
    const id = (0, import_yaml2.isMap)(item) ? item.get("id") : void 0;
    return typeof id !== "string" || used.has(id);
  });
  for (const item of body.items) {
    const id = (0, import_yaml2.isMap)(item) ? item.get("id") : void 0;
    const example = typeof id === "string" ? examples[id] : void 0;
    if (example === void 0 || !(0, import_yaml2.isMap)(item)) continue;
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
    document3.toString(),
    sections,
    (option) => sections.includes(option) ? option : void 0
  );
  return synced.ok ? synced.edit.text : void 0;
}

// src/metadata/link-facts.ts
var NEW_ARXIV = /^(\d{2})(\d{2})\.\d{4,5}$/;
var OLD_ARXIV = /^([a-z-]+(?:\.[A-Za-z]{2})?)\/(\d{2})(\d{2})\d{3}$/i;
var ARXIV_PATH = /^\/(?:abs|pdf|html|format)\/(.+?)(?:v\d+)?(?:\.pdf)?\/?$/;
function arxivYear(yy) {
  return Number(yy) >= 91 ? 1900 + Number(yy) : 2e3 + Number(yy);
}
function arxivIdFacts(id) {
  const fresh = NEW_ARXIV.exec(id);
  const old = fresh ? void 0 : OLD_ARXIV.exec(id);
  const yymm = fresh ? [fresh[1], fresh[2]] : old ? [old[2], old[3]] : void 0;
  if (!yymm) return void 0;
  const [yy, mm] = yymm;
  const arxivId2 = old ? `${old[1].split(".")[0].toLowerCase()}/${id.split("/")[1]}` : id;
  const dated = Number(mm) >= 1 && Number(mm) <= 12;
  return {
    arxivId: arxivId2,
    doi: `10.48550/arXiv.${arxivId2}`,
    ...dated ? { venue: `arXiv ${yy}${mm}`, year: arxivYear(yy) } : {}
  };
}
function readArxiv(url) {
  const id = ARXIV_PATH.exec(decodeURIComponent(url.pathname))?.[1];
  return id === void 0 ? void 0 : arxivIdFacts(id);
}
var DATACITE_ARXIV = /^10\.48550\/arxiv\.(.+)$/i;
function readDoi(url) {
  const doi2 = decodeURIComponent(url.pathname.slice(1)).replace(/[.)/]+$/, "");
  if (!/^10\.\d{4,9}\/\S+$/.test(doi2)) return void 0;
  const arxiv = DATACITE_ARXIV.exec(doi2)?.[1];
  const facts = arxiv === void 0 ? void 0 : arxivIdFacts(arxiv);
  return facts ? { ...facts, doi: doi2 } : { doi: doi2 };
}
function readOpenReview(url) {
  if (!/^\/(?:forum|pdf|attachment)\/?$/.test(url.pathname)) return void 0;
  const id = url.searchParams.get("id");
  return id && /^[\w-]+$/.test(id) ? { openReviewId: id } : void 0;
}
var CVF_PATH = /^\/content[/_]([A-Za-z]+?)(W?)_?((?:19|20)\d\d)(W|_workshops)?(?:[/_]|$)/i;
function readCvf(url) {
  const match = CVF_PATH.exec(url.pathname);
  if (!match) return void 0;
  const conference = canonicalVenue(match[1]) ?? match[1].toUpperCase();
  const workshop = match[2] !== "" || match[4] !== void 0 ? "W" : "";
  const year = Number(match[3]);
  return { venue: `${conference}${workshop} ${year}`, year };
}
var NEURIPS_PATH = /^\/paper(?:_files\/paper)?\/((?:19|20)\d\d)\//;
function readNeurips(url) {
  const year = NEURIPS_PATH.exec(url.pathname)?.[1];
  return year === void 0 ? void 0 : { venue: `NeurIPS ${year}`, year: Number(year) };
}
var ACL_VENUES = {
  acl: "ACL",
  emnlp: "EMNLP",
  naacl: "NAACL",
  eacl: "EACL",
  aacl: "AACL",
  coling: "COLING",
  conll: "CoNLL",
  tacl: "TACL",
  cl: "CL",
  lrec: "LREC",
  ijcnlp: "IJCNLP",
  semeval: "SemEval"
};
var ACL_LETTERS = {
  P: "ACL",
  N: "NAACL",
  D: "EMNLP",
  E: "EACL",
  C: "COLING",
  K: "CoNLL",
  Q: "TACL",
  J: "CL",
  L: "LREC",
  S: "SemEval"
};
var NEW_ACL_ID = /^((?:19|20)\d\d)\.([a-z0-9]+)(?:-([a-z0-9]+))?\.\d+$/;
var OLD_ACL_ID = /^([A-Z])(\d{2})-\d{4}$/;
function aclIdFacts(aclId) {
  const fresh = NEW_ACL_ID.exec(aclId);
  if (fresh) {
    const year2 = Number(fresh[1]);
    const [code2, track] = [fresh[2], fresh[3]];
    const name2 = code2 === "findings" && track !== void 0 && ACL_VENUES[track] ? `Findings of ${ACL_VENUES[track]}` : ACL_VENUES[code2];
    return { aclId, year: year2, ...name2 ? { venue: `${name2} ${year2}` } : {} };
  }
  const old = OLD_ACL_ID.exec(aclId);
  if (!old) return void 0;
  const year = Number(old[2]) >= 60 ? 1900 + Number(old[2]) : 2e3 + Number(old[2]);
  const name = ACL_LETTERS[old[1]];
  return { aclId, year, ...name ? { venue: `${name} ${year}` } : {} };
}
function readAcl(url) {
  const id = /^\/(?:anthology\/)?([^/]+?)(?:\.pdf|\.bib)?\/?$/.exec(url.pathname)?.[1];
  return id === void 0 ? void 0 : aclIdFacts(id);
}
var RULES = [
  { name: "arXiv", host: /^(?:www\.|export\.)?arxiv\.org$/, read: readArxiv },
  { name: "DOI", host: /^(?:www\.|dx\.)?doi\.org$/, read: readDoi },
  { name: "OpenReview", host: /^(?:www\.)?openreview\.net$/, read: readOpenReview },
  { name: "CVF open access", host: /^openaccess\.thecvf\.com$/, read: readCvf },
  {
    name: "NeurIPS proceedings",
    host: /^(?:proceedings\.neurips\.cc|papers\.nips\.cc|papers\.neurips\.cc)$/,
    read: readNeurips
  },
  { name: "ACL Anthology", host: /^(?:www\.)?(?:aclanthology\.org|aclweb\.org)$/, read: readAcl }
];
function linkFacts(link) {
  let url;
  try {
    url = new URL(link.trim());
  } catch {
    return { link };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { link };
  const host = url.hostname.toLowerCase();
  for (const rule of RULES) {
    if (!rule.host.test(host)) continue;
    const facts = rule.read(url);
    if (facts) return { link, ...facts };
  }
  return { link };
}
function linkRecord(facts) {
  if (facts.venue === void 0 && facts.year === void 0) return void 0;
  return {
    source: "link",
    url: facts.link,
    ...facts.venue !== void 0 ? { venue: facts.venue } : {},
    ...facts.year !== void 0 ? { year: facts.year } : {}
  };
}

// src/autofill/fetch-source.ts
var PROJECT_URL = "https://github.com/OWNER/paper-list-bot";
var DEFAULT_USER_AGENT = `paper-list-bot (+${PROJECT_URL})`;
var DEFAULTS = {
  timeoutMs: 1e4,
  maxRetryWaitMs: 1e4,
  maxBytes: 2 * 1024 * 1024,
  maxAttempts: 2,
  userAgent: DEFAULT_USER_AGENT
};
var DEFAULT_RETRY_WAIT_MS = 1e3;
function settingsOf(options) {
  return {
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    maxRetryWaitMs: options.maxRetryWaitMs ?? DEFAULTS.maxRetryWaitMs,
    maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
    maxAttempts: options.maxAttempts ?? DEFAULTS.maxAttempts,
    userAgent: options.userAgent ?? DEFAULTS.userAgent,
    now: options.now ?? Date.now
  };
}
function seconds(ms) {
  return `${Number((ms / 1e3).toFixed(3))} s`;
}
function retryAfterMs(header, now) {
  const value = header?.trim() ?? "";
  if (/^\d+$/.test(value)) return Number(value) * 1e3;
  const date2 = Date.parse(value);
  return Number.isNaN(date2) ? DEFAULT_RETRY_WAIT_MS : Math.max(0, date2 - now);
}
function describeError(error) {
  const cause = error?.cause;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : "");
  return typeof detail === "string" && detail !== "" ? ` (${detail})` : "";
}
function byteSize(bytes) {
  if (bytes >= 1024 * 1024) return `${Number((bytes / 1024 / 1024).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}
async function readBody(response, settings, name, signal) {
  const tooLarge = `${name}'s answer is larger than ${byteSize(settings.maxBytes)}`;
  if (Number(response.headers.get("content-length") ?? 0) > settings.maxBytes) {
    await response.body?.cancel().catch(() => void 0);
    return { reason: tooLarge };
  }
  const chunks = [];
  let size = 0;
  const reader = response.body?.getReader();
  try {
    for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
      size += next.value.byteLength;
      if (size > settings.maxBytes) {
        await reader?.cancel().catch(() => void 0);
        return { reason: tooLarge };
      }
      chunks.push(next.value);
    }
  } catch (error) {
    return signal.aborted ? { reason: `${name} did not answer in ${seconds(settings.timeoutMs)}` } : { reason: `${name}'s answer broke off${describeError(error)}` };
  }
  return { body: new TextDecoder().decode(Buffer.concat(chunks)) };
}
var REDIRECT_HOSTS = ["doi.org", "crossref.org", "datacite.org", "arxiv.org", "openreview.net"];
var MAX_REDIRECTS = 3;
var RedirectRefused = class extends Error {
};
function mayFollow(from, to) {
  if (to.origin === from.origin) return true;
  const host = to.hostname.toLowerCase();
  return to.protocol === "https:" && REDIRECT_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}
async function fetchFollowing(request, settings, signal, sent) {
  let url = new URL(request.url);
  for (let hops = 0; ; hops += 1) {
    sent.count += 1;
    const response = await settings.fetch(url.href, {
      method: "GET",
      // Only these two headers: no token or cookie ever goes to a metadata source.
      headers: { accept: request.accept, "user-agent": settings.userAgent },
      redirect: "manual",
      credentials: "omit",
      signal
    });
    const location = response.headers.get("location");
    if (response.status < 300 || response.status > 399 || location === null) return response;
    await response.body?.cancel().catch(() => void 0);
    const next = URL.canParse(location, url.href) ? new URL(location, url) : void 0;
    if (!next || !mayFollow(url, next)) {
      throw new RedirectRefused(
        `redirected to ${next?.host ?? "an unreadable address"}, which the bot does not follow`
      );
    }
    if (hops >= MAX_REDIRECTS)
      throw new RedirectRefused(`redirected more than ${MAX_REDIRECTS} times`);
    url = next;
  }
}
async function attempt(request, settings, sent) {
  const name = SOURCE_NAMES[request.source];
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), settings.timeoutMs);
  try {
    let response;
    try {
      response = await fetchFollowing(request, settings, controller.signal, sent);
    } catch (error) {
      if (error instanceof RedirectRefused)
        return { kind: "failed", reason: `${name} ${error.message}` };
      return controller.signal.aborted ? { kind: "failed", reason: `${name} did not answer in ${seconds(settings.timeoutMs)}` } : { kind: "failed", reason: `could not reach ${name}${describeError(error)}` };
    }
    const answered = response.ok || (request.okStatuses ?? []).includes(response.status);
    if (!answered) return { kind: "response", response };
    const read2 = await readBody(response, settings, name, controller.signal);
    return "body" in read2 ? { kind: "read", status: response.status, body: read2.body } : { kind: "failed", reason: read2.reason };
  } finally {
    clearTimeout(timer);
  }
}
async function fetchSource(request, options = {}) {
  const settings = settingsOf(options);
  const name = SOURCE_NAMES[request.source];
  const sent = { count: 0 };
  for (let attempts = 1; ; attempts += 1) {
    const answer = await attempt(request, settings, sent);
    const requests = sent.count;
    if (answer.kind === "failed") return { kind: "failed", reason: answer.reason, requests };
    if (answer.kind === "read") {
      return { kind: "ok", status: answer.status, body: answer.body, requests };
    }
    const { status, headers, body } = answer.response;
    await body?.cancel().catch(() => void 0);
    if (status === 404 || status === 410) return { kind: "not-found", status, requests };
    const retryable = status === 429 || status === 503;
    if (!retryable || attempts >= settings.maxAttempts) {
      return { kind: "failed", reason: `${name} answered ${status}`, status, requests };
    }
    const wait = retryAfterMs(headers.get("retry-after"), settings.now());
    if (wait > settings.maxRetryWaitMs) {
      const reason = `${name} answered ${status} and asked to wait ${seconds(wait)}, more than ${seconds(settings.maxRetryWaitMs)}`;
      return { kind: "failed", reason, status, requests };
    }
    await settings.sleep(wait);
  }
}

// src/metadata/arxiv-atom.ts
var import_parse_xml = __toESM(require_dist2(), 1);
function localName(element) {
  return element.name.slice(element.name.indexOf(":") + 1);
}
function childElements(element, name) {
  return element.children.filter(
    (child) => child instanceof import_parse_xml.XmlElement && localName(child) === name
  );
}
function childText(element, name) {
  const child = childElements(element, name)[0];
  return child === void 0 ? void 0 : collapseSpaces(child.text);
}
function entryArxivId(entry) {
  const id = childText(entry, "id") ?? "";
  return /\/abs\/(.+?)(?:v\d+)?$/.exec(id)?.[1];
}
function pickEntry(entries, arxivId2) {
  const wanted = arxivId2.replace(/v\d+$/, "");
  return entries.find((entry) => entryArxivId(entry) === wanted);
}
var DOI = /^10\.\d{4,9}\/\S+$/;
function publishedDoi(text4) {
  const doi2 = text4?.trim();
  if (!doi2 || !DOI.test(doi2) || doi2.split("/").some((part) => part === ".." || part === "."))
    return void 0;
  return doi2;
}
function isErrorEntry(entry) {
  return (childText(entry, "id") ?? "").includes("/api/errors");
}
function parseArxivAtom(xml, arxivId2) {
  let root;
  try {
    root = (0, import_parse_xml.parseXml)(xml).root;
  } catch (error2) {
    const detail = error2 instanceof import_parse_xml.XmlError ? `line ${error2.line}: ${error2.message}` : "not XML";
    return invalidAnswer("arxiv", detail);
  }
  if (!root || localName(root) !== "feed") return invalidAnswer("arxiv", "not an Atom feed");
  const entries = childElements(root, "entry");
  const error = entries.find(isErrorEntry);
  if (error) {
    const summary = childText(error, "summary");
    return notFound(`arXiv refused ${arxivId2}${summary ? `: ${summary}` : ""}`);
  }
  const entry = pickEntry(entries, arxivId2);
  if (!entry) return notFound(`arXiv has no record ${arxivId2}`);
  const id = entryArxivId(entry) ?? arxivId2;
  const facts = arxivIdFacts(id);
  const authors = childElements(entry, "author").map((author) => childText(author, "name") ?? "").filter((name) => name !== "");
  const published = /^(\d{4})-/.exec(childText(entry, "published") ?? "")?.[1];
  return found({
    source: "arxiv",
    url: `https://arxiv.org/abs/${id}`,
    ...titleFields(childText(entry, "title")),
    authors,
    venue: facts?.venue,
    year: facts?.year ?? (published === void 0 ? void 0 : Number(published)),
    doi: publishedDoi(childText(entry, "doi"))
  });
}

// src/metadata/csl-json.ts
var textOrList = union([string2(), array(string2())]);
var cslName = object({
  given: optional(string2()),
  family: optional(string2()),
  literal: optional(string2()),
  name: optional(string2())
});
var cslDate = object({
  "date-parts": optional(array(array(union([number2(), string2(), _null3()]))))
});
var cslSchema = object({
  DOI: optional(string2()),
  URL: optional(string2()),
  title: optional(textOrList),
  author: optional(array(cslName)),
  "container-title": optional(textOrList),
  "container-title-short": optional(textOrList),
  event: optional(union([string2(), object({ name: optional(string2()) })])),
  "event-title": optional(string2()),
  issued: optional(cslDate),
  "published-print": optional(cslDate),
  "published-online": optional(cslDate)
});
function first(value) {
  const text4 = typeof value === "string" ? value : value?.[0];
  const clean = text4 === void 0 ? "" : collapseSpaces(text4);
  return clean === "" ? void 0 : clean;
}
function authorName(author) {
  const literal2 = author.literal ?? author.name;
  if (literal2 !== void 0) return collapseSpaces(literal2);
  return collapseSpaces(`${author.given ?? ""} ${author.family ?? ""}`);
}
function yearOf(csl) {
  for (const date2 of [csl.issued, csl["published-print"], csl["published-online"]]) {
    const year = Number(date2?.["date-parts"]?.[0]?.[0]);
    if (Number.isInteger(year) && year > 1e3) return year;
  }
  return void 0;
}
var BOOK_SERIES = /^(?:Lecture Notes in (?:Computer Science|Artificial Intelligence|Networks and Systems)|Communications in Computer and Information Science)$/i;
function venueOf(csl, year) {
  const event = typeof csl.event === "string" ? csl.event : csl.event?.name ?? csl["event-title"];
  const candidates = [first(event), first(csl["container-title"])].filter(
    (name2) => name2 !== void 0 && !BOOK_SERIES.test(name2)
  );
  const known = candidates.find((name2) => canonicalVenue(name2) !== void 0);
  const short = first(csl["container-title-short"]);
  const name = known ?? (short !== void 0 && !BOOK_SERIES.test(short) ? short : candidates.at(-1));
  return name === void 0 ? void 0 : venueLabel(name, year);
}
var DATACITE_ARXIV2 = /^10\.48550\/arxiv\.(.+)$/i;
function parseCslJson(json2, doi2) {
  const checked = checkShape(cslSchema, json2, "doi");
  if ("verdict" in checked) return checked.verdict;
  const csl = checked.data;
  const recordDoi = csl.DOI ?? doi2;
  const year = yearOf(csl);
  const arxivId2 = DATACITE_ARXIV2.exec(recordDoi)?.[1];
  const arxiv = arxivId2 === void 0 ? void 0 : arxivIdFacts(arxivId2);
  return found({
    source: "doi",
    url: `https://doi.org/${doi2}`,
    ...titleFields(first(csl.title)),
    authors: (csl.author ?? []).map(authorName).filter((name) => name !== ""),
    venue: arxiv?.venue ?? venueOf(csl, year),
    year: year ?? arxiv?.year,
    doi: recordDoi
  });
}

// src/metadata/huggingface-paper.ts
var paperSchema = object({
  id: optional(string2()),
  githubRepo: optional(nullable(string2()))
});
function httpsUrl(text4) {
  if (!text4) return void 0;
  try {
    const url = new URL(text4.trim());
    return url.protocol === "https:" ? url.href.replace(/\/$/, "") : void 0;
  } catch {
    return void 0;
  }
}
function parseHuggingFacePaper(json2, arxivId2) {
  const checked = checkShape(paperSchema, json2, "huggingface");
  if ("verdict" in checked) return checked.verdict;
  const codeUrl = httpsUrl(checked.data.githubRepo);
  if (codeUrl === void 0) return notFound(`Hugging Face names no code for ${arxivId2}`);
  return found({
    source: "huggingface",
    url: `https://huggingface.co/papers/${checked.data.id ?? arxivId2}`,
    codeUrl
  });
}

// src/metadata/openreview-note.ts
var wrapped = (schema) => optional(object({ value: schema }));
var noteSchema = object({
  id: string2(),
  pdate: optional(nullable(number2())),
  content: object({
    title: wrapped(string2()),
    authors: wrapped(array(string2())),
    venue: wrapped(string2()),
    venueid: wrapped(string2())
  })
});
var notesSchema = object({ notes: array(noteSchema) });
var NOT_A_VENUE = {
  Rejected_Submission: "a rejected submission",
  Withdrawn_Submission: "a withdrawn submission",
  Desk_Rejected_Submission: "a desk-rejected submission",
  Submission: "a submission under review"
};
var VENUE_ID = /^(.+?)\/((?:19|20)\d\d)\/([^/]+)(?:\/(.+))?$/;
function presentation(venue) {
  const kind = /\b(oral|spotlight)\b/i.exec(venue ?? "")?.[1];
  return kind === void 0 ? void 0 : kind[0].toUpperCase() + kind.slice(1).toLowerCase();
}
function readVenueId(venueId, venueText, note) {
  const match = VENUE_ID.exec(venueId);
  if (!match) {
    const name2 = canonicalVenue(venueId);
    const year2 = note.pdate ? new Date(note.pdate).getUTCFullYear() : void 0;
    if (!name2) return {};
    return { venue: year2 === void 0 ? name2 : `${name2} ${year2}`, ...year2 ? { year: year2 } : {} };
  }
  const [, group, yearText, track, status] = match;
  const year = Number(yearText);
  const name = canonicalVenue(group) ?? group.replace(/\.(?:cc|org|com)$/, "");
  const decision = status === void 0 ? void 0 : NOT_A_VENUE[status];
  if (decision !== void 0) {
    return {
      year,
      note: `OpenReview lists this paper as ${decision} to ${name} ${year} (${venueId}), which is not a venue; the venue is left empty.`
    };
  }
  const workshop = /^Workshop/i.test(track) ? " Workshop" : "";
  const shown = presentation(venueText);
  return { venue: `${name} ${year}${workshop}${shown ? ` ${shown}` : ""}`, year };
}
function parseOpenReviewNotes(json2, forumId) {
  const checked = checkShape(notesSchema, json2, "openreview");
  if ("verdict" in checked) return checked.verdict;
  const note = checked.data.notes.find((n) => n.id === forumId) ?? checked.data.notes[0];
  if (!note) return notFound(`OpenReview has no note ${forumId}`);
  const { content: content3 } = note;
  const venueId = content3.venueid?.value;
  const verdict = venueId === void 0 ? {} : readVenueId(venueId, content3.venue?.value, note);
  return found({
    source: "openreview",
    url: `https://openreview.net/forum?id=${note.id}`,
    ...titleFields(content3.title?.value),
    authors: (content3.authors?.value ?? []).map(collapseSpaces).filter((a) => a !== ""),
    venue: verdict.venue,
    year: verdict.year,
    notes: verdict.note === void 0 ? void 0 : [verdict.note]
  });
}

// src/metadata/semantic-scholar-paper.ts
var SEMANTIC_SCHOLAR_FIELDS = "title,authors,venue,year,externalIds,publicationVenue";
var paperSchema2 = object({
  paperId: optional(nullable(string2())),
  url: optional(nullable(string2())),
  title: optional(nullable(string2())),
  authors: optional(nullable(array(object({ name: nullable(string2()) })))),
  venue: optional(nullable(string2())),
  year: optional(nullable(number2())),
  externalIds: optional(
    nullable(object({ ArXiv: optional(string2()), DOI: optional(string2()) }))
  ),
  publicationVenue: optional(
    nullable(object({ name: optional(string2()), type: optional(string2()) }))
  ),
  error: optional(string2())
});
function venueOf2(paper, year) {
  const name = [paper.publicationVenue?.name, paper.venue].map((v) => collapseSpaces(v ?? "")).find((v) => v !== "");
  if (name === void 0) return void 0;
  const canonical = canonicalVenue(name);
  if (canonical === "arXiv") {
    const arxiv = paper.externalIds?.ArXiv;
    return arxiv === void 0 ? void 0 : arxivIdFacts(arxiv)?.venue;
  }
  return venueLabel(canonical ?? name, year);
}
function parseSemanticScholarPaper(json2, paperId) {
  const checked = checkShape(paperSchema2, json2, "semantic-scholar");
  if ("verdict" in checked) return checked.verdict;
  const paper = checked.data;
  if (paper.error !== void 0 || !paper.paperId) {
    return notFound(`Semantic Scholar has no record ${paperId}`);
  }
  const year = paper.year ?? void 0;
  const doi2 = paper.externalIds?.DOI;
  return found({
    source: "semantic-scholar",
    url: paper.url ?? `https://www.semanticscholar.org/paper/${paper.paperId}`,
    ...titleFields(paper.title ?? void 0),
    authors: (paper.authors ?? []).map((author) => collapseSpaces(author.name ?? "")).filter((name) => name !== ""),
    venue: venueOf2(paper, year),
    year,
    doi: doi2 !== void 0 && !/^10\.48550\//i.test(doi2) ? doi2 : void 0
  });
}

// src/autofill/source-steps.ts
function pathId(id) {
  return id.split("/").map((part) => encodeURIComponent(part).replace(/%3A/gi, ":")).join("/");
}
function json(source, read2) {
  return (body) => {
    let value;
    try {
      value = JSON.parse(body);
    } catch {
      return invalidAnswer(source, "not JSON");
    }
    return read2(value);
  };
}
function arxivStep(urls, arxivId2) {
  return {
    source: "arxiv",
    url: `${urls.arxiv}/api/query?id_list=${encodeURIComponent(arxivId2)}`,
    accept: "application/atom+xml",
    okStatuses: [400],
    missing: `arXiv has no record ${arxivId2}`,
    parse: (body) => parseArxivAtom(body, arxivId2)
  };
}
function doiStep(urls, doi2) {
  return {
    source: "doi",
    url: `${urls.doi}/${pathId(doi2)}`,
    accept: "application/vnd.citationstyles.csl+json",
    missing: `doi.org has no record of the DOI ${doi2}`,
    parse: json("doi", (value) => parseCslJson(value, doi2))
  };
}
function openReviewStep(urls, forumId) {
  return {
    source: "openreview",
    url: `${urls.openreview}/notes?id=${encodeURIComponent(forumId)}`,
    accept: "application/json",
    missing: `OpenReview has no note ${forumId}`,
    parse: json("openreview", (value) => parseOpenReviewNotes(value, forumId))
  };
}
function dblpStep(urls, wanted) {
  const query = encodeURIComponent(wanted.title.replace(/\$/g, ""));
  return {
    source: "dblp",
    url: `${urls.dblp}/search/publ/api?q=${query}&format=json&h=10`,
    accept: "application/json",
    missing: `DBLP has no record of "${wanted.title}"`,
    parse: json("dblp", (value) => parseDblpSearch(value, wanted))
  };
}
function semanticScholarStep(urls, paperId) {
  return {
    source: "semantic-scholar",
    url: `${urls["semantic-scholar"]}/graph/v1/paper/${pathId(paperId)}?fields=${SEMANTIC_SCHOLAR_FIELDS}`,
    accept: "application/json",
    missing: `Semantic Scholar has no record ${paperId}`,
    parse: json("semantic-scholar", (value) => parseSemanticScholarPaper(value, paperId))
  };
}
function huggingFaceStep(urls, arxivId2) {
  return {
    source: "huggingface",
    url: `${urls.huggingface}/api/papers/${encodeURIComponent(arxivId2)}`,
    accept: "application/json",
    missing: `Hugging Face has no page for ${arxivId2}`,
    parse: json("huggingface", (value) => parseHuggingFacePaper(value, arxivId2))
  };
}

// src/autofill/fetch-paper-metadata.ts
var Session = class {
  constructor(options) {
    this.options = options;
  }
  options;
  records = [];
  attempts = [];
  requests = 0;
  /** Asks one source; returns its record when it has one. */
  async ask(step) {
    const left = (this.options.maxRequests ?? 6) - this.requests;
    const base = { source: step.source, url: step.url };
    if (left <= 0) {
      const reason = `not asked: the ${this.options.maxRequests ?? 6} requests allowed per paper are spent`;
      this.attempts.push({ ...base, outcome: "skipped", reason, requests: 0 });
      return void 0;
    }
    const outcome = await fetchSource(step, {
      ...this.options.http,
      maxAttempts: left >= 2 ? 2 : 1
    });
    this.requests += outcome.requests;
    const requests = outcome.requests;
    if (outcome.kind === "failed") {
      this.attempts.push({ ...base, outcome: "failed", reason: outcome.reason, requests });
      return void 0;
    }
    if (outcome.kind === "not-found") {
      this.attempts.push({ ...base, outcome: "not-found", reason: step.missing, requests });
      return void 0;
    }
    const parsed = step.parse(outcome.body);
    if (!parsed.found) {
      const kind = parsed.invalid ? "failed" : "not-found";
      this.attempts.push({ ...base, outcome: kind, reason: parsed.reason, requests });
      return void 0;
    }
    this.attempts.push({ ...base, outcome: "found", requests });
    this.records.push(parsed.record);
    return parsed.record;
  }
  /** The first record's value of a field, in the order the sources were asked. */
  first(field2) {
    return this.records.find((record2) => record2[field2] !== void 0)?.[field2];
  }
  /** Whether some source named a venue that is not arXiv (the paper is published). */
  hasPublishedVenue() {
    return this.records.some(
      (record2) => record2.venue !== void 0 && !/^arxiv\b/i.test(record2.venue)
    );
  }
};
var DATACITE_ARXIV3 = /^10\.48550\/arxiv\./i;
function doiToAsk(facts, arxiv, arxivAnswered) {
  if (facts.doi !== void 0 && !(DATACITE_ARXIV3.test(facts.doi) && arxivAnswered)) {
    return facts.doi;
  }
  return arxiv?.doi;
}
async function fetchPaperMetadata(link, options) {
  const { urls } = options;
  const facts = linkFacts(link);
  const session = new Session(options);
  const own4 = linkRecord(facts);
  if (own4) session.records.push(own4);
  const arxiv = facts.arxivId ? await session.ask(arxivStep(urls, facts.arxivId)) : void 0;
  const arxivAnswered = session.attempts.some(
    (a) => a.source === "arxiv" && a.outcome !== "failed"
  );
  const doi2 = doiToAsk(facts, arxiv, arxivAnswered);
  if (doi2 !== void 0) await session.ask(doiStep(urls, doi2));
  if (facts.openReviewId) await session.ask(openReviewStep(urls, facts.openReviewId));
  const preprint = facts.arxivId !== void 0 || /^arxiv\b/i.test(session.first("venue") ?? "");
  const [title, authors] = [session.first("title"), session.first("authors")];
  if (preprint && !session.hasPublishedVenue() && title && authors && authors.length > 0) {
    await session.ask(dblpStep(urls, { title, authors }));
  }
  const missing = !session.first("title") || !session.first("authors")?.length || !session.first("venue") || preprint && !session.hasPublishedVenue();
  const paperId = facts.arxivId ? `ARXIV:${facts.arxivId}` : doi2 ? `DOI:${doi2}` : void 0;
  if (missing && paperId) await session.ask(semanticScholarStep(urls, paperId));
  const codeLink = options.codeLink ?? true;
  if (codeLink && facts.arxivId && !facts.arxivId.includes("/")) {
    await session.ask(huggingFaceStep(urls, facts.arxivId));
  }
  return {
    link,
    facts,
    records: session.records,
    attempts: session.attempts,
    requests: session.requests
  };
}

// src/autofill/autofill-submission.ts
async function autofillSubmission(input) {
  const { parsed, access } = input;
  const answer = parsed.answers.get("paper") ?? "";
  const link = dropInvisible(answer).trim();
  const readable = link !== "" && !refuseInvisible(answer) && !checkUrl(link);
  if (!access || !readable) return { parsed };
  if (!wantsAutofill(parsed.answers, input.mode)) return { parsed };
  const metadata = await fetchPaperMetadata(link, {
    urls: access.urls,
    ...access.http ? { http: access.http } : {}
  });
  const venues = listVenues(input.list, input.format.reader);
  const fill = fillAnswers(parsed.answers, metadata.records, venues);
  return {
    parsed: applyAutofill(parsed, input.form, fill, metadata.attempts),
    fetched: {
      metadata,
      report: autofillReport(fill, input.form, fieldsShown(input.list, input.format))
    }
  };
}

// src/paper/paper.ts
var RATINGS = ["★", "★☆", "★★", "★★☆", "★★★"];

// src/form/default-form.ts
var FORM_LABEL_DEFAULT = "new-paper";
function field(spec) {
  const options = spec.options === void 0 ? {} : { options: Object.freeze([...spec.options]) };
  return Object.freeze({ ...spec, ...options });
}
var DEFAULT_FORM = Object.freeze([
  field({ id: "paper", type: "input", label: "Paper link", required: false }),
  field({ id: "title", type: "input", label: "Title", required: false }),
  field({ id: "authors", type: "textarea", label: "Authors", required: false }),
  field({ id: "venue", type: "input", label: "Venue and year", required: false }),
  field({
    id: "section",
    type: "dropdown",
    label: "Section",
    required: true,
    options: [
      "Vision Transformers",
      "Diffusion Models",
      "Efficient Networks",
      "Self-Supervised Learning"
    ]
  }),
  field({ id: "links", type: "textarea", label: "Other links", required: false }),
  field({ id: "abbreviation", type: "input", label: "Short name", required: false }),
  field({ id: "rating", type: "dropdown", label: "Rating", required: false, options: RATINGS }),
  field({ id: "notes", type: "textarea", label: "Notes", required: false })
]);

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
  for (let index2 = from; index2 < lines.length; index2 += 1) {
    if (closesFence(lines[index2] ?? "", fence)) return index2;
  }
  return -1;
}

// src/form/find-field-headings.ts
var HEADING = /^ {0,3}###[ \t]+(.*)$/;
function headingText(line) {
  const text4 = HEADING.exec(line)?.[1]?.trim();
  return text4 === void 0 || text4 === "" ? void 0 : text4;
}
function foldLabel(label) {
  return label.trim().normalize("NFC").toLowerCase().replace(/\s+/g, " ");
}
function singleLineAnswerAt(lines, headingAt) {
  let index2 = headingAt + 1;
  while (index2 < lines.length && (lines[index2] ?? "").trim() === "") index2 += 1;
  return index2;
}
function findHeading(lines, from, noFenceAt, matches, claimed) {
  const candidates = [];
  const isMatch = (line, index2) => {
    const text4 = headingText(line);
    return text4 !== void 0 && !claimed.has(index2) && matches(text4);
  };
  for (let index2 = from; index2 < lines.length; index2 += 1) {
    const line = lines[index2] ?? "";
    const fence = index2 === noFenceAt ? void 0 : openingFence(line);
    const close = fence === void 0 ? -1 : findFenceClose(lines, index2 + 1, fence);
    if (close !== -1) {
      for (let inner = index2 + 1; inner < close; inner += 1) {
        if (isMatch(lines[inner] ?? "", inner)) candidates.push({ at: inner, fenceEnd: close });
      }
      index2 = close;
      continue;
    }
    if (isMatch(line, index2)) candidates.push({ at: index2 });
  }
  let first2;
  let lastCounted;
  for (let k = candidates.length - 1; k >= 0; k -= 1) {
    const { at, fenceEnd } = candidates[k];
    const quoted = fenceEnd !== void 0 && lastCounted !== void 0 && lastCounted > fenceEnd;
    if (quoted) continue;
    first2 = at;
    lastCounted = Math.max(lastCounted ?? at, at);
  }
  return first2;
}
function findFieldHeading(lines, field2, from, noFenceAt, claimed) {
  const label = field2.label.trim();
  if (label === "") return void 0;
  const folded = foldLabel(label);
  return findHeading(lines, from, noFenceAt, (text4) => text4 === label, claimed) ?? findHeading(lines, from, noFenceAt, (text4) => foldLabel(text4) === folded, claimed);
}
function findInOrder(lines, fields) {
  const found2 = [];
  const claimed = /* @__PURE__ */ new Set();
  let from = 0;
  let noFenceAt = -1;
  for (const field2 of fields) {
    const at = findFieldHeading(lines, field2, from, noFenceAt, claimed);
    found2.push(at);
    if (at === void 0) continue;
    claimed.add(at);
    from = at + 1;
    noFenceAt = field2.type === "textarea" ? -1 : singleLineAnswerAt(lines, at);
  }
  return { found: found2, claimed };
}
function bodyOrder(lines, fields) {
  const first2 = fields.map((field2) => {
    const folded = foldLabel(field2.label);
    const at = lines.findIndex((line) => {
      const text4 = headingText(line);
      return text4 !== void 0 && foldLabel(text4) === folded;
    });
    return at === -1 ? Number.POSITIVE_INFINITY : at;
  });
  return fields.map((_field, index2) => index2).sort((a, b) => first2[a] - first2[b] || a - b);
}
function findInBestOrder(lines, fields) {
  const inTemplateOrder = findInOrder(lines, fields);
  const order = bodyOrder(lines, fields);
  if (order.every((fieldIndex, position2) => fieldIndex === position2)) return inTemplateOrder;
  const inBodyOrder = findInOrder(
    lines,
    order.map((fieldIndex) => fields[fieldIndex])
  );
  const count5 = (found3) => found3.filter((at) => at !== void 0).length;
  if (count5(inBodyOrder.found) <= count5(inTemplateOrder.found)) return inTemplateOrder;
  const found2 = new Array(fields.length);
  order.forEach((fieldIndex, position2) => found2[fieldIndex] = inBodyOrder.found[position2]);
  return { found: found2, claimed: inBodyOrder.claimed };
}
function findFieldHeadings(lines, fields) {
  const { found: found2, claimed } = findInBestOrder(lines, fields);
  fields.forEach((field2, index2) => {
    if (found2[index2] !== void 0) return;
    const at = findFieldHeading(lines, field2, 0, -1, claimed);
    if (at === void 0) return;
    found2[index2] = at;
    claimed.add(at);
  });
  return found2;
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
  for (let index2 = from; index2 < lines.length; index2 += 1) {
    const line = lines[index2] ?? "";
    const close = line.indexOf("-->", index2 === from ? opened + 4 : 0);
    if (close !== -1) return index2 === lines.length - 1 && line.slice(close + 3).trim() === "";
  }
  return true;
}
function trailingCommentStart(lines) {
  for (let index2 = 1; index2 < lines.length; index2 += 1) {
    const starts = (lines[index2 - 1] ?? "").trim() === "" && /^\s*<!--/.test(lines[index2] ?? "");
    if (starts && commentRunsToEnd(lines, index2)) return index2;
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
function readAnswer(field2, raw) {
  const trimmed = trimLines(raw);
  if (trimmed.length === 0 || firstParagraph(trimmed).join("\n") === NO_RESPONSE) return void 0;
  const lines = dropTrailingComments(trimmed);
  let answer;
  if (field2.type === "checkboxes") answer = tickedBoxes(lines);
  else if (field2.type === "textarea" && field2.render !== void 0) answer = unwrapRendered(lines);
  else answer = lines;
  const text4 = answer.join("\n");
  if (text4 === "" || field2.type === "dropdown" && text4 === DROPDOWN_NONE) return void 0;
  return text4;
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
function requiredProblems(field2, parsed) {
  const label = field2.label.trim();
  if (!parsed.present.has(field2.id)) {
    return [
      fieldProblem(
        field2.id,
        field2.label,
        `"${label}" is required, but its "### ${label}" heading is missing from the issue: edit the issue to put the heading back with your answer below it.`
      )
    ];
  }
  if (field2.type === "checkboxes") {
    const ticked = new Set((parsed.answers.get(field2.id) ?? "").split("\n").map(foldBox));
    return (field2.requiredOptions ?? []).filter((box) => !ticked.has(foldBox(box))).map(
      (box) => fieldProblem(
        field2.id,
        field2.label,
        `"${label}": the box "${box}" must be ticked; edit the issue and tick it.`
      )
    );
  }
  if (parsed.answers.has(field2.id)) return [];
  return [
    fieldProblem(field2.id, field2.label, `"${label}" is required: fill it in by editing the issue.`)
  ];
}
function parseIssueBody(body, fields) {
  const lines = body.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const headings = findFieldHeadings(lines, fields);
  const starts = headings.filter((at) => at !== void 0).sort((a, b) => a - b);
  const answers = /* @__PURE__ */ new Map();
  const present = /* @__PURE__ */ new Set();
  fields.forEach((field2, index2) => {
    const at = headings[index2];
    if (at === void 0) return;
    present.add(field2.id);
    const next = starts.find((start) => start > at) ?? lines.length;
    const answer = readAnswer(field2, lines.slice(at + 1, next));
    if (answer !== void 0) answers.set(field2.id, answer);
  });
  if (present.size === 0) return { answers, present, problems: [notFromForm()] };
  const parsed = { answers, present, problems: [] };
  const problems = fields.filter((f) => f.required).flatMap((f) => requiredProblems(f, parsed));
  return { answers, present, problems };
}

// src/form/read-form-template.ts
var import_yaml3 = __toESM(require_dist(), 1);
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
  return value.map((option, index2) => {
    if (typeof option === "string" || typeof option === "number" || typeof option === "boolean") {
      return String(option);
    }
    throw new TemplateError(`option ${index2 + 1} of ${where} is not a single line of text`);
  });
}
function readBoxes(value, where) {
  if (!Array.isArray(value) || value.length === 0) {
    throw new TemplateError(`${where} is a checkboxes element without an \`options\` list`);
  }
  const boxes = value.map((box, index2) => {
    const label = isRecord(box) ? box["label"] : void 0;
    if (typeof label !== "string" || label.trim() === "") {
      throw new TemplateError(`option ${index2 + 1} of ${where} has no label`);
    }
    return { label: label.trim(), required: isRecord(box) && box["required"] === true };
  });
  return {
    options: boxes.map((box) => box.label),
    required: boxes.filter((box) => box.required).map((box) => box.label)
  };
}
function readId(element, position2, where) {
  const id = element["id"];
  if (id === void 0) return `element-${position2}`;
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
    const { options, required: required2 } = readBoxes(attributes["options"], where);
    return { options, ...required2.length > 0 ? { requiredOptions: required2 } : {} };
  }
  const render2 = attributes["render"];
  return type === "textarea" && typeof render2 === "string" && render2.trim() !== "" ? { render: render2.trim() } : {};
}
function readField(element, position2) {
  const where = `field ${position2}`;
  if (!isRecord(element)) throw new TemplateError(`${where} is not a mapping`);
  const type = element["type"];
  if (typeof type !== "string") throw new TemplateError(`${where} has no type`);
  if (type === "markdown") return void 0;
  if (!RENDERED.includes(type)) throw new TemplateError(`${where} has an unknown type "${type}"`);
  const id = readId(element, position2, where);
  const attributes = element["attributes"];
  const label = isRecord(attributes) ? attributes["label"] : void 0;
  if (!isRecord(attributes) || typeof label !== "string" || label.trim() === "") {
    throw new TemplateError(`${where} ("${id}") has no label`);
  }
  const details = typeDetails(type, attributes, where);
  const validations = element["validations"];
  const required2 = type === "checkboxes" ? details.requiredOptions !== void 0 : isRecord(validations) && validations["required"] === true;
  return { id, type, label, required: required2, ...details };
}
function readFields(form) {
  if (!isRecord(form)) throw new TemplateError("the issue form is not a YAML mapping");
  const body = form["body"];
  if (!Array.isArray(body)) throw new TemplateError("the issue form has no `body` list");
  const fields = [];
  const positions = /* @__PURE__ */ new Map();
  body.forEach((element, index2) => {
    const field2 = readField(element, index2 + 1);
    if (field2 === void 0) return;
    const earlier = positions.get(field2.id);
    if (earlier !== void 0) {
      throw new TemplateError(`fields ${earlier} and ${index2 + 1} share the id "${field2.id}"`);
    }
    positions.set(field2.id, index2 + 1);
    fields.push(field2);
  });
  if (fields.length === 0) throw new TemplateError("the issue form has no fields to answer");
  return fields;
}
function readFormTemplate(yamlText) {
  try {
    const document3 = (0, import_yaml3.parseDocument)(yamlText);
    const firstError = document3.errors[0];
    if (firstError !== void 0) {
      const reason = firstError.message.split("\n")[0] ?? "";
      return { error: `the issue form is not valid YAML (${reason.trim().replace(/:$/, "")})` };
    }
    return { fields: readFields(document3.toJS()) };
  } catch (error) {
    if (error instanceof TemplateError) return { error: error.message };
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { error: `the issue form could not be read (${reason})` };
  }
}

// src/form/read-issue.ts
var CONTRACT_FIELDS = ["title", "authors", "venue", "section", "paper"];
function submissionFields(fields) {
  return fields.filter((field2) => field2.required || CONTRACT_FIELDS.includes(field2.id));
}
function chooseIssueForm(template) {
  if (template === void 0) return { fields: DEFAULT_FORM };
  const read2 = readFormTemplate(template.text);
  if ("fields" in read2) return { fields: read2.fields, path: template.path };
  return {
    fields: DEFAULT_FORM,
    warning: `${template.path}: ${read2.error}; reading issues with the built-in form`
  };
}
function readIssue(body, form) {
  const parsed = parseIssueBody(body, form.fields);
  const needed = submissionFields(form.fields);
  const isSubmission = needed.length > 0 ? needed.every((field2) => parsed.present.has(field2.id)) : parsed.present.size > 0;
  return { parsed, isSubmission };
}

// src/paper/escape-markdown.ts
var ALWAYS = /[\\`*[\]<~|$]/g;
var LONE_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
var ENTITY = /&(?=#?[0-9A-Za-z]+;)/g;
var BLOCK_START = /^(?:[#>+=-]|\d{1,9}(?=[.)]))/;
var BARE_URL = /(?<![A-Za-z])https?:\/\/[^\s<>]+/gi;
var WWW = /(www)\./gi;
var TRAILING_PUNCTUATION = /[.,;:!?'"*_~]+$/;
function escapeInline(text4) {
  let escaped = "";
  let at = 0;
  for (const match of text4.matchAll(BARE_URL)) {
    const url = trimUrl(match[0]);
    escaped += escapeText(text4.slice(at, match.index)) + `<${url}>`;
    at = match.index + url.length;
  }
  return escaped + escapeText(text4.slice(at));
}
function escapeText(text4) {
  return text4.replace(ALWAYS, (c) => `\\${c}`).replace(LONE_UNDERSCORE, "\\_").replace(ENTITY, "\\&").replace(WWW, "$1\\.");
}
function trimUrl(url) {
  let trimmed = url.replace(TRAILING_PUNCTUATION, "");
  while (trimmed.endsWith(")") && count(trimmed, "(") < count(trimmed, ")")) {
    trimmed = trimmed.slice(0, -1).replace(TRAILING_PUNCTUATION, "");
  }
  return trimmed;
}
function count(text4, char) {
  return text4.split(char).length - 1;
}
function escapeLineStart(text4) {
  return escapeBlockStart(escapeInline(text4));
}
function escapeBlockStart(escaped) {
  const start = BLOCK_START.exec(escaped);
  if (!start) return escaped;
  const at = /^\d/.test(escaped) ? start[0].length : 0;
  return `${escaped.slice(0, at)}\\${escaped.slice(at)}`;
}
var URL_UNSAFE = /[\s()<>"`\\\p{Cc}]/gu;
function escapeUrl(url) {
  return url.replace(
    URL_UNSAFE,
    (c) => Array.from(
      new TextEncoder().encode(c),
      (b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`
    ).join("")
  );
}

// src/messages/autofill-text.ts
var OUTCOME_WORDS = {
  found: "found it",
  "not-found": "had no record",
  failed: "failed",
  skipped: "was not asked"
};
function describeAutofillRun(attempts, requests, report2) {
  const asked = attempts.length === 0 ? "The paper link names no source to ask" : `Asked the paper link's sources (${requests} ${requests === 1 ? "request" : "requests"}): ${attempts.map((a) => `${SOURCE_NAMES[a.source]} ${OUTCOME_WORDS[a.outcome]}`).join(", ")}`;
  const filled = report2.filled.map((f) => f.label);
  const differing = report2.differences.map((d) => d.label);
  return [
    `${asked}.`,
    ...filled.length > 0 ? [`Filled ${filled.join(", ")}.`] : [],
    ...differing.length > 0 ? [`The sources give another ${differing.join(", ")}.`] : []
  ].join(" ");
}

// src/paper/paper-identity.ts
var ASCII = /^[\x20-\x7e]*$/;
function normaliseTitle(title) {
  if (ASCII.test(title)) return title.toLowerCase().replace(/[^a-z0-9]+/g, "");
  return title.normalize("NFKC").toUpperCase().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
var ARXIV = /arxiv\.org\/(?:abs|pdf|html|format)\/((?:[a-z-]+(?:\.[a-z]{2})?\/\d{7})|(?:\d{4}\.\d{4,5}))(?:v\d+)?/i;
var DOI2 = /(?:doi\.org\/|\/doi\/(?:abs\/|full\/|pdf\/|epdf\/)?|\bdoi:\s*)(10\.\d{4,9}\/[^\s?#]+)/i;
function arxivId(url) {
  return ARXIV.exec(url)?.[1]?.toLowerCase();
}
function doi(url) {
  const match = DOI2.exec(url.replace(/%2F/gi, "/"))?.[1];
  return match ? decodeURIComponent(match).replace(/[.)]+$/, "").toLowerCase() : void 0;
}
function normaliseUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return void 0;
  const host = parsed.host.toLowerCase().replace(/^www\./, "");
  const path6 = parsed.pathname.replace(/\/+$/, "");
  return `${host}${path6}${parsed.search}`;
}
function paperKeys(url) {
  const keys = [];
  const arxiv = arxivId(url);
  if (arxiv) keys.push(`arxiv:${arxiv}`);
  const d = doi(url);
  if (d) keys.push(`doi:${d}`);
  if (!arxiv && !d) {
    const normal = normaliseUrl(url);
    if (normal) keys.push(`url:${normal}`);
  }
  return keys;
}
var PAPER_LABEL = /^(?:paper|pdf|arxiv|doi|openreview|abs|abstract|publication)$/i;
var CODE_LABEL = /code|github|gitlab|repo/i;
var PAPER_HOST = /(?:^|\.)(?:arxiv\.org|doi\.org|openreview\.net|thecvf\.com|papers\.nips\.cc|proceedings\.neurips\.cc|proceedings\.mlr\.press|aclanthology\.org|dl\.acm\.org|ieeexplore\.ieee\.org|link\.springer\.com|sciencedirect\.com|nature\.com|ojs\.aaai\.org|ijcai\.org|semanticscholar\.org)$/i;
var CODE_HOST = /(?:^|\.)(?:github\.com|gitlab\.com|bitbucket\.org|huggingface\.co)$/i;
function linkKind(label, url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return "other";
  }
  if (PAPER_LABEL.test(label.trim()) || PAPER_HOST.test(parsed.hostname)) return "paper";
  if (CODE_LABEL.test(label)) return "code";
  const segments = parsed.pathname.split("/").filter(Boolean).length;
  if (CODE_HOST.test(parsed.hostname) && segments >= 2) return "code";
  return "other";
}

// src/list/paper-list.ts
var NAME_SEPARATOR = " › ";
function namePaperList(files, options) {
  const excluded = new Set(options.excludeSections.map(foldName));
  const candidates = [];
  for (const file of files) {
    const hasHeadings = file.sections.some((s) => s.heading);
    for (const section of file.sections) {
      if (!isOffered(section, hasHeadings, excluded)) continue;
      const chain = section.heading ? [...section.parents.map(displayHeading), displayHeading(section.heading.text)] : [fileLabel(file.path)];
      candidates.push({ file, section, chain });
    }
  }
  const qualifyFiles = files.length > 1;
  const names = candidates.map((c) => qualifiedName(c.chain, 0, void 0));
  for (let depth = 0; depth < 8; depth += 1) {
    const counts2 = countBy(names.map(foldName));
    let collided = false;
    names.forEach((name, i) => {
      if ((counts2.get(foldName(name)) ?? 0) < 2) return;
      collided = true;
      const c = candidates[i];
      const file = qualifyFiles && c.section.heading ? fileLabel(c.file.path) : void 0;
      names[i] = qualifiedName(c.chain, qualifyFiles ? depth : depth + 1, file);
    });
    if (!collided) break;
  }
  const counts = countBy(names.map(foldName));
  const sections = candidates.map((c, i) => {
    const name = names[i];
    const unique = (counts.get(foldName(name)) ?? 0) < 2;
    return {
      name: unique ? name : `${name} (line ${c.section.heading?.line ?? 1})`,
      file: c.file,
      block: c.section
    };
  });
  return { files, sections };
}
function isOffered(section, fileHasHeadings, excluded) {
  if (!section.heading) return section.entries.length > 0 || !fileHasHeadings;
  if (excluded.has(foldName(displayHeading(section.heading.text)))) return false;
  if (section.entries.length > 0) return true;
  const empty2 = !section.hasOtherContent;
  const parentOnly = section.nextHeadingLevel !== void 0 && section.nextHeadingLevel > section.heading.level;
  return empty2 && !parentOnly;
}
function qualifiedName(chain, parents, file) {
  const own4 = chain.slice(Math.max(0, chain.length - 1 - parents));
  return [...file ? [file] : [], ...own4].join(NAME_SEPARATOR);
}
function fileLabel(path6) {
  return path6.replace(/\.(?:md|markdown)$/i, "");
}
function displayHeading(text4) {
  const shown = text4.replace(/!\[[^\]]*\]\([^)]*\)/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/<[^>]*>/g, "").replace(/(\*\*|__|`)/g, "").replace(/\s+/g, " ").trim();
  return shown === "" ? text4.trim() : shown;
}
function foldName(name) {
  return name.normalize("NFKC").replace(/\s*(?:›|>|\/)\s*/g, "›").replace(/\s+/g, " ").trim().toLowerCase();
}
function findSection(list3, answer) {
  const wanted = foldName(answer);
  const exact = list3.sections.find((s) => foldName(s.name) === wanted);
  if (exact) return exact;
  const matches = list3.sections.filter(
    (s) => alternativeNames(s).some((n) => foldName(n) === wanted)
  );
  return matches.length === 1 ? matches[0] : void 0;
}
function alternativeNames(s) {
  const heading = s.block.heading ? displayHeading(s.block.heading.text) : void 0;
  const label = fileLabel(s.file.path);
  if (!heading) return [label, s.file.path];
  return [
    [label, heading].join(NAME_SEPARATOR),
    [s.file.path, heading].join(NAME_SEPARATOR),
    [...s.block.parents.map(displayHeading), heading].join(NAME_SEPARATOR)
  ];
}
function sectionName(list3, file, section) {
  const named = list3.sections.find((s) => s.block === section);
  if (named) return named.name;
  if (!section.heading) return fileLabel(file.path);
  const heading = displayHeading(section.heading.text);
  return list3.files.length > 1 ? [fileLabel(file.path), heading].join(NAME_SEPARATOR) : heading;
}
function countBy(keys) {
  const counts = /* @__PURE__ */ new Map();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

// src/list/find-paper.ts
function wantedPaper(paper) {
  const paperLinks = [
    ...paper.paperUrl ? [paper.paperUrl] : [],
    ...paper.links.filter((l) => linkKind(l.label, l.url) === "paper").map((l) => l.url)
  ];
  const keys = new Set(paperLinks.flatMap(paperKeys));
  const otherUrls = new Set(
    paper.links.filter(isCodeOrProject).map((l) => normaliseUrl(l.url)).filter((u) => u !== void 0)
  );
  const needles = [...keys].map((k) => k.slice(k.indexOf(":") + 1)).concat([...otherUrls]);
  const mentions = needles.length > 0 ? new RegExp(needles.map(escapeRegExp).join("|"), "i") : void 0;
  return { title: normaliseTitle(paper.title), keys, otherUrls, mentions };
}
function compareEntry(text4, entryTitle, wanted, reader) {
  if (entryTitle !== void 0 && wanted.title !== "" && normaliseTitle(entryTitle) === wanted.title)
    return { same: "title" };
  if (!wanted.mentions?.test(text4)) return void 0;
  const links = reader.links(text4);
  const key = links.filter((l) => linkKind(l.label, l.url) === "paper").flatMap((l) => paperKeys(l.url)).find((k) => wanted.keys.has(k));
  if (key) return { same: key.slice(0, key.indexOf(":")) };
  const shared = links.filter(isCodeOrProject).map((l) => normaliseUrl(l.url)).find((u) => u !== void 0 && wanted.otherUrls.has(u));
  return shared ? { shared } : void 0;
}
function findPaper(list3, paper, reader) {
  const wanted = wantedPaper(paper);
  const same = [];
  const sharedLinks = [];
  for (const file of list3.files) {
    for (const section of file.sections) {
      for (const entry of section.entries) {
        const text4 = file.text.slice(entry.start, entry.end);
        const entryTitle = reader.title(text4);
        const match = compareEntry(text4, entryTitle, wanted, reader);
        if (!match) continue;
        const location = {
          file,
          section,
          sectionName: sectionName(list3, file, section),
          entry,
          title: entryTitle ?? `entry at line ${entry.line}`
        };
        if ("same" in match) same.push({ ...location, reason: match.same });
        else sharedLinks.push({ location, url: match.shared });
      }
    }
  }
  return { same, sharedLinks };
}
var PROJECT_LABEL = /project|page|website|site|demo/i;
function escapeRegExp(text4) {
  return text4.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function isCodeOrProject(link) {
  return linkKind(link.label, link.url) === "code" || PROJECT_LABEL.test(link.label);
}

// src/list/entry-scope.ts
function scopeOf(file, section, date2) {
  const groups = section.groups;
  if (groups.length === 0 || !date2)
    return { kind: "entries", entries: section.entries, empty: anchor(file, section) };
  const monthly = groups.some((g) => g.month !== void 0);
  const index2 = groups.findIndex(
    (g) => g.year === date2.year && (!monthly || date2.month === void 0 || g.month === date2.month)
  );
  if (index2 !== -1) {
    const group = groups[index2];
    const end = groups[index2 + 1]?.firstEntry ?? section.entries.length;
    const next = groups[index2 + 1]?.heading.line ?? Infinity;
    const table = section.tables.find((t) => t.line > group.heading.line && t.line < next);
    const empty2 = table ? { offset: table.delimiterEnd, line: table.delimiterLine, tight: true } : { offset: group.heading.end, line: group.heading.line, tight: true };
    return { kind: "entries", entries: section.entries.slice(group.firstEntry, end), empty: empty2 };
  }
  return newGroup(file, section, groups, date2);
}
function anchor(file, section) {
  const table = section.tables[0];
  if (table) return { offset: table.delimiterEnd, line: table.delimiterLine, tight: true };
  const heading = section.heading;
  return {
    offset: section.contentEnd,
    line: section.contentEndLine,
    tight: heading !== void 0 && section.contentEnd === heading.end,
    ...heading && blankUnderHeadings(file) ? { apart: true } : {}
  };
}
var BLANK_LINE = /(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)/;
function blankUnderHeadings(file) {
  let apart = 0;
  let tight = 0;
  for (const { heading, entries } of file.sections) {
    const first2 = entries[0];
    if (!heading || !first2) continue;
    const between = file.text.slice(heading.end, first2.start);
    if (between.trim() !== "") continue;
    if (BLANK_LINE.test(between)) apart += 1;
    else tight += 1;
  }
  return apart > tight;
}
function newGroup(file, section, groups, date2) {
  const first2 = groups[0];
  const newestFirst = compare(first2, groups[groups.length - 1]) >= 0;
  const before = groups.find((g) => newestFirst ? compare(g, date2) < 0 : compare(g, date2) > 0);
  const raw = file.text.slice(first2.heading.start, first2.heading.end);
  const heading = withMonth(raw.replace(/(19|20)\d\d/, String(date2.year)), date2.month);
  const firstEntry = section.entries[first2.firstEntry];
  const between = firstEntry ? file.text.slice(first2.heading.end, firstEntry.start) : "\n";
  const blankAfterHeading = BLANK_LINE.test(between);
  return { kind: "new-group", ...before ? { before } : {}, heading, blankAfterHeading };
}
var MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December"
];
function withMonth(heading, month) {
  if (month === void 0) return heading;
  const numeric = /((?:19|20)\d\d[-./])(0?[1-9]|1[0-2])(?!\d)/;
  if (numeric.test(heading)) {
    return heading.replace(numeric, (_, year, old) => {
      return `${year}${String(month).padStart(old.length, "0")}`;
    });
  }
  const name = MONTH_NAMES[month - 1];
  return heading.replace(
    /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/i,
    (old) => {
      const short = !/^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(
        old.replace(/\.$/, "")
      );
      const written = short ? name.slice(0, 3) : name;
      return old === old.toLowerCase() ? written.toLowerCase() : written;
    }
  );
}
function compare(a, b) {
  if (a.year !== b.year) return a.year - b.year;
  return (a.month ?? 0) - (b.month ?? 0);
}

// src/list/list-order.ts
var LIST_ORDERS = ["newest-first", "oldest-first", "title", "none"];
var collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
function compareTitles(a, b) {
  return collator.compare(a, b);
}
function compareDates(a, b, byMonth, withinMonth = false) {
  if (a.year !== b.year || !byMonth) return a.year - b.year;
  if (a.month === void 0 || b.month === void 0) return 0;
  if (a.month !== b.month || !withinMonth) return a.month - b.month;
  if (a.day !== void 0 && b.day !== void 0) return a.day - b.day;
  return a.seq !== void 0 && b.seq !== void 0 ? a.seq - b.seq : 0;
}

// src/list/renumber.ts
var NUMBER = /^([ \t]*)(\d{1,9})(?=[.)])/;
function entryNumber(file, entry) {
  const match = NUMBER.exec(file.text.slice(entry.start, entry.start + 24));
  return match ? Number(match[2]) : void 0;
}
function numbersExplicitly(file, entries) {
  return entries.length <= 1 || new Set(entries.map((e) => entryNumber(file, e))).size > 1;
}
function renumberEdit(file, entry, to) {
  const match = NUMBER.exec(file.text.slice(entry.start, entry.start + 24));
  if (!match || Number(match[2]) === to) return void 0;
  return { at: entry.start + match[1].length, remove: match[2].length, insert: String(to) };
}
function withNumber(text4, to) {
  return text4.replace(NUMBER, (_, indent2) => `${indent2}${to}`);
}
function applyEdits(text4, edits) {
  const sorted = [...edits].sort((a, b) => a.at - b.at);
  const pieces = [];
  let copied = 0;
  for (const edit of sorted) {
    pieces.push(text4.slice(copied, edit.at), edit.insert);
    copied = edit.at + edit.remove;
  }
  pieces.push(text4.slice(copied));
  return pieces.join("");
}

// src/list/insert-entry.ts
function insertEntry(options) {
  const scope = scopeOf(options.file, options.section, options.date);
  if (scope.kind === "new-group") return insertWithHeading(options, scope);
  const target = findPlace(options, scope.entries);
  const numbering = options.numbered ? numberingFor(options.file, scope.entries, target) : void 0;
  const numbered = numbering ? withNumber(options.entry, numbering.number) : options.entry;
  const written = indentedLike(options.file, target, numbered);
  const entry = written.replace(/\n/g, options.file.eol);
  const splice2 = target.kind === "empty" ? intoEmpty(options, scope.empty, entry) : beside(options, target, entry);
  const text4 = applyEdits(options.file.text, [splice2.edit, ...numbering?.edits ?? []]);
  return { text: text4, line: splice2.line, placement: splice2.placement, entry: written };
}
function findPlace(options, entries) {
  const { file, reader, order, date: date2, title } = options;
  const byMonth = options.byMonth ?? false;
  if (entries.length === 0) return { kind: "empty" };
  const last = entries[entries.length - 1];
  if (order === "none" || order !== "title" && !date2) return { kind: "after", entry: last };
  const goesBefore = entries.map((entry) => {
    const text4 = file.text.slice(entry.start, entry.end);
    if (order === "title") {
      const other2 = reader.title(text4);
      return other2 === void 0 ? void 0 : compareTitles(title, other2) < 0;
    }
    const other = reader.date(text4);
    if (!other || !date2) return void 0;
    const step = compareDates(other, date2, byMonth, true);
    return order === "newest-first" ? step <= 0 : step > 0;
  });
  let trailing = entries.length;
  while (trailing > 0 && goesBefore[trailing - 1] === void 0) trailing -= 1;
  for (let i = 0; i < entries.length; i += 1) {
    if (goesBefore[i] === true || i >= trailing) return { kind: "before", entry: entries[i] };
  }
  return { kind: "after", entry: last };
}
function beside(options, target, entry) {
  const { file, section, reader } = options;
  const eol = file.eol;
  const blank = separatedByBlankLines(file, section);
  const neighbour = `“${describe2(file, target.entry, reader)}”`;
  if (target.kind === "before") {
    return {
      edit: { at: target.entry.start, remove: 0, insert: `${entry}${eol}${blank ? eol : ""}` },
      line: target.entry.line,
      placement: `before ${neighbour}`
    };
  }
  return {
    edit: { at: target.entry.end, remove: 0, insert: `${eol}${blank ? eol : ""}${entry}` },
    line: target.entry.lastLine + (blank ? 2 : 1),
    placement: `after ${neighbour}`
  };
}
function intoEmpty(options, anchor2, entry) {
  const { file, section } = options;
  const eol = file.eol;
  const placement = "as the first entry of the section";
  if (anchor2.offset === 0 && !section.heading) {
    return { edit: { at: 0, remove: 0, insert: `${entry}${eol}` }, line: 1, placement };
  }
  const followedByContent = nextLineHasContent(file.text, anchor2.offset);
  const gap = anchor2.tight && !(anchor2.apart && !followedByContent) ? "" : eol;
  return {
    edit: {
      at: anchor2.offset,
      remove: 0,
      insert: `${eol}${gap}${entry}${followedByContent ? eol : ""}`
    },
    line: anchor2.line + (gap ? 2 : 1),
    placement
  };
}
function insertWithHeading(options, scope) {
  const { file, section } = options;
  const eol = file.eol;
  const entry = options.entry.replace(/\n/g, eol);
  const under = scope.blankAfterHeading ? `${eol}${eol}` : eol;
  const heading = scope.heading.replace(/^[ \t]*#+[ \t]*/, "");
  const placement = `under a new heading “${heading}”`;
  const before = scope.before;
  const edit = before ? {
    at: before.heading.start,
    remove: 0,
    insert: `${scope.heading}${under}${entry}${eol}${eol}`
  } : { at: section.contentEnd, remove: 0, insert: `${eol}${eol}${scope.heading}${under}${entry}` };
  const headingLine = before ? before.heading.line : section.contentEndLine + 2;
  const line = headingLine + (scope.blankAfterHeading ? 2 : 1);
  return { text: applyEdits(file.text, [edit]), line, placement, entry: options.entry };
}
function indentedLike(file, target, entry) {
  if (target.kind === "empty") return entry;
  const indent2 = /^[ \t]*/.exec(file.text.slice(target.entry.start, target.entry.start + 16))[0];
  const own4 = /^[ \t]*/.exec(entry)[0];
  if (indent2 === own4) return entry;
  if (own4 === "") return entry.replace(/^(?=.)/gm, indent2);
  return indent2 + entry.slice(own4.length);
}
function numberingFor(file, entries, target) {
  if (target.kind === "empty") return { number: 1, edits: [] };
  const explicit = numbersExplicitly(file, entries);
  const at = entryNumber(file, target.entry) ?? 1;
  if (target.kind === "after") return { number: explicit ? at + 1 : at, edits: [] };
  if (!explicit) return { number: at, edits: [] };
  const from = entries.indexOf(target.entry);
  const edits = entries.slice(from).flatMap((e) => {
    const own4 = entryNumber(file, e);
    const edit = own4 === void 0 ? void 0 : renumberEdit(file, e, own4 + 1);
    return edit ? [edit] : [];
  });
  return { number: at, edits };
}
function separatedByBlankLines(file, section) {
  if (section && section.tables.length > 0) return false;
  const own4 = section && section.entries.length >= 2 ? [section] : file.sections;
  let withBlank = 0;
  let without = 0;
  for (const s of own4) {
    for (let i = 1; i < s.entries.length; i += 1) {
      const gap = file.text.slice(s.entries[i - 1].end, s.entries[i].start);
      if (gap.trim() !== "") continue;
      if (/(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)/.test(gap)) withBlank += 1;
      else without += 1;
    }
  }
  const group = section?.groups[0];
  const first2 = group && section.entries[group.firstEntry];
  if (withBlank + without === 0 && group && first2) {
    return /(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)/.test(file.text.slice(group.heading.end, first2.start));
  }
  return withBlank >= without;
}
function nextLineHasContent(text4, offset) {
  const match = /^(?:\r\n?|\n)([^\r\n]*)/.exec(text4.slice(offset, offset + 512));
  return match !== null && match[1].trim() !== "";
}
function describe2(file, entry, reader) {
  const text4 = file.text.slice(entry.start, entry.end);
  return reader.title(text4) ?? `the entry at line ${entry.line}`;
}

// src/list/table-cells.ts
function splitCells(row) {
  const body = row.trim().replace(/^\|/, "").replace(/(?<!\\)\|$/, "");
  const cells = [];
  let cell = "";
  let code2 = false;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (c === "`") code2 = !code2;
    if (c === "|" && !code2 && body[i - 1] !== "\\") {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}
function columnKey(cell) {
  return cell.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}

// src/list/table-format.ts
function rowTemplateSource(head, columns) {
  const placed = /* @__PURE__ */ new Set();
  const cells = head.cells.map((cell) => {
    const template = columns.get(columnKey(cell)) ?? "";
    const names = [...template.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1]);
    if (names.some((n) => placed.has(n))) return "";
    for (const n of names) placed.add(n);
    return template;
  });
  if (!placed.has("title")) return void 0;
  return head.compact ? `|${cells.join("|")}|` : `| ${cells.join(" | ")} |`;
}
var DELIMITER_ROW = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?[ \t]*$/gm;
function tableHeads(texts2) {
  const seen = /* @__PURE__ */ new Map();
  for (const text4 of texts2) {
    let delimiter = -1;
    for (const match of text4.matchAll(DELIMITER_ROW)) {
      const above = rowAbove(text4, match.index);
      const row = above && above.start !== delimiter ? above.row : void 0;
      if (row !== void 0) delimiter = match.index;
      if (row === void 0) continue;
      const head = {
        cells: splitCells(row).map((c) => c.trim()),
        compact: /^\|[^ \t]/.test(row.trim())
      };
      const key = headKey(head);
      if (!seen.has(key)) seen.set(key, head);
    }
  }
  return [...seen.values()];
}
function rowAbove(text4, start) {
  if (text4[start - 1] !== "\n") return void 0;
  const end = text4[start - 2] === "\r" ? start - 2 : start - 1;
  const afterNewline = text4.lastIndexOf("\n", end - 1) + 1;
  const lineStart = afterNewline + text4.slice(afterNewline, end).lastIndexOf("\r") + 1;
  const row = text4.slice(lineStart, end);
  return /^[ \t]*\|/.test(row) ? { row, start: lineStart } : void 0;
}
function makeTableReader(readers) {
  const first2 = readers[0];
  let lastText;
  let lastReader;
  const matching = (text4) => {
    if (text4 !== lastText) {
      lastText = text4;
      lastReader = readers.find((r) => r.fields(text4) !== void 0);
    }
    return lastReader;
  };
  return {
    startsEntry: (line) => /^[ \t]*\|/.test(line),
    fields: (text4) => matching(text4)?.fields(text4),
    title: (text4) => (matching(text4) ?? first2).title(text4),
    date: (text4) => (matching(text4) ?? first2).date(text4),
    venue: (text4) => (matching(text4) ?? first2).venue(text4),
    links: (text4) => first2.links(text4)
  };
}
function sectionRowTemplate(tables, templates) {
  const head = tables[0];
  return head ? templates.get(headKey(head)) : void 0;
}
function headKey(head) {
  return `${head.compact}|${head.cells.map(columnKey).join("|")}`;
}
function pipes(row) {
  const at = [];
  for (let i = 0; i < row.length; i += 1) if (row[i] === "|" && row[i - 1] !== "\\") at.push(i);
  return at;
}
function alignedRow(row, file, section) {
  const table = section.tables[0];
  if (!table) return row;
  const lineOf = (end) => file.text.slice(file.text.lastIndexOf("\n", end - 1) + 1, end);
  const delimiter = lineOf(table.delimiterEnd).replace(/\r$/, "");
  const columns = pipes(delimiter);
  const rows = section.entries.slice(table.firstEntry, table.firstEntry + 5).map((e) => file.text.slice(e.start, e.end));
  const same = (r) => pipes(r).join() === columns.join();
  if (columns.length < 2 || rows.length === 0 || !rows.every(same)) return row;
  const cells = splitCells(row);
  if (cells.length !== columns.length - 1) return row;
  let written = delimiter.slice(0, columns[0] + 1);
  for (const [i, cell] of cells.entries()) {
    const width = columns[i + 1] - columns[i] - 1;
    const content3 = ` ${cell.trim()} `;
    if (content3.length > width) return row;
    written += `${content3.padEnd(width)}|`;
  }
  return written;
}

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions = {};
function toString(value, options) {
  const settings = options || emptyOptions;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value, includeImageAlt, includeHtml);
}
function one(value, includeImageAlt, includeHtml) {
  if (node(value)) {
    if ("value" in value) {
      return value.type === "html" && !includeHtml ? "" : value.value;
    }
    if (includeImageAlt && "alt" in value && value.alt) {
      return value.alt;
    }
    if ("children" in value) {
      return all(value.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value)) {
    return all(value, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index2 = -1;
  while (++index2 < values.length) {
    result[index2] = one(values[index2], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value) {
  return Boolean(value && typeof value === "object");
}

// node_modules/character-entities/index.js
var characterEntities = {
  AElig: "Æ",
  AMP: "&",
  Aacute: "Á",
  Abreve: "Ă",
  Acirc: "Â",
  Acy: "А",
  Afr: "𝔄",
  Agrave: "À",
  Alpha: "Α",
  Amacr: "Ā",
  And: "⩓",
  Aogon: "Ą",
  Aopf: "𝔸",
  ApplyFunction: "⁡",
  Aring: "Å",
  Ascr: "𝒜",
  Assign: "≔",
  Atilde: "Ã",
  Auml: "Ä",
  Backslash: "∖",
  Barv: "⫧",
  Barwed: "⌆",
  Bcy: "Б",
  Because: "∵",
  Bernoullis: "ℬ",
  Beta: "Β",
  Bfr: "𝔅",
  Bopf: "𝔹",
  Breve: "˘",
  Bscr: "ℬ",
  Bumpeq: "≎",
  CHcy: "Ч",
  COPY: "©",
  Cacute: "Ć",
  Cap: "⋒",
  CapitalDifferentialD: "ⅅ",
  Cayleys: "ℭ",
  Ccaron: "Č",
  Ccedil: "Ç",
  Ccirc: "Ĉ",
  Cconint: "∰",
  Cdot: "Ċ",
  Cedilla: "¸",
  CenterDot: "·",
  Cfr: "ℭ",
  Chi: "Χ",
  CircleDot: "⊙",
  CircleMinus: "⊖",
  CirclePlus: "⊕",
  CircleTimes: "⊗",
  ClockwiseContourIntegral: "∲",
  CloseCurlyDoubleQuote: "”",
  CloseCurlyQuote: "’",
  Colon: "∷",
  Colone: "⩴",
  Congruent: "≡",
  Conint: "∯",
  ContourIntegral: "∮",
  Copf: "ℂ",
  Coproduct: "∐",
  CounterClockwiseContourIntegral: "∳",
  Cross: "⨯",
  Cscr: "𝒞",
  Cup: "⋓",
  CupCap: "≍",
  DD: "ⅅ",
  DDotrahd: "⤑",
  DJcy: "Ђ",
  DScy: "Ѕ",
  DZcy: "Џ",
  Dagger: "‡",
  Darr: "↡",
  Dashv: "⫤",
  Dcaron: "Ď",
  Dcy: "Д",
  Del: "∇",
  Delta: "Δ",
  Dfr: "𝔇",
  DiacriticalAcute: "´",
  DiacriticalDot: "˙",
  DiacriticalDoubleAcute: "˝",
  DiacriticalGrave: "`",
  DiacriticalTilde: "˜",
  Diamond: "⋄",
  DifferentialD: "ⅆ",
  Dopf: "𝔻",
  Dot: "¨",
  DotDot: "⃜",
  DotEqual: "≐",
  DoubleContourIntegral: "∯",
  DoubleDot: "¨",
  DoubleDownArrow: "⇓",
  DoubleLeftArrow: "⇐",
  DoubleLeftRightArrow: "⇔",
  DoubleLeftTee: "⫤",
  DoubleLongLeftArrow: "⟸",
  DoubleLongLeftRightArrow: "⟺",
  DoubleLongRightArrow: "⟹",
  DoubleRightArrow: "⇒",
  DoubleRightTee: "⊨",
  DoubleUpArrow: "⇑",
  DoubleUpDownArrow: "⇕",
  DoubleVerticalBar: "∥",
  DownArrow: "↓",
  DownArrowBar: "⤓",
  DownArrowUpArrow: "⇵",
  DownBreve: "̑",
  DownLeftRightVector: "⥐",
  DownLeftTeeVector: "⥞",
  DownLeftVector: "↽",
  DownLeftVectorBar: "⥖",
  DownRightTeeVector: "⥟",
  DownRightVector: "⇁",
  DownRightVectorBar: "⥗",
  DownTee: "⊤",
  DownTeeArrow: "↧",
  Downarrow: "⇓",
  Dscr: "𝒟",
  Dstrok: "Đ",
  ENG: "Ŋ",
  ETH: "Ð",
  Eacute: "É",
  Ecaron: "Ě",
  Ecirc: "Ê",
  Ecy: "Э",
  Edot: "Ė",
  Efr: "𝔈",
  Egrave: "È",
  Element: "∈",
  Emacr: "Ē",
  EmptySmallSquare: "◻",
  EmptyVerySmallSquare: "▫",
  Eogon: "Ę",
  Eopf: "𝔼",
  Epsilon: "Ε",
  Equal: "⩵",
  EqualTilde: "≂",
  Equilibrium: "⇌",
  Escr: "ℰ",
  Esim: "⩳",
  Eta: "Η",
  Euml: "Ë",
  Exists: "∃",
  ExponentialE: "ⅇ",
  Fcy: "Ф",
  Ffr: "𝔉",
  FilledSmallSquare: "◼",
  FilledVerySmallSquare: "▪",
  Fopf: "𝔽",
  ForAll: "∀",
  Fouriertrf: "ℱ",
  Fscr: "ℱ",
  GJcy: "Ѓ",
  GT: ">",
  Gamma: "Γ",
  Gammad: "Ϝ",
  Gbreve: "Ğ",
  Gcedil: "Ģ",
  Gcirc: "Ĝ",
  Gcy: "Г",
  Gdot: "Ġ",
  Gfr: "𝔊",
  Gg: "⋙",
  Gopf: "𝔾",
  GreaterEqual: "≥",
  GreaterEqualLess: "⋛",
  GreaterFullEqual: "≧",
  GreaterGreater: "⪢",
  GreaterLess: "≷",
  GreaterSlantEqual: "⩾",
  GreaterTilde: "≳",
  Gscr: "𝒢",
  Gt: "≫",
  HARDcy: "Ъ",
  Hacek: "ˇ",
  Hat: "^",
  Hcirc: "Ĥ",
  Hfr: "ℌ",
  HilbertSpace: "ℋ",
  Hopf: "ℍ",
  HorizontalLine: "─",
  Hscr: "ℋ",
  Hstrok: "Ħ",
  HumpDownHump: "≎",
  HumpEqual: "≏",
  IEcy: "Е",
  IJlig: "Ĳ",
  IOcy: "Ё",
  Iacute: "Í",
  Icirc: "Î",
  Icy: "И",
  Idot: "İ",
  Ifr: "ℑ",
  Igrave: "Ì",
  Im: "ℑ",
  Imacr: "Ī",
  ImaginaryI: "ⅈ",
  Implies: "⇒",
  Int: "∬",
  Integral: "∫",
  Intersection: "⋂",
  InvisibleComma: "⁣",
  InvisibleTimes: "⁢",
  Iogon: "Į",
  Iopf: "𝕀",
  Iota: "Ι",
  Iscr: "ℐ",
  Itilde: "Ĩ",
  Iukcy: "І",
  Iuml: "Ï",
  Jcirc: "Ĵ",
  Jcy: "Й",
  Jfr: "𝔍",
  Jopf: "𝕁",
  Jscr: "𝒥",
  Jsercy: "Ј",
  Jukcy: "Є",
  KHcy: "Х",
  KJcy: "Ќ",
  Kappa: "Κ",
  Kcedil: "Ķ",
  Kcy: "К",
  Kfr: "𝔎",
  Kopf: "𝕂",
  Kscr: "𝒦",
  LJcy: "Љ",
  LT: "<",
  Lacute: "Ĺ",
  Lambda: "Λ",
  Lang: "⟪",
  Laplacetrf: "ℒ",
  Larr: "↞",
  Lcaron: "Ľ",
  Lcedil: "Ļ",
  Lcy: "Л",
  LeftAngleBracket: "⟨",
  LeftArrow: "←",
  LeftArrowBar: "⇤",
  LeftArrowRightArrow: "⇆",
  LeftCeiling: "⌈",
  LeftDoubleBracket: "⟦",
  LeftDownTeeVector: "⥡",
  LeftDownVector: "⇃",
  LeftDownVectorBar: "⥙",
  LeftFloor: "⌊",
  LeftRightArrow: "↔",
  LeftRightVector: "⥎",
  LeftTee: "⊣",
  LeftTeeArrow: "↤",
  LeftTeeVector: "⥚",
  LeftTriangle: "⊲",
  LeftTriangleBar: "⧏",
  LeftTriangleEqual: "⊴",
  LeftUpDownVector: "⥑",
  LeftUpTeeVector: "⥠",
  LeftUpVector: "↿",
  LeftUpVectorBar: "⥘",
  LeftVector: "↼",
  LeftVectorBar: "⥒",
  Leftarrow: "⇐",
  Leftrightarrow: "⇔",
  LessEqualGreater: "⋚",
  LessFullEqual: "≦",
  LessGreater: "≶",
  LessLess: "⪡",
  LessSlantEqual: "⩽",
  LessTilde: "≲",
  Lfr: "𝔏",
  Ll: "⋘",
  Lleftarrow: "⇚",
  Lmidot: "Ŀ",
  LongLeftArrow: "⟵",
  LongLeftRightArrow: "⟷",
  LongRightArrow: "⟶",
  Longleftarrow: "⟸",
  Longleftrightarrow: "⟺",
  Longrightarrow: "⟹",
  Lopf: "𝕃",
  LowerLeftArrow: "↙",
  LowerRightArrow: "↘",
  Lscr: "ℒ",
  Lsh: "↰",
  Lstrok: "Ł",
  Lt: "≪",
  Map: "⤅",
  Mcy: "М",
  MediumSpace: " ",
  Mellintrf: "ℳ",
  Mfr: "𝔐",
  MinusPlus: "∓",
  Mopf: "𝕄",
  Mscr: "ℳ",
  Mu: "Μ",
  NJcy: "Њ",
  Nacute: "Ń",
  Ncaron: "Ň",
  Ncedil: "Ņ",
  Ncy: "Н",
  NegativeMediumSpace: "​",
  NegativeThickSpace: "​",
  NegativeThinSpace: "​",
  NegativeVeryThinSpace: "​",
  NestedGreaterGreater: "≫",
  NestedLessLess: "≪",
  NewLine: "\n",
  Nfr: "𝔑",
  NoBreak: "⁠",
  NonBreakingSpace: " ",
  Nopf: "ℕ",
  Not: "⫬",
  NotCongruent: "≢",
  NotCupCap: "≭",
  NotDoubleVerticalBar: "∦",
  NotElement: "∉",
  NotEqual: "≠",
  NotEqualTilde: "≂̸",
  NotExists: "∄",
  NotGreater: "≯",
  NotGreaterEqual: "≱",
  NotGreaterFullEqual: "≧̸",
  NotGreaterGreater: "≫̸",
  NotGreaterLess: "≹",
  NotGreaterSlantEqual: "⩾̸",
  NotGreaterTilde: "≵",
  NotHumpDownHump: "≎̸",
  NotHumpEqual: "≏̸",
  NotLeftTriangle: "⋪",
  NotLeftTriangleBar: "⧏̸",
  NotLeftTriangleEqual: "⋬",
  NotLess: "≮",
  NotLessEqual: "≰",
  NotLessGreater: "≸",
  NotLessLess: "≪̸",
  NotLessSlantEqual: "⩽̸",
  NotLessTilde: "≴",
  NotNestedGreaterGreater: "⪢̸",
  NotNestedLessLess: "⪡̸",
  NotPrecedes: "⊀",
  NotPrecedesEqual: "⪯̸",
  NotPrecedesSlantEqual: "⋠",
  NotReverseElement: "∌",
  NotRightTriangle: "⋫",
  NotRightTriangleBar: "⧐̸",
  NotRightTriangleEqual: "⋭",
  NotSquareSubset: "⊏̸",
  NotSquareSubsetEqual: "⋢",
  NotSquareSuperset: "⊐̸",
  NotSquareSupersetEqual: "⋣",
  NotSubset: "⊂⃒",
  NotSubsetEqual: "⊈",
  NotSucceeds: "⊁",
  NotSucceedsEqual: "⪰̸",
  NotSucceedsSlantEqual: "⋡",
  NotSucceedsTilde: "≿̸",
  NotSuperset: "⊃⃒",
  NotSupersetEqual: "⊉",
  NotTilde: "≁",
  NotTildeEqual: "≄",
  NotTildeFullEqual: "≇",
  NotTildeTilde: "≉",
  NotVerticalBar: "∤",
  Nscr: "𝒩",
  Ntilde: "Ñ",
  Nu: "Ν",
  OElig: "Œ",
  Oacute: "Ó",
  Ocirc: "Ô",
  Ocy: "О",
  Odblac: "Ő",
  Ofr: "𝔒",
  Ograve: "Ò",
  Omacr: "Ō",
  Omega: "Ω",
  Omicron: "Ο",
  Oopf: "𝕆",
  OpenCurlyDoubleQuote: "“",
  OpenCurlyQuote: "‘",
  Or: "⩔",
  Oscr: "𝒪",
  Oslash: "Ø",
  Otilde: "Õ",
  Otimes: "⨷",
  Ouml: "Ö",
  OverBar: "‾",
  OverBrace: "⏞",
  OverBracket: "⎴",
  OverParenthesis: "⏜",
  PartialD: "∂",
  Pcy: "П",
  Pfr: "𝔓",
  Phi: "Φ",
  Pi: "Π",
  PlusMinus: "±",
  Poincareplane: "ℌ",
  Popf: "ℙ",
  Pr: "⪻",
  Precedes: "≺",
  PrecedesEqual: "⪯",
  PrecedesSlantEqual: "≼",
  PrecedesTilde: "≾",
  Prime: "″",
  Product: "∏",
  Proportion: "∷",
  Proportional: "∝",
  Pscr: "𝒫",
  Psi: "Ψ",
  QUOT: '"',
  Qfr: "𝔔",
  Qopf: "ℚ",
  Qscr: "𝒬",
  RBarr: "⤐",
  REG: "®",
  Racute: "Ŕ",
  Rang: "⟫",
  Rarr: "↠",
  Rarrtl: "⤖",
  Rcaron: "Ř",
  Rcedil: "Ŗ",
  Rcy: "Р",
  Re: "ℜ",
  ReverseElement: "∋",
  ReverseEquilibrium: "⇋",
  ReverseUpEquilibrium: "⥯",
  Rfr: "ℜ",
  Rho: "Ρ",
  RightAngleBracket: "⟩",
  RightArrow: "→",
  RightArrowBar: "⇥",
  RightArrowLeftArrow: "⇄",
  RightCeiling: "⌉",
  RightDoubleBracket: "⟧",
  RightDownTeeVector: "⥝",
  RightDownVector: "⇂",
  RightDownVectorBar: "⥕",
  RightFloor: "⌋",
  RightTee: "⊢",
  RightTeeArrow: "↦",
  RightTeeVector: "⥛",
  RightTriangle: "⊳",
  RightTriangleBar: "⧐",
  RightTriangleEqual: "⊵",
  RightUpDownVector: "⥏",
  RightUpTeeVector: "⥜",
  RightUpVector: "↾",
  RightUpVectorBar: "⥔",
  RightVector: "⇀",
  RightVectorBar: "⥓",
  Rightarrow: "⇒",
  Ropf: "ℝ",
  RoundImplies: "⥰",
  Rrightarrow: "⇛",
  Rscr: "ℛ",
  Rsh: "↱",
  RuleDelayed: "⧴",
  SHCHcy: "Щ",
  SHcy: "Ш",
  SOFTcy: "Ь",
  Sacute: "Ś",
  Sc: "⪼",
  Scaron: "Š",
  Scedil: "Ş",
  Scirc: "Ŝ",
  Scy: "С",
  Sfr: "𝔖",
  ShortDownArrow: "↓",
  ShortLeftArrow: "←",
  ShortRightArrow: "→",
  ShortUpArrow: "↑",
  Sigma: "Σ",
  SmallCircle: "∘",
  Sopf: "𝕊",
  Sqrt: "√",
  Square: "□",
  SquareIntersection: "⊓",
  SquareSubset: "⊏",
  SquareSubsetEqual: "⊑",
  SquareSuperset: "⊐",
  SquareSupersetEqual: "⊒",
  SquareUnion: "⊔",
  Sscr: "𝒮",
  Star: "⋆",
  Sub: "⋐",
  Subset: "⋐",
  SubsetEqual: "⊆",
  Succeeds: "≻",
  SucceedsEqual: "⪰",
  SucceedsSlantEqual: "≽",
  SucceedsTilde: "≿",
  SuchThat: "∋",
  Sum: "∑",
  Sup: "⋑",
  Superset: "⊃",
  SupersetEqual: "⊇",
  Supset: "⋑",
  THORN: "Þ",
  TRADE: "™",
  TSHcy: "Ћ",
  TScy: "Ц",
  Tab: "	",
  Tau: "Τ",
  Tcaron: "Ť",
  Tcedil: "Ţ",
  Tcy: "Т",
  Tfr: "𝔗",
  Therefore: "∴",
  Theta: "Θ",
  ThickSpace: "  ",
  ThinSpace: " ",
  Tilde: "∼",
  TildeEqual: "≃",
  TildeFullEqual: "≅",
  TildeTilde: "≈",
  Topf: "𝕋",
  TripleDot: "⃛",
  Tscr: "𝒯",
  Tstrok: "Ŧ",
  Uacute: "Ú",
  Uarr: "↟",
  Uarrocir: "⥉",
  Ubrcy: "Ў",
  Ubreve: "Ŭ",
  Ucirc: "Û",
  Ucy: "У",
  Udblac: "Ű",
  Ufr: "𝔘",
  Ugrave: "Ù",
  Umacr: "Ū",
  UnderBar: "_",
  UnderBrace: "⏟",
  UnderBracket: "⎵",
  UnderParenthesis: "⏝",
  Union: "⋃",
  UnionPlus: "⊎",
  Uogon: "Ų",
  Uopf: "𝕌",
  UpArrow: "↑",
  UpArrowBar: "⤒",
  UpArrowDownArrow: "⇅",
  UpDownArrow: "↕",
  UpEquilibrium: "⥮",
  UpTee: "⊥",
  UpTeeArrow: "↥",
  Uparrow: "⇑",
  Updownarrow: "⇕",
  UpperLeftArrow: "↖",
  UpperRightArrow: "↗",
  Upsi: "ϒ",
  Upsilon: "Υ",
  Uring: "Ů",
  Uscr: "𝒰",
  Utilde: "Ũ",
  Uuml: "Ü",
  VDash: "⊫",
  Vbar: "⫫",
  Vcy: "В",
  Vdash: "⊩",
  Vdashl: "⫦",
  Vee: "⋁",
  Verbar: "‖",
  Vert: "‖",
  VerticalBar: "∣",
  VerticalLine: "|",
  VerticalSeparator: "❘",
  VerticalTilde: "≀",
  VeryThinSpace: " ",
  Vfr: "𝔙",
  Vopf: "𝕍",
  Vscr: "𝒱",
  Vvdash: "⊪",
  Wcirc: "Ŵ",
  Wedge: "⋀",
  Wfr: "𝔚",
  Wopf: "𝕎",
  Wscr: "𝒲",
  Xfr: "𝔛",
  Xi: "Ξ",
  Xopf: "𝕏",
  Xscr: "𝒳",
  YAcy: "Я",
  YIcy: "Ї",
  YUcy: "Ю",
  Yacute: "Ý",
  Ycirc: "Ŷ",
  Ycy: "Ы",
  Yfr: "𝔜",
  Yopf: "𝕐",
  Yscr: "𝒴",
  Yuml: "Ÿ",
  ZHcy: "Ж",
  Zacute: "Ź",
  Zcaron: "Ž",
  Zcy: "З",
  Zdot: "Ż",
  ZeroWidthSpace: "​",
  Zeta: "Ζ",
  Zfr: "ℨ",
  Zopf: "ℤ",
  Zscr: "𝒵",
  aacute: "á",
  abreve: "ă",
  ac: "∾",
  acE: "∾̳",
  acd: "∿",
  acirc: "â",
  acute: "´",
  acy: "а",
  aelig: "æ",
  af: "⁡",
  afr: "𝔞",
  agrave: "à",
  alefsym: "ℵ",
  aleph: "ℵ",
  alpha: "α",
  amacr: "ā",
  amalg: "⨿",
  amp: "&",
  and: "∧",
  andand: "⩕",
  andd: "⩜",
  andslope: "⩘",
  andv: "⩚",
  ang: "∠",
  ange: "⦤",
  angle: "∠",
  angmsd: "∡",
  angmsdaa: "⦨",
  angmsdab: "⦩",
  angmsdac: "⦪",
  angmsdad: "⦫",
  angmsdae: "⦬",
  angmsdaf: "⦭",
  angmsdag: "⦮",
  angmsdah: "⦯",
  angrt: "∟",
  angrtvb: "⊾",
  angrtvbd: "⦝",
  angsph: "∢",
  angst: "Å",
  angzarr: "⍼",
  aogon: "ą",
  aopf: "𝕒",
  ap: "≈",
  apE: "⩰",
  apacir: "⩯",
  ape: "≊",
  apid: "≋",
  apos: "'",
  approx: "≈",
  approxeq: "≊",
  aring: "å",
  ascr: "𝒶",
  ast: "*",
  asymp: "≈",
  asympeq: "≍",
  atilde: "ã",
  auml: "ä",
  awconint: "∳",
  awint: "⨑",
  bNot: "⫭",
  backcong: "≌",
  backepsilon: "϶",
  backprime: "‵",
  backsim: "∽",
  backsimeq: "⋍",
  barvee: "⊽",
  barwed: "⌅",
  barwedge: "⌅",
  bbrk: "⎵",
  bbrktbrk: "⎶",
  bcong: "≌",
  bcy: "б",
  bdquo: "„",
  becaus: "∵",
  because: "∵",
  bemptyv: "⦰",
  bepsi: "϶",
  bernou: "ℬ",
  beta: "β",
  beth: "ℶ",
  between: "≬",
  bfr: "𝔟",
  bigcap: "⋂",
  bigcirc: "◯",
  bigcup: "⋃",
  bigodot: "⨀",
  bigoplus: "⨁",
  bigotimes: "⨂",
  bigsqcup: "⨆",
  bigstar: "★",
  bigtriangledown: "▽",
  bigtriangleup: "△",
  biguplus: "⨄",
  bigvee: "⋁",
  bigwedge: "⋀",
  bkarow: "⤍",
  blacklozenge: "⧫",
  blacksquare: "▪",
  blacktriangle: "▴",
  blacktriangledown: "▾",
  blacktriangleleft: "◂",
  blacktriangleright: "▸",
  blank: "␣",
  blk12: "▒",
  blk14: "░",
  blk34: "▓",
  block: "█",
  bne: "=⃥",
  bnequiv: "≡⃥",
  bnot: "⌐",
  bopf: "𝕓",
  bot: "⊥",
  bottom: "⊥",
  bowtie: "⋈",
  boxDL: "╗",
  boxDR: "╔",
  boxDl: "╖",
  boxDr: "╓",
  boxH: "═",
  boxHD: "╦",
  boxHU: "╩",
  boxHd: "╤",
  boxHu: "╧",
  boxUL: "╝",
  boxUR: "╚",
  boxUl: "╜",
  boxUr: "╙",
  boxV: "║",
  boxVH: "╬",
  boxVL: "╣",
  boxVR: "╠",
  boxVh: "╫",
  boxVl: "╢",
  boxVr: "╟",
  boxbox: "⧉",
  boxdL: "╕",
  boxdR: "╒",
  boxdl: "┐",
  boxdr: "┌",
  boxh: "─",
  boxhD: "╥",
  boxhU: "╨",
  boxhd: "┬",
  boxhu: "┴",
  boxminus: "⊟",
  boxplus: "⊞",
  boxtimes: "⊠",
  boxuL: "╛",
  boxuR: "╘",
  boxul: "┘",
  boxur: "└",
  boxv: "│",
  boxvH: "╪",
  boxvL: "╡",
  boxvR: "╞",
  boxvh: "┼",
  boxvl: "┤",
  boxvr: "├",
  bprime: "‵",
  breve: "˘",
  brvbar: "¦",
  bscr: "𝒷",
  bsemi: "⁏",
  bsim: "∽",
  bsime: "⋍",
  bsol: "\\",
  bsolb: "⧅",
  bsolhsub: "⟈",
  bull: "•",
  bullet: "•",
  bump: "≎",
  bumpE: "⪮",
  bumpe: "≏",
  bumpeq: "≏",
  cacute: "ć",
  cap: "∩",
  capand: "⩄",
  capbrcup: "⩉",
  capcap: "⩋",
  capcup: "⩇",
  capdot: "⩀",
  caps: "∩︀",
  caret: "⁁",
  caron: "ˇ",
  ccaps: "⩍",
  ccaron: "č",
  ccedil: "ç",
  ccirc: "ĉ",
  ccups: "⩌",
  ccupssm: "⩐",
  cdot: "ċ",
  cedil: "¸",
  cemptyv: "⦲",
  cent: "¢",
  centerdot: "·",
  cfr: "𝔠",
  chcy: "ч",
  check: "✓",
  checkmark: "✓",
  chi: "χ",
  cir: "○",
  cirE: "⧃",
  circ: "ˆ",
  circeq: "≗",
  circlearrowleft: "↺",
  circlearrowright: "↻",
  circledR: "®",
  circledS: "Ⓢ",
  circledast: "⊛",
  circledcirc: "⊚",
  circleddash: "⊝",
  cire: "≗",
  cirfnint: "⨐",
  cirmid: "⫯",
  cirscir: "⧂",
  clubs: "♣",
  clubsuit: "♣",
  colon: ":",
  colone: "≔",
  coloneq: "≔",
  comma: ",",
  commat: "@",
  comp: "∁",
  compfn: "∘",
  complement: "∁",
  complexes: "ℂ",
  cong: "≅",
  congdot: "⩭",
  conint: "∮",
  copf: "𝕔",
  coprod: "∐",
  copy: "©",
  copysr: "℗",
  crarr: "↵",
  cross: "✗",
  cscr: "𝒸",
  csub: "⫏",
  csube: "⫑",
  csup: "⫐",
  csupe: "⫒",
  ctdot: "⋯",
  cudarrl: "⤸",
  cudarrr: "⤵",
  cuepr: "⋞",
  cuesc: "⋟",
  cularr: "↶",
  cularrp: "⤽",
  cup: "∪",
  cupbrcap: "⩈",
  cupcap: "⩆",
  cupcup: "⩊",
  cupdot: "⊍",
  cupor: "⩅",
  cups: "∪︀",
  curarr: "↷",
  curarrm: "⤼",
  curlyeqprec: "⋞",
  curlyeqsucc: "⋟",
  curlyvee: "⋎",
  curlywedge: "⋏",
  curren: "¤",
  curvearrowleft: "↶",
  curvearrowright: "↷",
  cuvee: "⋎",
  cuwed: "⋏",
  cwconint: "∲",
  cwint: "∱",
  cylcty: "⌭",
  dArr: "⇓",
  dHar: "⥥",
  dagger: "†",
  daleth: "ℸ",
  darr: "↓",
  dash: "‐",
  dashv: "⊣",
  dbkarow: "⤏",
  dblac: "˝",
  dcaron: "ď",
  dcy: "д",
  dd: "ⅆ",
  ddagger: "‡",
  ddarr: "⇊",
  ddotseq: "⩷",
  deg: "°",
  delta: "δ",
  demptyv: "⦱",
  dfisht: "⥿",
  dfr: "𝔡",
  dharl: "⇃",
  dharr: "⇂",
  diam: "⋄",
  diamond: "⋄",
  diamondsuit: "♦",
  diams: "♦",
  die: "¨",
  digamma: "ϝ",
  disin: "⋲",
  div: "÷",
  divide: "÷",
  divideontimes: "⋇",
  divonx: "⋇",
  djcy: "ђ",
  dlcorn: "⌞",
  dlcrop: "⌍",
  dollar: "$",
  dopf: "𝕕",
  dot: "˙",
  doteq: "≐",
  doteqdot: "≑",
  dotminus: "∸",
  dotplus: "∔",
  dotsquare: "⊡",
  doublebarwedge: "⌆",
  downarrow: "↓",
  downdownarrows: "⇊",
  downharpoonleft: "⇃",
  downharpoonright: "⇂",
  drbkarow: "⤐",
  drcorn: "⌟",
  drcrop: "⌌",
  dscr: "𝒹",
  dscy: "ѕ",
  dsol: "⧶",
  dstrok: "đ",
  dtdot: "⋱",
  dtri: "▿",
  dtrif: "▾",
  duarr: "⇵",
  duhar: "⥯",
  dwangle: "⦦",
  dzcy: "џ",
  dzigrarr: "⟿",
  eDDot: "⩷",
  eDot: "≑",
  eacute: "é",
  easter: "⩮",
  ecaron: "ě",
  ecir: "≖",
  ecirc: "ê",
  ecolon: "≕",
  ecy: "э",
  edot: "ė",
  ee: "ⅇ",
  efDot: "≒",
  efr: "𝔢",
  eg: "⪚",
  egrave: "è",
  egs: "⪖",
  egsdot: "⪘",
  el: "⪙",
  elinters: "⏧",
  ell: "ℓ",
  els: "⪕",
  elsdot: "⪗",
  emacr: "ē",
  empty: "∅",
  emptyset: "∅",
  emptyv: "∅",
  emsp13: " ",
  emsp14: " ",
  emsp: " ",
  eng: "ŋ",
  ensp: " ",
  eogon: "ę",
  eopf: "𝕖",
  epar: "⋕",
  eparsl: "⧣",
  eplus: "⩱",
  epsi: "ε",
  epsilon: "ε",
  epsiv: "ϵ",
  eqcirc: "≖",
  eqcolon: "≕",
  eqsim: "≂",
  eqslantgtr: "⪖",
  eqslantless: "⪕",
  equals: "=",
  equest: "≟",
  equiv: "≡",
  equivDD: "⩸",
  eqvparsl: "⧥",
  erDot: "≓",
  erarr: "⥱",
  escr: "ℯ",
  esdot: "≐",
  esim: "≂",
  eta: "η",
  eth: "ð",
  euml: "ë",
  euro: "€",
  excl: "!",
  exist: "∃",
  expectation: "ℰ",
  exponentiale: "ⅇ",
  fallingdotseq: "≒",
  fcy: "ф",
  female: "♀",
  ffilig: "ﬃ",
  fflig: "ﬀ",
  ffllig: "ﬄ",
  ffr: "𝔣",
  filig: "ﬁ",
  fjlig: "fj",
  flat: "♭",
  fllig: "ﬂ",
  fltns: "▱",
  fnof: "ƒ",
  fopf: "𝕗",
  forall: "∀",
  fork: "⋔",
  forkv: "⫙",
  fpartint: "⨍",
  frac12: "½",
  frac13: "⅓",
  frac14: "¼",
  frac15: "⅕",
  frac16: "⅙",
  frac18: "⅛",
  frac23: "⅔",
  frac25: "⅖",
  frac34: "¾",
  frac35: "⅗",
  frac38: "⅜",
  frac45: "⅘",
  frac56: "⅚",
  frac58: "⅝",
  frac78: "⅞",
  frasl: "⁄",
  frown: "⌢",
  fscr: "𝒻",
  gE: "≧",
  gEl: "⪌",
  gacute: "ǵ",
  gamma: "γ",
  gammad: "ϝ",
  gap: "⪆",
  gbreve: "ğ",
  gcirc: "ĝ",
  gcy: "г",
  gdot: "ġ",
  ge: "≥",
  gel: "⋛",
  geq: "≥",
  geqq: "≧",
  geqslant: "⩾",
  ges: "⩾",
  gescc: "⪩",
  gesdot: "⪀",
  gesdoto: "⪂",
  gesdotol: "⪄",
  gesl: "⋛︀",
  gesles: "⪔",
  gfr: "𝔤",
  gg: "≫",
  ggg: "⋙",
  gimel: "ℷ",
  gjcy: "ѓ",
  gl: "≷",
  glE: "⪒",
  gla: "⪥",
  glj: "⪤",
  gnE: "≩",
  gnap: "⪊",
  gnapprox: "⪊",
  gne: "⪈",
  gneq: "⪈",
  gneqq: "≩",
  gnsim: "⋧",
  gopf: "𝕘",
  grave: "`",
  gscr: "ℊ",
  gsim: "≳",
  gsime: "⪎",
  gsiml: "⪐",
  gt: ">",
  gtcc: "⪧",
  gtcir: "⩺",
  gtdot: "⋗",
  gtlPar: "⦕",
  gtquest: "⩼",
  gtrapprox: "⪆",
  gtrarr: "⥸",
  gtrdot: "⋗",
  gtreqless: "⋛",
  gtreqqless: "⪌",
  gtrless: "≷",
  gtrsim: "≳",
  gvertneqq: "≩︀",
  gvnE: "≩︀",
  hArr: "⇔",
  hairsp: " ",
  half: "½",
  hamilt: "ℋ",
  hardcy: "ъ",
  harr: "↔",
  harrcir: "⥈",
  harrw: "↭",
  hbar: "ℏ",
  hcirc: "ĥ",
  hearts: "♥",
  heartsuit: "♥",
  hellip: "…",
  hercon: "⊹",
  hfr: "𝔥",
  hksearow: "⤥",
  hkswarow: "⤦",
  hoarr: "⇿",
  homtht: "∻",
  hookleftarrow: "↩",
  hookrightarrow: "↪",
  hopf: "𝕙",
  horbar: "―",
  hscr: "𝒽",
  hslash: "ℏ",
  hstrok: "ħ",
  hybull: "⁃",
  hyphen: "‐",
  iacute: "í",
  ic: "⁣",
  icirc: "î",
  icy: "и",
  iecy: "е",
  iexcl: "¡",
  iff: "⇔",
  ifr: "𝔦",
  igrave: "ì",
  ii: "ⅈ",
  iiiint: "⨌",
  iiint: "∭",
  iinfin: "⧜",
  iiota: "℩",
  ijlig: "ĳ",
  imacr: "ī",
  image: "ℑ",
  imagline: "ℐ",
  imagpart: "ℑ",
  imath: "ı",
  imof: "⊷",
  imped: "Ƶ",
  in: "∈",
  incare: "℅",
  infin: "∞",
  infintie: "⧝",
  inodot: "ı",
  int: "∫",
  intcal: "⊺",
  integers: "ℤ",
  intercal: "⊺",
  intlarhk: "⨗",
  intprod: "⨼",
  iocy: "ё",
  iogon: "į",
  iopf: "𝕚",
  iota: "ι",
  iprod: "⨼",
  iquest: "¿",
  iscr: "𝒾",
  isin: "∈",
  isinE: "⋹",
  isindot: "⋵",
  isins: "⋴",
  isinsv: "⋳",
  isinv: "∈",
  it: "⁢",
  itilde: "ĩ",
  iukcy: "і",
  iuml: "ï",
  jcirc: "ĵ",
  jcy: "й",
  jfr: "𝔧",
  jmath: "ȷ",
  jopf: "𝕛",
  jscr: "𝒿",
  jsercy: "ј",
  jukcy: "є",
  kappa: "κ",
  kappav: "ϰ",
  kcedil: "ķ",
  kcy: "к",
  kfr: "𝔨",
  kgreen: "ĸ",
  khcy: "х",
  kjcy: "ќ",
  kopf: "𝕜",
  kscr: "𝓀",
  lAarr: "⇚",
  lArr: "⇐",
  lAtail: "⤛",
  lBarr: "⤎",
  lE: "≦",
  lEg: "⪋",
  lHar: "⥢",
  lacute: "ĺ",
  laemptyv: "⦴",
  lagran: "ℒ",
  lambda: "λ",
  lang: "⟨",
  langd: "⦑",
  langle: "⟨",
  lap: "⪅",
  laquo: "«",
  larr: "←",
  larrb: "⇤",
  larrbfs: "⤟",
  larrfs: "⤝",
  larrhk: "↩",
  larrlp: "↫",
  larrpl: "⤹",
  larrsim: "⥳",
  larrtl: "↢",
  lat: "⪫",
  latail: "⤙",
  late: "⪭",
  lates: "⪭︀",
  lbarr: "⤌",
  lbbrk: "❲",
  lbrace: "{",
  lbrack: "[",
  lbrke: "⦋",
  lbrksld: "⦏",
  lbrkslu: "⦍",
  lcaron: "ľ",
  lcedil: "ļ",
  lceil: "⌈",
  lcub: "{",
  lcy: "л",
  ldca: "⤶",
  ldquo: "“",
  ldquor: "„",
  ldrdhar: "⥧",
  ldrushar: "⥋",
  ldsh: "↲",
  le: "≤",
  leftarrow: "←",
  leftarrowtail: "↢",
  leftharpoondown: "↽",
  leftharpoonup: "↼",
  leftleftarrows: "⇇",
  leftrightarrow: "↔",
  leftrightarrows: "⇆",
  leftrightharpoons: "⇋",
  leftrightsquigarrow: "↭",
  leftthreetimes: "⋋",
  leg: "⋚",
  leq: "≤",
  leqq: "≦",
  leqslant: "⩽",
  les: "⩽",
  lescc: "⪨",
  lesdot: "⩿",
  lesdoto: "⪁",
  lesdotor: "⪃",
  lesg: "⋚︀",
  lesges: "⪓",
  lessapprox: "⪅",
  lessdot: "⋖",
  lesseqgtr: "⋚",
  lesseqqgtr: "⪋",
  lessgtr: "≶",
  lesssim: "≲",
  lfisht: "⥼",
  lfloor: "⌊",
  lfr: "𝔩",
  lg: "≶",
  lgE: "⪑",
  lhard: "↽",
  lharu: "↼",
  lharul: "⥪",
  lhblk: "▄",
  ljcy: "љ",
  ll: "≪",
  llarr: "⇇",
  llcorner: "⌞",
  llhard: "⥫",
  lltri: "◺",
  lmidot: "ŀ",
  lmoust: "⎰",
  lmoustache: "⎰",
  lnE: "≨",
  lnap: "⪉",
  lnapprox: "⪉",
  lne: "⪇",
  lneq: "⪇",
  lneqq: "≨",
  lnsim: "⋦",
  loang: "⟬",
  loarr: "⇽",
  lobrk: "⟦",
  longleftarrow: "⟵",
  longleftrightarrow: "⟷",
  longmapsto: "⟼",
  longrightarrow: "⟶",
  looparrowleft: "↫",
  looparrowright: "↬",
  lopar: "⦅",
  lopf: "𝕝",
  loplus: "⨭",
  lotimes: "⨴",
  lowast: "∗",
  lowbar: "_",
  loz: "◊",
  lozenge: "◊",
  lozf: "⧫",
  lpar: "(",
  lparlt: "⦓",
  lrarr: "⇆",
  lrcorner: "⌟",
  lrhar: "⇋",
  lrhard: "⥭",
  lrm: "‎",
  lrtri: "⊿",
  lsaquo: "‹",
  lscr: "𝓁",
  lsh: "↰",
  lsim: "≲",
  lsime: "⪍",
  lsimg: "⪏",
  lsqb: "[",
  lsquo: "‘",
  lsquor: "‚",
  lstrok: "ł",
  lt: "<",
  ltcc: "⪦",
  ltcir: "⩹",
  ltdot: "⋖",
  lthree: "⋋",
  ltimes: "⋉",
  ltlarr: "⥶",
  ltquest: "⩻",
  ltrPar: "⦖",
  ltri: "◃",
  ltrie: "⊴",
  ltrif: "◂",
  lurdshar: "⥊",
  luruhar: "⥦",
  lvertneqq: "≨︀",
  lvnE: "≨︀",
  mDDot: "∺",
  macr: "¯",
  male: "♂",
  malt: "✠",
  maltese: "✠",
  map: "↦",
  mapsto: "↦",
  mapstodown: "↧",
  mapstoleft: "↤",
  mapstoup: "↥",
  marker: "▮",
  mcomma: "⨩",
  mcy: "м",
  mdash: "—",
  measuredangle: "∡",
  mfr: "𝔪",
  mho: "℧",
  micro: "µ",
  mid: "∣",
  midast: "*",
  midcir: "⫰",
  middot: "·",
  minus: "−",
  minusb: "⊟",
  minusd: "∸",
  minusdu: "⨪",
  mlcp: "⫛",
  mldr: "…",
  mnplus: "∓",
  models: "⊧",
  mopf: "𝕞",
  mp: "∓",
  mscr: "𝓂",
  mstpos: "∾",
  mu: "μ",
  multimap: "⊸",
  mumap: "⊸",
  nGg: "⋙̸",
  nGt: "≫⃒",
  nGtv: "≫̸",
  nLeftarrow: "⇍",
  nLeftrightarrow: "⇎",
  nLl: "⋘̸",
  nLt: "≪⃒",
  nLtv: "≪̸",
  nRightarrow: "⇏",
  nVDash: "⊯",
  nVdash: "⊮",
  nabla: "∇",
  nacute: "ń",
  nang: "∠⃒",
  nap: "≉",
  napE: "⩰̸",
  napid: "≋̸",
  napos: "ŉ",
  napprox: "≉",
  natur: "♮",
  natural: "♮",
  naturals: "ℕ",
  nbsp: " ",
  nbump: "≎̸",
  nbumpe: "≏̸",
  ncap: "⩃",
  ncaron: "ň",
  ncedil: "ņ",
  ncong: "≇",
  ncongdot: "⩭̸",
  ncup: "⩂",
  ncy: "н",
  ndash: "–",
  ne: "≠",
  neArr: "⇗",
  nearhk: "⤤",
  nearr: "↗",
  nearrow: "↗",
  nedot: "≐̸",
  nequiv: "≢",
  nesear: "⤨",
  nesim: "≂̸",
  nexist: "∄",
  nexists: "∄",
  nfr: "𝔫",
  ngE: "≧̸",
  nge: "≱",
  ngeq: "≱",
  ngeqq: "≧̸",
  ngeqslant: "⩾̸",
  nges: "⩾̸",
  ngsim: "≵",
  ngt: "≯",
  ngtr: "≯",
  nhArr: "⇎",
  nharr: "↮",
  nhpar: "⫲",
  ni: "∋",
  nis: "⋼",
  nisd: "⋺",
  niv: "∋",
  njcy: "њ",
  nlArr: "⇍",
  nlE: "≦̸",
  nlarr: "↚",
  nldr: "‥",
  nle: "≰",
  nleftarrow: "↚",
  nleftrightarrow: "↮",
  nleq: "≰",
  nleqq: "≦̸",
  nleqslant: "⩽̸",
  nles: "⩽̸",
  nless: "≮",
  nlsim: "≴",
  nlt: "≮",
  nltri: "⋪",
  nltrie: "⋬",
  nmid: "∤",
  nopf: "𝕟",
  not: "¬",
  notin: "∉",
  notinE: "⋹̸",
  notindot: "⋵̸",
  notinva: "∉",
  notinvb: "⋷",
  notinvc: "⋶",
  notni: "∌",
  notniva: "∌",
  notnivb: "⋾",
  notnivc: "⋽",
  npar: "∦",
  nparallel: "∦",
  nparsl: "⫽⃥",
  npart: "∂̸",
  npolint: "⨔",
  npr: "⊀",
  nprcue: "⋠",
  npre: "⪯̸",
  nprec: "⊀",
  npreceq: "⪯̸",
  nrArr: "⇏",
  nrarr: "↛",
  nrarrc: "⤳̸",
  nrarrw: "↝̸",
  nrightarrow: "↛",
  nrtri: "⋫",
  nrtrie: "⋭",
  nsc: "⊁",
  nsccue: "⋡",
  nsce: "⪰̸",
  nscr: "𝓃",
  nshortmid: "∤",
  nshortparallel: "∦",
  nsim: "≁",
  nsime: "≄",
  nsimeq: "≄",
  nsmid: "∤",
  nspar: "∦",
  nsqsube: "⋢",
  nsqsupe: "⋣",
  nsub: "⊄",
  nsubE: "⫅̸",
  nsube: "⊈",
  nsubset: "⊂⃒",
  nsubseteq: "⊈",
  nsubseteqq: "⫅̸",
  nsucc: "⊁",
  nsucceq: "⪰̸",
  nsup: "⊅",
  nsupE: "⫆̸",
  nsupe: "⊉",
  nsupset: "⊃⃒",
  nsupseteq: "⊉",
  nsupseteqq: "⫆̸",
  ntgl: "≹",
  ntilde: "ñ",
  ntlg: "≸",
  ntriangleleft: "⋪",
  ntrianglelefteq: "⋬",
  ntriangleright: "⋫",
  ntrianglerighteq: "⋭",
  nu: "ν",
  num: "#",
  numero: "№",
  numsp: " ",
  nvDash: "⊭",
  nvHarr: "⤄",
  nvap: "≍⃒",
  nvdash: "⊬",
  nvge: "≥⃒",
  nvgt: ">⃒",
  nvinfin: "⧞",
  nvlArr: "⤂",
  nvle: "≤⃒",
  nvlt: "<⃒",
  nvltrie: "⊴⃒",
  nvrArr: "⤃",
  nvrtrie: "⊵⃒",
  nvsim: "∼⃒",
  nwArr: "⇖",
  nwarhk: "⤣",
  nwarr: "↖",
  nwarrow: "↖",
  nwnear: "⤧",
  oS: "Ⓢ",
  oacute: "ó",
  oast: "⊛",
  ocir: "⊚",
  ocirc: "ô",
  ocy: "о",
  odash: "⊝",
  odblac: "ő",
  odiv: "⨸",
  odot: "⊙",
  odsold: "⦼",
  oelig: "œ",
  ofcir: "⦿",
  ofr: "𝔬",
  ogon: "˛",
  ograve: "ò",
  ogt: "⧁",
  ohbar: "⦵",
  ohm: "Ω",
  oint: "∮",
  olarr: "↺",
  olcir: "⦾",
  olcross: "⦻",
  oline: "‾",
  olt: "⧀",
  omacr: "ō",
  omega: "ω",
  omicron: "ο",
  omid: "⦶",
  ominus: "⊖",
  oopf: "𝕠",
  opar: "⦷",
  operp: "⦹",
  oplus: "⊕",
  or: "∨",
  orarr: "↻",
  ord: "⩝",
  order: "ℴ",
  orderof: "ℴ",
  ordf: "ª",
  ordm: "º",
  origof: "⊶",
  oror: "⩖",
  orslope: "⩗",
  orv: "⩛",
  oscr: "ℴ",
  oslash: "ø",
  osol: "⊘",
  otilde: "õ",
  otimes: "⊗",
  otimesas: "⨶",
  ouml: "ö",
  ovbar: "⌽",
  par: "∥",
  para: "¶",
  parallel: "∥",
  parsim: "⫳",
  parsl: "⫽",
  part: "∂",
  pcy: "п",
  percnt: "%",
  period: ".",
  permil: "‰",
  perp: "⊥",
  pertenk: "‱",
  pfr: "𝔭",
  phi: "φ",
  phiv: "ϕ",
  phmmat: "ℳ",
  phone: "☎",
  pi: "π",
  pitchfork: "⋔",
  piv: "ϖ",
  planck: "ℏ",
  planckh: "ℎ",
  plankv: "ℏ",
  plus: "+",
  plusacir: "⨣",
  plusb: "⊞",
  pluscir: "⨢",
  plusdo: "∔",
  plusdu: "⨥",
  pluse: "⩲",
  plusmn: "±",
  plussim: "⨦",
  plustwo: "⨧",
  pm: "±",
  pointint: "⨕",
  popf: "𝕡",
  pound: "£",
  pr: "≺",
  prE: "⪳",
  prap: "⪷",
  prcue: "≼",
  pre: "⪯",
  prec: "≺",
  precapprox: "⪷",
  preccurlyeq: "≼",
  preceq: "⪯",
  precnapprox: "⪹",
  precneqq: "⪵",
  precnsim: "⋨",
  precsim: "≾",
  prime: "′",
  primes: "ℙ",
  prnE: "⪵",
  prnap: "⪹",
  prnsim: "⋨",
  prod: "∏",
  profalar: "⌮",
  profline: "⌒",
  profsurf: "⌓",
  prop: "∝",
  propto: "∝",
  prsim: "≾",
  prurel: "⊰",
  pscr: "𝓅",
  psi: "ψ",
  puncsp: " ",
  qfr: "𝔮",
  qint: "⨌",
  qopf: "𝕢",
  qprime: "⁗",
  qscr: "𝓆",
  quaternions: "ℍ",
  quatint: "⨖",
  quest: "?",
  questeq: "≟",
  quot: '"',
  rAarr: "⇛",
  rArr: "⇒",
  rAtail: "⤜",
  rBarr: "⤏",
  rHar: "⥤",
  race: "∽̱",
  racute: "ŕ",
  radic: "√",
  raemptyv: "⦳",
  rang: "⟩",
  rangd: "⦒",
  range: "⦥",
  rangle: "⟩",
  raquo: "»",
  rarr: "→",
  rarrap: "⥵",
  rarrb: "⇥",
  rarrbfs: "⤠",
  rarrc: "⤳",
  rarrfs: "⤞",
  rarrhk: "↪",
  rarrlp: "↬",
  rarrpl: "⥅",
  rarrsim: "⥴",
  rarrtl: "↣",
  rarrw: "↝",
  ratail: "⤚",
  ratio: "∶",
  rationals: "ℚ",
  rbarr: "⤍",
  rbbrk: "❳",
  rbrace: "}",
  rbrack: "]",
  rbrke: "⦌",
  rbrksld: "⦎",
  rbrkslu: "⦐",
  rcaron: "ř",
  rcedil: "ŗ",
  rceil: "⌉",
  rcub: "}",
  rcy: "р",
  rdca: "⤷",
  rdldhar: "⥩",
  rdquo: "”",
  rdquor: "”",
  rdsh: "↳",
  real: "ℜ",
  realine: "ℛ",
  realpart: "ℜ",
  reals: "ℝ",
  rect: "▭",
  reg: "®",
  rfisht: "⥽",
  rfloor: "⌋",
  rfr: "𝔯",
  rhard: "⇁",
  rharu: "⇀",
  rharul: "⥬",
  rho: "ρ",
  rhov: "ϱ",
  rightarrow: "→",
  rightarrowtail: "↣",
  rightharpoondown: "⇁",
  rightharpoonup: "⇀",
  rightleftarrows: "⇄",
  rightleftharpoons: "⇌",
  rightrightarrows: "⇉",
  rightsquigarrow: "↝",
  rightthreetimes: "⋌",
  ring: "˚",
  risingdotseq: "≓",
  rlarr: "⇄",
  rlhar: "⇌",
  rlm: "‏",
  rmoust: "⎱",
  rmoustache: "⎱",
  rnmid: "⫮",
  roang: "⟭",
  roarr: "⇾",
  robrk: "⟧",
  ropar: "⦆",
  ropf: "𝕣",
  roplus: "⨮",
  rotimes: "⨵",
  rpar: ")",
  rpargt: "⦔",
  rppolint: "⨒",
  rrarr: "⇉",
  rsaquo: "›",
  rscr: "𝓇",
  rsh: "↱",
  rsqb: "]",
  rsquo: "’",
  rsquor: "’",
  rthree: "⋌",
  rtimes: "⋊",
  rtri: "▹",
  rtrie: "⊵",
  rtrif: "▸",
  rtriltri: "⧎",
  ruluhar: "⥨",
  rx: "℞",
  sacute: "ś",
  sbquo: "‚",
  sc: "≻",
  scE: "⪴",
  scap: "⪸",
  scaron: "š",
  sccue: "≽",
  sce: "⪰",
  scedil: "ş",
  scirc: "ŝ",
  scnE: "⪶",
  scnap: "⪺",
  scnsim: "⋩",
  scpolint: "⨓",
  scsim: "≿",
  scy: "с",
  sdot: "⋅",
  sdotb: "⊡",
  sdote: "⩦",
  seArr: "⇘",
  searhk: "⤥",
  searr: "↘",
  searrow: "↘",
  sect: "§",
  semi: ";",
  seswar: "⤩",
  setminus: "∖",
  setmn: "∖",
  sext: "✶",
  sfr: "𝔰",
  sfrown: "⌢",
  sharp: "♯",
  shchcy: "щ",
  shcy: "ш",
  shortmid: "∣",
  shortparallel: "∥",
  shy: "­",
  sigma: "σ",
  sigmaf: "ς",
  sigmav: "ς",
  sim: "∼",
  simdot: "⩪",
  sime: "≃",
  simeq: "≃",
  simg: "⪞",
  simgE: "⪠",
  siml: "⪝",
  simlE: "⪟",
  simne: "≆",
  simplus: "⨤",
  simrarr: "⥲",
  slarr: "←",
  smallsetminus: "∖",
  smashp: "⨳",
  smeparsl: "⧤",
  smid: "∣",
  smile: "⌣",
  smt: "⪪",
  smte: "⪬",
  smtes: "⪬︀",
  softcy: "ь",
  sol: "/",
  solb: "⧄",
  solbar: "⌿",
  sopf: "𝕤",
  spades: "♠",
  spadesuit: "♠",
  spar: "∥",
  sqcap: "⊓",
  sqcaps: "⊓︀",
  sqcup: "⊔",
  sqcups: "⊔︀",
  sqsub: "⊏",
  sqsube: "⊑",
  sqsubset: "⊏",
  sqsubseteq: "⊑",
  sqsup: "⊐",
  sqsupe: "⊒",
  sqsupset: "⊐",
  sqsupseteq: "⊒",
  squ: "□",
  square: "□",
  squarf: "▪",
  squf: "▪",
  srarr: "→",
  sscr: "𝓈",
  ssetmn: "∖",
  ssmile: "⌣",
  sstarf: "⋆",
  star: "☆",
  starf: "★",
  straightepsilon: "ϵ",
  straightphi: "ϕ",
  strns: "¯",
  sub: "⊂",
  subE: "⫅",
  subdot: "⪽",
  sube: "⊆",
  subedot: "⫃",
  submult: "⫁",
  subnE: "⫋",
  subne: "⊊",
  subplus: "⪿",
  subrarr: "⥹",
  subset: "⊂",
  subseteq: "⊆",
  subseteqq: "⫅",
  subsetneq: "⊊",
  subsetneqq: "⫋",
  subsim: "⫇",
  subsub: "⫕",
  subsup: "⫓",
  succ: "≻",
  succapprox: "⪸",
  succcurlyeq: "≽",
  succeq: "⪰",
  succnapprox: "⪺",
  succneqq: "⪶",
  succnsim: "⋩",
  succsim: "≿",
  sum: "∑",
  sung: "♪",
  sup1: "¹",
  sup2: "²",
  sup3: "³",
  sup: "⊃",
  supE: "⫆",
  supdot: "⪾",
  supdsub: "⫘",
  supe: "⊇",
  supedot: "⫄",
  suphsol: "⟉",
  suphsub: "⫗",
  suplarr: "⥻",
  supmult: "⫂",
  supnE: "⫌",
  supne: "⊋",
  supplus: "⫀",
  supset: "⊃",
  supseteq: "⊇",
  supseteqq: "⫆",
  supsetneq: "⊋",
  supsetneqq: "⫌",
  supsim: "⫈",
  supsub: "⫔",
  supsup: "⫖",
  swArr: "⇙",
  swarhk: "⤦",
  swarr: "↙",
  swarrow: "↙",
  swnwar: "⤪",
  szlig: "ß",
  target: "⌖",
  tau: "τ",
  tbrk: "⎴",
  tcaron: "ť",
  tcedil: "ţ",
  tcy: "т",
  tdot: "⃛",
  telrec: "⌕",
  tfr: "𝔱",
  there4: "∴",
  therefore: "∴",
  theta: "θ",
  thetasym: "ϑ",
  thetav: "ϑ",
  thickapprox: "≈",
  thicksim: "∼",
  thinsp: " ",
  thkap: "≈",
  thksim: "∼",
  thorn: "þ",
  tilde: "˜",
  times: "×",
  timesb: "⊠",
  timesbar: "⨱",
  timesd: "⨰",
  tint: "∭",
  toea: "⤨",
  top: "⊤",
  topbot: "⌶",
  topcir: "⫱",
  topf: "𝕥",
  topfork: "⫚",
  tosa: "⤩",
  tprime: "‴",
  trade: "™",
  triangle: "▵",
  triangledown: "▿",
  triangleleft: "◃",
  trianglelefteq: "⊴",
  triangleq: "≜",
  triangleright: "▹",
  trianglerighteq: "⊵",
  tridot: "◬",
  trie: "≜",
  triminus: "⨺",
  triplus: "⨹",
  trisb: "⧍",
  tritime: "⨻",
  trpezium: "⏢",
  tscr: "𝓉",
  tscy: "ц",
  tshcy: "ћ",
  tstrok: "ŧ",
  twixt: "≬",
  twoheadleftarrow: "↞",
  twoheadrightarrow: "↠",
  uArr: "⇑",
  uHar: "⥣",
  uacute: "ú",
  uarr: "↑",
  ubrcy: "ў",
  ubreve: "ŭ",
  ucirc: "û",
  ucy: "у",
  udarr: "⇅",
  udblac: "ű",
  udhar: "⥮",
  ufisht: "⥾",
  ufr: "𝔲",
  ugrave: "ù",
  uharl: "↿",
  uharr: "↾",
  uhblk: "▀",
  ulcorn: "⌜",
  ulcorner: "⌜",
  ulcrop: "⌏",
  ultri: "◸",
  umacr: "ū",
  uml: "¨",
  uogon: "ų",
  uopf: "𝕦",
  uparrow: "↑",
  updownarrow: "↕",
  upharpoonleft: "↿",
  upharpoonright: "↾",
  uplus: "⊎",
  upsi: "υ",
  upsih: "ϒ",
  upsilon: "υ",
  upuparrows: "⇈",
  urcorn: "⌝",
  urcorner: "⌝",
  urcrop: "⌎",
  uring: "ů",
  urtri: "◹",
  uscr: "𝓊",
  utdot: "⋰",
  utilde: "ũ",
  utri: "▵",
  utrif: "▴",
  uuarr: "⇈",
  uuml: "ü",
  uwangle: "⦧",
  vArr: "⇕",
  vBar: "⫨",
  vBarv: "⫩",
  vDash: "⊨",
  vangrt: "⦜",
  varepsilon: "ϵ",
  varkappa: "ϰ",
  varnothing: "∅",
  varphi: "ϕ",
  varpi: "ϖ",
  varpropto: "∝",
  varr: "↕",
  varrho: "ϱ",
  varsigma: "ς",
  varsubsetneq: "⊊︀",
  varsubsetneqq: "⫋︀",
  varsupsetneq: "⊋︀",
  varsupsetneqq: "⫌︀",
  vartheta: "ϑ",
  vartriangleleft: "⊲",
  vartriangleright: "⊳",
  vcy: "в",
  vdash: "⊢",
  vee: "∨",
  veebar: "⊻",
  veeeq: "≚",
  vellip: "⋮",
  verbar: "|",
  vert: "|",
  vfr: "𝔳",
  vltri: "⊲",
  vnsub: "⊂⃒",
  vnsup: "⊃⃒",
  vopf: "𝕧",
  vprop: "∝",
  vrtri: "⊳",
  vscr: "𝓋",
  vsubnE: "⫋︀",
  vsubne: "⊊︀",
  vsupnE: "⫌︀",
  vsupne: "⊋︀",
  vzigzag: "⦚",
  wcirc: "ŵ",
  wedbar: "⩟",
  wedge: "∧",
  wedgeq: "≙",
  weierp: "℘",
  wfr: "𝔴",
  wopf: "𝕨",
  wp: "℘",
  wr: "≀",
  wreath: "≀",
  wscr: "𝓌",
  xcap: "⋂",
  xcirc: "◯",
  xcup: "⋃",
  xdtri: "▽",
  xfr: "𝔵",
  xhArr: "⟺",
  xharr: "⟷",
  xi: "ξ",
  xlArr: "⟸",
  xlarr: "⟵",
  xmap: "⟼",
  xnis: "⋻",
  xodot: "⨀",
  xopf: "𝕩",
  xoplus: "⨁",
  xotime: "⨂",
  xrArr: "⟹",
  xrarr: "⟶",
  xscr: "𝓍",
  xsqcup: "⨆",
  xuplus: "⨄",
  xutri: "△",
  xvee: "⋁",
  xwedge: "⋀",
  yacute: "ý",
  yacy: "я",
  ycirc: "ŷ",
  ycy: "ы",
  yen: "¥",
  yfr: "𝔶",
  yicy: "ї",
  yopf: "𝕪",
  yscr: "𝓎",
  yucy: "ю",
  yuml: "ÿ",
  zacute: "ź",
  zcaron: "ž",
  zcy: "з",
  zdot: "ż",
  zeetrf: "ℨ",
  zeta: "ζ",
  zfr: "𝔷",
  zhcy: "ж",
  zigrarr: "⇝",
  zopf: "𝕫",
  zscr: "𝓏",
  zwj: "‍",
  zwnj: "‌"
};

// node_modules/decode-named-character-reference/index.js
var own2 = {}.hasOwnProperty;
function decodeNamedCharacterReference(value) {
  return own2.call(characterEntities, value) ? characterEntities[value] : false;
}

// node_modules/micromark-util-chunked/index.js
function splice(list3, start, remove, items) {
  const end = list3.length;
  let chunkStart = 0;
  let parameters;
  if (start < 0) {
    start = -start > end ? 0 : end + start;
  } else {
    start = start > end ? end : start;
  }
  remove = remove > 0 ? remove : 0;
  if (items.length < 1e4) {
    parameters = Array.from(items);
    parameters.unshift(start, remove);
    list3.splice(...parameters);
  } else {
    if (remove) list3.splice(start, remove);
    while (chunkStart < items.length) {
      parameters = items.slice(chunkStart, chunkStart + 1e4);
      parameters.unshift(start, 0);
      list3.splice(...parameters);
      chunkStart += 1e4;
      start += 1e4;
    }
  }
}
function push(list3, items) {
  if (list3.length > 0) {
    splice(list3, list3.length, 0, items);
    return list3;
  }
  return items;
}

// node_modules/micromark-util-combine-extensions/index.js
var hasOwnProperty = {}.hasOwnProperty;
function combineExtensions(extensions) {
  const all2 = {};
  let index2 = -1;
  while (++index2 < extensions.length) {
    syntaxExtension(all2, extensions[index2]);
  }
  return all2;
}
function syntaxExtension(all2, extension2) {
  let hook;
  for (hook in extension2) {
    const maybe = hasOwnProperty.call(all2, hook) ? all2[hook] : void 0;
    const left = maybe || (all2[hook] = {});
    const right = extension2[hook];
    let code2;
    if (right) {
      for (code2 in right) {
        if (!hasOwnProperty.call(left, code2)) left[code2] = [];
        const value = right[code2];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code2],
          Array.isArray(value) ? value : value ? [value] : []
        );
      }
    }
  }
}
function constructs(existing, list3) {
  let index2 = -1;
  const before = [];
  while (++index2 < list3.length) {
    ;
    (list3[index2].add === "after" ? existing : before).push(list3[index2]);
  }
  splice(existing, 0, 0, before);
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value, base) {
  const code2 = Number.parseInt(value, base);
  if (
    // C0 except for HT, LF, FF, CR, space.
    code2 < 9 || code2 === 11 || code2 > 13 && code2 < 32 || // Control character (DEL) of C0, and C1 controls.
    code2 > 126 && code2 < 160 || // Lone high surrogates and low surrogates.
    code2 > 55295 && code2 < 57344 || // Noncharacters.
    code2 > 64975 && code2 < 65008 || /* eslint-disable no-bitwise */
    (code2 & 65535) === 65535 || (code2 & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code2 > 1114111
  ) {
    return "�";
  }
  return String.fromCodePoint(code2);
}

// node_modules/micromark-util-normalize-identifier/index.js
function normalizeIdentifier(value) {
  return value.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code2) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code2 !== null && (code2 < 32 || code2 === 127)
  );
}
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code2) {
  return code2 !== null && code2 < -2;
}
function markdownLineEndingOrSpace(code2) {
  return code2 !== null && (code2 < 0 || code2 === 32);
}
function markdownSpace(code2) {
  return code2 === -2 || code2 === -1 || code2 === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex) {
  return check;
  function check(code2) {
    return code2 !== null && code2 > -1 && regex.test(String.fromCharCode(code2));
  }
}

// node_modules/micromark-factory-space/index.js
function factorySpace(effects, ok3, type, max) {
  const limit = max ? max - 1 : Infinity;
  let size = 0;
  return start;
  function start(code2) {
    if (markdownSpace(code2)) {
      effects.enter(type);
      return prefix(code2);
    }
    return ok3(code2);
  }
  function prefix(code2) {
    if (markdownSpace(code2) && size++ < limit) {
      effects.consume(code2);
      return prefix;
    }
    effects.exit(type);
    return ok3(code2);
  }
}
function factorySpaceMinMax(effects, ok3, nok, type, min, max) {
  let size = 0;
  return start;
  function start(code2) {
    if (max > 0 && markdownSpace(code2)) {
      effects.enter(type);
      return prefix(code2);
    }
    return after(code2);
  }
  function prefix(code2) {
    if (markdownSpace(code2) && size < max) {
      effects.consume(code2);
      size++;
      return prefix;
    }
    effects.exit(type);
    return after(code2);
  }
  function after(code2) {
    return size >= min ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark/lib/initialize/content.js
var content = {
  tokenize: initializeContent
};
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  let previous3;
  return contentStart;
  function afterContentStartConstruct(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return factorySpace(effects, contentStart, "linePrefix");
  }
  function paragraphInitial(code2) {
    effects.enter("paragraph");
    return lineStart(code2);
  }
  function lineStart(code2) {
    const token = effects.enter("chunkText", {
      contentType: "text",
      previous: previous3
    });
    if (previous3) {
      previous3.next = token;
    }
    previous3 = token;
    return data(code2);
  }
  function data(code2) {
    if (code2 === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code2);
      return;
    }
    if (markdownLineEnding(code2)) {
      effects.consume(code2);
      effects.exit("chunkText");
      return lineStart;
    }
    effects.consume(code2);
    return data;
  }
}

// node_modules/micromark-util-edit-map/index.js
var EditMap = class {
  /**
   * Create a new edit map.
   *
   * @returns
   *   New instance.
   */
  constructor() {
    this.index = /* @__PURE__ */ new Map();
    this.map = [];
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add2) {
    addImplementation(this, index2, remove, add2, false);
  }
  /**
   * Create an edit: but insert `add` before existing additions, instead of
   * after them.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  addBefore(index2, remove, add2) {
    addImplementation(this, index2, remove, add2, true);
  }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation(editMap, at, remove, add2, before) {
  if (remove === 0 && add2.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    if (before) {
      add2.push(...existing[2]);
      existing[2] = add2;
    } else {
      existing[2].push(...add2);
    }
    return;
  }
  const change = [at, remove, add2];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark/lib/initialize/document.js
var document = {
  tokenize: initializeDocument
};
var containerConstruct = {
  tokenize: tokenizeContainer
};
function initializeDocument(effects) {
  const self = this;
  const stack = [];
  let continued = 0;
  let childFlow;
  let childToken;
  let lineStartOffset;
  return start;
  function start(code2) {
    if (continued < stack.length) {
      const item = stack[continued];
      self.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code2);
    }
    return checkNewContainers(code2);
  }
  function documentContinue(code2) {
    continued++;
    if (self.containerState._closeFlow) {
      self.containerState._closeFlow = void 0;
      if (childFlow) {
        closeFlow();
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          point3 = self.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);
      let index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
      return checkNewContainers(code2);
    }
    return start(code2);
  }
  function checkNewContainers(code2) {
    if (continued === stack.length) {
      if (!childFlow) {
        return documentContinued(code2);
      }
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code2);
      }
      self.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }
    self.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code2);
  }
  function thereIsANewContainer(code2) {
    if (childFlow) {
      closeFlow();
    }
    exitContainers(continued);
    return documentContinued(code2);
  }
  function thereIsNoNewContainer(code2) {
    self.parser.lazy[self.now().line] = continued !== stack.length;
    lineStartOffset = self.now().offset;
    return flowStart(code2);
  }
  function documentContinued(code2) {
    self.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code2);
  }
  function containerContinue(code2) {
    continued++;
    stack.push([self.currentConstruct, self.containerState]);
    return documentContinued(code2);
  }
  function flowStart(code2) {
    if (code2 === null) {
      if (childFlow) {
        closeFlow();
      }
      exitContainers(0);
      effects.consume(code2);
      return;
    }
    childFlow = childFlow || self.parser.flow(self.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code2);
  }
  function flowContinue(code2) {
    if (code2 === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code2);
      return;
    }
    if (markdownLineEnding(code2)) {
      effects.consume(code2);
      writeToChild(effects.exit("chunkFlow"));
      continued = 0;
      self.interrupt = void 0;
      return start;
    }
    effects.consume(code2);
    return flowContinue;
  }
  function writeToChild(token, endOfFile) {
    const stream = self.sliceStream(token);
    if (endOfFile) {
      stream.push(null);
    }
    token.previous = childToken;
    if (childToken) {
      childToken.next = token;
    }
    childToken = token;
    childFlow.defineSkip(token.start);
    childFlow.write(stream);
    if (self.parser.lazy[token.start.line]) {
      let index2 = childFlow.events.length;
      while (index2--) {
        if (
          // The token starts before the line ending…
          childFlow.events[index2][1].start.offset < lineStartOffset && // …and either is not ended yet…
          (!childFlow.events[index2][1].end || // …or ends after it.
          childFlow.events[index2][1].end.offset > lineStartOffset)
        ) {
          return;
        }
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let seen;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point3 = self.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);
      index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
    }
  }
  function exitContainers(size) {
    let index2 = stack.length;
    while (index2-- > size) {
      const entry = stack[index2];
      self.containerState = entry[1];
      entry[0].exit.call(self, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = void 0;
    childFlow = void 0;
    self.containerState._closeFlow = void 0;
  }
}
function tokenizeContainer(effects, ok3, nok) {
  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok3, nok), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}

// node_modules/micromark-util-classify-character/index.js
function classifyCharacter(code2) {
  if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
    return 1;
  }
  if (unicodePunctuation(code2)) {
    return 2;
  }
}

// node_modules/micromark-util-resolve-all/index.js
function resolveAll(constructs2, events, context) {
  const called = [];
  let index2 = -1;
  while (++index2 < constructs2.length) {
    const resolve = constructs2[index2].resolveAll;
    if (resolve && !called.includes(resolve)) {
      events = resolve(events, context);
      called.push(resolve);
    }
  }
  return events;
}

// node_modules/micromark-core-commonmark/lib/attention.js
var attention = {
  name: "attention",
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};
function resolveAllAttention(events, context) {
  let index2 = -1;
  let nextEvents;
  while (++index2 < events.length) {
    if (events[index2][0] === "enter" && events[index2][1].type === "attentionSequence" && events[index2][1]._close) {
      let open = index2;
      while (open--) {
        if (events[open][0] === "exit" && events[open][1].type === "attentionSequence" && events[open][1]._open && // If the markers are the same:
        context.sliceSerialize(events[open][1]).charCodeAt(0) === context.sliceSerialize(events[index2][1]).charCodeAt(0)) {
          if ((events[open][1]._close || events[index2][1]._open) && (events[index2][1].end.offset - events[index2][1].start.offset) % 3 && !((events[open][1].end.offset - events[open][1].start.offset + events[index2][1].end.offset - events[index2][1].start.offset) % 3)) {
            continue;
          }
          const use = events[open][1].end.offset - events[open][1].start.offset > 1 && events[index2][1].end.offset - events[index2][1].start.offset > 1 ? 2 : 1;
          const start = {
            ...events[open][1].end
          };
          const end = {
            ...events[index2][1].start
          };
          movePoint(start, -use);
          movePoint(end, use);
          const openingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start,
            end: {
              ...events[open][1].end
            }
          };
          const closingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index2][1].start
            },
            end
          };
          const text4 = {
            type: use > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open][1].end
            },
            end: {
              ...events[index2][1].start
            }
          };
          const group = {
            type: use > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open][1].end = {
            ...openingSequence.start
          };
          events[index2][1].start = {
            ...closingSequence.end
          };
          nextEvents = [];
          if (events[open][1].end.offset - events[open][1].start.offset) {
            nextEvents = push(nextEvents, [["enter", events[open][1], context], ["exit", events[open][1], context]]);
          }
          nextEvents = push(nextEvents, [["enter", group, context], ["enter", openingSequence, context], ["exit", openingSequence, context], ["enter", text4, context]]);
          nextEvents = push(nextEvents, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + 1, index2), context));
          nextEvents = push(nextEvents, [["exit", text4, context], ["enter", closingSequence, context], ["exit", closingSequence, context], ["exit", group, context]]);
          let offset = 0;
          if (events[index2][1].end.offset - events[index2][1].start.offset) {
            offset = 2;
            nextEvents = push(nextEvents, [["enter", events[index2][1], context], ["exit", events[index2][1], context]]);
          }
          splice(events, open - 1, index2 - open + 3, nextEvents);
          index2 = open + nextEvents.length - offset - 2;
          break;
        }
      }
    }
  }
  index2 = -1;
  while (++index2 < events.length) {
    if (events[index2][1].type === "attentionSequence") {
      events[index2][1].type = "data";
    }
  }
  return events;
}
function tokenizeAttention(effects, ok3) {
  const attentionMarkers2 = this.parser.constructs.attentionMarkers.null;
  const previous3 = this.previous;
  const before = classifyCharacter(previous3);
  let marker;
  return start;
  function start(code2) {
    marker = code2;
    effects.enter("attentionSequence");
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      return inside;
    }
    const token = effects.exit("attentionSequence");
    const after = classifyCharacter(code2);
    const open = !after || after === 2 && before || attentionMarkers2.includes(code2) && code2 !== 42 && code2 !== 95;
    const close = !before || before === 2 && after || attentionMarkers2.includes(previous3) && previous3 !== 42 && previous3 !== 95;
    token._open = Boolean(marker === 42 ? open : open && (before || !close));
    token._close = Boolean(marker === 42 ? close : close && (after || !open));
    return ok3(code2);
  }
}
function movePoint(point3, offset) {
  point3.column += offset;
  point3.offset += offset;
  point3._bufferIndex += offset;
}

// node_modules/micromark-core-commonmark/lib/autolink.js
var autolink = {
  name: "autolink",
  tokenize: tokenizeAutolink
};
function tokenizeAutolink(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code2) {
    effects.enter("autolink");
    effects.enter("autolinkMarker");
    effects.consume(code2);
    effects.exit("autolinkMarker");
    effects.enter("autolinkProtocol");
    return open;
  }
  function open(code2) {
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return schemeOrEmailAtext;
    }
    if (code2 === 64) {
      return nok(code2);
    }
    return emailAtext(code2);
  }
  function schemeOrEmailAtext(code2) {
    if (code2 === 43 || code2 === 45 || code2 === 46 || asciiAlphanumeric(code2)) {
      size = 1;
      return schemeInsideOrEmailAtext(code2);
    }
    return emailAtext(code2);
  }
  function schemeInsideOrEmailAtext(code2) {
    if (code2 === 58) {
      effects.consume(code2);
      size = 0;
      return urlInside;
    }
    if ((code2 === 43 || code2 === 45 || code2 === 46 || asciiAlphanumeric(code2)) && size++ < 32) {
      effects.consume(code2);
      return schemeInsideOrEmailAtext;
    }
    size = 0;
    return emailAtext(code2);
  }
  function urlInside(code2) {
    if (code2 === 62) {
      effects.exit("autolinkProtocol");
      effects.enter("autolinkMarker");
      effects.consume(code2);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    if (code2 === null || code2 === 32 || code2 === 60 || asciiControl(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return urlInside;
  }
  function emailAtext(code2) {
    if (code2 === 64) {
      effects.consume(code2);
      return emailAtSignOrDot;
    }
    if (asciiAtext(code2)) {
      effects.consume(code2);
      return emailAtext;
    }
    return nok(code2);
  }
  function emailAtSignOrDot(code2) {
    return asciiAlphanumeric(code2) ? emailLabel(code2) : nok(code2);
  }
  function emailLabel(code2) {
    if (code2 === 46) {
      effects.consume(code2);
      size = 0;
      return emailAtSignOrDot;
    }
    if (code2 === 62) {
      effects.exit("autolinkProtocol").type = "autolinkEmail";
      effects.enter("autolinkMarker");
      effects.consume(code2);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok3;
    }
    return emailValue(code2);
  }
  function emailValue(code2) {
    if ((code2 === 45 || asciiAlphanumeric(code2)) && size++ < 63) {
      const next = code2 === 45 ? emailValue : emailLabel;
      effects.consume(code2);
      return next;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/blank-line.js
var blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};
function tokenizeBlankLine(effects, ok3, nok) {
  return start;
  function start(code2) {
    return markdownSpace(code2) ? factorySpace(effects, after, "linePrefix")(code2) : after(code2);
  }
  function after(code2) {
    return code2 === null || markdownLineEnding(code2) ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/block-quote.js
var blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit,
  name: "blockQuote",
  tokenize: tokenizeBlockQuoteStart
};
function tokenizeBlockQuoteStart(effects, ok3, nok) {
  const self = this;
  return start;
  function start(code2) {
    if (code2 === 62) {
      const state = self.containerState;
      if (!state.open) {
        effects.enter("blockQuote", {
          _container: true
        });
        state.open = true;
      }
      effects.enter("blockQuotePrefix");
      effects.enter("blockQuoteMarker");
      effects.consume(code2);
      effects.exit("blockQuoteMarker");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    if (markdownSpace(code2)) {
      effects.enter("blockQuotePrefixWhitespace");
      effects.consume(code2);
      effects.exit("blockQuotePrefixWhitespace");
      effects.exit("blockQuotePrefix");
      return ok3;
    }
    effects.exit("blockQuotePrefix");
    return ok3(code2);
  }
}
function tokenizeBlockQuoteContinuation(effects, ok3, nok) {
  const self = this;
  return contStart;
  function contStart(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, contBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
    }
    return contBefore(code2);
  }
  function contBefore(code2) {
    return effects.attempt(blockQuote, ok3, nok)(code2);
  }
}
function exit(effects) {
  effects.exit("blockQuote");
}

// node_modules/micromark-core-commonmark/lib/character-escape.js
var characterEscape = {
  name: "characterEscape",
  tokenize: tokenizeCharacterEscape
};
function tokenizeCharacterEscape(effects, ok3, nok) {
  return start;
  function start(code2) {
    effects.enter("characterEscape");
    effects.enter("escapeMarker");
    effects.consume(code2);
    effects.exit("escapeMarker");
    return inside;
  }
  function inside(code2) {
    if (asciiPunctuation(code2)) {
      effects.enter("characterEscapeValue");
      effects.consume(code2);
      effects.exit("characterEscapeValue");
      effects.exit("characterEscape");
      return ok3;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/character-reference.js
var characterReference = {
  name: "characterReference",
  tokenize: tokenizeCharacterReference
};
function tokenizeCharacterReference(effects, ok3, nok) {
  const self = this;
  let size = 0;
  let max;
  let test;
  return start;
  function start(code2) {
    effects.enter("characterReference");
    effects.enter("characterReferenceMarker");
    effects.consume(code2);
    effects.exit("characterReferenceMarker");
    return open;
  }
  function open(code2) {
    if (code2 === 35) {
      effects.enter("characterReferenceMarkerNumeric");
      effects.consume(code2);
      effects.exit("characterReferenceMarkerNumeric");
      return numeric;
    }
    effects.enter("characterReferenceValue");
    max = 31;
    test = asciiAlphanumeric;
    return value(code2);
  }
  function numeric(code2) {
    if (code2 === 88 || code2 === 120) {
      effects.enter("characterReferenceMarkerHexadecimal");
      effects.consume(code2);
      effects.exit("characterReferenceMarkerHexadecimal");
      effects.enter("characterReferenceValue");
      max = 6;
      test = asciiHexDigit;
      return value;
    }
    effects.enter("characterReferenceValue");
    max = 7;
    test = asciiDigit;
    return value(code2);
  }
  function value(code2) {
    if (code2 === 59 && size) {
      const token = effects.exit("characterReferenceValue");
      if (test === asciiAlphanumeric && !decodeNamedCharacterReference(self.sliceSerialize(token))) {
        return nok(code2);
      }
      effects.enter("characterReferenceMarker");
      effects.consume(code2);
      effects.exit("characterReferenceMarker");
      effects.exit("characterReference");
      return ok3;
    }
    if (test(code2) && size++ < max) {
      effects.consume(code2);
      return value;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/partial-non-lazy-continuation.js
var nonLazyContinuation = {
  partial: true,
  tokenize: tokenizeNonLazyContinuation
};
function tokenizeNonLazyContinuation(effects, ok3, nok) {
  const self = this;
  return start;
  function start(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return after;
  }
  function after(code2) {
    return self.parser.lazy[self.now().line] ? nok(code2) : ok3(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/code-fenced.js
var codeFenced = {
  concrete: true,
  name: "codeFenced",
  tokenize: tokenizeCodeFenced
};
function tokenizeCodeFenced(effects, ok3, nok) {
  const self = this;
  const closeStart = {
    partial: true,
    tokenize: tokenizeCloseStart
  };
  let initialPrefix = 0;
  let sizeOpen = 0;
  let marker;
  return start;
  function start(code2) {
    return beforeSequenceOpen(code2);
  }
  function beforeSequenceOpen(code2) {
    const tail = self.events[self.events.length - 1];
    initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
    marker = code2;
    effects.enter("codeFenced");
    effects.enter("codeFencedFence");
    effects.enter("codeFencedFenceSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === marker) {
      sizeOpen++;
      effects.consume(code2);
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code2);
    }
    effects.exit("codeFencedFenceSequence");
    return markdownSpace(code2) ? factorySpace(effects, infoBefore, "whitespace")(code2) : infoBefore(code2);
  }
  function infoBefore(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("codeFencedFence");
      return self.interrupt ? ok3(code2) : effects.check(nonLazyContinuation, atNonLazyBreak, after)(code2);
    }
    effects.enter("codeFencedFenceInfo");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return info(code2);
  }
  function info(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return infoBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return factorySpace(effects, metaBefore, "whitespace")(code2);
    }
    if (code2 === 96 && code2 === marker) {
      return nok(code2);
    }
    effects.consume(code2);
    return info;
  }
  function metaBefore(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return infoBefore(code2);
    }
    effects.enter("codeFencedFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta2(code2);
  }
  function meta2(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code2);
    }
    if (code2 === 96 && code2 === marker) {
      return nok(code2);
    }
    effects.consume(code2);
    return meta2;
  }
  function atNonLazyBreak(code2) {
    return effects.attempt(closeStart, after, contentBefore)(code2);
  }
  function contentBefore(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return contentStart;
  }
  function contentStart(code2) {
    return initialPrefix > 0 && markdownSpace(code2) ? factorySpace(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code2) : beforeContentChunk(code2);
  }
  function beforeContentChunk(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return effects.check(nonLazyContinuation, atNonLazyBreak, after)(code2);
    }
    effects.enter("codeFlowValue");
    return contentChunk(code2);
  }
  function contentChunk(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("codeFlowValue");
      return beforeContentChunk(code2);
    }
    effects.consume(code2);
    return contentChunk;
  }
  function after(code2) {
    effects.exit("codeFenced");
    return ok3(code2);
  }
  function tokenizeCloseStart(effects2, ok4, nok2) {
    let size = 0;
    return startBefore;
    function startBefore(code2) {
      effects2.enter("lineEnding");
      effects2.consume(code2);
      effects2.exit("lineEnding");
      return start2;
    }
    function start2(code2) {
      effects2.enter("codeFencedFence");
      return markdownSpace(code2) ? factorySpace(effects2, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2) : beforeSequenceClose(code2);
    }
    function beforeSequenceClose(code2) {
      if (code2 === marker) {
        effects2.enter("codeFencedFenceSequence");
        return sequenceClose(code2);
      }
      return nok2(code2);
    }
    function sequenceClose(code2) {
      if (code2 === marker) {
        size++;
        effects2.consume(code2);
        return sequenceClose;
      }
      if (size >= sizeOpen) {
        effects2.exit("codeFencedFenceSequence");
        return markdownSpace(code2) ? factorySpace(effects2, sequenceCloseAfter, "whitespace")(code2) : sequenceCloseAfter(code2);
      }
      return nok2(code2);
    }
    function sequenceCloseAfter(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        effects2.exit("codeFencedFence");
        return ok4(code2);
      }
      return nok2(code2);
    }
  }
}

// node_modules/micromark-core-commonmark/lib/code-indented.js
var codeIndented = {
  name: "codeIndented",
  tokenize: tokenizeCodeIndented
};
var furtherStart = {
  partial: true,
  tokenize: tokenizeFurtherStart
};
function tokenizeCodeIndented(effects, ok3, nok) {
  return start;
  function start(code2) {
    effects.enter("codeIndented");
    return factorySpaceMinMax(effects, atBreak, nok, "linePrefix", 4, 4)(code2);
  }
  function atBreak(code2) {
    if (code2 === null) {
      return after(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.attempt(furtherStart, atBreak, after)(code2);
    }
    effects.enter("codeFlowValue");
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("codeFlowValue");
      return atBreak(code2);
    }
    effects.consume(code2);
    return inside;
  }
  function after(code2) {
    effects.exit("codeIndented");
    return ok3(code2);
  }
}
function tokenizeFurtherStart(effects, ok3, nok) {
  const self = this;
  return furtherStart2;
  function furtherStart2(code2) {
    if (self.parser.lazy[self.now().line]) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return furtherStart2;
    }
    return factorySpaceMinMax(effects, ok3, onNotEnoughPrefix, "linePrefix", 4, 4)(code2);
  }
  function onNotEnoughPrefix(code2) {
    return markdownLineEnding(code2) ? furtherStart2(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/code-text.js
var codeText = {
  name: "codeText",
  previous,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index2;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index2 = headEnterIndex;
    while (++index2 < tailExitIndex) {
      if (events[index2][1].type === "codeTextData") {
        events[headEnterIndex][1].type = "codeTextPadding";
        events[tailExitIndex][1].type = "codeTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index2 = headEnterIndex - 1;
  tailExitIndex++;
  while (++index2 <= tailExitIndex) {
    if (enter === void 0) {
      if (index2 !== tailExitIndex && events[index2][1].type !== "lineEnding") {
        enter = index2;
      }
    } else if (index2 === tailExitIndex || events[index2][1].type === "lineEnding") {
      events[enter][1].type = "codeTextData";
      if (index2 !== enter + 2) {
        events[enter][1].end = events[index2 - 1][1].end;
        events.splice(enter + 2, index2 - enter - 2);
        tailExitIndex -= index2 - enter - 2;
        index2 = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous(code2) {
  return code2 !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeCodeText(effects, ok3, nok) {
  const self = this;
  let sizeOpen = 0;
  let size;
  let token;
  return start;
  function start(code2) {
    effects.enter("codeText");
    effects.enter("codeTextSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === 96) {
      effects.consume(code2);
      sizeOpen++;
      return sequenceOpen;
    }
    effects.exit("codeTextSequence");
    return between(code2);
  }
  function between(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 32) {
      effects.enter("space");
      effects.consume(code2);
      effects.exit("space");
      return between;
    }
    if (code2 === 96) {
      token = effects.enter("codeTextSequence");
      size = 0;
      return sequenceClose(code2);
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return between;
    }
    effects.enter("codeTextData");
    return data(code2);
  }
  function data(code2) {
    if (code2 === null || code2 === 32 || code2 === 96 || markdownLineEnding(code2)) {
      effects.exit("codeTextData");
      return between(code2);
    }
    effects.consume(code2);
    return data;
  }
  function sequenceClose(code2) {
    if (code2 === 96) {
      effects.consume(code2);
      size++;
      return sequenceClose;
    }
    if (size === sizeOpen) {
      effects.exit("codeTextSequence");
      effects.exit("codeText");
      return ok3(code2);
    }
    token.type = "codeTextData";
    return data(code2);
  }
}

// node_modules/micromark-util-subtokenize/lib/splice-buffer.js
var SpliceBuffer = class {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    this.left = initial ? [...initial] : [];
    this.right = [];
  }
  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index2) {
    if (index2 < 0 || index2 >= this.left.length + this.right.length) {
      throw new RangeError("Cannot access index `" + index2 + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
    }
    if (index2 < this.left.length) return this.left[index2];
    return this.right[this.right.length - index2 + this.left.length - 1];
  }
  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }
  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    this.setCursor(0);
    return this.right.pop();
  }
  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start, end) {
    const stop = end === null || end === void 0 ? Number.POSITIVE_INFINITY : end;
    if (stop < this.left.length) {
      return this.left.slice(start, stop);
    }
    if (start > this.left.length) {
      return this.right.slice(this.right.length - stop + this.left.length, this.right.length - start + this.left.length).reverse();
    }
    return this.left.slice(start).concat(this.right.slice(this.right.length - stop + this.left.length).reverse());
  }
  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start, deleteCount, items) {
    const count5 = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    const removed = this.right.splice(this.right.length - count5, Number.POSITIVE_INFINITY);
    if (items) chunkedPush(this.left, items);
    return removed.reverse();
  }
  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    this.setCursor(Number.POSITIVE_INFINITY);
    return this.left.pop();
  }
  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY);
    this.left.push(item);
  }
  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items) {
    this.setCursor(Number.POSITIVE_INFINITY);
    chunkedPush(this.left, items);
  }
  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0);
    this.right.push(item);
  }
  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items) {
    this.setCursor(0);
    chunkedPush(this.right, items.reverse());
  }
  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0) return;
    if (n < this.left.length) {
      const removed = this.left.splice(n, Number.POSITIVE_INFINITY);
      chunkedPush(this.right, removed.reverse());
    } else {
      const removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
      chunkedPush(this.left, removed.reverse());
    }
  }
};
function chunkedPush(list3, right) {
  let chunkStart = 0;
  if (right.length < 1e4) {
    list3.push(...right);
  } else {
    while (chunkStart < right.length) {
      list3.push(...right.slice(chunkStart, chunkStart + 1e4));
      chunkStart += 1e4;
    }
  }
}

// node_modules/micromark-util-subtokenize/index.js
function subtokenize(eventsArray) {
  const jumps = {};
  let index2 = -1;
  let event;
  let lineIndex;
  let otherIndex;
  let otherEvent;
  let parameters;
  let subevents;
  let more;
  const events = new SpliceBuffer(eventsArray);
  while (++index2 < events.length) {
    while (index2 in jumps) {
      index2 = jumps[index2];
    }
    event = events.get(index2);
    if (index2 && event[1].type === "chunkFlow" && events.get(index2 - 1)[1].type === "listItemPrefix") {
      subevents = event[1]._tokenizer.events;
      otherIndex = 0;
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank") {
        otherIndex += 2;
      }
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "content") {
        while (++otherIndex < subevents.length) {
          if (subevents[otherIndex][1].type === "content") {
            break;
          }
          if (subevents[otherIndex][1].type === "chunkText") {
            subevents[otherIndex][1]._isInFirstContentOfListItem = true;
            otherIndex++;
          }
        }
      }
    }
    if (event[0] === "enter") {
      if (event[1].contentType) {
        Object.assign(jumps, subcontent(events, index2));
        index2 = jumps[index2];
        more = true;
      }
    } else if (event[1]._container) {
      otherIndex = index2;
      lineIndex = void 0;
      while (otherIndex--) {
        otherEvent = events.get(otherIndex);
        if (otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank") {
          if (otherEvent[0] === "enter") {
            if (lineIndex) {
              events.get(lineIndex)[1].type = "lineEndingBlank";
            }
            otherEvent[1].type = "lineEnding";
            lineIndex = otherIndex;
          }
        } else if (otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent") {
        } else {
          break;
        }
      }
      if (lineIndex) {
        event[1].end = {
          ...events.get(lineIndex)[1].start
        };
        parameters = events.slice(lineIndex, index2);
        parameters.unshift(event);
        events.splice(lineIndex, index2 - lineIndex + 1, parameters);
      }
    }
  }
  splice(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0));
  return !more;
}
function subcontent(events, eventIndex) {
  const token = events.get(eventIndex)[1];
  const context = events.get(eventIndex)[2];
  let startPosition = eventIndex - 1;
  const startPositions = [];
  let tokenizer = token._tokenizer;
  if (!tokenizer) {
    tokenizer = context.parser[token.contentType](token.start);
    if (token._contentTypeTextTrailing) {
      tokenizer._contentTypeTextTrailing = true;
    }
  }
  const childEvents = tokenizer.events;
  const jumps = [];
  const gaps = {};
  let stream;
  let previous3;
  let index2 = -1;
  let current = token;
  let adjust = 0;
  let start = 0;
  const breaks = [start];
  while (current) {
    while (events.get(++startPosition)[1] !== current) {
    }
    startPositions.push(startPosition);
    if (!current._tokenizer) {
      stream = context.sliceStream(current);
      if (!current.next) {
        stream.push(null);
      }
      if (previous3) {
        tokenizer.defineSkip(current.start);
      }
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = true;
      }
      tokenizer.write(stream);
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = void 0;
      }
    }
    previous3 = current;
    current = current.next;
  }
  current = token;
  while (++index2 < childEvents.length) {
    if (
      // Find a void token that includes a break.
      childEvents[index2][0] === "exit" && childEvents[index2 - 1][0] === "enter" && childEvents[index2][1].type === childEvents[index2 - 1][1].type && childEvents[index2][1].start.line !== childEvents[index2][1].end.line
    ) {
      start = index2 + 1;
      breaks.push(start);
      current._tokenizer = void 0;
      current.previous = void 0;
      current = current.next;
    }
  }
  tokenizer.events = [];
  if (current) {
    current._tokenizer = void 0;
    current.previous = void 0;
  } else {
    breaks.pop();
  }
  index2 = breaks.length;
  while (index2--) {
    const slice = childEvents.slice(breaks[index2], breaks[index2 + 1]);
    const start2 = startPositions.pop();
    jumps.push([start2, start2 + slice.length - 1]);
    events.splice(start2, 2, slice);
  }
  jumps.reverse();
  index2 = -1;
  while (++index2 < jumps.length) {
    gaps[adjust + jumps[index2][0]] = adjust + jumps[index2][1];
    adjust += jumps[index2][1] - jumps[index2][0] - 1;
  }
  return gaps;
}

// node_modules/micromark-core-commonmark/lib/content.js
var content2 = {
  resolve: resolveContent,
  tokenize: tokenizeContent
};
var continuationConstruct = {
  partial: true,
  tokenize: tokenizeContinuation
};
function resolveContent(events) {
  subtokenize(events);
  return events;
}
function tokenizeContent(effects, ok3) {
  let previous3;
  return chunkStart;
  function chunkStart(code2) {
    effects.enter("content");
    previous3 = effects.enter("chunkContent", {
      contentType: "content"
    });
    return chunkInside(code2);
  }
  function chunkInside(code2) {
    if (code2 === null) {
      return contentEnd(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.check(continuationConstruct, contentContinue, contentEnd)(code2);
    }
    effects.consume(code2);
    return chunkInside;
  }
  function contentEnd(code2) {
    effects.exit("chunkContent");
    effects.exit("content");
    return ok3(code2);
  }
  function contentContinue(code2) {
    effects.consume(code2);
    effects.exit("chunkContent");
    previous3.next = effects.enter("chunkContent", {
      contentType: "content",
      previous: previous3
    });
    previous3 = previous3.next;
    return chunkInside;
  }
}
function tokenizeContinuation(effects, ok3, nok) {
  const self = this;
  return startLookahead;
  function startLookahead(code2) {
    effects.exit("chunkContent");
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return factorySpace(effects, prefixed, "linePrefix");
  }
  function prefixed(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return nok(code2);
    }
    const tail = self.events[self.events.length - 1];
    if (!self.parser.constructs.disable.null.includes("codeIndented") && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4) {
      return ok3(code2);
    }
    return effects.interrupt(self.parser.constructs.flow, nok, ok3)(code2);
  }
}

// node_modules/micromark-factory-destination/index.js
function factoryDestination(effects, ok3, nok, type, literalType, literalMarkerType, rawType, stringType, max) {
  const limit = max || Number.POSITIVE_INFINITY;
  let balance = 0;
  return start;
  function start(code2) {
    if (code2 === 60) {
      effects.enter(type);
      effects.enter(literalType);
      effects.enter(literalMarkerType);
      effects.consume(code2);
      effects.exit(literalMarkerType);
      return enclosedBefore;
    }
    if (code2 === null || code2 === 32 || code2 === 41 || asciiControl(code2)) {
      return nok(code2);
    }
    effects.enter(type);
    effects.enter(rawType);
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return raw(code2);
  }
  function enclosedBefore(code2) {
    if (code2 === 62) {
      effects.enter(literalMarkerType);
      effects.consume(code2);
      effects.exit(literalMarkerType);
      effects.exit(literalType);
      effects.exit(type);
      return ok3;
    }
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return enclosed(code2);
  }
  function enclosed(code2) {
    if (code2 === 62) {
      effects.exit("chunkString");
      effects.exit(stringType);
      return enclosedBefore(code2);
    }
    if (code2 === null || code2 === 60 || markdownLineEnding(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? enclosedEscape : enclosed;
  }
  function enclosedEscape(code2) {
    if (code2 === 60 || code2 === 62 || code2 === 92) {
      effects.consume(code2);
      return enclosed;
    }
    return enclosed(code2);
  }
  function raw(code2) {
    if (!balance && (code2 === null || code2 === 41 || markdownLineEndingOrSpace(code2))) {
      effects.exit("chunkString");
      effects.exit(stringType);
      effects.exit(rawType);
      effects.exit(type);
      return ok3(code2);
    }
    if (balance < limit && code2 === 40) {
      effects.consume(code2);
      balance++;
      return raw;
    }
    if (code2 === 41) {
      effects.consume(code2);
      balance--;
      return raw;
    }
    if (code2 === null || code2 === 32 || code2 === 40 || asciiControl(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? rawEscape : raw;
  }
  function rawEscape(code2) {
    if (code2 === 40 || code2 === 41 || code2 === 92) {
      effects.consume(code2);
      return raw;
    }
    return raw(code2);
  }
}

// node_modules/micromark-factory-label/index.js
function factoryLabel(effects, ok3, nok, type, markerType, stringType) {
  const self = this;
  let size = 0;
  let seen;
  return start;
  function start(code2) {
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code2);
    effects.exit(markerType);
    effects.enter(stringType);
    return atBreak;
  }
  function atBreak(code2) {
    if (size > 999 || code2 === null || code2 === 91 || code2 === 93 && !seen || // To do: remove in the future once we’ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn’t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code2 === 94 && !size && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit(stringType);
      effects.enter(markerType);
      effects.consume(code2);
      effects.exit(markerType);
      effects.exit(type);
      return ok3;
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return atBreak;
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return labelInside(code2);
  }
  function labelInside(code2) {
    if (code2 === null || code2 === 91 || code2 === 93 || markdownLineEnding(code2) || size++ > 999) {
      effects.exit("chunkString");
      return atBreak(code2);
    }
    effects.consume(code2);
    if (!seen) seen = !markdownSpace(code2);
    return code2 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return labelInside;
    }
    return labelInside(code2);
  }
}

// node_modules/micromark-factory-title/index.js
function factoryTitle(effects, ok3, nok, type, markerType, stringType) {
  let marker;
  return start;
  function start(code2) {
    if (code2 === 34 || code2 === 39 || code2 === 40) {
      effects.enter(type);
      effects.enter(markerType);
      effects.consume(code2);
      effects.exit(markerType);
      marker = code2 === 40 ? 41 : code2;
      return begin;
    }
    return nok(code2);
  }
  function begin(code2) {
    if (code2 === marker) {
      effects.enter(markerType);
      effects.consume(code2);
      effects.exit(markerType);
      effects.exit(type);
      return ok3;
    }
    effects.enter(stringType);
    return atBreak(code2);
  }
  function atBreak(code2) {
    if (code2 === marker) {
      effects.exit(stringType);
      return begin(marker);
    }
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      return factorySpace(effects, atBreak, "linePrefix");
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === marker || code2 === null || markdownLineEnding(code2)) {
      effects.exit("chunkString");
      return atBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? escape : inside;
  }
  function escape(code2) {
    if (code2 === marker || code2 === 92) {
      effects.consume(code2);
      return inside;
    }
    return inside(code2);
  }
}

// node_modules/micromark-factory-whitespace/index.js
function factoryWhitespace(effects, ok3) {
  let seen;
  return start;
  function start(code2) {
    if (markdownLineEnding(code2)) {
      effects.enter("lineEnding");
      effects.consume(code2);
      effects.exit("lineEnding");
      seen = true;
      return start;
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, start, seen ? "linePrefix" : "lineSuffix")(code2);
    }
    return ok3(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/definition.js
var definition = {
  name: "definition",
  tokenize: tokenizeDefinition
};
var titleBefore = {
  partial: true,
  tokenize: tokenizeTitleBefore
};
function tokenizeDefinition(effects, ok3, nok) {
  const self = this;
  let identifier;
  return start;
  function start(code2) {
    effects.enter("definition");
    return before(code2);
  }
  function before(code2) {
    return factoryLabel.call(
      self,
      effects,
      labelAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionLabel",
      "definitionLabelMarker",
      "definitionLabelString"
    )(code2);
  }
  function labelAfter(code2) {
    identifier = normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1));
    if (code2 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code2);
      effects.exit("definitionMarker");
      return markerAfter;
    }
    return nok(code2);
  }
  function markerAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, destinationBefore)(code2) : destinationBefore(code2);
  }
  function destinationBefore(code2) {
    return factoryDestination(
      effects,
      destinationAfter,
      // Note: we don’t need to reset the way `markdown-rs` does.
      nok,
      "definitionDestination",
      "definitionDestinationLiteral",
      "definitionDestinationLiteralMarker",
      "definitionDestinationRaw",
      "definitionDestinationString"
    )(code2);
  }
  function destinationAfter(code2) {
    return effects.attempt(titleBefore, after, after)(code2);
  }
  function after(code2) {
    return markdownSpace(code2) ? factorySpace(effects, afterWhitespace, "whitespace")(code2) : afterWhitespace(code2);
  }
  function afterWhitespace(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("definition");
      self.parser.defined.push(identifier);
      return ok3(code2);
    }
    return nok(code2);
  }
}
function tokenizeTitleBefore(effects, ok3, nok) {
  return titleBefore2;
  function titleBefore2(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, beforeMarker)(code2) : nok(code2);
  }
  function beforeMarker(code2) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code2);
  }
  function titleAfter(code2) {
    return markdownSpace(code2) ? factorySpace(effects, titleAfterOptionalWhitespace, "whitespace")(code2) : titleAfterOptionalWhitespace(code2);
  }
  function titleAfterOptionalWhitespace(code2) {
    return code2 === null || markdownLineEnding(code2) ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/hard-break-escape.js
var hardBreakEscape = {
  name: "hardBreakEscape",
  tokenize: tokenizeHardBreakEscape
};
function tokenizeHardBreakEscape(effects, ok3, nok) {
  return start;
  function start(code2) {
    effects.enter("hardBreakEscape");
    effects.consume(code2);
    return after;
  }
  function after(code2) {
    if (markdownLineEnding(code2)) {
      effects.exit("hardBreakEscape");
      return ok3(code2);
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/heading-atx.js
var headingAtx = {
  name: "headingAtx",
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};
function resolveHeadingAtx(events, context) {
  let contentEnd = events.length - 2;
  let contentStart = 3;
  if (events[contentStart][1].type === "whitespace") {
    contentStart += 2;
  }
  if (contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace") {
    contentEnd -= 2;
  }
  if (events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace")) {
    contentEnd -= contentStart + 1 === contentEnd ? 2 : 4;
  }
  if (contentEnd > contentStart) {
    const content3 = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    };
    const text4 = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    splice(events, contentStart, contentEnd - contentStart + 1, [["enter", content3, context], ["enter", text4, context], ["exit", text4, context], ["exit", content3, context]]);
  }
  return events;
}
function tokenizeHeadingAtx(effects, ok3, nok) {
  let size = 0;
  return start;
  function start(code2) {
    effects.enter("atxHeading");
    return before(code2);
  }
  function before(code2) {
    effects.enter("atxHeadingSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === 35 && size++ < 6) {
      effects.consume(code2);
      return sequenceOpen;
    }
    if (code2 === null || markdownLineEndingOrSpace(code2)) {
      effects.exit("atxHeadingSequence");
      return atBreak(code2);
    }
    return nok(code2);
  }
  function atBreak(code2) {
    if (code2 === 35) {
      effects.enter("atxHeadingSequence");
      return sequenceFurther(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("atxHeading");
      return ok3(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, atBreak, "whitespace")(code2);
    }
    effects.enter("atxHeadingText");
    return data(code2);
  }
  function sequenceFurther(code2) {
    if (code2 === 35) {
      effects.consume(code2);
      return sequenceFurther;
    }
    effects.exit("atxHeadingSequence");
    return atBreak(code2);
  }
  function data(code2) {
    if (code2 === null || code2 === 35 || markdownLineEndingOrSpace(code2)) {
      effects.exit("atxHeadingText");
      return atBreak(code2);
    }
    effects.consume(code2);
    return data;
  }
}

// node_modules/micromark-util-html-tag-name/index.js
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/micromark-core-commonmark/lib/html-flow.js
var htmlFlow = {
  concrete: true,
  name: "htmlFlow",
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
};
var blankLineBefore = {
  partial: true,
  tokenize: tokenizeBlankLineBefore
};
function resolveToHtmlFlow(events) {
  let index2 = events.length;
  while (index2--) {
    if (events[index2][0] === "enter" && events[index2][1].type === "htmlFlow") {
      break;
    }
  }
  if (index2 > 1 && events[index2 - 2][1].type === "linePrefix") {
    events[index2][1].start = events[index2 - 2][1].start;
    events[index2 + 1][1].start = events[index2 - 2][1].start;
    events.splice(index2 - 2, 2);
  }
  return events;
}
function tokenizeHtmlFlow(effects, ok3, nok) {
  const self = this;
  let marker;
  let closingTag;
  let buffer;
  let index2;
  let markerB;
  return start;
  function start(code2) {
    return before(code2);
  }
  function before(code2) {
    effects.enter("htmlFlow");
    effects.enter("htmlFlowData");
    effects.consume(code2);
    return open;
  }
  function open(code2) {
    if (code2 === 33) {
      effects.consume(code2);
      return declarationOpen;
    }
    if (code2 === 47) {
      effects.consume(code2);
      closingTag = true;
      return tagCloseStart;
    }
    if (code2 === 63) {
      effects.consume(code2);
      marker = 3;
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      buffer = String.fromCharCode(code2);
      return tagName;
    }
    return nok(code2);
  }
  function declarationOpen(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      marker = 2;
      return commentOpenInside;
    }
    if (code2 === 91) {
      effects.consume(code2);
      marker = 5;
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      marker = 4;
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code2);
  }
  function commentOpenInside(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return self.interrupt ? ok3 : continuationDeclarationInside;
    }
    return nok(code2);
  }
  function cdataOpenInside(code2) {
    const value = "CDATA[";
    if (code2 === value.charCodeAt(index2++)) {
      effects.consume(code2);
      if (index2 === value.length) {
        return self.interrupt ? ok3 : continuation;
      }
      return cdataOpenInside;
    }
    return nok(code2);
  }
  function tagCloseStart(code2) {
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      buffer = String.fromCharCode(code2);
      return tagName;
    }
    return nok(code2);
  }
  function tagName(code2) {
    if (code2 === null || code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      const slash = code2 === 47;
      const name = buffer.toLowerCase();
      if (!slash && !closingTag && htmlRawNames.includes(name)) {
        marker = 1;
        return self.interrupt ? ok3(code2) : continuation(code2);
      }
      if (htmlBlockNames.includes(buffer.toLowerCase())) {
        marker = 6;
        if (slash) {
          effects.consume(code2);
          return basicSelfClosing;
        }
        return self.interrupt ? ok3(code2) : continuation(code2);
      }
      marker = 7;
      return self.interrupt && !self.parser.lazy[self.now().line] ? nok(code2) : closingTag ? completeClosingTagAfter(code2) : completeAttributeNameBefore(code2);
    }
    if (code2 === 45 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      buffer += String.fromCharCode(code2);
      return tagName;
    }
    return nok(code2);
  }
  function basicSelfClosing(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      return self.interrupt ? ok3 : continuation;
    }
    return nok(code2);
  }
  function completeClosingTagAfter(code2) {
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeClosingTagAfter;
    }
    return completeEnd(code2);
  }
  function completeAttributeNameBefore(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      return completeEnd;
    }
    if (code2 === 58 || code2 === 95 || asciiAlpha(code2)) {
      effects.consume(code2);
      return completeAttributeName;
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAttributeNameBefore;
    }
    return completeEnd(code2);
  }
  function completeAttributeName(code2) {
    if (code2 === 45 || code2 === 46 || code2 === 58 || code2 === 95 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return completeAttributeName;
    }
    return completeAttributeNameAfter(code2);
  }
  function completeAttributeNameAfter(code2) {
    if (code2 === 61) {
      effects.consume(code2);
      return completeAttributeValueBefore;
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAttributeNameAfter;
    }
    return completeAttributeNameBefore(code2);
  }
  function completeAttributeValueBefore(code2) {
    if (code2 === null || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 34 || code2 === 39) {
      effects.consume(code2);
      markerB = code2;
      return completeAttributeValueQuoted;
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAttributeValueBefore;
    }
    return completeAttributeValueUnquoted(code2);
  }
  function completeAttributeValueQuoted(code2) {
    if (code2 === markerB) {
      effects.consume(code2);
      markerB = null;
      return completeAttributeValueQuotedAfter;
    }
    if (code2 === null || markdownLineEnding(code2)) {
      return nok(code2);
    }
    effects.consume(code2);
    return completeAttributeValueQuoted;
  }
  function completeAttributeValueUnquoted(code2) {
    if (code2 === null || code2 === 34 || code2 === 39 || code2 === 47 || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96 || markdownLineEndingOrSpace(code2)) {
      return completeAttributeNameAfter(code2);
    }
    effects.consume(code2);
    return completeAttributeValueUnquoted;
  }
  function completeAttributeValueQuotedAfter(code2) {
    if (code2 === 47 || code2 === 62 || markdownSpace(code2)) {
      return completeAttributeNameBefore(code2);
    }
    return nok(code2);
  }
  function completeEnd(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      return completeAfter;
    }
    return nok(code2);
  }
  function completeAfter(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return continuation(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return completeAfter;
    }
    return nok(code2);
  }
  function continuation(code2) {
    if (code2 === 45 && marker === 2) {
      effects.consume(code2);
      return continuationCommentInside;
    }
    if (code2 === 60 && marker === 1) {
      effects.consume(code2);
      return continuationRawTagOpen;
    }
    if (code2 === 62 && marker === 4) {
      effects.consume(code2);
      return continuationClose;
    }
    if (code2 === 63 && marker === 3) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    if (code2 === 93 && marker === 5) {
      effects.consume(code2);
      return continuationCdataInside;
    }
    if (markdownLineEnding(code2) && (marker === 6 || marker === 7)) {
      effects.exit("htmlFlowData");
      return effects.check(blankLineBefore, continuationAfter, continuationStart)(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("htmlFlowData");
      return continuationStart(code2);
    }
    effects.consume(code2);
    return continuation;
  }
  function continuationStart(code2) {
    return effects.check(nonLazyContinuation, continuationStartNonLazy, continuationAfter)(code2);
  }
  function continuationStartNonLazy(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return continuationBefore;
  }
  function continuationBefore(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return continuationStart(code2);
    }
    effects.enter("htmlFlowData");
    return continuation(code2);
  }
  function continuationCommentInside(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    return continuation(code2);
  }
  function continuationRawTagOpen(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      buffer = "";
      return continuationRawEndTag;
    }
    return continuation(code2);
  }
  function continuationRawEndTag(code2) {
    if (code2 === 62) {
      const name = buffer.toLowerCase();
      if (htmlRawNames.includes(name)) {
        effects.consume(code2);
        return continuationClose;
      }
      return continuation(code2);
    }
    if (asciiAlpha(code2) && buffer.length < 8) {
      effects.consume(code2);
      buffer += String.fromCharCode(code2);
      return continuationRawEndTag;
    }
    return continuation(code2);
  }
  function continuationCdataInside(code2) {
    if (code2 === 93) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    return continuation(code2);
  }
  function continuationDeclarationInside(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      return continuationClose;
    }
    if (code2 === 45 && marker === 2) {
      effects.consume(code2);
      return continuationDeclarationInside;
    }
    return continuation(code2);
  }
  function continuationClose(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("htmlFlowData");
      return continuationAfter(code2);
    }
    effects.consume(code2);
    return continuationClose;
  }
  function continuationAfter(code2) {
    effects.exit("htmlFlow");
    return ok3(code2);
  }
}
function tokenizeBlankLineBefore(effects, ok3, nok) {
  return start;
  function start(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return effects.attempt(blankLine, ok3, nok);
  }
}

// node_modules/micromark-core-commonmark/lib/html-text.js
var htmlText = {
  name: "htmlText",
  tokenize: tokenizeHtmlText
};
function tokenizeHtmlText(effects, ok3, nok) {
  const self = this;
  let marker;
  let index2;
  let returnState;
  return start;
  function start(code2) {
    effects.enter("htmlText");
    effects.enter("htmlTextData");
    effects.consume(code2);
    return open;
  }
  function open(code2) {
    if (code2 === 33) {
      effects.consume(code2);
      return declarationOpen;
    }
    if (code2 === 47) {
      effects.consume(code2);
      return tagCloseStart;
    }
    if (code2 === 63) {
      effects.consume(code2);
      return instruction;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return tagOpen;
    }
    return nok(code2);
  }
  function declarationOpen(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return commentOpenInside;
    }
    if (code2 === 91) {
      effects.consume(code2);
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return declaration;
    }
    return nok(code2);
  }
  function commentOpenInside(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return commentEnd;
    }
    return nok(code2);
  }
  function comment(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 45) {
      effects.consume(code2);
      return commentClose;
    }
    if (markdownLineEnding(code2)) {
      returnState = comment;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return comment;
  }
  function commentClose(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return commentEnd;
    }
    return comment(code2);
  }
  function commentEnd(code2) {
    return code2 === 62 ? end(code2) : code2 === 45 ? commentClose(code2) : comment(code2);
  }
  function cdataOpenInside(code2) {
    const value = "CDATA[";
    if (code2 === value.charCodeAt(index2++)) {
      effects.consume(code2);
      return index2 === value.length ? cdata : cdataOpenInside;
    }
    return nok(code2);
  }
  function cdata(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.consume(code2);
      return cdataClose;
    }
    if (markdownLineEnding(code2)) {
      returnState = cdata;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return cdata;
  }
  function cdataClose(code2) {
    if (code2 === 93) {
      effects.consume(code2);
      return cdataEnd;
    }
    return cdata(code2);
  }
  function cdataEnd(code2) {
    if (code2 === 62) {
      return end(code2);
    }
    if (code2 === 93) {
      effects.consume(code2);
      return cdataEnd;
    }
    return cdata(code2);
  }
  function declaration(code2) {
    if (code2 === null || code2 === 62) {
      return end(code2);
    }
    if (markdownLineEnding(code2)) {
      returnState = declaration;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return declaration;
  }
  function instruction(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (code2 === 63) {
      effects.consume(code2);
      return instructionClose;
    }
    if (markdownLineEnding(code2)) {
      returnState = instruction;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return instruction;
  }
  function instructionClose(code2) {
    return code2 === 62 ? end(code2) : instruction(code2);
  }
  function tagCloseStart(code2) {
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return tagClose;
    }
    return nok(code2);
  }
  function tagClose(code2) {
    if (code2 === 45 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return tagClose;
    }
    return tagCloseBetween(code2);
  }
  function tagCloseBetween(code2) {
    if (markdownLineEnding(code2)) {
      returnState = tagCloseBetween;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagCloseBetween;
    }
    return end(code2);
  }
  function tagOpen(code2) {
    if (code2 === 45 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return tagOpen;
    }
    if (code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      return tagOpenBetween(code2);
    }
    return nok(code2);
  }
  function tagOpenBetween(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      return end;
    }
    if (code2 === 58 || code2 === 95 || asciiAlpha(code2)) {
      effects.consume(code2);
      return tagOpenAttributeName;
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenBetween;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagOpenBetween;
    }
    return end(code2);
  }
  function tagOpenAttributeName(code2) {
    if (code2 === 45 || code2 === 46 || code2 === 58 || code2 === 95 || asciiAlphanumeric(code2)) {
      effects.consume(code2);
      return tagOpenAttributeName;
    }
    return tagOpenAttributeNameAfter(code2);
  }
  function tagOpenAttributeNameAfter(code2) {
    if (code2 === 61) {
      effects.consume(code2);
      return tagOpenAttributeValueBefore;
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenAttributeNameAfter;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagOpenAttributeNameAfter;
    }
    return tagOpenBetween(code2);
  }
  function tagOpenAttributeValueBefore(code2) {
    if (code2 === null || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 34 || code2 === 39) {
      effects.consume(code2);
      marker = code2;
      return tagOpenAttributeValueQuoted;
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenAttributeValueBefore;
      return lineEndingBefore(code2);
    }
    if (markdownSpace(code2)) {
      effects.consume(code2);
      return tagOpenAttributeValueBefore;
    }
    effects.consume(code2);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuoted(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      marker = void 0;
      return tagOpenAttributeValueQuotedAfter;
    }
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      returnState = tagOpenAttributeValueQuoted;
      return lineEndingBefore(code2);
    }
    effects.consume(code2);
    return tagOpenAttributeValueQuoted;
  }
  function tagOpenAttributeValueUnquoted(code2) {
    if (code2 === null || code2 === 34 || code2 === 39 || code2 === 60 || code2 === 61 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      return tagOpenBetween(code2);
    }
    effects.consume(code2);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuotedAfter(code2) {
    if (code2 === 47 || code2 === 62 || markdownLineEndingOrSpace(code2)) {
      return tagOpenBetween(code2);
    }
    return nok(code2);
  }
  function end(code2) {
    if (code2 === 62) {
      effects.consume(code2);
      effects.exit("htmlTextData");
      effects.exit("htmlText");
      return ok3;
    }
    return nok(code2);
  }
  function lineEndingBefore(code2) {
    effects.exit("htmlTextData");
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return lineEndingAfter;
  }
  function lineEndingAfter(code2) {
    return markdownSpace(code2) ? factorySpace(effects, lineEndingAfterPrefix, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2) : lineEndingAfterPrefix(code2);
  }
  function lineEndingAfterPrefix(code2) {
    effects.enter("htmlTextData");
    return returnState(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/label-end.js
var labelEnd = {
  name: "labelEnd",
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
};
var resourceConstruct = {
  tokenize: tokenizeResource
};
var referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
};
var referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};
function resolveAllLabelEnd(events) {
  let index2 = -1;
  const newEvents = [];
  while (++index2 < events.length) {
    const token = events[index2][1];
    newEvents.push(events[index2]);
    if (token.type === "labelImage" || token.type === "labelLink" || token.type === "labelEnd") {
      const offset = token.type === "labelImage" ? 4 : 2;
      token.type = "data";
      index2 += offset;
    }
  }
  if (events.length !== newEvents.length) {
    splice(events, 0, events.length, newEvents);
  }
  return events;
}
function resolveToLabelEnd(events, context) {
  let index2 = events.length;
  let offset = 0;
  let open;
  let close;
  let media;
  while (index2--) {
    const token = events[index2][1];
    if (open) {
      if (token.type === "link" || token.type === "labelLink" && token._inactive) {
        break;
      }
      if (events[index2][0] === "enter" && token.type === "labelLink") {
        token._inactive = true;
      }
    } else if (close) {
      if (events[index2][0] === "enter" && (token.type === "labelImage" || token.type === "labelLink") && !token._balanced) {
        open = index2;
        if (token.type !== "labelLink") {
          offset = 2;
          break;
        }
      }
    } else if (token.type === "labelEnd") {
      close = index2;
    }
  }
  const group = {
    type: events[open][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  const label = {
    type: "label",
    start: {
      ...events[open][1].start
    },
    end: {
      ...events[close][1].end
    }
  };
  const text4 = {
    type: "labelText",
    start: {
      ...events[open + offset + 2][1].end
    },
    end: {
      ...events[close - 2][1].start
    }
  };
  media = [["enter", group, context], ["enter", label, context]];
  media = push(media, events.slice(open + 1, open + offset + 3));
  media = push(media, [["enter", text4, context]]);
  media = push(media, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open + offset + 4, close - 3), context));
  media = push(media, [["exit", text4, context], events[close - 2], events[close - 1], ["exit", label, context]]);
  media = push(media, events.slice(close + 1));
  media = push(media, [["exit", group, context]]);
  splice(events, open, events.length, media);
  return events;
}
function tokenizeLabelEnd(effects, ok3, nok) {
  const self = this;
  const labelStarts = self._labelStarts;
  let labelStart;
  let defined;
  if (labelStarts) {
    while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1]._balanced) {
      labelStarts.pop();
    }
    labelStart = labelStarts[labelStarts.length - 1];
  }
  return start;
  function start(code2) {
    if (!labelStart) {
      return nok(code2);
    }
    if (labelStart._inactive) {
      return labelEndNok(code2);
    }
    defined = self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    })));
    effects.enter("labelEnd");
    effects.enter("labelMarker");
    effects.consume(code2);
    effects.exit("labelMarker");
    effects.exit("labelEnd");
    return after;
  }
  function after(code2) {
    if (code2 === 40) {
      return effects.attempt(resourceConstruct, labelEndOk, defined ? labelEndOk : labelEndNok)(code2);
    }
    if (code2 === 91) {
      return effects.attempt(referenceFullConstruct, labelEndOk, defined ? referenceNotFull : labelEndNok)(code2);
    }
    return defined ? labelEndOk(code2) : labelEndNok(code2);
  }
  function referenceNotFull(code2) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code2);
  }
  function labelEndOk(code2) {
    labelStarts.pop();
    return ok3(code2);
  }
  function labelEndNok(code2) {
    labelStart._balanced = true;
    return nok(code2);
  }
}
function tokenizeResource(effects, ok3, nok) {
  return resourceStart;
  function resourceStart(code2) {
    effects.enter("resource");
    effects.enter("resourceMarker");
    effects.consume(code2);
    effects.exit("resourceMarker");
    return resourceBefore;
  }
  function resourceBefore(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceOpen)(code2) : resourceOpen(code2);
  }
  function resourceOpen(code2) {
    if (code2 === 41) {
      return resourceEnd(code2);
    }
    return factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code2);
  }
  function resourceDestinationAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceBetween)(code2) : resourceEnd(code2);
  }
  function resourceDestinationMissing(code2) {
    return nok(code2);
  }
  function resourceBetween(code2) {
    if (code2 === 34 || code2 === 39 || code2 === 40) {
      return factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code2);
    }
    return resourceEnd(code2);
  }
  function resourceTitleAfter(code2) {
    return markdownLineEndingOrSpace(code2) ? factoryWhitespace(effects, resourceEnd)(code2) : resourceEnd(code2);
  }
  function resourceEnd(code2) {
    if (code2 === 41) {
      effects.enter("resourceMarker");
      effects.consume(code2);
      effects.exit("resourceMarker");
      effects.exit("resource");
      return ok3;
    }
    return nok(code2);
  }
}
function tokenizeReferenceFull(effects, ok3, nok) {
  const self = this;
  return referenceFull;
  function referenceFull(code2) {
    return factoryLabel.call(self, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code2);
  }
  function referenceFullAfter(code2) {
    return self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1))) ? ok3(code2) : nok(code2);
  }
  function referenceFullMissing(code2) {
    return nok(code2);
  }
}
function tokenizeReferenceCollapsed(effects, ok3, nok) {
  return referenceCollapsedStart;
  function referenceCollapsedStart(code2) {
    effects.enter("reference");
    effects.enter("referenceMarker");
    effects.consume(code2);
    effects.exit("referenceMarker");
    return referenceCollapsedOpen;
  }
  function referenceCollapsedOpen(code2) {
    if (code2 === 93) {
      effects.enter("referenceMarker");
      effects.consume(code2);
      effects.exit("referenceMarker");
      effects.exit("reference");
      return ok3;
    }
    return nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-image.js
var labelStartImage = {
  name: "labelStartImage",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};
function tokenizeLabelStartImage(effects, ok3, nok) {
  const self = this;
  let labelImage;
  return start;
  function start(code2) {
    effects.enter("labelImage");
    effects.enter("labelImageMarker");
    effects.consume(code2);
    effects.exit("labelImageMarker");
    return open;
  }
  function open(code2) {
    if (code2 === 91) {
      effects.enter("labelMarker");
      effects.consume(code2);
      effects.exit("labelMarker");
      labelImage = effects.exit("labelImage");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    if (code2 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code2);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelImage);
    return ok3(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-link.js
var labelStartLink = {
  name: "labelStartLink",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};
function tokenizeLabelStartLink(effects, ok3, nok) {
  const self = this;
  let labelLink;
  return start;
  function start(code2) {
    effects.enter("labelLink");
    effects.enter("labelMarker");
    effects.consume(code2);
    effects.exit("labelMarker");
    labelLink = effects.exit("labelLink");
    return after;
  }
  function after(code2) {
    if (code2 === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code2);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelLink);
    return ok3(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/line-ending.js
var lineEnding = {
  name: "lineEnding",
  tokenize: tokenizeLineEnding
};
function tokenizeLineEnding(effects, ok3) {
  return start;
  function start(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return factorySpace(effects, ok3, "linePrefix");
  }
}

// node_modules/micromark-core-commonmark/lib/thematic-break.js
var thematicBreak = {
  name: "thematicBreak",
  tokenize: tokenizeThematicBreak
};
function tokenizeThematicBreak(effects, ok3, nok) {
  let size = 0;
  let marker;
  return start;
  function start(code2) {
    effects.enter("thematicBreak");
    return before(code2);
  }
  function before(code2) {
    marker = code2;
    return atBreak(code2);
  }
  function atBreak(code2) {
    if (code2 === marker) {
      effects.enter("thematicBreakSequence");
      return sequence(code2);
    }
    if (size >= 3 && (code2 === null || markdownLineEnding(code2))) {
      effects.exit("thematicBreak");
      return ok3(code2);
    }
    return nok(code2);
  }
  function sequence(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      size++;
      return sequence;
    }
    effects.exit("thematicBreakSequence");
    return markdownSpace(code2) ? factorySpace(effects, atBreak, "whitespace")(code2) : atBreak(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/list.js
var list2 = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: "list",
  tokenize: tokenizeListStart
};
var listItemPrefixWhitespaceConstruct = {
  partial: true,
  tokenize: tokenizeListItemPrefixWhitespace
};
var indentConstruct = {
  partial: true,
  tokenize: tokenizeIndent
};
function tokenizeListStart(effects, ok3, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  let initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let size = 0;
  return start;
  function start(code2) {
    const kind = self.containerState.type || (code2 === 42 || code2 === 43 || code2 === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self.containerState.marker || code2 === self.containerState.marker : asciiDigit(code2)) {
      if (!self.containerState.type) {
        self.containerState.type = kind;
        effects.enter(kind, {
          _container: true
        });
      }
      if (kind === "listUnordered") {
        effects.enter("listItemPrefix");
        return code2 === 42 || code2 === 45 ? effects.check(thematicBreak, nok, atMarker)(code2) : atMarker(code2);
      }
      if (!self.interrupt || code2 === 49) {
        effects.enter("listItemPrefix");
        effects.enter("listItemValue");
        return inside(code2);
      }
    }
    return nok(code2);
  }
  function inside(code2) {
    if (asciiDigit(code2) && ++size < 10) {
      effects.consume(code2);
      return inside;
    }
    if ((!self.interrupt || size < 2) && (self.containerState.marker ? code2 === self.containerState.marker : code2 === 41 || code2 === 46)) {
      effects.exit("listItemValue");
      return atMarker(code2);
    }
    return nok(code2);
  }
  function atMarker(code2) {
    effects.enter("listItemMarker");
    effects.consume(code2);
    effects.exit("listItemMarker");
    self.containerState.marker = self.containerState.marker || code2;
    return effects.check(
      blankLine,
      // Can’t be empty when interrupting.
      self.interrupt ? nok : onBlank,
      effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix)
    );
  }
  function onBlank(code2) {
    self.containerState.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code2);
  }
  function otherPrefix(code2) {
    if (markdownSpace(code2)) {
      effects.enter("listItemPrefixWhitespace");
      effects.consume(code2);
      effects.exit("listItemPrefixWhitespace");
      return endOfPrefix;
    }
    return nok(code2);
  }
  function endOfPrefix(code2) {
    self.containerState.size = initialSize + self.sliceSerialize(effects.exit("listItemPrefix"), true).length;
    return ok3(code2);
  }
}
function tokenizeListContinuation(effects, ok3, nok) {
  const self = this;
  self.containerState._closeFlow = void 0;
  return effects.check(blankLine, onBlank, notBlank);
  function onBlank(code2) {
    self.containerState.furtherBlankLines = self.containerState.furtherBlankLines || self.containerState.initialBlankLine;
    return factorySpace(effects, ok3, "listItemIndent", self.containerState.size + 1)(code2);
  }
  function notBlank(code2) {
    if (self.containerState.furtherBlankLines || !markdownSpace(code2)) {
      self.containerState.furtherBlankLines = void 0;
      self.containerState.initialBlankLine = void 0;
      return notInCurrentItem(code2);
    }
    self.containerState.furtherBlankLines = void 0;
    self.containerState.initialBlankLine = void 0;
    return effects.attempt(indentConstruct, ok3, notInCurrentItem)(code2);
  }
  function notInCurrentItem(code2) {
    self.containerState._closeFlow = true;
    self.interrupt = void 0;
    return factorySpace(effects, effects.attempt(list2, ok3, nok), "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
  }
}
function tokenizeIndent(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemIndent", self.containerState.size + 1);
  function afterPrefix(code2) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], true).length === self.containerState.size ? ok3(code2) : nok(code2);
  }
}
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}
function tokenizeListItemPrefixWhitespace(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemPrefixWhitespace", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4 + 1);
  function afterPrefix(code2) {
    const tail = self.events[self.events.length - 1];
    return !markdownSpace(code2) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark-core-commonmark/lib/setext-underline.js
var setextUnderline = {
  name: "setextUnderline",
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};
function resolveToSetextUnderline(events, context) {
  const editMap = new EditMap();
  let index2 = events.length;
  let content3;
  let text4;
  let definition2;
  while (index2--) {
    if (events[index2][0] === "enter") {
      if (events[index2][1].type === "content") {
        content3 = index2;
        break;
      }
      if (events[index2][1].type === "paragraph") {
        text4 = index2;
      }
    } else {
      if (events[index2][1].type === "content") {
        editMap.add(index2, 1, []);
      }
      if (!definition2 && events[index2][1].type === "definition") {
        definition2 = index2;
      }
    }
  }
  const heading = {
    type: "setextHeading",
    start: {
      ...events[content3][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  events[text4][1].type = "setextHeadingText";
  if (definition2) {
    editMap.add(text4, 0, [["enter", heading, context]]);
    editMap.add(definition2 + 1, 0, [["exit", events[content3][1], context]]);
    events[content3][1].end = {
      ...events[definition2][1].end
    };
  } else {
    events[content3][1] = heading;
  }
  editMap.add(events.length, 0, [["exit", heading, context]]);
  editMap.consume(events);
  return events;
}
function tokenizeSetextUnderline(effects, ok3, nok) {
  const self = this;
  let marker;
  return start;
  function start(code2) {
    let index2 = self.events.length;
    let paragraph;
    while (index2--) {
      if (self.events[index2][1].type !== "lineEnding" && self.events[index2][1].type !== "linePrefix" && self.events[index2][1].type !== "content") {
        paragraph = self.events[index2][1].type === "paragraph";
        break;
      }
    }
    if (!self.parser.lazy[self.now().line] && (self.interrupt || paragraph)) {
      effects.enter("setextHeadingLine");
      marker = code2;
      return before(code2);
    }
    return nok(code2);
  }
  function before(code2) {
    effects.enter("setextHeadingLineSequence");
    return inside(code2);
  }
  function inside(code2) {
    if (code2 === marker) {
      effects.consume(code2);
      return inside;
    }
    effects.exit("setextHeadingLineSequence");
    return markdownSpace(code2) ? factorySpace(effects, after, "lineSuffix")(code2) : after(code2);
  }
  function after(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("setextHeadingLine");
      return ok3(code2);
    }
    return nok(code2);
  }
}

// node_modules/micromark/lib/initialize/flow.js
var flow = {
  tokenize: initializeFlow
};
function initializeFlow(effects) {
  const self = this;
  const initial = effects.attempt(
    // Try to parse a blank line.
    blankLine,
    atBlankEnding,
    // Try to parse initial flow (essentially, only code).
    effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content2, afterConstruct)), "linePrefix"))
  );
  return initial;
  function atBlankEnding(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code2);
    effects.exit("lineEndingBlank");
    self.currentConstruct = void 0;
    return initial;
  }
  function afterConstruct(code2) {
    if (code2 === null) {
      effects.consume(code2);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    self.currentConstruct = void 0;
    return initial;
  }
}

// node_modules/micromark/lib/initialize/text.js
var resolver = {
  resolveAll: createResolver()
};
var string3 = initializeFactory("string");
var text = initializeFactory("text");
function initializeFactory(field2) {
  return {
    resolveAll: createResolver(field2 === "text" ? resolveAllLineSuffixes : void 0),
    tokenize: initializeText
  };
  function initializeText(effects) {
    const self = this;
    const constructs2 = this.parser.constructs[field2];
    const text4 = effects.attempt(constructs2, start, notText);
    return start;
    function start(code2) {
      return atBreak(code2) ? text4(code2) : notText(code2);
    }
    function notText(code2) {
      if (code2 === null) {
        effects.consume(code2);
        return;
      }
      effects.enter("data");
      effects.consume(code2);
      return data;
    }
    function data(code2) {
      if (atBreak(code2)) {
        effects.exit("data");
        return text4(code2);
      }
      effects.consume(code2);
      return data;
    }
    function atBreak(code2) {
      if (code2 === null) {
        return true;
      }
      const list3 = constructs2[code2];
      let index2 = -1;
      if (list3) {
        while (++index2 < list3.length) {
          const item = list3[index2];
          if (!item.previous || item.previous.call(self, self.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
function createResolver(extraResolver) {
  return resolveAllText;
  function resolveAllText(events, context) {
    let index2 = -1;
    let enter;
    while (++index2 <= events.length) {
      if (enter === void 0) {
        if (events[index2] && events[index2][1].type === "data") {
          enter = index2;
          index2++;
        }
      } else if (!events[index2] || events[index2][1].type !== "data") {
        if (index2 !== enter + 2) {
          events[enter][1].end = events[index2 - 1][1].end;
          events.splice(enter + 2, index2 - enter - 2);
          index2 = enter + 2;
        }
        enter = void 0;
      }
    }
    return extraResolver ? extraResolver(events, context) : events;
  }
}
function resolveAllLineSuffixes(events, context) {
  const editMap = new EditMap();
  let eventIndex = 0;
  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context.sliceStream(data);
      let index2 = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      let tabs;
      while (index2--) {
        const chunk = chunks[index2];
        if (typeof chunk === "string") {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) {
            break;
          }
          bufferIndex = -1;
        } else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) {
        } else {
          index2++;
          break;
        }
      }
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index2 ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index2,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token);
        } else {
          editMap.add(eventIndex, 0, [["enter", token, context], ["exit", token, context]]);
        }
      }
      eventIndex++;
    }
  }
  editMap.consume(events);
  return events;
}

// node_modules/micromark/lib/constructs.js
var constructs_exports = {};
__export(constructs_exports, {
  attentionMarkers: () => attentionMarkers,
  contentInitial: () => contentInitial,
  disable: () => disable,
  document: () => document2,
  flow: () => flow2,
  flowInitial: () => flowInitial,
  insideSpan: () => insideSpan,
  string: () => string4,
  text: () => text2
});
var document2 = {
  [42]: list2,
  [43]: list2,
  [45]: list2,
  [48]: list2,
  [49]: list2,
  [50]: list2,
  [51]: list2,
  [52]: list2,
  [53]: list2,
  [54]: list2,
  [55]: list2,
  [56]: list2,
  [57]: list2,
  [62]: blockQuote
};
var contentInitial = {
  [91]: definition
};
var flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};
var flow2 = {
  [35]: headingAtx,
  [42]: thematicBreak,
  [45]: [setextUnderline, thematicBreak],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak,
  [96]: codeFenced,
  [126]: codeFenced
};
var string4 = {
  [38]: characterReference,
  [92]: characterEscape
};
var text2 = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention,
  [96]: codeText
};
var insideSpan = {
  null: [attention, resolver]
};
var attentionMarkers = {
  null: [42, 95]
};
var disable = {
  null: []
};

// node_modules/micromark/lib/create-tokenizer.js
function createTokenizer(parser, initialize, from) {
  let point3 = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  const columnStart = {};
  const resolveAllConstructs = [];
  let chunks = [];
  let stack = [];
  let consumed = true;
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    enter,
    exit: exit3,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };
  const context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write: write2
  };
  let state = initialize.tokenize.call(context, effects);
  let expectedCode;
  if (initialize.resolveAll) {
    resolveAllConstructs.push(initialize);
  }
  return context;
  function write2(slice) {
    chunks = push(chunks, slice);
    main();
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize, 0);
    context.events = resolveAll(resolveAllConstructs, context.events, context);
    return context.events;
  }
  function sliceSerialize(token, expandTabs) {
    return serializeChunks(sliceStream(token), expandTabs);
  }
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }
  function now() {
    const {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    } = point3;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    };
  }
  function defineSkip(value) {
    columnStart[value.line] = value.column;
    accountForPotentialSkip();
  }
  function main() {
    while (point3._index < chunks.length) {
      const chunk = chunks[point3._index];
      if (typeof chunk === "string") {
        const chunkIndex = point3._index;
        if (point3._bufferIndex < 0) {
          point3._bufferIndex = 0;
        }
        while (point3._index === chunkIndex && point3._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point3._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }
  function go(code2) {
    consumed = void 0;
    expectedCode = code2;
    state = state(code2);
  }
  function consume(code2) {
    if (markdownLineEnding(code2)) {
      point3.line++;
      point3.column = 1;
      point3.offset += code2 === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code2 !== -1) {
      point3.column++;
      point3.offset++;
    }
    if (point3._bufferIndex < 0) {
      point3._index++;
    } else {
      point3._bufferIndex++;
      if (point3._bufferIndex === // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point3._index].length) {
        point3._bufferIndex = -1;
        point3._index++;
      }
    }
    context.previous = code2;
    consumed = true;
  }
  function enter(type, fields) {
    const token = fields || {};
    token.type = type;
    token.start = now();
    context.events.push(["enter", token, context]);
    stack.push(token);
    return token;
  }
  function exit3(type) {
    const token = stack.pop();
    token.end = now();
    context.events.push(["exit", token, context]);
    return token;
  }
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }
  function onsuccessfulcheck(_, info) {
    info.restore();
  }
  function constructFactory(onreturn, fields) {
    return hook;
    function hook(constructs2, returnState, bogusState) {
      let listOfConstructs;
      let constructIndex;
      let currentConstruct;
      let info;
      return Array.isArray(constructs2) ? (
        /* c8 ignore next 1 */
        handleListOfConstructs(constructs2)
      ) : "tokenize" in constructs2 ? (
        // Looks like a construct.
        handleListOfConstructs([
          /** @type {Construct} */
          constructs2
        ])
      ) : handleMapOfConstructs(constructs2);
      function handleMapOfConstructs(map) {
        return start;
        function start(code2) {
          const left = code2 !== null && map[code2];
          const all2 = code2 !== null && map.null;
          const list3 = [
            // To do: add more extension tests.
            /* c8 ignore next 2 */
            ...Array.isArray(left) ? left : left ? [left] : [],
            ...Array.isArray(all2) ? all2 : all2 ? [all2] : []
          ];
          return handleListOfConstructs(list3)(code2);
        }
      }
      function handleListOfConstructs(list3) {
        listOfConstructs = list3;
        constructIndex = 0;
        if (list3.length === 0) {
          return bogusState;
        }
        return handleConstruct(list3[constructIndex]);
      }
      function handleConstruct(construct) {
        return start;
        function start(code2) {
          info = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context.currentConstruct = construct;
          }
          if (construct.name && context.parser.constructs.disable.null.includes(construct.name)) {
            return nok(code2);
          }
          return construct.tokenize.call(
            // If we do have fields, create an object w/ `context` as its
            // prototype.
            // This allows a “live binding”, which is needed for `interrupt`.
            fields ? Object.assign(Object.create(context), fields) : context,
            effects,
            ok3,
            nok
          )(code2);
        }
      }
      function ok3(code2) {
        consumed = true;
        onreturn(currentConstruct, info);
        return returnState;
      }
      function nok(code2) {
        consumed = true;
        info.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }
  function addResult(construct, from2) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      splice(context.events, from2, context.events.length - from2, construct.resolve(context.events.slice(from2), context));
    }
    if (construct.resolveTo) {
      context.events = construct.resolveTo(context.events, context);
    }
  }
  function store() {
    const startPoint = now();
    const startPrevious = context.previous;
    const startCurrentConstruct = context.currentConstruct;
    const startEventsIndex = context.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };
    function restore() {
      point3 = startPoint;
      context.previous = startPrevious;
      context.currentConstruct = startCurrentConstruct;
      context.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }
  function accountForPotentialSkip() {
    if (point3.line in columnStart && point3.column < 2) {
      point3.column = columnStart[point3.line];
      point3.offset += columnStart[point3.line] - 1;
    }
  }
}
function sliceChunks(chunks, token) {
  const startIndex = token.start._index;
  const startBufferIndex = token.start._bufferIndex;
  const endIndex = token.end._index;
  const endBufferIndex = token.end._bufferIndex;
  let view;
  if (startIndex === endIndex) {
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head = view[0];
      if (typeof head === "string") {
        view[0] = head.slice(startBufferIndex);
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}
function serializeChunks(chunks, expandTabs) {
  let index2 = -1;
  const result = [];
  let atTab;
  while (++index2 < chunks.length) {
    const chunk = chunks[index2];
    let value;
    if (typeof chunk === "string") {
      value = chunk;
    } else {
      switch (chunk) {
        case -5: {
          value = "\r";
          break;
        }
        case -4: {
          value = "\n";
          break;
        }
        case -3: {
          value = "\r\n";
          break;
        }
        case -2: {
          value = expandTabs ? " " : "	";
          break;
        }
        case -1: {
          if (!expandTabs && atTab) {
            continue;
          }
          value = " ";
          break;
        }
        default: {
          value = String.fromCharCode(chunk);
        }
      }
    }
    atTab = chunk === -2;
    result.push(value);
  }
  return result.join("");
}

// node_modules/micromark/lib/parse.js
function parse3(options) {
  const settings = options || {};
  const constructs2 = (
    /** @type {FullNormalizedExtension} */
    combineExtensions([constructs_exports, ...settings.extensions || []])
  );
  const parser = {
    constructs: constructs2,
    content: create(content),
    defined: [],
    document: create(document),
    flow: create(flow),
    lazy: {},
    string: create(string3),
    text: create(text)
  };
  return parser;
  function create(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

// node_modules/micromark/lib/postprocess.js
function postprocess(events) {
  while (!subtokenize(events)) {
  }
  return events;
}

// node_modules/micromark/lib/preprocess.js
var search = /[\0\t\n\r]/g;
function preprocess() {
  let column = 1;
  let buffer = "";
  let start = true;
  let atCarriageReturn;
  return preprocessor;
  function preprocessor(value, encoding, end) {
    value = buffer + (typeof value === "string" ? value.toString() : new TextDecoder(encoding || void 0).decode(value));
    const chunks = [];
    let startPosition = 0;
    buffer = "";
    if (start) {
      if (value.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start = void 0;
    }
    while (startPosition < value.length) {
      search.lastIndex = startPosition;
      const match = search.exec(value);
      const endPosition = match && match.index !== void 0 ? match.index : value.length;
      const code2 = value.charCodeAt(endPosition);
      if (!match) {
        buffer = value.slice(startPosition);
        break;
      }
      if (code2 === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = void 0;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = void 0;
        }
        if (startPosition < endPosition) {
          chunks.push(value.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code2) {
          case 0: {
            chunks.push(65533);
            column++;
            break;
          }
          case 9: {
            const next = Math.ceil(column / 4) * 4;
            chunks.push(-2);
            while (column++ < next) {
              chunks.push(-1);
            }
            break;
          }
          case 10: {
            chunks.push(-4);
            column = 1;
            break;
          }
          default: {
            atCarriageReturn = true;
            column = 1;
          }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) {
        chunks.push(-5);
      }
      if (buffer) {
        chunks.push(buffer);
      }
      chunks.push(null);
    }
    return chunks;
  }
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value) {
  return value.replace(characterEscapeOrReference, decode2);
}
function decode2($0, $1, $2) {
  if ($1) {
    return $1;
  }
  const head = $2.charCodeAt(0);
  if (head === 35) {
    const head2 = $2.charCodeAt(1);
    const hex = head2 === 120 || head2 === 88;
    return decodeNumericCharacterReference($2.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value) {
  if (!value || typeof value !== "object") {
    return "";
  }
  if ("position" in value || "type" in value) {
    return position(value.position);
  }
  if ("start" in value || "end" in value) {
    return position(value);
  }
  if ("line" in value || "column" in value) {
    return point(value);
  }
  return "";
}
function point(point3) {
  return index(point3 && point3.line) + ":" + index(point3 && point3.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value) {
  return value && typeof value === "number" ? value : 1;
}

// node_modules/mdast-util-from-markdown/lib/index.js
var own3 = {}.hasOwnProperty;
function fromMarkdown(value, encoding, options) {
  if (encoding && typeof encoding === "object") {
    options = encoding;
    encoding = void 0;
  }
  return compiler(options)(postprocess(parse3(options).document().write(preprocess()(value, encoding, true))));
}
function compiler(options) {
  const config2 = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"],
    enter: {
      autolink: opener(link),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener(heading),
      blockQuote: opener(blockQuote2),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener(codeFlow, buffer),
      codeText: opener(codeText2, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener(definition2),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener(emphasis),
      hardBreakEscape: opener(hardBreak),
      hardBreakTrailing: opener(hardBreak),
      htmlFlow: opener(html, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener(html, buffer),
      htmlTextData: onenterdata,
      image: opener(image),
      label: buffer,
      link: opener(link),
      listItem: opener(listItem),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener(list3, onenterlistordered),
      listUnordered: opener(list3),
      paragraph: opener(paragraph),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener(heading),
      strong: opener(strong),
      thematicBreak: opener(thematicBreak2)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure(config2, (options || {}).mdastExtensions || []);
  const data = {};
  return compile;
  function compile(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    };
    const context = {
      stack: [tree],
      tokenStack: [],
      config: config2,
      enter,
      exit: exit3,
      buffer,
      resume,
      data
    };
    const listStack = [];
    const prepared = [];
    let index2 = -1;
    while (++index2 < events.length) {
      prepared.push(events[index2]);
      if (events[index2][1].type === "listOrdered" || events[index2][1].type === "listUnordered") {
        if (events[index2][0] === "enter") {
          listStack.push(prepared.length - 1);
        } else {
          const tail = listStack.pop();
          prepareList(prepared, tail);
        }
      }
    }
    events = prepared;
    index2 = -1;
    while (++index2 < events.length) {
      const handler = config2[events[index2][0]];
      if (events[index2][0] === "enter" && config2.beforeEnter.length > 0) {
        callListeners(config2.beforeEnter, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (own3.call(handler, events[index2][1].type)) {
        handler[events[index2][1].type].call({
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (events[index2][0] === "exit" && config2.afterExit.length > 0) {
        callListeners(config2.afterExit, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
    }
    if (context.tokenStack.length > 0) {
      const tail = context.tokenStack[context.tokenStack.length - 1];
      const handler = tail[1] || defaultOnError;
      handler.call(context, void 0, tail[0]);
    }
    tree.position = {
      start: point2(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point2(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    };
    index2 = -1;
    while (++index2 < config2.transforms.length) {
      tree = config2.transforms[index2](tree) || tree;
    }
    return tree;
  }
  function callListeners(listeners, context, token) {
    let index2 = -1;
    while (++index2 < listeners.length) {
      listeners[index2].call(context, token);
    }
  }
  function prepareList(events, start) {
    const end = events.length - 1;
    let index2 = start - 1;
    let containerBalance = -1;
    let listSpread = false;
    let listItem2;
    let lineIndex;
    let firstBlankLineIndex;
    let atMarker;
    const insertions = [];
    while (++index2 <= end) {
      const event = events[index2];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          if (event[0] === "enter") {
            containerBalance++;
          } else {
            containerBalance--;
          }
          atMarker = void 0;
          break;
        }
        case "lineEndingBlank": {
          if (event[0] === "enter") {
            if (listItem2 && !atMarker && !containerBalance && !firstBlankLineIndex) {
              firstBlankLineIndex = index2;
            }
            atMarker = void 0;
          }
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace": {
          break;
        }
        default: {
          atMarker = void 0;
        }
      }
      if (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem2) {
          let tailIndex = index2;
          lineIndex = void 0;
          while (tailIndex--) {
            const tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === "exit") continue;
              if (lineIndex) {
                events[lineIndex][1].type = "lineEndingBlank";
                listSpread = true;
              }
              tailEvent[1].type = "lineEnding";
              lineIndex = tailIndex;
            } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") {
            } else {
              break;
            }
          }
          if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
            listItem2._spread = true;
          }
          listItem2.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end);
          insertions.push({
            at: lineIndex || index2,
            event: ["exit", listItem2, event[2]]
          });
        }
        if (event[1].type === "listItemPrefix") {
          const item = {
            type: "listItem",
            _spread: false,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we’ll add `end` in a second.
            end: void 0
          };
          listItem2 = item;
          insertions.push({
            at: index2,
            event: ["enter", item, event[2]]
          });
          firstBlankLineIndex = void 0;
          atMarker = true;
        }
      }
    }
    const listEvents = events.splice(start);
    let insertion = 0;
    index2 = -1;
    while (++index2 < listEvents.length) {
      while (insertion < insertions.length && insertions[insertion].at === start + index2) {
        events.push(insertions[insertion++].event);
      }
      events.push(listEvents[index2]);
    }
    events[start][1]._spread = listSpread;
  }
  function opener(create, and) {
    return open;
    function open(token) {
      enter.call(this, create(token), token);
      if (and) and.call(this, token);
    }
  }
  function buffer() {
    this.stack.push({
      type: "fragment",
      children: []
    });
  }
  function enter(node2, token, errorHandler) {
    const parent = this.stack[this.stack.length - 1];
    const siblings = parent.children;
    siblings.push(node2);
    this.stack.push(node2);
    this.tokenStack.push([token, errorHandler || void 0]);
    node2.position = {
      start: point2(token.start),
      // @ts-expect-error: `end` will be patched later.
      end: void 0
    };
  }
  function closer(and) {
    return close;
    function close(token) {
      if (and) and.call(this, token);
      exit3.call(this, token);
    }
  }
  function exit3(token, onExitError) {
    const node2 = this.stack.pop();
    const open = this.tokenStack.pop();
    if (!open) {
      throw new Error("Cannot close `" + token.type + "` (" + stringifyPosition({
        start: token.start,
        end: token.end
      }) + "): it’s not open");
    }
    if (open[0].type !== token.type) {
      if (onExitError) {
        onExitError.call(this, token, open[0]);
      } else {
        const handler = open[1] || defaultOnError;
        handler.call(this, token, open[0]);
      }
    }
    node2.position.end = point2(token.end);
  }
  function resume() {
    return toString(this.stack.pop());
  }
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = true;
  }
  function onenterlistitemvalue(token) {
    if (this.data.expectingFirstListItemValue) {
      const ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token), 10);
      this.data.expectingFirstListItemValue = void 0;
    }
  }
  function onexitcodefencedfenceinfo() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.lang = data2;
  }
  function onexitcodefencedfencemeta() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.meta = data2;
  }
  function onexitcodefencedfence() {
    if (this.data.flowCodeInside) return;
    this.buffer();
    this.data.flowCodeInside = true;
  }
  function onexitcodefenced() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
    this.data.flowCodeInside = void 0;
  }
  function onexitcodeindented() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/(\r?\n|\r)$/g, "");
  }
  function onexitdefinitionlabelstring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  }
  function onexitdefinitiontitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitdefinitiondestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitatxheadingsequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    if (!node2.depth) {
      const depth = this.sliceSerialize(token).length;
      node2.depth = depth;
    }
  }
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function onexitsetextheadinglinesequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    node2.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  }
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function onenterdata(token) {
    const node2 = this.stack[this.stack.length - 1];
    const siblings = node2.children;
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== "text") {
      tail = text4();
      tail.position = {
        start: point2(token.start),
        // @ts-expect-error: we’ll add `end` later.
        end: void 0
      };
      siblings.push(tail);
    }
    this.stack.push(tail);
  }
  function onexitdata(token) {
    const tail = this.stack.pop();
    tail.value += this.sliceSerialize(token);
    tail.position.end = point2(token.end);
  }
  function onexitlineending(token) {
    const context = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      const tail = context.children[context.children.length - 1];
      tail.position.end = point2(token.end);
      this.data.atHardBreak = void 0;
      return;
    }
    if (!this.data.setextHeadingSlurpLineEnding && config2.canContainEols.includes(context.type)) {
      onenterdata.call(this, token);
      onexitdata.call(this, token);
    }
  }
  function onexithardbreak() {
    this.data.atHardBreak = true;
  }
  function onexithtmlflow() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexithtmltext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitcodetext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitlink() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitimage() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitlabeltext(token) {
    const string5 = this.sliceSerialize(token);
    const ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string5);
    ancestor.identifier = normalizeIdentifier(string5).toLowerCase();
  }
  function onexitlabel() {
    const fragment = this.stack[this.stack.length - 1];
    const value = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    this.data.inReference = true;
    if (node2.type === "link") {
      const children = fragment.children;
      node2.children = children;
    } else {
      node2.alt = value;
    }
  }
  function onexitresourcedestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitresourcetitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitresource() {
    this.data.inReference = void 0;
  }
  function onenterreference() {
    this.data.referenceType = "collapsed";
  }
  function onexitreferencestring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
    this.data.referenceType = "full";
  }
  function onexitcharacterreferencemarker(token) {
    this.data.characterReferenceType = token.type;
  }
  function onexitcharacterreferencevalue(token) {
    const data2 = this.sliceSerialize(token);
    const type = this.data.characterReferenceType;
    let value;
    if (type) {
      value = decodeNumericCharacterReference(data2, type === "characterReferenceMarkerNumeric" ? 10 : 16);
      this.data.characterReferenceType = void 0;
    } else {
      const result = decodeNamedCharacterReference(data2);
      value = result;
    }
    const tail = this.stack[this.stack.length - 1];
    tail.value += value;
  }
  function onexitcharacterreference(token) {
    const tail = this.stack.pop();
    tail.position.end = point2(token.end);
  }
  function onexitautolinkprotocol(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = this.sliceSerialize(token);
  }
  function onexitautolinkemail(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = "mailto:" + this.sliceSerialize(token);
  }
  function blockQuote2() {
    return {
      type: "blockquote",
      children: [],
      position: void 0
    };
  }
  function codeFlow() {
    return {
      type: "code",
      lang: null,
      meta: null,
      value: "",
      position: void 0
    };
  }
  function codeText2() {
    return {
      type: "inlineCode",
      value: "",
      position: void 0
    };
  }
  function definition2() {
    return {
      type: "definition",
      identifier: "",
      label: null,
      title: null,
      url: "",
      position: void 0
    };
  }
  function emphasis() {
    return {
      type: "emphasis",
      children: [],
      position: void 0
    };
  }
  function heading() {
    return {
      type: "heading",
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: void 0
    };
  }
  function hardBreak() {
    return {
      type: "break",
      position: void 0
    };
  }
  function html() {
    return {
      type: "html",
      value: "",
      position: void 0
    };
  }
  function image() {
    return {
      type: "image",
      title: null,
      url: "",
      alt: null,
      position: void 0
    };
  }
  function link() {
    return {
      type: "link",
      title: null,
      url: "",
      children: [],
      position: void 0
    };
  }
  function list3(token) {
    return {
      type: "list",
      ordered: token.type === "listOrdered",
      start: null,
      spread: token._spread,
      children: [],
      position: void 0
    };
  }
  function listItem(token) {
    return {
      type: "listItem",
      spread: token._spread,
      checked: null,
      children: [],
      position: void 0
    };
  }
  function paragraph() {
    return {
      type: "paragraph",
      children: [],
      position: void 0
    };
  }
  function strong() {
    return {
      type: "strong",
      children: [],
      position: void 0
    };
  }
  function text4() {
    return {
      type: "text",
      value: "",
      position: void 0
    };
  }
  function thematicBreak2() {
    return {
      type: "thematicBreak",
      position: void 0
    };
  }
}
function point2(d) {
  return {
    line: d.line,
    column: d.column,
    offset: d.offset
  };
}
function configure(combined, extensions) {
  let index2 = -1;
  while (++index2 < extensions.length) {
    const value = extensions[index2];
    if (Array.isArray(value)) {
      configure(combined, value);
    } else {
      extension(combined, value);
    }
  }
}
function extension(combined, extension2) {
  let key;
  for (key in extension2) {
    if (own3.call(extension2, key)) {
      switch (key) {
        case "canContainEols": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "transforms": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "afterExit":
        case "beforeEnter": {
          const right = extension2[key];
          if (right) {
            combined[key].push(right);
          }
          break;
        }
        case "enter":
        case "exit": {
          const right = extension2[key];
          if (right) {
            Object.assign(combined[key], right);
          }
          break;
        }
      }
    }
  }
}
function defaultOnError(left, right) {
  if (left) {
    throw new Error("Cannot close `" + left.type + "` (" + stringifyPosition({
      start: left.start,
      end: left.end
    }) + "): a different token (`" + right.type + "`, " + stringifyPosition({
      start: right.start,
      end: right.end
    }) + ") is open");
  }
  throw new Error("Cannot close document, a token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is still open");
}

// node_modules/ccount/index.js
function ccount(value, character) {
  const source = String(value);
  if (typeof character !== "string") {
    throw new TypeError("Expected character");
  }
  let count5 = 0;
  let index2 = source.indexOf(character);
  while (index2 !== -1) {
    count5++;
    index2 = source.indexOf(character, index2 + character.length);
  }
  return count5;
}

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/mdast-util-find-and-replace/node_modules/escape-string-regexp/index.js
function escapeStringRegexp(string5) {
  if (typeof string5 !== "string") {
    throw new TypeError("Expected a string");
  }
  return string5.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}

// node_modules/unist-util-is/lib/index.js
var convert = (
  // Note: overloads in JSDoc can’t yet use different `@template`s.
  /**
   * @type {(
   *   (<Condition extends string>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & {type: Condition}) &
   *   (<Condition extends Props>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Condition) &
   *   (<Condition extends TestFunction>(test: Condition) => (node: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node & Predicate<Condition, Node>) &
   *   ((test?: null | undefined) => (node?: unknown, index?: number | null | undefined, parent?: Parent | null | undefined, context?: unknown) => node is Node) &
   *   ((test?: Test) => Check)
   * )}
   */
  /**
   * @param {Test} [test]
   * @returns {Check}
   */
  (function(test) {
    if (test === null || test === void 0) {
      return ok2;
    }
    if (typeof test === "function") {
      return castFactory(test);
    }
    if (typeof test === "object") {
      return Array.isArray(test) ? anyFactory(test) : (
        // Cast because `ReadonlyArray` goes into the above but `isArray`
        // narrows to `Array`.
        propertiesFactory(
          /** @type {Props} */
          test
        )
      );
    }
    if (typeof test === "string") {
      return typeFactory(test);
    }
    throw new Error("Expected function, string, or object as test");
  })
);
function anyFactory(tests) {
  const checks = [];
  let index2 = -1;
  while (++index2 < tests.length) {
    checks[index2] = convert(tests[index2]);
  }
  return castFactory(any);
  function any(...parameters) {
    let index3 = -1;
    while (++index3 < checks.length) {
      if (checks[index3].apply(this, parameters)) return true;
    }
    return false;
  }
}
function propertiesFactory(check) {
  const checkAsRecord = (
    /** @type {Record<string, unknown>} */
    check
  );
  return castFactory(all2);
  function all2(node2) {
    const nodeAsRecord = (
      /** @type {Record<string, unknown>} */
      /** @type {unknown} */
      node2
    );
    let key;
    for (key in check) {
      if (nodeAsRecord[key] !== checkAsRecord[key]) return false;
    }
    return true;
  }
}
function typeFactory(check) {
  return castFactory(type);
  function type(node2) {
    return node2 && node2.type === check;
  }
}
function castFactory(testFunction) {
  return check;
  function check(value, index2, parent) {
    return Boolean(
      looksLikeANode(value) && testFunction.call(
        this,
        value,
        typeof index2 === "number" ? index2 : void 0,
        parent || void 0
      )
    );
  }
}
function ok2() {
  return true;
}
function looksLikeANode(value) {
  return value !== null && typeof value === "object" && "type" in value;
}

// node_modules/unist-util-visit-parents/lib/color.node.js
function color(d) {
  return "\x1B[33m" + d + "\x1B[39m";
}

// node_modules/unist-util-visit-parents/lib/index.js
var empty = [];
var CONTINUE = true;
var EXIT2 = false;
var SKIP = "skip";
function visitParents(tree, testOrEnterOrVisitors, enterOrVisitorsOrReverse, reverse) {
  if (!tree || typeof tree !== "object") {
    throw new Error("Unexpected value `" + tree + "` for `tree`, expected node");
  }
  let preorder = true;
  let check;
  let visitors;
  let enter;
  let exit3;
  if (typeof enterOrVisitorsOrReverse === "function" || enterOrVisitorsOrReverse && typeof enterOrVisitorsOrReverse === "object") {
    check = /** @type {Test} */
    testOrEnterOrVisitors;
    visitors = enterOrVisitorsOrReverse;
    if (reverse) preorder = false;
  } else {
    visitors = /** @type {Visitors | Visitor} */
    testOrEnterOrVisitors;
    if (enterOrVisitorsOrReverse) preorder = false;
  }
  if (typeof visitors === "function") {
    enter = visitors;
  } else if (visitors && typeof visitors === "object") {
    if (visitors.enter === null || visitors.enter === void 0) {
    } else if (typeof visitors.enter === "function") {
      enter = visitors.enter;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.enter + "` for `visitors.enter`, expected optional visitor"
      );
    }
    if (typeof visitors.exit === "function") {
      exit3 = visitors.exit;
    } else {
      throw new Error(
        "Unexpected value `" + visitors.exit + "` for `visitors.exit`, expected visitor (pass a visitor directly if you only want an enter visitor)"
      );
    }
  } else {
    throw new Error(
      "Unexpected value `" + visitors + "` for `enter` or `visitors`, expected visitor or object with visitors"
    );
  }
  const is2 = convert(check);
  const step = preorder ? 1 : -1;
  factory(tree, void 0, [])();
  function factory(node2, index2, parents) {
    const value = (
      /** @type {Record<string, unknown>} */
      node2 && typeof node2 === "object" ? node2 : {}
    );
    if (typeof value.type === "string") {
      const name = (
        // `hast`
        typeof value.tagName === "string" ? value.tagName : (
          // `xast`
          typeof value.name === "string" ? value.name : void 0
        )
      );
      Object.defineProperty(visit, "name", {
        value: "node (" + color(node2.type + (name ? "<" + name + ">" : "")) + ")"
      });
    }
    return visit;
    function visit() {
      const matches = !check || is2(node2, index2, parents[parents.length - 1] || void 0);
      let result = empty;
      if (enter && matches) {
        result = toResult(enter(node2, parents, index2));
        if (result[0] === EXIT2) {
          return result;
        }
      }
      if ("children" in node2 && node2.children) {
        const nodeAsParent = (
          /** @type {UnistParent} */
          node2
        );
        if (nodeAsParent.children && result[0] !== SKIP) {
          let offset = (preorder ? -1 : nodeAsParent.children.length) + step;
          const grandparents = [...parents, nodeAsParent];
          while (offset > -1 && offset < nodeAsParent.children.length) {
            const child = nodeAsParent.children[offset];
            const subresult = factory(child, offset, grandparents)();
            if (subresult[0] === EXIT2) {
              return subresult;
            }
            offset = typeof subresult[1] === "number" ? subresult[1] : offset + step;
          }
        }
      }
      if (exit3 && matches) {
        const exitResult = toResult(exit3(node2, parents, index2));
        if (exitResult[0] === SKIP) {
          throw new Error(
            "Unexpected value `" + exitResult[0] + "` from `exit`, expected `CONTINUE`, `EXIT`, index, or nothing"
          );
        }
        if (exitResult[0] === EXIT2 || typeof exitResult[1] === "number") {
          return exitResult;
        }
      }
      return result;
    }
  }
}
function toResult(value) {
  if (Array.isArray(value)) {
    return value;
  }
  if (typeof value === "number") {
    return [CONTINUE, value];
  }
  return value === null || value === void 0 ? empty : [value];
}

// node_modules/mdast-util-find-and-replace/lib/index.js
function findAndReplace(tree, list3, options) {
  const settings = options || {};
  const ignored = convert(settings.ignore || []);
  const pairs = toPairs(list3);
  let pairIndex = -1;
  while (++pairIndex < pairs.length) {
    visitParents(tree, visitor);
  }
  function visitor(node2, parents, index2) {
    if (node2.type === "text" && typeof index2 === "number") {
      return handler(node2, parents, index2);
    }
    if (ignored(node2, index2, parents[parents.length - 1])) return SKIP;
  }
  function handler(node2, parents, index2) {
    const parent = parents[parents.length - 1];
    const find = pairs[pairIndex][0];
    const replace2 = pairs[pairIndex][1];
    let start = 0;
    let change = false;
    let nodes = [];
    find.lastIndex = 0;
    let match = find.exec(node2.value);
    while (match) {
      const position2 = match.index;
      const matchObject = {
        index: match.index,
        input: match.input,
        stack: [...parents, node2]
      };
      let value = replace2(...match, matchObject);
      if (typeof value === "string") {
        value = value.length > 0 ? { type: "text", value } : void 0;
      }
      if (value === false) {
        find.lastIndex = position2 + 1;
      } else {
        if (start !== position2) {
          add2({ type: "text", value: node2.value.slice(start, position2) });
        }
        if (Array.isArray(value)) {
          for (const child of value) add2(child);
        } else if (value) {
          add2(value);
        }
        start = position2 + match[0].length;
        change = true;
      }
      if (!find.global) {
        break;
      }
      match = find.exec(node2.value);
    }
    if (change) {
      if (start < node2.value.length) {
        add2({ type: "text", value: node2.value.slice(start) });
      }
      parent.children.splice(index2, 1, ...nodes);
    } else {
      nodes = [node2];
    }
    return index2 + nodes.length;
    function add2(child) {
      const previous3 = nodes[nodes.length - 1];
      if (previous3 && previous3.type === "text" && child.type === "text") {
        previous3.value += child.value;
      } else {
        nodes.push(child);
      }
    }
  }
}
function toPairs(tupleOrList) {
  if (!Array.isArray(tupleOrList)) {
    throw new TypeError("Expected find and replace tuple or list of tuples");
  }
  const result = [];
  const list3 = !tupleOrList[0] || Array.isArray(tupleOrList[0]) ? (
    /** @type {FindAndReplaceList} */
    tupleOrList
  ) : [
    /** @type {FindAndReplaceTuple} */
    tupleOrList
  ];
  let index2 = -1;
  while (++index2 < list3.length) {
    const tuple = list3[index2];
    result.push([toExpression(tuple[0]), toFunction(tuple[1])]);
  }
  return result;
}
function toExpression(find) {
  return typeof find === "string" ? new RegExp(escapeStringRegexp(find), "g") : find;
}
function toFunction(replace2) {
  return typeof replace2 === "function" ? replace2 : function() {
    return replace2;
  };
}

// node_modules/mdast-util-gfm-autolink-literal/lib/index.js
function gfmAutolinkLiteralFromMarkdown() {
  return {
    transforms: [transformGfmAutolinkLiterals],
    enter: {
      literalAutolink: enterLiteralAutolink,
      literalAutolinkEmail: enterLiteralAutolinkValue,
      literalAutolinkHttp: enterLiteralAutolinkValue,
      literalAutolinkWww: enterLiteralAutolinkValue
    },
    exit: {
      literalAutolink: exitLiteralAutolink,
      literalAutolinkEmail: exitLiteralAutolinkEmail,
      literalAutolinkHttp: exitLiteralAutolinkHttp,
      literalAutolinkWww: exitLiteralAutolinkWww
    }
  };
}
function enterLiteralAutolink(token) {
  this.enter(
    { type: "link", title: null, url: "", children: [], position: void 0 },
    token
  );
}
function enterLiteralAutolinkValue(token) {
  this.config.enter.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkHttp(token) {
  this.config.exit.autolinkProtocol.call(this, token);
}
function exitLiteralAutolinkWww(token) {
  this.config.exit.data.call(this, token);
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "link");
  node2.url = "http://" + this.sliceSerialize(token);
}
function exitLiteralAutolinkEmail(token) {
  this.config.exit.autolinkEmail.call(this, token);
}
function exitLiteralAutolink(token) {
  this.exit(token);
}
function transformGfmAutolinkLiterals(tree) {
  findAndReplace(
    tree,
    [
      [
        /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi,
        findUrl
      ],
      [
        /(?<![\w+\-.@])xmpp:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)(\/(?:[\w\-/]|\.(?=[\dA-Za-z]))*)?/g,
        findXmpp
      ],
      [/(?<![\w+\-.@])mailto:([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g, findMailto],
      [
        /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g,
        findEmail
      ]
    ],
    { ignore: ["link", "linkReference"] }
  );
}
function findUrl(_, protocol, domain2, path6, match) {
  if (!previous2(match)) {
    return false;
  }
  let prefix = "";
  if (/^w/i.test(protocol)) {
    domain2 = protocol + domain2;
    protocol = "";
    prefix = "http://";
  }
  if (unicodePunctuation(domain2.charCodeAt(0)) || !isCorrectDomain(domain2)) {
    return false;
  }
  const parts = splitUrl(domain2 + path6);
  const result = {
    type: "link",
    title: null,
    url: prefix + protocol + parts[0],
    children: [{ type: "text", value: protocol + parts[0], position: void 0 }],
    position: void 0
  };
  if (parts[1]) {
    return [result, { type: "text", value: parts[1], position: void 0 }];
  }
  return result;
}
function findEmail(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  return {
    type: "link",
    title: null,
    url: "mailto:" + atext + "@" + label,
    children: [{ type: "text", value: atext + "@" + label, position: void 0 }],
    position: void 0
  };
}
function findMailto(_, atext, label) {
  if (/[\d\-_]$/.test(label)) {
    return false;
  }
  const value = "mailto:" + atext + "@" + label;
  return {
    type: "link",
    title: null,
    url: value,
    children: [{ type: "text", value, position: void 0 }],
    position: void 0
  };
}
function findXmpp(matchValue, atext, label, resource, match) {
  if (/[\d\-_]$/.test(label) || resource && (!/[A-Za-z]$/.test(resource) || match.input.charAt(match.index + matchValue.length) === "@")) {
    return false;
  }
  const value = "xmpp:" + atext + "@" + label + (resource || "");
  return {
    type: "link",
    title: null,
    url: value,
    children: [{ type: "text", value, position: void 0 }],
    position: void 0
  };
}
function isCorrectDomain(domain2) {
  const parts = domain2.split(".");
  if (parts.length < 2 || parts[parts.length - 1] && (/_/.test(parts[parts.length - 1]) || !/[\dA-Za-z]/.test(parts[parts.length - 1])) || parts[parts.length - 2] && (/_/.test(parts[parts.length - 2]) || !/[\dA-Za-z]/.test(parts[parts.length - 2]))) {
    return false;
  }
  return true;
}
function splitUrl(url) {
  let index2 = url.length;
  while (index2 > 0) {
    const code2 = url.charCodeAt(index2 - 1);
    if (code2 === 33 || code2 === 34 || code2 === 38 || code2 === 39 || code2 === 41 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 60 || code2 === 62 || code2 === 63 || code2 === 93 || code2 === 125) {
      index2--;
    } else {
      break;
    }
  }
  if (index2 === url.length) {
    return [url, void 0];
  }
  let trail2 = url.slice(index2);
  url = url.slice(0, index2);
  let closingParenIndex = trail2.indexOf(")");
  const openingParens = ccount(url, "(");
  let closingParens = ccount(url, ")");
  while (closingParenIndex !== -1 && openingParens > closingParens) {
    url += trail2.slice(0, closingParenIndex + 1);
    trail2 = trail2.slice(closingParenIndex + 1);
    closingParenIndex = trail2.indexOf(")");
    closingParens++;
  }
  return [url, trail2];
}
function previous2(match) {
  const code2 = match.input.charCodeAt(match.index - 1);
  return match.index === 0 || unicodeWhitespace(code2) || unicodePunctuation(code2);
}

// node_modules/mdast-util-gfm-footnote/lib/index.js
footnoteReference.peek = footnoteReferencePeek;
function enterFootnoteCallString() {
  this.buffer();
}
function enterFootnoteCall(token) {
  this.enter({ type: "footnoteReference", identifier: "", label: "" }, token);
}
function enterFootnoteDefinitionLabelString() {
  this.buffer();
}
function enterFootnoteDefinition(token) {
  this.enter(
    { type: "footnoteDefinition", identifier: "", label: "", children: [] },
    token
  );
}
function exitFootnoteCallString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "footnoteReference");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteCall(token) {
  this.exit(token);
}
function exitFootnoteDefinitionLabelString(token) {
  const label = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "footnoteDefinition");
  node2.identifier = normalizeIdentifier(
    this.sliceSerialize(token)
  ).toLowerCase();
  node2.label = label;
}
function exitFootnoteDefinition(token) {
  this.exit(token);
}
function footnoteReferencePeek() {
  return "[";
}
function footnoteReference(node2, _, state, info) {
  const tracker = state.createTracker(info);
  let value = tracker.move("[^");
  const exit3 = state.enter("footnoteReference");
  const subexit = state.enter("reference");
  value += tracker.move(
    state.safe(state.associationId(node2), { after: "]", before: value })
  );
  subexit();
  exit3();
  value += tracker.move("]");
  return value;
}
function gfmFootnoteFromMarkdown() {
  return {
    enter: {
      gfmFootnoteCallString: enterFootnoteCallString,
      gfmFootnoteCall: enterFootnoteCall,
      gfmFootnoteDefinitionLabelString: enterFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: enterFootnoteDefinition
    },
    exit: {
      gfmFootnoteCallString: exitFootnoteCallString,
      gfmFootnoteCall: exitFootnoteCall,
      gfmFootnoteDefinitionLabelString: exitFootnoteDefinitionLabelString,
      gfmFootnoteDefinition: exitFootnoteDefinition
    }
  };
}

// node_modules/mdast-util-gfm-strikethrough/lib/index.js
handleDelete.attention = attentionDelete;
handleDelete.peek = peekDelete;
function gfmStrikethroughFromMarkdown() {
  return {
    canContainEols: ["delete"],
    enter: { strikethrough: enterStrikethrough },
    exit: { strikethrough: exitStrikethrough }
  };
}
function enterStrikethrough(token) {
  this.enter({ type: "delete", children: [], position: void 0 }, token);
}
function exitStrikethrough(token) {
  this.exit(token);
}
function handleDelete(node2, _, state, info) {
  const tracker = state.createTracker(info);
  const sequence = state.stack.includes("strikethrough") ? "~" : "~~";
  const exit3 = state.enter("strikethrough");
  let value = tracker.move(sequence);
  value += state.containerPhrasing(node2, {
    ...tracker.current(),
    before: value,
    after: "~"
  });
  value += tracker.move(sequence);
  exit3();
  return value;
}
function attentionDelete() {
  return { construct: "strikethrough", markers: ["~"], sizes: [2, 1] };
}
function peekDelete() {
  return "~";
}

// node_modules/mdast-util-gfm-table/lib/index.js
function gfmTableFromMarkdown() {
  return {
    enter: {
      table: enterTable,
      tableData: enterCell,
      tableHeader: enterCell,
      tableRow: enterRow
    },
    exit: {
      codeText: exitCodeText,
      table: exitTable,
      tableData: exit2,
      tableHeader: exit2,
      tableRow: exit2
    }
  };
}
function enterTable(token) {
  const align = token._align;
  ok(align, "expected `_align` on table");
  this.enter(
    {
      type: "table",
      align: align.map(function(d) {
        return d === "none" ? null : d;
      }),
      children: [],
      position: void 0
    },
    token
  );
  this.data.inTable = true;
}
function exitTable(token) {
  this.exit(token);
  this.data.inTable = void 0;
}
function enterRow(token) {
  this.enter({ type: "tableRow", children: [], position: void 0 }, token);
}
function exit2(token) {
  this.exit(token);
}
function enterCell(token) {
  this.enter({ type: "tableCell", children: [], position: void 0 }, token);
}
function exitCodeText(token) {
  let value = this.resume();
  if (this.data.inTable) {
    value = value.replace(/\\([\\|])/g, replace);
  }
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "inlineCode");
  node2.value = value;
  this.exit(token);
}
function replace($0, $1) {
  return $1 === "|" ? $1 : $0;
}

// node_modules/mdast-util-gfm-task-list-item/lib/index.js
function gfmTaskListItemFromMarkdown() {
  return {
    exit: {
      taskListCheckValueChecked: exitCheck,
      taskListCheckValueUnchecked: exitCheck,
      paragraph: exitParagraphWithTaskListItem
    }
  };
}
function exitCheck(token) {
  const node2 = this.stack[this.stack.length - 2];
  ok(node2.type === "listItem");
  node2.checked = token.type === "taskListCheckValueChecked";
}
function exitParagraphWithTaskListItem(token) {
  const parent = this.stack[this.stack.length - 2];
  if (parent && parent.type === "listItem" && typeof parent.checked === "boolean") {
    const node2 = this.stack[this.stack.length - 1];
    ok(node2.type === "paragraph");
    const head = node2.children[0];
    if (head && head.type === "text") {
      const siblings = parent.children;
      let index2 = -1;
      let firstParagraph2;
      while (++index2 < siblings.length) {
        const sibling = siblings[index2];
        if (sibling.type === "paragraph") {
          firstParagraph2 = sibling;
          break;
        }
      }
      if (firstParagraph2 === node2) {
        head.value = head.value.slice(1);
        if (head.value.length === 0) {
          node2.children.shift();
        } else if (node2.position && head.position && typeof head.position.start.offset === "number") {
          head.position.start.column++;
          head.position.start.offset++;
          node2.position.start = { ...head.position.start };
        }
      }
    }
  }
  this.exit(token);
}

// node_modules/mdast-util-gfm/lib/index.js
function gfmFromMarkdown() {
  return [
    gfmAutolinkLiteralFromMarkdown(),
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown()
  ];
}

// node_modules/micromark-extension-gfm-autolink-literal/lib/syntax.js
var wwwPrefix = {
  tokenize: tokenizeWwwPrefix,
  partial: true
};
var domain = {
  tokenize: tokenizeDomain,
  partial: true
};
var path = {
  tokenize: tokenizePath,
  partial: true
};
var trail = {
  tokenize: tokenizeTrail,
  partial: true
};
var emailDomainDotTrail = {
  tokenize: tokenizeEmailDomainDotTrail,
  partial: true
};
var wwwAutolink = {
  name: "wwwAutolink",
  tokenize: tokenizeWwwAutolink,
  previous: previousWww
};
var protocolAutolink = {
  name: "protocolAutolink",
  tokenize: tokenizeProtocolAutolink,
  previous: previousProtocol
};
var emailAutolink = {
  name: "emailAutolink",
  tokenize: tokenizeEmailAutolink,
  previous: previousEmail
};
var text3 = {};
function gfmAutolinkLiteral() {
  return {
    text: text3
  };
}
var code = 48;
while (code < 123) {
  text3[code] = emailAutolink;
  code++;
  if (code === 58) code = 65;
  else if (code === 91) code = 97;
}
text3[43] = emailAutolink;
text3[45] = emailAutolink;
text3[46] = emailAutolink;
text3[95] = emailAutolink;
text3[72] = [emailAutolink, protocolAutolink];
text3[104] = [emailAutolink, protocolAutolink];
text3[87] = [emailAutolink, wwwAutolink];
text3[119] = [emailAutolink, wwwAutolink];
function tokenizeEmailAutolink(effects, ok3, nok) {
  const self = this;
  let dot;
  let data;
  return start;
  function start(code2) {
    if (!gfmAtext(code2) || !previousEmail.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code2);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkEmail");
    return atext(code2);
  }
  function atext(code2) {
    if (gfmAtext(code2)) {
      effects.consume(code2);
      return atext;
    }
    if (code2 === 64) {
      effects.consume(code2);
      return emailDomain;
    }
    return nok(code2);
  }
  function emailDomain(code2) {
    if (code2 === 46) {
      return effects.check(emailDomainDotTrail, emailDomainAfter, emailDomainDot)(code2);
    }
    if (code2 === 45 || code2 === 95 || asciiAlphanumeric(code2)) {
      data = true;
      effects.consume(code2);
      return emailDomain;
    }
    return emailDomainAfter(code2);
  }
  function emailDomainDot(code2) {
    effects.consume(code2);
    dot = true;
    return emailDomain;
  }
  function emailDomainAfter(code2) {
    if (data && dot && asciiAlpha(self.previous)) {
      effects.exit("literalAutolinkEmail");
      effects.exit("literalAutolink");
      return ok3(code2);
    }
    return nok(code2);
  }
}
function tokenizeWwwAutolink(effects, ok3, nok) {
  const self = this;
  return wwwStart;
  function wwwStart(code2) {
    if (code2 !== 87 && code2 !== 119 || !previousWww.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code2);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkWww");
    return effects.check(wwwPrefix, effects.attempt(domain, effects.attempt(path, wwwAfter), nok), nok)(code2);
  }
  function wwwAfter(code2) {
    effects.exit("literalAutolinkWww");
    effects.exit("literalAutolink");
    return ok3(code2);
  }
}
function tokenizeProtocolAutolink(effects, ok3, nok) {
  const self = this;
  let buffer = "";
  let seen = false;
  return protocolStart;
  function protocolStart(code2) {
    if ((code2 === 72 || code2 === 104) && previousProtocol.call(self, self.previous) && !previousUnbalanced(self.events)) {
      effects.enter("literalAutolink");
      effects.enter("literalAutolinkHttp");
      buffer += String.fromCodePoint(code2);
      effects.consume(code2);
      return protocolPrefixInside;
    }
    return nok(code2);
  }
  function protocolPrefixInside(code2) {
    if (asciiAlpha(code2) && buffer.length < 5) {
      buffer += String.fromCodePoint(code2);
      effects.consume(code2);
      return protocolPrefixInside;
    }
    if (code2 === 58) {
      const protocol = buffer.toLowerCase();
      if (protocol === "http" || protocol === "https") {
        effects.consume(code2);
        return protocolSlashesInside;
      }
    }
    return nok(code2);
  }
  function protocolSlashesInside(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      if (seen) {
        return afterProtocol;
      }
      seen = true;
      return protocolSlashesInside;
    }
    return nok(code2);
  }
  function afterProtocol(code2) {
    return code2 === null || asciiControl(code2) || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || unicodePunctuation(code2) ? nok(code2) : effects.attempt(domain, effects.attempt(path, protocolAfter), nok)(code2);
  }
  function protocolAfter(code2) {
    effects.exit("literalAutolinkHttp");
    effects.exit("literalAutolink");
    return ok3(code2);
  }
}
function tokenizeWwwPrefix(effects, ok3, nok) {
  let size = 0;
  return wwwPrefixInside;
  function wwwPrefixInside(code2) {
    if ((code2 === 87 || code2 === 119) && size < 3) {
      size++;
      effects.consume(code2);
      return wwwPrefixInside;
    }
    if (code2 === 46 && size === 3) {
      effects.consume(code2);
      return wwwPrefixAfter;
    }
    return nok(code2);
  }
  function wwwPrefixAfter(code2) {
    return code2 === null ? nok(code2) : ok3(code2);
  }
}
function tokenizeDomain(effects, ok3, nok) {
  let underscoreInLastSegment;
  let underscoreInLastLastSegment;
  let seen;
  return domainInside;
  function domainInside(code2) {
    if (code2 === 46 || code2 === 95) {
      return effects.check(trail, domainAfter, domainAtPunctuation)(code2);
    }
    if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || code2 !== 45 && unicodePunctuation(code2)) {
      return domainAfter(code2);
    }
    seen = true;
    effects.consume(code2);
    return domainInside;
  }
  function domainAtPunctuation(code2) {
    if (code2 === 95) {
      underscoreInLastSegment = true;
    } else {
      underscoreInLastLastSegment = underscoreInLastSegment;
      underscoreInLastSegment = void 0;
    }
    effects.consume(code2);
    return domainInside;
  }
  function domainAfter(code2) {
    if (underscoreInLastLastSegment || underscoreInLastSegment || !seen) {
      return nok(code2);
    }
    return ok3(code2);
  }
}
function tokenizePath(effects, ok3) {
  let sizeOpen = 0;
  let sizeClose = 0;
  return pathInside;
  function pathInside(code2) {
    if (code2 === 40) {
      sizeOpen++;
      effects.consume(code2);
      return pathInside;
    }
    if (code2 === 41 && sizeClose < sizeOpen) {
      return pathAtPunctuation(code2);
    }
    if (code2 === 33 || code2 === 34 || code2 === 38 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 60 || code2 === 63 || code2 === 93 || code2 === 95 || code2 === 126) {
      return effects.check(trail, ok3, pathAtPunctuation)(code2);
    }
    if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
      return ok3(code2);
    }
    effects.consume(code2);
    return pathInside;
  }
  function pathAtPunctuation(code2) {
    if (code2 === 41) {
      sizeClose++;
    }
    effects.consume(code2);
    return pathInside;
  }
}
function tokenizeTrail(effects, ok3, nok) {
  return trail2;
  function trail2(code2) {
    if (code2 === 33 || code2 === 34 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 63 || code2 === 95 || code2 === 126) {
      effects.consume(code2);
      return trail2;
    }
    if (code2 === 38) {
      effects.consume(code2);
      return trailCharacterReferenceStart;
    }
    if (code2 === 93) {
      effects.consume(code2);
      return trailBracketAfter;
    }
    if (
      // `<` is an end.
      code2 === 60 || // So is whitespace.
      code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)
    ) {
      return ok3(code2);
    }
    return nok(code2);
  }
  function trailBracketAfter(code2) {
    if (code2 === null || code2 === 40 || code2 === 91 || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
      return ok3(code2);
    }
    return trail2(code2);
  }
  function trailCharacterReferenceStart(code2) {
    return asciiAlpha(code2) ? trailCharacterReferenceInside(code2) : nok(code2);
  }
  function trailCharacterReferenceInside(code2) {
    if (code2 === 59) {
      effects.consume(code2);
      return trail2;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return trailCharacterReferenceInside;
    }
    return nok(code2);
  }
}
function tokenizeEmailDomainDotTrail(effects, ok3, nok) {
  return start;
  function start(code2) {
    effects.consume(code2);
    return after;
  }
  function after(code2) {
    return asciiAlphanumeric(code2) ? nok(code2) : ok3(code2);
  }
}
function previousWww(code2) {
  return code2 === null || code2 === 40 || code2 === 42 || code2 === 95 || code2 === 91 || code2 === 93 || code2 === 126 || markdownLineEndingOrSpace(code2);
}
function previousProtocol(code2) {
  return !asciiAlpha(code2);
}
function previousEmail(code2) {
  return !(code2 === 47 || gfmAtext(code2));
}
function gfmAtext(code2) {
  return code2 === 43 || code2 === 45 || code2 === 46 || code2 === 95 || asciiAlphanumeric(code2);
}
function previousUnbalanced(events) {
  let index2 = events.length;
  let result = false;
  while (index2--) {
    const token = events[index2][1];
    if ((token.type === "labelLink" || token.type === "labelImage") && !token._balanced) {
      result = true;
      break;
    }
    if (token._gfmAutolinkLiteralWalkedInto) {
      result = false;
      break;
    }
  }
  if (events.length > 0 && !result) {
    events[events.length - 1][1]._gfmAutolinkLiteralWalkedInto = true;
  }
  return result;
}

// node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var indent = {
  tokenize: tokenizeIndent2,
  partial: true
};
function gfmFootnote() {
  return {
    document: {
      [91]: {
        name: "gfmFootnoteDefinition",
        tokenize: tokenizeDefinitionStart,
        continuation: {
          tokenize: tokenizeDefinitionContinuation
        },
        exit: gfmFootnoteDefinitionEnd
      }
    },
    text: {
      [91]: {
        name: "gfmFootnoteCall",
        tokenize: tokenizeGfmFootnoteCall
      },
      [93]: {
        name: "gfmPotentialFootnoteCall",
        add: "after",
        tokenize: tokenizePotentialGfmFootnoteCall,
        resolveTo: resolveToPotentialGfmFootnoteCall
      }
    }
  };
}
function tokenizePotentialGfmFootnoteCall(effects, ok3, nok) {
  const self = this;
  let index2 = self.events.length;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let labelStart;
  while (index2--) {
    const token = self.events[index2][1];
    if (token.type === "labelImage") {
      labelStart = token;
      break;
    }
    if (token.type === "gfmFootnoteCall" || token.type === "labelLink" || token.type === "label" || token.type === "image" || token.type === "link") {
      break;
    }
  }
  return start;
  function start(code2) {
    if (!labelStart || !labelStart._balanced) {
      return nok(code2);
    }
    const id = normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    }));
    if (id.codePointAt(0) !== 94 || !defined.includes(id.slice(1))) {
      return nok(code2);
    }
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallLabelMarker");
    return ok3(code2);
  }
}
function resolveToPotentialGfmFootnoteCall(events, context) {
  let index2 = events.length;
  let labelStart;
  while (index2--) {
    if (events[index2][1].type === "labelImage" && events[index2][0] === "enter") {
      labelStart = events[index2][1];
      break;
    }
  }
  events[index2 + 1][1].type = "data";
  events[index2 + 3][1].type = "gfmFootnoteCallLabelMarker";
  const call = {
    type: "gfmFootnoteCall",
    start: Object.assign({}, events[index2 + 3][1].start),
    end: Object.assign({}, events[events.length - 1][1].end)
  };
  const marker = {
    type: "gfmFootnoteCallMarker",
    start: Object.assign({}, events[index2 + 3][1].end),
    end: Object.assign({}, events[index2 + 3][1].end)
  };
  marker.end.column++;
  marker.end.offset++;
  marker.end._bufferIndex++;
  const string5 = {
    type: "gfmFootnoteCallString",
    start: Object.assign({}, marker.end),
    end: Object.assign({}, events[events.length - 1][1].start)
  };
  const chunk = {
    type: "chunkString",
    contentType: "string",
    start: Object.assign({}, string5.start),
    end: Object.assign({}, string5.end)
  };
  const replacement = [
    // Take the `labelImageMarker` (now `data`, the `!`)
    events[index2 + 1],
    events[index2 + 2],
    ["enter", call, context],
    // The `[`
    events[index2 + 3],
    events[index2 + 4],
    // The `^`.
    ["enter", marker, context],
    ["exit", marker, context],
    // Everything in between.
    ["enter", string5, context],
    ["enter", chunk, context],
    ["exit", chunk, context],
    ["exit", string5, context],
    // The ending (`]`, properly parsed and labelled).
    events[events.length - 2],
    events[events.length - 1],
    ["exit", call, context]
  ];
  events.splice(index2, events.length - index2 + 1, ...replacement);
  return events;
}
function tokenizeGfmFootnoteCall(effects, ok3, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let size = 0;
  let data;
  return start;
  function start(code2) {
    effects.enter("gfmFootnoteCall");
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallLabelMarker");
    return callStart;
  }
  function callStart(code2) {
    if (code2 !== 94) return nok(code2);
    effects.enter("gfmFootnoteCallMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallMarker");
    effects.enter("gfmFootnoteCallString");
    effects.enter("chunkString").contentType = "string";
    return callData;
  }
  function callData(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    ) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteCallString");
      if (!defined.includes(normalizeIdentifier(self.sliceSerialize(token)))) {
        return nok(code2);
      }
      effects.enter("gfmFootnoteCallLabelMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteCallLabelMarker");
      effects.exit("gfmFootnoteCall");
      return ok3;
    }
    if (!markdownLineEndingOrSpace(code2)) {
      data = true;
    }
    size++;
    effects.consume(code2);
    return code2 === 92 ? callEscape : callData;
  }
  function callEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return callData;
    }
    return callData(code2);
  }
}
function tokenizeDefinitionStart(effects, ok3, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let identifier;
  let size = 0;
  let data;
  return start;
  function start(code2) {
    effects.enter("gfmFootnoteDefinition")._container = true;
    effects.enter("gfmFootnoteDefinitionLabel");
    effects.enter("gfmFootnoteDefinitionLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteDefinitionLabelMarker");
    return labelAtMarker;
  }
  function labelAtMarker(code2) {
    if (code2 === 94) {
      effects.enter("gfmFootnoteDefinitionMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteDefinitionMarker");
      effects.enter("gfmFootnoteDefinitionLabelString");
      effects.enter("chunkString").contentType = "string";
      return labelInside;
    }
    return nok(code2);
  }
  function labelInside(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    ) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteDefinitionLabelString");
      identifier = normalizeIdentifier(self.sliceSerialize(token));
      effects.enter("gfmFootnoteDefinitionLabelMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteDefinitionLabelMarker");
      effects.exit("gfmFootnoteDefinitionLabel");
      return labelAfter;
    }
    if (!markdownLineEndingOrSpace(code2)) {
      data = true;
    }
    size++;
    effects.consume(code2);
    return code2 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return labelInside;
    }
    return labelInside(code2);
  }
  function labelAfter(code2) {
    if (code2 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code2);
      effects.exit("definitionMarker");
      if (!defined.includes(identifier)) {
        defined.push(identifier);
      }
      return factorySpace(effects, whitespaceAfter, "gfmFootnoteDefinitionWhitespace");
    }
    return nok(code2);
  }
  function whitespaceAfter(code2) {
    return ok3(code2);
  }
}
function tokenizeDefinitionContinuation(effects, ok3, nok) {
  return effects.check(blankLine, ok3, effects.attempt(indent, ok3, nok));
}
function gfmFootnoteDefinitionEnd(effects) {
  effects.exit("gfmFootnoteDefinition");
}
function tokenizeIndent2(effects, ok3, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "gfmFootnoteDefinitionIndent", 4 + 1);
  function afterPrefix(code2) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "gfmFootnoteDefinitionIndent" && tail[2].sliceSerialize(tail[1], true).length === 4 ? ok3(code2) : nok(code2);
  }
}

// node_modules/micromark-extension-gfm-strikethrough/lib/syntax.js
function gfmStrikethrough(options) {
  const options_ = options || {};
  let single = options_.singleTilde;
  const tokenizer = {
    name: "strikethrough",
    tokenize: tokenizeStrikethrough,
    resolveAll: resolveAllStrikethrough
  };
  if (single === null || single === void 0) {
    single = true;
  }
  return {
    text: {
      [126]: tokenizer
    },
    insideSpan: {
      null: [tokenizer]
    },
    attentionMarkers: {
      null: [126]
    }
  };
  function resolveAllStrikethrough(events, context) {
    let index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][0] === "enter" && events[index2][1].type === "strikethroughSequenceTemporary" && events[index2][1]._close) {
        let open = index2;
        while (open--) {
          if (events[open][0] === "exit" && events[open][1].type === "strikethroughSequenceTemporary" && events[open][1]._open && // If the sizes are the same:
          events[index2][1].end.offset - events[index2][1].start.offset === events[open][1].end.offset - events[open][1].start.offset) {
            events[index2][1].type = "strikethroughSequence";
            events[open][1].type = "strikethroughSequence";
            const strikethrough = {
              type: "strikethrough",
              start: Object.assign({}, events[open][1].start),
              end: Object.assign({}, events[index2][1].end)
            };
            const text4 = {
              type: "strikethroughText",
              start: Object.assign({}, events[open][1].end),
              end: Object.assign({}, events[index2][1].start)
            };
            const nextEvents = [["enter", strikethrough, context], ["enter", events[open][1], context], ["exit", events[open][1], context], ["enter", text4, context]];
            const insideSpan2 = context.parser.constructs.insideSpan.null;
            if (insideSpan2) {
              splice(nextEvents, nextEvents.length, 0, resolveAll(insideSpan2, events.slice(open + 1, index2), context));
            }
            splice(nextEvents, nextEvents.length, 0, [["exit", text4, context], ["enter", events[index2][1], context], ["exit", events[index2][1], context], ["exit", strikethrough, context]]);
            splice(events, open - 1, index2 - open + 3, nextEvents);
            index2 = open + nextEvents.length - 2;
            break;
          }
        }
      }
    }
    index2 = -1;
    while (++index2 < events.length) {
      if (events[index2][1].type === "strikethroughSequenceTemporary") {
        events[index2][1].type = "data";
      }
    }
    return events;
  }
  function tokenizeStrikethrough(effects, ok3, nok) {
    const previous3 = this.previous;
    const events = this.events;
    let size = 0;
    return start;
    function start(code2) {
      if (previous3 === 126 && events[events.length - 1][1].type !== "characterEscape") {
        return nok(code2);
      }
      effects.enter("strikethroughSequenceTemporary");
      return more(code2);
    }
    function more(code2) {
      const before = classifyCharacter(previous3);
      if (code2 === 126) {
        if (size > 1) return nok(code2);
        effects.consume(code2);
        size++;
        return more;
      }
      if (size < 2 && !single) return nok(code2);
      const token = effects.exit("strikethroughSequenceTemporary");
      const after = classifyCharacter(code2);
      token._open = !after || after === 2 && Boolean(before);
      token._close = !before || before === 2 && Boolean(after);
      return ok3(code2);
    }
  }
}

// node_modules/micromark-extension-gfm-table/lib/edit-map.js
var EditMap2 = class {
  /**
   * Create a new edit map.
   */
  constructor() {
    this.map = [];
    this.index = /* @__PURE__ */ new Map();
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add2) {
    addImplementation2(this, index2, remove, add2);
  }
  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation2(editMap, at, remove, add2) {
  if (remove === 0 && add2.length === 0) {
    return;
  }
  const existing = editMap.index.get(at);
  if (existing) {
    existing[1] += remove;
    existing[2].push(...add2);
    return;
  }
  const change = [at, remove, add2];
  editMap.map.push(change);
  editMap.index.set(at, change);
}

// node_modules/micromark-extension-gfm-table/lib/infer.js
function gfmTableAlign(events, index2) {
  let inDelimiterRow = false;
  const align = [];
  while (index2 < events.length) {
    const event = events[index2];
    if (inDelimiterRow) {
      if (event[0] === "enter") {
        if (event[1].type === "tableContent") {
          align.push(events[index2 + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
        }
      } else if (event[1].type === "tableContent") {
        if (events[index2 - 1][1].type === "tableDelimiterMarker") {
          const alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === "left" ? "center" : "right";
        }
      } else if (event[1].type === "tableDelimiterRow") {
        break;
      }
    } else if (event[0] === "enter" && event[1].type === "tableDelimiterRow") {
      inDelimiterRow = true;
    }
    index2 += 1;
  }
  return align;
}

// node_modules/micromark-extension-gfm-table/lib/syntax.js
function gfmTable() {
  return {
    flow: {
      null: {
        name: "table",
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}
function tokenizeTable(effects, ok3, nok) {
  const self = this;
  let size = 0;
  let sizeB = 0;
  let seen;
  return start;
  function start(code2) {
    let index2 = self.events.length - 1;
    while (index2 > -1) {
      const {
        type
      } = self.events[index2][1];
      if (type === "lineEnding" || // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type === "linePrefix") {
        index2--;
      } else {
        break;
      }
    }
    const tail = index2 > -1 ? self.events[index2][1].type : null;
    const next = tail === "tableHead" || tail === "tableRow" ? bodyRowStart : headRowBefore;
    if (next === bodyRowStart && self.parser.lazy[self.now().line]) {
      return nok(code2);
    }
    return next(code2);
  }
  function headRowBefore(code2) {
    effects.enter("tableHead");
    effects.enter("tableRow");
    return headRowStart(code2);
  }
  function headRowStart(code2) {
    if (code2 === 124) {
      return headRowBreak(code2);
    }
    seen = true;
    sizeB += 1;
    return headRowBreak(code2);
  }
  function headRowBreak(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      if (sizeB > 1) {
        sizeB = 0;
        self.interrupt = true;
        effects.exit("tableRow");
        effects.enter("lineEnding");
        effects.consume(code2);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }
      return nok(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, headRowBreak, "whitespace")(code2);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (code2 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      seen = true;
      return headRowBreak;
    }
    effects.enter("data");
    return headRowData(code2);
  }
  function headRowData(code2) {
    if (code2 === null || code2 === 124 || markdownLineEndingOrSpace(code2)) {
      effects.exit("data");
      return headRowBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? headRowEscape : headRowData;
  }
  function headRowEscape(code2) {
    if (code2 === 92 || code2 === 124) {
      effects.consume(code2);
      return headRowData;
    }
    return headRowData(code2);
  }
  function headDelimiterStart(code2) {
    self.interrupt = false;
    if (self.parser.lazy[self.now().line]) {
      return nok(code2);
    }
    effects.enter("tableDelimiterRow");
    seen = false;
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
    }
    return headDelimiterBefore(code2);
  }
  function headDelimiterBefore(code2) {
    if (code2 === 45 || code2 === 58) {
      return headDelimiterValueBefore(code2);
    }
    if (code2 === 124) {
      seen = true;
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      return headDelimiterCellBefore;
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterCellBefore(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterValueBefore, "whitespace")(code2);
    }
    return headDelimiterValueBefore(code2);
  }
  function headDelimiterValueBefore(code2) {
    if (code2 === 58) {
      sizeB += 1;
      seen = true;
      effects.enter("tableDelimiterMarker");
      effects.consume(code2);
      effects.exit("tableDelimiterMarker");
      return headDelimiterLeftAlignmentAfter;
    }
    if (code2 === 45) {
      sizeB += 1;
      return headDelimiterLeftAlignmentAfter(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      return headDelimiterCellAfter(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterLeftAlignmentAfter(code2) {
    if (code2 === 45) {
      effects.enter("tableDelimiterFiller");
      return headDelimiterFiller(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterFiller(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return headDelimiterFiller;
    }
    if (code2 === 58) {
      seen = true;
      effects.exit("tableDelimiterFiller");
      effects.enter("tableDelimiterMarker");
      effects.consume(code2);
      effects.exit("tableDelimiterMarker");
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit("tableDelimiterFiller");
    return headDelimiterRightAlignmentAfter(code2);
  }
  function headDelimiterRightAlignmentAfter(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterCellAfter, "whitespace")(code2);
    }
    return headDelimiterCellAfter(code2);
  }
  function headDelimiterCellAfter(code2) {
    if (code2 === 124) {
      return headDelimiterBefore(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code2);
      }
      effects.exit("tableDelimiterRow");
      effects.exit("tableHead");
      return ok3(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterNok(code2) {
    return nok(code2);
  }
  function bodyRowStart(code2) {
    effects.enter("tableRow");
    return bodyRowBreak(code2);
  }
  function bodyRowBreak(code2) {
    if (code2 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      return bodyRowBreak;
    }
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("tableRow");
      return ok3(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, bodyRowBreak, "whitespace")(code2);
    }
    effects.enter("data");
    return bodyRowData(code2);
  }
  function bodyRowData(code2) {
    if (code2 === null || code2 === 124 || markdownLineEndingOrSpace(code2)) {
      effects.exit("data");
      return bodyRowBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? bodyRowEscape : bodyRowData;
  }
  function bodyRowEscape(code2) {
    if (code2 === 92 || code2 === 124) {
      effects.consume(code2);
      return bodyRowData;
    }
    return bodyRowData(code2);
  }
}
function resolveTable(events, context) {
  let index2 = -1;
  let inFirstCellAwaitingPipe = true;
  let rowKind = 0;
  let lastCell = [0, 0, 0, 0];
  let cell = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  let currentTable;
  let currentBody;
  let currentCell;
  const map = new EditMap2();
  while (++index2 < events.length) {
    const event = events[index2];
    const token = event[1];
    if (event[0] === "enter") {
      if (token.type === "tableHead") {
        afterHeadAwaitingFirstBodyRow = false;
        if (lastTableEnd !== 0) {
          flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
          currentBody = void 0;
          lastTableEnd = 0;
        }
        currentTable = {
          type: "table",
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
        };
        map.add(index2, 0, [["enter", currentTable, context]]);
      } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
        inFirstCellAwaitingPipe = true;
        currentCell = void 0;
        lastCell = [0, 0, 0, 0];
        cell = [0, index2 + 1, 0, 0];
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: "tableBody",
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
          };
          map.add(index2, 0, [["enter", currentBody, context]]);
        }
        rowKind = token.type === "tableDelimiterRow" ? 2 : currentBody ? 3 : 1;
      } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
        inFirstCellAwaitingPipe = false;
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, void 0, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index2;
        }
      } else if (token.type === "tableCellDivider") {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, void 0, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index2, 0, 0];
        }
      }
    } else if (token.type === "tableHead") {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index2;
    } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
      lastTableEnd = index2;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map, context, lastCell, rowKind, index2, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map, context, cell, rowKind, index2, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
      cell[3] = index2;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
  }
  map.consume(context.events);
  index2 = -1;
  while (++index2 < context.events.length) {
    const event = context.events[index2];
    if (event[0] === "enter" && event[1].type === "table") {
      event[1]._align = gfmTableAlign(context.events, index2);
    }
  }
  return events;
}
function flushCell(map, context, range, rowKind, rowEnd, previousCell) {
  const groupName = rowKind === 1 ? "tableHeader" : rowKind === 2 ? "tableDelimiter" : "tableData";
  const valueName = "tableContent";
  if (range[0] !== 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, range[0]));
    map.add(range[0], 0, [["exit", previousCell, context]]);
  }
  const now = getPoint(context.events, range[1]);
  previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map.add(range[1], 0, [["enter", previousCell, context]]);
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map.add(range[2], 0, [["enter", valueToken, context]]);
    if (rowKind !== 2) {
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = Object.assign({}, end[1].end);
      start[1].type = "chunkText";
      start[1].contentType = "text";
      if (range[3] > range[2] + 1) {
        const a = range[2] + 1;
        const b = range[3] - range[2] - 1;
        map.add(a, b, []);
      }
    }
    map.add(range[3] + 1, 0, [["exit", valueToken, context]]);
  }
  if (rowEnd !== void 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, rowEnd));
    map.add(rowEnd, 0, [["exit", previousCell, context]]);
    previousCell = void 0;
  }
  return previousCell;
}
function flushTableEnd(map, context, index2, table, tableBody) {
  const exits = [];
  const related = getPoint(context.events, index2);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(["exit", tableBody, context]);
  }
  table.end = Object.assign({}, related);
  exits.push(["exit", table, context]);
  map.add(index2 + 1, 0, exits);
}
function getPoint(events, index2) {
  const event = events[index2];
  const side = event[0] === "enter" ? "start" : "end";
  return event[1][side];
}

// node_modules/micromark-extension-gfm-task-list-item/lib/syntax.js
var tasklistCheck = {
  name: "tasklistCheck",
  tokenize: tokenizeTasklistCheck
};
function gfmTaskListItem() {
  return {
    text: {
      [91]: tasklistCheck
    }
  };
}
function tokenizeTasklistCheck(effects, ok3, nok) {
  const self = this;
  return open;
  function open(code2) {
    if (
      // Exit if there’s stuff before.
      self.previous !== null || // Exit if not in the first content that is the first child of a list
      // item.
      !self._gfmTasklistFirstContentOfListItem
    ) {
      return nok(code2);
    }
    effects.enter("taskListCheck");
    effects.enter("taskListCheckMarker");
    effects.consume(code2);
    effects.exit("taskListCheckMarker");
    return inside;
  }
  function inside(code2) {
    if (markdownLineEndingOrSpace(code2)) {
      effects.enter("taskListCheckValueUnchecked");
      effects.consume(code2);
      effects.exit("taskListCheckValueUnchecked");
      return close;
    }
    if (code2 === 88 || code2 === 120) {
      effects.enter("taskListCheckValueChecked");
      effects.consume(code2);
      effects.exit("taskListCheckValueChecked");
      return close;
    }
    return nok(code2);
  }
  function close(code2) {
    if (code2 === 93) {
      effects.enter("taskListCheckMarker");
      effects.consume(code2);
      effects.exit("taskListCheckMarker");
      effects.exit("taskListCheck");
      return after;
    }
    return nok(code2);
  }
  function after(code2) {
    if (markdownLineEnding(code2)) {
      return ok3(code2);
    }
    if (markdownSpace(code2)) {
      return effects.check({
        tokenize: spaceThenNonSpace
      }, ok3, nok)(code2);
    }
    return nok(code2);
  }
}
function spaceThenNonSpace(effects, ok3, nok) {
  return factorySpace(effects, after, "whitespace");
  function after(code2) {
    return code2 === null ? nok(code2) : ok3(code2);
  }
}

// node_modules/micromark-extension-gfm/index.js
function gfm(options) {
  return combineExtensions([
    gfmAutolinkLiteral(),
    gfmFootnote(),
    gfmStrikethrough(options),
    gfmTable(),
    gfmTaskListItem()
  ]);
}

// src/paper/check-entry-markdown.ts
function parseMarkdown(text4) {
  return fromMarkdown(text4, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}
var FORBIDDEN = /* @__PURE__ */ new Set([
  "heading",
  "code",
  "thematicBreak",
  "blockquote",
  "table",
  "definition",
  "footnoteDefinition",
  "footnoteReference",
  "linkReference",
  "imageReference",
  "image"
]);
function checkEntryMarkdown(entry, allowedHtml, allowed = {}) {
  const root = parseMarkdown(entry);
  const problems = [];
  const level = allowed.headingEntries;
  const heading = level === void 0 ? void 0 : root.children[0];
  const blocks = heading ? root.children.slice(1) : root.children;
  if (heading && (heading.type !== "heading" || heading.depth !== level)) {
    problems.push(`does not open with a heading of level ${level}`);
  }
  if (heading && blocks.length > 1) problems.push(`is ${blocks.length} blocks under its heading`);
  if (!heading && blocks.length !== 1) problems.push(`is ${blocks.length} blocks, not one`);
  const only = blocks[0];
  if (!heading && only?.type === "list" && only.children.length !== 1) {
    problems.push(`is ${only.children.length} list items, not one`);
  }
  const visit = (node2) => {
    if (FORBIDDEN.has(node2.type) && node2 !== heading) problems.push(`holds a ${node2.type}`);
    if (node2.type === "html" && !allowedHtml.has(node2.value.toLowerCase())) {
      problems.push(`holds HTML ${JSON.stringify(node2.value)}`);
    }
    if (node2.type === "link" && !/^(?:https?:\/\/|mailto:)/i.test(node2.url) && !(allowed.relativeLinks && isRelativeLink(node2.url))) {
      problems.push(`links to ${JSON.stringify(node2.url)}`);
    }
    if (node2.type === "list" && node2 !== only && !allowed.nestedLists) {
      problems.push("holds a nested list");
    }
    if ("children" in node2) for (const child of node2.children) visit(child);
  };
  visit(root);
  return problems;
}
function templateHtml(templateSource, lineBreak) {
  return new Set(
    [...`${templateSource}${lineBreak}`.matchAll(/<[^<>\n]+>/g)].map((m) => m[0].toLowerCase())
  );
}

// src/paper/arxiv-month.ts
var ARXIV_ID = /arxiv\.org\/(?:abs|pdf)\/(\d{2})(0[1-9]|1[0-2])\.(\d{4,5})/i;
function arxivMonth(text4, year) {
  const match = ARXIV_ID.exec(text4);
  if (!match || 2e3 + Number(match[1]) !== year) return void 0;
  return { month: Number(match[2]), seq: Number(match[3]) };
}
function arxivDate(text4) {
  const match = ARXIV_ID.exec(text4);
  if (!match) return void 0;
  return { year: 2e3 + Number(match[1]), month: Number(match[2]), seq: Number(match[3]) };
}

// src/paper/format-entry.ts
function formatEntry(paper, template, number3 = 1) {
  const values = placeholderValues(paper, template, number3);
  const plain = isPlainVenue(paper.venue, template.plainVenues);
  const lines = [];
  for (const parts of template.lines) {
    const line = new LineWriter(values);
    const atoms = parts.flatMap((part) => {
      if (part.kind !== "optional") return [part];
      if (isWritten(part.parts, values)) return [...part.parts];
      return part.fallback !== void 0 ? [{ kind: "text", text: part.fallback }] : [];
    });
    for (const atom of plain ? withoutVenueEmphasis(atoms) : atoms) line.write(atom);
    if (line.placed > 0 && line.filled === 0) continue;
    lines.push(line.text);
  }
  return lines.join("\n");
}
function isPlainVenue(venue, plainVenues2 = []) {
  const name = venueName(venue).toLowerCase();
  return plainVenues2.some((plain) => plain.toLowerCase() === name);
}
function withoutVenueEmphasis(atoms) {
  const out = [...atoms];
  atoms.forEach((_, i) => {
    const marker = venueEmphasis(atoms, i);
    const before = atoms[i - 1];
    const after = atoms[i + 1];
    if (!marker || before?.kind !== "text" || after?.kind !== "text") return;
    out[i - 1] = { kind: "text", text: before.text.slice(0, -marker.length) };
    out[i + 1] = { kind: "text", text: after.text.slice(marker.length) };
  });
  return out;
}
function isWritten(atoms, values) {
  const names = atoms.flatMap((a) => a.kind === "value" ? [a.name] : []);
  const needed = names.length > 1 ? names.filter((n) => n !== "links") : names;
  return needed.every((name) => values[name] !== "");
}
var LineWriter = class {
  constructor(values) {
    this.values = values;
  }
  values;
  text = "";
  placed = 0;
  filled = 0;
  write(atom) {
    if (atom.kind === "text") {
      this.text += /[.?!]$/.test(this.text) && atom.text.startsWith(".") ? atom.text.slice(1) : atom.text;
      return;
    }
    this.placed += 1;
    const given = this.values[atom.name];
    const value = atom.name === "links" ? linksAfter(this.text, given) : given;
    if (value !== "") this.filled += 1;
    this.text += /^[ \t]*$/.test(this.text) ? escapeBlockStart(value) : value;
  }
};
function linksAfter(text4, links) {
  if (text4 === "" && links.startsWith("\n")) return links.slice(1);
  return /(?:^|[ \t|])$/.test(text4) ? links.replace(/^[ \t]+/, "") : links;
}
function placeholderValues(paper, template, number3) {
  const lineBreak = template.lineBreak;
  const placed = placedValues(template);
  const pairs = [
    ...paper.paperUrl && !template.lines.flat().some(isPaper) ? [{ label: "Paper", url: paper.paperUrl }] : [],
    ...paper.links
  ];
  const tags = [
    ...paper.abbreviation ? [`[**${escapeInline(paper.abbreviation)}**]`] : [],
    ...paper.rating ? [`[${paper.rating}]`] : []
  ];
  return {
    title: escapeInline(paper.title),
    authors: joinAuthors(
      paper.authors.map(
        (a) => a.url ? `[${escapeInline(a.name)}](${escapeUrl(a.url)})` : escapeInline(a.name)
      ),
      template.authors
    ),
    venue: escapeInline(placed.has("year") ? venueName(paper.venue) : paper.venue),
    year: paper.date ? String(paper.date.year) : "",
    links: formatLinks(pairs, template.links),
    paper: paper.paperUrl ? escapeUrl(paper.paperUrl) : "",
    abbreviation: paper.abbreviation ? escapeInline(paper.abbreviation) : "",
    rating: paper.rating ?? "",
    // The first line of the notes stands where the template puts it (escaped there if that starts
    // a line); the others start lines of their own.
    notes: paper.notes.map((note, i) => i === 0 ? escapeInline(note) : escapeLineStart(note)).join(`${lineBreak}
`),
    tail: formatTail(tags, paper.notes, lineBreak),
    number: String(number3)
  };
}
function venueName(venue) {
  const name = venue.replace(/(?<!\d)(?:19|20)\d\d(?!\d)/, "").replace(/\s{2,}/g, " ").replace(/^[\s,]+|[\s,]+$/g, "");
  return name === "" ? venue : name;
}
function joinAuthors(names, format) {
  if (names.length <= 1) return names.join("");
  const last = format.last;
  if (names.length === 2) return names.join(last.replace(/^,(?=\s+\S)/, ""));
  return `${names.slice(0, -1).join(format.separator)}${last}${names[names.length - 1]}`;
}
function isPaper(part) {
  if (part.kind === "optional") return part.parts.some(isPaper);
  return part.kind === "value" && part.name === "paper";
}
function formatLinks(links, format) {
  return links.map(
    (l) => format.item.replace("{label}", () => escapeInline(l.label)).replace("{url}", () => escapeUrl(l.url))
  ).join(format.separator);
}
function formatTail(tags, notes, lineBreak) {
  if (notes.length <= 1) {
    const note = notes[0];
    if (note === void 0) return tags.join(" ");
    return tags.length > 0 ? `${tags.join(" ")} ${escapeInline(note)}` : escapeLineStart(note);
  }
  const head = tags.length > 0 ? [`${tags.join(" ")}${lineBreak}`] : [];
  return [...head, notes.map(escapeLineStart).join(`${lineBreak}
`)].join("\n");
}

// src/paper/answer-reader.ts
function characters(text4) {
  let count5 = 0;
  for (let i = 0; i < text4.length; i += 1) {
    const code2 = text4.charCodeAt(i);
    if (code2 < 55296 || code2 > 56319 || i + 1 === text4.length) count5 += 1;
  }
  return count5;
}
function answerReader(answers, fields) {
  const problems = [];
  const labels = new Map(fields.map((f) => [f.id, f.label.trim()]));
  const label = (id) => labels.get(id) ?? id;
  const report2 = (id, message) => {
    problems.push(fieldProblem(id, label(id), message));
  };
  const required2 = (id) => report2(id, `"${label(id)}" is required: fill it in by editing the issue.`);
  const text4 = (id) => {
    const raw = answers.get(id);
    if (raw === void 0) return void 0;
    const refused = refuseInvisible(raw);
    if (!refused) return dropInvisible(raw);
    report2(id, `"${label(id)}" ${refused}.`);
    return void 0;
  };
  const line = (id, max, isRequired) => {
    const value = text4(id);
    if (value === void 0) {
      if (isRequired && !answers.has(id)) required2(id);
      return void 0;
    }
    if (value.trim().includes("\n")) {
      report2(id, `"${label(id)}" must be one line: remove the line breaks.`);
      return void 0;
    }
    const collapsed = collapseSpaces(value);
    if (collapsed === "") {
      if (isRequired) required2(id);
      return void 0;
    }
    const length = characters(collapsed);
    if (length <= max) return collapsed;
    report2(id, `"${label(id)}" is ${length} characters long; shorten it to at most ${max}.`);
    return void 0;
  };
  return { problems, label, report: report2, has: (id) => answers.has(id), text: text4, line };
}

// src/paper/parse-links.ts
var MAX_LINKS = 20;
var MAX_LABEL = 40;
function parseLinks(answer, options = {}) {
  const links = [];
  const problems = [];
  const lines = answer.split("\n").map((line) => collapseSpaces(line).replace(LIST_MARKER, "")).filter((line) => line !== "");
  if (lines.length > MAX_LINKS) {
    return { links: [], problems: [`has ${lines.length} links; give at most ${MAX_LINKS}`] };
  }
  lines.forEach((line, index2) => {
    const where = `line ${index2 + 1} ("${shorten(line)}")`;
    const markdown = MARKDOWN_LINK.exec(line);
    const [labelText, url] = markdown ? [markdown[1], markdown[2]] : splitLabel(line);
    const problem = checkUrl(url, options);
    if (problem) {
      problems.push(`${where}: the link ${problem}; write one link a line as "Label: https://..."`);
      return;
    }
    const label = collapseSpaces(labelText) || inferLabel(url);
    if (label.length > MAX_LABEL) {
      problems.push(`${where}: the label is longer than ${MAX_LABEL} characters`);
      return;
    }
    links.push({ label, url });
  });
  return { links, problems };
}
function splitLabel(line) {
  const at = line.lastIndexOf(" ");
  if (at === -1) return ["", line];
  const label = line.slice(0, at).replace(/\s*[:：\-–—|]\s*$/, "");
  return [label, line.slice(at + 1)];
}
function inferLabel(url) {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url))
    return url.split("/").pop().replace(/\.[^.]*$/, "") || "Link";
  const parsed = new URL(url);
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  const segments = parsed.pathname.split("/").filter(Boolean);
  if ((host === "github.com" || host === "gitlab.com") && segments.length >= 2) return "Code";
  if (host === "arxiv.org") return "arXiv";
  if (host === "openreview.net") return "OpenReview";
  if (host === "doi.org" || host === "dx.doi.org") return "DOI";
  if (host === "huggingface.co") return "Hugging Face";
  if (host === "youtube.com" || host === "youtu.be" || host === "vimeo.com") return "Video";
  if (host.endsWith(".github.io") || host.endsWith(".gitlab.io")) return "Project";
  return "Link";
}

// src/paper/validate-paper.ts
var LIMITS = {
  title: 300,
  venue: 100,
  abbreviation: 50,
  section: 200,
  notes: 5e3,
  noteLines: 50
};
function validateAuthors(read2, required2) {
  const text4 = read2.text("authors");
  if (text4 === void 0) {
    if (required2 && !read2.has("authors"))
      read2.report("authors", `"${read2.label("authors")}" is required: list at least one author.`);
    return [];
  }
  const parsed = parseAuthors(text4);
  for (const message of parsed.problems)
    read2.report("authors", `"${read2.label("authors")}": ${message}.`);
  return parsed.authors;
}
function validateVenue(read2, required2, yearRequired) {
  const venue = read2.line("venue", LIMITS.venue, required2);
  if (venue === void 0) return required2 ? {} : { venue: "" };
  const date2 = parseVenueDate(venue);
  if (date2) return { venue, date: date2 };
  if (!required2 || !yearRequired) return { venue };
  read2.report(
    "venue",
    `"${read2.label("venue")}" must hold the year, as in "CVPR 2023" or "arXiv 2301" (arXiv year and month, YYMM); "${venue}" has none.`
  );
  return { venue };
}
function validatePaperUrl(read2, required2) {
  const url = read2.line("paper", 2e3, required2);
  const problem = url === void 0 ? void 0 : checkUrl(url);
  if (problem) read2.report("paper", `"${read2.label("paper")}" ${problem}.`);
  return url;
}
function validateLinks(read2, relative) {
  const text4 = read2.text("links");
  if (text4 === void 0) return [];
  const parsed = parseLinks(text4, { relative });
  for (const message of parsed.problems)
    read2.report("links", `"${read2.label("links")}" ${message}.`);
  return parsed.links;
}
function validateRating(read2) {
  const text4 = read2.line("rating", 20, false);
  if (text4 === void 0) return void 0;
  const rating = RATINGS.find((r) => r === text4.replace(/\s+/g, ""));
  if (!rating)
    read2.report(
      "rating",
      `"${read2.label("rating")}" must be one of ${RATINGS.join(", ")}, or left empty.`
    );
  return rating;
}
function validateNotes(read2) {
  const text4 = read2.text("notes");
  if (text4 === void 0) return [];
  const notes = text4.split("\n").map(collapseSpaces).filter((l) => l !== "");
  const length = characters(notes.join("\n"));
  const label = read2.label("notes");
  if (length > LIMITS.notes) {
    read2.report(
      "notes",
      `"${label}" is ${length} characters long; shorten it to at most ${LIMITS.notes}.`
    );
  } else if (notes.length > LIMITS.noteLines) {
    read2.report(
      "notes",
      `"${label}" has ${notes.length} lines; keep it to at most ${LIMITS.noteLines}.`
    );
  }
  return notes;
}
function validatePaper(answers, fields, options = {}) {
  const read2 = answerReader(answers, fields);
  const title = read2.line("title", LIMITS.title, true);
  const authors = validateAuthors(read2, options.authorsRequired ?? true);
  const venueRequired = options.venueRequired ?? true;
  const venueYear = options.venueYear ?? true;
  const { venue, date: date2 } = validateVenue(read2, venueRequired, venueYear);
  const section = read2.line("section", LIMITS.section, true);
  const paperUrl = validatePaperUrl(read2, options.paperRequired ?? false);
  const links = validateLinks(read2, options.relativeLinks ?? false);
  const abbreviation = read2.line("abbreviation", LIMITS.abbreviation, false);
  const rating = validateRating(read2);
  const notes = validateNotes(read2);
  const undated = venueRequired && (!venue || venueYear && !date2);
  if (read2.problems.length > 0 || !title || venue === void 0 || undated || section === void 0)
    return { ok: false, problems: read2.problems };
  return {
    ok: true,
    paper: {
      title,
      authors,
      venue,
      ...date2 ? { date: date2 } : {},
      section,
      ...paperUrl !== void 0 ? { paperUrl } : {},
      links,
      ...abbreviation !== void 0 ? { abbreviation } : {},
      ...rating !== void 0 ? { rating } : {},
      notes
    }
  };
}

// src/list/entry-pattern.ts
var MAX_ENTRY = 4e3;
var LINE_END = "[ \\t]*(?:\\r\\n?|\\n)[ \\t]*";
function compileEntryPattern(template) {
  const groups = /* @__PURE__ */ new Map();
  let count5 = 0;
  const capture = (name, body) => {
    if (groups.has(name)) return `(?:${body})`;
    count5 += 1;
    groups.set(name, count5);
    return `(${body})`;
  };
  const lines = template.lines.map((parts, index2) => {
    const context = { links: template.links, capture, cells: isTableRow(template) };
    const source = partsSource(
      index2 === 0 ? unindented(parts) : optionalUnindented(parts),
      context
    );
    if (index2 === 0) return source;
    const hasValue = parts.some((p) => p.kind !== "text");
    return hasValue ? `(?:${LINE_END}${source})?` : `${LINE_END}${source}`;
  });
  return { pattern: new RegExp(`^[ \\t]*${lines.join("")}[ \\t]*$`, "i"), groups };
}
function compileTitlePattern(template, loose = false) {
  const parts = unindented(template.lines[0] ?? []).map(
    (part) => loose && part.kind === "optional" ? { kind: "text", text: "\0" } : part
  );
  const at = parts.findIndex((p) => p.kind === "value" && p.name === "title");
  if (at === -1) return void 0;
  const next = parts[at + 1];
  const after = next?.kind === "text" ? next.text : "";
  const dot = /^[ \t]*\./.test(after);
  const rest = after.replace(/^([ \t]*)\./, "$1");
  const stop = (loose ? /^[ \t]*\S/ : /^[ \t]*\S+/).exec(rest)?.[0] ?? "";
  const capture = (name, body) => name === "title" ? `(${body})` : `(?:${body})`;
  const context = { links: template.links, capture, cells: isTableRow(template) };
  const head = partsSource(parts.slice(0, at + 1), context, stop);
  const tail = `${dot ? "\\.?" : ""}${stop === "" ? "[ \\t]*(?:$|\\r?\\n)" : literalSource(stop, false)}`;
  const skipped = context.cells ? "[^\\n|]*?" : "[^\\n]*?";
  return new RegExp(`^[ \\t]*${head.replaceAll("\0", skipped)}${tail}`, "i");
}
function unindented(parts) {
  const [first2, ...rest] = parts;
  if (first2?.kind !== "text") return [...parts];
  const text4 = first2.text.replace(/^[ \t]+/, "");
  return text4 === "" ? rest : [{ kind: "text", text: text4 }, ...rest];
}
function optionalUnindented(parts) {
  const [first2, ...rest] = parts;
  const atom = first2?.kind === "optional" ? first2.parts[0] : void 0;
  if (first2?.kind !== "optional" || atom?.kind !== "text") return [...parts];
  const text4 = atom.text.replace(/^[ \t]+/, "");
  const atoms = text4 === "" ? first2.parts.slice(1) : [{ kind: "text", text: text4 }, ...first2.parts.slice(1)];
  return [{ ...first2, parts: atoms }, ...rest];
}
function matchEntry(compiled, entryText) {
  if (entryText.length > MAX_ENTRY) return void 0;
  const match = compiled.pattern.exec(entryText);
  if (!match) return void 0;
  const fields = {};
  for (const [name, index2] of compiled.groups) {
    const value = match[index2];
    if (value !== void 0) fields[name] = withoutTrailingBlanks(value);
  }
  return fields;
}
function withoutTrailingBlanks(text4) {
  let end = text4.length;
  while (end > 0 && (text4[end - 1] === " " || text4[end - 1] === "	")) end -= 1;
  return end === text4.length ? text4 : text4.slice(0, end);
}
function partsSource(parts, context, end = "") {
  let source = "";
  parts.forEach((part, i) => {
    const after = i + 1 < parts.length ? nextText(parts, i + 1) : end;
    const previous3 = parts[i - 1];
    const afterTitle = previous3?.kind === "value" && previous3.name === "title";
    if (part.kind === "optional") {
      const inner = atomsSource(part.parts, after, context, afterTitle);
      const fallback = part.fallback === void 0 ? "" : `${literalSource(part.fallback, false)}|`;
      source += `(?:${fallback}${inner})?`;
    } else if (part.kind === "text") {
      source += textSource(parts, i, afterTitle);
    } else {
      source += valueCapture(parts, i, after, context);
    }
  });
  return source;
}
function atomsSource(atoms, after, context, afterTitle) {
  let source = "";
  atoms.forEach((atom, i) => {
    if (atom.kind === "text") {
      const previous3 = atoms[i - 1];
      const title = previous3 ? previous3.kind === "value" && previous3.name === "title" : afterTitle;
      source += textSource(atoms, i, title);
    } else {
      const next = atoms[i + 1];
      source += valueCapture(atoms, i, next?.kind === "text" ? next.text : after, context);
    }
  });
  return source;
}
function valueCapture(items, i, followed, context) {
  const atom = items[i];
  const body = valueSource(atom.name, followed, context);
  const marker = venueEmphasis(items, i);
  return context.capture(atom.name, marker ? venueSource(body, marker) : body);
}
function textSource(items, i, afterTitle) {
  const text4 = items[i].text;
  const lead = venueEmphasis(items, i - 1) ?? "";
  const trail2 = venueEmphasis(items, i + 1) ?? "";
  if (!lead && !trail2) return literalSource(text4, afterTitle);
  const body = text4.slice(lead.length, text4.length - trail2.length);
  const optional2 = (marker) => marker ? `(?:${escapeRegExp2(marker)})?` : "";
  const middle = body === "" ? "" : literalSource(body, afterTitle && lead === "");
  return `${optional2(lead)}${middle}${optional2(trail2)}`;
}
function venueSource(body, marker) {
  const m = escapeRegExp2(marker);
  const plain = "(?:(?![.,][ \\t])[^*_\\n|\\\\])+?";
  return `(?:(?<=${m})${body}(?=${m})|(?<!${m})${plain}(?!${m}))`;
}
function nextText(parts, from) {
  const next = parts[from];
  if (next?.kind === "text") return next.text;
  if (next?.kind === "optional" && next.parts[0]?.kind === "text") return next.parts[0].text;
  return "";
}
function literalSource(text4, afterTitle) {
  const dot = afterTitle && text4.startsWith(".");
  const body = (dot ? text4.slice(1) : text4).replace(/[ \t]*\|[ \t]*/g, "|").split(/([ \t]+|\n)/).map((piece) => {
    if (piece === "\n") return "[ \\t]*\\r?\\n";
    if (/^[ \t]+$/.test(piece)) return "[ \\t]+";
    return escapeRegExp2(piece).replaceAll("\\|", "[ \\t]*\\|[ \\t]*");
  }).join("");
  return dot ? `(?:\\.|(?<=[.?!]))${body}` : body;
}
function valueSource(name, after, context) {
  switch (name) {
    case "year":
      return "(?:19|20)\\d\\d";
    case "number":
      return "\\d{1,9}";
    case "rating":
      return "[★☆]+";
    case "paper":
      return "<?[^\\s<>()]+(?:\\([^\\s()]*\\)[^\\s<>()]*)*>?";
    case "links":
      return linkListSource(context.links);
    case "notes":
    case "tail":
      return "[\\s\\S]*?";
    default:
      return oneLineValue(after, context.cells);
  }
}
function oneLineValue(after, cells) {
  const any = cells ? "(?:\\\\.|[^\\\\\\n|])" : "(?:\\\\.|[^\\\\\\n])";
  const stop = after.trimStart().slice(0, 2);
  if (stop.length < 2 || /^[.,;:\s]/.test(stop)) return `${any}+?`;
  return `(?:(?!${escapeRegExp2(stop)})${any})+?`;
}
function linkListSource(links) {
  const item = (format) => format.split(/(\{label\}|\{url\})/).map((piece) => {
    if (piece === "{label}") return "(?:\\\\.|[^\\\\\\n])+?";
    if (piece === "{url}") return "<?[^\\s<>()]+(?:\\([^\\s()]*\\)[^\\s<>()]*)*>?";
    return literalSource(piece, false);
  }).join("");
  const separator = literalSource(links.separator, false);
  const ownLine = /^[ \t]*\r?\n/.test(links.item);
  const first2 = ownLine ? `(?:[ \\t]*\\r?\\n)?[ \\t]*${item(links.item.replace(/^[ \t]*\r?\n[ \t]*/, ""))}` : `[ \\t]*${item(links.item.replace(/^[ \t]+/, ""))}`;
  return `(?:${first2}(?:${separator}${item(links.item)})*)?`;
}
function escapeRegExp2(text4) {
  return text4.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/list/entry-reader.ts
function makeEntryReader(template, options = {}) {
  const start = startPattern(template);
  const title = valuePattern(template, ["title"]);
  const date2 = valuePattern(template, ["venue", "year"]);
  const whole = compileEntryPattern(template);
  const titleOnly = compileTitlePattern(template);
  const titleLoosely = compileTitlePattern(template, true);
  const fields = sharedFields(whole, options.matches);
  const shownDate = (entryText) => {
    const matched = fields(entryText);
    return (matched && matchedDate(matched)) ?? (date2 && patternDate(date2, entryText));
  };
  return {
    startsEntry: (line) => start.test(line),
    fields,
    title(entryText) {
      const matched = titleOnly?.exec(entryText)?.[1] ?? fields(entryText)?.title ?? titleLoosely?.exec(entryText)?.[1];
      if (matched !== void 0) return unescape(matched).trim() || void 0;
      const firstLine = entryText.slice(0, lineEnd(entryText, 0));
      const match = title?.pattern.exec(firstLine) ?? CITED_TITLE.exec(firstLine);
      return match ? unescape(match[1]).trim() || void 0 : void 0;
    },
    date(entryText) {
      const arxiv = options.datesFromArxiv ? arxivDate(entryText) : void 0;
      if (arxiv) return arxiv;
      const shown = shownDate(entryText);
      if (!shown || shown.month !== void 0) return shown;
      const place = arxivMonth(entryText, shown.year);
      return place === void 0 ? shown : { ...shown, ...place };
    },
    venue(entryText) {
      const matched = fields(entryText)?.venue;
      if (matched !== void 0) return unescape(matched).trim() || void 0;
      if (!date2) return void 0;
      const line = entryText.split(/\r\n?|\n/)[date2.line];
      const match = line === void 0 ? null : date2.pattern.exec(line);
      return match ? unescape(match[1]).trim() || void 0 : void 0;
    },
    links: entryLinks
  };
}
var CITED_TITLE = /["“]((?:[^"“”\n]+\s){2,}[^"“”\n]+?)\.?["”]/;
function sharedFields(whole, matches) {
  if (!matches) return cachedFields(whole);
  const key = `${whole.pattern.flags}/${whole.pattern.source}/${[...whole.groups].join()}`;
  const known = matches.get(key);
  if (known) return known;
  const made = cachedFields(whole);
  matches.set(key, made);
  return made;
}
var KEPT_MATCHES = 2e3;
function cachedFields(whole) {
  const matched = /* @__PURE__ */ new Map();
  return (entryText) => {
    const known = matched.get(entryText);
    if (known !== void 0) return known ?? void 0;
    const found2 = matchEntry(whole, entryText);
    if (matched.size < KEPT_MATCHES) matched.set(entryText, found2 ?? null);
    return found2;
  };
}
function patternDate(date2, entryText) {
  const lines = entryText.split(/\r\n?|\n/);
  const preferred = lines[date2.line];
  const first2 = preferred === void 0 ? void 0 : readDate(date2.pattern, preferred);
  if (first2) return first2;
  for (const line of lines) {
    const found2 = readDate(date2.pattern, line);
    if (found2) return found2;
  }
  return void 0;
}
function entryLinks(entryText) {
  const links = [];
  for (const match of entryText.matchAll(LINK)) {
    links.push({ label: unescape(match[1].replace(/^\[|\]$/g, "")), url: match[2] });
  }
  return links;
}
function matchedDate(fields) {
  if (fields.venue !== void 0) {
    const date2 = parseVenueDate(unescape(fields.venue));
    if (date2) return date2;
  }
  if (fields.year !== void 0) return { year: Number(fields.year) };
  return fields.notes !== void 0 ? parseLoneDate(unescape(fields.notes)) : void 0;
}
function startPattern(template) {
  const parts = template.lines[0] ?? [];
  const first2 = parts[0];
  const numbered = first2?.kind === "value" && first2.name === "number";
  const lead = leadingText(numbered ? parts.slice(1) : parts);
  const body = literal(numbered ? lead : lead.trimStart(), "[ \\t]+");
  return new RegExp(`^[ \\t]{0,3}${numbered ? "\\d{1,9}" : ""}${body}`);
}
var LINK = /\[((?:\\.|[^[\]\\\n]|\[[^[\]\n]*\])*)\]\(\s*<?([^\s)>]+)/g;
function readDate(pattern, line) {
  const match = pattern.exec(line);
  return match ? parseVenueDate(unescape(match[1])) : void 0;
}
function valuePattern(template, names) {
  for (const [index2, parts] of template.lines.entries()) {
    const at = parts.findIndex((p) => p.kind === "value" && names.includes(p.name));
    if (at === -1) continue;
    let before = "";
    let anchored = true;
    for (let i = at - 1; i >= 0; i -= 1) {
      const part = parts[i];
      if (part.kind !== "text") {
        anchored = false;
        break;
      }
      before = part.text + before;
    }
    const next = parts[at + 1];
    const after = next?.kind === "text" ? /^\s*\S+/.exec(next.text)?.[0] ?? "" : "";
    const afterPattern = after.trim() === "" ? "[ \\t]*$" : `[ \\t]*${literal(after.trim(), "[ \\t]*")}(?!\\()`;
    const source = `${anchored ? "^" : ""}${literal(before, "[ \\t]*")}[ \\t]*((?:\\\\.|[^\\\\\\n])*?)${afterPattern}`;
    return { pattern: new RegExp(source, "i"), line: index2 };
  }
  return void 0;
}
function leadingText(parts) {
  const first2 = parts[0];
  return first2?.kind === "text" ? first2.text.trimEnd() : "";
}
function literal(text4, space) {
  return text4.split(/[ \t]+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(space);
}
function unescape(text4) {
  return text4.replace(/\\(.)/g, "$1");
}
function lineEnd(text4, from) {
  const lf = text4.indexOf("\n", from);
  const cr = text4.indexOf("\r", from);
  const ends = [lf, cr].filter((i) => i !== -1);
  return ends.length > 0 ? Math.min(...ends) : text4.length;
}

// src/list/list-format.ts
function listFormatOf(settings) {
  if (settings.columns) return tableFormat(settings, settings.columns);
  const template = templateOf(settings.template, settings);
  return {
    ...common(settings, template),
    reader: makeEntryReader(template, settings),
    tableRows: isTableRow(template),
    ...headingEntriesOf(template),
    templateFor: () => template
  };
}
function tableFormat(settings, columns) {
  const byColumn = new Map(Object.entries(columns).map(([name, cell]) => [columnKey(name), cell]));
  const templates = /* @__PURE__ */ new Map();
  for (const head of settings.heads ?? []) {
    const source = rowTemplateSource(head, byColumn);
    if (source === void 0) continue;
    templates.set(headKey(head), templateOf(source, settings));
  }
  const fallback = templateOf(settings.template, settings);
  const all2 = templates.size > 0 ? [...templates.values()] : [fallback];
  return {
    ...common(settings, all2[0]),
    reader: makeTableReader(all2.map((t) => makeEntryReader(t, settings))),
    tableRows: true,
    templateFor: (section) => sectionRowTemplate(section.tables, templates)
  };
}
function templateOf(source, settings) {
  const template = mustParseEntryTemplate(
    source,
    settings.lineBreak,
    settings.links,
    settings.authors
  );
  const plainVenues2 = settings.plainVenues ?? [];
  return plainVenues2.length > 0 ? { ...template, plainVenues: plainVenues2 } : template;
}
function common(settings, template) {
  const sources = [settings.template, ...Object.values(settings.columns ?? {})].join("\n");
  return {
    template,
    order: settings.order,
    sectionOrders: new Map(
      Object.entries(settings.sectionOrders).map(([name, order]) => [foldName(name), order])
    ),
    allowedHtml: templateHtml(`${sources}${settings.links.item}`, settings.lineBreak),
    excludeSections: settings.excludeSections,
    dateHeadings: settings.dateHeadings,
    numbered: isNumbered(template),
    dated: ["venue", "year"].some((name) => requiredValues(template).has(name)),
    nestedLists: template.lines.slice(1).some(writesListItem),
    relativeLinks: settings.relativeLinks ?? false,
    byMonth: settings.byMonth ?? false,
    venuesWithoutYear: settings.venuesWithoutYear ?? false,
    datesFromArxiv: settings.datesFromArxiv ?? false,
    groupBullets: settings.groupBullets ?? false
  };
}
function writesListItem(parts) {
  const first2 = parts[0];
  return first2?.kind === "text" && /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(first2.text);
}
function readOptions2(format) {
  return {
    startsEntry: format.reader.startsEntry,
    dateHeadings: format.dateHeadings,
    tableRows: format.tableRows,
    groupBullets: format.groupBullets,
    ...format.headingEntries ? { headingEntries: format.headingEntries } : {}
  };
}
function headingEntriesOf(template) {
  const level = entryHeadingLevel(template);
  return level ? { headingEntries: level } : {};
}
function orderOf(format, name) {
  return format.sectionOrders.get(foldName(name)) ?? format.order;
}

// src/plan/plan-addition.ts
function planAddition(input) {
  const { list: list3, format } = input;
  const checked = checkSubmission(input);
  if (checked.kind === "invalid") return checked;
  const { paper, section } = checked;
  const matches = findPaper(list3, paper, format.reader);
  const here = matches.same.filter((m) => m.section === section.block);
  if (here.length > 0) return { kind: "duplicate", paper, section, where: here };
  const template = format.templateFor(section.block);
  if (!template) return noTableIn(section);
  const written = formatEntry(paper, template);
  const entry = format.tableRows ? alignedRow(written, section.file, section.block) : written;
  const unsafe = checkEntryMarkdown(entry, format.allowedHtml, format);
  if (unsafe.length > 0) {
    return {
      kind: "invalid",
      problems: [
        fieldProblem(
          "form",
          "Issue form",
          `The entry could not be written safely (it ${unsafe.join("; ")}). Remove unusual characters or Markdown from the answers.`
        )
      ]
    };
  }
  const inserted = insertEntry({
    file: section.file,
    section: section.block,
    entry,
    // Dated as the list's entries are read: from what the entry shows, else from the answers.
    date: format.reader.date(entry) ?? datedByLink(paper, format.datesFromArxiv),
    title: paper.title,
    order: orderOf(format, section.name),
    reader: format.reader,
    numbered: format.numbered,
    byMonth: format.byMonth
  });
  return {
    kind: "insert",
    paper,
    file: section.file,
    section,
    entry: inserted.entry,
    text: inserted.text,
    line: inserted.line,
    placement: inserted.placement,
    alsoListed: matches.same,
    sharedLinks: matches.sharedLinks,
    ...input.autofill ? { autofill: input.autofill } : {}
  };
}
function noTableIn(section) {
  return {
    kind: "invalid",
    problems: [
      fieldProblem(
        "section",
        "Section",
        `"${section.name}" has no table to add a row to: add the table's header row to it first, or choose another section.`
      )
    ]
  };
}
function datedByLink(paper, fromArxiv) {
  const arxiv = fromArxiv && paper.paperUrl ? arxivDate(paper.paperUrl) : void 0;
  if (arxiv) return arxiv;
  const date2 = paper.date;
  if (!date2 || date2.month !== void 0 || !paper.paperUrl) return date2;
  const place = arxivMonth(paper.paperUrl, date2.year);
  return place === void 0 ? date2 : { ...date2, ...place };
}
function checkSubmission(input) {
  const parsed = input.parsed ?? parseIssueBody(input.body, input.form);
  if (parsed.problems.some((p) => p.field === "form"))
    return { kind: "invalid", problems: parsed.problems };
  const placed = requiredValues(input.format.template);
  const validated = validatePaper(parsed.answers, input.form, {
    authorsRequired: placed.has("authors"),
    paperRequired: placed.has("paper"),
    venueRequired: placed.has("venue") || placed.has("year") || input.format.dateHeadings,
    relativeLinks: input.format.relativeLinks,
    venueYear: !input.format.venuesWithoutYear
  });
  const reported = new Set(parsed.problems.map((p) => p.field));
  const problems = [
    ...parsed.problems,
    ...validated.ok ? [] : validated.problems.filter((p) => !reported.has(p.field))
  ];
  const sectionAnswer = parsed.answers.get("section")?.trim();
  const section = sectionAnswer ? findSection(input.list, sectionAnswer) : void 0;
  if (sectionAnswer && !section && !problems.some((p) => p.field === "section")) {
    problems.push(unknownSection(input.form, sectionAnswer, input.list));
  }
  if (!validated.ok || problems.length > 0 || !section) return { kind: "invalid", problems };
  return { kind: "valid", paper: validated.paper, section };
}
function unknownSection(form, answer, list3) {
  const label = form.find((f) => f.id === "section")?.label.trim() ?? "Section";
  const names = list3.sections.map((s) => `"${s.name}"`);
  const valid = names.length > 0 ? `choose one of ${names.join(", ")}` : "the list has no sections yet";
  return fieldProblem(
    "section",
    label,
    `"${label}": the list has no section "${answer}"; ${valid}.`
  );
}

// src/cli/workspace.ts
import { isUtf8 } from "node:buffer";
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path2 from "node:path";

// src/config/parse-config.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/config/config.ts
var TRIGGER_POLICIES = ["anyone", "collaborators", "maintainers"];
var relativePath = string2().check(
  _minLength(1),
  refine((p) => !p.startsWith("/") && !p.split(/[\\/]/).includes(".."), {
    message: 'must be a path inside the repository (no leading "/" and no "..")'
  })
);
var nonEmpty = string2().check(_minLength(1));
function nonEmptyKey() {
  return string2().check(_minLength(1));
}
var configSchema = strictObject({
  /** The list files the bot manages, relative to the repository root. */
  files: _default(array(relativePath).check(_minLength(1)), ["README.md"]),
  /**
   * How entries are ordered within a section. Left out, it is read from the list: the order most
   * sections follow (newest first when the list shows none).
   */
  order: optional(_enum(LIST_ORDERS)),
  /** Sections whose order differs from `order`, by heading text. */
  "section-order": _default(record(nonEmptyKey(), _enum(LIST_ORDERS)), {}),
  /**
   * How one paper is written; see the README's template reference. Left out, it is inferred
   * from the list's own entries (docs/design.md, "Inference").
   */
  template: optional(
    string2().check(
      superRefine((source, ctx) => {
        const parsed = parseEntryTemplate(source);
        if ("error" in parsed)
          ctx.addIssue({ code: "custom", message: parsed.error, input: source });
      })
    )
  ),
  /** How `{links}` writes one link (`{label}`, `{url}`), and what separates two links. */
  "link-format": optional(
    string2().check(
      superRefine((item, ctx) => {
        const parsed = parseEntryTemplate("- {title}", DEFAULT_LINE_BREAK, { item, separator: "" });
        if ("error" in parsed) ctx.addIssue({ code: "custom", message: parsed.error, input: item });
      })
    )
  ),
  "link-separator": optional(string2()),
  /**
   * For lists of tables: how each column is written, by its header (`Title: "[{title}]({paper})"`).
   * A table's rows get cells in its own columns; a column not named here is left empty.
   */
  columns: optional(record(nonEmptyKey(), string2())),
  /** What stands between authors, and before the last one (`, `, ` and `); read from the list when left out. */
  "author-separator": optional(string2()),
  "last-author-separator": optional(string2()),
  /** Whether entries of one year are ordered by month too (arXiv ids, month headings); read from the list when left out. */
  "order-by-month": optional(boolean2()),
  /** Whether entries are dated by their arXiv link first (lists ordered by arXiv id); read from the list when left out. */
  "dates-from-arxiv": optional(boolean2()),
  /** Whether a list item with entries nested under it is a section of its own; read from the list when left out. */
  "group-bullets": optional(boolean2()),
  /** Whether venues may show no year (`Preprint`); read from the list when left out. */
  "venues-without-year": optional(boolean2()),
  /** Venues written without the emphasis the template puts around `{venue}` (`arXiv`); read from the list when left out. */
  "plain-venues": optional(array(nonEmpty)),
  /** Whether entries may link files beside the list (`./citations/x.txt`); read from the list when left out. */
  "relative-links": optional(boolean2()),
  /** Whether headings naming a date (`## 2019`) date the entries under them instead of being sections. */
  "date-headings": optional(boolean2()),
  /** What ends each line of multi-line notes. */
  "line-break": _default(string2(), DEFAULT_LINE_BREAK),
  /** Headings that never hold entries. */
  "exclude-sections": _default(array(nonEmpty), [
    "Table of Contents",
    "Table of Content",
    "Contents",
    "TOC"
  ]),
  /** Labels added to the bot's pull requests. */
  labels: _default(array(string2().check(_minLength(1), _maxLength(50))), []),
  /** Prefix of the bot's branches: `<prefix>issue-<n>`, `<prefix>sort`. */
  "branch-prefix": _default(
    string2().check(
      _minLength(1),
      _regex(/^[A-Za-z0-9._/-]+$/, 'may only hold letters, digits, ".", "_", "-" and "/"')
    ),
    "paper-list-bot/"
  ),
  /**
   * The label the issue form applies. An issue without it is still handled when it is shaped
   * like the form; the bot then applies the label, creating it when missing.
   */
  "form-label": _default(nonEmpty, FORM_LABEL_DEFAULT),
  /** Where the issue form lives, to read its labels and section options. */
  "form-template": _default(relativePath, ".github/ISSUE_TEMPLATE/new-paper.yml"),
  /** Who may file papers the bot acts on. */
  "allowed-authors": _default(_enum(TRIGGER_POLICIES), "anyone"),
  /**
   * Whether the bot asks the paper link's sources (arXiv, doi.org, OpenReview, DBLP...) for the
   * title, authors and venue: `fill-missing` fills the answers left empty, `verify` also
   * reports fetched values that differ from the answers, `off` never asks.
   */
  autofill: _default(_enum(AUTOFILL_MODES), "fill-missing")
});
var CONFIG_KEYS = Object.keys(configSchema.shape);

// src/config/parse-config.ts
function defaultConfig() {
  return configSchema.parse({});
}
function parseConfig(text4, path6 = ".github/paper-list.yml") {
  let data;
  try {
    data = (0, import_yaml4.parse)(text4, { prettyErrors: true });
  } catch (error) {
    const where = error instanceof import_yaml4.YAMLParseError && error.linePos ? ` (line ${error.linePos[0].line})` : "";
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, errors: [`${path6} is not valid YAML${where}: ${message}`] };
  }
  if (data === null || data === void 0) return { ok: true, config: defaultConfig() };
  if (typeof data !== "object" || Array.isArray(data)) {
    return {
      ok: false,
      errors: [`${path6} must be a mapping of keys to values (keys: ${CONFIG_KEYS.join(", ")})`]
    };
  }
  const result = configSchema.safeParse(data);
  if (result.success) return { ok: true, config: result.data };
  return { ok: false, errors: result.error.issues.map((issue2) => describeIssue(issue2, path6)) };
}
function describeIssue(issue2, path6) {
  const key = issue2.path.map(String).join(".");
  switch (issue2.code) {
    case "unrecognized_keys":
      return `${path6}: unknown key ${issue2.keys.map((k) => `"${k}"`).join(", ")}; known keys are ${CONFIG_KEYS.join(", ")}`;
    case "invalid_value":
      return `${path6}: "${key}" must be one of ${issue2.values.map(String).join(", ")}`;
    case "invalid_type":
      return `${path6}: "${key}" must be ${article(issue2.expected)}`;
    case "too_small":
      return `${path6}: "${key}" must not be empty`;
    default:
      return `${path6}: "${key}" ${issue2.message}`;
  }
}
function article(expected) {
  if (expected === "array") return "a list";
  if (expected === "object" || expected === "record") return "a mapping";
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

// src/list/block-scanner.ts
var FENCE_OPEN = /^[ \t]*(`{3,}|~{3,})(.*)$/;
var ATX = /^[ \t]*#{1,6}(?:[ \t]|$)/;
var SETEXT = /^[ \t]*(=+|-+)[ \t]*$/;
var THEMATIC = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
var LIST_ITEM = /^[ \t]*([-+*]|(\d{1,9})[.)])([ \t]+|$)/;
var HTML_RAW = /^[ \t]*<(?:script|pre|style|textarea)(?:[\s>]|$)/i;
var HTML_BLOCK_TAG = /^[ \t]*<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s>]|\/>|$)/i;
var HTML_COMPLETE_TAG = /^[ \t]*(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)[ \t]*$/;
var HTML_ENDS = [
  [/^[ \t]*<!--/, /-->/],
  [/^[ \t]*<\?/, /\?>/],
  [/^[ \t]*<![A-Za-z]/, />/],
  [/^[ \t]*<!\[CDATA\[/, /\]\]>/]
];
function indentOf(line) {
  let columns = 0;
  for (let i = 0; i < line.length; i += 1) {
    const c = line.charCodeAt(i);
    if (c === 32) columns += 1;
    else if (c === 9) columns += 4 - columns % 4;
    else break;
  }
  return columns;
}
var SPECIAL_START = new Set("#-*+=_<>`~0123456789");
var BlockScanner = class {
  fence;
  html;
  /** Content column of the open root-level list item, if any. */
  listIndent;
  /** Where the previous line's paragraph lives, when the previous line was paragraph text. */
  paragraph;
  previousBlank = true;
  /** Whether a code fence or HTML block is open after the last scanned line. */
  get insideBlock() {
    return this.fence !== void 0 || this.html !== void 0;
  }
  /** Classifies the next line. */
  scan(line) {
    const indent2 = indentOf(line);
    const blank = indent2 === line.length || /^[ \t]*$/.test(line);
    const inside = this.insideBlockLine(line, indent2, blank);
    if (inside) return inside;
    if (blank) {
      this.paragraph = void 0;
      return this.done({ kind: "blank", indent: indent2 }, true);
    }
    const inList = this.listIndent !== void 0 && indent2 >= this.listIndent;
    if (this.listIndent !== void 0 && !inList && (this.previousBlank || !this.paragraph)) {
      this.listIndent = void 0;
    }
    const relative = inList ? indent2 - this.listIndent : indent2;
    const first2 = line[indent2] ?? "";
    if (relative >= 4) return this.done({ kind: this.paragraph ? "text" : "code", indent: indent2 }, false);
    if (!SPECIAL_START.has(first2)) return this.text(indent2, inList);
    return this.leafBlock(line, indent2, inList) ?? this.containerOrHtml(line, indent2, first2, inList) ?? this.text(indent2, inList);
  }
  /** A line inside an open code fence or HTML block, or `undefined` when none is open. */
  insideBlockLine(line, indent2, blank) {
    if (this.fence) {
      const close = FENCE_OPEN.exec(line);
      if (close && close[1][0] === this.fence.char && close[1].length >= this.fence.length && close[2].trim() === "") {
        this.fence = void 0;
      }
      return this.done({ kind: "code", indent: indent2 }, false);
    }
    if (!this.html) return void 0;
    if (this.html === "blank") {
      if (blank) {
        this.html = void 0;
        return this.done({ kind: "blank", indent: indent2 }, true);
      }
    } else if (this.html.test(line)) {
      this.html = void 0;
    }
    return this.done({ kind: "html", indent: indent2 }, false);
  }
  /** A code fence's opening, an ATX heading, a setext underline or a thematic break. */
  leafBlock(line, indent2, inList) {
    const fence = FENCE_OPEN.exec(line);
    if (fence && !(fence[1][0] === "`" && fence[2].includes("`"))) {
      this.fence = { char: fence[1][0], length: fence[1].length };
      this.closeListUnless(inList);
      this.paragraph = void 0;
      return this.done({ kind: "code", indent: indent2 }, false);
    }
    if (ATX.test(line)) {
      this.paragraph = void 0;
      if (inList) return this.done({ kind: "text", indent: indent2 }, false);
      this.listIndent = void 0;
      const level = /#+/.exec(line)[0].length;
      return this.done({ kind: "heading", indent: indent2, level }, false);
    }
    const setext = SETEXT.exec(line);
    if (setext && this.paragraph === "root" && !inList) {
      this.paragraph = void 0;
      return this.done({ kind: "setext", indent: indent2, level: setext[1][0] === "=" ? 1 : 2 }, false);
    }
    if (!THEMATIC.test(line)) return void 0;
    this.closeListUnless(inList);
    this.paragraph = void 0;
    return this.done({ kind: "thematic-break", indent: indent2 }, false);
  }
  /** An HTML block's opening, a list item or a block quote. */
  containerOrHtml(line, indent2, first2, inList) {
    const html = first2 === "<" ? this.htmlStart(line) : void 0;
    if (html) {
      this.closeListUnless(inList);
      this.paragraph = void 0;
      const endsHere = html !== "blank" && html.test(line.slice(indent2 + 1));
      if (!endsHere) this.html = html;
      return this.done({ kind: "html", indent: indent2 }, false);
    }
    const item = LIST_ITEM.exec(line);
    if (item && this.canStartListItem(item)) {
      const marker = item[1];
      const spaces = item[3].length;
      const contentIndent = indent2 + marker.length + (spaces === 0 || spaces > 4 ? 1 : spaces);
      if (!inList) this.listIndent = contentIndent;
      this.paragraph = "list";
      const bullet = item[2] === void 0;
      return this.done({ kind: "list-item", indent: indent2, bullet, contentIndent }, false);
    }
    if (first2 !== ">") return void 0;
    this.closeListUnless(inList);
    this.paragraph = "quote";
    return this.done({ kind: "quote", indent: indent2 }, false);
  }
  text(indent2, inList) {
    if (!this.paragraph) this.paragraph = inList || this.listIndent !== void 0 ? "list" : "root";
    return this.done({ kind: "text", indent: indent2 }, false);
  }
  /** An ordered item not starting at 1, or an empty item, cannot interrupt a paragraph. */
  canStartListItem(item) {
    if (this.paragraph !== "root") return true;
    if (item[3] === "") return false;
    return item[2] === void 0 || Number(item[2]) === 1;
  }
  htmlStart(line) {
    if (HTML_RAW.test(line)) return /<\/(?:script|pre|style|textarea)>/i;
    for (const [start, end] of HTML_ENDS) if (start.test(line)) return end;
    if (HTML_BLOCK_TAG.test(line)) return "blank";
    if (!this.paragraph && HTML_COMPLETE_TAG.test(line)) return "blank";
    return void 0;
  }
  closeListUnless(inList) {
    if (!inList) this.listIndent = void 0;
  }
  /** Records the line as the previous one; only paragraph lines keep a paragraph open. */
  done(scanned, blank) {
    this.previousBlank = blank;
    if (scanned.kind !== "text" && scanned.kind !== "list-item" && scanned.kind !== "quote") {
      this.paragraph = void 0;
    }
    return scanned;
  }
};
function isDisclosureMarkup(content3) {
  if (!/^[ \t]*<\/?(?:details|summary)\b/i.test(content3)) return false;
  const rest = content3.replace(/<summary\b[^>]*>[^<]*<\/summary\s*>/gi, "").replace(/<\/?(?:details|summary)\b[^>]*>/gi, "");
  return rest.trim() === "";
}
function atxHeadingText(line) {
  const body = line.replace(/^[ \t]*#{1,6}/, "");
  return cleanHeadingText(body.replace(/(?:^|[ \t]+)#+[ \t]*$/, ""));
}
function cleanHeadingText(text4) {
  return text4.trim();
}

// src/list/section-builder.ts
var SectionBuilder = class {
  sections = [];
  section = {
    parents: [],
    entries: [],
    groups: [],
    tables: [],
    strays: [],
    hasOtherContent: false,
    contentEnd: 0,
    contentEndLine: 0
  };
  entry;
  headings = [];
  /** Ends the open entry, if any: the section's content now ends with it. */
  closeEntry() {
    const entry = this.entry;
    if (!entry) return;
    const { start, end, line, lastLine } = entry;
    this.section.entries.push({ start, end, line, lastLine });
    this.section.contentEnd = end;
    this.section.contentEndLine = lastLine;
    this.entry = void 0;
  }
  /** Ends the open section; `nextHeadingLevel` is the level of the heading that ends it. */
  closeSection(nextHeadingLevel) {
    this.closeEntry();
    const {
      heading,
      parents,
      entries,
      groups,
      tables,
      strays,
      hasOtherContent,
      contentEnd,
      contentEndLine
    } = this.section;
    this.sections.push({
      ...heading ? { heading } : {},
      parents,
      entries,
      groups,
      tables,
      strays,
      hasOtherContent,
      contentEnd,
      contentEndLine,
      ...nextHeadingLevel !== void 0 ? { nextHeadingLevel } : {}
    });
  }
  /** Opens the section of `heading`, whose last line is `lastLine`. */
  openSection(heading, lastLine) {
    this.closeSection(heading.level);
    const stack = this.headings;
    while (stack.length > 0 && stack[stack.length - 1].level >= heading.level) stack.pop();
    this.section = {
      heading,
      parents: stack.map((h) => h.text),
      entries: [],
      groups: [],
      tables: [],
      strays: [],
      hasOtherContent: false,
      contentEnd: heading.end,
      contentEndLine: lastLine
    };
    stack.push(heading);
  }
  /**
   * Opens a date group inside the open section when `heading` is nested in it (or the file has
   * no heading yet); returns false when the heading must open a section of its own.
   */
  openDateGroup(heading, date2) {
    const open = this.section.heading;
    if (open && open.level >= heading.level) return false;
    this.closeEntry();
    this.section.groups.push({ heading, ...date2, firstEntry: this.section.entries.length });
    this.markContent(heading.end, heading.line);
    return true;
  }
  /** The open entry was a table's header row: the rows after it are the table's. */
  openTable(cells, compact, delimiter) {
    const header = this.entry;
    this.entry = void 0;
    this.section.tables.push({
      cells,
      compact,
      line: header.line,
      delimiterEnd: delimiter.end,
      delimiterLine: delimiter.number,
      firstEntry: this.section.entries.length
    });
  }
  /** Something other than an entry stands in the section, ending at `end` on `line`. */
  markContent(end, line) {
    this.section.hasOtherContent = true;
    this.section.contentEnd = end;
    this.section.contentEndLine = line;
  }
  /** Where the section's content ends now. */
  contentMark() {
    const { hasOtherContent, contentEnd, contentEndLine } = this.section;
    return { hadOther: hasOtherContent, contentEnd, contentEndLine };
  }
  /** Restores a mark taken by {@link contentMark}. */
  restore(mark) {
    this.section.hasOtherContent = mark.hadOther;
    this.section.contentEnd = mark.contentEnd;
    this.section.contentEndLine = mark.contentEndLine;
  }
};
function extendEntry(entry, line) {
  entry.end = line.end;
  entry.lastLine = line.number;
}
function continuesEntry(entry, line) {
  if (entry.afterBlank) return line.indent >= entry.contentIndent;
  if (line.indent >= entry.contentIndent) return true;
  switch (line.kind) {
    case "text":
      return true;
    case "list-item":
      return line.bullet !== true;
    default:
      return false;
  }
}

// src/list/heading-date.ts
var MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec"
];
var YEAR = "((?:19|20)\\d\\d)";
var NUMERIC = new RegExp(`^${YEAR}(?:\\s*[-./年]\\s*(0?[1-9]|1[0-2])\\s*月?)?\\s*年?$`);
var NAMED_FIRST = new RegExp(`^([a-z]{3,9})\\.?,?\\s+${YEAR}$`);
var NAMED_LAST = new RegExp(`^${YEAR},?\\s+([a-z]{3,9})\\.?$`);
function headingDate(text4) {
  const shown = displayHeading(text4).replace(/[*_`~:]/g, "").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}年月]+$/gu, "").trim().toLowerCase();
  const numeric = NUMERIC.exec(shown);
  if (numeric) return withMonth2(Number(numeric[1]), numeric[2] ? Number(numeric[2]) : void 0);
  const named = NAMED_FIRST.exec(shown);
  const first2 = named && monthNumber(named[1]);
  if (first2) return { year: Number(named[2]), month: first2 };
  const last = NAMED_LAST.exec(shown);
  const second = last && monthNumber(last[2]);
  return second ? { year: Number(last[1]), month: second } : void 0;
}
function monthNumber(name) {
  const index2 = MONTHS.indexOf(name.slice(0, 3));
  const full = new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(Date.UTC(2e3, index2, 1)).toLowerCase();
  return index2 !== -1 && full.startsWith(name) ? index2 + 1 : void 0;
}
function withMonth2(year, month) {
  return month === void 0 ? { year } : { year, month };
}

// src/list/text-lines.ts
function forEachLine(text4, visit) {
  let number3 = 0;
  let at = 0;
  const length = text4.length;
  let nextCr = text4.search(/\r/);
  while (at < length) {
    number3 += 1;
    const start = at;
    let end = text4.indexOf("\n", at);
    let next;
    if (end === -1) {
      end = length;
      next = length;
    } else {
      next = end + 1;
    }
    if (end > start && text4.charCodeAt(end - 1) === 13) end -= 1;
    if (nextCr !== -1 && nextCr < start) nextCr = text4.indexOf("\r", start);
    if (nextCr !== -1 && nextCr < end) {
      end = nextCr;
      next = nextCr + 1;
    }
    at = next;
    visit({ number: number3, start, end, content: text4.slice(start, end) });
  }
}
function detectEol(text4) {
  const lf = text4.indexOf("\n");
  const cr = text4.indexOf("\r");
  if (cr !== -1 && (lf === -1 || cr < lf)) return text4[cr + 1] === "\n" ? "\r\n" : "\r";
  return "\n";
}

// src/list/read-list-file.ts
var GROUP_LEVEL = 7;
var LIST_MARKER2 = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/;
var ANCHOR_LINKS = /^(?:\[[^\]]*\]\(#[^)]*\)[ \t,|]*)+$/;
var SUMMARY = /^[ \t]*(?:<details[^>]*>[ \t]*)?<summary[^>]*>(.*?)<\/summary>/i;
var HTML_HEADING = /^[ \t]{0,3}<h([1-6])(?:\s[^>]*)?>(.*?)<\/?h\1\s*\/?>[ \t]*$/i;
var TABLE_DELIMITER = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?[ \t]*$/;
function readListFile(path6, text4, options) {
  const reader = new ListLineReader(options);
  forEachLine(text4, (line) => reader.read(line));
  return { path: path6, text: text4, eol: detectEol(text4), sections: reader.finish() };
}
var ListLineReader = class {
  constructor(options) {
    this.options = options;
  }
  options;
  built = new SectionBuilder();
  scanner = new BlockScanner();
  paragraph;
  previousKind;
  previousLine = "";
  /** The last list item at the margin that is not an entry: a group, if entries nest under it. */
  group;
  read(line) {
    const opensBlock = !this.scanner.insideBlock;
    const scanned = this.scanner.scan(line.content);
    const html = opensBlock && scanned.kind === "html" ? HTML_HEADING.exec(line.content) : null;
    const summary = this.options.groupBullets && scanned.kind === "html" ? SUMMARY.exec(line.content) : null;
    if (summary) this.summaryGroup(line, summary[1]);
    else if (this.group?.heading.level === GROUP_LEVEL && /<\/details>/i.test(line.content))
      this.group = void 0;
    if (html && (!this.built.entry || this.built.entry.inBlock === false)) {
      this.built.closeEntry();
      this.heading(line, Number(html[1]), html[2].replace(/<[^>]*>/g, ""));
    } else this.readScanned(line, scanned);
    this.previousKind = scanned.kind;
    this.previousLine = line.content;
  }
  finish() {
    this.built.closeSection();
    return this.built.sections;
  }
  readScanned(line, scanned) {
    if (scanned.kind === "setext" && this.paragraph) return this.setextHeading(line, scanned);
    if (scanned.kind === "heading") {
      if (scanned.level === this.options.headingEntries && this.options.startsEntry(line.content)) {
        this.built.closeEntry();
        return this.startEntry(line, scanned, true);
      }
      return this.heading(line, scanned.level, atxHeadingText(line.content));
    }
    if (this.options.tableRows && this.tableHeader(line)) return;
    if (this.built.entry && this.continueEntry(this.built.entry, line, scanned)) return;
    if (scanned.kind === "blank") {
      this.paragraph = void 0;
      return;
    }
    if (this.isEntryStart(line, scanned)) {
      const group = this.group;
      if (group && scanned.indent >= group.contentIndent) {
        this.built.openSection(group.heading, group.heading.line);
        this.group = void 0;
      }
      return this.startEntry(line, scanned);
    }
    this.groupCandidate(line, scanned);
    this.otherContent(line, scanned);
  }
  /** Remembers a list item at the margin that is not an entry: entries may nest under it. */
  groupCandidate(line, scanned) {
    if (scanned.kind === "html" || !this.options.groupBullets || scanned.indent >= 4) return;
    if (scanned.kind !== "list-item") {
      if (scanned.indent === 0) this.group = void 0;
      return;
    }
    if (scanned.indent >= (this.group?.contentIndent ?? Infinity)) return;
    const text4 = line.content.replace(LIST_MARKER2, "").replace(/:[ \t]*$/, "").trim();
    if (text4 === "" || ANCHOR_LINKS.test(text4)) {
      this.group = void 0;
      return;
    }
    const { number: number3, start, end } = line;
    const heading = { level: GROUP_LEVEL, text: text4, line: number3, start, end };
    this.group = { heading, contentIndent: scanned.contentIndent ?? 2 };
  }
  /** A `<details>` block's summary: a group, when entries stand in the block. */
  summaryGroup(line, summary) {
    const text4 = summary.replace(/<[^>]*>/g, "").trim();
    if (text4 === "") return;
    const { number: number3, start, end } = line;
    this.group = {
      heading: { level: GROUP_LEVEL, text: text4, line: number3, start, end },
      contentIndent: 0
    };
  }
  /** A heading (ATX, or an HTML `<h2>` line): a section, or a date group of the open one. */
  heading(line, level, text4) {
    this.paragraph = void 0;
    this.group = void 0;
    const { number: number3, start, end } = line;
    const heading = { level, text: cleanHeadingText(text4), line: number3, start, end };
    const date2 = this.options.dateHeadings ? headingDate(heading.text) : void 0;
    if (date2 && this.built.openDateGroup(heading, date2)) return;
    this.built.openSection(heading, number3);
  }
  /** A delimiter row right under a row read as an entry: that row was the table's header. */
  tableHeader(line) {
    const header = this.built.entry;
    if (!header || header.line !== line.number - 1 || !TABLE_DELIMITER.test(line.content)) {
      return false;
    }
    const row = this.previousLine;
    this.built.openTable(
      splitCells(row).map((c) => c.trim()),
      /^\|[^ \t]/.test(row.trim()),
      line
    );
    this.built.markContent(line.end, line.number);
    return true;
  }
  /** The paragraph above the underline is a heading: undo its counting as section content. */
  setextHeading(line, scanned) {
    const paragraph = this.paragraph;
    this.built.restore(paragraph);
    const text4 = cleanHeadingText(paragraph.text.join(" "));
    const { start, line: first2 } = paragraph;
    const strays = this.built.section.strays;
    const from = strays.findIndex((s) => s.line >= first2);
    const moved = from === -1 ? [] : strays.splice(from);
    this.built.openSection(
      { level: scanned.level, text: text4, line: first2, start, end: line.end },
      line.number
    );
    this.built.section.strays.push(...moved);
    this.paragraph = void 0;
  }
  /** Whether the line belongs to the open entry (taken in), or closes it (false). */
  continueEntry(entry, line, scanned) {
    if (entry.headed) {
      if (scanned.kind !== "blank") extendEntry(entry, line);
      return true;
    }
    if (entry.inBlock) {
      extendEntry(entry, line);
      entry.inBlock = this.scanner.insideBlock;
      return true;
    }
    if (scanned.kind === "blank") {
      entry.afterBlank = true;
      return true;
    }
    const startsNew = this.options.startsEntry(line.content) && scanned.indent < Math.min(4, entry.contentIndent);
    if (!startsNew && !this.options.tableRows && continuesEntry(entry, scanned)) {
      extendEntry(entry, line);
      entry.afterBlank = false;
      entry.inBlock = this.scanner.insideBlock;
      return true;
    }
    this.built.closeEntry();
    return false;
  }
  isEntryStart(line, scanned) {
    const kind = this.previousKind;
    const paragraphStart = kind === void 0 || kind === "blank" || kind === "heading" || kind === "setext";
    return scanned.indent < 4 && (scanned.kind === "list-item" || scanned.kind === "text" && (paragraphStart || this.options.tableRows === true)) && this.options.startsEntry(line.content);
  }
  startEntry(line, scanned, headed = false) {
    this.paragraph = void 0;
    this.built.entry = {
      start: line.start,
      end: line.end,
      line: line.number,
      lastLine: line.number,
      contentIndent: scanned.contentIndent ?? 2,
      afterBlank: false,
      inBlock: this.scanner.insideBlock,
      ...headed ? { headed } : {}
    };
  }
  /** Free text, tables, quotes...: section content, and a possible setext heading's text. */
  otherContent(line, scanned) {
    const item = scanned.kind === "list-item";
    if (item || scanned.kind === "text" && /^[ \t]*\|/.test(line.content))
      this.built.section.strays.push({ line: line.number, content: line.content });
    if (scanned.kind !== "text") this.paragraph = void 0;
    else if (this.paragraph && this.previousKind === "text")
      this.paragraph.text.push(line.content.trim());
    else if (scanned.indent < 4) {
      const mark = this.built.contentMark();
      this.paragraph = {
        ...mark,
        start: line.start,
        line: line.number,
        text: [line.content.trim()]
      };
    }
    const folding = isDisclosureMarkup(line.content) && !this.built.contentMark().hadOther;
    if (!folding) this.built.markContent(line.end, line.number);
  }
};

// src/list/read-paper-list.ts
function readPaperList(files, format) {
  const lists = files.map((f) => readListFile(f.path, f.text, readOptions2(format)));
  return namePaperList(lists, { excludeSections: format.excludeSections });
}

// src/infer/classify-text.ts
var DELIMITER = new RegExp("(\\s*[()[\\]{};|]\\s*|,\\s+|(?<!(?:^|\\s)\\p{Lu}|\\bal)\\.\\s+|(?<!\\bal)\\.$|\\s+[-–—]\\s+|\\s*\\\\$|\\s*<[bB][rR]\\s*\\/?>\\s*$|^\\s+|\\s+$)", "u");
var VENUE_NAME = /^(?:arxiv|[A-Z][\w&+-]*(?:\s+[A-Z][\w&+-]*){0,2})$/i;
var YEAR2 = /^(?:19|20)\d\d$/;
var VENUE = /^(?:[A-Za-z][\w&+'’./-]*,?\s+){1,6}(?:19|20)\d\d(?:\.\d{1,2})?(?:\s+[A-Z][\w-]*){0,2}$|^[A-Z][\w&+-]*(?:(?:19|20)\d\d|['’‘]\d\d)$/;
var PARTICLE = /^(?:van|von|de|der|den|da|di|du|del|dos|le|la|el|bin|al|ten|ter|y)$/;
var NAME_WORD = new RegExp("^(?:\\p{Lu}[\\p{L}'’-]*\\.?|\\p{Lu}\\.(?:-?\\p{Lu}\\.)*|et|al\\.?)$", "u");
function isName(text4) {
  const words = text4.trim().replace(/\*$/, "").split(/\s+/);
  if (words.length === 0 || words.length > 6 || words[0] === "") return false;
  return words.every((w) => NAME_WORD.test(w) || PARTICLE.test(w)) && new RegExp("\\p{Lu}", "u").test(words[0]);
}
function isNameList(text4) {
  const trimmed = text4.trim().replace(/\.$/, "").replace(/^and\s+/, "");
  const names = trimmed.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter((n) => n !== "");
  const strong = names.length > 1 || /\s/.test(trimmed) || /et al/.test(trimmed);
  return strong && names.length > 0 && names.every(isName);
}
function isVenue(text4) {
  return VENUE.test(text4.trim()) && new RegExp("^(?:\\p{Lu}|[aA][rR][xX][iI][vV])", "u").test(text4.trim());
}
function classifyText(text4, used) {
  const parts = text4.split(DELIMITER);
  let out = "";
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i];
    if (i % 2 === 1 || part === "") {
      out += part;
      continue;
    }
    const names = namesFrom(parts, i);
    if (names >= i && !used.has("authors")) {
      used.add("authors");
      out += "{authors}";
      i = names;
      continue;
    }
    if (isVenueBeforeYear(parts, i, used)) {
      used.add("venue").add("year");
      out += `{venue}${parts[i + 1]}{year}`;
      i += 2;
      continue;
    }
    out += valueOf(part, used) ?? part;
  }
  return out;
}
function namesFrom(parts, i) {
  let last = i - 1;
  for (let j = i; j < parts.length; j += 2) {
    if (!isNameList(parts[j])) break;
    last = j;
    const delimiter = parts[j + 1];
    if (delimiter === void 0 || !/^,\s+$/.test(delimiter)) break;
  }
  return last;
}
function isVenueBeforeYear(parts, i, used) {
  if (used.has("venue") || used.has("year")) return false;
  const delimiter = parts[i + 1];
  return VENUE_NAME.test(parts[i]) && delimiter !== void 0 && /^,\s+$/.test(delimiter) && YEAR2.test(parts[i + 2] ?? "");
}
var DAY = /^(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|(?:19|20)\d\d\.\d{1,2})$/;
function valueOf(part, used) {
  if (DAY.test(part) && !used.has("notes")) {
    used.add("notes");
    return "{notes}";
  }
  if (YEAR2.test(part) && !used.has("year") && !used.has("venue")) {
    used.add("year");
    return "{year}";
  }
  if (isVenue(part) && !used.has("venue") && !used.has("year")) {
    used.add("venue");
    return "{venue}";
  }
  return void 0;
}

// src/infer/link-run.ts
var LINK_WORD = /^(?:pdf|paper|papers|arxiv|link|url|abs|html|doi|openreview|acl|code|github|project|page|website|blog|video|slides?|poster|demo|data(?:set)?|model|weights|hf|hugging ?face|bib(?:tex)?|supp|talk|youtube|colab|tweet|\d+)$/i;
var PAPER_WORD = /^(?:pdf|paper(?: ?link)?|arxiv|link|url|abs|html|doi|openreview|acl|publication)$/i;
function linkLine(line) {
  const match = /^([ \t]*)(\[?)\[([^[\]\n]+|\[[^[\]\n]+\])\]\(([^()\s]+)\)(\]?)[ \t]*$/.exec(line);
  if (!match || !isLinkLabel(match[3])) return void 0;
  return `${match[1]}${match[2]}[${labelForm(match[3])}]({url})${match[5]}`;
}
function linkRun(pieces, from, used, written) {
  const links = [];
  const separators = [];
  let last = from;
  for (let i = from; i < pieces.length; i += 2) {
    const piece = pieces[i];
    if (piece.kind !== "link" || !isLinkLabel(piece.label)) break;
    const previous3 = pieces[i - 1];
    const open = previous3?.kind === "text" && previous3.raw.endsWith("[") ? "[" : "";
    const next = pieces[i + 1];
    const close = next?.kind === "text" && next.raw.startsWith("]") && open ? "]" : "";
    links.push({ label: piece.label, open, close });
    last = i;
    const between = next?.kind === "text" ? next.raw.slice(close.length) : void 0;
    if (between === void 0 || !/^[ \t]*[|,;/·]?[ \t]*\[?$/.test(between)) break;
    separators.push(between.replace(/\[$/, ""));
  }
  const first2 = links[0];
  const paper = !used.has("paper") && PAPER_WORD.test(bare(first2.label));
  const others = paper ? links.slice(1) : links;
  const lead = /[ \t]*[|,;/·]?[ \t]*$/.exec(
    written.slice(0, written.length - first2.open.length)
  )[0];
  const separator = separators[0] ?? (paper ? " " : lead || " ");
  const item = others[0] ? `${separator}${others[0].open}[${labelForm(others[0].label)}]({url})${others[0].close}` : void 0;
  used.add("links");
  if (paper) used.add("paper");
  const source = `${paper ? `[${first2.label}]({paper})${first2.close}` : ""}{links}`;
  return {
    source,
    ...item ? { linkItem: item } : {},
    last,
    takes: links[links.length - 1].close.length,
    before: (text4) => paper ? text4 : text4.slice(0, text4.length - first2.open.length).replace(/[ \t]*[|,;/·]?[ \t]*$/, "")
  };
}
function labelForm(label) {
  const wrapped2 = /^(\[|`|\*\*|__|\*|_)(.+?)(\]|`|\*\*|__|\*|_)$/s.exec(label);
  if (!wrapped2) return "{label}";
  const [, open, inner, close] = wrapped2;
  const pairs = open === "[" ? close === "]" : open === close;
  return pairs && !/[`*_[\]]/.test(inner) ? `${open}{label}${close}` : "{label}";
}
function bare(label) {
  return label.replace(/^\[|\]$/g, "").replace(/[*_`]/g, "").trim();
}
function isLinkLabel(label) {
  const text4 = bare(label);
  return LINK_WORD.test(text4) || text4.split(/\s+/).length <= 2 && text4.length <= 16;
}

// src/infer/line-pieces.ts
var URL2 = "[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*";
var LABEL = "(?:[^\\[\\]\\n]|\\[[^\\[\\]\\n]*\\])*";
var PIECE = new RegExp(
  [
    // A badge: an image, or a link around an image.
    `\\[!\\[[^\\]\\n]*\\]\\(${URL2}\\)\\]\\(${URL2}\\)`,
    `!\\[[^\\]\\n]*\\]\\(${URL2}\\)`,
    `\\[(${LABEL})\\]\\((${URL2})\\)`,
    "\\*\\*(?=\\S)(.+?)\\*\\*",
    "__(?=\\S)(.+?)__",
    "\\*(?=[^*\\s])([^*]+?)\\*",
    "(?<![\\w])_(?=[^_\\s])([^_]+?)_(?![\\w])",
    "`([^`]+)`",
    '"([^"\\n]+)"',
    "“([^”\\n]+)”"
  ].join("|"),
  "g"
);
function linePieces(line) {
  const pieces = [];
  let at = 0;
  for (const match of line.matchAll(PIECE)) {
    if (match.index > at) pieces.push({ kind: "text", raw: line.slice(at, match.index) });
    pieces.push(pieceOf(match));
    at = match.index + match[0].length;
  }
  if (at < line.length) pieces.push({ kind: "text", raw: line.slice(at) });
  return pieces;
}
function pieceOf(match) {
  const raw = match[0];
  if (raw.startsWith("!") || raw.startsWith("[![")) return { kind: "badge", raw };
  if (match[1] !== void 0) return { kind: "link", raw, label: match[1], url: match[2] };
  const [open, close] = markers(raw);
  return {
    kind: "wrapped",
    raw,
    open,
    close,
    inner: raw.slice(open.length, raw.length - close.length)
  };
}
function markers(raw) {
  if (raw.startsWith("**") || raw.startsWith("__")) return [raw.slice(0, 2), raw.slice(0, 2)];
  if (raw.startsWith("“")) return ["“", "”"];
  return [raw[0], raw[0]];
}

// src/infer/entry-skeleton.ts
var MARKER = /^([ \t]*)(?:([-*+])|(\d{1,9})([.)]))([ \t]+)/;
function entrySkeleton(lines) {
  const used = /* @__PURE__ */ new Set();
  let linkItem;
  const out = [];
  const heading = headingTitle(lines[0] ?? "");
  if (heading) {
    used.add("title");
    out.push(heading.source);
  }
  lines.forEach((line, index2) => {
    if (heading && index2 === 0) return;
    const own4 = linkLine(line);
    if (index2 > 0 && own4 && out[out.length - 1]?.endsWith("{links}")) {
      linkItem ??= `
${own4}`;
      return;
    }
    let prefix = "";
    let content3 = line;
    if (index2 === 0) {
      const marker = MARKER.exec(line);
      if (marker) {
        prefix = marker[2] ? `${marker[1]}${marker[2]}${marker[5]}` : `{number}${marker[4]}${marker[5]}`;
        if (marker[3]) used.add("number");
        content3 = line.slice(marker[0].length);
      }
    } else {
      const marker = /^[ \t]*(?:[-*+][ \t]+)?/.exec(line)[0];
      prefix = marker;
      content3 = line.slice(marker.length);
      if (heading && content3.startsWith(heading.title)) {
        prefix += "{title}";
        content3 = content3.slice(heading.title.length);
      }
    }
    const written = lineSkeleton(linePieces(content3), used, index2 === 0);
    linkItem ??= written.linkItem;
    out.push(prefix + written.source);
  });
  return { source: out.join("\n"), ...linkItem ? { linkItem } : {} };
}
function headingTitle(line) {
  const match = /^([ \t]{0,3}#{1,6}[ \t]+)(\[|\*\*|__|)(.+?)(\]|\*\*|__|)[ \t]*$/.exec(line);
  if (!match) return void 0;
  const [, marks, open, title, close] = match;
  const paired = open === "[" ? close === "]" : open === close;
  if (!paired) return void 0;
  return { source: `${marks}${open}{title}${close}`, title: title.trim() };
}
function cellSkeleton(cell) {
  const result = lineSkeleton(linePieces(cell.trim()), /* @__PURE__ */ new Set(["abbreviation"]), true);
  return { source: result.source, ...result.linkItem ? { linkItem: result.linkItem } : {} };
}
function rowSkeleton(row) {
  const used = /* @__PURE__ */ new Set();
  let linkItem;
  const cells = splitCells(row);
  const written = cells.map((cell) => {
    const result = lineSkeleton(linePieces(cell.trim()), used, true);
    linkItem ??= result.linkItem;
    return result.source;
  });
  const lead = row.trimStart().startsWith("|") ? "| " : "";
  const trail2 = row.trimEnd().endsWith("|") ? " |" : "";
  return { source: `${lead}${written.join(" | ")}${trail2}`, ...linkItem ? { linkItem } : {} };
}
function lineSkeleton(given, used, titleLine) {
  const pieces = [...given];
  let source = "";
  let linkItem;
  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i];
    if (piece.kind === "link" && isLinkLabel(piece.label) && !used.has("links")) {
      const run = linkRun(pieces, i, used, source);
      source = run.before(source) + run.source;
      linkItem ??= run.linkItem;
      i = run.last;
      const next = pieces[i + 1];
      if (run.takes > 0 && next?.kind === "text") {
        pieces[i + 1] = { kind: "text", raw: next.raw.slice(run.takes) };
      }
      continue;
    }
    const venue = wrappedVenueBeforeYear(piece, pieces[i + 1], used);
    if (venue) {
      source += venue.source;
      pieces[i + 1] = { kind: "text", raw: venue.rest };
      continue;
    }
    const title = !used.has("title") && titleLine ? titleOf(piece, i === 0, used) : void 0;
    if (title !== void 0) {
      source += title;
      continue;
    }
    source += valueOf2(piece, used);
  }
  return { source, ...linkItem ? { linkItem } : {} };
}
function titleOf(piece, first2, used) {
  if (piece.kind === "link" && isTitleText(piece.label)) {
    used.add("title").add("paper");
    return `[${wrapTitle(piece.label)}]({paper})`;
  }
  if (piece.kind === "wrapped") {
    const inner = linePieces(piece.inner);
    const only = inner.length === 1 ? inner[0] : void 0;
    if (only?.kind === "link" && isTitleText(only.label)) {
      used.add("title").add("paper");
      return `${piece.open}[${wrapTitle(only.label)}]({paper})${piece.close}`;
    }
    if (piece.open !== "`" && isTitleText(piece.inner) && !isNameList(piece.inner)) {
      used.add("title");
      return `${piece.open}${wrapTitle(piece.inner)}${piece.close}`;
    }
  }
  if (piece.kind === "text" && !isNameList(piece.raw)) {
    const match = /^([^\p{L}\p{N}“"]*)(.{8,}?)((?:\.\s|\s[-–—]\s|\s\(|\s\[|,\s).*|\.?\s*)$/u.exec(
      piece.raw
    );
    if (match && isTitleText(match[2]) && (first2 || match[2].split(/\s+/).length >= 3)) {
      used.add("title");
      return `${match[1]}{title}${classifyText(match[3] ?? "", used)}`;
    }
  }
  return void 0;
}
function shortName(piece, used) {
  if (piece.kind !== "wrapped" || used.has("title") || used.has("abbreviation")) return void 0;
  if (piece.open === "`" || piece.open === '"' || piece.open === "“") return void 0;
  const inner = /^(\[?)([^[\]\s]+(?: [^[\]\s]+)?)(\]?)$/.exec(piece.inner);
  if (!inner || inner[2].length > 30 || isVenue(inner[2])) return void 0;
  used.add("abbreviation");
  return `${piece.open}${inner[1]}{abbreviation}${inner[3]}${piece.close}`;
}
function wrappedVenueBeforeYear(piece, next, used) {
  if (piece.kind !== "wrapped" || next?.kind !== "text" || used.has("venue") || used.has("year"))
    return void 0;
  const year = /^(,?\s+)((?:19|20)\d\d)(?!\d)/.exec(next.raw);
  if (!year || !/^(?:arxiv|[A-Z][\w&+-]*(?:\s+[A-Z][\w&+-]*){0,2})$/i.test(piece.inner))
    return void 0;
  used.add("venue").add("year");
  return {
    source: `${piece.open}{venue}${piece.close}${year[1]}{year}`,
    rest: next.raw.slice(year[0].length)
  };
}
function valueOf2(piece, used) {
  const short = shortName(piece, used);
  if (short !== void 0) return short;
  if (piece.kind === "text") return classifyText(piece.raw, used);
  if (piece.kind === "wrapped") {
    const inner = piece.inner.replace(/[.,]$/, "");
    const end = piece.inner.slice(inner.length);
    if (!used.has("authors") && isNameList(inner)) {
      used.add("authors");
      return `${piece.open}{authors}${end}${piece.close}`;
    }
    if (!used.has("venue") && !used.has("year") && isVenue(inner)) {
      used.add("venue");
      return `${piece.open}{venue}${end}${piece.close}`;
    }
  }
  if (used.has("notes")) return piece.raw;
  used.add("notes");
  return piece.kind === "wrapped" ? `${piece.open}{notes}${piece.close}` : "{notes}";
}
function isTitleText(text4) {
  const plain = text4.replace(/[*_`"“”]/g, "").trim();
  if (plain.length < 4 || isVenue(plain)) return false;
  return plain.split(/\s+/).length >= 2 || plain.length >= 12;
}
function wrapTitle(label) {
  const match = /^([*_]*)(.*?)(\.?)([*_]*)$/s.exec(label);
  return `${match[1]}{title}${match[3]}${match[4]}`;
}

// src/infer/merge-skeletons.ts
var PLACEHOLDER_OR_CHAR = /\{[a-z]+\}|[\s\S]/gu;
function mergeSkeletons(skeletons2, minShare = 0.03) {
  const total = skeletons2.reduce((n, s) => n + s.count, 0);
  const [top2, ...rest] = skeletons2;
  if (!top2) return "";
  let base = tokens(top2.source).map((text4) => ({ text: text4 }));
  const parts = { next: 0 };
  for (const other of rest) {
    if (other.count < Math.max(2, total * minShare)) break;
    const theirs = tokens(other.source);
    base = withOptional(base, theirs, parts) ?? widened(base, theirs, parts) ?? base;
  }
  return render(base);
}
function tokens(source) {
  return source.match(PLACEHOLDER_OR_CHAR) ?? [];
}
function withOptional(base, other, parts) {
  const kept = alignment(
    base.map((t) => t.text),
    other
  );
  if (!kept) return void 0;
  const fresh = base.map((t, i) => !kept[i] && t.part === void 0);
  const ids = runIds(fresh, parts);
  const split = /* @__PURE__ */ new Map();
  const next = base.map((t, i) => {
    if (fresh[i]) return { text: t.text, part: ids[i] };
    if (t.part === void 0 || kept[i]) return t;
    const key = String(t.part);
    if (!split.has(key)) split.set(key, parts.next += 1);
    return { text: t.text, part: split.get(key) };
  });
  return runsHoldValues(next) ? next : void 0;
}
function runIds(marked, parts) {
  return marked.map((m, i) => {
    if (m && (i === 0 || !marked[i - 1])) parts.next += 1;
    return parts.next;
  });
}
function widened(base, other, parts) {
  const kept = alignment(
    other,
    base.map((t) => t.text)
  );
  if (!kept) return void 0;
  const ids = runIds(
    kept.map((k) => !k),
    parts
  );
  const next = other.map((text4, i) => kept[i] ? { text: text4 } : { text: text4, part: ids[i] });
  return runsHoldValues(next) ? next : void 0;
}
function alignment(longer, shorter) {
  const n = longer.length;
  const m = shorter.length;
  if (m >= n || n * m > 25e4) return void 0;
  const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j2 = m - 1; j2 >= 0; j2 -= 1) {
      lcs[i][j2] = longer[i] === shorter[j2] ? lcs[i + 1][j2 + 1] + 1 : Math.max(lcs[i + 1][j2], lcs[i][j2 + 1]);
    }
  }
  if (lcs[0][0] !== m) return void 0;
  const kept = new Array(n).fill(false);
  let j = 0;
  for (let i = 0; i < n && j < m; i += 1) {
    if (longer[i] === shorter[j] && lcs[i][j] === lcs[i + 1][j + 1] + 1) {
      kept[i] = true;
      j += 1;
    }
  }
  return shiftGapsLeft(longer, kept);
}
function shiftGapsLeft(tokens2, kept) {
  let i = tokens2.length - 1;
  while (i >= 0) {
    if (kept[i]) {
      i -= 1;
      continue;
    }
    let end = i;
    let start = i;
    while (start > 0 && !kept[start - 1]) start -= 1;
    while (start > 0 && tokens2[start - 1] === tokens2[end]) {
      kept[start - 1] = false;
      kept[end] = true;
      start -= 1;
      end -= 1;
    }
    i = start - 1;
  }
  return kept;
}
function runsHoldValues(base) {
  const runs = /* @__PURE__ */ new Map();
  for (const token of base) {
    if (token.part !== void 0) runs.set(token.part, (runs.get(token.part) ?? "") + token.text);
  }
  return [...runs.values()].every(
    (run) => /\{[a-z]+\}/.test(run) && !run.includes("{title}") && !run.includes("\n")
  );
}
function render(base) {
  let out = "";
  let open;
  for (const token of base) {
    if (token.part !== open) {
      if (open !== void 0) out += "]}";
      if (token.part !== void 0) out += "{[";
      open = token.part;
    }
    out += token.text;
  }
  return open !== void 0 ? `${out}]}` : out;
}
function withOptionalNotes(source) {
  const at = source.indexOf("{notes}");
  if (at === -1 || isInOptionalPart(source, at)) return source;
  const end = at + "{notes}".length;
  const before = /[^\p{L}\p{N}{}|\n]*$/u.exec(source.slice(0, at))[0];
  const after = /^[^\p{L}\p{N}{}|\s]*/u.exec(source.slice(end))[0];
  const part = `{[${before}{notes}${after}]}`;
  return source.slice(0, at - before.length) + part + source.slice(end + after.length);
}
function isInOptionalPart(source, at) {
  const head = source.slice(0, at);
  return head.lastIndexOf("{[") > head.lastIndexOf("]}");
}

// src/infer/learn-columns.ts
var HINTS = [
  [/venue|conference|conf\b|journal|publication|published|proceedings/, "venue"],
  [/author/, "authors"],
  [/^(?:year|date|time)$/, "year"],
  [/^(?:name|method|model|short name|abbreviation|acronym|alias)$/, "abbreviation"]
];
var EMPTY_MARKER = /^(?:-+|—|–|n\/?a|none|x|✗|:[a-z_]+:|\/)$/i;
function learnColumns(rows) {
  const cells = /* @__PURE__ */ new Map();
  const names = /* @__PURE__ */ new Map();
  const linkItems = /* @__PURE__ */ new Map();
  for (const row of rows) {
    const head = row.head;
    if (!head) continue;
    splitCells(row.lines[0]).forEach((cell, i) => {
      const name = head.cells[i];
      if (name === void 0) return;
      const key = columnKey(name);
      names.set(key, name.replace(/[*_`]/g, "").trim());
      const skeleton = cellSkeleton(cell);
      const counts = cells.get(key) ?? /* @__PURE__ */ new Map();
      counts.set(skeleton.source, (counts.get(skeleton.source) ?? 0) + 1);
      cells.set(key, counts);
      if (skeleton.linkItem)
        linkItems.set(skeleton.linkItem, (linkItems.get(skeleton.linkItem) ?? 0) + 1);
    });
  }
  const counted = new Map(
    [...cells].map(([key, counts]) => [
      key,
      [...counts].map(([source, n]) => ({ source, count: n })).sort((a, b) => b.count - a.count)
    ])
  );
  const merged = withOneTitle(new Map([...counted].map(([key, c]) => [key, columnValue(c)])));
  const columns = {};
  for (const [key, value] of merged) {
    columns[names.get(key)] = hinted(key, withMarker(value, counted.get(key)));
  }
  return { columns, linkItems };
}
function columnValue(counted) {
  const valued = counted.filter((c) => /\{[a-z]+\}/.test(c.source));
  const words = counted.filter(
    (c) => !/\{[a-z]+\}/.test(c.source) && !EMPTY_MARKER.test(c.source.trim())
  );
  if (valued.length === 0 && words.length >= 3) valued.push({ source: "{notes}", count: 1 });
  return mergeSkeletons(valued.length > 0 ? valued : counted);
}
function withMarker(value, counted) {
  if (!/\{[a-z]+\}/.test(value) || value.includes("{[") || value.includes("{title}")) return value;
  const marker = counted.find((c) => EMPTY_MARKER.test(c.source.trim()) && c.count >= 2);
  if (marker && !/[{}\n]/.test(marker.source)) return `{[${value}]|${marker.source.trim()}}`;
  return counted.some((c) => c.source.trim() === "") ? `{[${value}]}` : value;
}
function hinted(key, template) {
  const named = /author/.test(key) ? template : template.replace("{authors}", "{notes}");
  for (const [pattern, name] of HINTS) {
    if (pattern.test(key)) return named.replace("{notes}", `{${name}}`);
  }
  return named;
}
function withOneTitle(columns) {
  const titled = [...columns.keys()].filter((key) => columns.get(key).includes("{title}"));
  if (titled.length <= 1) return new Map(columns);
  const best = titled.find((k) => /title/.test(k)) ?? titled.find((k) => /paper|name/.test(k)) ?? titled[0];
  return new Map(
    [...columns].map(([key, cell]) => [
      key,
      key === best ? cell : cell.replace("{title}", "{notes}")
    ])
  );
}
function headOf(tables, index2) {
  let found2;
  for (const table of tables) if (table.firstEntry <= index2) found2 = table;
  return found2;
}

// src/infer/collect-entries.ts
var ANY_ITEM = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
var ANY_ROW = /^[ \t]*\|/;
var ANY_PARAGRAPH = /^(?:\*\*|__)\S/;
var STARTS = {
  list: ANY_ITEM,
  table: ANY_ROW,
  paragraph: ANY_PARAGRAPH
};
var ANCHOR_ONLY = /^(?:[-*+]|\d{1,9}[.)])?[ \t]*(?:\[[^\]]*\]\(#[^)]*\)[ \t,|]*)+$/;
var NESTED_ITEM = /^([ \t]{2,})(?:[-*+]|\d{1,9}[.)])[ \t]+\S/;
function nestedItems(lines) {
  const own4 = lines[0].replace(/^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+/, "");
  if (own4.length > 60 || /\]\((?!#)/.test(own4) || lines.length < 2) return [];
  const items = [];
  let indent2 = Infinity;
  for (const line of lines.slice(1)) {
    const item = NESTED_ITEM.exec(line);
    if (item && item[1].length <= indent2) {
      indent2 = item[1].length;
      items.push([line.slice(indent2)]);
    } else if (items.length > 0 && line.trim() !== "") {
      items[items.length - 1].push(line.slice(Math.min(indent2, /^[ \t]*/.exec(line)[0].length)));
    }
  }
  return items.length >= 1 && items.every((i) => /\]\(|\*\*/.test(i[0])) ? items : [];
}
function collectEntries(files, shape, excludeSections, dateHeadings, headingLevel = 0, readFile) {
  const excluded = new Set(excludeSections.map(foldName));
  const isExcluded = (section) => excluded.has(section.heading ? foldName(displayHeading(section.heading.text)) : "");
  const start = shape === "heading" ? new RegExp(`^[ \\t]{0,3}#{${headingLevel}}[ \\t]+\\S`) : STARTS[shape];
  const startsEntry = (line) => start.test(line);
  const found2 = [];
  for (const file of files) {
    const read2 = readListFile(file.path, file.text, {
      startsEntry,
      dateHeadings,
      tableRows: shape === "table",
      ...shape === "heading" ? { headingEntries: headingLevel } : {}
    });
    readFile?.(read2, new Set(read2.sections.filter((s) => s.heading && !isExcluded(s))));
    for (const section of read2.sections) {
      if (isExcluded(section)) continue;
      section.entries.forEach((entry, index2) => {
        const lines = file.text.slice(entry.start, entry.end).split(/\r\n?|\n/);
        if (ANCHOR_ONLY.test(lines[0].trim())) return;
        const head = headOf(section.tables, index2);
        const nested = shape === "list" ? nestedItems(lines) : [];
        if (nested.length > 0) {
          for (const item of nested)
            found2.push({ path: file.path, section, lines: item, nested: true });
        } else found2.push({ path: file.path, section, lines, ...head ? { head } : {} });
      });
    }
  }
  return found2;
}

// src/list/paper-headings.ts
var PAPER_HEADINGS = 5;
function paperHeadingGroups(file, sections) {
  const byLevel = /* @__PURE__ */ new Map();
  for (const section of file.sections) {
    if (!section.heading || !sections.has(section)) continue;
    const level = byLevel.get(section.heading.level) ?? [];
    level.push(section);
    byLevel.set(section.heading.level, level);
  }
  const found2 = [];
  for (const [level, alike] of byLevel) {
    if (alike.length < PAPER_HEADINGS) continue;
    const size = mostCommon(alike.map((s) => s.entries.length));
    if (size < 2 || size > 6) continue;
    const sized = alike.filter((s) => s.entries.length === size).length;
    const repeated = alike.filter((s) => repeatsHeading(file, s)).length;
    if (sized >= alike.length * 0.8 && repeated >= alike.length * 0.8)
      found2.push({ level, sections: alike, size });
  }
  return found2;
}
function mostCommon(values) {
  const counts = /* @__PURE__ */ new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}
function repeatsHeading(file, section) {
  const entry = section.entries[0];
  if (!entry || !section.heading) return false;
  const words = (text4) => text4.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const heading = words(section.heading.text);
  return heading.length >= 4 && words(file.text.slice(entry.start, entry.end)).includes(heading);
}

// src/infer/learn-template.ts
var SAMPLE = 300;
function learnTemplate(files, options, dateHeadings) {
  const head = files.map(beginning);
  const collect = (shape) => sampled(collectEntries(head, shape, options.excludeSections, dateHeadings));
  let level;
  const lists = sampled(
    collectEntries(head, "list", options.excludeSections, dateHeadings, 0, (file, sections) => {
      level ??= paperHeadingGroups(file, sections)[0]?.level;
    })
  );
  if (level !== void 0) {
    const headed = sampled(
      collectEntries(head, "heading", options.excludeSections, dateHeadings, level)
    );
    return headingChoice(skeletons(headed, "heading"), headed, options, dateHeadings);
  }
  const text4 = head.map((f) => f.text).join("\n");
  const tables = count2(text4, /^[ \t]*\|?[ \t]*:?-{3,}/gm) > 0;
  const boldParagraphs = count2(text4, /(?:^|\n)[ \t]*\n(?:\*\*|__)\S/g);
  const listsOnly = !tables && boldParagraphs <= lists.length / 2 && lists.length >= 5;
  if (listsOnly && options.knownReadsAll?.(texts(lists))) return { sample: texts(lists) };
  const items = skeletons(lists, "list");
  const rows = tables ? collect("table") : [];
  const table = skeletons(rows, "table");
  const paragraphs = boldParagraphs > items.titled ? collect("paragraph") : [];
  const prose = skeletons(paragraphs, "paragraph");
  if (table.titled > Math.max(items.titled, prose.titled)) {
    return { ...tableChoice(files, rows, options, dateHeadings), sample: texts(rows) };
  }
  const [list3, candidates] = prose.titled > items.titled ? [prose, paragraphs] : [items, lists];
  if (list3.titled === 0) return { sample: texts(candidates) };
  const template = list3.indent + withOptionalNotes(mergeSkeletons(list3.counted));
  const links = linkFormat(list3.linkItems);
  const valid = !("error" in parseEntryTemplate(template, options.lineBreak, links));
  const summaries = text4.match(/<summary[^>]*>[^\n]*?<\/summary>/gi)?.length ?? 0;
  const groupBullets = list3 === items && (candidates.filter((c) => c.nested).length >= 5 || summaries >= 2);
  const choice = { template, links, dateHeadings, ...groupBullets ? { groupBullets } : {} };
  return { ...valid ? { choice } : {}, sample: texts(candidates) };
}
function headingChoice(learnt, candidates, options, dateHeadings) {
  const template = withOptionalNotes(mergeSkeletons(learnt.counted));
  const links = linkFormat(learnt.linkItems);
  const valid = learnt.titled > 0 && !("error" in parseEntryTemplate(template, options.lineBreak, links));
  return {
    ...valid ? { choice: { template, links, dateHeadings } } : {},
    sample: texts(candidates)
  };
}
function tableChoice(files, rows, options, dateHeadings) {
  const learnt = learnColumns(rows);
  const byColumn = new Map(Object.entries(learnt.columns).map(([n, c]) => [columnKey(n), c]));
  const template = tableHeads(files.map((f) => f.text)).map((head) => rowTemplateSource(head, byColumn)).find((source) => source !== void 0);
  if (template === void 0) return {};
  const links = linkFormat(learnt.linkItems);
  if ("error" in parseEntryTemplate(template, options.lineBreak, links)) return {};
  return { choice: { template, links, dateHeadings, columns: learnt.columns } };
}
var LEARNING_CHARS = 2e5;
function beginning(file) {
  if (file.text.length <= LEARNING_CHARS) return file;
  const cut = file.text.lastIndexOf("\n", LEARNING_CHARS);
  return { path: file.path, text: file.text.slice(0, cut === -1 ? LEARNING_CHARS : cut) };
}
function sampled(candidates) {
  if (candidates.length <= SAMPLE) return [...candidates];
  const step = candidates.length / SAMPLE;
  return Array.from({ length: SAMPLE }, (_, i) => candidates[Math.floor(i * step)]);
}
function texts(candidates) {
  return candidates.map((c) => c.lines.join("\n"));
}
function count2(text4, pattern) {
  return text4.match(pattern)?.length ?? 0;
}
function skeletons(candidates, shape) {
  const counts = /* @__PURE__ */ new Map();
  const linkItems = /* @__PURE__ */ new Map();
  const indents = /* @__PURE__ */ new Map();
  let titled = 0;
  for (const candidate of candidates) {
    const skeleton = shape === "table" ? rowSkeleton(candidate.lines[0]) : entrySkeleton(candidate.lines);
    if (!skeleton.source.includes("{title}")) continue;
    titled += 1;
    const indent3 = /^[ \t]*/.exec(skeleton.source)[0];
    add(indents, indent3);
    add(counts, skeleton.source.slice(indent3.length));
    if (skeleton.linkItem) add(linkItems, skeleton.linkItem);
  }
  const indent2 = [...indents].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
  return { titled, counted: countedSkeletons(counts), linkItems, indent: indent2 };
}
function add(counts, key) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
function countedSkeletons(counts) {
  const venues = [...counts.keys()].some((source) => source.includes("{venue}"));
  const merged = /* @__PURE__ */ new Map();
  for (const [source, n] of counts) {
    const key = venues && !source.includes("{venue}") ? source.replace("{year}", "{venue}") : source;
    merged.set(key, (merged.get(key) ?? 0) + n);
  }
  return [...merged].map(([source, n]) => ({ source, count: n })).sort((a, b) => b.count - a.count);
}
function linkFormat(items) {
  const top2 = [...items].sort((a, b) => b[1] - a[1])[0];
  return top2 ? { item: top2[0], separator: "" } : DEFAULT_LINK_FORMAT;
}

// src/infer/author-format.ts
var LAST_WORD = /(,?\s+and\s+|\s*&\s*)[^,&]*$/;
var LAST_COMMA = /(,\s+)[^,]*$/;
function authorFormat({ format, list: list3 }) {
  const lasts = /* @__PURE__ */ new Map();
  const separators = /* @__PURE__ */ new Map();
  for (const section of list3.sections) {
    for (const entry of sampledEntries(section.block.entries)) {
      const authors = format.reader.fields(
        section.file.text.slice(entry.start, entry.end)
      )?.authors;
      if (authors === void 0 || /et al/.test(authors)) continue;
      const last2 = LAST_WORD.exec(authors) ?? LAST_COMMA.exec(authors);
      if (!last2) continue;
      count3(lasts, last2[1].replace(/\s+/g, " "));
      const head = authors.slice(0, last2.index);
      if (head.includes(",")) count3(separators, ", ");
    }
  }
  const last = top(lasts) ?? DEFAULT_AUTHOR_FORMAT.last;
  return { separator: top(separators) ?? DEFAULT_AUTHOR_FORMAT.separator, last };
}
function count3(counts, key) {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
function top(counts) {
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

// src/infer/plain-venues.ts
function plainVenues({ format, list: list3 }) {
  const marker = templateVenueEmphasis(format.template);
  if (!marker) return [];
  const plain = /* @__PURE__ */ new Map();
  for (const section of list3.sections) {
    for (const entry of sampledEntries(section.block.entries)) {
      const text4 = section.file.text.slice(entry.start, entry.end);
      const venue = format.reader.fields(text4)?.venue;
      if (!venue) continue;
      const name = venueName(venue);
      const key = name.toLowerCase();
      const seen = plain.get(key) ?? { count: 0, wrapped: 0, name };
      if (text4.includes(`${marker}${venue}${marker}`)) seen.wrapped += 1;
      else seen.count += 1;
      plain.set(key, seen);
    }
  }
  return [...plain.values()].filter((v) => v.count >= 2 && v.count > v.wrapped).map((v) => v.name).sort();
}
function templateVenueEmphasis(template) {
  for (const parts of template.lines) {
    const atoms = parts.flatMap((p) => p.kind === "optional" ? p.parts : [p]);
    const marker = atoms.map((_, i) => venueEmphasis(atoms, i)).find((m) => m !== void 0);
    if (marker) return marker;
  }
  return void 0;
}

// src/infer/detect-order.ts
function detectOrder(keys, byMonth = false) {
  let newer = 0;
  let older = 0;
  let dated;
  for (const key of keys) {
    if (!key.date) continue;
    if (dated?.date) {
      const step = compareDates(key.date, dated.date, byMonth);
      if (step < 0) older += 1;
      if (step > 0) newer += 1;
    }
    dated = key;
  }
  if (older + newer >= 3) {
    if (older >= 2 * newer) return "newest-first";
    if (newer >= 2 * older) return "oldest-first";
  }
  const titles = keys.flatMap((k) => k.title === void 0 ? [] : [k.title]);
  let ascending = 0;
  let descending = 0;
  for (let i = 1; i < titles.length; i += 1) {
    const step = compareTitles(titles[i - 1], titles[i]);
    if (step < 0) ascending += 1;
    if (step > 0) descending += 1;
  }
  if (ascending >= 4 && descending === 0 && older + newer > 0) return "title";
  if (Math.min(older, newer) < 2) return void 0;
  return "none";
}

// src/infer/section-orders.ts
function sectionOrders({ format, list: list3 }) {
  const sections = list3.sections.map((section) => {
    const { file, block } = section;
    const keys = sampledEntries(block.entries).map((entry) => {
      const text4 = file.text.slice(entry.start, entry.end);
      const date2 = format.reader.date(text4);
      const title = format.reader.title(text4);
      return { ...date2 ? { date: date2 } : {}, ...title !== void 0 ? { title } : {} };
    });
    return {
      name: section.name,
      size: block.entries.length,
      runs: splitRuns(
        keys,
        block.groups.map((g) => g.firstEntry)
      )
    };
  });
  const byMonth = ordersByMonth(sections.flatMap((s) => s.runs));
  const found2 = /* @__PURE__ */ new Map();
  const weight = /* @__PURE__ */ new Map();
  for (const section of sections) {
    const order2 = agreedOrder(section.runs.map((run) => detectOrder(run, byMonth)));
    if (!order2) continue;
    found2.set(section.name, order2);
    weight.set(order2, (weight.get(order2) ?? 0) + section.size);
  }
  const order = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "newest-first";
  const differing = {};
  for (const [name, own4] of found2) if (own4 !== order) differing[name] = own4;
  return { order, sectionOrders: differing, byMonth };
}
function ordersByMonth(runs) {
  const years = steps(runs, false);
  const months = steps(runs, true);
  const within = way({ up: months.up - years.up, down: months.down - years.down });
  const across = way(years);
  return within !== 0 && (across === 0 || across === within);
}
function way({ up, down }) {
  const pairs = up + down;
  if (pairs < 5 || Math.max(up, down) < pairs * 0.7) return 0;
  return up > down ? 1 : -1;
}
function orderEvidence({ format, list: list3 }) {
  const runs = list3.sections.flatMap((section) => {
    const { file, block } = section;
    const keys = sampledEntries(block.entries).map((entry) => {
      const date2 = format.reader.date(file.text.slice(entry.start, entry.end));
      return date2 ? { date: date2 } : {};
    });
    return splitRuns(
      keys,
      block.groups.map((g) => g.firstEntry)
    );
  });
  const { up, down } = steps(runs, true);
  return { consistency: up + down === 0 ? 0 : Math.max(up, down) / (up + down), steps: up + down };
}
function steps(runs, byMonth) {
  let up = 0;
  let down = 0;
  for (const run of runs) {
    const dates = run.flatMap((k) => k.date ? [k.date] : []);
    for (let i = 1; i < dates.length; i += 1) {
      const step = compareDates(dates[i], dates[i - 1], byMonth);
      if (step > 0) up += 1;
      if (step < 0) down += 1;
    }
  }
  return { up, down };
}
function splitRuns(keys, starts) {
  const bounds = [0, ...starts.filter((s) => s > 0), keys.length];
  const split = [];
  for (let i = 1; i < bounds.length; i += 1) {
    const run = keys.slice(bounds[i - 1], bounds[i]);
    if (run.length > 0) split.push(run);
  }
  return split;
}
function agreedOrder(orders) {
  const known = orders.filter((o) => o !== void 0);
  if (known.length === 0) return void 0;
  return known.every((o) => o === known[0]) ? known[0] : "none";
}

// src/infer/infer-list-format.ts
var RELATIVE_LINK = /^[ \t]*(?:[-*+|]|\d{1,9}[.)]).*\]\(\.\/[\w.-]+(?:\/[\w.-]+)*(?:#[\w.-]+)?\)/m;
function inferListFormat(files, options) {
  return inferList(files, options).inferred;
}
function inferList(files, given) {
  const options = { ...given, matches: given.matches ?? /* @__PURE__ */ new Map() };
  const dateHeadings = hasDateHeadings(files, 2);
  const home = {
    template: DEFAULT_TEMPLATE,
    links: DEFAULT_LINK_FORMAT,
    dateHeadings
  };
  const homeReader = formatOf(files, home, options).reader;
  const knownReadsAll = (sample) => sample.every((text4) => homeReader.fields(text4) !== void 0);
  const learnt = learnTemplate(files, { ...options, knownReadsAll }, dateHeadings);
  const better = learnt.choice && score(files, learnt.choice, learnt.sample, options) > score(files, home, learnt.sample, options);
  const chosen = better && learnt.choice ? learnt.choice : home;
  const byVenue = readWith(files, chosen, options);
  const byArxiv = { format: formatOf(files, chosen, options, true), list: byVenue.list };
  const datesFromArxiv = ordersByArxiv(byVenue, byArxiv);
  const read2 = datesFromArxiv ? byArxiv : byVenue;
  const inferred = {
    ...chosen,
    ...sectionOrders(read2),
    datesFromArxiv,
    groupBullets: chosen.groupBullets ?? false,
    relativeLinks: files.some((f) => hasRelativeLink(f.text)),
    authors: authorFormat(read2),
    venuesWithoutYear: venuesWithoutYear(read2),
    plainVenues: plainVenues(read2)
  };
  return { inferred, list: read2.list };
}
function hasRelativeLink(text4) {
  return text4.includes("](./") && RELATIVE_LINK.test(text4);
}
var HEADING_AT = /[ \t]{0,3}#{1,6}[ \t]+([^\r\n]*)/y;
function hasDateHeadings(files, enough) {
  let count5 = 0;
  for (const { text: text4 } of files) {
    for (let at = text4.indexOf("#"); at !== -1; at = text4.indexOf("#", at + 1)) {
      let start = at;
      while (start > 0 && at - start < 3 && (text4[start - 1] === " " || text4[start - 1] === "	"))
        start -= 1;
      if (start > 0 && text4[start - 1] !== "\n" && text4[start - 1] !== "\r") continue;
      HEADING_AT.lastIndex = start;
      const match = HEADING_AT.exec(text4);
      if (match && headingDate(match[1].replace(/[ \t]+#*[ \t]*$/, ""))) count5 += 1;
      if (count5 >= enough) return true;
    }
  }
  return false;
}
function venuesWithoutYear({ format, list: list3 }) {
  let without = 0;
  let venues = 0;
  for (const section of list3.sections) {
    for (const entry of sampledEntries(section.block.entries)) {
      const venue = format.reader.fields(section.file.text.slice(entry.start, entry.end))?.venue;
      if (venue === void 0) continue;
      venues += 1;
      if (!parseVenueDate(venue)) without += 1;
    }
  }
  return without >= Math.max(2, venues * 0.05);
}
function ordersByArxiv(byVenue, byArxiv) {
  const venue = orderEvidence(byVenue);
  const arxiv = orderEvidence(byArxiv);
  return arxiv.steps >= 10 && arxiv.consistency >= venue.consistency + 0.05;
}
function readWith(files, choice, options) {
  const format = formatOf(files, choice, options);
  return { format, list: readPaperList(files, format) };
}
function score(files, choice, sample, options) {
  const { reader } = formatOf(files, choice, options);
  let matched = 0;
  for (const text4 of sample) {
    if (reader.fields(text4)) matched += 2;
    else if (reader.title(text4) !== void 0) matched += 1;
  }
  return matched;
}
function formatOf(files, choice, options, datesFromArxiv = false) {
  return listFormatOf({
    datesFromArxiv,
    template: choice.template,
    lineBreak: options.lineBreak,
    links: choice.links,
    dateHeadings: choice.dateHeadings,
    groupBullets: choice.groupBullets ?? false,
    order: "newest-first",
    sectionOrders: {},
    excludeSections: options.excludeSections,
    ...options.matches ? { matches: options.matches } : {},
    ...choice.columns ? { columns: choice.columns, heads: headsOf(files) } : {}
  });
}
var heads = /* @__PURE__ */ new WeakMap();
function headsOf(files) {
  const known = heads.get(files);
  if (known) return known;
  const found2 = tableHeads(files.map((f) => f.text));
  heads.set(files, found2);
  return found2;
}

// src/infer/resolve-format.ts
function resolveList(config2, files) {
  const excludeSections = config2["exclude-sections"];
  const lineBreak = config2["line-break"];
  const configured = config2["link-format"];
  const links = configured ? { item: configured, separator: config2["link-separator"] ?? "" } : DEFAULT_LINK_FORMAT;
  const authors = authorsOf(config2);
  const heads2 = () => tableHeads(files.map((f) => f.text));
  if (config2.template !== void 0) {
    const format2 = configuredFormat(config2, config2.template, { links, authors: authors(), heads: heads2 });
    return { format: format2, list: readPaperList(files, format2) };
  }
  const matches = /* @__PURE__ */ new Map();
  const { inferred, list: list3 } = inferList(files, { excludeSections, lineBreak, matches });
  const format = listFormatOf({
    template: inferred.template,
    lineBreak,
    links: configured ? links : inferred.links,
    authors: authors(inferred.authors),
    dateHeadings: config2["date-headings"] ?? inferred.dateHeadings,
    order: config2.order ?? inferred.order,
    sectionOrders: { ...inferred.sectionOrders, ...config2["section-order"] },
    excludeSections,
    relativeLinks: config2["relative-links"] ?? inferred.relativeLinks,
    byMonth: config2["order-by-month"] ?? inferred.byMonth,
    venuesWithoutYear: config2["venues-without-year"] ?? inferred.venuesWithoutYear,
    datesFromArxiv: config2["dates-from-arxiv"] ?? inferred.datesFromArxiv,
    groupBullets: config2["group-bullets"] ?? inferred.groupBullets,
    plainVenues: config2["plain-venues"] ?? inferred.plainVenues,
    matches,
    ...inferred.columns ? { columns: inferred.columns, heads: heads2() } : {}
  });
  const same = format.dateHeadings === inferred.dateHeadings && format.groupBullets === inferred.groupBullets;
  return { format, list: same ? list3 : readPaperList(files, format) };
}
function authorsOf(config2) {
  const separator = config2["author-separator"];
  const last = config2["last-author-separator"];
  return (inferred) => ({
    separator: separator ?? inferred?.separator ?? DEFAULT_AUTHOR_FORMAT.separator,
    last: last ?? separator ?? inferred?.last ?? DEFAULT_AUTHOR_FORMAT.last
  });
}
function configuredFormat(config2, template, given) {
  const columns = config2.columns;
  return listFormatOf({
    template,
    lineBreak: config2["line-break"],
    links: given.links,
    authors: given.authors,
    dateHeadings: config2["date-headings"] ?? false,
    order: config2.order ?? "newest-first",
    sectionOrders: config2["section-order"],
    excludeSections: config2["exclude-sections"],
    relativeLinks: config2["relative-links"] ?? false,
    byMonth: config2["order-by-month"] ?? false,
    venuesWithoutYear: config2["venues-without-year"] ?? false,
    datesFromArxiv: config2["dates-from-arxiv"] ?? false,
    groupBullets: config2["group-bullets"] ?? false,
    plainVenues: config2["plain-venues"] ?? [],
    ...columns ? { columns, heads: given.heads() } : {}
  });
}

// src/cli/workspace.ts
function loadWorkspace(cwd, options) {
  const dir = path2.resolve(cwd, options.dir ?? ".");
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(`--dir ${dir} is not a folder`);
  const config2 = readConfig(cwd, dir, options.config);
  const files = config2.files.map((file) => ({ path: file, text: readText(dir, file) }));
  const { format, list: list3 } = resolveList(config2, files);
  let form;
  const readForm = () => {
    if (form) return form;
    const templatePath = path2.join(dir, config2["form-template"]);
    form = chooseIssueForm(
      existsSync(templatePath) ? { path: config2["form-template"], text: readFileSync(templatePath, "utf8") } : void 0
    );
    return form;
  };
  return {
    dir,
    config: config2,
    format,
    list: list3,
    get form() {
      return readForm();
    },
    get warnings() {
      const warning = readForm().warning;
      return warning ? [warning] : [];
    }
  };
}
function readConfig(cwd, dir, option) {
  const file = option !== void 0 ? path2.resolve(cwd, option) : path2.join(dir, ".github/paper-list.yml");
  if (!existsSync(file)) {
    if (option !== void 0) throw new UsageError(`--config ${option}: no such file`);
    return defaultConfig();
  }
  const parsed = parseConfig(readFileSync(file, "utf8"), path2.relative(cwd, file) || file);
  if (!parsed.ok) throw new UsageError(parsed.errors.join("\n"));
  return parsed.config;
}
function readText(dir, file) {
  const full = path2.join(dir, file);
  if (!existsSync(full)) {
    throw new UsageError(
      `${file} not found in ${dir}: run in the list's folder, pass --dir, or set "files" in the configuration`
    );
  }
  const bytes = readFileSync(full);
  if (!isUtf8(bytes)) {
    throw new UsageError(`${file} is not valid UTF-8; paper-list-bot only edits UTF-8 files`);
  }
  return bytes.toString("utf8");
}
function writeTextAtomically(dir, file, text4) {
  const full = path2.join(dir, file);
  const temporary = `${full}.paper-list-bot-${process.pid}.tmp`;
  writeFileSync(temporary, text4, "utf8");
  renameSync(temporary, full);
}

// src/cli/run-add.ts
async function runAdd(options, io) {
  const body = options.issueBody === "-" ? await io.readStdin() : readBody2(io.cwd, options.issueBody);
  const workspace = loadWorkspace(io.cwd, options);
  for (const warning of workspace.warnings) io.err(`warning: ${warning}`);
  const { list: list3, format, form } = workspace;
  const filled = await autofillSubmission({
    parsed: readIssue(body, form).parsed,
    form: form.fields,
    mode: workspace.config.autofill,
    list: list3,
    format,
    access: options.metadata
  });
  const report2 = filled.fetched?.report;
  if (filled.fetched) {
    const { attempts, requests } = filled.fetched.metadata;
    io.err(`autofill: ${describeAutofillRun(attempts, requests, filled.fetched.report)}`);
  }
  const plan = planAddition({
    body,
    form: form.fields,
    parsed: filled.parsed,
    list: list3,
    format,
    ...report2 ? { autofill: report2 } : {}
  });
  switch (plan.kind) {
    case "invalid":
      for (const problem of plan.problems) io.err(`${problem.label}: ${problem.message}`);
      return EXIT.invalid;
    case "duplicate":
      for (const where of plan.where) {
        io.out(
          `duplicate: "${plan.paper.title}" is already in ${where.sectionName} (${where.file.path}, line ${where.entry.line}), matched by ${where.reason}`
        );
      }
      return EXIT.duplicate;
    case "insert":
      writeTextAtomically(workspace.dir, plan.file.path, plan.text);
      printInsert(plan, io);
      return EXIT.ok;
  }
}
function printInsert(plan, io) {
  io.out(
    `added: "${plan.paper.title}" to ${plan.section.name} (${plan.file.path}, line ${plan.line}), ${plan.placement}`
  );
  printAutofill(plan.autofill, io);
  for (const other of plan.alsoListed) {
    io.out(
      `note: also listed in ${other.sectionName} (${other.file.path}, line ${other.entry.line})`
    );
  }
  for (const shared of plan.sharedLinks) {
    io.out(
      `note: shares ${shared.url} with "${shared.location.title}" in ${shared.location.sectionName} (${shared.location.file.path}, line ${shared.location.entry.line})`
    );
  }
}
function printAutofill(report2, io) {
  const oneLine = (text4) => text4.split("\n").join(", ");
  for (const f of report2?.filled ?? []) {
    io.out(`filled: ${f.label}: ${oneLine(f.value)} (from ${f.url})`);
  }
  for (const d of report2?.differences ?? []) {
    io.out(
      `differs: ${d.label}: kept "${oneLine(d.given)}"; ${d.url} says "${oneLine(d.fetched)}"`
    );
  }
  for (const note of report2?.notes ?? []) io.out(`note: ${note}`);
}
function readBody2(cwd, file) {
  try {
    return readFileSync2(path3.resolve(cwd, file), "utf8");
  } catch {
    throw new UsageError(`--issue-body ${file}: cannot read the file`);
  }
}

// src/list/lint-list.ts
var BROKEN_LINK = /\[\[[^\]\n]*\)\]|\[\[[^\]\n]*\](?!\()(?!\])/g;
var LINK_TARGET = /\]\(\s*<?([^\s)>]*)/g;
function lintList(file, reader, options = {}) {
  return file.sections.flatMap(
    (section) => section.entries.flatMap((entry) => lintEntry(file, entry, reader, options))
  );
}
function lintEntry(file, entry, reader, options = {}) {
  const findings = [];
  const text4 = file.text.slice(entry.start, entry.end);
  const report2 = (offset, message) => {
    findings.push({ path: file.path, line: entry.line + countLines(text4, offset), message });
  };
  const title = reader.title(text4);
  if (title === void 0) report2(0, "no title can be read from the first line");
  if ((options.dated ?? true) && !reader.date(text4)) {
    report2(0, `no year can be read from the venue${title ? ` of "${shorten(title)}"` : ""}`);
  }
  for (const match of text4.matchAll(LINK_TARGET)) {
    const url = match[1];
    const fine = /^(?:https?:\/\/[^/]|mailto:)/i.test(url);
    if (!fine && !(options.relativeLinks && isRelativeLink(url))) {
      report2(match.index, `link target "${shorten(url)}" is not an absolute http(s) URL`);
    }
  }
  for (const match of text4.matchAll(BROKEN_LINK)) {
    report2(match.index, `broken link "${shorten(match[0])}": write it as [[Label](https://...)]`);
  }
  return findings;
}
function countLines(text4, offset) {
  let lines = 0;
  for (let i = text4.indexOf("\n"); i !== -1 && i < offset; i = text4.indexOf("\n", i + 1))
    lines += 1;
  return lines;
}

// src/list/unread-items.ts
var TABLE_DELIMITER2 = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?[ \t]*$/;
var ANCHOR_ONLY2 = /^[ \t]*(?:[-*+]|\d{1,9}[.)])?[ \t]*(?:\[[^\]]*\]\(#[^)]*\)[ \t,|]*)+$/;
function unreadItems(file, sections) {
  return [...paperHeadings(file, sections), ...unreadLines(file, sections)].sort(
    (a, b) => a.line - b.line
  );
}
function paperHeadings(file, sections) {
  return paperHeadingGroups(file, sections).map(({ level, sections: alike, size }) => {
    const first2 = alike[0].heading;
    return {
      path: file.path,
      line: first2.line,
      message: `${alike.length} headings of level ${level}, such as "${shorten(first2.text)}", stand for one paper each, with ${size} lines under each: entries that are headings are not read yet, and a paper would be added as a line under one of them`
    };
  });
}
function unreadLines(file, sections) {
  const found2 = [];
  const heads2 = new Set(
    file.sections.flatMap((s) => [
      ...s.tables.flatMap((t) => [t.line, t.line + 1]),
      ...s.heading ? [s.heading.line] : []
    ])
  );
  for (const section of file.sections) {
    if (!sections.has(section)) continue;
    for (const { line, content: content3 } of section.strays) {
      if (ANCHOR_ONLY2.test(content3) || heads2.has(line)) continue;
      if (TABLE_DELIMITER2.test(content3)) {
        if (found2[found2.length - 1]?.line === line - 1) found2.pop();
        continue;
      }
      found2.push({
        path: file.path,
        line,
        message: `"${shorten(content3.trim())}" is not read as an entry`
      });
    }
  }
  return found2;
}

// src/cli/fix-form.ts
import { readFileSync as readFileSync3 } from "node:fs";
import path4 from "node:path";
function fixForm(workspace, io) {
  const file = workspace.form.path;
  if (!file) {
    io.err("warning: --fix-form: the list has no issue form of its own to fix");
    return workspace.form;
  }
  const text4 = readFileSync3(path4.join(workspace.dir, file), "utf8");
  const { list: list3 } = workspace;
  const synced = syncSectionOptions(
    text4,
    list3.sections.map((section) => section.name),
    (option) => findSection(list3, option)?.name
  );
  if (!synced.ok) {
    io.err(`warning: ${file}: ${synced.error}; not changed`);
    return workspace.form;
  }
  const { added, removed } = synced.edit;
  if (added.length === 0 && removed.length === 0) return workspace.form;
  writeTextAtomically(workspace.dir, file, synced.edit.text);
  const quoted = (names) => names.map((n) => `"${n}"`).join(", ");
  io.out(
    `fixed: ${file}: Section options ${[
      ...added.length > 0 ? [`added ${quoted(added)}`] : [],
      ...removed.length > 0 ? [`removed ${quoted(removed)}`] : []
    ].join("; ")}`
  );
  return chooseIssueForm({ path: file, text: synced.edit.text });
}

// src/cli/run-check.ts
var NO_ENTRIES = 'its entries are written in a way the bot does not recognise; run `paper-list-bot init` to see what it reads, or set "template" in the configuration';
function runCheck(options, io) {
  const loaded = loadWorkspace(io.cwd, options);
  for (const warning of loaded.warnings) io.err(`warning: ${warning}`);
  const workspace = options.fixForm ? { ...loaded, form: fixForm(loaded, io) } : loaded;
  let findings = 0;
  let entries = 0;
  for (const file of workspace.list.files) {
    const own4 = file.sections.reduce((n, s) => n + s.entries.length, 0);
    entries += own4;
    if (own4 === 0) {
      findings += 1;
      io.out(`${file.path}: no entries can be read: ${NO_ENTRIES}`);
    }
    const offered = new Set(
      workspace.list.sections.filter((s) => s.file === file).map((s) => s.block)
    );
    const lint = { ...file, sections: file.sections.filter((s) => offered.has(s)) };
    const problems = [
      ...lintList(lint, workspace.format.reader, workspace.format),
      ...unreadItems(file, offered)
    ].sort((a, b) => a.line - b.line);
    for (const finding of problems) {
      findings += 1;
      io.out(`${finding.path}:${finding.line}: ${finding.message}`);
    }
  }
  const sectionOptions2 = workspace.form.fields.find((f) => f.id === "section")?.options ?? [];
  if (workspace.form.path) {
    for (const option of sectionOptions2.filter((o) => !findSection(workspace.list, o))) {
      findings += 1;
      io.out(`${workspace.form.path}: Section option "${option}" is not a section of the list`);
    }
    for (const section of workspace.list.sections.filter(
      (s) => !sectionOptions2.some((o) => findSection(workspace.list, o) === s)
    )) {
      findings += 1;
      io.out(
        `${workspace.form.path}: the list's section "${section.name}" is missing from the Section options`
      );
    }
  }
  io.out(`sections: ${workspace.list.sections.map((s) => s.name).join(", ")}`);
  const sections = workspace.list.sections.length;
  const summary = `${entries} entries in ${sections} sections of ${workspace.list.files.length} file(s)`;
  if (findings === 0) {
    io.out(`ok: ${summary}, no problems`);
    return EXIT.ok;
  }
  io.out(`${findings} problem(s) in ${summary}`);
  return EXIT.invalid;
}

// src/cli/run-init.ts
import { isUtf8 as isUtf82 } from "node:buffer";
import { existsSync as existsSync2, mkdirSync, readdirSync, readFileSync as readFileSync4, statSync as statSync2 } from "node:fs";
import path5 from "node:path";

// src/infer/plan-init.ts
var import_yaml5 = __toESM(require_dist(), 1);
function planInit(files, options) {
  const first2 = read(files, options);
  const kept = files.filter((f) => recognisedIn(first2, f.path) > 0);
  if (kept.length === 0) return void 0;
  const chosen = kept.length === files.length ? first2 : read(kept, options);
  const { inferred, format, list: list3 } = chosen;
  const used = fieldsShown(list3, format);
  return {
    files: kept.map((f) => f.path),
    config: configText(kept, inferred),
    form: tailorForm(
      used,
      list3.sections.map((s) => s.name),
      listExamples(list3, format)
    ),
    sections: list3.sections.map((s) => ({
      name: s.name,
      path: s.file.path,
      entries: s.block.entries.length,
      order: orderOf(format, s.name)
    })),
    recognised: kept.reduce((n, f) => n + recognisedIn(chosen, f.path), 0),
    unread: unread(list3, format)
  };
}
function read(files, options) {
  const inferred = inferListFormat(files, options);
  const format = formatOf2(files, inferred, options);
  return { inferred, format, list: readPaperList(files, format) };
}
function formatOf2(files, inferred, options) {
  return listFormatOf({
    ...inferred,
    lineBreak: options.lineBreak,
    excludeSections: options.excludeSections,
    ...inferred.columns ? { heads: tableHeads(files.map((f) => f.text)) } : {}
  });
}
function recognisedIn({ list: list3, format }, path6) {
  let count5 = 0;
  for (const section of list3.sections) {
    if (section.file.path !== path6) continue;
    for (const entry of section.block.entries) {
      const text4 = section.file.text.slice(entry.start, entry.end);
      if (format.reader.title(text4) !== void 0) count5 += 1;
    }
  }
  return count5;
}
function unread(list3, format) {
  return list3.files.flatMap((file) => {
    const offered = new Set(list3.sections.filter((s) => s.file === file).map((s) => s.block));
    const untitled = [...offered].flatMap(
      (section) => section.entries.filter((e) => format.reader.title(file.text.slice(e.start, e.end)) === void 0).map((e) => ({
        path: file.path,
        line: e.line,
        message: "the entry's title cannot be read"
      }))
    );
    return [...unreadItems(file, offered), ...untitled].sort((a, b) => a.line - b.line);
  });
}
function configText(files, inferred) {
  const config2 = {
    files: files.map((f) => f.path),
    template: inferred.template,
    ...inferred.columns ? { columns: inferred.columns } : {},
    ...inferred.links.item !== " [[{label}]({url})]" || inferred.links.separator !== "" ? { "link-format": inferred.links.item, "link-separator": inferred.links.separator } : {},
    ...inferred.authors.separator !== DEFAULT_AUTHOR_FORMAT.separator ? { "author-separator": inferred.authors.separator } : {},
    ...inferred.authors.last !== DEFAULT_AUTHOR_FORMAT.last ? { "last-author-separator": inferred.authors.last } : {},
    ...inferred.dateHeadings ? { "date-headings": true } : {},
    order: inferred.order,
    ...Object.keys(inferred.sectionOrders).length > 0 ? { "section-order": inferred.sectionOrders } : {},
    ...inferred.byMonth ? { "order-by-month": true } : {},
    ...inferred.relativeLinks ? { "relative-links": true } : {},
    ...inferred.venuesWithoutYear ? { "venues-without-year": true } : {},
    ...inferred.plainVenues.length > 0 ? { "plain-venues": [...inferred.plainVenues] } : {},
    ...inferred.datesFromArxiv ? { "dates-from-arxiv": true } : {},
    ...inferred.groupBullets ? { "group-bullets": true } : {}
  };
  const header = [
    "# How paper-list-bot reads and writes this list, learnt from the list by `paper-list-bot init`.",
    "# Correct anything it got wrong; the README explains each key."
  ].join("\n");
  return `${header}
${(0, import_yaml5.stringify)(config2, { lineWidth: 0 })}`;
}

// src/cli/run-init.ts
var CONFIG_PATH = ".github/paper-list.yml";
var FORM_PATH = ".github/ISSUE_TEMPLATE/new-paper.yml";
var NOT_LISTS = /^(?:changelog|contributing|code_of_conduct|license|security|support|history)\.md$/i;
function runInit(options, io) {
  const dir = path5.resolve(io.cwd, options.dir ?? ".");
  if (!existsSync2(dir) || !statSync2(dir).isDirectory())
    throw new UsageError(`--dir ${dir} is not a folder`);
  const files = listFiles(dir);
  if (files.length === 0) throw new UsageError(`no Markdown file in ${dir}`);
  const config2 = defaultConfig();
  const plan = planInit(files, {
    excludeSections: config2["exclude-sections"],
    lineBreak: config2["line-break"]
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
  return readdirSync(dir).filter((name) => name.toLowerCase().endsWith(".md") && !NOT_LISTS.test(name)).filter((name) => statSync2(path5.join(dir, name)).isFile()).sort().flatMap((name) => {
    const bytes = readFileSync4(path5.join(dir, name));
    return isUtf82(bytes) ? [{ path: name, text: bytes.toString("utf8") }] : [];
  });
}
function report(plan, io) {
  for (const section of plan.sections) {
    io.out(`${section.path}: ${section.name}: ${section.entries} entries, ${section.order}`);
  }
  for (const item of plan.unread) io.out(`${item.path}:${item.line}: ${item.message}`);
  const unread2 = plan.unread.length;
  io.out(
    `recognised ${plan.recognised} entries in ${plan.sections.length} sections of ${plan.files.join(", ")}${unread2 > 0 ? `; ${unread2} item(s) not read` : ""}`
  );
}
function write(dir, file, text4, force, io) {
  const full = path5.join(dir, file);
  if (existsSync2(full) && !force) {
    io.err(`${file} exists: kept as it is (pass --force to write over it)`);
    return false;
  }
  mkdirSync(path5.dirname(full), { recursive: true });
  writeTextAtomically(dir, file, text4);
  io.out(`wrote ${file}`);
  return true;
}

// src/list/sort-list-file.ts
function sortListFile(file, reader, order, options = {}) {
  const orderOf2 = typeof order === "function" ? order : () => order;
  const pieces = [];
  const changed = [];
  let copied = 0;
  for (const section of file.sections) {
    const own4 = orderOf2(section);
    if (own4 === "none") continue;
    const keyed = section.entries.map((entry, index2) => {
      const text4 = file.text.slice(entry.start, entry.end);
      const date2 = reader.date(text4);
      return { entry, index: index2, title: reader.title(text4), year: date2?.year, date: date2 };
    });
    const sorted = groupRuns(section).flatMap(
      (run) => keyed.slice(run.from, run.to).sort(comparator(own4, options.byMonth ?? false))
    );
    if (sorted.every((k, i) => k.index === i)) continue;
    sorted.forEach((k, i) => {
      const slot = section.entries[i];
      const text4 = file.text.slice(k.entry.start, k.entry.end);
      const number3 = options.numbered ? entryNumber(file, slot) : void 0;
      pieces.push(
        file.text.slice(copied, slot.start),
        number3 === void 0 ? text4 : withNumber(text4, number3)
      );
      copied = slot.end;
    });
    changed.push({ section, moved: movedEntries(sorted) });
  }
  if (changed.length === 0) return { text: file.text, changed };
  pieces.push(file.text.slice(copied));
  return { text: pieces.join(""), changed };
}
function groupRuns(section) {
  const starts = [0, ...section.groups.map((g) => g.firstEntry), section.entries.length];
  const runs = [];
  for (let i = 1; i < starts.length; i += 1) {
    if (starts[i] > starts[i - 1]) runs.push({ from: starts[i - 1], to: starts[i] });
  }
  return runs;
}
function comparator(order, byMonth) {
  return (a, b) => {
    const byKey = order === "title" ? compareOptional(a.title, b.title, compareTitles) : compareOptional(
      a.date,
      b.date,
      (x, y) => order === "newest-first" ? compareDates(y, x, byMonth) : compareDates(x, y, byMonth)
    );
    return byKey !== 0 ? byKey : a.index - b.index;
  };
}
function compareOptional(a, b, compare2) {
  if (a === void 0) return b === void 0 ? 0 : 1;
  if (b === void 0) return -1;
  return compare2(a, b);
}
function movedEntries(sorted) {
  const stayed = longestIncreasingRun(sorted.map((k) => k.index));
  const moved = [];
  sorted.forEach((k, to) => {
    if (stayed.has(k.index)) return;
    moved.push({
      title: k.title ?? `entry at line ${k.entry.line}`,
      ...k.year !== void 0 ? { year: k.year } : {},
      fromLine: k.entry.line,
      from: k.index,
      to
    });
  });
  return moved;
}
function longestIncreasingRun(values) {
  const tails = [];
  const tailIndex = [];
  const previous3 = new Array(values.length).fill(-1);
  values.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (tails[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
    tailIndex[lo] = i;
    previous3[i] = lo > 0 ? tailIndex[lo - 1] : -1;
  });
  const run = /* @__PURE__ */ new Set();
  for (let i = tailIndex[tails.length - 1] ?? -1; i !== -1; i = previous3[i]) run.add(values[i]);
  return run;
}

// src/plan/plan-sort.ts
function planSort(list3, format) {
  const files = [];
  for (const file of list3.files) {
    const sorted = sortListFile(
      file,
      format.reader,
      (section) => orderOf(format, sectionName(list3, file, section)),
      { numbered: format.numbered, byMonth: format.byMonth }
    );
    if (sorted.changed.length === 0) continue;
    files.push({
      file,
      text: sorted.text,
      sections: sorted.changed.map((c) => ({
        name: sectionName(list3, file, c.section),
        section: c.section,
        moved: c.moved
      }))
    });
  }
  return { files };
}

// src/messages/describe-move.ts
function describeMove(move) {
  const distance = Math.abs(move.to - move.from);
  const direction = move.to < move.from ? "up" : "down";
  const year = move.year !== void 0 ? ` (${move.year})` : "";
  return `"${move.title}"${year} ${direction} ${distance} ${distance === 1 ? "place" : "places"}`;
}

// src/cli/run-sort.ts
function runSort(options, io) {
  const workspace = loadWorkspace(io.cwd, options);
  const plan = planSort(workspace.list, workspace.format);
  if (plan.files.length === 0) {
    io.out("in order: every section is sorted");
    return EXIT.ok;
  }
  for (const file of plan.files) {
    for (const section of file.sections) {
      const what = `${section.name} (${file.file.path}): ${count4(section.moved.length)} ${options.check ? "would move" : "moved"}`;
      (options.check ? io.err : io.out)(
        `${options.check ? "out of order" : "sorted"}: ${what}: ${section.moved.map(describeMove).join("; ")}`
      );
    }
    if (!options.check) writeTextAtomically(workspace.dir, file.file.path, file.text);
  }
  return options.check ? EXIT.outOfOrder : EXIT.ok;
}
function count4(n) {
  return n === 1 ? "1 entry" : `${n} entries`;
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
      return runAdd({ ...workspace, issueBody, metadata }, io);
    }
    case "init":
      return runInit({ dir: values.dir, force: values.force === true }, io);
    case "sort":
      return runSort({ ...workspace, check: values.check === true }, io);
    default:
      return runCheck({ ...workspace, fixForm: values["fix-form"] === true }, io);
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
