import { caseNumberAt } from '../../../src/core/archive/case-number';
import {
  MAX_BODY,
  MAX_LOOKUPS,
  lookupOrder,
  messageIdsOf,
  normaliseMessageId,
  replyCase,
  splitQuoted,
} from '../../../src/core/archive/reply-case';
import type { CaseRef, KnownMessages, WorkMeter } from '../../../src/core/archive/reply-case';
import { describeReplyCase } from '../../../src/core/archive/reply-case-messages';

/** What Arkivpost filed: "Vår ref. 2026/1-1" went out as <vedtak-1@kommune.no>. */
const FILED = new Map<string, CaseRef>([
  ['<vedtak-1@kommune.no>', { case: '2026/1', document: 1 }],
  ['<Eldre.Svar@kommune.no>', { case: '2025/77' }],
]);
function knownOf(map: ReadonlyMap<string, CaseRef>): KnownMessages & { asked: string[] } {
  const asked: string[] = [];
  const f = (id: string): CaseRef | null => {
    asked.push(id);
    return map.get(id) ?? null;
  };
  return Object.assign(f, { asked });
}
const none = (): null => null;
const msg = (subject: string, body = ''): { subject: string; body: string } => ({ subject, body });

describe('Message-IDs as headers write them', () => {
  it('takes ids in angle brackets, folded, with comments, in order', () => {
    const header =
      '<a.1@Example.ORG> (the first (nested \\) still) <not@this>)\r\n <b.2@example.org>,\r\n\t<c.3@\r\n example.org>';
    expect(messageIdsOf(header)).toEqual([
      '<a.1@example.org>',
      '<b.2@example.org>',
      '<c.3@example.org>',
    ]);
  });

  it('keeps the local part’s case and lowers the domain’s', () => {
    expect(normaliseMessageId('<Eldre.Svar@KOMMUNE.no>')).toBe('<Eldre.Svar@kommune.no>');
    expect(normaliseMessageId(' <x@y> ')).toBe('<x@y>');
  });

  it('reads the obsolete bare form and refuses what is no id', () => {
    expect(messageIdsOf('a@b.no  c@d.no')).toEqual(['<a@b.no>', '<c@d.no>']);
    expect(messageIdsOf('<no-at-sign> <@x> <y@> <<z@w.no>')).toEqual(['<z@w.no>']);
    expect(normaliseMessageId('<a\u0000b@c>')).toBeNull();
    expect(normaliseMessageId(`<${'x'.repeat(1000)}@c>`)).toBeNull();
  });

  it('an unclosed bracket does not swallow what follows', () => {
    expect(messageIdsOf('<broken@x.no <good@x.no>')).toEqual(['<good@x.no>']);
  });
});

describe('a reply found by its headers', () => {
  it('In-Reply-To names a message Arkivpost filed', () => {
    const known = knownOf(FILED);
    expect(replyCase({ inReplyTo: '<vedtak-1@KOMMUNE.NO>', ...msg('Re: vedtak') }, known)).toEqual({
      case: '2026/1',
      document: 1,
      via: 'in-reply-to',
      messageId: '<vedtak-1@kommune.no>',
    });
  });

  it('In-Reply-To comes before References and before any phrase', () => {
    const found = replyCase(
      {
        inReplyTo: '<Eldre.Svar@kommune.no>',
        references: '<vedtak-1@kommune.no>',
        ...msg('Dykkar ref. 2026/9', 'Dykkar ref. 2026/9'),
      },
      knownOf(FILED),
    );
    expect(found).toMatchObject({ case: '2025/77', via: 'in-reply-to' });
  });

  it('References newest first: the last id that is known wins', () => {
    const known = knownOf(FILED);
    const found = replyCase(
      {
        inReplyTo: '<citizen-2@gmail.com>',
        references:
          '<Eldre.Svar@kommune.no>\r\n <citizen-1@gmail.com>\r\n <vedtak-1@kommune.no>\r\n <citizen-2@gmail.com>',
        ...msg('Re: Re: vedtak'),
      },
      known,
    );
    expect(found).toMatchObject({
      case: '2026/1',
      via: 'references',
      messageId: '<vedtak-1@kommune.no>',
    });
    expect(known.asked).toEqual([
      '<citizen-2@gmail.com>',
      '<citizen-2@gmail.com>',
      '<vedtak-1@kommune.no>',
    ]);
  });

  it('the ids to fetch first, for a lookup that is asynchronous, in the order asked', () => {
    const input = {
      inReplyTo: '<c@x.no>',
      references: '<a@x.no> <b@X.NO> <c@x.no>',
      ...msg('Re: vedtak'),
    };
    expect(lookupOrder(input)).toEqual(['<c@x.no>', '<b@x.no>', '<a@x.no>']);
    const known = knownOf(new Map([['<a@x.no>', { case: '2026/3' }]]));
    expect(replyCase(input, known)?.case).toBe('2026/3');
    expect(new Set(known.asked)).toEqual(new Set(lookupOrder(input)));
  });

  it('the local part is case-sensitive: another case is another message', () => {
    expect(
      replyCase({ inReplyTo: '<VEDTAK-1@kommune.no>', ...msg('x') }, knownOf(FILED)),
    ).toBeNull();
  });

  it('found again by In-Reply-To after the reference is taken out of the subject', () => {
    const found = replyCase(
      { inReplyTo: '<vedtak-1@kommune.no>', ...msg('Re: klage') },
      knownOf(FILED),
    );
    expect(found?.case).toBe('2026/1');
  });
});

