import type { TextMatch } from '../../../src/core/model';
import { findNationalIds, validateNorwegian, validateSwedish } from '../../../src/core/ids';
import { normalizeText } from '../../../src/core/text/normalize';

/*
 * Every number below passes its check digits, so each test shows that the
 * rule it names, and nothing else, keeps it quiet (or lets it through).
 */
const FNR = '15038500047';
const FHN = '81234500090';
const PNR = '8507091232';
const PNR12 = '198507091240';
const INTERIM = '850709T224';
/** A valid Norwegian bank account number that is also a valid fødselsnummer. */
const ACCOUNT_AND_FNR = '17091936305';
/** A Swedish mobile number that is also a valid samordningsnummer. */
const MOBILE_AND_SNR = '0700635238';

function find(text: string): TextMatch[] {
  return findNationalIds(normalizeText(text));
}

function codes(text: string): string[] {
  return find(text).map((m) => m.code);
}

describe('the numbers used here', () => {
  it.each([FNR, ACCOUNT_AND_FNR])('%s is a valid fødselsnummer', (id) => {
    expect(validateNorwegian(id)).toBe('fnr');
  });
  it('the FH-number is valid', () => expect(validateNorwegian(FHN)).toBe('fhn'));
  it.each([
    [PNR, 'pnr'],
    [PNR12, 'pnr'],
    [MOBILE_AND_SNR, 'snr'],
  ])('%s is a valid Swedish number (%s)', (id, kind) => {
    expect(validateSwedish(id)).toBe(kind);
  });
  it('the interim number is valid', () => expect(validateSwedish(INTERIM)).toBe('interim'));
});

