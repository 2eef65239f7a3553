/**
 * Profile validation is linear in the profile's size (issue 10: 20,000
 * duplicate keys or mailboxes took 5–23 s, every error located by reading
 * the file from its start, every mailbox compared with every domain). Work
 * is counted with a meter, never timed: four times the profile, at most 4.5
 * times the steps, and a small constant per character.
 */
import { formatProfileErrors, parseProfileText } from '../../../src/core/profile';
import { parentPath, formatPath } from '../../../src/core/profile/json';
import { Meter } from '../../../src/core/metering/meter';

type Json = Record<string, unknown>;

function base(): Json {
  return {
    id: 'testkommune',
    name: 'Testkommune',
    country: 'NO',
    language: 'nb',
    timeZone: 'Europe/Oslo',
    domains: ['test.kommune.no'],
    mailboxes: [
      {
        address: 'postmottak@test.kommune.no',
        name: 'Postmottak',
        kind: 'function',
        registry: true,
      },
    ],
    responseDays: 2,
  };
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/** Hostile profiles of size n, each aimed at one place that was quadratic. */
const FAMILIES: ReadonlyArray<readonly [string, (n: number) => string]> = [
  [
    'the same key written n times',
    (n) =>
      JSON.stringify(base(), null, 2).replace(
        /^\{/,
        `{\n${range(n)
          .map(() => '  "name": "x",')
          .join('\n')}`,
      ),
  ],
  [
    'the same mailbox n times',
    (n) =>
      JSON.stringify(
        {
          ...base(),
          mailboxes: range(n).map(() => ({
            address: 'post@test.kommune.no',
            name: 'Post',
            kind: 'function',
          })),
        },
        null,
        2,
      ),
  ],
  [
    'n mailboxes outside n domains',
    (n) =>
      JSON.stringify(
        {
          ...base(),
          domains: range(n).map((i) => `d${i}.kommune.no`),
          mailboxes: range(n).map((i) => ({
            address: `p${i}@example.no`,
            name: 'P',
            kind: 'function',
          })),
        },
        null,
        2,
      ),
  ],
  [
    'n unknown keys that look like a check',
    (n) =>
      JSON.stringify(
        {
          ...base(),
          checks: Object.fromEntries(range(n).map((i) => [`risky-atachment${i}`, 'warn'])),
        },
        null,
        2,
      ),
  ],
  [
    'n members under one very long key',
    (n) =>
      JSON.stringify({
        ...base(),
        ['k'.repeat(10 * n)]: Object.fromEntries(range(n).map((i) => [`m${i}`, i])),
      }),
  ],
  [
    'n invalid mailboxes',
    (n) =>
      JSON.stringify(
        {
          ...base(),
          mailboxes: range(n).map((i) => ({ address: `a${i}@@x`, name: '', kind: 'nope' })),
        },
        null,
        2,
      ),
  ],
];

function steps(text: string): number {
  const meter = new Meter();
  const r = parseProfileText(text, meter);
  // Every error gets its place and its words.
  if (!r.ok) formatProfileErrors(r.errors, 'nb');
  return meter.steps;
}

describe('issue 10: profile validation is linear', () => {
  const n = 2_000;
  it.each(FAMILIES)('%s: 4× the profile, at most 4.5× the steps', (_name, make) => {
    const small = make(n);
    const large = make(4 * n);
    const a = steps(small);
    const b = steps(large);
    expect(b / a).toBeLessThanOrEqual(4.5);
    expect(b).toBeLessThanOrEqual(4 * large.length);
  });

  it('still reports each duplicate at its own line', () => {
    const text = JSON.stringify(base(), null, 2).replace(
      /^\{/,
      '{\n  "name": "a",\n  "name": "b",',
    );
    const r = parseProfileText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const dups = r.errors.filter((e) => e.code === 'profile.error.duplicate-key');
    // Line 2 is the first "name"; line 5 is the profile's own.
    expect(dups.map((e) => [e.line, e.column])).toEqual([
      [3, 3],
      [5, 3],
    ]);
  });

  it('names a mailbox outside the domains once per mailbox, with the domains listed once each', () => {
    const text = JSON.stringify({
      ...base(),
      domains: ['a.no', 'b.no'],
      mailboxes: [
        { address: 'x@c.no', name: 'X', kind: 'function' },
        { address: 'y@sub.b.no', name: 'Y', kind: 'function' },
      ],
    });
    const r = parseProfileText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.path, e.params?.['domains']])).toEqual([
      ['profile.error.mailbox-domain', 'mailboxes[0].address', 'a.no, b.no'],
    ]);
  });
});

describe('paths in a profile', () => {
  it.each([
    ['mailboxes[2].address', 'mailboxes[2]'],
    ['mailboxes[2]', 'mailboxes'],
    ['mailboxes', ''],
    ['checks["a b"]', 'checks'],
    ['checks["a\\"]b"]', 'checks'],
    ['checks["x"].y', 'checks["x"]'],
    ['["a.b"]', ''],
    ['', ''],
  ])('the parent of %s is %s', (path, parent) => {
    expect(parentPath(path)).toBe(parent);
  });

  it('shows a very long key by its start', () => {
    const path = formatPath(['k'.repeat(500), 'x']);
    expect(path.length).toBeLessThan(100);
    expect(parentPath(path)).toBe(formatPath(['k'.repeat(500)]));
  });
});

describe('the floor of the uninspected check', () => {
  it.each(['off', 'info'])('warns when a profile sets it to %s', (value) => {
    const r = parseProfileText(JSON.stringify({ ...base(), checks: { uninspected: value } }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map((w) => w.code)).toContain('profile.warning.uninspected-floor');
    expect(formatProfileErrors(r.warnings, 'nn').join('\n')).toContain(
      'checks.uninspected (linje 1',
    );
  });

  it('accepts block quietly', () => {
    const r = parseProfileText(JSON.stringify({ ...base(), checks: { uninspected: 'block' } }));
    expect(r.ok && r.warnings).toEqual([]);
  });
});