describe('a reply found by a reference phrase', () => {
  it.each([
    ['nn', 'Dykkar ref. 2026/123', 'Dykkar ref.'],
    ['nn', 'Dykkar referanse: 2026/123', 'Dykkar referanse'],
    ['nb', 'Deres ref.: 26/123', 'Deres ref.'],
    ['nb', 'Deres referanse 2026/123', 'Deres referanse'],
    ['sv', 'Er referens: 2026/123', 'Er referens'],
    ['sv', 'Er ref. 2026/123', 'Er ref.'],
    ['sv', 'Ert dnr 2026-123', 'Ert dnr'],
    ['sv', 'Ert diarienummer: 2026/123', 'Ert diarienummer'],
    ['sv', 'Er beteckning 2026/123', 'Er beteckning'],
    ['en', 'Your ref. 2026/123', 'Your ref.'],
    ['en', 'YOUR REFERENCE: 2026/0123', 'YOUR REFERENCE'],
  ])('%s: “%s” in the subject', (_lang, subject, phrase) => {
    expect(replyCase(msg(`Klage – ${subject}`), none)).toMatchObject({
      case: '2026/123',
      via: 'reference-phrase',
      where: 'subject',
      phrase,
    });
  });

  it('in the body, with the record number kept apart', () => {
    const found = replyCase(
      msg('Klage', 'Hei,\nDykkar ref. 2026/1-1\nEg klagar på vedtaket.'),
      none,
    );
    expect(found).toEqual({
      case: '2026/1',
      document: 1,
      via: 'reference-phrase',
      where: 'body',
      phrase: 'Dykkar ref.',
      reference: '2026/1-1',
    });
  });

  it('a label right after another, and a label of the other kind between', () => {
    expect(replyCase(msg('x', 'Deres ref. Deres ref. 2026/8'), none)?.case).toBe('2026/8');
    expect(replyCase(msg('x', 'Deres ref. Vår ref. 2026/8'), none)).toBeNull();
    expect(replyCase(msg('x', 'Vår ref. 2026/8 Deres ref.: 2026/9'), none)?.case).toBe('2026/9');
  });

  it('the subject comes before the body', () => {
    expect(replyCase(msg('Deres ref. 2026/5', 'Deres ref. 2026/6'), none)?.case).toBe('2026/5');
  });

  it('initials after the reference are allowed, a reference ending a sentence too', () => {
    expect(replyCase(msg('x', 'Deres ref. 21/1234-3/ANH'), none)?.case).toBe('2021/1234');
    expect(replyCase(msg('x', 'Gjelder Your ref. 2026/12.'), none)?.case).toBe('2026/12');
  });

  it.each([
    ['another organisation’s series', 'Deres ref. KS 2024.117'],
    ['a dotted number', 'Deres ref. 2024.117'],
    ['more number after ours', 'Deres ref. 2024/117.3'],
    ['a record of a record', 'Deres ref. 2026/1-2-3'],
    ['letters glued to it', 'Deres ref. 2026/12abc'],
    ['a name, not a number', 'Er referens: Anna Svensson 2026/12'],
    ['an ISO date', 'Dykkar ref. 2026-03-12'],
    ['a short date', 'Dykkar ref. 26-03-12'],
    ['a Norwegian date', 'Dykkar ref. 12.03.2026'],
    ['an identity number', 'Dykkar ref. 01019012345'],
    ['a case number inside an identity number', 'Dykkar ref. 010190/12345678901'],
    ['a case number without a label', 'Sak 2026/123 gjeld meg'],
    ['a label inside a word', 'Hver ref. 2026/123'],
  ])('not taken: %s (“%s”)', (_what, text) => {
    expect(replyCase(msg(text, text), none)).toBeNull();
  });

  it('the sender’s own “Vår ref.” in their new text is theirs, not ours', () => {
    const other = 'Vår ref. 2026/55\nStatsforvaltaren ber om innsyn.';
    expect(replyCase(msg('Innsyn', other), none)).toBeNull();
    expect(replyCase(msg('Vår ref. 2026/55 – innsyn', ''), none)).toBeNull();
  });
});

