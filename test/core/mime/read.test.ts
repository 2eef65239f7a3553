/**
 * core's MIME reader on the shapes mail takes in the wild and the shapes an
 * attacker would give it: deep nesting, thousands of parts, boundaries in
 * odd places, line ends of every kind, charsets a browser will not decode.
 * Linearity is shown by counting steps on the work meter, never by timing.
 */
import { readMime, readSubject, MIME_LIMITS } from '../../../src/core/mime/read';
import type { MimeMessage } from '../../../src/core/mime/read';
import { scanText } from '../../../src/core/scan';
import { Meter, OutOfTime } from '../../../src/core/metering/meter';

const bytes = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
const b64 = (b: Uint8Array | string): string =>
  Buffer.from(typeof b === 'string' ? Buffer.from(b, 'utf8') : b).toString('base64');

function read(s: string | Uint8Array): MimeMessage {
  return readMime(typeof s === 'string' ? bytes(s) : s);
}

const FNR = '13097248022';

function ids(m: MimeMessage): string[] {
  return scanText(`${m.subject}\n${m.text}`)
    .filter((f) => f.category === 'national-id')
    .map((f) => f.text.replace(/\D/g, ''));
}

describe('headers', () => {
  it.each<[string, string, string]>([
    ['a plain subject', 'Subject: Søknad om løyve', 'Søknad om løyve'],
    ['a folded subject', 'Subject: Søknad\r\n  om løyve', 'Søknad  om løyve'],
    [
      'encoded words split across a fold',
      'Subject: =?utf-8?Q?Klage_p=C3=A5?=\r\n =?utf-8?Q?_vedtak?=',
      'Klage på vedtak',
    ],
    [
      'a character split between two encoded words',
      // "på" in UTF-8 is 70 C3 A5: the two bytes of å land in different words.
      'Subject: =?utf-8?B?cMM=?= =?utf-8?B?pQ==?=',
      'på',
    ],
    [
      'encoded words in two charsets',
      'Subject: =?iso-8859-1?Q?=C5rsm=F8te?= =?utf-8?Q?_=E2=80=93_m=C3=B8te?=',
      'Årsmøte – møte',
    ],
    ['an encoded word with a language (RFC 2231)', 'Subject: =?utf-8*nn?Q?s=C3=B8knad?=', 'søknad'],
    ['an encoded word in windows-1250', 'Subject: =?windows-1250?Q?=9Akola?=', 'škola'],
    ['an encoded word in EBCDIC 277', 'Subject: =?ibm277?B?8fLz?=', '123'],
    ['a broken encoded word kept as written', 'Subject: =?utf-8?Q?abc', '=?utf-8?Q?abc'],
    ['an encoded word next to text', 'Subject: Re:=?utf-8?Q?_s=C3=B8knad?=', 'Re: søknad'],
    ['raw UTF-8 (RFC 6532)', 'Subject: S\u00c3\u00b8knad', 'Søknad'],
    ['raw Latin-1', 'Subject: S\u00f8knad', 'Søknad'],
    ['blanks before the colon', 'Subject : Hei', 'Hei'],
  ])('%s', (_name, header, subject) => {
    expect(read(`From: a@b.no\r\n${header}\r\n\r\nTekst`).subject).toBe(subject);
  });

  it('reads addresses: names in quotes and encoded words, comments, groups, routes', () => {
    const m = read(
      [
        'From: "Nordmann, Kari" <kari@ha.kommune.no>',
        'To: =?utf-8?Q?Ola_=C3=85s?= <ola@example.no>, per@example.no (Per Hansen),',
        ' Prosjekt: anne@example.no, <@relay.example:bo@example.no>;, undisclosed-recipients:;',
        'Cc: <arkiv@ha.kommune.no>',
        'Bcc: skjult@ha.kommune.no',
        'Reply-To: Svar <svar@ha.kommune.no>',
        '',
        'Tekst',
      ].join('\r\n'),
    );
    expect(m.from).toEqual([{ address: 'kari@ha.kommune.no', name: 'Nordmann, Kari' }]);
    expect(m.to).toEqual([
      { address: 'ola@example.no', name: 'Ola Ås' },
      { address: 'per@example.no', name: 'Per Hansen' },
      { address: 'anne@example.no' },
      { address: 'bo@example.no' },
    ]);
    expect(m.cc).toEqual([{ address: 'arkiv@ha.kommune.no' }]);
    expect(m.bcc).toEqual([{ address: 'skjult@ha.kommune.no' }]);
    expect(m.replyTo).toEqual([{ address: 'svar@ha.kommune.no', name: 'Svar' }]);
  });

  it('keeps every field in order, names in lower case, values unfolded', () => {
    const m = read('X-A: 1\r\nx-a: 2\r\nList-Id: <liste\r\n\t.example.no>\r\n\r\n');
    expect(m.headers).toEqual([
      { name: 'x-a', value: '1' },
      { name: 'x-a', value: '2' },
      { name: 'list-id', value: '<liste\t.example.no>' },
    ]);
    expect(m.hasHeaders).toBe(true);
  });

  it('takes the date of the topmost Received field', () => {
    const m = read(
      'Received: from a by mx.ha.kommune.no; Tue, 3 Mar 2026 09:31:00 +0100\r\n' +
        'Received: from b by a; Tue, 3 Mar 2026 09:30:30 +0100\r\n' +
        'Date: Tue, 3 Mar 2026 09:30:00 +0100\r\n\r\n',
    );
    expect(m.received?.toISOString()).toBe('2026-03-03T08:31:00.000Z');
    expect(m.date?.toISOString()).toBe('2026-03-03T08:30:00.000Z');
  });
});