describe('groupings that are not identity numbers stay quiet', () => {
  const a = ACCOUNT_AND_FNR;
  it.each([
    ['a bank account written 4.2.5', `Konto ${a.slice(0, 4)}.${a.slice(4, 6)}.${a.slice(6)}`],
    ['a bank account written 4 2 5', `Til ${a.slice(0, 4)} ${a.slice(4, 6)} ${a.slice(6)}`],
    ['a bank account written 4-2-5', `Til ${a.slice(0, 4)}-${a.slice(4, 6)}-${a.slice(6)}`],
    [
      '3-3-3-2 digits after an account label',
      `Konto ${a.slice(0, 3)} ${a.slice(3, 6)} ${a.slice(6, 9)} ${a.slice(9)}`,
    ],
    [
      '3-3-3-2 digits with mixed separators',
      `Nr ${a.slice(0, 3)} ${a.slice(3, 6)}.${a.slice(6, 9)}-${a.slice(9)}`,
    ],
    ['5+6 digits', `Nr ${a.slice(0, 5)} ${a.slice(5)}`],
    ['4+7 digits', `Nr ${a.slice(0, 4)} ${a.slice(4)}`],
    ['a plus sign inside a Norwegian number', `Nr ${a.slice(0, 6)}+${a.slice(6)}`],
    ['an FH-number written 6+5 (it has no date to group)', `Nr ${FHN.slice(0, 6)} ${FHN.slice(6)}`],
    [
      'a date and a time read as YYMMDD NNNC',
      `Møte ${PNR.slice(0, 2)}.${PNR.slice(2, 4)}.${PNR.slice(4, 6)} ${PNR.slice(6)}`,
    ],
    [
      'an ISO date and a time read as a 12-digit number',
      `Logg ${PNR12.slice(0, 4)}-${PNR12.slice(4, 6)}-${PNR12.slice(6, 8)} ${PNR12.slice(8)}`,
    ],
    [
      'a plus sign inside the date of a Swedish number',
      `Nr ${PNR.slice(0, 4)}+${PNR.slice(4, 6)}-${PNR.slice(6)}`,
    ],
    ['5+5 digits', `Nr ${PNR.slice(0, 5)} ${PNR.slice(5)}`],
    ['6+6 digits', `Nr ${PNR12.slice(0, 6)} ${PNR12.slice(6)}`],
    [
      '4 4 4 digits (card-like)',
      `Kort ${PNR12.slice(0, 4)} ${PNR12.slice(4, 8)} ${PNR12.slice(8)}`,
    ],
  ])('%s', (_why, text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('numbers glued to other digits stay quiet', () => {
  it.each([
    ['inside a longer run of digits', `9${FNR}9`],
    ['two numbers run together', `${FNR}${FNR}`],
    ['one digit more in front', `1${PNR}`],
    ['after a case number slash', `Sak 2024/${FNR}`],
    ['split by a slash (6/5)', `Sak ${FNR.slice(0, 6)}/${FNR.slice(6)}`],
    [
      'a date with slashes and five digits',
      `Dato ${FNR.slice(0, 2)}/${FNR.slice(2, 4)}/${FNR.slice(4, 6)} ${FNR.slice(6)}`,
    ],
    ['before a slash and more digits', `Sak ${FNR}/2024`],
    ['after a hyphen and digits', `Nr 2024-${FNR}`],
    ['before a hyphen and a digit', `Nr ${FNR}-1`],
    ['after a decimal point', `Sum 1.${FNR}`],
    ['after a country calling code +47', `Ring +${FNR}`],
    ['a number split 2+8 after +46', `Ring +46 ${PNR.slice(0, 2)} ${PNR.slice(2)}`],
    ['one spaced digit too many', `Fnr 1 ${FNR.split('').join(' ')}`],
    ['an interim number glued to a date before it', `2024-${INTERIM}`],
    ['an interim number with a fourth digit', `${INTERIM}5`],
  ])('%s', (_why, text) => {
    expect(find(text)).toEqual([]);
  });

  it.each([
    ['after a word', `fnr${FNR}`, 3],
    ['after a space and another number', `2024 ${FNR}`, 5],
    ['after a comma and another number', `2024,${FNR}`, 5],
    ['after a slash without digits before it', `sak/${FNR}`, 4],
    ['after a dash without digits before it', `-${FNR}`, 1],
  ])('is found %s', (_why, text, start) => {
    expect(find(text)).toEqual([expect.objectContaining({ start, end: start + 11 })]);
  });
});

describe('labels that name other numbers silence bare digits only', () => {
  const a = ACCOUNT_AND_FNR;
  const m = MOBILE_AND_SNR;
  it.each([
    ['Kontonr.', a],
    ['Kontonr.:', a],
    ['kontonummer', a],
    ['Konto nr.', a],
    ['Konto', a],
    ['KID:', a],
    ['KID-nr.', a],
    ['Faktura', a],
    ['Fakturanr', a],
    ['Faktura nr.', a],
    ['Ordrenr.', a],
    ['Org.nr.', a],
    ['Org. nr.', a],
    ['orgnr', a],
    ['Tlf.', a],
    ['Telefon:', a],
    ['Mobil', m],
    ['Mob.', m],
    ['Tel:', m],
    ['Kundenr.', a],
    ['Kundnummer', m],
    ['Bankgiro', m],
    ['Plusgiro:', m],
    ['OCR-nummer', m],
    ['Avtalsnummer', m],
    ['Invoice no.', a],
    ['(tlf', a],
    ['Tlf #', a],
    ['Kontonummeret mitt er', a],
    ['Kontonummer for utbetaling:', a],
    ['Beløpet utbetales til', a],
    ['Vennligst betal til', a],
    ['Pengene er overført til', a],
    ['Fakturan avser', m],
    ['Telefonnumret är', m],
    ['Inbetalning till', m],
  ])('"%s %s" is not an identity number', (label, id) => {
    expect(find(`${label} ${id}`)).toEqual([]);
  });

  it.each([
    ['the same numbers without a label', `Søker: ${a}`, 1],
    ['a number written 6+5 after a label', `Kontonr. ${a.slice(0, 6)} ${a.slice(6)}`, 1],
    ['a number written 6-4 after a label', `Mobil ${m.slice(0, 6)}-${m.slice(6)}`, 1],
    ['an identity word between the label and the number', `Kontonummer til søkeren, fnr. ${a}`, 1],
    ['an identity word right after a label', `Kontonr. og fnr ${a}`, 1],
    ['a label more than four words back', `Kontonummer står i brevet om søknaden ${a}`, 1],
    ['a label on the line before', `Kontonummer\n${a}`, 1],
    ['a label that is only part of a word', `Telefonkatalogen viser ${a}`, 1],
    ['fødselsnummer as the label', `Fødselsnummer: ${a}`, 1],
    ['a label before another number, then an identity number', `Konto 1234.56.78903, fnr ${a}`, 1],
  ])('still finds %s', (_why, text, count) => {
    expect(find(text)).toHaveLength(count);
  });
});

describe('what a match carries', () => {
  it('reports code, category, original text and a masked number', () => {
    expect(find(`Fnr ${FNR.slice(0, 6)} ${FNR.slice(6)}.`)).toEqual([
      {
        code: 'national-id.no.fnr',
        category: 'national-id',
        start: 4,
        end: 16,
        text: '150385 00047',
        params: { masked: '150385*****' },
      },
    ]);
  });

  it.each([
    ['a 10-digit Swedish number', PNR, '850709-****'],
    ['a 12-digit Swedish number', PNR12, '19850709-****'],
    ['an interim number', INTERIM, '850709-****'],
  ])('masks %s after its date', (_why, id, masked) => {
    expect(find(`Nr ${id}`)[0]?.params).toEqual({ masked });
  });

  it('returns matches in reading order', () => {
    const text = `${PNR} och ${FNR} och ${INTERIM} och ${PNR12}`;
    expect(codes(text)).toEqual([
      'national-id.se.pnr',
      'national-id.no.fnr',
      'national-id.se.interim',
      'national-id.se.pnr',
    ]);
    const starts = find(text).map((m) => m.start);
    expect(starts).toEqual([...starts].sort((x, y) => x - y));
  });

  it.each([
    ['an empty text', ''],
    ['text without digits', 'Ingen tall her.'],
    ['digits only in short groups', '1 22 333 4444 55555'],
  ])('finds nothing in %s', (_why, text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('long texts', () => {
  it('handles a chain of thousands of digit groups', () => {
    const chain = Array.from({ length: 5000 }, (_, i) => String(i % 97)).join(' ');
    expect(() => find(chain)).not.toThrow();
    expect(find(`${chain}\n${FNR}`)).toHaveLength(1);
  });

  it('finds every number in a long text, once each', () => {
    const para = `Søker ${FNR}, medsøker ${PNR.slice(0, 6)}-${PNR.slice(6)}. Konto 1234.56.78903, tlf. 22 33 44 55.\n`;
    const text = para.repeat(1000);
    const found = find(text);
    expect(found).toHaveLength(2000);
    expect(new Set(found.map((m) => m.start)).size).toBe(2000);
  });
});
