import { describe, expect, it } from 'vitest';
import {
  arxivId,
  doi,
  hasNormalisedTitle,
  linkKind,
  normaliseTitle,
  normaliseUrl,
  paperKeys,
} from '../../src/paper/paper-identity.js';

describe('normaliseTitle', () => {
  it('ignores case, punctuation and spacing', () => {
    const a = normaliseTitle('ConvNeXt V2: Co-designing and Scaling ConvNets');
    expect(a).toBe('convnextv2codesigningandscalingconvnets');
    expect(normaliseTitle('convnext v2 — co designing and scaling convnets!')).toBe(a);
    expect(normaliseTitle('  CONVNEXT-V2 CO-DESIGNING AND SCALING CONVNETS ')).toBe(a);
  });

  it('folds full-width forms and keeps letters of any script', () => {
    expect(normaliseTitle('SinGAN：Learning')).toBe(normaliseTitle('SinGAN: Learning'));
    expect(normaliseTitle('ＡＢＣ １２３')).toBe('abc123');
    expect(normaliseTitle('基于 Transformer 的超分')).toBe('基于transformer的超分');
  });

  it('tells different titles apart', () => {
    expect(normaliseTitle('ConvNeXt V2')).not.toBe(normaliseTitle('ConvNeXt V1'));
  });
});

describe('hasNormalisedTitle', () => {
  const titles = [
    'ConvNeXt V2: Co-designing and Scaling ConvNets',
    'convnext v2 — co designing and scaling convnets!',
    '  CONVNEXT-V2 CO-DESIGNING AND SCALING CONVNETS ',
    'ConvNeXt V2',
    'ConvNeXt V2: Co-designing and Scaling ConvNet',
    'SinGAN：Learning',
    'SinGAN: Learning',
    'ＡＢＣ １２３',
    'abc 123',
    'Straße',
    'STRASSE',
    // An accent written apart from its letter, after letters that already differ when unfolded.
    'Cafe\u0301 Nets',
    'Café Nets',
    '基于 Transformer 的超分',
    'Tab\there',
    'Tabhere',
    '[]{}@`~ A',
    'a',
    '',
  ];

  it('answers as comparing the normalised titles does, for every pair', () => {
    for (const a of titles) {
      for (const b of titles) {
        const expected = normaliseTitle(a) === normaliseTitle(b);
        expect(hasNormalisedTitle(a, normaliseTitle(b)), `${a} / ${b}`).toBe(expected);
      }
    }
  });

  it('finds the same title whatever its case and punctuation', () => {
    const wanted = normaliseTitle('Attention Is All You Need');
    expect(hasNormalisedTitle('attention is all you need.', wanted)).toBe(true);
    expect(hasNormalisedTitle('Attention Is All You Need (2017)', wanted)).toBe(false);
    expect(hasNormalisedTitle('Attention Is All You', wanted)).toBe(false);
  });
});

describe('arxivId', () => {
  it('is the same for abs, pdf, html and versioned URLs', () => {
    const urls = [
      'https://arxiv.org/abs/2301.00808',
      'https://arxiv.org/abs/2301.00808v2',
      'http://arxiv.org/pdf/2301.00808',
      'https://arxiv.org/pdf/2301.00808v1.pdf',
      'https://www.arxiv.org/pdf/2301.00808.pdf',
      'https://export.arxiv.org/abs/2301.00808',
      'https://arxiv.org/html/2301.00808v3',
    ];
    for (const url of urls) expect(arxivId(url), url).toBe('2301.00808');
  });

  it('reads four-digit and old-style ids', () => {
    expect(arxivId('https://arxiv.org/abs/1411.1784')).toBe('1411.1784');
    expect(arxivId('https://arxiv.org/abs/hep-th/9901001v3')).toBe('hep-th/9901001');
    expect(arxivId('https://arxiv.org/pdf/math.GT/0309136')).toBe(
      arxivId('https://arxiv.org/abs/math.gt/0309136v1'),
    );
  });

  it('is undefined for other URLs', () => {
    expect(arxivId('https://github.com/facebookresearch/ConvNeXt')).toBeUndefined();
    expect(arxivId('https://arxiv.org/list/cs.CV/recent')).toBeUndefined();
  });
});

describe('doi', () => {
  it('ignores case', () => {
    expect(doi('https://doi.org/10.1109/CVPR.2016.90')).toBe('10.1109/cvpr.2016.90');
    expect(doi('https://doi.org/10.1109/cvpr.2016.90')).toBe(
      doi('https://doi.org/10.1109/CVPR.2016.90'),
    );
  });

  it('reads doi.org, dx.doi.org and doi: references, percent-decoded, without trailing punctuation', () => {
    expect(doi('https://dx.doi.org/10.1145/3386569.3392408')).toBe('10.1145/3386569.3392408');
    expect(doi('doi:10.1145/3386569.3392408.')).toBe('10.1145/3386569.3392408');
    expect(doi('https://doi.org/10.1007/978-3-030-58452-8%5F1')).toBe(
      '10.1007/978-3-030-58452-8_1',
    );
  });

  it('is undefined without a DOI', () => {
    expect(doi('https://example.org/10.1109/x')).toBeUndefined();
    expect(doi('https://doi.org/')).toBeUndefined();
  });
});

