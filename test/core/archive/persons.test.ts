/**
 * Private persons the public journal screens (R5): a name written next to
 * an ID number, and a correspondent who is a private person. Rules of thumb,
 * bounded: a name is looked for only in the few characters before a number.
 */
import {
  NAME_WINDOW,
  isPrivatePerson,
  nameBefore,
  nameForms,
  withHolders,
} from '../../../src/core/archive/persons';
import { classifyMessage } from '../../../src/core/classify/classify';
import { Meter } from '../../../src/core/metering/meter';
import type { Finding } from '../../../src/core/model';
import { loadProfile } from '../../support/profiles';

const ID = '13097248022';
const before = (text: string): string | null => nameBefore(text + ID, text.length);

describe('nameBefore: the name written next to an ID number', () => {
  it.each([
    ['Kari Lunde, fnr. ', 'Kari Lunde'],
    ['Kari Lunde (', 'Kari Lunde'],
    ['Søker: Anne-Lise Berg, fødselsnummer: ', 'Anne-Lise Berg'],
    ['Navn: Kari Lunde\nFødselsnummer: ', 'Kari Lunde'],
    ['Namn: Åsa Öberg\nPersonnummer ', 'Åsa Öberg'],
    ['Lunde, Kari ', 'Lunde, Kari'],
    ['Hei Kari Lunde ', 'Kari Lunde'],
    ['Kari O. Lunde har fødselsnummer ', 'Kari O. Lunde'],
  ])('%j → %j', (text, name) => {
    expect(before(text)).toBe(name);
  });

  it.each([
    ['Fødselsnummeret mitt er '],
    ['sambuaren min har fødselsnummer '],
    ['Hei, Kari '],
    ['Kari '],
    ['Hilsen Bergen Kommune '],
    ['Dette er Kari Lunde. '],
    ['Kari Lunde\n\nFødselsnummer: '],
    ['kontonummer '],
    [''],
  ])('%j → no name', (text) => {
    expect(before(text)).toBeNull();
  });

  it('reads only the characters just before the number', () => {
    const far = `Kari Lunde${' '.repeat(NAME_WINDOW)}`;
    expect(before(far)).toBeNull();
    const meter = new Meter();
    nameBefore(`${'Ola Nordmann '.repeat(100_000)}${ID}`, 1_300_000, meter);
    expect(meter.steps).toBeLessThanOrEqual(NAME_WINDOW);
  });

  it('gives a name written "Surname, Given" both ways', () => {
    expect(nameForms('Lunde, Kari')).toEqual(['Lunde, Kari', 'Kari Lunde']);
    expect(nameForms('Kari Lunde')).toEqual(['Kari Lunde']);
  });
});

describe('isPrivatePerson', () => {
  const profile = loadProfile('ha-kommune');
  it.each([
    [{ name: 'Kari Lunde', address: 'kari.lunde@example.org' }, true],
    [{ name: 'Lunde, Kari', address: 'kl@example.org' }, true],
    [{ name: 'Fatima Ali', address: 'fatima.ali@example.net' }, true],
    [{ name: 'Byggmester Hansen AS', address: 'ola@hansen.example.com' }, false],
    [{ name: 'Ola Hansen', address: 'post@hansen.example.com' }, false],
    [{ name: 'Ola Hansen', address: 'noreply@example.com' }, false],
    [{ name: 'Skatteetaten', address: 'skatt@example.no' }, false],
    [{ name: 'Kari Nordmann', address: 'kari.nordmann@ha.kommune.no' }, false],
    [{ name: '', address: 'arild1961@example.net' }, false],
    [{ name: 'kari.lunde@example.org', address: 'kari.lunde@example.org' }, false],
    [{ name: 'Kundeservice 24/7', address: 'hjelp@example.com' }, false],
  ])('%j → %s', (c, yes) => {
    expect(isPrivatePerson(c, profile)).toBe(yes);
  });
});

describe('withHolders: findings made elsewhere get the name next to them', () => {
  const body = `Navn: Ola Lunde\nFødselsnummer: ${ID}`;
  const at = body.indexOf(ID);
  const f: Finding = {
    code: 'national-id.no.fnr',
    category: 'national-id',
    severity: 'warn',
    part: 'body',
    start: at,
    end: at + ID.length,
    text: ID,
  };

  it('where the text still holds the number at its place', () => {
    expect(withHolders([f], { body })[0]?.params?.['holder']).toBe('Ola Lunde');
  });

  it('not where the text has changed since, nor for other findings', () => {
    expect(withHolders([f], { body: `X${body}` })[0]).toBe(f);
    expect(withHolders([f], { subject: body })[0]).toBe(f);
    const health: Finding = { ...f, code: 'special-category.health', category: 'special-category' };
    expect(withHolders([health], { body })[0]).toBe(health);
  });
});

describe('classifyMessage: an ID number carries the name next to it', () => {
  it('in the text and in the subject', async () => {
    const c = await classifyMessage(
      {
        from: { name: 'Ola Lunde', address: 'ola.lunde@example.org' },
        to: [{ address: 'post@ha.kommune.no' }],
        cc: [],
        subject: `Søknad for Kari Lunde ${ID}`,
        body: `Hei,\n\nNavn: Per Berg\nFødselsnummer: 24058512385\n\nHelsing Ola`,
        attachments: [],
        headers: {},
        receivedAt: new Date('2026-03-04T10:00:00Z'),
      },
      loadProfile('ha-kommune'),
    );
    const ids = c.findings.filter((x) => x.category === 'national-id');
    expect(ids.map((x) => [x.part, x.params?.['holder']])).toEqual([
      ['subject', 'Kari Lunde'],
      ['body', 'Per Berg'],
    ]);
  });
});
