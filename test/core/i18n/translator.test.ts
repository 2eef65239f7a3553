import { describer, hasKey } from '../../../src/core/i18n/describe';
import { createTranslator } from '../../../src/core/i18n/types';
import type { Messages } from '../../../src/core/i18n/types';

const greetings = {
  nb: { 'hello.name': 'Hei, {name}', bye: 'Ha det' },
  nn: { 'hello.name': 'Hei, {name}', bye: 'Ha det' },
  sv: { 'hello.name': 'Hej, {name}', bye: 'Hej då' },
  en: { 'hello.name': 'Hello, {name}', bye: 'Goodbye' },
} as const satisfies Messages<'hello.name' | 'bye'>;

const farewells = {
  nb: { bye: 'Vi ses', later: 'Senere' },
  nn: { bye: 'Vi sjåast', later: 'Seinare' },
  sv: { bye: 'Vi ses', later: 'Senare' },
  en: { bye: 'See you', later: 'Later' },
} as const satisfies Messages<'bye' | 'later'>;

describe('createTranslator', () => {
  const t = createTranslator(greetings, farewells);

  it('fills placeholders in the language asked for', () => {
    expect(t('sv', 'hello.name', { name: 'Åsa' })).toBe('Hej, Åsa');
    expect(t('en', 'hello.name', { name: 'Ola' })).toBe('Hello, Ola');
  });

  it('leaves an unknown placeholder visible rather than blank', () => {
    expect(t('nb', 'hello.name')).toBe('Hei, {name}');
  });

  it('takes the later catalog when two have the same key', () => {
    expect(t('nn', 'bye')).toBe('Vi sjåast');
    expect(t('nn', 'later')).toBe('Seinare');
  });

  it('knows its keys, and only its own: not the object prototype’s', () => {
    expect(hasKey(t, 'later')).toBe(true);
    expect(hasKey(t, 'hello.name')).toBe(true);
    for (const k of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'hello', ''])
      expect(hasKey(t, k)).toBe(false);
  });

  it('checks keys at compile time', () => {
    // @ts-expect-error -- not a key of either catalog
    expect(t('en', 'hello')).toBe('hello');
    // @ts-expect-error -- a catalog must have every key in all four languages
    createTranslator({ nb: { a: 'a' }, nn: { a: 'a' }, sv: { a: 'a' } });
  });

  it('describes a plain-string code: its text when known, else the code itself', () => {
    const describe = describer(t);
    expect(describe('en', 'hello.name', { name: 'Kari' })).toBe('Hello, Kari');
    expect(describe('en', 'constructor')).toBe('constructor');
    expect(describe('sv', 'no.such.code', { name: 'x' })).toBe('no.such.code');
  });
});
