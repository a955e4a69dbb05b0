// The autofill step of adding a paper, shared by the action and the command line tool: when the
// configuration and the answers call for it, ask the paper link's sources and merge what they
// say into the parsed issue. A source that fails never fails the step.

import type { FormField } from '../form/form-field.js';
import type { ParsedIssueBody } from '../form/parse-issue-body.js';
import type { ListFormat } from '../list/list-format.js';
import type { PaperList } from '../list/paper-list.js';
import { checkUrl } from '../paper/check-url.js';
import { dropInvisible, refuseInvisible } from '../paper/clean-text.js';
import {
  applyAutofill,
  autofillReport,
  listVenues,
  type AutofillReport,
} from '../plan/apply-autofill.js';
import { fillAnswers, wantsAutofill, type AutofillMode } from '../plan/fill-answers.js';
import { fieldsShown } from '../infer/fields-shown.js';
import { requiredAnswers } from '../plan/required-answers.js';
import type { FetchPaperMetadataOptions, PaperMetadataResult } from './fetch-paper-metadata.js';
import type { SourceUrls } from './source-urls.js';

/** How the bot reaches the metadata sources; the entry points build it once. */
export interface MetadataAccess {
  /** Each source's base URL, read from the environment by the entry point (`readSourceUrls`). */
  readonly urls: SourceUrls;
  /** The requests' timeout, sleep and fetch (tests inject small and recording ones). */
  readonly http?: FetchPaperMetadataOptions['http'];
}

/** One submission to autofill. */
export interface AutofillInput {
  readonly parsed: ParsedIssueBody;
  readonly form: readonly FormField[];
  /** The configuration's `autofill`. */
  readonly mode: AutofillMode;
  /** The list the paper goes to: its venues give the fetched venue the list's spelling. */
  readonly list: PaperList;
  readonly format: ListFormat;
  /** Where the sources are; `undefined` never asks (`--offline`). */
  readonly access: MetadataAccess | undefined;
}

/** The submission to plan with, and what the sources said when they were asked. */
export interface AutofilledSubmission {
  /** The filer's answers, or the merged ones with their problems (see `applyAutofill`). */
  readonly parsed: ParsedIssueBody;
  readonly fetched?: {
    readonly metadata: PaperMetadataResult;
    readonly report: AutofillReport;
  };
}

/**
 * Asks the paper link's sources, when there is a valid http(s) link, access to the sources and
 * `wantsAutofill` says so, and merges their records into the answers field by field (the
 * filer's answers win). Otherwise returns the parsed issue unchanged, so that without access or
 * a link the bot behaves as it does without autofill. At most 6 requests (the orchestrator's
 * budget); only the sources' base URLs are ever asked, never the link itself.
 */
export async function autofillSubmission(input: AutofillInput): Promise<AutofilledSubmission> {
  const { parsed, access } = input;
  // The link as validation will read it; one validation refuses is not asked about.
  const answer = parsed.answers.get('paper') ?? '';
  const link = dropInvisible(answer).trim();
  const readable = link !== '' && !refuseInvisible(answer) && !checkUrl(link);
  if (!access || !readable) return { parsed };
  if (!wantsAutofill(parsed.answers, input.mode)) return { parsed };
  // Loaded when asked: the sources' readers (an XML parser among them) would slow every `add`.
  const { fetchPaperMetadata } = await import('./fetch-paper-metadata.js');
  const metadata = await fetchPaperMetadata(link, {
    urls: access.urls,
    ...(access.http ? { http: access.http } : {}),
  });
  const venues = listVenues(input.list, input.format.reader);
  const fill = fillAnswers(parsed.answers, metadata.records, venues);
  return {
    parsed: applyAutofill(
      parsed,
      input.form,
      fill,
      metadata.attempts,
      requiredAnswers(input.format),
    ),
    fetched: {
      metadata,
      report: autofillReport(fill, input.form, fieldsShown(input.list, input.format)),
    },
  };
}
