// Hugging Face `GET /api/papers/<arXiv id>`: the paper page, read for one thing, the code
// repository its authors or the community linked (`githubRepo`).

import * as z from 'zod/mini';
import { found, notFound, type ParseResult, checkShape } from './paper-metadata.js';

const paperSchema = z.object({
  id: z.optional(z.string()),
  githubRepo: z.optional(z.nullable(z.string())),
});

/** An absolute https URL, or `undefined` (Hugging Face stores what people typed). */
function httpsUrl(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' ? url.href.replace(/\/$/, '') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads Hugging Face's paper page: a record with the code link (`codeUrl`) and the page, or
 * "not found" when the page names no code repository.
 */
export function parseHuggingFacePaper(json: unknown, arxivId: string): ParseResult {
  const checked = checkShape(paperSchema, json, 'huggingface');
  if ('verdict' in checked) return checked.verdict;
  const codeUrl = httpsUrl(checked.data.githubRepo);
  if (codeUrl === undefined) return notFound(`Hugging Face names no code for ${arxivId}`);
  return found({
    source: 'huggingface',
    url: `https://huggingface.co/papers/${checked.data.id ?? arxivId}`,
    codeUrl,
  });
}
