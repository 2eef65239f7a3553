import PostalMime from 'postal-mime';
import { parseEml } from '../../../src/core/mime/eml';
import { buildEml } from '../../../src/core/mime/write';
import type { EmlAttachment, EmlDraft } from '../../../src/core/mime/write';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin1 = (b: Uint8Array): string => Buffer.from(b).toString('latin1');
const text = (b: Uint8Array): string => new TextDecoder().decode(b);

const PDF = utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj <<>> endobj\n%%EOF\n');
const BYTES = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);

function draft(over: Partial<EmlDraft> = {}): EmlDraft {
  return {
    from: { address: 'sakshandsamar@ha.kommune.no', name: 'Kari Nordmann' },
    to: [
      { address: 'ola@example.no', name: 'Ola Ås' },
      { address: 'post@firma.no', name: 'Firma AS, avd. Plan' },
    ],
    cc: [{ address: 'arkiv@ha.kommune.no' }],
    subject: 'Vedtak i sak 2026/123 – søknad om løyve',
    text: 'Hei,\n\nvedlagt er vedtaket i saka.\n\nHelsing\nKari',
    attachments: [],
    date: new Date('2026-03-05T09:30:15Z'),
    messageId: '<draft-1@ha.kommune.no>',
    ...over,
  };
}

/** The header block of raw output, lines unfolded. */
function headerFields(raw: Uint8Array): string[] {
  const s = latin1(raw);
  return s
    .slice(0, s.indexOf('\r\n\r\n'))
    .replace(/\r\n[ \t]/g, ' ')
    .split('\r\n');
}

function lines(raw: Uint8Array): string[] {
  return latin1(raw).split('\r\n');
}

