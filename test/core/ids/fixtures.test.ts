import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IdCode, NoIdKind, SeIdKind } from '../../../src/core/ids';
import { findNationalIds, validateNorwegian, validateSwedish } from '../../../src/core/ids';
import { normalizeText } from '../../../src/core/text/normalize';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'ids');

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as T;
}

interface Vectors<K> {
  valid: { id: string; kind: K; why: string }[];
  invalid: { id: string; why: string }[];
}

interface InText {
  cases: { why: string; text: string; found: { code: IdCode; start: number; end: number }[] }[];
}

const no = readJson<Vectors<NoIdKind>>('no-numbers.json');
const se = readJson<Vectors<SeIdKind>>('se-numbers.json');
const inText = readJson<InText>('found-in-text.json');

function find(text: string) {
  return findNationalIds(normalizeText(text));
}

describe('Norwegian numbers computed from the register rules', () => {
  it.each(no.valid)('accepts $id as $kind: $why', ({ id, kind }) => {
    expect(validateNorwegian(id)).toBe(kind);
  });

  it.each(no.invalid)('rejects $id: $why', ({ id }) => {
    expect(validateNorwegian(id)).toBeNull();
  });

  it.each(no.valid)('finds $id in a sentence as national-id.no.$kind', ({ id, kind }) => {
    const text = `Søknaden gjelder ${id}, se vedlegg.`;
    expect(find(text)).toEqual([
      expect.objectContaining({ code: `national-id.no.${kind}`, start: 17, end: 28, text: id }),
    ]);
  });

  it.each(no.invalid)('finds nothing in a sentence with $id: $why', ({ id }) => {
    expect(find(`Søknaden gjelder ${id}, se vedlegg.`)).toEqual([]);
  });
});

describe('Swedish numbers computed from the register rules', () => {
  it.each(se.valid)('accepts $id as $kind: $why', ({ id, kind }) => {
    expect(validateSwedish(id)).toBe(kind);
  });

  it.each(se.invalid)('rejects $id: $why', ({ id }) => {
    expect(validateSwedish(id)).toBeNull();
  });

  it.each(se.valid)('finds $id in a sentence as national-id.se.$kind', ({ id, kind }) => {
    const text = `Ärendet gäller ${id} enligt ansökan.`;
    expect(find(text)).toEqual([
      expect.objectContaining({
        code: `national-id.se.${kind}`,
        start: 15,
        end: 15 + id.length,
        text: id,
      }),
    ]);
  });

  it.each(se.invalid)('finds nothing in a sentence with $id: $why', ({ id }) => {
    expect(find(`Ärendet gäller ${id} enligt ansökan.`)).toEqual([]);
  });
});

describe('numbers in running text, with offsets into the original', () => {
  it.each(inText.cases)('$why', ({ text, found }) => {
    const matches = find(text);
    expect(matches.map((m) => ({ code: m.code, start: m.start, end: m.end }))).toEqual(found);
    for (const m of matches) {
      expect(m.text).toBe(text.slice(m.start, m.end));
      expect(m.category).toBe('national-id');
    }
  });
});

describe.each(['nb', 'nn', 'sv'])('municipal text in %s full of other numbers', (lang) => {
  const text = readFileSync(join(FIXTURES, `no-findings.${lang}.txt`), 'utf8');

  it('holds no identity number', () => {
    expect(find(text)).toEqual([]);
  });

  it('has numbers that pass as identity numbers on their own and are silenced by their labels', () => {
    const bare = (text.match(/\d{10,12}/g) ?? []).filter(
      (d) => validateNorwegian(d) !== null || validateSwedish(d) !== null,
    );
    expect(bare.length).toBeGreaterThanOrEqual(4);
  });
});
