import { describe, expect, it } from 'vitest';
import { parseLoneDate, parseVenueDate } from '../../src/paper/parse-venue-date.js';

describe('parseVenueDate', () => {
  it.each([
    ['CVPR 2023', { year: 2023 }],
    ['ICLR 2024 Oral', { year: 2024 }],
    ['NeurIPS 2022 Spotlight', { year: 2022 }],
    ['CVPR 2017 Best Paper', { year: 2017 }],
    ['SIGGRAPH 2019 Asia', { year: 2019 }],
    ['TIP 2008', { year: 2008 }],
    ['NIPS 1998', { year: 1998 }],
  ])('reads the four-digit year of %j', (venue, date) => {
    expect(parseVenueDate(venue)).toEqual(date);
  });

  it.each([
    ['arXiv 2004', { year: 2020, month: 4 }],
    ['arXiv 2301', { year: 2023, month: 1 }],
    ['arXiv 1411', { year: 2014, month: 11 }],
    ['arXiv 2012', { year: 2020, month: 12 }],
    ['arxiv 2205', { year: 2022, month: 5 }],
    ['ARXIV:2106', { year: 2021, month: 6 }],
    ['arXiv 2301.00808', { year: 2023, month: 1 }],
    // arXiv opened in 1991: old-style ids of the nineties.
    ['arXiv 9908', { year: 1999, month: 8 }],
    ['arXiv 9108', { year: 1991, month: 8 }],
    ['arXiv 0704', { year: 2007, month: 4 }],
  ])('reads arXiv YYMM in %j as year and month', (venue, date) => {
    expect(parseVenueDate(venue)).toEqual(date);
  });

  it.each([
    ['arXiv 2023.10', { year: 2023, month: 10 }],
    ['arxiv 2023.5', { year: 2023, month: 5 }],
    ['Arxiv 24.02.01', { year: 2024, month: 2, day: 1 }],
    ['Arxiv 24.02.08->ECCV24', { year: 2024, month: 2, day: 8 }],
    ['arXiv 24.05', { year: 2024, month: 5 }],
  ])('reads the month (and day) lists write after arXiv in %j', (venue, date) => {
    expect(parseVenueDate(venue)).toEqual(date);
  });

  it.each([
    ['arXiv 2012.12345', { year: 2020, month: 12 }],
    ['arXiv 2019.12345', { year: 2019 }],
    ['Arxiv 24.13.01', undefined],
  ])('takes %j for an arXiv id or a year, not a month that is none', (venue, date) => {
    expect(parseVenueDate(venue)).toEqual(date);
  });

  it.each([
    ['arXiv 2016', { year: 2016 }],
    ['arXiv 2013', { year: 2013 }],
    ['arXiv 2000', { year: 2000 }],
  ])('reads %j as a year: its last two digits are no month', (venue, date) => {
    expect(parseVenueDate(venue)).toEqual(date);
  });

  it.each(['CVPR', 'arXiv', 'arXiv 23', 'NeurIPS Spotlight', 'ICCV 20233', 'CVPR 3023', ''])(
    'finds no year in %j',
    (venue) => {
      expect(parseVenueDate(venue)).toBeUndefined();
    },
  );

  it('takes the first four-digit year', () => {
    expect(parseVenueDate('CVPR 2019 (extended in TPAMI 2021)')).toEqual({ year: 2019 });
  });

  it.each([
    ['Dec., 2024', { year: 2024, month: 12 }],
    ['May, 2024', { year: 2024, month: 5 }],
    ['Sept. 2023', { year: 2023, month: 9 }],
    ['arXiv, July 2023', { year: 2023, month: 7 }],
    ['ICMR, 2024', { year: 2024 }],
    ['Decision Sciences 2024', { year: 2024 }],
    ['CVPR, 2024', { year: 2024 }],
  ])('reads a month named before the year that ends %j', (venue, date) => {
    // showlab/Awesome-Video-Diffusion: `(Dec., 2024)` beside `(CVPR, 2024)`.
    expect(parseVenueDate(venue)).toEqual(date);
  });
});

describe("parseVenueDate: a name with the year's last two digits", () => {
  it.each([
    ["NAACL'21", { year: 2021 }],
    ['ICLR’99', { year: 1999 }],
    ['EMNLP’05 Findings', { year: 2005 }],
    ["ICLR'69", { year: 2069 }],
    ["ICLR'70", { year: 1970 }],
    // One blank on either side of the apostrophe, as hoya012/awesome-anomaly-detection writes.
    ["ESANN' 15", { year: 2015 }],
    ["ACM CCS '18", { year: 2018 }],
    ["NAACL '21", { year: 2021 }],
  ])('reads %j', (venue, date) => {
    expect(parseVenueDate(venue)).toEqual(date);
  });

  it('lets a four-digit year or arXiv YYMM win', () => {
    expect(parseVenueDate("CVPR'19 2020")).toEqual({ year: 2020 });
    expect(parseVenueDate("NAACL'2021")).toEqual({ year: 2021 });
    expect(parseVenueDate("arXiv 2301 ICLR'19")).toEqual({ year: 2023, month: 1 });
  });

  it.each(["'21", "NAACL'210", "NAACL  '21", "NAACL'  21"])('finds no year in %j', (venue) => {
    expect(parseVenueDate(venue)).toBeUndefined();
  });
});

describe('parseVenueDate: a known venue with the year glued on', () => {
  it.each([
    ['ECCV24', { year: 2024 }],
    ['AAAI23', { year: 2023 }],
    ['CVPR23 Oral', { year: 2023 }],
    ['NIPS17', { year: 2017 }],
    // A blank away (benedekrozemberczki/awesome-community-detection, hoya012/awesome-anomaly-detection).
    ['AAAI 17', { year: 2017 }],
    ['IJCAI 19', { year: 2019 }],
  ])('reads %j', (venue, date) => {
    expect(parseVenueDate(venue)).toEqual(date);
  });

  it.each([
    'ResNet50',
    'GPT35',
    'Llama-2 70B',
    'V100',
    'CVPR240',
    'ResNet 50',
    'CVPR 1.5',
    'CVPR  17',
  ])('finds no year in %j', (venue) => {
    expect(parseVenueDate(venue)).toBeUndefined();
  });
});

describe('parseLoneDate', () => {
  it.each([
    ['2015-02-25', { year: 2015, month: 2, day: 25 }],
    [' 2015-02 ', { year: 2015, month: 2 }],
    ['2023.5', { year: 2023, month: 5 }],
    ['2021/12/01', { year: 2021, month: 12, day: 1 }],
    ['2022-02-30', { year: 2022, month: 2, day: 30 }],
    // A day, a month's name and a year (sbrugman/deep-learning-papers, YingqingHe's list).
    ['11 may 2017', { year: 2017, month: 5, day: 11 }],
    ['19 Mar 2024', { year: 2024, month: 3, day: 19 }],
    ['3 September, 2023', { year: 2023, month: 9, day: 3 }],
    // A month, then its year (yunlong10/Awesome-LLMs-for-Video-Understanding's Date column).
    ['06/2024', { year: 2024, month: 6 }],
  ])('reads %j as a date', (text, date) => {
    expect(parseLoneDate(text)).toEqual(date);
  });

  it.each([
    '2015',
    '2015-13-01',
    'CVPR 2015-02',
    '2015-02-25 oral',
    '1812.04948',
    '',
    '11 foo 2017',
    '32 may 2017',
    'may 2017',
    '13/2024',
    '06/24',
  ])('reads no date from %j', (text) => {
    expect(parseLoneDate(text)).toBeUndefined();
  });
});