describe('a reply that quotes our message', () => {
  it('our “Vår ref.” in a reply’s subject', () => {
    expect(replyCase(msg('SV: Vår ref. 2026/1-1 – Vedtak', ''), none)).toMatchObject({
      case: '2026/1',
      document: 1,
      via: 'quoted-reference',
      where: 'subject',
      phrase: 'Vår ref.',
    });
    expect(replyCase(msg('Re: Vårt dnr 2026/7 – Beslut'), none)).toMatchObject({
      case: '2026/7',
      via: 'quoted-reference',
    });
  });

  it.each([
    ['Outlook, en', '-----Original Message-----\nFrom: Kommunen\nOur ref. 2026/31-2\n'],
    ['Outlook, nb', '-----Opprinnelig melding-----\nFra: Kommunen\nVår ref. 2026/31-2\n'],
    ['Outlook, sv', 'Från: Kommunen <post@kommune.se>\nVårt dnr 2026/31-2\n'],
    ['Gmail, en', 'On Tue, 3 Mar 2026, Kommunen wrote:\n> Our reference: 2026/31\n'],
    ['Gmail, nn', 'Den tys. 3. mar. 2026 skreiv Kommunen:\n> Vår ref. 2026/31\n'],
    ['inline ">" lines', '> Vår referanse 2026/31\nTakk for svaret.'],
  ])('our reference in the quoted part (%s)', (_what, quote) => {
    const found = replyCase(msg('Svar', `Takk.\n\n${quote}`), none);
    expect(found).toMatchObject({ case: '2026/31', via: 'quoted-reference', where: 'body' });
  });

  it('the sender’s new words come before what they quote', () => {
    const body = 'Dykkar ref. 2026/40\n\n-----Opprinnelig melding-----\nVår ref. 2026/31\n';
    expect(replyCase(msg('Svar', body), none)).toMatchObject({
      case: '2026/40',
      via: 'reference-phrase',
    });
  });

  it('“Dykkar ref.” in the quoted part is our reference to the citizen’s: not taken', () => {
    const body = 'Takk.\n\nFra: Kommunen\nDykkar ref. 2026/99\n';
    expect(replyCase(msg('Svar', body), none)).toBeNull();
  });

  it('a chain quoted in a chain: the first reference of ours found', () => {
    const body = [
      'Her er meir.',
      'Den 4. mar. 2026 skreiv Kommunen:',
      '> Vår ref. 2026/31-3',
      '> Den 3. mar. 2026 skreiv Ola:',
      '>> Dykkar ref. 2026/31-2',
      '>>> Vår ref. 2026/31-1',
    ].join('\n');
    expect(replyCase(msg('Re: Re: Re: søknad', body), none)).toMatchObject({
      case: '2026/31',
      document: 3,
    });
  });

  it('splits the body once: new text and quotation', () => {
    const { fresh, quoted } = splitQuoted('a\n> b\nc\nFrom: x\nd');
    expect(fresh).toBe('a\nc');
    expect(quoted).toBe('> b\nFrom: x\nd');
  });
});

