/**
 * The adversarial corpus's own tools (issue 10): the generator writes what
 * it claims to write, the same bytes from the same seed, and the alert
 * checker catches the injections it is there to catch. Without this a
 * corpus test could pass because the corpus was wrong.
 */
import { validateNorwegian, validateSwedish } from '../../src/core/ids/validate';
import { scanText } from '../../src/core/scan';
import { markdownProblems, openBidi, textProblems } from './alert';
import { adversarialCorpus, adversarialProfiles, manyPartsEml, nestedEml, visible } from './corpus';
import {
  hostileBodyXml,
  hostileDocx,
  hostileHtml,
  hostileMime,
  hostilePdf,
  hostileText,
} from './hostile';
import {
  fodselsnummer,
  inScript,
  interleaved,
  personnummer,
  reversedBehindOverride,
  SCRIPTS,
} from './ids';
import { ebcdic037, textPart, utf7DigitsShifted, utf16leWithBom } from './mime';
import { prng } from './prng';

describe('identity numbers for the corpus', () => {
  it('are valid fødselsnummer and personnummer, by the product’s own validators', () => {
    const r = prng(1);
    for (let i = 0; i < 500; i++) {
      expect(validateNorwegian(fodselsnummer(r))).toBe('fnr');
      expect(validateSwedish(personnummer(r, 10))).toBe('pnr');
      expect(validateSwedish(personnummer(r, 12))).toBe('pnr');
    }
  });

  it('are found by the scanner when written plainly (so a miss in disguise is the disguise’s)', () => {
    const r = prng(2);
    for (let i = 0; i < 50; i++) {
      const fnr = fodselsnummer(r);
      expect(scanText(`fnr ${fnr}`).map((m) => m.code)).toContain('national-id.no.fnr');
    }
  });

  it('keep their digits in every disguise, in order', () => {
    const fnr = '13097248022';
    for (const [, zero] of SCRIPTS) {
      const shown = inScript(fnr, zero);
      expect(Array.from(shown, (ch) => String((ch.codePointAt(0) ?? 0) - zero)).join('')).toBe(fnr);
    }
    expect(interleaved(fnr, '\u200b').replace(/\u200b/g, '')).toBe(fnr);
    const reversed = reversedBehindOverride(fnr);
    expect(reversed.startsWith('\u202e') && reversed.endsWith('\u202c')).toBe(true);
    expect(Array.from(reversed.slice(1, -1)).reverse().join('')).toBe(fnr);
  });
});

