import {
  InvalidReference,
  MAX_SUBJECT,
  checkReference,
  describeReferenceProblem,
  ourReferenceOf,
  referenceMessages,
  withOurReference,
} from '../../../src/core/archive';
import { findCaseReference, isTheirReference } from '../../../src/core/compose/case-ref';
import { LANGS } from '../../../src/core/model';
import { describeCatalog } from '../../support/catalog';

describeCatalog('archive reference', referenceMessages);

/** Every character of the text is a whole user-perceived character: no lone surrogate. */
function wellFormed(s: string): boolean {
  return !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
}

describe('our reference in the subject (R19)', () => {
  it.each([
    [
      'nb',
      'Svar på søknad om dispensasjon',
      'Vår ref. 2026/123-4 – Svar på søknad om dispensasjon',
    ],
    ['nn', 'Svar på søknad om løyve', 'Vår ref. 2026/123-4 – Svar på søknad om løyve'],
    ['sv', 'Beslut om bygglov', 'Vårt dnr 2026/123-4 – Beslut om bygglov'],
    ['en', 'Decision on your application', 'Our ref. 2026/123-4 – Decision on your application'],
  ] as const)('writes it first in %s', (lang, subject, expected) => {
    expect(withOurReference(subject, '2026/123-4', lang)).toBe(expected);
  });

  it.each([
    ['SV: Søknad om løyve', 'SV: Vår ref. 2026/123-4 – Søknad om løyve'],
    ['RE: Sv: Søknad', 'RE: Sv: Vår ref. 2026/123-4 – Søknad'],
    ['VS:Søknad', 'VS: Vår ref. 2026/123-4 – Søknad'],
    ['AW: Re[2]: Antrag', 'AW: Re[2]: Vår ref. 2026/123-4 – Antrag'],
    ['', 'Vår ref. 2026/123-4'],
    ['SV: ', 'SV: Vår ref. 2026/123-4'],
  ])('keeps the prefixes of %j in front', (subject, expected) => {
    expect(withOurReference(subject, '2026/123-4', 'nb')).toBe(expected);
  });

  it.each([
    'Vår ref. 2026/123-4 – Svar på søknad',
    'SV: Vår ref. 2026/123-4 – Svar på søknad',
    'Svar på søknad (vår ref.: 2026/123-4)',
    'Our ref. 2026/123-4 – Svar',
  ])('leaves %j as it is: it carries the reference already', (subject) => {
    expect(withOurReference(subject, '2026/123-4', 'nb')).toBe(subject);
  });

  it('is idempotent', () => {
    const once = withOurReference('SV: Vedtak om barnehageplass', 'KS 2024/123', 'sv');
    expect(withOurReference(once, 'KS 2024/123', 'sv')).toBe(once);
    expect(withOurReference(once, 'ks 2024/123', 'sv')).toBe(once);
  });

  it.each([
    ['Vår ref. 2025/9-1 – Svar på søknad', 'Vår ref. 2026/123-4 – Svar på søknad'],
    ['SV: Vår ref. 2025/9-1 – Svar', 'SV: Vår ref. 2026/123-4 – Svar'],
    ['Svar på søknad – Vår ref.: 2025/9-1', 'Vår ref. 2026/123-4 – Svar på søknad'],
    ['Svar | Vår ref 2025/9-1 | gnr. 12', 'Vår ref. 2026/123-4 – Svar – gnr. 12'],
    ['Vår ref. 2025/9-1 – SV: Svar', 'SV: Vår ref. 2026/123-4 – Svar'],
    ['Vårt dnr KS 2025/9 – Beslut', 'Vår ref. 2026/123-4 – Beslut'],
  ])('replaces the other reference of ours in %j', (subject, expected) => {
    expect(withOurReference(subject, '2026/123-4', 'nb')).toBe(expected);
  });

  it("keeps the recipient's reference", () => {
    const out = withOurReference('SV: Deres ref. 24/117 – Klage', '2026/123-4', 'nb');
    expect(out).toBe('SV: Vår ref. 2026/123-4 – Deres ref. 24/117 – Klage');
    const theirs = findCaseReference('Deres ref. 24/117');
    expect(theirs && isTheirReference('Deres ref. 24/117', theirs)).toBe(true);
  });

  it('reads it back, and the send check sees it as ours', () => {
    for (const lang of LANGS) {
      const subject = withOurReference('SV: Klage på vedtak', 'BOU 2021.456', lang);
      expect(ourReferenceOf(subject)).toBe('BOU 2021.456');
      const ref = findCaseReference(subject);
      expect(ref && !isTheirReference(subject, ref)).toBe(true);
    }
  });

  it.each([
    ['Vår ref. 2026/123-4 – Svar', '2026/123-4'],
    ['SV: Vår referanse: 24/117. Takk', '24/117'],
    ['Vårt diarienummer KS 2024/123', 'KS 2024/123'],
    ['VÅR REF. 2026/1', '2026/1'],
    ['Deres ref. 24/117 – Svar', null],
    ['Svar på søknad 2026/123-4', null],
    ['Vår ref. kommer', null],
  ])('reads %j as %j', (subject, ref) => {
    expect(ourReferenceOf(subject)).toBe(ref);
  });

  it('takes a reference typed with its label', () => {
    expect(withOurReference('Svar', 'Vår ref.: 2026/123-4', 'nb')).toBe(
      'Vår ref. 2026/123-4 – Svar',
    );
  });
});

