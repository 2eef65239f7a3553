import {
  findCaseReference,
  findCaseReferences,
  isTheirReference,
} from '../../../src/core/compose/case-ref';
import { Meter, OutOfTime } from '../../../src/core/metering/meter';

describe('case references', () => {
  it.each([
    ['Vår ref. 2024/1234-5', 'Vår ref. 2024/1234-5'],
    ['Svar – Deres ref: 24/117', 'Deres ref: 24/117'],
    ['Dykkar ref. 2023/77-3', 'Dykkar ref. 2023/77-3'],
    ['Saksnr. 2024/12', 'Saksnr. 2024/12'],
    ['Ang. Dnr KS 2024/123', 'Dnr KS 2024/123'],
    ['Diarienummer: BOU 2021.456', 'Diarienummer: BOU 2021.456'],
    ['Gjeld sak 2026/1234-5 om garasje', '2026/1234-5'],
  ])('finds the reference in "%s"', (text, ref) => {
    expect(findCaseReference(text)?.text).toBe(ref);
  });

  it.each(['Møte 12/3 kl. 10', 'Pris 1/2 av ordinær', 'Telefon 51 79 41 00', 'Hei, takk for sist'])(
    'finds none in "%s"',
    (text) => {
      expect(findCaseReference(text)).toBeNull();
    },
  );
});

describe('whose reference it is', () => {
  it('finds every reference in reading order', () => {
    const text = 'Deres ref. 24/117 – Vår ref. 2026/77-2 – sak 2025/12-1';
    expect(findCaseReferences(text).map((r) => text.slice(r.start, r.end))).toEqual([
      'Deres ref. 24/117',
      'Vår ref. 2026/77-2',
      '2025/12-1',
    ]);
  });

  it.each([
    ['Deres ref. 24/117', true],
    ['Dykkar ref: 2023/77-3', true],
    ['Er ref. 2024/55', true],
    ['Ert dnr 2024/55', true],
    ['Er diarienummer: BOU 2021.456', true],
    ['Your case no. 2024/12', true],
    ['Vår ref. 2026/123-4', false],
    ['Vårt dnr KS 2024/123', false],
    ['Our ref. 2026/123-4', false],
    ['Saksnr. 2024/12', false],
    ['Sak 2026/1234-5 om garasje', false],
  ])('"%s" is the other party’s: %s', (text, theirs) => {
    const ref = findCaseReference(text);
    if (!ref) throw new Error('no reference');
    expect(isTheirReference(text, ref)).toBe(theirs);
  });
});

/*
 * Issue 10: the finder is a tokenizer, linear in the text. It must decide
 * exactly as the regular expressions it replaced (kept here as the oracle,
 * over short generated texts only), except that a bare reference no longer
 * takes the letter before it into its text.
 */
const FORMER_LABELLED =
  /(?:^|[^0-9A-Za-zÆØÅæøåÄÖäö])((?:v[åa]r|deres|dykkar|er|our|your)\s+ref(?:\.|erens|eranse)?|saksnr\.?|saksnummer|saks?\s+nr\.?|arkivsak(?:\s+nr\.?)?|[äa]rende(?:nummer|nr\.?)|dnr\.?|diarienr\.?|diarienummer|case\s+(?:no\.?|number|ref\.?))\s*[:.]?\s*((?:[A-ZÆØÅÄÖ]{1,6}[ .-]?)?(?:19|20)?\d{2}[/.:-]\d{1,6}(?:-\d{1,4})?)/i;
const FORMER_BARE = /(?:^|[^0-9/])((?:19|20)\d{2}\/\d{1,6}-\d{1,4})(?![0-9/])/;

function former(text: string): { text: string; start: number; end: number } | null {
  const m = FORMER_LABELLED.exec(text);
  if (m) {
    const lead = /^[^0-9A-Za-zÆØÅæøåÄÖäö]/.test(m[0]) ? 1 : 0;
    return { text: m[0].slice(lead), start: m.index + lead, end: m.index + m[0].length };
  }
  const b = FORMER_BARE.exec(text);
  if (!b) return null;
  const start = b.index + b[0].length - (b[1] ?? '').length;
  return { text: b[1] ?? '', start, end: b.index + b[0].length };
}