describe('the corpus', () => {
  it('is the same, byte for byte, from the same seed, and differs from another seed', () => {
    const a = adversarialCorpus(10);
    const b = adversarialCorpus(10);
    const c = adversarialCorpus(11);
    expect(a.map((x) => x.id)).toEqual(b.map((x) => x.id));
    a.forEach((x, i) => {
      expect(Buffer.from(x.eml).equals(Buffer.from((b[i] as typeof x).eml))).toBe(true);
    });
    expect(a.some((x, i) => !Buffer.from(x.eml).equals(Buffer.from((c[i] as typeof x).eml)))).toBe(
      true,
    );
  });

  it('has unique ids, a title and an expectation for every message, in every family', () => {
    const all = adversarialCorpus();
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    for (const family of ['frozen', 'silently-allowed', 'fooled', 'injected', 'crashes', 'quiet'])
      expect(all.filter((c) => c.family === family).length).toBeGreaterThan(0);
    for (const c of all) {
      expect(c.title.length).toBeGreaterThan(10);
      if (c.expect.decision !== 'allow') expect(c.expect.findings.length).toBeGreaterThan(0);
    }
  });

  it('writes the health, confidentiality and exemption sentences so that their plain forms are found', () => {
    expect(
      scanText('Eleven er deprimert etter det som hende i haust.').map((m) => m.code),
    ).toContain('special-category.health');
    expect(
      scanText('Opplysningane er teiepliktige og gjeld eit barn.').map((m) => m.code),
    ).toContain('confidentiality.secret');
    expect(scanText('Unntatt offentlighet, jf. offl. § 13.').map((m) => m.code)).toContain(
      'confidentiality.exempt',
    );
  });

  it('makes the frozen family’s files small on the wire and large where it hurts', () => {
    expect(hostileDocx(190_000).length).toBeLessThan(4096);
    expect(hostileBodyXml(190_000).length).toBeGreaterThanOrEqual(190_000);
    expect(hostilePdf(550_000).length).toBeGreaterThanOrEqual(540_000);
    expect(hostileHtml(200_000).length).toBeGreaterThanOrEqual(190_000);
    expect(hostileText(100_000).length).toBeGreaterThanOrEqual(100_000);
    expect(hostileMime(100_000).length).toBeGreaterThanOrEqual(100_000);
  });

  it('nests attached messages as deep as it says, and writes as many parts', () => {
    const nested = nestedEml(60, [textPart('botn')]);
    expect(nested.split('Content-Type: message/rfc822').length - 1).toBe(59);
    const parts = manyPartsEml(12_000, '13097248022');
    expect(parts.split('\r\n--deler\r\n').length - 1).toBe(12_000);
  });

  it('encodes bodies in the charsets it names', () => {
    expect(Array.from(ebcdic037('fnr 0'))).toEqual([0x86, 0x95, 0x99, 0x40, 0xf0]);
    const seven = Buffer.from(utf7DigitsShifted('fnr 13097248022.')).toString('latin1');
    expect(seven).not.toMatch(/[0-9]/);
    expect(seven.startsWith('fnr +')).toBe(true);
    expect(new TextDecoder('utf-16le').decode(utf16leWithBom('fnr 1').subarray(2))).toBe('fnr 1');
  });

  it('writes profiles that are JSON (duplicates and all)', () => {
    for (const p of adversarialProfiles(
      '{ "mailboxes": [{ "address": "a@b.no" }], "checks": { "threat": "warn" } }',
      10,
    ))
      expect(() => JSON.parse(p.text) as unknown).not.toThrow();
  });

  it('shows invisible characters in test titles as \\u{…}', () => {
    expect(visible('a\u202eb\nc\u3164')).toBe('a\\u{202E}b\\u{A}c\\u{3164}');
  });
});

describe('the alert checker', () => {
  const title = '**Arkivpost ber deg sjå over dette før du sender:**';

  it('accepts an alert whose names are escaped and isolated', () => {
    const md = `${title}\n- Vedlegget \u2068faktura \\<https\\://evil\\>.exe\u2069 er eit program.`;
    expect(markdownProblems(md, ['faktura'])).toEqual([]);
    expect(
      textProblems('Tittel:\n• Vedlegget \u2068faktura.exe\u2069 er eit program.', ['faktura']),
    ).toEqual([]);
  });

  it.each([
    ['an autolink', `${title}\n- Vedlegget \u2068<https://evil>\u2069.`],
    ['raw HTML', `${title}\n- Vedlegget \u2068<img src=x>\u2069.`],
    ['strikethrough', `${title}\n- Vedlegget \u2068~~x~~\u2069.`],
    ['a table', `${title}\n- Vedlegget \u2068|a|b|\u2069.`],
    ['a heading after a line break', `${title}\n- Vedlegget \u2068x\n# Alt i orden\u2069.`],
    ['a bare link', `${title}\n- Vedlegget \u2068https\\://evil www.evil.example\u2069.`],
    ['an override left open', `${title}\n- Vedlegget \u2068x\u2069 \u202efdp.exe.`],
    ['a name not isolated', `${title}\n- Vedlegget faktura.exe er eit program.`],
  ])('catches %s', (_what, md) => {
    expect(
      markdownProblems(
        md,
        ['x', 'faktura'].filter((w) => md.includes(w)),
      ),
    ).not.toEqual([]);
  });

  it('counts bidi controls left open on a line', () => {
    expect(openBidi('a\u202eb\u202c')).toBe(0);
    expect(openBidi('a\u202eb')).toBe(1);
    expect(openBidi('\u2068a\u202eb\u2069')).toBe(0);
    expect(openBidi('\u2067a')).toBe(1);
  });
});
