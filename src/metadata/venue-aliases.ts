// The built-in venue table: how DBLP, Semantic Scholar, OpenReview, Crossref and the lists
// themselves name the major ML / CV / NLP venues, each mapped to one short canonical name.

/** One venue: its canonical short name and every other way sources write it. */
export interface VenueAliases {
  readonly canonical: string;
  /**
   * DBLP keys (`conf/cvpr`), DBLP venue strings, Semantic Scholar and Crossref names, OpenReview
   * group ids (`ICLR.cc`) and short spellings lists use. Matched ignoring case, accents and
   * punctuation.
   */
  readonly aliases: readonly string[];
}

/**
 * The major venues. Spellings that lists use for the same venue (`NIPS` and `NeurIPS`, `PAMI`
 * and `TPAMI`) are aliases of one entry, so a list's own spelling can be kept.
 */
export const VENUE_ALIASES: readonly VenueAliases[] = [
  // Computer vision.
  {
    canonical: 'CVPR',
    aliases: [
      'conf/cvpr',
      'Computer Vision and Pattern Recognition',
      'IEEE Conference on Computer Vision and Pattern Recognition',
      'IEEE/CVF Conference on Computer Vision and Pattern Recognition',
      'IEEE Computer Society Conference on Computer Vision and Pattern Recognition',
      'Computer Vision and Pattern Recognition (CVPR)',
    ],
  },
  { canonical: 'CVPRW', aliases: ['CVPR Workshops', 'CVPR Workshop'] },
  {
    canonical: 'ICCV',
    aliases: [
      'conf/iccv',
      'IEEE International Conference on Computer Vision',
      'International Conference on Computer Vision',
      'IEEE/CVF International Conference on Computer Vision',
    ],
  },
  { canonical: 'ICCVW', aliases: ['ICCV Workshops', 'ICCV Workshop'] },
  { canonical: 'ECCV', aliases: ['conf/eccv', 'European Conference on Computer Vision'] },
  { canonical: 'ECCVW', aliases: ['ECCV Workshops', 'ECCV Workshop'] },
  {
    canonical: 'WACV',
    aliases: [
      'conf/wacv',
      'IEEE Workshop/Winter Conference on Applications of Computer Vision',
      'IEEE/CVF Winter Conference on Applications of Computer Vision',
      'Winter Conference on Applications of Computer Vision',
    ],
  },
  { canonical: 'BMVC', aliases: ['conf/bmvc', 'British Machine Vision Conference'] },
  { canonical: '3DV', aliases: ['conf/3dim', 'International Conference on 3D Vision'] },
  {
    canonical: 'TPAMI',
    aliases: [
      'journals/pami',
      'PAMI',
      'T-PAMI',
      'IEEE TPAMI',
      'IEEE Trans. Pattern Anal. Mach. Intell.',
      'IEEE Transactions on Pattern Analysis and Machine Intelligence',
    ],
  },
  {
    canonical: 'IJCV',
    aliases: ['journals/ijcv', 'Int. J. Comput. Vis.', 'International Journal of Computer Vision'],
  },
  {
    canonical: 'TIP',
    aliases: [
      'journals/tip',
      'IEEE Trans. Image Process.',
      'IEEE Transactions on Image Processing',
    ],
  },
  {
    canonical: 'TOG',
    aliases: ['journals/tog', 'ACM Trans. Graph.', 'ACM Transactions on Graphics'],
  },
  { canonical: 'SIGGRAPH', aliases: ['conf/siggraph', 'SIGGRAPH (Conference Paper Track)'] },
  { canonical: 'SIGGRAPH Asia', aliases: ['conf/siggrapha'] },
  {
    canonical: 'MICCAI',
    aliases: ['conf/miccai', 'Medical Image Computing and Computer-Assisted Intervention'],
  },
  { canonical: 'ACM MM', aliases: ['conf/mm', 'ACM Multimedia', 'ACMMM', 'MM'] },
  // Machine learning.
  {
    canonical: 'NeurIPS',
    aliases: [
      'conf/nips',
      'NIPS',
      'NeurIPS.cc',
      'Neural Information Processing Systems',
      'Advances in Neural Information Processing Systems',
      'Annual Conference on Neural Information Processing Systems',
      'Conference on Neural Information Processing Systems',
    ],
  },
  {
    canonical: 'ICLR',
    aliases: ['conf/iclr', 'ICLR.cc', 'International Conference on Learning Representations'],
  },
  {
    canonical: 'ICML',
    aliases: ['conf/icml', 'ICML.cc', 'International Conference on Machine Learning'],
  },
  {
    canonical: 'AAAI',
    aliases: [
      'conf/aaai',
      'AAAI.org',
      'AAAI Conference on Artificial Intelligence',
      'Proceedings of the AAAI Conference on Artificial Intelligence',
    ],
  },
  {
    canonical: 'IJCAI',
    aliases: ['conf/ijcai', 'International Joint Conference on Artificial Intelligence'],
  },
  {
    canonical: 'AISTATS',
    aliases: [
      'conf/aistats',
      'aistats.org/AISTATS',
      'International Conference on Artificial Intelligence and Statistics',
    ],
  },
  {
    canonical: 'UAI',
    aliases: ['conf/uai', 'Conference on Uncertainty in Artificial Intelligence'],
  },
  { canonical: 'COLT', aliases: ['conf/colt', 'Annual Conference Computational Learning Theory'] },
  { canonical: 'CoRL', aliases: ['conf/corl', 'Conference on Robot Learning'] },
  {
    canonical: 'JMLR',
    aliases: [
      'journals/jmlr',
      'J. Mach. Learn. Res.',
      'Journal of Machine Learning Research',
      'Journal of machine learning research',
    ],
  },
  {
    canonical: 'TMLR',
    aliases: [
      'journals/tmlr',
      'Trans. Mach. Learn. Res.',
      'Transactions on Machine Learning Research',
    ],
  },
  {
    canonical: 'KDD',
    aliases: ['conf/kdd', 'SIGKDD', 'Knowledge Discovery and Data Mining'],
  },
  { canonical: 'WWW', aliases: ['conf/www', 'TheWebConf', 'The Web Conference'] },
  { canonical: 'SIGIR', aliases: ['conf/sigir'] },
  {
    canonical: 'ICRA',
    aliases: ['conf/icra', 'IEEE International Conference on Robotics and Automation'],
  },
  {
    canonical: 'IROS',
    aliases: ['conf/iros', 'IEEE/RSJ International Conference on Intelligent Robots and Systems'],
  },
  { canonical: 'RSS', aliases: ['conf/rss', 'Robotics: Science and Systems'] },
  // Natural language processing.
  {
    canonical: 'ACL',
    aliases: [
      'conf/acl',
      'ACL (1)',
      'Annual Meeting of the Association for Computational Linguistics',
    ],
  },
  {
    canonical: 'EMNLP',
    aliases: ['conf/emnlp', 'Conference on Empirical Methods in Natural Language Processing'],
  },
  {
    canonical: 'NAACL',
    aliases: [
      'conf/naacl',
      'NAACL-HLT',
      'North American Chapter of the Association for Computational Linguistics',
    ],
  },
  {
    canonical: 'EACL',
    aliases: [
      'conf/eacl',
      'Conference of the European Chapter of the Association for Computational Linguistics',
    ],
  },
  {
    canonical: 'COLING',
    aliases: ['conf/coling', 'International Conference on Computational Linguistics'],
  },
  {
    canonical: 'CoNLL',
    aliases: ['conf/conll', 'Conference on Computational Natural Language Learning'],
  },
  {
    canonical: 'TACL',
    aliases: [
      'journals/tacl',
      'Trans. Assoc. Comput. Linguistics',
      'Transactions of the Association for Computational Linguistics',
    ],
  },
  { canonical: 'COLM', aliases: ['colmweb.org/COLM', 'Conference on Language Modeling'] },
  // Preprints: DBLP files arXiv under CoRR, Semantic Scholar under arXiv.org.
  {
    canonical: 'arXiv',
    aliases: ['journals/corr', 'CoRR', 'arXiv.org', 'arXiv (Cornell University)'],
  },
];
