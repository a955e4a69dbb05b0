import { describe, expect, it } from 'vitest';
import { aclIdFacts, linkFacts, linkRecord } from '../../src/metadata/link-facts.js';

describe('linkFacts', () => {
  it.each([
    // arXiv: abs, pdf, html, any version, old-style ids.
    [
      'https://arxiv.org/abs/2301.00808',
      { arxivId: '2301.00808', doi: '10.48550/arXiv.2301.00808', venue: 'arXiv 2301', year: 2023 },
    ],
    [
      'https://arxiv.org/pdf/2301.00808v2.pdf',
      { arxivId: '2301.00808', doi: '10.48550/arXiv.2301.00808', venue: 'arXiv 2301', year: 2023 },
    ],
    [
      'https://arxiv.org/html/2402.12345v3',
      { arxivId: '2402.12345', doi: '10.48550/arXiv.2402.12345', venue: 'arXiv 2402', year: 2024 },
    ],
    [
      'http://export.arxiv.org/abs/1706.03762v7',
      { arxivId: '1706.03762', doi: '10.48550/arXiv.1706.03762', venue: 'arXiv 1706', year: 2017 },
    ],
    [
      'https://arxiv.org/abs/hep-th/9901001',
      {
        arxivId: 'hep-th/9901001',
        doi: '10.48550/arXiv.hep-th/9901001',
        venue: 'arXiv 9901',
        year: 1999,
      },
    ],
    [
      'https://arxiv.org/pdf/math.GT/0309136v2',
      {
        arxivId: 'math/0309136',
        doi: '10.48550/arXiv.math/0309136',
        venue: 'arXiv 0309',
        year: 2003,
      },
    ],
    // An id whose month is not a month: the id is kept, no venue is made up.
    [
      'https://arxiv.org/abs/2213.00001',
      { arxivId: '2213.00001', doi: '10.48550/arXiv.2213.00001' },
    ],
    // DOIs, and arXiv's DataCite DOI read back into the arXiv id.
    ['https://doi.org/10.1109/CVPR.2016.90', { doi: '10.1109/CVPR.2016.90' }],
    ['http://dx.doi.org/10.1038/nature14539', { doi: '10.1038/nature14539' }],
    ['https://doi.org/10.1007%2F978-3-319-10590-1_53', { doi: '10.1007/978-3-319-10590-1_53' }],
    [
      'https://doi.org/10.48550/arXiv.2306.03845',
      { arxivId: '2306.03845', doi: '10.48550/arXiv.2306.03845', venue: 'arXiv 2306', year: 2023 },
    ],
    // OpenReview forum and pdf links.
    ['https://openreview.net/forum?id=2dnO3LLiJ1', { openReviewId: '2dnO3LLiJ1' }],
    ['https://openreview.net/pdf?id=2dnO3LLiJ1', { openReviewId: '2dnO3LLiJ1' }],
    ['https://openreview.net/forum?id=Xk2R7ejEcT&noteId=abc', { openReviewId: 'Xk2R7ejEcT' }],
    // CVF open access, both path styles, ICCV, WACV and workshops.
    [
      'https://openaccess.thecvf.com/content/CVPR2023/html/Chen_Run_Dont_Walk_CVPR_2023_paper.html',
      { venue: 'CVPR 2023', year: 2023 },
    ],
    [
      'https://openaccess.thecvf.com/content_CVPR_2019/papers/He_Bag_of_Tricks_CVPR_2019_paper.pdf',
      { venue: 'CVPR 2019', year: 2019 },
    ],
    [
      'http://openaccess.thecvf.com/content_ICCV_2017/html/He_Mask_R-CNN_ICCV_2017_paper.html',
      { venue: 'ICCV 2017', year: 2017 },
    ],
    [
      'https://openaccess.thecvf.com/content/WACV2024/html/X_WACV_2024_paper.html',
      { venue: 'WACV 2024', year: 2024 },
    ],
    [
      'https://openaccess.thecvf.com/content/ICCV2023W/CVAMD/html/X_ICCVW_2023_paper.html',
      { venue: 'ICCVW 2023', year: 2023 },
    ],
    [
      'https://openaccess.thecvf.com/content_cvpr_2013/html/X_2013_CVPR_paper.html',
      { venue: 'CVPR 2013', year: 2013 },
    ],
    // NeurIPS proceedings, old and new layouts.
    [
      'https://proceedings.neurips.cc/paper/2021/hash/abc-Abstract.html',
      { venue: 'NeurIPS 2021', year: 2021 },
    ],
    [
      'https://proceedings.neurips.cc/paper_files/paper/2023/hash/abc-Abstract-Conference.html',
      { venue: 'NeurIPS 2023', year: 2023 },
    ],
    ['https://papers.nips.cc/paper/2019/file/abc-Paper.pdf', { venue: 'NeurIPS 2019', year: 2019 }],
    // ACL Anthology, new and old ids, pdf links, the old aclweb.org address.
    [
      'https://aclanthology.org/2023.acl-long.12',
      { aclId: '2023.acl-long.12', venue: 'ACL 2023', year: 2023 },
    ],
    [
      'https://aclanthology.org/2022.emnlp-main.5.pdf',
      { aclId: '2022.emnlp-main.5', venue: 'EMNLP 2022', year: 2022 },
    ],
    ['https://aclanthology.org/N19-1423/', { aclId: 'N19-1423', venue: 'NAACL 2019', year: 2019 }],
    ['https://aclanthology.org/P19-1001.pdf', { aclId: 'P19-1001', venue: 'ACL 2019', year: 2019 }],
    [
      'https://www.aclweb.org/anthology/2021.naacl-main.208',
      { aclId: '2021.naacl-main.208', venue: 'NAACL 2021', year: 2021 },
    ],
    [
      'https://aclanthology.org/2023.findings-emnlp.7',
      { aclId: '2023.findings-emnlp.7', venue: 'Findings of EMNLP 2023', year: 2023 },
    ],
    ['https://aclanthology.org/W19-4302', { aclId: 'W19-4302', year: 2019 }],
    // Links that give nothing away.
    ['https://github.com/JierunChen/FasterNet', {}],
    ['https://arxiv.org/list/cs.CV/recent', {}],
    ['https://openreview.net/group?id=ICLR.cc/2024/Conference', {}],
    ['not a link', {}],
    ['javascript:alert(1)', {}],
  ])('%s', (link, facts) => {
    expect(linkFacts(link)).toEqual({ link, ...facts });
  });
});

describe('aclIdFacts', () => {
  it('reads years of the last century', () => {
    expect(aclIdFacts('P79-1001')).toEqual({ aclId: 'P79-1001', venue: 'ACL 1979', year: 1979 });
  });
});

describe('linkRecord', () => {
  it('makes a record of a link that names its venue, and none of one that does not', () => {
    const cvf = 'https://openaccess.thecvf.com/content/CVPR2023/html/x.html';
    expect(linkRecord(linkFacts(cvf))).toEqual({
      source: 'link',
      url: cvf,
      venue: 'CVPR 2023',
      year: 2023,
    });
    expect(linkRecord(linkFacts('https://openreview.net/forum?id=2dnO3LLiJ1'))).toBeUndefined();
  });
});