describe('normaliseUrl', () => {
  it('ignores the scheme, www., a trailing slash, the fragment and the host case', () => {
    const expected = 'example.org/papers/x';
    for (const url of [
      'https://example.org/papers/x',
      'http://example.org/papers/x',
      'https://www.example.org/papers/x/',
      'https://Example.ORG/papers/x#section-2',
      'http://WWW.example.org/papers/x//#top',
    ]) {
      expect(normaliseUrl(url), url).toBe(expected);
    }
  });

  it('keeps the path case and the query', () => {
    expect(normaliseUrl('https://example.org/Paper')).not.toBe(
      normaliseUrl('https://example.org/paper'),
    );
    expect(normaliseUrl('https://openreview.net/forum?id=abc')).toBe('openreview.net/forum?id=abc');
    expect(normaliseUrl('https://openreview.net/forum?id=abc')).not.toBe(
      normaliseUrl('https://openreview.net/forum?id=xyz'),
    );
  });

  it('is undefined for text that is not an absolute http(s) URL', () => {
    for (const text of ['ftp://example.org/x', 'javascript:alert(1)', '/relative', 'not a url']) {
      expect(normaliseUrl(text), text).toBeUndefined();
    }
  });
});

describe('paperKeys', () => {
  it('keys arXiv links by id, in any version', () => {
    expect(paperKeys('https://arxiv.org/pdf/1706.03762v5')).toEqual(['arxiv:1706.03762']);
    expect(paperKeys('http://arxiv.org/abs/1706.03762')).toEqual(['arxiv:1706.03762']);
  });

  it('keys DOI links by DOI', () => {
    expect(paperKeys('https://doi.org/10.1109/CVPR.2016.90')).toEqual(['doi:10.1109/cvpr.2016.90']);
  });

  it('keys other links by their normalised URL, and non-links by nothing', () => {
    expect(
      paperKeys(
        'https://openaccess.thecvf.com/content/CVPR2023/html/Chen_Run_CVPR_2023_paper.html',
      ),
    ).toEqual(['url:openaccess.thecvf.com/content/CVPR2023/html/Chen_Run_CVPR_2023_paper.html']);
    expect(paperKeys('http://www.example.org/p/')).toEqual(paperKeys('https://example.org/p'));
    expect(paperKeys('not a url')).toEqual([]);
  });
});

describe('linkKind', () => {
  it.each([
    ['Paper', 'https://example.org/x.pdf', 'paper'],
    ['pdf', 'https://example.org/x.pdf', 'paper'],
    ['arXiv', 'https://example.org/x', 'paper'],
    ['Project', 'https://arxiv.org/abs/2301.00808', 'paper'],
    ['Link', 'https://openaccess.thecvf.com/content/x.html', 'paper'],
    ['Link', 'https://openreview.net/forum?id=abc', 'paper'],
    ['Pytorch-Code', 'https://example.org/code', 'code'],
    ['TF-Code2', 'https://github.com/a/b', 'code'],
    ['Project', 'https://github.com/NVlabs/pacnet', 'code'],
    ['Link', 'https://gitlab.com/group/repo', 'code'],
    ['Link', 'https://huggingface.co/org/model', 'code'],
    ['Profile', 'https://github.com/someone', 'other'],
    ['Project', 'https://suhangpro.github.io/pac/', 'other'],
    ['blog', 'https://zhuanlan.zhihu.com/p/1', 'other'],
    ['Code', 'not a url', 'other'],
  ])('%s → %s is %s', (label, url, kind) => {
    expect(linkKind(label, url)).toBe(kind);
  });
});

describe('identity beyond the basics', () => {
  it('folds case fully: ß is ss', () => {
    expect(normaliseTitle('Straße Networks')).toBe(normaliseTitle('STRASSE NETWORKS'));
  });

  it('reads DOIs from publisher URLs and encoded slashes', () => {
    expect(doi('https://dl.acm.org/doi/10.1145/3065386')).toBe('10.1145/3065386');
    expect(doi('https://onlinelibrary.wiley.com/doi/abs/10.1002/widm.1249')).toBe(
      '10.1002/widm.1249',
    );
    expect(doi('https://doi.org/10.1109%2FCVPR.2016.90')).toBe('10.1109/cvpr.2016.90');
  });
});
