import { formatPath, parseJson, positionOf } from '../../../src/core/profile/json';

describe('parseJson', () => {
  it.each([
    ['an object', '{"a": 1, "b": [true, false, null]}'],
    ['nested lists', '[[], [[]], {"x": []}]'],
    ['numbers in every form', '[0, -0, 1.5, -2e3, 3E-2, 1e+2, 123456789]'],
    ['string escapes', '"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e5\\u00C6"'],
    ['a surrogate pair written as escapes', '"\\ud83d\\ude00"'],
    ['Norwegian letters as they are', '{"navn": "Hå kommune – æøå"}'],
    ['white space everywhere', ' \t\r\n{ "a" : [ 1 , 2 ] } \n'],
    ['an empty object and list', '{"a": {}, "b": []}'],
  ])('reads %s exactly like JSON.parse', (_name, text) => {
    const r = parseJson(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual(JSON.parse(text));
  });

  it.each([
    ['a leading zero', '[01]'],
    ['a bare minus', '[-]'],
    ['a number with a trailing dot', '[1.]'],
    ['an unknown escape', '"\\x41"'],
    ['a short unicode escape', '"\\u12"'],
    ['undefined', '{"a": undefined}'],
    ['a key without quotes', '{a: 1}'],
    ['NaN', '[NaN]'],
  ])('rejects %s like JSON.parse does', (_name, text) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(parseJson(text).ok).toBe(false);
  });

  it('keeps a "__proto__" key as data instead of changing the prototype', () => {
    const r = parseJson('{"__proto__": {"polluted": true}}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports duplicate keys and keeps the last value, as JSON.parse would', () => {
    const r = parseJson('{"a": 1, "b": {"c": 1, "c": 2}, "a": 3}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({ a: 3, b: { c: 2 } });
    expect(r.duplicates.map((d) => [d.path, d.offset])).toEqual([
      ['b.c', 23],
      ['a', 32],
    ]);
  });

  it('remembers where each member and element starts', () => {
    const text = '{\n  "mailboxes": [\n    {"address": "a@b.no"}\n  ]\n}';
    const r = parseJson(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const at = (p: string): [number, number] => {
      const pos = positionOf(text, r.positions.get(p) ?? -1);
      return [pos.line, pos.column];
    };
    expect(at('mailboxes')).toEqual([2, 3]);
    expect(at('mailboxes[0]')).toEqual([3, 5]);
    expect(at('mailboxes[0].address')).toEqual([3, 6]);
  });

  it('fails cleanly on absurdly deep nesting instead of overflowing the stack', () => {
    const r = parseJson('['.repeat(10_000) + ']'.repeat(10_000));
    expect(r.ok).toBe(false);
  });
});

describe('formatPath and positionOf', () => {
  it.each([
    [[], ''],
    [['mailboxes', 2, 'address'], 'mailboxes[2].address'],
    [['checks', 'subject-sensitive'], 'checks.subject-sensitive'],
    [['$schema'], '$schema'],
    [['keywords', 'two words'], 'keywords["two words"]'],
    [[0], '[0]'],
  ] as const)('writes %j as %j', (segments, text) => {
    expect(formatPath(segments)).toBe(text);
  });

  it.each([
    ['the start', 'ab\ncd', 0, 1, 1],
    ['after a line feed', 'ab\ncd', 4, 2, 2],
    ['after CRLF, counted once', 'ab\r\ncd', 4, 2, 1],
    ['after an old Mac CR', 'ab\rcd', 3, 2, 1],
  ])('counts lines and columns at %s', (_name, text, offset, line, column) => {
    expect(positionOf(text, offset)).toEqual({ line, column });
  });
});
