import { describe, expect, it } from 'vitest';
import { detectOrder, type OrderKey } from '../../src/infer/detect-order.js';

/** Keys dated by year, untitled. */
const years = (...list: number[]): OrderKey[] => list.map((year) => ({ date: { year } }));

describe('detectOrder', () => {
  it('reads newest first and oldest first from the dates', () => {
    expect(detectOrder(years(2023, 2022, 2021, 2020))).toBe('newest-first');
    expect(detectOrder(years(2018, 2019, 2020, 2021))).toBe('oldest-first');
  });

  it('allows a few entries out of place', () => {
    // Five steps back in time, one forward: still newest first.
    expect(detectOrder(years(2023, 2022, 2024, 2021, 2020, 2019, 2018))).toBe('newest-first');
    // A late find added at the end of an oldest-first run.
    expect(detectOrder(years(2015, 2016, 2017, 2018, 2019, 2012))).toBe('oldest-first');
  });

  it('entries of one year, and undated entries, take no step', () => {
    expect(detectOrder(years(2023, 2023, 2023, 2023))).toBeUndefined();
    const keys: OrderKey[] = [
      { date: { year: 2023 } },
      {},
      { date: { year: 2022 } },
      { name: () => 'Untitled and undated' },
      { date: { year: 2021 } },
      { date: { year: 2020 } },
    ];
    expect(detectOrder(keys)).toBe('newest-first');
  });

  it('is none when the dates go both ways several times', () => {
    expect(detectOrder(years(2018, 2020, 2019, 2021, 2017, 2022))).toBe('none');
  });

  it('is undefined when the entries say too little', () => {
    expect(detectOrder([])).toBeUndefined();
    expect(detectOrder(years(2020))).toBeUndefined();
    expect(detectOrder(years(2020, 2019))).toBeUndefined();
    expect(detectOrder(years(2020, 2019, 2021))).toBeUndefined();
    // Three steps, two of them back: newest first already.
    expect(detectOrder(years(2020, 2019, 2018, 2021))).toBe('newest-first');
    // Two steps each way is enough to call it none; one step forward is not.
    expect(detectOrder(years(2020, 2019, 2021, 2018, 2022))).toBe('none');
    expect(detectOrder(years(2020, 2019, 2018, 2017, 2016, 2021, 2020, 2019))).toBe('newest-first');
  });

  it('reads a run of four dated entries or more stepping one way only, two steps or more', () => {
    // What a sort by year leaves of a run it found newest first: one step a year.
    const found = years(2022, 2021, 2020, 2022, 2021, 2020);
    expect(detectOrder(found)).toBe('newest-first');
    expect(detectOrder(years(2022, 2022, 2021, 2021, 2020, 2020))).toBe('newest-first');
    expect(detectOrder(years(2021, 2021, 2022, 2023))).toBe('oldest-first');
    // One step is too little: one late find atop a sample of one year; fewer than four too.
    expect(detectOrder(years(2023, 2024, 2024, 2024, 2024))).toBeUndefined();
    expect(detectOrder(years(2021, 2022, 2023))).toBeUndefined();
  });

  it('reads no title where the dates tell the order', () => {
    let read = 0;
    const title = () => {
      read += 1;
      return 'A Title';
    };
    const keys: OrderKey[] = [2023, 2022, 2021, 2020].map((year) => ({ date: { year }, title }));
    expect(detectOrder(keys)).toBe('newest-first');
    expect(read).toBe(0);
  });

  it('reads alphabetical titles when the dates show no order', () => {
    const keys: OrderKey[] = [
      { date: { year: 2020 }, name: () => 'Attention Is All You Need' },
      {
        date: { year: 2021 },
        name: () => 'BERT: Pre-training of Deep Bidirectional Transformers',
      },
      { date: { year: 2019 }, name: () => 'Contrastive Learning of Visual Representations' },
      { date: { year: 2020 }, name: () => 'Deep Residual Learning' },
      {
        date: { year: 2018 },
        name: () => 'Emerging Properties in Self-Supervised Vision Transformers',
      },
    ];
    expect(detectOrder(keys)).toBe('title');
    // One title out of place: not alphabetical.
    const swapped = [keys[0]!, keys[2]!, keys[1]!, keys[3]!, keys[4]!];
    expect(detectOrder(swapped)).not.toBe('title');
    // Five titles alone, without a date to step on, are too little to tell; nine are enough.
    expect(detectOrder(keys.map((k) => ({ name: k.name! })))).toBeUndefined();
    const names = ['3D-GAN', 'ABC-GAN', 'acGAN', 'BiGAN', 'BinGAN', 'CycleGAN', 'DP-GAN', 'DPGAN'];
    const undated = (more: string[]) => [...names, ...more].map((n) => ({ name: () => n }));
    expect(detectOrder(undated([]))).toBeUndefined();
    expect(detectOrder(undated(['LSGAN']))).toBe('title');
    expect(detectOrder(undated(['AAA-GAN']))).toBeUndefined();
  });

  it('compares months within a year only by month', () => {
    const keys: OrderKey[] = [
      { date: { year: 2023, month: 9 } },
      { date: { year: 2023, month: 5 } },
      { date: { year: 2023, month: 2 } },
      { date: { year: 2023, month: 1 } },
    ];
    expect(detectOrder(keys)).toBeUndefined();
    expect(detectOrder(keys, true)).toBe('newest-first');
    expect(detectOrder([...keys].reverse(), true)).toBe('oldest-first');
  });
});
