/**
 * The text scan reads a text once: the keyword scan hands the runs of digits
 * it passes to the ID number reader. Whatever the text, that single pass
 * finds exactly the numbers the ID reader finds reading the text on its own,
 * and exactly the keywords the keyword scan finds without the ID reader
 * along: digits glued to letters, inside addresses and links the keyword
 * scan skips, in chains reaching over several words, in letters spaced apart.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNationalIds } from '../../src/core/ids';
import { findKeywords } from '../../src/core/keywords';
import type { TextMatch } from '../../src/core/model';
import type { ExtraKeywords } from '../../src/core/profile/types';
import { scanText } from '../../src/core/scan';
import { hasRightToLeft, normalizeText } from '../../src/core/text/normalize';
import { fodselsnummer, personnummer } from '../adversarial/ids';
import { between, pick, prng } from '../adversarial/prng';
import type { Rng } from '../adversarial/prng';

const FIXTURES = join(__dirname, '..', 'fixtures');
const EXTRA: ExtraKeywords = { confidentiality: ['hemmelig prosjekt', 'U.off'] };

/** What the two readers find, each reading the text on its own. */
function apart(text: string, extra?: ExtraKeywords): { ids: TextMatch[]; keywords: TextMatch[] } {
  const norm = normalizeText(text);
  return { ids: findNationalIds(norm), keywords: findKeywords(norm, extra) };
}

function together(
  text: string,
  extra?: ExtraKeywords,
): { ids: TextMatch[]; keywords: TextMatch[] } {
  const all = scanText(text, extra);
  return {
    ids: all.filter((m) => m.category === 'national-id'),
    keywords: all.filter((m) => m.category !== 'national-id'),
  };
}

function expectSame(text: string, extra?: ExtraKeywords): void {
  // A right-to-left text is also read in display order: compared elsewhere.
  expect(hasRightToLeft(text)).toBe(false);
  expect(together(text, extra)).toEqual(apart(text, extra));
}

const WORDS = [
  'fnr',
  'personnummer',
  'Sykmeldt',
  'taushetsbelagt',
  'unntatt offentlighet',
  'offl. § 13',
  'hemmelig prosjekt',
  'U.off',
  'dnr',
  'sak',
  'is',
  "don't",
  'a',
  'b',
  'www',
  'ha.no',
  'kommune.no/sak',
];
const GAPS = [' ', '  ', '\t', '\n', ' - ', '-', '.', '/', '+', ', ', '. ', '@', '://', "'", ''];

/** Digits as people write them, and as they hide them. */
function digits(r: Rng): string {
  switch (between(r, 0, 7)) {
    case 0:
      return fodselsnummer(r);
    case 1: {
      const f = fodselsnummer(r);
      return `${f.slice(0, 6)} ${f.slice(6)}`;
    }
    case 2: {
      const f = fodselsnummer(r);
      return `${f.slice(0, 3)} ${f.slice(3, 6)} ${f.slice(6, 9)} ${f.slice(9)}`;
    }
    case 3: {
      const p = personnummer(r, pick(r, [10, 12] as const));
      return `${p.slice(0, -4)}-${p.slice(-4)}`;
    }
    case 4:
      return String(between(r, 0, 99999));
    case 5:
      return String(between(r, 0, 9));
    case 6: {
      const f = fodselsnummer(r);
      return `${f.slice(0, 4)}\n${f.slice(4)}`;
    }
    default:
      return `${between(r, 1, 28)}.${between(r, 1, 12)}.${between(r, 1900, 2030)}`;
  }
}

/** A text of words, numbers, addresses and links in every mixture. */
function mixture(r: Rng, parts: number): string {
  let s = '';
  for (let k = 0; k < parts; k++) {
    const x = r();
    if (x < 0.35) s += digits(r);
    else if (x < 0.45) s += `www.${digits(r)}.no/${digits(r)}`;
    else if (x < 0.55) s += `${pick(r, WORDS)}${digits(r)}@ha.no`;
    else if (x < 0.6) s += `https://x.no/${digits(r)}?id=${digits(r)}`;
    else if (x < 0.65) s += `${pick(r, ['s', 'e', 'k'])} ${pick(r, ['r', 'e', 't'])} ${digits(r)}`;
    else s += pick(r, WORDS);
    s += pick(r, GAPS);
  }
  return s;
}

describe('the text scan reads ID numbers and keywords in one pass', () => {
  it('finds what each reader finds alone, in 400 generated texts', () => {
    const r = prng(20_241);
    for (let k = 0; k < 400; k++) {
      const text = mixture(r, between(r, 1, 60));
      expectSame(text);
      expectSame(text, EXTRA);
    }
  });

  it('finds numbers in addresses and links the keyword scan skips', () => {
    const f = '13097248022';
    for (const text of [
      `www.ha.no/${f}`,
      `se www.${f}.no`,
      `https://ha.no/sak?fnr=${f}`,
      `ola${f}@ha.no`,
      `ola@ha.no ${f}`,
      `${f}@ha.no`,
      `mailto:${f}@x.no, ${f}`,
      `www.ha.no/130972 48022 og 130972 48022`,
    ]) {
      expectSame(text);
      expect(together(text).ids.length).toBeGreaterThan(0);
    }
  });

  it('finds numbers glued to letters, over line breaks and in letters spaced apart', () => {
    for (const text of [
      'id code is199003052397',
      'fnr:13097248022.',
      'Fnr 130972\n48022',
      't a u s h e t s b e l a g t 13097248022',
      's.e.k.r.e.t.e.s.s 130 972 480 22',
      "don't 13097248022 don't",
    ]) {
      expectSame(text);
      expect(together(text).ids.length).toBeGreaterThan(0);
    }
  });

  it('finds what each reader finds alone in the fixtures', () => {
    const texts: string[] = [];
    for (const lang of ['nb', 'nn', 'sv']) {
      texts.push(readFileSync(join(FIXTURES, 'ids', `no-findings.${lang}.txt`), 'utf8'));
    }
    const inText = JSON.parse(
      readFileSync(join(FIXTURES, 'ids', 'found-in-text.json'), 'utf8'),
    ) as { cases: { text: string }[] };
    texts.push(...inText.cases.map((c) => c.text));
    for (const dir of ['should-fire', 'should-not-fire']) {
      const folder = join(FIXTURES, 'keywords', dir);
      for (const name of readdirSync(folder)) texts.push(readFileSync(join(folder, name), 'utf8'));
    }
    for (const text of texts.filter((t) => !hasRightToLeft(t))) expectSame(text);
  });
});
