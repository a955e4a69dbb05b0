import { describe, expect, it } from 'vitest';
import { parseOpenReviewNotes } from '../../src/metadata/openreview-note.js';
import { readFixture } from '../support/metadata-emulator/index.js';

const fixture = (name: string): unknown => JSON.parse(readFixture(name));

function note(venueid: string, venue?: string, extra: object = {}) {
  return {
    notes: [
      {
        id: 'abc',
        ...extra,
        content: {
          title: { value: 'A   Title' },
          authors: { value: ['Ada Lovelace'] },
          venueid: { value: venueid },
          ...(venue ? { venue: { value: venue } } : {}),
        },
      },
    ],
  };
}

describe('parseOpenReviewNotes', () => {
  it('reads an accepted paper, keeping Oral as the list writes it', () => {
    expect(parseOpenReviewNotes(fixture('openreview/accepted-oral.json'), '2dnO3LLiJ1')).toEqual({
      found: true,
      record: {
        source: 'openreview',
        url: 'https://openreview.net/forum?id=2dnO3LLiJ1',
        title: 'Vision Transformers Need Registers',
        authors: ['Timothée Darcet', 'Maxime Oquab', 'Julien Mairal', 'Piotr Bojanowski'],
        venue: 'ICLR 2024 Oral',
        year: 2024,
      },
    });
  });

  it('keeps the title and authors of a rejected paper but gives no venue, and says why', () => {
    expect(parseOpenReviewNotes(fixture('openreview/rejected.json'), 'Xk2R7ejEcT')).toEqual({
      found: true,
      record: {
        source: 'openreview',
        url: 'https://openreview.net/forum?id=Xk2R7ejEcT',
        title: 'An Illustrative Rejected Submission',
        authors: ['Ada Lovelace', 'Charles Babbage'],
        year: 2024,
        notes: [
          'OpenReview lists this paper as a rejected submission to ICLR 2024 (ICLR.cc/2024/Conference/Rejected_Submission), which is not a venue; the venue is left empty.',
        ],
      },
    });
  });

  it.each([
    ['NeurIPS.cc/2023/Conference', 'NeurIPS 2023 spotlight', 'NeurIPS 2023 Spotlight'],
    ['ICML.cc/2024/Conference', 'ICML 2024 Poster', 'ICML 2024'],
    ['ICLR.cc/2024/Workshop/ME-FoMo', 'ME-FoMo 2024', 'ICLR 2024 Workshop'],
    ['colmweb.org/COLM/2024/Conference', 'COLM', 'COLM 2024'],
  ])('reads the venue id %s', (venueid, venue, expected) => {
    const result = parseOpenReviewNotes(note(venueid, venue), 'abc');
    expect(result.found && result.record.venue).toBe(expected);
    expect(result.found && result.record.title).toBe('A Title');
  });

  it.each(['Withdrawn_Submission', 'Desk_Rejected_Submission', 'Submission'])(
    'gives no venue for %s',
    (status) => {
      const result = parseOpenReviewNotes(note(`ICLR.cc/2025/Conference/${status}`), 'abc');
      expect(result.found && result.record.venue).toBeUndefined();
      expect(result.found && result.record.notes?.[0]).toMatch(/which is not a venue/);
    },
  );

  it('dates a journal paper (TMLR) by its publication date', () => {
    const result = parseOpenReviewNotes(
      note('TMLR', 'Accepted by TMLR', { pdate: 1717200000000 }),
      'abc',
    );
    expect(result.found && result.record.venue).toBe('TMLR 2024');
  });

  it('reads an empty answer as not found, and a wrong shape as invalid', () => {
    expect(parseOpenReviewNotes(fixture('openreview/empty.json'), 'nope')).toEqual({
      found: false,
      reason: 'OpenReview has no note nope',
    });
    expect(parseOpenReviewNotes({ notes: [{ id: 1 }] }, 'x')).toMatchObject({ invalid: true });
  });
});
