import { describe, expect, it } from 'vitest';
import { parseHuggingFacePaper } from '../../src/metadata/huggingface-paper.js';
import { readFixture } from '../support/metadata-emulator/index.js';

const fixture = (name: string): unknown => JSON.parse(readFixture(name));

describe('parseHuggingFacePaper', () => {
  it('reads the code link', () => {
    expect(
      parseHuggingFacePaper(fixture('huggingface/paper-1706.03762.json'), '1706.03762'),
    ).toEqual({
      found: true,
      record: {
        source: 'huggingface',
        url: 'https://huggingface.co/papers/1706.03762',
        codeUrl: 'https://github.com/tensorflow/tensor2tensor',
      },
    });
  });

  it('finds nothing on a page without code, or with a link that is not https', () => {
    const page = fixture('huggingface/paper-without-code.json');
    expect(parseHuggingFacePaper(page, '1605.08386')).toEqual({
      found: false,
      reason: 'Hugging Face names no code for 1605.08386',
    });
    expect(parseHuggingFacePaper({ githubRepo: 'javascript:alert(1)' }, '1')).toMatchObject({
      found: false,
    });
    expect(parseHuggingFacePaper({ githubRepo: 42 }, '1')).toMatchObject({ invalid: true });
  });
});
