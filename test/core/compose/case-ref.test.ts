import {
  findCaseReference,
  findCaseReferences,
  isTheirReference,
} from '../../../src/core/compose/case-ref';

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
