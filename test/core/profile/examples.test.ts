import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  classifyAddress,
  deadlineOptions,
  parseProfileText,
  registryMailbox,
} from '../../../src/core/profile';
import type { Profile } from '../../../src/core/profile';
import { dueDate } from '../../../src/core/calendar';

const DIR = join(__dirname, '..', '..', '..', 'profiles');
const EXAMPLES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'profile.schema.json')
  .sort();

function load(file: string): Profile {
  const r = parseProfileText(readFileSync(join(DIR, file), 'utf8'));
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.errors)}`);
  return r.profile;
}

describe('example profiles', () => {
  it('are the four seed organisations', () => {
    expect(EXAMPLES).toEqual([
      'ha-kommune.json',
      'kommune-nb.json',
      'melleruds-kommun.json',
      'vara-kommun.json',
    ]);
  });

  it.each(EXAMPLES.map((f) => [f]))('%s validates without errors or warnings', (file) => {
    const r = parseProfileText(readFileSync(join(DIR, file), 'utf8'));
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it.each(EXAMPLES.map((f) => [f]))('%s points at the schema and is named after its id', (file) => {
    const p = load(file);
    expect(p.$schema).toBe('./profile.schema.json');
    expect(`${p.id}.json`).toBe(file);
    expect(registryMailbox(p)).not.toBeNull();
  });

  it('Hå kommune has the eight official addresses, post@ being the registry', () => {
    const p = load('ha-kommune.json');
    expect([p.country, p.language, p.timeZone, p.domains]).toEqual([
      'NO',
      'nn',
      'Europe/Oslo',
      ['ha.kommune.no'],
    ]);
    expect(p.mailboxes.map((m) => m.address)).toEqual([
      'post@ha.kommune.no',
      'teknisk@ha.kommune.no',
      'stab@ha.kommune.no',
      'skule@ha.kommune.no',
      'kultur@ha.kommune.no',
      'bygg@ha.kommune.no',
      'it@ha.kommune.no',
      'helse@ha.kommune.no',
    ]);
    expect(p.mailboxes.every((m) => m.kind === 'function')).toBe(true);
    expect(registryMailbox(p)?.address).toBe('post@ha.kommune.no');
  });

  it('Vara kommun answers within two working days and files through arkivet@', () => {
    const p = load('vara-kommun.json');
    expect([p.country, p.language, p.timeZone, p.responseDays]).toEqual([
      'SE',
      'sv',
      'Europe/Stockholm',
      2,
    ]);
    expect(registryMailbox(p)?.address).toBe('arkivet@vara.se');
    expect(classifyAddress('vara.kommun@vara.se', p).kind).toBe('function');
    expect(p.keywords?.threat?.length).toBeGreaterThan(0);
    expect(p.checks?.['good-practice']).toBe('info');
    // A question the day before midsommarafton is due the Tuesday after midsummer.
    expect(dueDate(new Date('2025-06-19T08:00:00Z'), deadlineOptions(p)).due).toBe('2025-06-24');
  });

  it('Melleruds kommun has every kind of mailbox the strategy names and says its addresses are examples', () => {
    const p = load('melleruds-kommun.json');
    expect(new Set(p.mailboxes.map((m) => m.kind))).toEqual(
      new Set(['function', 'position', 'system']),
    );
    expect(classifyAddress('kommunalradet@mellerud.se', p).kind).toBe('position');
    expect(classifyAddress('noreply@mellerud.se', p).kind).toBe('system');
    expect(registryMailbox(p)?.address).toBe('kommunen@mellerud.se');
    expect(p.description).toMatch(/exempel/);
  });

  it('the generic Norwegian municipality has one official registry address and frees julaften', () => {
    const p = load('kommune-nb.json');
    expect(registryMailbox(p)?.address).toBe('postmottak@kommune.example.no');
    expect(p.mailboxes.filter((m) => m.registry === true)).toHaveLength(1);
    expect(p.language).toBe('nb');
    expect(p.christmasEveOff).toBe(true);
    expect(dueDate(new Date('2025-12-23T09:00:00Z'), deadlineOptions(p)).due).toBe('2025-12-30');
    expect(dueDate(new Date('2025-04-30T09:00:00Z'), deadlineOptions(p)).due).toBe('2025-05-06');
  });
});
