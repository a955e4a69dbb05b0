// OpenReview API v2 `GET /notes?id=<forum>`: the submission note, whose content fields are
// wrapped (`{ "value": ... }`). Its `venueid` says where the paper stands: a venue
// (`ICLR.cc/2024/Conference`) or a decision that is not one (`.../Rejected_Submission`).

import * as z from 'zod/mini';
import { found, notFound, titleFields, type ParseResult, checkShape } from './paper-metadata.js';
import { canonicalVenue } from './venue-names.js';
import { collapseSpaces } from '../paper/clean-text.js';

const wrapped = <T extends z.ZodMiniType>(schema: T) => z.optional(z.object({ value: schema }));

const noteSchema = z.object({
  id: z.string(),
  pdate: z.optional(z.nullable(z.number())),
  content: z.object({
    title: wrapped(z.string()),
    authors: wrapped(z.array(z.string())),
    venue: wrapped(z.string()),
    venueid: wrapped(z.string()),
  }),
});
const notesSchema = z.object({ notes: z.array(noteSchema) });
type Note = z.infer<typeof noteSchema>;

/** Venue ids that record a decision, not a venue, and how to say so. */
const NOT_A_VENUE: Readonly<Record<string, string>> = {
  Rejected_Submission: 'a rejected submission',
  Withdrawn_Submission: 'a withdrawn submission',
  Desk_Rejected_Submission: 'a desk-rejected submission',
  Submission: 'a submission under review',
};

const VENUE_ID = /^(.+?)\/((?:19|20)\d\d)\/([^/]+)(?:\/(.+))?$/;

/** How the venue shows the presentation: `ICLR 2024 oral` → `Oral`. Posters are not marked. */
function presentation(venue: string | undefined): string | undefined {
  const kind = /\b(oral|spotlight)\b/i.exec(venue ?? '')?.[1];
  return kind === undefined ? undefined : kind[0]!.toUpperCase() + kind.slice(1).toLowerCase();
}

interface VenueVerdict {
  readonly venue?: string;
  readonly year?: number;
  readonly note?: string;
}

/** The venue a venue id names, or why it names none. */
function readVenueId(venueId: string, venueText: string | undefined, note: Note): VenueVerdict {
  const match = VENUE_ID.exec(venueId);
  if (!match) {
    // Journals such as TMLR have a bare id; the year is the publication date's.
    const name = canonicalVenue(venueId);
    const year = note.pdate ? new Date(note.pdate).getUTCFullYear() : undefined;
    if (!name) return {};
    return { venue: year === undefined ? name : `${name} ${year}`, ...(year ? { year } : {}) };
  }
  const [, group, yearText, track, status] = match as unknown as [
    string,
    string,
    string,
    string,
    string?,
  ];
  const year = Number(yearText);
  const name = canonicalVenue(group) ?? group.replace(/\.(?:cc|org|com)$/, '');
  const decision = status === undefined ? undefined : NOT_A_VENUE[status];
  if (decision !== undefined) {
    return {
      year,
      note: `OpenReview lists this paper as ${decision} to ${name} ${year} (${venueId}), which is not a venue; the venue is left empty.`,
    };
  }
  const workshop = /^Workshop/i.test(track) ? ' Workshop' : '';
  const shown = presentation(venueText);
  return { venue: `${name} ${year}${workshop}${shown ? ` ${shown}` : ''}`, year };
}

/**
 * Reads OpenReview's answer for one forum id: the title, the authors, and the venue from
 * `venueid` (`ICLR.cc/2024/Conference` → `ICLR 2024`), with `Oral` or `Spotlight` kept when
 * `venue` says so (`ICLR 2024 oral` → `ICLR 2024 Oral`). A rejected, withdrawn, desk-rejected
 * or pending submission keeps its title and authors but gets no venue, and a note says why.
 * An empty `notes` list is "not found".
 */
export function parseOpenReviewNotes(json: unknown, forumId: string): ParseResult {
  const checked = checkShape(notesSchema, json, 'openreview');
  if ('verdict' in checked) return checked.verdict;
  const note = checked.data.notes.find((n) => n.id === forumId) ?? checked.data.notes[0];
  if (!note) return notFound(`OpenReview has no note ${forumId}`);
  const { content } = note;
  const venueId = content.venueid?.value;
  const verdict = venueId === undefined ? {} : readVenueId(venueId, content.venue?.value, note);
  return found({
    source: 'openreview',
    url: `https://openreview.net/forum?id=${note.id}`,
    ...titleFields(content.title?.value),
    authors: (content.authors?.value ?? []).map(collapseSpaces).filter((a) => a !== ''),
    venue: verdict.venue,
    year: verdict.year,
    notes: verdict.note === undefined ? undefined : [verdict.note],
  });
}
