import { findNationalIds } from '../../../src/core/ids';
import { normalizeText } from '../../../src/core/text/normalize';

/*
 * False alarms measured on generated numbers that are not identity numbers.
 * Seeded, so the counts are the same on every run; the bounds are set just
 * above what the rules give, so a loosened rule shows up here.
 */

const N = 10_000;

/** mulberry32: small, seedable, good enough to spread test numbers. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function digits(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(r() * 10));
  return s;
}

function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)] as T;
}

/** Norwegian account number: 10 digits and a mod-11 check digit (weights 5 4 3 2 7 6 5 4 3 2). */
function account(r: () => number): string {
  for (;;) {
    const body = String(1000 + Math.floor(r() * 9000)) + digits(r, 6);
    const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += Number(body[i]) * (w[i] ?? 0);
    const c = (11 - (sum % 11)) % 11;
    if (c !== 10) return body + String(c);
  }
}

/** Norwegian organisation number: 8 digits and a mod-11 check digit (weights 3 2 7 6 5 4 3 2). */
function orgNo(r: () => number): string {
  for (;;) {
    const body = pick(r, ['8', '9']) + digits(r, 7);
    const w = [3, 2, 7, 6, 5, 4, 3, 2];
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(body[i]) * (w[i] ?? 0);
    const c = (11 - (sum % 11)) % 11;
    if (c !== 10) return body + String(c);
  }
}