function formerAll(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (let from = 0; ;) {
    const r = former(text.slice(from));
    if (!r) return out;
    out.push({ text: r.text, start: r.start + from, end: r.end + from });
    from += r.end;
  }
}

describe('the tokenizer decides as the former regular expressions', () => {
  // Pieces to build texts from: labels, spaces, prefixes and numbers.
  // prettier-ignore
  const PIECES = [
    'Vår', 'var', 'VÅR', 'Deres', 'dykkar', 'Er', 'our', 'Your', ' ', '  ', '\n', '\t', 'ref',
    'ref.', 'referanse', 'referens', 'Saksnr', 'saksnr.', 'Saksnummer', 'sak', 'saks', 'nr',
    'nr.', 'arkivsak', 'ärende', 'Arende', 'nummer', 'dnr', 'Dnr.', 'diarienr', 'Diarienummer',
    'case', 'no', 'number', ':', '.', '-', '/', 'KS', 'BOU', 'ABCDEFG', 'x', 'ø', 'é', '2024',
    '1999', '24', '2124', '123', '12', '1234567', '5', '0', '2024/1234-5', '20', '19', 'æ',
  ];
  let seed = 7;
  const next = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
  const texts = Array.from({ length: 20_000 }, () => {
    let t = '';
    for (let k = 1 + Math.floor(next() * 10); k > 0; k--) {
      t += PIECES[Math.floor(next() * PIECES.length)];
    }
    return t;
  });

  it('on 20,000 generated texts: the first reference, and every one', () => {
    const differ = texts.filter(
      (t) =>
        JSON.stringify(findCaseReference(t)) !== JSON.stringify(former(t)) ||
        JSON.stringify(findCaseReferences(t)) !== JSON.stringify(formerAll(t)),
    );
    expect(differ).toEqual([]);
  });

  it('a bare reference right after a letter is the reference alone (issue 10)', () => {
    expect(findCaseReference('sak2024/1234-5')?.text).toBe('2024/1234-5');
  });
});

describe('issue 10: linear in the text', () => {
  function fill(unit: string, n: number): string {
    return unit.repeat(Math.ceil(n / unit.length));
  }

  function steps(text: string): number {
    const meter = new Meter();
    findCaseReference(text, meter);
    findCaseReferences(text, meter);
    return meter.steps;
  }

  const N = 20_000;
  it.each([
    ['"dnr" and spaces', (n: number) => `dnr${' '.repeat(n)}`],
    ['"Vår" and spaces, over and over', (n: number) => fill(`Vår${' '.repeat(50)}`, n)],
    ['labels and a colon with no number', (n: number) => fill('Saksnr.:   dnr. case no. ', n)],
    ['bare references back to back', (n: number) => fill('2024/1234-5 ', n)],
    ['labelled references back to back', (n: number) => fill('Dnr KS 2024/123 ', n)],
    ['series prefixes that never end', (n: number) => fill('dnr ABCDEF', n)],
    [
      'distinct "Unntatt offentlighet" lines',
      (n: number) =>
        Array.from({ length: Math.ceil(n / 28) }, (_, i) => `Unntatt offentlighet ${i}`).join('\n'),
    ],
  ])('%s', (_name, make) => {
    const small = make(N);
    const large = make(4 * N);
    const a = steps(small);
    const b = steps(large);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeLessThanOrEqual(16 * small.length);
    expect(b / a).toBeLessThanOrEqual(4.5 * (large.length / small.length / 4));
  });

  it('a meter past its deadline stops it', () => {
    const meter = new Meter({ now: () => 1, deadline: 0, checkEvery: 1 });
    expect(() => findCaseReferences(fill('2024/1234-5 ', 10_000), meter)).toThrow(OutOfTime);
  });
});
