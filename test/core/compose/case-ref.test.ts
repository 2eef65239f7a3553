import { findCaseReference } from '../../../src/core/compose/case-ref';

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