describe('the words shown', () => {
  const found = replyCase(msg('Klage', 'Dykkar ref. 2026/123-4'), none)!;
  it.each([
    ['nb', 'Svar i sak 2026/123', 'Avsenderen viser til saken: «Dykkar ref. 2026/123-4».'],
    ['nn', 'Svar i sak 2026/123', 'Avsendaren viser til saka: «Dykkar ref. 2026/123-4».'],
    ['sv', 'Svar i ärende 2026/123', 'Avsändaren hänvisar till ärendet: ”Dykkar ref. 2026/123-4”.'],
    ['en', 'Reply in case 2026/123', 'The sender refers to the case: “Dykkar ref. 2026/123-4”.'],
  ] as const)('%s', (lang, label, reason) => {
    expect(describeReplyCase(found, lang)).toEqual({ label, reason });
  });

  it('a reply by its headers says so', () => {
    const byHeader = replyCase(
      { inReplyTo: '<vedtak-1@kommune.no>', ...msg('x') },
      knownOf(FILED),
    )!;
    expect(describeReplyCase(byHeader, 'sv').reason).toBe(
      'Meddelandet svarar på ett e-postmeddelande som diariefördes i ärendet.',
    );
  });
});

describe('linear in its input', () => {
  const work = (input: Parameters<typeof replyCase>[0], known: KnownMessages = none): number => {
    const meter: WorkMeter = { steps: 0 };
    replyCase(input, known, meter);
    return meter.steps;
  };

  it('10,000 ids in References: read once, at most MAX_LOOKUPS looked up', () => {
    const ids = (n: number): string =>
      Array.from({ length: n }, (_, i) => `<id-${i}@mail.example>`).join('\r\n ');
    const known = knownOf(FILED);
    const found = replyCase(
      { references: `${ids(10_000)} <vedtak-1@kommune.no>`, ...msg('x') },
      known,
    );
    expect(found?.case).toBe('2026/1');
    const miss = knownOf(FILED);
    expect(replyCase({ references: ids(10_000), ...msg('x') }, miss)).toBeNull();
    expect(miss.asked).toHaveLength(MAX_LOOKUPS);
    expect(miss.asked[0]).toBe('<id-9999@mail.example>');
    const one = work({ references: ids(10_000), ...msg('x') });
    const two = work({ references: ids(20_000), ...msg('x') });
    expect(two / one).toBeLessThan(2.1);
  });

  it('100 KB of “Dykkar ref.” without a number: found nothing, the body read only to its limit', () => {
    const flood = (n: number): string => 'Dykkar ref. '.repeat(n);
    const body = flood(Math.ceil(100_000 / 12));
    expect(replyCase(msg('x', body), none)).toBeNull();
    const small = work(msg('x', flood(1_000)));
    const double = work(msg('x', flood(2_000)));
    expect(double / small).toBeLessThan(2.1);
    // Beyond the limit nothing more is read.
    expect(work(msg('x', body))).toBe(work(msg('x', `${body}${body}`)));
    expect(work(msg('x', body))).toBeLessThan(4 * MAX_BODY);
  });

  it('a long comment, an unclosed bracket and a long subject are read once', () => {
    const comment = (n: number): string => `(${'('.repeat(n)}${')'.repeat(n)}) <a@b>`;
    expect(messageIdsOf(comment(50_000))).toEqual(['<a@b>']);
    const bracket = (n: number): string => '<'.repeat(n) + 'x'.repeat(n);
    const m1: WorkMeter = { steps: 0 };
    const m2: WorkMeter = { steps: 0 };
    messageIdsOf(bracket(20_000), m1);
    messageIdsOf(bracket(40_000), m2);
    expect(m2.steps / m1.steps).toBeLessThan(2.1);
    expect(replyCase(msg('Deres ref. '.repeat(100_000), ''), none)).toBeNull();
  });
});

describe('a case number at a place in a text', () => {
  it('stands on its own', () => {
    expect(caseNumberAt('ref 2026/12 x', 4)).toEqual({
      number: { year: 2026, seq: 12, doc: null },
      end: 11,
    });
    expect(caseNumberAt('12026/12', 1)).toBeNull();
    expect(caseNumberAt('2026/1234567890', 0)).toBeNull();
  });
});
