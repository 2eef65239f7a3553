/** Names and numbers in a SharePoint library: what a case folder and a record's files are called. */
import { normaliseCaseNumber } from '../../../src/core/archive/case-number';
import {
  caseFolderName,
  caseFolderNumber,
  documentNumberOf,
  fileName,
  reference,
  toCase,
} from '../../../src/services/archive/sharepoint/names';

const CASE = { id: 'f1', year: 2026, seq: 123, title: 'Bygglov Storgatan 1' };

describe('file names', () => {
  it.each([
    ['Søknad.eml', '2026-123-4 Søknad.eml'],
    ['Foto: tomten.jpg', '2026-123-4 Foto - tomten.jpg'],
    ['Tegning 1/3.pdf', '2026-123-4 Tegning 1-3.pdf'],
    ['"Svar" <utkast>?.docx', '2026-123-4 Svar utkast.docx'],
    ['rapport_vti_.pdf', '2026-123-4 rapportvti.pdf'],
    ['slutt med punktum..pdf', '2026-123-4 slutt med punktum.pdf'],
    // A leading dot is not an extension (core's rule): the name's text is kept.
    ['.eml', '2026-123-4 eml'],
  ])('%s becomes %s', (original, expected) => {
    expect(fileName('2026-123-4', original)).toBe(expected);
  });

  it('keeps a long name to 100 characters before its extension', () => {
    const name = fileName('2026-123-4', `${'å'.repeat(300)}.pdf`);
    expect(name).toBe(`2026-123-4 ${'å'.repeat(100)}.pdf`);
  });

  it('drops control characters, which SharePoint refuses', () => {
    expect(fileName('2026-1-1', 'a\u0000b\u001fc.txt')).toBe('2026-1-1 abc.txt');
  });
});

describe('case folders and numbers', () => {
  it('names a case folder by its number and title', () => {
    expect(caseFolderName(2026, 123, 'Bygglov: Storgatan 1')).toBe(
      '2026-123 Bygglov - Storgatan 1',
    );
    expect(caseFolderName(2026, 7, '  ')).toBe('2026-7');
  });

  it('reads a case folder’s number only in its own year', () => {
    expect(caseFolderNumber(2026, '2026-123 Bygglov')).toBe(123);
    expect(caseFolderNumber(2026, '2025-123 Bygglov')).toBeNull();
    expect(caseFolderNumber(2026, 'Arkivpost k3j9x1q2')).toBeNull();
  });

  it('reads a record’s number from its files’ names in this case only', () => {
    expect(documentNumberOf(CASE, '2026-123-4 Søknad.eml')).toBe(4);
    expect(documentNumberOf(CASE, '2026-123-4.eml')).toBe(4);
    expect(documentNumberOf(CASE, '2026-1234-4 Søknad.eml')).toBeNull();
    expect(documentNumberOf(CASE, '2026-123-4x.eml')).toBeNull();
    expect(reference(CASE, 4)).toBe('2026/123-4');
  });

  it.each([
    ['2026/123', true],
    ['2026-123', true],
    ['2026 / 123-4', true],
    ['Bygglov 2026', false],
  ])('takes %s as a case number: %s', (query, isNumber) => {
    expect(normaliseCaseNumber(query) !== null).toBe(isNumber);
  });

  it('shows a folder by its column, else by its name', () => {
    const item = { id: 'f1', name: '2026-123 Bygglov Storgatan 1' };
    expect(toCase(item)).toEqual({ id: 'f1', number: '2026/123', title: 'Bygglov Storgatan 1' });
    expect(toCase(item, { ArkivpostCaseNumber: '2026/99', Title: 'Annat' })).toEqual({
      id: 'f1',
      number: '2026/99',
      title: 'Annat',
    });
    expect(toCase({ id: 'x', name: 'Mallar' }).number).toBe('');
  });
});
