import { describe, expect, it } from 'vitest';
import { withOptionalNotes } from '../../src/infer/optional-notes.js';

describe('withOptionalNotes', () => {
  it('makes the notes optional with the punctuation around them', () => {
    // atfortes/Awesome-LLM-Reasoning: `..., 2022.11` after the links on 106 of 108 entries.
    expect(withOptionalNotes('*{authors}.*{links}, {notes}')).toBe(
      '*{authors}.*{links}{[, {notes}]}',
    );
    expect(withOptionalNotes('- **{title}.** {authors} (**{notes}**) [[PDF]]({paper})')).toBe(
      '- **{title}.** {authors}{[ (**{notes}**)]} [[PDF]]({paper})',
    );
    expect(withOptionalNotes('- {title}{notes}')).toBe('- {title}{[{notes}]}');
  });

  it('keeps the entry’s marker out of notes that open it (AGI-Edgerunners/LLM-Agents-Papers)', () => {
    expect(withOptionalNotes('- [{notes}] **{title}** | [[paper]]({paper}){links}')).toBe(
      '- {[[{notes}] ]}**{title}** | [[paper]]({paper}){links}',
    );
    // Notes on a line of their own go with that whole line.
    expect(withOptionalNotes('- **{title}**\n- `{notes}`')).toBe('- **{title}**\n{[- `{notes}`]}');
  });

  it('leaves notes inside brackets or bold they do not hold the other half of as they are', () => {
    // Xianjun-Yang/Awesome_papers_on_LLMs_detection, before link labels stopped being notes.
    expect(withOptionalNotes('+   **{title}** [[{notes}]]({paper}){links}')).toBe(
      '+   **{title}** [[{notes}]]({paper}){links}',
    );
  });

  it('leaves notes already optional, and templates without notes, as they are', () => {
    expect(withOptionalNotes('- {title}.{[ {notes}]}')).toBe('- {title}.{[ {notes}]}');
    expect(withOptionalNotes('- {title}, {venue}')).toBe('- {title}, {venue}');
  });
});
