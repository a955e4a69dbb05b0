import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  _null,
  array,
  nullable,
  number,
  object,
  optional,
  string,
  union
} from "./chunk-BDDGPIHY.js";
import {
  SOURCE_NAMES,
  checkShape,
  found,
  invalidAnswer,
  notFound,
  titleFields
} from "./chunk-2V2FISLH.js";
import {
  collapseSpaces,
  dblpName,
  decodeEntities,
  matchesPaper
} from "./chunk-CA7NHJAO.js";
import {
  canonicalVenue,
  venueLabel
} from "./chunk-UFR3NOLC.js";
import {
  __commonJS,
  __toESM
} from "./chunk-7BITOXNC.js";

// node_modules/@rgrove/parse-xml/dist/lib/StringScanner.js
var require_StringScanner = __commonJS({
  "node_modules/@rgrove/parse-xml/dist/lib/StringScanner.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.StringScanner = void 0;
    var emptyString = "";
    var surrogatePair = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
    var StringScanner = class {
      constructor(string2) {
        this.charCount = this.charLength(string2, true);
        this.charIndex = 0;
        this.length = string2.length;
        this.multiByteMode = this.charCount !== this.length;
        this.string = string2;
        if (this.multiByteMode) {
          let charsToBytes = [];
          for (let byteIndex = 0, charIndex = 0; charIndex < this.charCount; ++charIndex) {
            charsToBytes[charIndex] = byteIndex;
            byteIndex += string2.codePointAt(byteIndex) > 65535 ? 2 : 1;
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
      charLength(string2, multiByteSafe = this.multiByteMode) {
        return multiByteSafe ? string2.replace(surrogatePair, "_").length : string2.length;
      }
      // -- Public Methods ---------------------------------------------------------
      /**
       * Advances the scanner by the given number of characters, stopping if the end
       * of the string is reached.
       */
      advance(count = 1) {
        this.charIndex = Math.min(this.charCount, this.charIndex + count);
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
        let { length, multiByteMode, string: string2 } = this;
        let startByteIndex = this.charIndexToByteIndex();
        let endByteIndex = startByteIndex;
        if (multiByteMode) {
          while (endByteIndex < length) {
            let char = string2[endByteIndex];
            let isSurrogatePair = char >= "\uD800" && char <= "\uDBFF";
            if (isSurrogatePair) {
              char += string2[endByteIndex + 1];
            }
            if (!fn(char)) {
              break;
            }
            endByteIndex += isSurrogatePair ? 2 : 1;
          }
        } else {
          while (endByteIndex < length && fn(string2[endByteIndex])) {
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
      peek(count = 1) {
        let { charIndex, string: string2 } = this;
        return this.multiByteMode ? string2.slice(this.charIndexToByteIndex(charIndex), this.charIndexToByteIndex(charIndex + count)) : string2.slice(charIndex, charIndex + count);
      }
      /**
       * Resets the scanner position to the given character _index_, or to the start
       * of the input string if no index is given.
       *
       * If _index_ is negative, the scanner position will be moved backward by that
       * many characters, stopping if the beginning of the string is reached.
       */
      reset(index = 0) {
        this.charIndex = index >= 0 ? Math.min(this.charCount, index) : Math.max(0, this.charIndex + index);
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
      constructor(text = "") {
        super();
        this.text = text;
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
      constructor(content = "") {
        super();
        this.content = content;
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
      constructor(version, encoding, standalone) {
        super();
        this.version = version;
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
        let node = this;
        while (node instanceof _XmlElement) {
          if ("xml:space" in node.attributes) {
            return node.attributes["xml:space"] === "preserve";
          }
          node = node.parent;
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
      constructor(name, content = "") {
        super();
        this.name = name;
        this.content = content;
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
      addNode(node, charIndex) {
        node.parent = this.currentNode;
        if (this.options.includeOffsets) {
          node.start = this.scanner.charIndexToByteIndex(charIndex);
          node.end = this.scanner.charIndexToByteIndex();
        }
        this.currentNode.children.push(node);
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
      addText(text, charIndex, normalize = true) {
        let { children } = this.currentNode;
        let { length } = children;
        if (normalize) {
          text = normalizeLineBreaks(text);
        }
        if (length > 0) {
          let prevNode = children[length - 1];
          if (prevNode?.type === XmlNode_js_1.XmlNode.TYPE_TEXT) {
            let textNode = prevNode;
            textNode.text += text;
            if (this.options.includeOffsets) {
              textNode.end = this.scanner.charIndexToByteIndex();
            }
            return true;
          }
        }
        return this.addNode(new XmlText_js_1.XmlText(text), charIndex);
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
        let text = scanner.consumeUntilString("]]>");
        this.validateChars(text);
        if (!scanner.consumeString("]]>")) {
          throw this.error("Unclosed CDATA section");
        }
        return this.options.preserveCdata ? this.addNode(new XmlCdata_js_1.XmlCdata(normalizeLineBreaks(text)), startIndex) : this.addText(text, startIndex);
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
        let content = scanner.consumeUntilString("--");
        this.validateChars(content);
        if (!scanner.consumeString("-->")) {
          if (scanner.peek(2) === "--") {
            throw this.error("The string `--` isn't allowed inside a comment");
          }
          throw this.error("Unclosed comment");
        }
        return this.options.preserveComments ? this.addNode(new XmlComment_js_1.XmlComment(normalizeLineBreaks(content)), startIndex) : true;
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
        let content = scanner.consumeUntilString("?>");
        this.validateChars(content);
        if (!scanner.consumeString("?>")) {
          throw this.error("Unterminated processing instruction");
        }
        return this.addNode(new XmlProcessingInstruction_js_1.XmlProcessingInstruction(name, normalizeLineBreaks(content)), startIndex);
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
          let codePoint = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
          if (isNaN(codePoint) || !/^#(?:x[0-9A-Fa-f]+|[0-9]+)$/.test(ref)) {
            throw this.error("Invalid character reference");
          }
          if (!syntax.isXmlCodePoint(codePoint)) {
            throw this.error("Character reference resolves to an invalid character");
          }
          parsedValue = String.fromCodePoint(codePoint);
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
        let version = !!scanner.consumeString("version") && this.consumeEqual() && this.consumeSystemLiteral();
        if (version === false) {
          throw this.error("XML version is missing or invalid");
        } else if (!/^1\.[0-9]+$/.test(version)) {
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
        return this.options.preserveXmlDeclaration ? this.addNode(new XmlDeclaration_js_1.XmlDeclaration(version, encoding || void 0, standalone || void 0), startIndex) : true;
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
      validateChars(string2) {
        let { length } = string2;
        for (let i = 0; i < length; ++i) {
          let cp = string2.codePointAt(i);
          if (!syntax.isXmlCodePoint(cp)) {
            this.scanner.reset(-([...string2].length - i));
            throw this.error("Invalid character");
          }
          if (cp > 65535) {
            i += 1;
          }
        }
      }
    };
    exports.Parser = Parser;
    function normalizeLineBreaks(text) {
      let i = 0;
      while ((i = text.indexOf("\r", i)) !== -1) {
        text = text[i + 1] === "\n" ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + "\n" + text.slice(i + 1);
      }
      return text;
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
var require_dist = __commonJS({
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
  const arxivId = old ? `${old[1].split(".")[0].toLowerCase()}/${id.split("/")[1]}` : id;
  const dated = Number(mm) >= 1 && Number(mm) <= 12;
  return {
    arxivId,
    doi: `10.48550/arXiv.${arxivId}`,
    ...dated ? { venue: `arXiv ${yy}${mm}`, year: arxivYear(yy) } : {}
  };
}
function readArxiv(url) {
  const id = ARXIV_PATH.exec(decodeURIComponent(url.pathname))?.[1];
  return id === void 0 ? void 0 : arxivIdFacts(id);
}
var DATACITE_ARXIV = /^10\.48550\/arxiv\.(.+)$/i;
function readDoi(url) {
  const doi = decodeURIComponent(url.pathname.slice(1)).replace(/[.)/]+$/, "");
  if (!/^10\.\d{4,9}\/\S+$/.test(doi)) return void 0;
  const arxiv = DATACITE_ARXIV.exec(doi)?.[1];
  const facts = arxiv === void 0 ? void 0 : arxivIdFacts(arxiv);
  return facts ? { ...facts, doi } : { doi };
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
    const [code, track] = [fresh[2], fresh[3]];
    const name2 = code === "findings" && track !== void 0 && ACL_VENUES[track] ? `Findings of ${ACL_VENUES[track]}` : ACL_VENUES[code];
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
  const date = Date.parse(value);
  return Number.isNaN(date) ? DEFAULT_RETRY_WAIT_MS : Math.max(0, date - now);
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
    const read = await readBody(response, settings, name, controller.signal);
    return "body" in read ? { kind: "read", status: response.status, body: read.body } : { kind: "failed", reason: read.reason };
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
var import_parse_xml = __toESM(require_dist(), 1);
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
function pickEntry(entries, arxivId) {
  const wanted = arxivId.replace(/v\d+$/, "");
  return entries.find((entry) => entryArxivId(entry) === wanted);
}
var DOI = /^10\.\d{4,9}\/\S+$/;
function publishedDoi(text) {
  const doi = text?.trim();
  if (!doi || !DOI.test(doi) || doi.split("/").some((part) => part === ".." || part === "."))
    return void 0;
  return doi;
}
function isErrorEntry(entry) {
  return (childText(entry, "id") ?? "").includes("/api/errors");
}
function parseArxivAtom(xml, arxivId) {
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
    return notFound(`arXiv refused ${arxivId}${summary ? `: ${summary}` : ""}`);
  }
  const entry = pickEntry(entries, arxivId);
  if (!entry) return notFound(`arXiv has no record ${arxivId}`);
  const id = entryArxivId(entry) ?? arxivId;
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
var textOrList = union([string(), array(string())]);
var cslName = object({
  given: optional(string()),
  family: optional(string()),
  literal: optional(string()),
  name: optional(string())
});
var cslDate = object({
  "date-parts": optional(array(array(union([number(), string(), _null()]))))
});
var cslSchema = object({
  DOI: optional(string()),
  URL: optional(string()),
  title: optional(textOrList),
  author: optional(array(cslName)),
  "container-title": optional(textOrList),
  "container-title-short": optional(textOrList),
  event: optional(union([string(), object({ name: optional(string()) })])),
  "event-title": optional(string()),
  issued: optional(cslDate),
  "published-print": optional(cslDate),
  "published-online": optional(cslDate)
});
function first(value) {
  const text = typeof value === "string" ? value : value?.[0];
  const clean = text === void 0 ? "" : collapseSpaces(text);
  return clean === "" ? void 0 : clean;
}
function authorName(author) {
  const literal = author.literal ?? author.name;
  if (literal !== void 0) return collapseSpaces(literal);
  return collapseSpaces(`${author.given ?? ""} ${author.family ?? ""}`);
}
function yearOf(csl) {
  for (const date of [csl.issued, csl["published-print"], csl["published-online"]]) {
    const year = Number(date?.["date-parts"]?.[0]?.[0]);
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
function parseCslJson(json2, doi) {
  const checked = checkShape(cslSchema, json2, "doi");
  if ("verdict" in checked) return checked.verdict;
  const csl = checked.data;
  const recordDoi = csl.DOI ?? doi;
  const year = yearOf(csl);
  const arxivId = DATACITE_ARXIV2.exec(recordDoi)?.[1];
  const arxiv = arxivId === void 0 ? void 0 : arxivIdFacts(arxivId);
  return found({
    source: "doi",
    url: `https://doi.org/${doi}`,
    ...titleFields(first(csl.title)),
    authors: (csl.author ?? []).map(authorName).filter((name) => name !== ""),
    venue: arxiv?.venue ?? venueOf(csl, year),
    year: year ?? arxiv?.year,
    doi: recordDoi
  });
}

// src/metadata/dblp-search.ts
var authorSchema = union([string(), object({ text: string() })]);
var oneOrMany = (schema) => union([schema, array(schema)]);
var infoSchema = object({
  title: optional(string()),
  authors: optional(object({ author: oneOrMany(authorSchema) })),
  venue: optional(oneOrMany(string())),
  year: optional(string()),
  key: optional(string()),
  doi: optional(string()),
  url: optional(string())
});
var hitSchema = object({ info: infoSchema });
var searchSchema = object({
  result: object({ hits: object({ hit: optional(oneOrMany(hitSchema)) }) })
});
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

// src/metadata/huggingface-paper.ts
var paperSchema = object({
  id: optional(string()),
  githubRepo: optional(nullable(string()))
});
function httpsUrl(text) {
  if (!text) return void 0;
  try {
    const url = new URL(text.trim());
    return url.protocol === "https:" ? url.href.replace(/\/$/, "") : void 0;
  } catch {
    return void 0;
  }
}
function parseHuggingFacePaper(json2, arxivId) {
  const checked = checkShape(paperSchema, json2, "huggingface");
  if ("verdict" in checked) return checked.verdict;
  const codeUrl = httpsUrl(checked.data.githubRepo);
  if (codeUrl === void 0) return notFound(`Hugging Face names no code for ${arxivId}`);
  return found({
    source: "huggingface",
    url: `https://huggingface.co/papers/${checked.data.id ?? arxivId}`,
    codeUrl
  });
}

// src/metadata/openreview-note.ts
var wrapped = (schema) => optional(object({ value: schema }));
var noteSchema = object({
  id: string(),
  pdate: optional(nullable(number())),
  content: object({
    title: wrapped(string()),
    authors: wrapped(array(string())),
    venue: wrapped(string()),
    venueid: wrapped(string())
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
  const { content } = note;
  const venueId = content.venueid?.value;
  const verdict = venueId === void 0 ? {} : readVenueId(venueId, content.venue?.value, note);
  return found({
    source: "openreview",
    url: `https://openreview.net/forum?id=${note.id}`,
    ...titleFields(content.title?.value),
    authors: (content.authors?.value ?? []).map(collapseSpaces).filter((a) => a !== ""),
    venue: verdict.venue,
    year: verdict.year,
    notes: verdict.note === void 0 ? void 0 : [verdict.note]
  });
}

// src/metadata/semantic-scholar-paper.ts
var SEMANTIC_SCHOLAR_FIELDS = "title,authors,venue,year,externalIds,publicationVenue";
var paperSchema2 = object({
  paperId: optional(nullable(string())),
  url: optional(nullable(string())),
  title: optional(nullable(string())),
  authors: optional(nullable(array(object({ name: nullable(string()) })))),
  venue: optional(nullable(string())),
  year: optional(nullable(number())),
  externalIds: optional(
    nullable(object({ ArXiv: optional(string()), DOI: optional(string()) }))
  ),
  publicationVenue: optional(
    nullable(object({ name: optional(string()), type: optional(string()) }))
  ),
  error: optional(string())
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
  const doi = paper.externalIds?.DOI;
  return found({
    source: "semantic-scholar",
    url: paper.url ?? `https://www.semanticscholar.org/paper/${paper.paperId}`,
    ...titleFields(paper.title ?? void 0),
    authors: (paper.authors ?? []).map((author) => collapseSpaces(author.name ?? "")).filter((name) => name !== ""),
    venue: venueOf2(paper, year),
    year,
    doi: doi !== void 0 && !/^10\.48550\//i.test(doi) ? doi : void 0
  });
}

// src/autofill/source-steps.ts
function pathId(id) {
  return id.split("/").map((part) => encodeURIComponent(part).replace(/%3A/gi, ":")).join("/");
}
function json(source, read) {
  return (body) => {
    let value;
    try {
      value = JSON.parse(body);
    } catch {
      return invalidAnswer(source, "not JSON");
    }
    return read(value);
  };
}
function arxivStep(urls, arxivId) {
  return {
    source: "arxiv",
    url: `${urls.arxiv}/api/query?id_list=${encodeURIComponent(arxivId)}`,
    accept: "application/atom+xml",
    okStatuses: [400],
    missing: `arXiv has no record ${arxivId}`,
    parse: (body) => parseArxivAtom(body, arxivId)
  };
}
function doiStep(urls, doi) {
  return {
    source: "doi",
    url: `${urls.doi}/${pathId(doi)}`,
    accept: "application/vnd.citationstyles.csl+json",
    missing: `doi.org has no record of the DOI ${doi}`,
    parse: json("doi", (value) => parseCslJson(value, doi))
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
function huggingFaceStep(urls, arxivId) {
  return {
    source: "huggingface",
    url: `${urls.huggingface}/api/papers/${encodeURIComponent(arxivId)}`,
    accept: "application/json",
    missing: `Hugging Face has no page for ${arxivId}`,
    parse: json("huggingface", (value) => parseHuggingFacePaper(value, arxivId))
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
  first(field) {
    return this.records.find((record) => record[field] !== void 0)?.[field];
  }
  /** Whether some source named a venue that is not arXiv (the paper is published). */
  hasPublishedVenue() {
    return this.records.some(
      (record) => record.venue !== void 0 && !/^arxiv\b/i.test(record.venue)
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
  const own = linkRecord(facts);
  if (own) session.records.push(own);
  const arxiv = facts.arxivId ? await session.ask(arxivStep(urls, facts.arxivId)) : void 0;
  const arxivAnswered = session.attempts.some(
    (a) => a.source === "arxiv" && a.outcome !== "failed"
  );
  const doi = doiToAsk(facts, arxiv, arxivAnswered);
  if (doi !== void 0) await session.ask(doiStep(urls, doi));
  if (facts.openReviewId) await session.ask(openReviewStep(urls, facts.openReviewId));
  const preprint = facts.arxivId !== void 0 || /^arxiv\b/i.test(session.first("venue") ?? "");
  const [title, authors] = [session.first("title"), session.first("authors")];
  if (preprint && !session.hasPublishedVenue() && title && authors && authors.length > 0) {
    await session.ask(dblpStep(urls, { title, authors }));
  }
  const missing = !session.first("title") || !session.first("authors")?.length || !session.first("venue") || preprint && !session.hasPublishedVenue();
  const paperId = facts.arxivId ? `ARXIV:${facts.arxivId}` : doi ? `DOI:${doi}` : void 0;
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
export {
  fetchPaperMetadata
};
