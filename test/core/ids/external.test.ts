import type { NoIdKind, SeIdKind } from '../../../src/core/ids';
import { findNationalIds, validateNorwegian, validateSwedish } from '../../../src/core/ids';
import type { TextMatch } from '../../../src/core/model';
import { normalizeText } from '../../../src/core/text/normalize';
import { describeExternal, readExternalJson } from '../../support/external';

/*
 * Vectors from validator libraries and agencies, read in place. The judgement
 * for a leak detector: every valid number is found in running text with the
 * right span, and invalid ones are not. Where a library's "invalid" rests on a
 * rule a detector must not follow, the exception is listed with its reason.
 */

const NB_BEFORE = 'Søknaden gjelder ';
const NB_AFTER = ', se vedlegg.';
const SV_BEFORE = 'Ärendet gäller ';
const SV_AFTER = ' enligt ansökan.';

function find(text: string): TextMatch[] {
  return findNationalIds(normalizeText(text));
}

/** Find `id` inside a sentence and check it is the only match, with its exact span. */
function expectFoundIn(before: string, id: string, after: string, code?: string): void {
  const matches = find(before + id + after);
  expect(matches).toEqual([
    expect.objectContaining({ start: before.length, end: before.length + id.length, text: id }),
  ]);
  if (code !== undefined) expect(matches[0]?.code).toBe(code);
}

function expectNotFoundIn(before: string, id: string, after: string): void {
  expect(find(before + id + after)).toEqual([]);
}

const NAV = 'national-id/navikt-fnrvalidator';
const MIKAELLO = 'national-id/norwegian-national-id-validator';
const STDNUM = 'national-id/python-stdnum';
const META = 'national-id/personnummer-meta';
const PRESIDIO = 'national-id/presidio';

describeExternal('NAV fnrvalidator vectors', NAV, () => {
  interface Nav {
    valid: { id: string; type: string; note?: string }[];
    invalid: { id: string; reasons: string[]; note?: string }[];
  }
  const data = readExternalJson<Nav>(NAV, 'vectors.json');
  // Numbers with both the D marker and a month marker are reported by the
  // month marker (see validate.ts): dnr-and-hnr is an hnr, dnr-and-tnr a tnr.
  const kindOf: Record<string, NoIdKind> = {
    fnr: 'fnr',
    dnr: 'dnr',
    hnr: 'hnr',
    tnr: 'tnr',
    'dnr-and-hnr': 'hnr',
    'dnr-and-tnr': 'tnr',
  };

  it.each(data.valid)('$id ($type) is valid', ({ id, type }) => {
    expect(validateNorwegian(id)).toBe(kindOf[type]);
  });

  it.each(data.valid)('$id ($type) is found in a sentence', ({ id, type }) => {
    expectFoundIn(NB_BEFORE, id, NB_AFTER, `national-id.no.${kindOf[type] ?? '?'}`);
  });

  it.each(data.invalid)('$id is not a valid number ($reasons)', ({ id }) => {
    expect(validateNorwegian(id)).toBeNull();
    expectNotFoundIn(NB_BEFORE, id, NB_AFTER);
  });
});