describe('attachment names (RFC 2231 and RFC 2047)', () => {
  const part = (disposition: string, type = 'application/pdf'): string =>
    [
      'From: a@b.no',
      'Content-Type: multipart/mixed; boundary=b',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Tekst',
      '--b',
      `Content-Type: ${type}`,
      disposition,
      'Content-Transfer-Encoding: base64',
      '',
      b64('%PDF-1.7'),
      '--b--',
    ].join('\r\n');

  it.each<[string, string, string]>([
    ['a quoted name', 'Content-Disposition: attachment; filename="vedtak 12.pdf"', 'vedtak 12.pdf'],
    [
      'a name without quotes, with spaces',
      'Content-Disposition: attachment; filename=vedtak 12.pdf',
      'vedtak 12.pdf',
    ],
    ['an escaped quote', 'Content-Disposition: attachment; filename="a \\"b\\".pdf"', 'a "b".pdf'],
    [
      'a charset (RFC 2231)',
      "Content-Disposition: attachment; filename*=utf-8''S%C3%B8knad%20om%20l%C3%B8yve.pdf",
      'Søknad om løyve.pdf',
    ],
    [
      'continuations, encoded and not',
      'Content-Disposition: attachment;\r\n filename*0*=iso-8859-1\'nn\'S%F8knad;\r\n filename*1=" om ";\r\n filename*2*=l%F8yve.pdf',
      'Søknad om løyve.pdf',
    ],
    [
      'continuations out of order',
      'Content-Disposition: attachment; filename*1="b.pdf"; filename*0="a"',
      'ab.pdf',
    ],
    [
      'an RFC 2231 name winning over a plain one',
      'Content-Disposition: attachment; filename="fallback.pdf"; filename*=utf-8\'\'%C3%A6.pdf',
      'æ.pdf',
    ],
    [
      'encoded words in a quoted name (as Outlook writes them)',
      'Content-Disposition: attachment; filename="=?utf-8?B?' + b64('Årsrapport.pdf') + '?="',
      'Årsrapport.pdf',
    ],
    [
      'a comment in the header',
      'Content-Disposition: attachment (vedlegg); filename="x.pdf"',
      'x.pdf',
    ],
  ])('%s', (_name, disposition, name) => {
    const m = read(part(disposition));
    expect(m.attachments.map((a) => a.name)).toEqual([name]);
    expect(m.attachments[0]?.disposition).toBe('attachment');
    expect(Buffer.from(m.attachments[0]?.bytes ?? []).toString()).toBe('%PDF-1.7');
  });

  it('takes the name from Content-Type when the disposition has none', () => {
    const m = read(part('Content-Disposition: attachment', 'application/pdf; name="fra-type.pdf"'));
    expect(m.attachments[0]?.name).toBe('fra-type.pdf');
  });
});