function luhnDigit(s: string): string {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let v = Number(s[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Swedish organisation number: the third digit is 2 or more (month field 20+), Luhn digit last. */
function seOrgNo(r: () => number): string {
  const body =
    pick(r, ['2', '5', '7', '8', '9']) +
    digits(r, 1) +
    String(2 + Math.floor(r() * 8)) +
    digits(r, 6);
  return body + luhnDigit(body);
}

function countFound(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) n += findNationalIds(normalizeText(t)).length;
  return n;
}

function make(seed: number, f: (r: () => number) => string): string[] {
  const r = rng(seed);
  return Array.from({ length: N }, () => f(r));
}

describe(`false alarms on ${N} generated numbers of each kind`, () => {
  it.each([
    [
      'Norwegian account numbers written 4.2.5, 4 2 5 or 4-2-5',
      make(1, (r) => {
        const a = account(r);
        const s = pick(r, ['.', ' ', '-']);
        return `Beløpet utbetales til ${a.slice(0, 4)}${s}${a.slice(4, 6)}${s}${a.slice(6)}.`;
      }),
    ],
    [
      'Norwegian account numbers in one piece after a label',
      make(
        2,
        (r) =>
          `${pick(r, ['Kontonr.', 'Kontonummer:', 'Konto', 'konto nr.', 'Bankkonto'])} ${account(r)}`,
      ),
    ],
    [
      'Norwegian account numbers in one piece in a payment sentence',
      make(12, (r) =>
        pick(r, [
          `Beløpet er overført til ${account(r)} i dag.`,
          `Kontonummer for utbetaling: ${account(r)}`,
          `Vennligst betal til ${account(r)} innen fristen.`,
          `Kontonummeret mitt er ${account(r)}.`,
          `Tilskuddet utbetales til ${account(r)}.`,
        ]),
      ),
    ],
    [
      'KID and invoice numbers after a label',
      make(
        3,
        (r) =>
          `${pick(r, ['KID:', 'KID-nr.', 'Faktura', 'Fakturanr.', 'Ordrenr', 'Kundenr.'])} ${digits(r, 11)}`,
      ),
    ],
    [
      'Norwegian phone numbers in every common form',
      make(4, (r) => {
        const p = pick(r, ['4', '9', '2', '5', '7']) + digits(r, 7);
        return pick(r, [
          `tlf. ${p.slice(0, 2)} ${p.slice(2, 4)} ${p.slice(4, 6)} ${p.slice(6)}`,
          `mobil ${p.slice(0, 3)} ${p.slice(3, 5)} ${p.slice(5)}`,
          `Ring ${p}`,
          `Ring +47 ${p.slice(0, 3)} ${p.slice(3, 5)} ${p.slice(5)}`,
          `Ring +47 ${p}`,
          `Ring +47${p}`,
          `Ring 0047 ${p}`,
          `Ring (+47) ${p.slice(0, 2)} ${p.slice(2, 4)} ${p.slice(4, 6)} ${p.slice(6)}`,
        ]);
      }),
    ],
    [
      'Swedish phone numbers in every common form',
      make(5, (r) => {
        const m = '7' + pick(r, ['0', '2', '3', '6', '9']) + digits(r, 7);
        const l = '8' + digits(r, 8);
        return pick(r, [
          `Ring 0${m.slice(0, 2)}-${m.slice(2, 5)} ${m.slice(5, 7)} ${m.slice(7)}`,
          `Ring 0${m.slice(0, 2)}-${m.slice(2)}`,
          `Ring +46 ${m.slice(0, 2)} ${m.slice(2, 5)} ${m.slice(5, 7)} ${m.slice(7)}`,
          `Ring +46${m}`,
          `Ring 0${l.slice(0, 1)}-${l.slice(1, 4)} ${l.slice(4, 7)} ${l.slice(7)}`,
          `Mobil: 0${m}`,
          `Tel. 0${m}`,
          `Telefon 0${m}`,
        ]);
      }),
    ],
    [
      'Norwegian organisation numbers',
      make(6, (r) => {
        const o = orgNo(r);
        return pick(r, [
          `Org.nr. ${o}`,
          `organisasjonsnummer ${o.slice(0, 3)} ${o.slice(3, 6)} ${o.slice(6)}`,
          `NO ${o.slice(0, 3)} ${o.slice(3, 6)} ${o.slice(6)} MVA`,
          `Leverandør ${o} AS`,
        ]);
      }),
    ],
    [
      'Swedish organisation numbers, also in 12-digit and VAT form',
      make(7, (r) => {
        const o = seOrgNo(r);
        return pick(r, [
          `Org.nr ${o.slice(0, 6)}-${o.slice(6)}`,
          `Bolaget ${o}`,
          `16${o}`,
          `Momsreg.nr SE${o}01`,
        ]);
      }),
    ],
    [
      'dates, times, case numbers and amounts',
      make(8, (r) => {
        const d = String(1 + Math.floor(r() * 28)).padStart(2, '0');
        const m = String(1 + Math.floor(r() * 12)).padStart(2, '0');
        const y = String(1990 + Math.floor(r() * 40));
        return pick(r, [
          `Møte ${d}.${m}.${y} kl. ${d}.${m}`,
          `Vedtak ${y}-${m}-${d} ${d}:${m}`,
          `Perioden ${d}.${m}.${y}-${m}.${d}.${y}`,
          `Saksnr. ${y}/${digits(r, 4)}-${digits(r, 1)}`,
          `Vår ref. ${y.slice(2)}/${digits(r, 5)}-${digits(r, 2)}`,
          `Dnr KS ${y}/${digits(r, 3)}`,
          `Beløp kr ${digits(r, 1)} ${digits(r, 3)} ${digits(r, 3)},${digits(r, 2)}`,
          `Møtet ${d}.${m}.${y.slice(2)} ${d}${m} er flyttet.`,
        ]);
      }),
    ],
    // Issue 10 reads white space of any width, tabs and one line break between
    // the groups, and the 3-3-3-2 grouping: the traps written that way too.
    [
      'Norwegian account numbers written 4 2 5 with wide white space or a line break',
      make(21, (r) => {
        const a = account(r);
        const s = pick(r, ['  ', '\t', ' \t ', '\n', '     ', '. ', ' - ', '\u2800']);
        return `Beløpet utbetales til ${a.slice(0, 4)}${s}${a.slice(4, 6)}${s}${a.slice(6)}.`;
      }),
    ],
    [
      'a column of Norwegian account numbers, 4 2 5 or 4.2.5, one a line',
      make(22, (r) => {
        const s = pick(r, [' ', '.', '  ', '\t']);
        return Array.from({ length: 5 }, () => {
          const a = account(r);
          return `${a.slice(0, 4)}${s}${a.slice(4, 6)}${s}${a.slice(6)}`;
        }).join(pick(r, ['\n', '\r\n', ' \n ']));
      }),
    ],
    [
      'Norwegian account numbers in one piece after a label, past tabs, spaces or a line break',
      make(23, (r) => {
        const a = account(r);
        const label = pick(r, ['Kontonr.:', 'Konto', 'KID:', 'Kontonummer']);
        return pick(r, [
          `${label}\t\t${a}`,
          `${label}          ${a}`,
          `${label} ${a.slice(0, 5)}\n${a.slice(5)}`,
          `${label} ${a.slice(0, 3)} ${a.slice(3, 6)} ${a.slice(6, 9)} ${a.slice(9)}`,
        ]);
      }),
    ],
    [
      'Norwegian phone numbers with wide white space, and phone lists one a line',
      make(24, (r) => {
        const p = () => pick(r, ['4', '9', '2', '5', '7']) + digits(r, 7);
        const one = (q: string, s: string) =>
          pick(r, [
            `${q.slice(0, 2)}${s}${q.slice(2, 4)}${s}${q.slice(4, 6)}${s}${q.slice(6)}`,
            `${q.slice(0, 3)}${s}${q.slice(3, 5)}${s}${q.slice(5)}`,
            `+47${s}${q.slice(0, 3)}${s}${q.slice(3, 5)}${s}${q.slice(5)}`,
            q,
          ]);
        const s = pick(r, ['  ', '\t', ' ']);
        return `Telefonliste:\n${Array.from({ length: 4 }, () => one(p(), s)).join('\n')}`;
      }),
    ],
    [
      'Norwegian organisation numbers 3 3 3 with wide white space, other numbers after them',
      make(25, (r) => {
        const o = orgNo(r);
        const s = pick(r, ['  ', '\t', ' ']);
        const g = `${o.slice(0, 3)}${s}${o.slice(3, 6)}${s}${o.slice(6)}`;
        return pick(r, [
          `Org.nr.${s}${g}${s}${digits(r, 2)} ansatte`,
          `NO ${g} MVA\n${digits(r, 2)} ${digits(r, 3)}`,
          `Leverandør ${g}\n${digits(r, 5)} Oslo`,
          `${g}${s}${digits(r, 2)}`,
        ]);
      }),
    ],
    [
      'Swedish organisation numbers with white space around the hyphen or a line break',
      make(26, (r) => {
        const o = seOrgNo(r);
        return pick(r, [
          `Org.nr ${o.slice(0, 6)} - ${o.slice(6)}`,
          `Org.nr ${o.slice(0, 6)}\t${o.slice(6)}`,
          `Bolaget ${o.slice(0, 6)}\n${o.slice(6)}`,
          `Org.nr  ${o.slice(0, 6)}  -  ${o.slice(6)}`,
        ]);
      }),
    ],
    [
      'case numbers, dates and amounts in tables and over lines',
      make(27, (r) => {
        const d = String(1 + Math.floor(r() * 28)).padStart(2, '0');
        const m = String(1 + Math.floor(r() * 12)).padStart(2, '0');
        const y = String(1990 + Math.floor(r() * 40));
        return pick(r, [
          `Saksnr.\t${y}/${digits(r, 4)}-${digits(r, 1)}\t${digits(r, 5)}`,
          `Saksnr. ${y}/${digits(r, 4)}-${digits(r, 1)}\n${digits(r, 3)} ${digits(r, 3)} kr`,
          `Møte\t${d}.${m}.${y.slice(2)}\t${d}${m}`,
          `Vedtak ${y} - ${m} - ${d}  ${d}:${m}`,
          `Beløp\t${digits(r, 3)} ${digits(r, 3)}\t${digits(r, 3)} ${digits(r, 3)}`,
          `Sum kr\n${digits(r, 1)} ${digits(r, 3)} ${digits(r, 3)},${digits(r, 2)}`,
        ]);
      }),
    ],
  ])('%s: none at all', (_what, texts) => {
    expect(countFound(texts)).toBe(0);
  });

  // Without a label or grouping, an 11-digit account number cannot be told
  // from a fødselsnummer: the account check digit is the fødselsnummer's k2
  // (same weights), so all pass k2, and about 1 in 11 also pass k1 (4 of 11
  // remainders under the 2032 rule) and the date. This is the price of not
  // missing a bare fødselsnummer; labels and groupings above remove the rest.
  // A bare Swedish mobile number reads as YYMMDDNNNC with yy = 07: only the
  // 070 series gives a month (00..09), and then 1 in 10 passes the Luhn digit.
  // The measured share is in each test's name (run with --verbose).
  const rates: [string, string[], number, number][] = [
    [
      'Norwegian account numbers in one piece with no words around',
      make(9, (r) => `Nummeret er ${account(r)}.`),
      0.05,
      0.1,
    ],
    [
      'Swedish mobile numbers in one piece with no label',
      make(10, (r) => `Nås på 07${pick(r, ['0', '2', '3', '6', '9'])}${digits(r, 7)} efter lunch.`),
      0.001,
      0.015,
    ],
    [
      'random 11-digit numbers with no label',
      make(11, (r) => `Referanse ${digits(r, 11)}.`),
      0,
      0.012,
    ],
  ];
  it.each(
    rates.map(([what, texts, low, high]) => {
      const share = countFound(texts) / N;
      return [`${what}: ${(share * 100).toFixed(2)} % (at most ${high * 100} %)`, share, low, high];
    }),
  )('%s', (_what, share, low, high) => {
    expect(share).toBeGreaterThanOrEqual(low as number);
    expect(share).toBeLessThanOrEqual(high as number);
  });
});
