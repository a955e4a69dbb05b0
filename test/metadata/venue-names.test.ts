import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalVenue,
  listSpelling,
  venueLabel,
  withoutVolume,
} from '../../src/metadata/venue-names.js';

describe('canonicalVenue', () => {
  it.each([
    ['conf/cvpr/HeZRS16', 'CVPR'],
    ['conf/iccv', 'ICCV'],
    ['conf/eccv/ZeilerF14', 'ECCV'],
    ['conf/nips/VaswaniSPUJGKP17', 'NeurIPS'],
    ['conf/iclr/DosovitskiyB0WZ21', 'ICLR'],
    ['conf/icml', 'ICML'],
    ['conf/aaai', 'AAAI'],
    ['conf/acl/X23', 'ACL'],
    ['conf/emnlp', 'EMNLP'],
    ['conf/naacl', 'NAACL'],
    ['journals/pami/X22', 'TPAMI'],
    ['journals/ijcv', 'IJCV'],
    ['journals/jmlr', 'JMLR'],
    ['journals/tmlr', 'TMLR'],
    ['journals/corr/abs-2301-00001', 'arXiv'],
    ['ECCV (12)', 'ECCV'],
    ['ECCV24', 'ECCV'],
    ['AAAI23', 'AAAI'],
    ['ACL (1)', 'ACL'],
    ['NAACL-HLT', 'NAACL'],
    ['NIPS', 'NeurIPS'],
    ['CVPR Workshops', 'CVPRW'],
    ['IEEE Trans. Pattern Anal. Mach. Intell.', 'TPAMI'],
    ['Computer Vision and Pattern Recognition', 'CVPR'],
    ['Neural Information Processing Systems', 'NeurIPS'],
    ['International Conference on Learning Representations', 'ICLR'],
    ['Advances in Neural Information Processing Systems 30', 'NeurIPS'],
    ['2016 IEEE Conference on Computer Vision and Pattern Recognition (CVPR)', 'CVPR'],
    ['Proceedings of the IEEE/CVF International Conference on Computer Vision', 'ICCV'],
    ['Proceedings of the AAAI Conference on Artificial Intelligence', 'AAAI'],
    ['ICLR.cc/2024/Conference', 'ICLR'],
    ['NeurIPS.cc/2023/Conference/Rejected_Submission', 'NeurIPS'],
    ['arXiv.org', 'arXiv'],
    ['neurips', 'NeurIPS'],
  ])('%s is %s', (name, canonical) => {
    expect(canonicalVenue(name)).toBe(canonical);
  });

  it('knows nothing of venues outside the table', () => {
    expect(canonicalVenue('Asian Test Symposium')).toBeUndefined();
    expect(canonicalVenue('conf/ats/ShinogiYHTY05')).toBeUndefined();
    expect(canonicalVenue('')).toBeUndefined();
    expect(canonicalVenue('ResNet50')).toBeUndefined();
  });
});

describe('venueLabel', () => {
  it('writes the short name and the year, or the source name without a volume', () => {
    expect(venueLabel('ECCV (12)', 2018)).toBe('ECCV 2018');
    expect(venueLabel('Asian Test Symposium', 2005)).toBe('Asian Test Symposium 2005');
    expect(venueLabel('Science')).toBe('Science');
  });
});

describe('listSpelling', () => {
  it("uses the list's own spelling of the venue", () => {
    expect(listSpelling('NeurIPS 2023', ['NIPS 2017', 'NIPS 2018', 'CVPR 2020'])).toBe('NIPS 2023');
    expect(listSpelling('TPAMI 2022', ['PAMI 2020'])).toBe('PAMI 2022');
    expect(listSpelling('ICLR 2024 Oral', ['ICLR 2023'])).toBe('ICLR 2024 Oral');
  });

  it('follows the spelling of the nearest year when the list changed its spelling', () => {
    const list = ['NIPS 2016', 'NIPS 2017', 'NIPS 2017', 'NeurIPS 2022'];
    expect(listSpelling('NeurIPS 2023', list)).toBe('NeurIPS 2023');
    expect(listSpelling('NeurIPS 2016', list)).toBe('NIPS 2016');
  });

  it('leaves a venue the list never names, and arXiv YYMM, as they are', () => {
    expect(listSpelling('CVPR 2023', ['ICCV 2021'])).toBe('CVPR 2023');
    expect(listSpelling('arXiv 2301', ['ArXiv 2212'])).toBe('arXiv 2301');
    expect(listSpelling('CVPR 2023', [])).toBe('CVPR 2023');
  });
});

describe('withoutVolume', () => {
  it('drops what the patterns it replaced dropped, on random names', () => {
    const before = (name: string) =>
      name
        .replace(/\s*\(\d+\)\s*$/, '')
        .replace(/\s+(?:\d+|(?:19|20)\d\d)\s*$/, '')
        .trim();
    const piece = fc.constantFrom(
      ...['E', 'cv', ' ', '\t', '\u00a0', '(', ')', '1', '20', '٣', 'x'],
    );
    const name = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(name, (text) => {
        expect(withoutVolume(text)).toBe(before(text));
      }),
      { numRuns: 5000 },
    );
    expect(withoutVolume('ECCV 2016 (12) ')).toBe('ECCV');
  });

  it('reads an OpenReview venue id of a long run of spaces at once', () => {
    // The patterns replaced took 1.3 s on 20,000 spaces, quadratic: minutes here.
    const started = performance.now();
    expect(canonicalVenue(`ICLR${' '.repeat(200_000)}x`)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
