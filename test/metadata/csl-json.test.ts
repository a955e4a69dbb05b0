import { describe, expect, it } from 'vitest';
import { parseCslJson } from '../../src/metadata/csl-json.js';
import { readFixture } from '../support/metadata-emulator/index.js';

const fixture = (name: string): unknown => JSON.parse(readFixture(name));

describe('parseCslJson', () => {
  it('reads a Crossref journal article', () => {
    const csl = fixture('doi/crossref-science-169-3946-635.json');
    expect(parseCslJson(csl, '10.1126/science.169.3946.635')).toEqual({
      found: true,
      record: {
        source: 'doi',
        url: 'https://doi.org/10.1126/science.169.3946.635',
        title: 'The Structure of Ordinary Water',
        authors: ['Henry S. Frank'],
        venue: 'Science 1970',
        year: 1970,
        doi: '10.1126/science.169.3946.635',
      },
    });
  });

  it('reads a DataCite arXiv DOI as arXiv YYMM', () => {
    const csl = fixture('doi/datacite-arxiv-1706.03762.json');
    expect(parseCslJson(csl, '10.48550/arXiv.1706.03762')).toEqual({
      found: true,
      record: {
        source: 'doi',
        url: 'https://doi.org/10.48550/arXiv.1706.03762',
        title: 'Attention Is All You Need',
        authors: [
          'Ashish Vaswani',
          'Noam Shazeer',
          'Niki Parmar',
          'Jakob Uszkoreit',
          'Llion Jones',
          'Aidan N. Gomez',
          'Lukasz Kaiser',
          'Illia Polosukhin',
        ],
        venue: 'arXiv 1706',
        year: 2017,
        doi: '10.48550/ARXIV.1706.03762',
      },
    });
  });

  it('names a conference by its event, in the table spelling, and skips book series', () => {
    const csl = {
      title: ['Deep Residual Learning for Image Recognition'],
      author: [{ given: 'Kaiming', family: 'He' }, { literal: 'The CVF Consortium' }],
      'container-title': ['2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)'],
      issued: { 'date-parts': [[2016, 6]] },
    };
    expect(parseCslJson(csl, '10.1109/CVPR.2016.90')).toMatchObject({
      record: { venue: 'CVPR 2016', authors: ['Kaiming He', 'The CVF Consortium'] },
    });
    const chapter = {
      title: 'Visualizing and Understanding Convolutional Networks',
      'container-title': 'Lecture Notes in Computer Science',
      event: { name: 'European Conference on Computer Vision' },
      issued: { 'date-parts': [[2014]] },
    };
    expect(parseCslJson(chapter, '10.1007/978-3-319-10590-1_53')).toMatchObject({
      record: { venue: 'ECCV 2014' },
    });
    const seriesOnly = { ...chapter, event: undefined };
    const result = parseCslJson(seriesOnly, '10.1007/978-3-319-10590-1_53');
    expect(result.found && result.record.venue).toBeUndefined();
  });

  it('calls a record of the wrong shape invalid', () => {
    expect(parseCslJson({ author: 'Frank' }, '10.1/x')).toMatchObject({
      found: false,
      invalid: true,
      reason: expect.stringContaining('doi.org answered in an unexpected shape (author:'),
    });
  });
});
