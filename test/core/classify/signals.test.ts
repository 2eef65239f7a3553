/**
 * The words that say what kind of mail a message is (R4): found at the start
 * of a word, the first stem of each kind as listed, in one pass over the text
 * whose steps stay linear (issue 10).
 */
import { findSignals } from '../../../src/core/classify/signals';
import { Meter } from '../../../src/core/metering/meter';

describe('signals in a text', () => {
  it.each([
    ['søknaden om barnehageplass', [['case', 'søknad']]],
    ['ein gamal klage og ei ny søknad', [['case', 'søknad']]],
    ['forsøknad er ikkje eit ord', []],
    [
      'krav om innsyn etter offentleglova § 29',
      [
        ['case', 'krav om'],
        ['access-request', 'innsyn'],
      ],
    ],
    [
      'begäran om allmän handling',
      [
        ['case', 'begär'],
        // The first stem as listed, not the first in the text.
        ['access-request', 'begäran om allmän handling'],
      ],
    ],
    ['nyhetsbrev: rabatt på alt', [['advertising', 'nyhetsbrev']]],
    [
      'rea! og kram',
      [
        ['advertising', 'rea!'],
        ['private', 'kram'],
      ],
    ],
    ['s', []],
    ['', []],
  ] as const)('%s', (text, expected) => {
    expect(findSignals(text).map((s) => [s.kind, s.word])).toEqual(expected);
  });
});

describe('the signal finder is linear', () => {
  const worst = (n: number): string => 'sø kl in ta pr av ny '.repeat(n);
  const steps = (text: string): number => {
    const meter = new Meter();
    findSignals(text, meter);
    return meter.steps;
  };

  it('does at most about 4 times the work for 4 times the text, and a few steps a character', () => {
    const one = steps(worst(10_000));
    const four = steps(worst(40_000));
    expect(four).toBeLessThanOrEqual(4.5 * one);
    expect(four).toBeLessThanOrEqual(8 * worst(40_000).length);
  });
});
