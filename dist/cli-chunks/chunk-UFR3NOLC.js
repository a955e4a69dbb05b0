import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

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
var byKey;
var byBareKey;
var DBLP_KEY = /^((?:conf|journals)\/[^/]+)(?:\/|$)/;
var OPENREVIEW_GROUP = /^([^/]+(?:\/[A-Z][^/]*)?)\/(?:19|20)\d\d(?:\/|$)/;
var ACRONYM_IN_PARENTHESES = /\(([A-Za-z][\w-]*?)(?:\s*'?\d{2,4})?\)/;
function lookup(name) {
  byKey ??= aliasMap(venueKey);
  return byKey.get(venueKey(name));
}
function withoutVolume(name) {
  let shown = name.trimEnd();
  const volume = digitsBefore(shown, shown.length - 1);
  if (shown.endsWith(")") && volume < shown.length - 1 && shown[volume - 1] === "(") {
    shown = shown.slice(0, volume - 1).trimEnd();
  }
  const number = digitsBefore(shown, shown.length);
  if (number < shown.length && /\s/.test(shown[number - 1] ?? "")) shown = shown.slice(0, number);
  return shown.trim();
}
function digitsBefore(text, end) {
  let start = end;
  while (start > 0 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57)
    start -= 1;
  return start;
}
function canonicalVenue(name) {
  const trimmed = name.trim();
  const dblp = DBLP_KEY.exec(trimmed);
  if (dblp) return lookup(dblp[1]);
  const group = OPENREVIEW_GROUP.exec(trimmed);
  if (group) return lookup(group[1]);
  const acronym = ACRONYM_IN_PARENTHESES.exec(trimmed)?.[1];
  const glued = GLUED_YEAR.exec(trimmed)?.[1];
  return lookup(trimmed) ?? lookup(withoutVolume(trimmed)) ?? (acronym === void 0 ? void 0 : lookup(acronym)) ?? (byBareKey ??= aliasMap(bareKey)).get(bareKey(withoutVolume(trimmed))) ?? (glued === void 0 ? void 0 : lookup(glued));
}
var GLUED_YEAR = new RegExp("^(\\p{L}[\\p{L}-]{1,15}?)\\d\\d$", "u");
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
function listSpelling(venue, listVenues) {
  const parts = splitVenue(venue);
  if (!parts) return venue;
  const uses = /* @__PURE__ */ new Map();
  for (const listVenue of listVenues) {
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

export {
  canonicalVenue,
  venueLabel,
  listSpelling
};
