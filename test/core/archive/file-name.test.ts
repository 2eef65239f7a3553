import {
  MAX_FILE_STEM,
  safeFileName,
  safeFileNameOf,
  safeNamePart,
} from '../../../src/core/archive/file-name';

describe('file names Windows and SharePoint take', () => {
  it.each([
    ['a plain title stays', 'Søknad om løyve', 'Søknad om løyve.eml'],
    ['a colon is a dash', 'Foto: tomten', 'Foto - tomten.eml'],
    ['slashes and a bar are dashes', 'Tomt 1/3 \\ 2 | 4', 'Tomt 1-3 - 2 - 4.eml'],
    ['quotes, stars, angle brackets and question marks go', 'Svar "ja" * <no>?', 'Svar ja no.eml'],
    ['control characters go', 'Linje\u0000ein\u0007', 'Linjeein.eml'],
    ['a right-to-left override goes', 'faktura\u202egnp.exe', 'fakturagnp.exe.eml'],
    ['runs of space are one', 'A \t\n  B', 'A B.eml'],
    ['trailing dots and spaces go', 'Referat ... ', 'Referat.eml'],
    ['leading dots go', '...skjult', 'skjult.eml'],
    ['SharePoint’s _vti_ is made harmless', 'a_vti_b', 'avtib.eml'],
    ['a device name is changed', 'CON', 'CON_.eml'],
    ['a device name in any case', 'lpt1', 'lpt1_.eml'],
    ['a name that only starts as a device is kept', 'CONTRACT', 'CONTRACT.eml'],
    ['nothing left: the fallback', ' ..?* ', 'dokument.eml'],
    ['only a format character: the fallback', '\u202e', 'dokument.eml'],
  ])('%s', (_, stem, expected) => {
    expect(safeFileName(stem, 'eml')).toBe(expected);
  });

  it('keeps the stem to the limit, never half a character', () => {
    const long = safeNamePart('Å'.repeat(500));
    expect(long).toHaveLength(MAX_FILE_STEM);
    const emoji = safeNamePart(`${'a'.repeat(MAX_FILE_STEM - 1)}😀`);
    expect(emoji).toBe('a'.repeat(MAX_FILE_STEM - 1));
    // A space where the cut falls is not kept at the end.
    expect(safeNamePart(`${'a'.repeat(MAX_FILE_STEM - 1)} b`)).toBe('a'.repeat(MAX_FILE_STEM - 1));
  });

  it('uses the fallback given, made safe too', () => {
    expect(safeFileName('', 'eml', { fallback: 'melding' })).toBe('melding.eml');
    expect(safeFileName('', 'eml', { fallback: '?' })).toBe('dokument.eml');
  });

  it('puts a prefix before the stem, and keeps it alone when the stem is empty', () => {
    expect(safeFileNameOf('Foto: tomten.JPG', { prefix: '2026-123-4' })).toBe(
      '2026-123-4 Foto - tomten.JPG',
    );
    expect(safeFileNameOf('???.pdf', { prefix: '2026-123-4' })).toBe('2026-123-4.pdf');
    expect(safeFileName('Bygglov: Storgatan 1', '', { prefix: '2026-123' })).toBe(
      '2026-123 Bygglov - Storgatan 1',
    );
  });

  it('keeps a file’s extension, made safe, and a name without one', () => {
    expect(safeFileNameOf('rapport.final.PDF')).toBe('rapport.final.PDF');
    expect(safeFileNameOf('rapport.p d:f')).toBe('rapport.pd-f');
    expect(safeFileNameOf('.bashrc')).toBe('bashrc');
    expect(safeFileNameOf('README')).toBe('README');
  });

  it('is linear in its input, whatever it holds', () => {
    const hostile = [
      ' '.repeat(1_000_000),
      ' :'.repeat(500_000),
      '.'.repeat(1_000_000),
      '\u202e'.repeat(1_000_000),
      '_vti_'.repeat(200_000),
    ];
    const started = performance.now();
    for (const text of hostile)
      expect(safeNamePart(text).length).toBeLessThanOrEqual(MAX_FILE_STEM);
    // Generous for a loaded machine: each reads at most a few thousand characters.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