describe('long subjects', () => {
  const long = `Svar på søknad om dispensasjon frå reguleringsplan for bustadfelt ${'og tilhøyrande område '.repeat(20)}`;

  it('shortens the rest, never the reference, to what Outlook allows', () => {
    const out = withOurReference(`SV: ${long}`, '2026/1234-56', 'nn');
    expect(out.length).toBeLessThanOrEqual(MAX_SUBJECT);
    expect(out.startsWith('SV: Vår ref. 2026/1234-56 – Svar på søknad')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(ourReferenceOf(out)).toBe('2026/1234-56');
  });

  it('fits a subject that is exactly as long as the limit', () => {
    const subject = 'x'.repeat(MAX_SUBJECT);
    const out = withOurReference(subject, '2026/1-1', 'en');
    expect(out.length).toBe(MAX_SUBJECT);
    expect(out.startsWith('Our ref. 2026/1-1 – xxx')).toBe(true);
  });

  it('rebuilds an over-long subject even when it carries the reference', () => {
    const subject = `Vår ref. 2026/1-1 – ${long}`;
    expect(subject.length).toBeGreaterThan(MAX_SUBJECT);
    const out = withOurReference(subject, '2026/1-1', 'nb');
    expect(out.length).toBeLessThanOrEqual(MAX_SUBJECT);
    expect(out.startsWith('Vår ref. 2026/1-1 – Svar på søknad')).toBe(true);
  });

  it('keeps one prefix of a subject that is nothing but prefixes', () => {
    const out = withOurReference('SV: '.repeat(80), '2026/1-1', 'nb');
    expect(out).toBe('SV: Vår ref. 2026/1-1');
  });

  it.each([
    ['a family emoji joined by ZWJ', '👨‍👩‍👧‍👦'],
    ['a flag', '🇳🇴'],
    ['a skin tone', '👍🏽'],
    ['a decomposed å', 'a\u030a'],
    ['a letter with two combining marks', 'o\u0308\u0323'],
    ['an emoji with a variation selector', '❤️'],
  ])('never cuts through %s', (_name, unit) => {
    for (let pad = 0; pad < 12; pad++) {
      const subject = 'x'.repeat(200 + pad) + unit.repeat(40);
      const out = withOurReference(subject, '2026/1-1', 'nb');
      expect(out.length).toBeLessThanOrEqual(MAX_SUBJECT);
      expect(wellFormed(out)).toBe(true);
      const kept = out.slice(out.indexOf('x'), out.length - 1);
      // Only whole units after the x's: the cut fell between two of them.
      expect(kept.replace(/^x+/, '').split(unit).join('')).toBe('');
    }
  });

  it('closes a right-to-left override it cut off, so the ellipsis stays in place', () => {
    const subject = `طلب \u202Eمرحبا ${'ب'.repeat(300)}\u202C`;
    const out = withOurReference(subject, '2026/1-1', 'nb');
    expect(out.length).toBeLessThanOrEqual(MAX_SUBJECT);
    expect(out.startsWith('Vår ref. 2026/1-1 – طلب')).toBe(true);
    expect(out.endsWith('…\u202C')).toBe(true);
  });

  it('keeps right-to-left marks before a prefix in front of it', () => {
    const out = withOurReference('\u200FRE: طلب ترخيص', '2026/1-1', 'nb');
    expect(out).toBe('\u200FRE: Vår ref. 2026/1-1 – طلب ترخيص');
  });
});

describe('references that cannot go in a subject', () => {
  it.each([
    ['', 'reference.empty'],
    ['   ', 'reference.empty'],
    ['Vår ref.', 'reference.empty'],
    ['2026/123-4\nBcc: x@example.net', 'reference.invalid'],
    ['\u202E4-321/6202', 'reference.invalid'],
    ['se vedlegg', 'reference.invalid'],
    ['2026 / 123', 'reference.invalid'],
    ['２０２６/１２３', 'reference.invalid'],
    [`2026/${'1'.repeat(70)}`, 'reference.too-long'],
  ])('refuses %j with %s and changes nothing', (reference, code) => {
    expect(checkReference(reference)?.code).toBe(code);
    expect(() => withOurReference('Svar på søknad', reference, 'nb')).toThrow(InvalidReference);
  });

  it.each(LANGS)('says why in %s, without the override it refused', (lang) => {
    const problem = checkReference('\u202E4-321/6202');
    if (!problem) throw new Error('expected a problem');
    const text = describeReferenceProblem(problem, lang);
    expect(text).toContain('4-321/6202');
    expect(text).not.toMatch(/[\u202a-\u202e]|\{/);
    expect(describeReferenceProblem({ code: 'reference.too-long', max: 60 }, lang)).toContain('60');
  });

  it.each(['2026/123-4', 'KS 2024/123', 'BOU 2021.456', '24/117', 'KS-2024-00123', 'Sak 2026/12'])(
    'accepts %j',
    (reference) => {
      expect(checkReference(reference)).toBeNull();
    },
  );
});