/** A two-part message with the given line end. */
function twoParts(eol: string): string {
  return [
    'From: a@b.no',
    'Subject: Linjeskift',
    'Content-Type: multipart/mixed; boundary="xyz"',
    '',
    'preamble',
    '--xyz',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Fnr ${FNR}`,
    '--xyz',
    'Content-Type: application/octet-stream; name=a.bin',
    'Content-Disposition: attachment; filename=a.bin',
    '',
    'ABC',
    '--xyz--',
    'epilogue',
  ].join(eol);
}

describe('structure', () => {
  it.each<[string, string]>([
    ['CRLF', twoParts('\r\n')],
    ['LF', twoParts('\n')],
    ['CR', twoParts('\r')],
    [
      'CRLF, LF and CR mixed',
      twoParts('\r\n').replace(/\r\n/g, (_m, at: number) => ['\r\n', '\n', '\r'][at % 3] as string),
    ],
  ])('reads a message with %s line ends', (_name, raw) => {
    const m = read(raw);
    expect(m.subject).toBe('Linjeskift');
    expect(m.text).toBe(`Fnr ${FNR}`);
    expect(m.attachments.map((a) => [a.name, Buffer.from(a.bytes).toString()])).toEqual([
      ['a.bin', 'ABC'],
    ]);
    expect(m.problems).toEqual([]);
  });

  it('does not split on a boundary inside base64 or in the middle of a line', () => {
    // The boundary is text that appears in the base64 body and after text on a line.
    const payload = utf8(`Inne i vedlegget: ${FNR}`);
    const encoded = b64(payload);
    const boundary = encoded.slice(4, 12);
    const raw = [
      'From: a@b.no',
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain',
      '',
      `Sjå --${boundary} her`,
      `--${boundary}`,
      'Content-Type: application/octet-stream; name=v.txt',
      'Content-Transfer-Encoding: base64',
      '',
      encoded,
      `--${boundary}--`,
    ].join('\r\n');
    const m = read(raw);
    expect(m.text).toBe(`Sjå --${boundary} her`);
    expect(Buffer.from(m.attachments[0]?.bytes ?? []).toString()).toBe(`Inne i vedlegget: ${FNR}`);
  });

  it('reads a multipart without its final boundary to the end', () => {
    const m = read(
      'From: a@b.no\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nTekst\r\nmeir',
    );
    expect(m.text).toBe('Tekst\nmeir');
    expect(m.problems).toEqual([]);
  });

  it('reads parts with headers and no body, and a message with headers only', () => {
    const m = read(
      'From: a@b.no\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n--b\r\nContent-Type: application/pdf; name=t.pdf\r\n\r\n--b--',
    );
    expect(m.attachments.map((a) => [a.name, a.size])).toEqual([['t.pdf', 0]]);
    expect(read('From: a@b.no\r\nSubject: Berre hovud').subject).toBe('Berre hovud');
    expect(read('From: a@b.no\r\nSubject: Berre hovud\r\n').text).toBe('');
  });

  it('starts the body at the first line that is not a header field, blank line or not', () => {
    const m = read(`From: a@b.no\r\nSubject: x\r\nDette er tekst, ikkje eit felt ${FNR}\r\nmeir`);
    expect(ids(m)).toEqual([FNR]);
  });

  it('prefers text/plain in an alternative and reads HTML where there is no text', () => {
    const raw = bytes(
      'Content-Type: multipart/alternative; boundary=a\r\n\r\n--a\r\nContent-Type: text/plain\r\n\r\nRein tekst\r\n--a\r\nContent-Type: text/html\r\n\r\n<p>HTML</p>\r\n--a--',
    );
    const alt = readMime(raw, { keepHtml: true });
    expect(alt.text).toBe('Rein tekst');
    expect(alt.html).toBe('<p>HTML</p>');
    expect(readMime(raw).html).toBeNull();
    const html = read('Content-Type: text/html\r\n\r\n<p>Berre&nbsp;HTML</p>');
    expect(html.text).toBe('Berre HTML');
  });

  it('marks images of an HTML body as related, and reads an attached message as an attachment', () => {
    const m = read(
      [
        'Content-Type: multipart/mixed; boundary=m',
        '',
        '--m',
        'Content-Type: multipart/related; boundary=r',
        '',
        '--r',
        'Content-Type: text/html',
        '',
        '<img src="cid:logo">',
        '--r',
        'Content-Type: image/png',
        'Content-ID: <logo>',
        '',
        'PNG',
        '--r--',
        '--m',
        'Content-Type: message/rfc822',
        '',
        'Subject: Inni',
        '',
        `Fnr ${FNR}`,
        '--m--',
      ].join('\r\n'),
    );
    expect(m.attachments.map((a) => [a.contentType, a.related, a.contentId])).toEqual([
      ['image/png', true, '<logo>'],
      ['message/rfc822', false, undefined],
    ]);
    const inner = m.attachments[1]?.bytes ?? new Uint8Array(0);
    expect(readSubject(inner)).toBe('Inni');
    expect(ids(readMime(inner))).toEqual([FNR]);
  });

  it('reads parts of a multipart/digest as messages by default', () => {
    const m = read(
      'Content-Type: multipart/digest; boundary=d\r\n\r\n--d\r\n\r\nSubject: Ein\r\n\r\nA\r\n--d--',
    );
    expect(m.attachments.map((a) => a.contentType)).toEqual(['message/rfc822']);
  });

  it('reads a multipart without a boundary, or whose boundary never comes, as text and says so', () => {
    const noBoundary = read(`Content-Type: multipart/mixed\r\n\r\nFnr ${FNR}`);
    expect(ids(noBoundary)).toEqual([FNR]);
    expect(noBoundary.problems).toEqual([{ reason: 'format' }]);
    const wrong = read(
      `Content-Type: multipart/mixed; boundary=a\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nFnr ${FNR}\r\n--b--`,
    );
    expect(ids(wrong)).toEqual([FNR]);
    expect(wrong.problems).toEqual([{ reason: 'format' }]);
  });

  it('keeps the bytes of a 7bit or binary attachment as a view, not a copy', () => {
    const raw = bytes(
      'Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\n\r\n\u0000\u00ff\u0001\r\n--b--',
    );
    const a = readMime(raw).attachments[0];
    expect(Array.from(a?.bytes ?? [])).toEqual([0, 255, 1]);
    expect(a?.bytes.buffer).toBe(raw.buffer);
  });

  it('decodes an attachment only as far as asked, and still counts its whole size', () => {
    const data = new Uint8Array(10_000).map((_, i) => i % 251);
    const raw = bytes(
      `Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(data).replace(/.{76}/g, '$&\r\n')}\r\n--b--`,
    );
    const a = readMime(raw, { maxAttachmentBytes: 1000 }).attachments[0];
    expect(a?.size).toBe(10_000);
    expect(Array.from(a?.bytes ?? [])).toEqual(Array.from(data.subarray(0, 1000)));
  });
});

describe('transfer encodings', () => {
  it.each<[string, string, string]>([
    [
      'quoted-printable with soft breaks inside a number',
      'quoted-printable',
      'Fnr 130972=\r\n48022 og =C3=A6=\nb=\r',
    ],
    [
      'quoted-printable with blanks after a soft break',
      'quoted-printable',
      'Fnr 130972= \t\r\n48022',
    ],
    ['base64 in lines', 'base64', b64(`Fnr ${FNR}`).replace(/(.{4})/g, '$1\r\n')],
    ['base64 glued from two encodings', 'base64', b64('Fnr 1309') + b64(`72 48022`)],
    ['8bit', '8bit', `Fnr ${FNR}`],
    ['an unknown encoding, read as it is', 'x-uuencode-ish', `Fnr ${FNR}`],
  ])('%s', (_name, cte, body) => {
    const m = read(
      `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: ${cte}\r\n\r\n${body}`,
    );
    expect(m.text.replace(/ /g, '')).toContain(FNR);
  });

  it('joins format=flowed lines', () => {
    const m = read(
      'Content-Type: text/plain; format=flowed; delsp=yes\r\n\r\nFnr 130972 \r\n48022 og meir\r\n-- \r\nHelsing',
    );
    expect(m.text).toBe(`Fnr 130972${'48022'} og meir\n-- \nHelsing`);
  });
});

describe('charsets', () => {
  const text = `Fødselsnummer ${FNR}`;
  const utf16 = (le: boolean, bom: boolean): Uint8Array => {
    const b = Buffer.from(text, 'utf16le');
    if (!le) b.swap16();
    return new Uint8Array(
      bom ? Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), b]) : b,
    );
  };
  const utf7 = (s: string): string =>
    s.replace(
      /[0-9ø]+/g,
      (run) => `+${Buffer.from(run, 'utf16le').swap16().toString('base64').replace(/=+$/, '')}-`,
    );

  it.each<[string, string, Uint8Array]>([
    ['UTF-16 LE with a BOM, labelled utf-16', 'utf-16', utf16(true, true)],
    ['UTF-16 BE with a BOM, labelled us-ascii', 'us-ascii', utf16(false, true)],
    ['UTF-16 LE without a BOM, labelled iso-8859-1', 'iso-8859-1', utf16(true, false)],
    ['UTF-16 without a charset', '', utf16(true, false)],
    ['UTF-7 with the digits shifted', 'utf-7', bytes(utf7(text))],
    [
      'EBCDIC 277 (Denmark/Norway)',
      'ibm277',
      new Uint8Array(Buffer.from(text.replace('ø', 'o'), 'latin1').map((c) => ebcdic(c))),
    ],
    [
      'EBCDIC labelled us-ascii',
      'us-ascii',
      new Uint8Array(Buffer.from(text.replace('ø', 'o'), 'latin1').map((c) => ebcdic(c))),
    ],
    ['windows-1252', 'windows-1252', new Uint8Array(Buffer.from(text, 'latin1'))],
    [
      'UTF-8 with a BOM',
      'utf-8',
      new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])),
    ],
  ])('%s does not hide an ID number', (_name, charset, body) => {
    const label = charset === '' ? '' : `; charset="${charset}"`;
    const m = read(
      new Uint8Array(
        Buffer.concat([
          Buffer.from(
            `Content-Type: text/plain${label}\r\nContent-Transfer-Encoding: base64\r\n\r\n`,
          ),
          Buffer.from(b64(body)),
        ]),
      ),
    );
    expect(ids(m)).toEqual([FNR]);
    expect(m.problems).toEqual([]);
  });

  it('reads a charset it does not know as UTF-8 or windows-1252, and says it could not decode it', () => {
    const m = read(`Content-Type: text/plain; charset=x-klingon\r\n\r\nFnr ${FNR} \u00e6`);
    expect(ids(m)).toEqual([FNR]);
    expect(m.problems).toEqual([{ reason: 'encoding' }]);
    const named = read(
      'Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=x-klingon\r\nContent-Disposition: inline; filename=notat.txt\r\n\r\n\u00e6\r\n--b--',
    );
    expect(named.problems).toEqual([{ reason: 'encoding', entry: 'notat.txt' }]);
  });

  it('says so when an encoded word has an unknown charset', () => {
    expect(read('Subject: =?x-klingon?Q?abc?=\r\n\r\n').problems).toEqual([{ reason: 'encoding' }]);
  });
});

/** EBCDIC 037/277 for ASCII letters, digits and spaces. */
function ebcdic(c: number): number {
  if (c >= 0x30 && c <= 0x39) return 0xf0 + c - 0x30;
  if (c === 0x20) return 0x40;
  const lower = c >= 0x61 && c <= 0x7a;
  const k = (c | 0x20) - 0x61;
  if (k < 0 || k > 25) return 0x4b;
  const base = k < 9 ? 0x81 + k : k < 18 ? 0x91 + k - 9 : 0xa2 + k - 18;
  return lower ? base : base + 0x40;
}

/** Multiparts nested `depth` deep with the ID number in the innermost text. */
function nested(depth: number, secret: string): string {
  const open: string[] = ['From: a@b.no', 'Subject: Djupt'];
  for (let i = 0; i < depth; i++) {
    open.push(`Content-Type: multipart/mixed; boundary="n${i}"`, '', `--n${i}`);
  }
  open.push('Content-Type: text/plain', '', secret);
  for (let i = depth - 1; i >= 0; i--) open.push(`--n${i}--`);
  return open.join('\r\n');
}

/** A multipart/mixed of `count` text parts; the last one holds `last`. */
function manyParts(count: number, last: string): string {
  const out = ['From: a@b.no', 'Content-Type: multipart/mixed; boundary=p', ''];
  for (let i = 0; i < count; i++) {
    out.push('--p', 'Content-Type: text/plain', '', i === count - 1 ? last : `del ${i}`);
  }
  out.push('--p--');
  return out.join('\r\n');
}

describe('limits', () => {
  it(`reads multiparts ${MIME_LIMITS.maxDepth} deep`, () => {
    const m = read(nested(MIME_LIMITS.maxDepth, `Fnr ${FNR}`));
    expect(ids(m)).toEqual([FNR]);
    expect(m.problems).toEqual([]);
  });

  it('stops at nesting 60 deep and says so', () => {
    const m = read(nested(60, `Fnr ${FNR}`));
    expect(m.problems).toEqual([{ reason: 'nesting' }]);
    expect(m.subject).toBe('Djupt');
  });

  it(`reads ${MIME_LIMITS.maxParts - 1} parts`, () => {
    const m = read(manyParts(MIME_LIMITS.maxParts - 1, `Fnr ${FNR}`));
    expect(ids(m)).toEqual([FNR]);
    expect(m.parts).toBe(MIME_LIMITS.maxParts);
    expect(m.problems).toEqual([]);
  });

  it('stops at 12,000 parts and says so', () => {
    const m = read(manyParts(12_000, `Fnr ${FNR}`));
    expect(m.problems).toEqual([{ reason: 'parts' }]);
    expect(m.text.split('\n')).toHaveLength(MIME_LIMITS.maxParts - 1);
  });

  it('lets OutOfTime through, so the send check can stop it in time', () => {
    let now = 0;
    const meter = new Meter({ now: () => (now += 10), deadline: 100, checkEvery: 64 });
    expect(() => readMime(bytes(manyParts(500, 'x')), { meter })).toThrow(OutOfTime);
  });
});

describe('malformed input', () => {
  /** A small deterministic generator (mulberry32). */
  function prng(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const SEED = bytes(twoParts('\r\n') + '\r\n' + nested(3, 'x'));
  const TOKENS = [
    '--xyz',
    '--xyz--',
    '\r\n',
    '\r',
    '=?',
    '?=',
    '"',
    ';',
    '=',
    '*0*',
    "''",
    '%',
    ':',
    ' ',
    '\u00ff',
  ];

  it('never throws, whatever the bytes', () => {
    const rnd = prng(10);
    for (let round = 0; round < 400; round++) {
      const b = Uint8Array.from(SEED);
      const edits = 1 + Math.floor(rnd() * 20);
      const out = Array.from(b);
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(rnd() * out.length);
        const r = rnd();
        if (r < 0.3) out[at] = Math.floor(rnd() * 256);
        else if (r < 0.6) out.splice(at, Math.floor(rnd() * 40));
        else {
          const tok = TOKENS[Math.floor(rnd() * TOKENS.length)] as string;
          out.splice(at, 0, ...Array.from(bytes(tok)));
        }
      }
      const input = Uint8Array.from(out);
      expect(() => readMime(input)).not.toThrow();
    }
  });

  it.each<[string, Uint8Array]>([
    ['nothing', new Uint8Array(0)],
    ['a single line break', bytes('\n')],
    ['binary junk', Uint8Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)],
    ['only a boundary', bytes('--b--')],
    [
      'a Content-Type of 10,000 parameters',
      bytes(`Content-Type: text/plain${'; a*9999*=x'.repeat(10_000)}\r\n\r\nx`),
    ],
  ])('reads %s without throwing', (_name, raw) => {
    expect(() => readMime(raw)).not.toThrow();
  });
});

describe('linear work', () => {
  /** Steps for the input made by `make(n)`, and the ratio of 4n to n. */
  function ratio(
    make: (n: number) => string,
    n: number,
  ): { steps: number; ratio: number; size: number } {
    const count = (k: number): { steps: number; size: number } => {
      const meter = new Meter();
      const raw = bytes(make(k));
      readMime(raw, { meter });
      return { steps: meter.steps, size: raw.length };
    };
    const one = count(n);
    const four = count(4 * n);
    return { steps: four.steps, ratio: four.steps / one.steps, size: four.size };
  }

  it.each<[string, (n: number) => string, number]>([
    ['many parts', (n) => manyParts(n, 'x'), 2000],
    [
      'nesting at the limit, repeated',
      (n) =>
        `Content-Type: multipart/mixed; boundary=top\r\n\r\n${Array.from({ length: n }, () => `--top\r\n${nested(MIME_LIMITS.maxDepth - 1, 'x')}`).join('\r\n')}`,
      20,
    ],
    [
      'lines that almost are boundaries',
      (n) =>
        `Content-Type: multipart/mixed; boundary="${'b'.repeat(60)}"\r\n\r\n--${'b'.repeat(60)}\r\n\r\n${`--${'b'.repeat(59)}c\r\n`.repeat(n)}`,
      2000,
    ],
    [
      'a long folded header of broken encoded words',
      (n) => `Subject: ${'=?utf-8?Q?a'.repeat(n)}\r\n ${'=?x?'.repeat(n)}\r\n\r\n`,
      5000,
    ],
    [
      'many parameters',
      (n) => `Content-Type: text/plain${'; name*1*=%41'.repeat(n)}\r\n\r\nx`,
      5000,
    ],
    [
      'an address list',
      (n) => `To: ${'"a, b" <a@b.no>, (c) d@e.no, g: h@i.no;, '.repeat(n)}\r\n\r\n`,
      2000,
    ],
    [
      'quoted-printable of equals signs',
      (n) => `Content-Transfer-Encoding: quoted-printable\r\n\r\n${'= = =\t=\r\n=4'.repeat(n)}`,
      5000,
    ],
    ['lone CRs', (n) => `Subject: x\r\n\r\n${'\r'.repeat(n * 10)}`, 5000],
  ])('%s: steps at 4n ≤ 4.5 × steps at n, and a bounded number per byte', (_name, make, n) => {
    const r = ratio(make, n);
    expect(r.ratio).toBeLessThanOrEqual(4.5);
    expect(r.steps).toBeLessThanOrEqual(8 * r.size);
  });
});
