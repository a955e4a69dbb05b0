import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);

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
var BUILT_IN_FORM = Object.freeze({ fields: DEFAULT_FORM });

export {
  RATINGS,
  FORM_LABEL_DEFAULT,
  DEFAULT_FORM,
  BUILT_IN_FORM
};