describeExternal('norwegian-national-id-validator vectors', MIKAELLO, () => {
  interface ValidNumbers {
    DNumbers: string[];
    '01-01-1901': { men: string[]; women: string[] };
    NorskHelsenettTestaktoerer: string[];
  }
  interface Edge {
    valid: { id: string; note: string }[];
    invalid: { id: string; note: string }[];
    checksumOkButNotValidDNumber: { id: string; note: string }[];
  }
  const lists = readExternalJson<ValidNumbers>(MIKAELLO, 'validNumbers.json');
  const edge = readExternalJson<Edge>(MIKAELLO, 'edgeCases.json');

  // The library rejects birth dates in the future; a detector flags a number
  // whoever holds it. It places D-numbers with individual number 500+ in the
  // 2000s, so "Testpasient 6" (70019950032) would be born on 30 January 2099.
  const FUTURE_DATE_ONLY = new Set([
    '70019950032',
    ...edge.checksumOkButNotValidDNumber.map((e) => e.id),
  ]);

  it.each([...lists['01-01-1901'].men, ...lists['01-01-1901'].women])(
    '%s (born 1 January 1901) is found as an fnr',
    (id) => {
      expectFoundIn(NB_BEFORE, id, NB_AFTER, 'national-id.no.fnr');
    },
  );

  it.each(lists.DNumbers)('D-number %s is found as a dnr', (id) => {
    expectFoundIn(NB_BEFORE, id, NB_AFTER, 'national-id.no.dnr');
  });

  it.each(lists.NorskHelsenettTestaktoerer)('Norsk Helsenett test actor %s is found', (id) => {
    expectFoundIn(NB_BEFORE, id, NB_AFTER);
  });

  it('the test actors include FH-numbers, found as fhn', () => {
    const fh = lists.NorskHelsenettTestaktoerer.filter(
      (id) => id.startsWith('8') || id.startsWith('9'),
    );
    expect(fh.length).toBeGreaterThanOrEqual(5);
    for (const id of fh) expect(validateNorwegian(id)).toBe('fhn');
  });

  it.each(edge.valid)('$id is found ($note)', ({ id }) => {
    expect(validateNorwegian(id)).not.toBeNull();
    expectFoundIn(NB_BEFORE, id, NB_AFTER);
  });

  it.each(edge.invalid.filter((e) => !FUTURE_DATE_ONLY.has(e.id)))(
    '$id is not found ($note)',
    ({ id }) => {
      // 24088951559 is listed as "valid checksum but birth date in the future";
      // its check digits do not hold (k1 remainder 7), so it is invalid here too.
      expect(validateNorwegian(id)).toBeNull();
      expectNotFoundIn(NB_BEFORE, id, NB_AFTER);
    },
  );

  it.each([...FUTURE_DATE_ONLY])(
    '%s is found: its only fault for the library is a future birth date',
    (id) => {
      expect(validateNorwegian(id)).toBe('dnr');
      expectFoundIn(NB_BEFORE, id, NB_AFTER, 'national-id.no.dnr');
    },
  );
});

describeExternal('python-stdnum vectors', STDNUM, () => {
  interface NoData {
    valid: string[];
    invalid: { id: string; why: string }[];
    special: { id: string; why: string }[];
    birth_date: Record<string, string>;
  }
  interface SeData {
    valid: string[];
    invalid: { id: string; why: string }[];
    birth_date: Record<string, string>;
  }
  const noData = readExternalJson<NoData>(STDNUM, 'no_fodselsnummer.json');
  const seData = readExternalJson<SeData>(STDNUM, 'se_personnummer.json');

  // stdnum refuses birth dates after today; a detector does not know today.
  const FUTURE = new Set(['18103970861']);

  it.each([...noData.valid, ...Object.keys(noData.birth_date)])(
    'Norwegian %s is found as written, separators and all',
    (id) => {
      expectFoundIn(NB_BEFORE, id, NB_AFTER, 'national-id.no.fnr');
    },
  );

  it.each(noData.invalid.filter((e) => !FUTURE.has(e.id)))(
    'Norwegian $id is not found ($why)',
    ({ id }) => {
      expectNotFoundIn(NB_BEFORE, id, NB_AFTER);
    },
  );

  it.each([...FUTURE])(
    'Norwegian %s is found: stdnum refuses it only for a future birth date',
    (id) => {
      expectFoundIn(NB_BEFORE, id, NB_AFTER, 'national-id.no.fnr');
    },
  );

  it('45014054018 is found: stdnum cannot tell its century, which a detector does not need', () => {
    expectFoundIn(NB_BEFORE, '45014054018', NB_AFTER, 'national-id.no.dnr');
  });

  it('82314251342 is not found: stdnum only shows it has no birth date; its check digits do not hold', () => {
    // The data notes it as "checksum valid", but k1 gives remainder 10 and k2
    // remainder 4: stdnum's own validate() would refuse it too.
    expect(validateNorwegian('82314251342')).toBeNull();
    expectNotFoundIn(NB_BEFORE, '82314251342', NB_AFTER);
  });

  it.each([...seData.valid, ...Object.keys(seData.birth_date)])(
    'Swedish %s is found as written',
    (id) => {
      expectFoundIn(SV_BEFORE, id, SV_AFTER, 'national-id.se.pnr');
    },
  );

  it.each(seData.invalid)('Swedish $id is not found ($why)', ({ id }) => {
    expectNotFoundIn(SV_BEFORE, id, SV_AFTER);
  });
});

