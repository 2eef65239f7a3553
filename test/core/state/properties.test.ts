import {
  PROPERTY_IDS,
  PROPERTY_NAMES,
  PROPERTY_SET_ID,
  STATE_EXPAND,
  fromExtendedProperties,
  propertyId,
  toExtendedProperties,
} from '../../../src/core/state';
import type { IgnoreReason, ItemState, PropertyKey } from '../../../src/core/state';

const KARI = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const PER = { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' };

const id = (key: PropertyKey): string => propertyId(key);
/** As Graph answers: the GUID in lower case. */
const graphId = (key: PropertyKey): string =>
  `String {${PROPERTY_SET_ID.toLowerCase()}} Name ${PROPERTY_NAMES[key]}`;

describe('the property namespace', () => {
  it('names every property in one fixed property set, in the Graph id format', () => {
    expect(PROPERTY_SET_ID).toMatch(
      /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/,
    );
    expect(propertyId('status')).toBe(`String {${PROPERTY_SET_ID}} Name Arkivpost.Status`);
    for (const pid of PROPERTY_IDS) {
      expect(pid).toMatch(/^String \{[0-9A-F-]{36}\} Name Arkivpost\.[A-Za-z]+$/);
    }
    expect(new Set(PROPERTY_IDS).size).toBe(PROPERTY_IDS.length);
  });

  it('expands exactly those properties with one $filter joined by "or"', () => {
    expect(STATE_EXPAND.startsWith('singleValueExtendedProperties($filter=')).toBe(true);
    expect(STATE_EXPAND.endsWith(')')).toBe(true);
    for (const pid of PROPERTY_IDS) expect(STATE_EXPAND).toContain(`id eq '${pid}'`);
    expect(STATE_EXPAND.split(' or ')).toHaveLength(PROPERTY_IDS.length);
  });
});

describe('writing and reading the state back', () => {
  it.each<[string, ItemState]>([
    ['a message nobody has touched', { status: 'new' }],
    [
      'an assigned message in progress with a suggested class and a due date',
      {
        status: 'in-progress',
        assignee: KARI,
        class: { value: 'official', confirmed: false },
        due: '2026-04-07',
        updatedBy: PER,
        updatedAt: '2026-04-02T08:42:00.000Z',
      },
    ],
    [
      'an archived message with its case reference',
      {
        status: 'archived',
        assignee: KARI,
        class: { value: 'archive-worthy', confirmed: true },
        archiveRef: '2026/123-4',
        updatedBy: KARI,
        updatedAt: '2026-04-03T12:00:00.000Z',
      },
    ],
    [
      'a person without a name in the directory',
      { status: 'done', assignee: { address: 'x@ha.kommune.no', name: '' } },
    ],
  ])('round-trips %s', (_name, state) => {
    const read = fromExtendedProperties(toExtendedProperties(state));
    expect(read.state).toEqual(state);
    expect(read.ignored).toEqual([]);
  });

  it('writes every property, absent values as "" so an old value is overwritten', () => {
    const props = toExtendedProperties({ status: 'new' });
    expect(props.map((p) => p.id)).toEqual(PROPERTY_IDS);
    expect(props.find((p) => p.id === id('assignee'))?.value).toBe('');
    expect(props.find((p) => p.id === id('version'))?.value).toBe('2');
  });

  it('reads ids as Graph returns them, with the GUID in lower case', () => {
    const read = fromExtendedProperties([
      { id: graphId('status'), value: 'done' },
      { id: graphId('assignee'), value: KARI.address },
      { id: graphId('assigneeName'), value: KARI.name },
    ]);
    expect(read.state).toEqual({ status: 'done', assignee: KARI });
    expect(read.found).toBe(true);
  });

  it('treats a message without any of our properties as new and says none were found', () => {
    for (const nothing of [undefined, null, []]) {
      expect(fromExtendedProperties(nothing)).toEqual({
        state: { status: 'new' },
        ignored: [],
        found: false,
      });
    }
  });

  it('skips properties of other property sets without reporting them', () => {
    const read = fromExtendedProperties([
      { id: 'String {00020329-0000-0000-C000-000000000046} Name Keywords', value: 'x' },
      { id: 'Binary 0x0E0A', value: 'AAAA' },
      { id: graphId('status'), value: 'in-progress' },
    ]);
    expect(read.state).toEqual({ status: 'in-progress' });
    expect(read.ignored).toEqual([]);
  });
});

describe('reading garbled properties', () => {
  type Case = [string, unknown, ItemState, IgnoreReason[]];
  it.each<Case>([
    [
      'an unknown status',
      [{ id: id('status'), value: 'waiting' }],
      { status: 'new' },
      ['invalid-value'],
    ],
    ['a status in capitals', [{ id: id('status'), value: ' DONE ' }], { status: 'done' }, []],
    [
      'an assignee address without a domain',
      [
        { id: id('assignee'), value: 'kari' },
        { id: id('assigneeName'), value: 'Kari' },
      ],
      { status: 'new' },
      ['invalid-value', 'orphan'],
    ],
    [
      'a name without an address',
      [{ id: id('assigneeName'), value: 'Kari Nordmann' }],
      { status: 'new' },
      ['orphan'],
    ],
    [
      'a name with a control character',
      [
        { id: id('assignee'), value: KARI.address },
        { id: id('assigneeName'), value: 'Kari\u0007Nordmann' },
      ],
      { status: 'new', assignee: { address: KARI.address, name: '' } },
      ['invalid-value'],
    ],
    [
      'an unknown class',
      [{ id: id('class'), value: 'spam' }],
      { status: 'new' },
      ['invalid-value'],
    ],
    [
      'a confirmation that is neither true nor false',
      [
        { id: id('class'), value: 'official' },
        { id: id('classConfirmed'), value: 'yes' },
      ],
      { status: 'new', class: { value: 'official', confirmed: false } },
      ['invalid-value'],
    ],
    [
      'a confirmation without a class',
      [{ id: id('classConfirmed'), value: 'true' }],
      { status: 'new' },
      ['orphan'],
    ],
    [
      '30 February as due date',
      [{ id: id('due'), value: '2026-02-30' }],
      { status: 'new' },
      ['invalid-value'],
    ],
    [
      'a due date with a time',
      [{ id: id('due'), value: '2026-04-07T12:00' }],
      { status: 'new' },
      ['invalid-value'],
    ],
    [
      'an archive reference of 300 characters',
      [{ id: id('archiveRef'), value: 'x'.repeat(300) }],
      { status: 'new' },
      ['invalid-value'],
    ],
    [
      'a time that is not a time',
      [{ id: id('updatedAt'), value: 'yesterday' }],
      { status: 'new' },
      ['invalid-value'],
    ],
    [
      'a time with an offset, kept as UTC',
      [{ id: id('updatedAt'), value: '2026-04-02T10:42:00+02:00' }],
      { status: 'new', updatedAt: '2026-04-02T08:42:00.000Z' },
      [],
    ],
    [
      'the same property twice, keeping the first',
      [
        { id: id('status'), value: 'done' },
        { id: id('status'), value: 'new' },
      ],
      { status: 'done' },
      ['duplicate'],
    ],
    [
      'a property name this version does not know',
      [{ id: `String {${PROPERTY_SET_ID}} Name Arkivpost.Priority`, value: 'high' }],
      { status: 'new' },
      ['unknown-name'],
    ],
    [
      'a version from the future',
      [
        { id: id('version'), value: '7' },
        { id: id('status'), value: 'done' },
      ],
      { status: 'done' },
      ['newer-version'],
    ],
    [
      'a version that is not a number',
      [{ id: id('version'), value: 'one' }],
      { status: 'new' },
      ['invalid-value'],
    ],
    [
      'a value that is a number',
      [{ id: id('status'), value: 3 }],
      { status: 'new' },
      ['malformed'],
    ],
    ['an entry without an id', [{ value: 'done' }], { status: 'new' }, ['malformed']],
    [
      'entries that are not objects',
      [null, 'done', 42],
      { status: 'new' },
      ['malformed', 'malformed', 'malformed'],
    ],
    ['an object instead of a list', { status: 'done' }, { status: 'new' }, ['malformed']],
    ['a value of null, read as absent', [{ id: id('status'), value: null }], { status: 'new' }, []],
  ])('survives %s', (_name, props, state, reasons) => {
    const read = fromExtendedProperties(props);
    expect(read.state).toEqual(state);
    expect(read.ignored.map((i) => i.reason)).toEqual(reasons);
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const junk of [
      0,
      'x',
      true,
      cyclic,
      [cyclic],
      [{ id: id('status'), value: cyclic }],
      () => 1,
    ]) {
      expect(() => fromExtendedProperties(junk)).not.toThrow();
    }
  });

  it('reports what it ignored with the id and at most 256 characters of the value', () => {
    const read = fromExtendedProperties([{ id: id('archiveRef'), value: 'x'.repeat(1000) }]);
    expect(read.ignored[0]?.id).toBe(id('archiveRef'));
    expect(read.ignored[0]?.value).toHaveLength(256);
  });
});