/** Decodes one RFC 2047 encoded-word strictly: invalid UTF-8 throws. */
function decodeWord(word: string): string {
  const m = /^=\?UTF-8\?([QB])\?([^?]*)\?=$/.exec(word);
  if (!m) throw new Error(`not an encoded-word: ${word}`);
  const bytes =
    m[1] === 'B'
      ? Buffer.from(m[2]!, 'base64')
      : Buffer.from(
          m[2]!
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        );
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The encoded-words of one header field. */
const encodedWordsOf = (raw: Uint8Array, name: string): string[] =>
  headerFields(raw)
    .find((f) => f.startsWith(`${name}: `))!
    .match(/=\?UTF-8\?[QB]\?[^?]*\?=/g) ?? [];

/** The parsed body as written: the parser ends text with one line break of its own. */
const bodyText = (m: { body: string }): string => m.body.replace(/\r\n/g, '\n').replace(/\n$/, '');

describe('buildEml: a draft round trip through the parser', () => {
  const attachments: EmlAttachment[] = [
    { name: 'søknad om løyve – vedlegg 1.pdf', contentType: 'application/pdf', bytes: PDF },
    { name: 'Ärende 2026-123 – beslut.pdf', contentType: 'application/pdf', bytes: BYTES },
    { name: 'tom.txt', contentType: 'text/plain', bytes: new Uint8Array(0) },
  ];
  const d = draft({ html: '<p>Hei,</p><p>vedlagt er <b>vedtaket</b>.</p>', attachments });
  const raw = buildEml(d, { boundary: 'test' });

  it('keeps sender, recipients, subject, Message-ID and date', async () => {
    const m = await parseEml(raw);
    expect(m.from).toEqual({ address: 'sakshandsamar@ha.kommune.no', name: 'Kari Nordmann' });
    expect(m.to).toEqual([
      { address: 'ola@example.no', name: 'Ola Ås' },
      { address: 'post@firma.no', name: 'Firma AS, avd. Plan' },
    ]);
    expect(m.cc).toEqual([{ address: 'arkiv@ha.kommune.no' }]);
    expect(m.subject).toBe('Vedtak i sak 2026/123 – søknad om løyve');
    expect(m.messageId).toBe('<draft-1@ha.kommune.no>');
    expect(m.receivedAt?.toISOString()).toBe('2026-03-05T09:30:15.000Z');
    expect(m.headers['date']).toBe('Thu, 05 Mar 2026 09:30:15 +0000');
    expect(m.headers['mime-version']).toBe('1.0');
  });

  it('keeps the text and the HTML, text first in a multipart/alternative', async () => {
    const m = await parseEml(raw);
    expect(bodyText(m)).toBe(d.text);
    const email = await PostalMime.parse(raw);
    expect(bodyText({ body: email.html ?? '' })).toBe(d.html);
    const s = latin1(raw);
    expect(s.indexOf('Content-Type: text/plain')).toBeLessThan(
      s.indexOf('Content-Type: text/html'),
    );
    expect(m.headers['content-type']).toMatch(/^multipart\/mixed;/);
  });

  it('keeps every attachment: names, types and bytes', async () => {
    const m = await parseEml(raw);
    expect(m.attachments.map((a) => a.name)).toEqual(attachments.map((a) => a.name));
    expect(m.attachments.map((a) => a.contentType)).toEqual([
      'application/pdf',
      'application/pdf',
      'text/plain',
    ]);
    m.attachments.forEach((a, i) => expect(a.bytes).toEqual(attachments[i]!.bytes));
    expect(m.attachments[2]!.size).toBe(0);
  });

  it('writes non-ASCII names as RFC 2231 with an ASCII filename= and name= beside them', () => {
    const s = latin1(raw).replace(/\r\n /g, ' ');
    expect(s).toContain('name="soknad om loyve - vedlegg 1.pdf"');
    expect(s).toContain('filename="soknad om loyve - vedlegg 1.pdf"');
    expect(s).toContain('name="Arende 2026-123 - beslut.pdf"');
    expect(s).toMatch(/filename\*(0\*)?=UTF-8''s%C3%B8knad%20om%20l%C3%B8yve/);
    expect(s).toContain('filename="tom.txt"');
    expect(s).not.toContain("filename*=UTF-8''tom");
  });

  it('ends every line with CRLF and keeps lines within 78 characters', () => {
    const s = latin1(raw);
    expect(s.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(s.endsWith('\r\n')).toBe(true);
    for (const line of lines(raw)) expect(line.length).toBeLessThanOrEqual(78);
  });

  it('writes the same bytes for the same draft and boundary stem', () => {
    expect(buildEml(d, { boundary: 'test' })).toEqual(raw);
    expect(latin1(buildEml(d, { boundary: 'other' }))).not.toBe(latin1(raw));
    expect(latin1(raw)).toContain('boundary="=_test.1_"');
  });

  it('makes the boundary from the Message-ID when none is given, and refuses one that is not a boundary', async () => {
    const a = buildEml(d);
    expect(buildEml(d)).toEqual(a);
    const other = latin1(buildEml({ ...d, messageId: '<draft-2@ha.kommune.no>' }));
    const stem = (s: string): string => /boundary="=_([^.]+)\.1_"/.exec(s)![1]!;
    expect(stem(latin1(a))).not.toBe(stem(other));
    expect((await parseEml(a)).attachments).toHaveLength(3);
    expect(() => buildEml(d, { boundary: 'with space' })).toThrow(RangeError);
    expect(() => buildEml(d, { boundary: 'x"y' })).toThrow(RangeError);
  });
});

describe('buildEml: headers', () => {
  it('writes a text-only draft as a single quoted-printable text/plain part', async () => {
    const raw = buildEml(draft({ subject: 'Plain ASCII subject' }));
    const fields = headerFields(raw);
    expect(fields).toContain('Subject: Plain ASCII subject');
    expect(fields).toContain('Content-Type: text/plain; charset=utf-8');
    expect(fields).toContain('Content-Transfer-Encoding: quoted-printable');
    expect(fields).toContain('From: Kari Nordmann <sakshandsamar@ha.kommune.no>');
    expect(fields[0]).toBe('Date: Thu, 05 Mar 2026 09:30:15 +0000');
    const m = await parseEml(raw);
    expect(bodyText(m)).toBe(draft().text);
  });

  it('quotes display names that need it and encodes non-ASCII ones', async () => {
    const to = [
      { address: 'a@example.no', name: 'Nordmann, Kari' },
      { address: 'b@example.no', name: 'Ola "Olsen" \\ Nordmann' },
      { address: 'c@example.no', name: 'J. Smith' },
      { address: 'd@example.no', name: 'Ærlig Øystein Åsen' },
      { address: 'e@example.no', name: '=?UTF-8?Q?fake?=' },
      { address: 'f@example.no', name: '' },
    ];
    const raw = buildEml(draft({ to }));
    const toField = headerFields(raw).find((f) => f.startsWith('To: '))!;
    expect(toField).toContain('"Nordmann, Kari" <a@example.no>');
    expect(toField).toContain('"Ola \\"Olsen\\" \\\\ Nordmann" <b@example.no>');
    expect(toField).toContain('"J. Smith" <c@example.no>');
    expect(toField).not.toMatch(/[^\x20-\x7e]/);
    expect(toField).toMatch(/, f@example\.no$/);
    const m = await parseEml(raw);
    expect(m.to).toEqual([
      { address: 'a@example.no', name: 'Nordmann, Kari' },
      { address: 'b@example.no', name: 'Ola "Olsen" \\ Nordmann' },
      { address: 'c@example.no', name: 'J. Smith' },
      { address: 'd@example.no', name: 'Ærlig Øystein Åsen' },
      { address: 'e@example.no', name: '=?UTF-8?Q?fake?=' },
      { address: 'f@example.no' },
    ]);
  });

  it('omits To and Cc when the draft has no such recipients', () => {
    const fields = headerFields(buildEml(draft({ to: [], cc: [] })));
    expect(fields.some((f) => /^(To|Cc):/.test(f))).toBe(false);
    expect(fields.some((f) => f.startsWith('From: '))).toBe(true);
  });

  it('folds long subjects and many recipients into lines of at most 78 characters', async () => {
    const subject =
      'Melding om vedtak – søknad om dispensasjon frå reguleringsplan for oppføring av ' +
      'fritidsbustad på gnr. 12 bnr. 34 i Hå kommune, med klagerett og orientering om sakshandsaming';
    const asciiSubject = `Re: ${'Long subject words '.repeat(12)}end`;
    const to = Array.from({ length: 12 }, (_, i) => ({
      address: `mottakar${i}@eksempel.kommune.no`,
      name: i % 2 ? `Mottakar nr. ${i}, Planavdelinga` : `Åse Øvrebø-Bjørnstad ${i}`,
    }));
    for (const s of [subject, asciiSubject]) {
      const raw = buildEml(draft({ subject: s, to }));
      for (const line of lines(raw)) expect(line.length).toBeLessThanOrEqual(78);
      const m = await parseEml(raw);
      expect(m.subject).toBe(s);
      expect(m.to).toEqual(to);
    }
    const fields = headerFields(buildEml(draft({ subject: asciiSubject })));
    expect(fields).toContain(`Subject: ${asciiSubject}`);
  });

  it('keeps encoded-words within 75 characters, each whole UTF-8 on its own', () => {
    const subject = `${'e\u0301'.repeat(30)} ${'👩‍👩‍👧‍👦'.repeat(6)} ${'🇳🇴🇸🇪'.repeat(8)} ${'ø'.repeat(50)}`;
    const raw = buildEml(draft({ subject }));
    const words = encodedWordsOf(raw, 'Subject');
    expect(words.length).toBeGreaterThan(3);
    for (const w of words) {
      expect(w.length).toBeLessThanOrEqual(75);
      const decoded = decodeWord(w);
      expect(decoded).not.toContain('\ufffd');
      // No word starts inside a character as a reader sees it.
      expect(decoded).not.toMatch(/^[\u0301\u200d]/u);
      expect(decoded.codePointAt(0)).not.toBe(0x1f467);
    }
    expect(words.map(decodeWord).join('')).toBe(subject);
  });

  it('encodes a very long word that cannot be folded', async () => {
    const subject = `Sjå ${'x'.repeat(200)}`;
    const ascii = `See https://example.no/${'a'.repeat(150)}`;
    for (const s of [subject, ascii]) {
      const raw = buildEml(draft({ subject: s }));
      for (const line of lines(raw)) expect(line.length).toBeLessThanOrEqual(78);
      expect((await parseEml(raw)).subject).toBe(s);
    }
  });

  it('writes an empty subject as an empty field', async () => {
    const raw = buildEml(draft({ subject: '' }));
    expect(headerFields(raw)).toContain('Subject:');
    expect((await parseEml(raw)).subject).toBe('');
  });

  it('writes extra fields after Message-ID and refuses ones the writer owns', async () => {
    const raw = buildEml(
      draft({
        headers: {
          'X-Arkivpost-Draft': '1',
          'In-Reply-To': '<orig@example.no>',
          References: '<a@example.no> <b@example.no>',
        },
      }),
    );
    const fields = headerFields(raw);
    const at = (name: string): number => fields.findIndex((f) => f.startsWith(`${name}:`));
    expect(at('Message-ID')).toBeLessThan(at('X-Arkivpost-Draft'));
    expect(at('References')).toBeLessThan(at('MIME-Version'));
    const m = await parseEml(raw);
    expect(m.headers['x-arkivpost-draft']).toBe('1');
    expect(m.headers['in-reply-to']).toBe('<orig@example.no>');
    expect(m.headers['references']).toBe('<a@example.no> <b@example.no>');
    expect(() => buildEml(draft({ headers: { 'content-type': 'text/html' } }))).toThrow(RangeError);
    expect(() => buildEml(draft({ headers: { Bcc: 'x@example.no' } }))).toThrow(RangeError);
    expect(() => buildEml(draft({ headers: { 'X-Bad Name': '1' } }))).toThrow(RangeError);
    expect(() => buildEml(draft({ headers: { 'X-Bad:Name': '1' } }))).toThrow(RangeError);
  });

  it('adds the angle brackets to a Message-ID and needs one', async () => {
    expect((await parseEml(buildEml(draft({ messageId: 'x1@ha.kommune.no' })))).messageId).toBe(
      '<x1@ha.kommune.no>',
    );
    expect(() => buildEml(draft({ messageId: ' <> ' }))).toThrow(RangeError);
    expect(() => buildEml(draft({ date: new Date(NaN) }))).toThrow(RangeError);
  });
});

describe('buildEml: odd input does not break the message', () => {
  const FIELD = /^[A-Za-z][A-Za-z0-9-]*: ?/;

  it('turns line breaks in the subject, names, file names and extra fields into spaces', async () => {
    const raw = buildEml(
      draft({
        subject: 'Hei\r\nBcc: evil@example.com\nX-Injected: 1',
        from: { address: 'k@ha.kommune.no', name: 'Kari\r\nX-Injected: 2' },
        to: [{ address: 'ola@example.no\r\nBcc: evil@example.com', name: 'Ola\rX-Injected: 3' }],
        headers: { 'X-Arkivpost-Draft': '1\r\nX-Injected: 4' },
        attachments: [{ name: 'a.pdf"\r\nX-Injected: 5', bytes: PDF }],
      }),
      { boundary: 'inj' },
    );
    const s = latin1(raw);
    expect(s).not.toMatch(/\r\n(Bcc|X-Injected)/i);
    for (const f of headerFields(raw)) expect(f).toMatch(FIELD);
    const m = await parseEml(raw);
    expect(m.headers['bcc']).toBeUndefined();
    expect(m.headers['x-injected']).toBeUndefined();
    expect(m.subject).toBe('Hei Bcc: evil@example.com X-Injected: 1');
    expect(m.from?.name).toBe('Kari X-Injected: 2');
    expect(m.to.map((a) => a.address)).toEqual(['ola@example.noBcc:evil@example.com']);
    expect(m.headers['x-arkivpost-draft']).toBe('1 X-Injected: 4');
    expect(m.attachments[0]!.name).toBe('a.pdf" X-Injected: 5');
    expect(m.attachments[0]!.bytes).toEqual(PDF);
  });

  it('replaces NUL and other control characters in headers, and encodes them in the body', async () => {
    const raw = buildEml(
      draft({ subject: 'a\u0000b\u0007c\u001bd\u0085e', text: 'x\u0000y\u0007z\u007f' }),
    );
    expect(Array.from(raw.subarray(0, latin1(raw).indexOf('\r\n\r\n')))).not.toContain(0);
    expect(Array.from(raw).every((b) => b === 13 || b === 10 || (b >= 0x20 && b < 0x7f))).toBe(
      true,
    );
    const m = await parseEml(raw);
    expect(m.subject).toBe('a b c d e');
    expect(bodyText(m)).toBe('x\u0000y\u0007z\u007f');
  });

  it('replaces lone surrogates with U+FFFD and keeps pairs', async () => {
    const raw = buildEml(
      draft({
        subject: 'a\ud800b\udc00c😀',
        text: 'x\udbffy😀\ud83d',
        attachments: [{ name: 'f\ud800.pdf', bytes: PDF }],
      }),
    );
    const m = await parseEml(raw);
    expect(m.subject).toBe('a\ufffdb\ufffdc😀');
    expect(bodyText(m)).toBe('x\ufffdy😀\ufffd');
    expect(m.attachments[0]!.name).toBe('f\ufffd.pdf');
  });

  it('keeps right-to-left overrides inside the value they came in', async () => {
    const raw = buildEml(
      draft({
        subject: 'Faktura \u202efdp.exe',
        to: [{ address: 'x@example.no', name: 'Ola \u2067Nord\u202b' }],
        attachments: [{ name: 'bilag\u202Efdp.exe', bytes: PDF }],
      }),
    );
    expect(latin1(raw)).not.toMatch(/[\u0080-\u00ff]/);
    const m = await parseEml(raw);
    expect(m.subject).toBe('Faktura \u202efdp.exe\u202c');
    expect(m.to[0]!.name).toBe('Ola \u2067Nord\u202b\u202c\u2069');
    expect(m.attachments[0]!.name).toBe('bilag\u202efdp.exe\u202c');
    // Balanced text is left alone.
    const balanced = buildEml(draft({ subject: 'a \u2067b\u2069 \u202dc\u202c' }));
    expect((await parseEml(balanced)).subject).toBe('a \u2067b\u2069 \u202dc\u202c');
  });

  it('keeps emoji and combining marks', async () => {
    const subject = 'Takk 👍🏽 – Mo\u0308te i Sa\u0301pmi 🇳🇴';
    const raw = buildEml(
      draft({ subject, text: subject, attachments: [{ name: `${subject}.pdf`, bytes: PDF }] }),
    );
    const m = await parseEml(raw);
    expect(m.subject).toBe(subject);
    expect(bodyText(m)).toBe(subject);
    expect(m.attachments[0]!.name).toBe(`${subject}.pdf`);
  });

  it('writes an empty body and an empty HTML body', async () => {
    const raw = buildEml(draft({ text: '', html: '' }));
    expect(headerFields(raw)).toContain('Content-Type: text/plain; charset=utf-8');
    const m = await parseEml(raw);
    expect(m.body.trim()).toBe('');
    const withAttachment = await parseEml(
      buildEml(draft({ text: '', attachments: [{ name: 'a.pdf', bytes: PDF }] })),
    );
    expect(withAttachment.body.trim()).toBe('');
    expect(withAttachment.attachments[0]!.bytes).toEqual(PDF);
  });

  it('does not let content that looks like a boundary end a part', async () => {
    const fake = '--=_b.1_\r\n--=_b.2_--\r\nContent-Type: text/html\r\n\r\nx';
    const d = draft({
      text: fake,
      html: `<pre>\n${fake}\n</pre>`,
      attachments: [
        { name: '--=_b.1_', contentType: 'text/plain', bytes: utf8(fake) },
        { name: 'b.pdf', contentType: 'application/pdf', bytes: PDF },
      ],
    });
    const raw = buildEml(d, { boundary: 'b' });
    const delimiters = lines(raw).filter((l) => l.startsWith('--=_'));
    expect(delimiters.every((l) => /^--=_b\.[12]_(--)?$/.test(l))).toBe(true);
    const m = await parseEml(raw);
    expect(bodyText(m)).toBe(fake.replace(/\r\n/g, '\n'));
    expect(m.attachments.map((a) => a.name)).toEqual(['--=_b.1_', 'b.pdf']);
    expect(text(m.attachments[0]!.bytes!)).toBe(fake);
    expect(m.attachments[1]!.bytes).toEqual(PDF);
  });

  it('writes a 25 MB attachment whole', async () => {
    const size = 25 * 1024 * 1024 + 1;
    const big = new Uint8Array(size);
    for (let i = 0; i < size; i += 4093) big[i] = (i / 4093) & 0xff;
    const raw = buildEml(draft({ attachments: [{ name: 'stort vedlegg.bin', bytes: big }] }), {
      boundary: 'big',
    });
    expect(raw.length).toBeGreaterThan(Math.ceil(size / 3) * 4);
    const m = await parseEml(raw);
    expect(m.attachments).toHaveLength(1);
    const back = m.attachments[0]!.bytes!;
    expect(back.length).toBe(size);
    expect(Buffer.compare(Buffer.from(back), Buffer.from(big))).toBe(0);
  }, 60_000);
});

describe('buildEml: bodies', () => {
  function bodyOf(raw: Uint8Array): string {
    const s = latin1(raw);
    return s.slice(s.indexOf('\r\n\r\n') + 4);
  }

  it('writes quoted-printable that survives transport: dots, From, trailing white space, long lines', async () => {
    const body = [
      '.',
      '.. two dots',
      'From here on',
      'Fromage',
      'trailing space ',
      'trailing tab\t',
      `${'lang linje utan mellomrom '.repeat(8)}slutt`,
      'ø'.repeat(60),
      'a = b',
      `${'x'.repeat(74)}.`,
      `${'y'.repeat(75)}From the top`,
    ].join('\n');
    const raw = buildEml(draft({ text: body }));
    const out = bodyOf(raw).split('\r\n');
    for (const line of out) {
      expect(line.length).toBeLessThanOrEqual(76);
      expect(line).not.toMatch(/^\./);
      expect(line).not.toMatch(/^From /);
      expect(line).not.toMatch(/[ \t]$/);
    }
    expect(out).toContain('=2E');
    expect(out).toContain('=46rom here on');
    expect(out).toContain('Fromage');
    expect(out).toContain('trailing space=20');
    expect(out).toContain('trailing tab=09');
    expect(out).toContain('a =3D b');
    const m = await parseEml(raw);
    expect(bodyText(m)).toBe(body);
  });

  it('keeps CR, LF and CRLF line ends as CRLF', async () => {
    const raw = buildEml(draft({ text: 'a\rb\nc\r\nd' }));
    expect(bodyOf(raw)).toBe('a\r\nb\r\nc\r\nd\r\n');
    expect(bodyText(await parseEml(raw))).toBe('a\nb\nc\nd');
  });

  it('writes attachments as base64 in lines of 76', () => {
    const raw = buildEml(
      draft({
        attachments: [{ name: 'data.bin', bytes: Uint8Array.from({ length: 200 }, (_, i) => i) }],
      }),
      { boundary: 'b64' },
    );
    const s = latin1(raw);
    const start = s.indexOf('Content-Transfer-Encoding: base64\r\n\r\n') + 37;
    const encoded = s.slice(start, s.indexOf('\r\n--=_b64.1_--'));
    const rows = encoded.split('\r\n');
    expect(rows.slice(0, -1).every((r) => r.length === 76)).toBe(true);
    expect(rows.join('')).toBe(
      Buffer.from(Uint8Array.from({ length: 200 }, (_, i) => i)).toString('base64'),
    );
  });
});

describe('buildEml: inline images', () => {
  const logo: EmlAttachment = {
    name: 'logo.png',
    contentType: 'image/png',
    bytes: BYTES,
    inline: true,
    contentId: 'logo@ha',
  };
  const pdf: EmlAttachment = { name: 'vedtak.pdf', contentType: 'application/pdf', bytes: PDF };

  it('puts inline parts with a Content-ID in a multipart/related with the HTML', async () => {
    const raw = buildEml(
      draft({ html: '<p><img src="cid:logo@ha"></p>', attachments: [logo, pdf] }),
      { boundary: 'rel' },
    );
    const s = latin1(raw);
    expect(s).toContain('Content-Type: multipart/related; type="text/html";');
    expect(s).toContain('Content-ID: <logo@ha>');
    expect(s.indexOf('multipart/alternative')).toBeLessThan(s.indexOf('multipart/related'));
    expect(s.indexOf('multipart/related')).toBeLessThan(s.indexOf('Content-Type: text/html'));
    expect(s.indexOf('Content-Type: image/png')).toBeLessThan(
      s.indexOf('Content-Type: application/pdf'),
    );
    const email = await PostalMime.parse(raw, { attachmentEncoding: 'arraybuffer' });
    const image = email.attachments.find((a) => a.filename === 'logo.png')!;
    expect(image).toMatchObject({ related: true, contentId: '<logo@ha>', disposition: 'inline' });
    const m = await parseEml(raw);
    expect(m.attachments.map((a) => [a.name, a.inline ?? false])).toEqual([
      ['logo.png', true],
      ['vedtak.pdf', false],
    ]);
    expect(m.attachments[0]!.bytes).toEqual(BYTES);
  });

  it('writes an inline part as an inline part of the mixed when there is no HTML', async () => {
    const raw = buildEml(draft({ attachments: [{ ...logo, contentId: '<logo@ha>' }, pdf] }));
    const s = latin1(raw);
    expect(s).not.toContain('multipart/related');
    expect(s).toContain('Content-Disposition: inline; filename="logo.png"');
    expect(s).toContain('Content-ID: <logo@ha>');
    const m = await parseEml(raw);
    expect(m.attachments.map((a) => [a.name, a.inline ?? false])).toEqual([
      ['logo.png', true],
      ['vedtak.pdf', false],
    ]);
  });
});

describe('buildEml: attachment types and names', () => {
  it('keeps a valid media type and writes application/octet-stream otherwise', async () => {
    const raw = buildEml(
      draft({
        attachments: [
          {
            name: 'a.docx',
            contentType: 'Application/VND.openxmlformats-officedocument.wordprocessingml.document',
            bytes: PDF,
          },
          { name: 'b.pdf', contentType: 'application/pdf; x="1"', bytes: PDF },
          { name: 'c.bin', contentType: 'not a type', bytes: PDF },
          { name: 'd.eml', contentType: 'message/rfc822', bytes: utf8('Subject: x\r\n\r\ny') },
          { name: 'e.bin', bytes: PDF },
        ],
      }),
    );
    const m = await parseEml(raw);
    expect(m.attachments.map((a) => a.contentType)).toEqual([
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/pdf',
      'application/octet-stream',
      'application/octet-stream',
      'application/octet-stream',
    ]);
    expect(text(m.attachments[3]!.bytes!)).toBe('Subject: x\r\n\r\ny');
  });

  it('splits a long name into RFC 2231 sections and shortens the ASCII one, keeping its extension', async () => {
    const name = `Ärende 2026-123 – beslut om bygglov för tillbyggnad av enbostadshus på fastigheten Vara Sörgården 1:23 och ${'bilaga '.repeat(10)}.pdf`;
    const quoted = 'Plain long name '.repeat(6) + '"quoted".txt';
    const raw = buildEml(
      draft({
        attachments: [
          { name, bytes: PDF },
          { name: quoted, bytes: PDF },
        ],
      }),
    );
    for (const line of lines(raw)) expect(line.length).toBeLessThanOrEqual(78);
    const s = latin1(raw);
    expect(s).toContain("filename*0*=UTF-8''%C3%84rende");
    expect(s).toContain('filename*1*=');
    const fallback = /filename="([^"]*)"/.exec(s)![1]!;
    expect(fallback.length).toBeLessThanOrEqual(60);
    expect(fallback).toMatch(/^Arende 2026-123 - beslut om bygglov for .*\.pdf$/);
    const m = await parseEml(raw);
    expect(m.attachments.map((a) => a.name)).toEqual([name, quoted]);
  });
});