describeExternal('personnummer/meta vectors', META, () => {
  interface Entry {
    long_format: string;
    short_format: string;
    separated_format: string;
    separated_long?: string;
    valid: boolean;
    type: string;
  }
  interface Structured {
    [type: string]: {
      integer: { valid: number[]; invalid: number[] };
      string: { valid: string[]; invalid: string[] };
    };
  }
  const list = readExternalJson<Entry[]>(META, 'list.json');
  const interim = readExternalJson<Entry[]>(META, 'interim.json');
  const orgs = readExternalJson<Entry[]>(META, 'orgnumber.json');
  const structured = readExternalJson<Structured>(META, 'structured.json');
  const kindOf: Record<string, SeIdKind> = { ssn: 'pnr', con: 'snr', interim: 'interim' };

  // "090527 1474" has a space where a validator wants - or +. The digits are
  // those of the valid 090527+1474; in free text a space is how many people
  // write it, so the detector flags it.
  const SPACE_SEPARATED = (s: string): boolean => / \d{4}$/.test(s);

  const forms = (e: Entry): string[] =>
    [e.long_format, e.short_format, e.separated_format, e.separated_long ?? ''].filter(
      (s) => s.length > 0,
    );
  const rows = (entries: Entry[], valid: boolean) =>
    entries
      .filter((e) => e.valid === valid)
      .flatMap((e) => forms(e).map((id) => ({ id, type: e.type })));

  it.each(rows(list, true))('valid $type $id is found', ({ id, type }) => {
    expectFoundIn(SV_BEFORE, id, SV_AFTER, `national-id.se.${kindOf[type] ?? '?'}`);
  });

  it.each(rows(list, false).filter((r) => !SPACE_SEPARATED(r.id)))(
    'invalid $type $id is not found',
    ({ id }) => {
      expectNotFoundIn(SV_BEFORE, id, SV_AFTER);
    },
  );

  it.each(rows(list, false).filter((r) => SPACE_SEPARATED(r.id)))(
    '$id is found although a validator refuses the space separator',
    ({ id }) => {
      expectFoundIn(SV_BEFORE, id, SV_AFTER, 'national-id.se.pnr');
    },
  );

  it('150916-0006 is refused for its serial 000 although the Luhn digit holds', () => {
    expect(validateSwedish('1509160006')).toBeNull();
    expectNotFoundIn(SV_BEFORE, '150916-0006', SV_AFTER);
  });

  it.each(
    Object.entries(structured).flatMap(([type, v]) => [
      ...v.string.valid.map((id) => ({ id, type, valid: true })),
      ...v.string.invalid
        .filter((id) => !SPACE_SEPARATED(id))
        .map((id) => ({ id, type, valid: false })),
      ...v.integer.valid.map((n) => ({ id: String(n), type, valid: true })),
      ...v.integer.invalid
        .filter((n) => n !== 0)
        .map((n) => ({ id: String(n), type, valid: false })),
    ]),
  )('structured $type $id: found only when valid ($valid)', ({ id, type, valid }) => {
    if (valid) expectFoundIn(SV_BEFORE, id, SV_AFTER, `national-id.se.${kindOf[type] ?? '?'}`);
    else expectNotFoundIn(SV_BEFORE, id, SV_AFTER);
  });

  it.each(rows(interim, true))('interim number $id is found', ({ id }) => {
    expectFoundIn(SV_BEFORE, id, SV_AFTER, 'national-id.se.interim');
  });

  it.each(rows(interim, false))(
    'interim number $id with a letter that is not used is not found',
    ({ id }) => {
      expectNotFoundIn(SV_BEFORE, id, SV_AFTER);
    },
  );

  it.each(orgs.flatMap((e) => [e.short_format, e.separated_format]))(
    'organisation number %s is not found',
    (id) => {
      expectNotFoundIn(SV_BEFORE, id, SV_AFTER);
    },
  );
});

describeExternal('Presidio personnummer-in-text cases', PRESIDIO, () => {
  interface Cases {
    cases: { text: string; count: number; spans: [number, number][] }[];
  }
  const data = readExternalJson<Cases>(PRESIDIO, 'se_personnummer_in_context.json');

  it.each(data.cases)(
    '"$text" has $count number(s) at the expected spans',
    ({ text, count, spans }) => {
      const matches = find(text);
      expect(matches).toHaveLength(count);
      expect(matches.map((m) => [m.start, m.end])).toEqual(spans);
    },
  );
});
