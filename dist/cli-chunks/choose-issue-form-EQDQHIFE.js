import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  chooseIssueForm
} from "./chunk-HVM2HH6W.js";
import "./chunk-MOCXWIXD.js";
import "./chunk-NXT33NVO.js";
import "./chunk-7BITOXNC.js";
export {
  chooseIssueForm
};
