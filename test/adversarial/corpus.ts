/**
 * The adversarial corpus (issue 10): messages that try to freeze the send
 * check, slip past it, fool its detectors, inject its alert, or crash it,
 * each with the outcome the check owes. Made from a seed by code, so the
 * repository holds a few kilobytes and the tests hold megabytes.
 *
 * Every case is one message as Outlook's compose form holds it (what the
 * add-in reads through Office.js) and the same message as an .eml (what
 * `arkivpost check` reads). The expectations are written for Hå kommune's
 * profile: an ID number in the body warns, in the subject blocks; health
 * data, confidentiality and "unntatt offentlighet" to an outsider block;
 * risky files, drafts and unsigned or altered PDFs warn.
 */
import { buildEml } from '../../src/core/mime/write';
import { p, rawZip } from '../support/docx-builder';
import { olePackage } from './cfb';
import { basePdf, signedPdf } from '../support/pdf-builder';
import type { PdfBuilder } from '../support/pdf-builder';
import {
  dnrThenSpaces,
  docxWithBody,
  duplicateKeyProfile,
  duplicateMailboxProfile,
  exemptLines,
  hostileDocx,
  hostileHtml,
  hostilePdf,
  manyMailboxProfile,
} from './hostile';
import {
  dotless,
  fodselsnummer,
  grouped,
  INVISIBLES,
  inScript,
  interleaved,
  MARKS,
  mathematical,
  personnummer,
  reversedBehindOverride,
  SCRIPTS,
  smallCapitals,
  spacedOut,
  withMarks,
} from './ids';
import {
  charsetMessage,
  ebcdic037,
  filePart,
  latin1Bytes,
  messagePart,
  rawMessage,
  textPart,
  utf16beWithBom,
  utf16leWithBom,
  utf7DigitsShifted,
  utf8Bytes,
} from './mime';
import { prng } from './prng';
import type { Rng } from './prng';

export const FAMILIES = [
  'frozen',
  'silently-allowed',
  'fooled',
  'injected',
  'crashes',
  'quiet',
] as const;
export type Family = (typeof FAMILIES)[number];

/** Who sends: Hå kommune's function mailbox, or Kari's own. */
export type Sender = 'function' | 'personal';

export const ADDRESSES: Readonly<Record<Sender | 'citizen', string>> = {
  function: 'post@ha.kommune.no',
  personal: 'kari.nordmann@ha.kommune.no',
  citizen: 'ola.innbyggjar@example.net',
};

export interface OutgoingAttachment {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly contentType?: string;
  /** An attached Outlook item (a forwarded message), not a file. */
  readonly item?: boolean;
}

/** A message as the compose form holds it. */
export interface Outgoing {
  readonly sender: Sender;
  readonly subject: string;
  readonly body: string;
  readonly attachments: readonly OutgoingAttachment[];
}

export type ExpectedDecision = 'allow' | 'warn' | 'block' | 'not-allow';

/**
 * A finding the check must report: a code (a `*` at the end matches any code
 * with that start), optionally with params it must carry. Several in a list:
 * any one of them will do (what was found, or a visible "not inspected").
 */
export interface CodeExpectation {
  readonly code: string;
  readonly params?: Readonly<Record<string, string>>;
}
export type Required = CodeExpectation | readonly CodeExpectation[];

export interface Expected {
  /** `not-allow`: block and warn are both right, e.g. where a limit may be met first. */
  readonly decision: ExpectedDecision;
  readonly findings: readonly Required[];
  /** Inner files the command line's findings must name (param `entry`). */
  readonly entries?: readonly string[];
  /** A word of each attachment name the alert shows: it must stand inside an isolate (FSI … PDI). */
  readonly isolated?: readonly string[];
}

export interface AdversarialCase {
  /** `family/short-name`, unique. */
  readonly id: string;
  readonly family: Family;
  /** What the case tries, in plain words. */
  readonly title: string;
  readonly message: Outgoing;
  /** What `arkivpost check` reads; the message written with buildEml unless odd on purpose. */
  readonly eml: Uint8Array;
  readonly expect: Expected;
  /** Also run `arkivpost classify` on the .eml (odd dates). */
  readonly classify?: boolean;
}

const DATE = new Date(Date.UTC(2026, 2, 3, 8, 30));
const SUBJECT = 'Svar på søknad om skuleskyss';

/**
 * The body around what a case tries. It carries our own case reference, so
 * the check for unjournaled case documents stays quiet and the decision is
 * the case's alone.
 */
function letter(payload: string): string {
  return `Vår ref. 2026/1234-5\n\nHei,\n\n${payload}\n\nHelsing\nHå kommune`;
}

function emlOf(m: Outgoing, id: string): Uint8Array {
  return buildEml({
    from: { address: ADDRESSES[m.sender] },
    to: [{ address: ADDRESSES.citizen, name: 'Ola Innbyggjar' }],
    cc: [],
    subject: m.subject,
    text: m.body,
    attachments: m.attachments.map((a) => ({
      name: a.name,
      bytes: a.bytes,
      contentType: a.contentType ?? 'application/octet-stream',
    })),
    date: DATE,
    messageId: `${id.replace(/[^a-z0-9]+/gi, '.')}@adversarial.arkivpost.test`,
  });
}

function make(
  family: Family,
  name: string,
  title: string,
  message: Partial<Outgoing>,
  expect: Expected,
  eml?: Uint8Array,
  classify?: boolean,
): AdversarialCase {
  const full: Outgoing = {
    sender: message.sender ?? 'function',
    subject: message.subject ?? SUBJECT,
    body: message.body ?? letter('Vedlagt er det du bad om.'),
    attachments: message.attachments ?? [],
  };
  const id = `${family}/${name}`;
  return {
    id,
    family,
    title,
    message: full,
    eml: eml ?? emlOf(full, id),
    expect,
    ...(classify ? { classify } : {}),
  };
}

/** A name for a test title: line breaks, controls and invisible characters written as \u{…}. */
export function visible(s: string): string {
  return s.replace(
    /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u3164\u115f\u1160\uffa0\u2800]/gu,
    (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`,
  );
}

const code = (c: string, params?: Record<string, string>): CodeExpectation =>
  params ? { code: c, params } : { code: c };
const notInspected = (reason?: string): CodeExpectation =>
  reason ? code('attachment.not-inspected', { reason }) : code('attachment.not-inspected');

/**
 * The start of a Windows program (PE32+): DOS header with its stub, the
 * "PE" signature where e_lfanew points, a COFF header and the optional
 * header's magic. What Windows runs, whatever the name says.
 */
function program(): Uint8Array {
  const b = new Uint8Array(512);
  b.set([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xff, 0xff], 0);
  b.set([0x80, 0x00, 0x00, 0x00], 0x3c); // e_lfanew
  b.set(latin1Bytes('This program cannot be run in DOS mode.\r\r\n$'), 0x4e);
  b.set([0x50, 0x45, 0x00, 0x00], 0x80); // "PE\0\0"
  b.set([0x64, 0x86, 0x01, 0x00], 0x84); // AMD64, one section
  b.set([0xf0, 0x00, 0x22, 0x00], 0x94); // optional header size, characteristics
  b.set([0x0b, 0x02], 0x98); // PE32+
  return b;
}
export const PROGRAM = program();

function txt(name: string, text: string): OutgoingAttachment {
  return { name, bytes: utf8Bytes(text), contentType: 'text/plain' };
}

const exe = (name: string): OutgoingAttachment => ({
  name,
  bytes: PROGRAM,
  contentType: 'application/octet-stream',
});

// =============================================================== frozen

function frozen(): AdversarialCase[] {
  return [
    make(
      'frozen',
      'docx-tags',
      'a DOCX of a few kilobytes whose document.xml is 190 KB of unclosed <w:t runs and nested revisions',
      { attachments: [{ name: 'vedtak.docx', bytes: hostileDocx(190_000) }] },
      {
        decision: 'warn',
        findings: [
          [code('attachment.draft.revisions'), notInspected(), code('attachment.unreadable')],
        ],
      },
    ),
    make(
      'frozen',
      'pdf-structure',
      'a 550 KB PDF of objects, dictionaries and strings that never end, %%EOF and /ByteRange over and over',
      {
        attachments: [
          { name: 'vedtak.pdf', bytes: hostilePdf(550_000), contentType: 'application/pdf' },
        ],
      },
      {
        decision: 'warn',
        findings: [[code('attachment.pdf.*'), notInspected(), code('attachment.unreadable')]],
      },
    ),
    make(
      'frozen',
      'html-markup',
      'a 200 KB HTML attachment of unclosed tags, runs of "<" and comment openers',
      {
        attachments: [
          {
            name: 'skjema.html',
            bytes: utf8Bytes(hostileHtml(200_000)),
            contentType: 'text/html',
          },
        ],
      },
      { decision: 'warn', findings: [code('attachment.risky.html')] },
    ),
    make(
      'frozen',
      'dnr-spaces',
      'a body of "dnr" and 200,000 spaces, from a personal mailbox (the case reference is looked for)',
      { sender: 'personal', body: dnrThenSpaces(200_000) },
      { decision: 'warn', findings: [code('mailbox.personal')] },
    ),
    make(
      'frozen',
      'exempt-lines',
      '3,000 distinct "Unntatt offentlighet" lines: 3,000 findings for the alert to fit in 500 characters',
      { body: exemptLines(3000) },
      { decision: 'block', findings: [code('confidentiality.exempt')] },
    ),
  ];
}

// ===================================================== silently allowed

/** `depth` messages, each attached to the one above; the last carries `bottom`. */
export function nestedEml(depth: number, bottom: readonly ReturnType<typeof textPart>[]): string {
  let eml = rawMessage(
    { subject: `Lag ${depth}`, messageId: `lag${depth}@example.net` },
    bottom,
    `botn${depth}`,
  );
  for (let level = depth - 1; level >= 1; level--) {
    eml = rawMessage(
      { subject: `Lag ${level}`, messageId: `lag${level}@example.net` },
      [textPart(`Videresendt, lag ${level}.`), messagePart(`lag-${level + 1}.eml`, eml)],
      `lag${level}`,
    );
  }
  return eml;
}

/** A message of `count` parts: small text attachments, then a number and a program last. */
export function manyPartsEml(count: number, fnr: string): string {
  const parts = [textPart('Samla vedlegg.')];
  for (let i = 1; i <= count - 3; i++) {
    parts.push(filePart(`del-${i}.txt`, 'text/plain', latin1Bytes(`Del ${i} av ${count}.`)));
  }
  parts.push(filePart('siste.txt', 'text/plain', latin1Bytes(`Eleven har fnr ${fnr}.`)));
  parts.push(filePart('faktura.exe', 'application/octet-stream', PROGRAM));
  return rawMessage(
    { subject: 'Samla vedlegg', messageId: `deler${count}@example.net` },
    parts,
    'deler',
  );
}

function silentlyAllowed(r: Rng): AdversarialCase[] {
  const fnr = fodselsnummer(r);
  const bottom = [
    textPart(`Eleven har fodselsnummer ${fnr}.`),
    filePart('faktura.exe', 'application/octet-stream', PROGRAM),
  ];
  const found = (c: CodeExpectation, reason: string): Required => [c, notInspected(reason)];
  const emlAttachment = (name: string, eml: string, item = false): OutgoingAttachment => ({
    name,
    bytes: latin1Bytes(eml),
    contentType: 'message/rfc822',
    ...(item ? { item } : {}),
  });
  const filler = 'Loggen viser ingen feil. '.repeat(Math.ceil(2_000_000 / 25)).slice(0, 2_000_000);
  return [
    make(
      'silently-allowed',
      'slow-first',
      'a slow but harmless PDF first, then a program, a fødselsnummer and health data',
      {
        attachments: [
          { name: 'kart.pdf', bytes: hostilePdf(150_000), contentType: 'application/pdf' },
          exe('oppdatering.exe'),
          txt('elevliste.txt', `Elev: Kari, fødselsnummer ${fodselsnummer(r)}.`),
          txt('notat.txt', 'Eleven er innlagd på psykiatrisk avdeling denne veka.'),
        ],
      },
      {
        decision: 'not-allow',
        findings: [
          code('attachment.risky.executable'),
          [code('national-id.no.fnr'), code('attachment.not-inspected')],
          [code('special-category.health'), code('attachment.not-inspected')],
        ],
      },
    ),
    make(
      'silently-allowed',
      'nested-60',
      'a message nested 60 deep in attached messages, a program and a fødselsnummer at the bottom',
      { attachments: [emlAttachment('videresendt.eml', nestedEml(60, bottom))] },
      {
        decision: 'not-allow',
        findings: [
          found(code('attachment.risky.executable'), 'nesting'),
          found(code('national-id.no.fnr'), 'nesting'),
        ],
      },
    ),
    make(
      'silently-allowed',
      'nested-12',
      'a forwarded message nested 12 deep (past the old limit of 8), a program and a fødselsnummer at the bottom',
      { attachments: [emlAttachment('Videresendt melding.eml', nestedEml(12, bottom), true)] },
      {
        decision: 'warn',
        findings: [code('attachment.risky.executable'), code('national-id.no.fnr')],
        entries: ['faktura.exe'],
      },
    ),
    make(
      'silently-allowed',
      'parts-12000',
      'an attached message of 12,000 parts, a fødselsnummer and a program in the last ones',
      { attachments: [emlAttachment('samla.eml', manyPartsEml(12_000, fnr))] },
      {
        decision: 'not-allow',
        findings: [
          found(code('national-id.no.fnr'), 'parts'),
          found(code('attachment.risky.executable'), 'parts'),
        ],
      },
    ),
    make(
      'silently-allowed',
      'parts-600',
      'an attached message of 600 parts (past the old limit of 200), a fødselsnummer and a program last',
      { attachments: [emlAttachment('samla.eml', manyPartsEml(600, fnr))] },
      {
        decision: 'warn',
        findings: [code('national-id.no.fnr'), code('attachment.risky.executable')],
        entries: ['faktura.exe'],
      },
    ),
    make(
      'silently-allowed',
      'fnr-after-2m',
      'a fødselsnummer after 2,000,000 characters of a text attachment',
      { attachments: [txt('logg.txt', `${filler}\nElev med fnr ${fodselsnummer(r)}.\n`)] },
      { decision: 'not-allow', findings: [found(code('national-id.no.fnr'), 'size')] },
    ),
  ];
}

// ================================================================ fooled

type Place = 'body' | 'subject' | 'txt' | 'docx' | 'html';

/** `shown` (an ID number as written) put where `place` says, and what the check owes. */
function hiddenId(
  name: string,
  title: string,
  shown: string,
  place: Place,
  idCode: string,
  label: string,
): AdversarialCase {
  const sentence = `Gjeld eleven med ${label} ${shown}.`;
  const message: Partial<Outgoing> =
    place === 'subject'
      ? { subject: `Skuleskyss, ${label} ${shown}` }
      : place === 'body'
        ? { body: letter(sentence) }
        : place === 'txt'
          ? { attachments: [txt('elevliste.txt', sentence)] }
          : place === 'docx'
            ? {
                attachments: [
                  {
                    name: 'elevliste.docx',
                    bytes: docxWithBody(p('Elevliste') + p(sentence)),
                  },
                ],
              }
            : {
                attachments: [
                  {
                    name: 'elevliste.html',
                    bytes: utf8Bytes(`<html><body><p>${sentence}</p></body></html>`),
                    contentType: 'text/html',
                  },
                ],
              };
  const findings: Required[] = [code(idCode)];
  if (place === 'html') findings.push(code('attachment.risky.html'));
  return make(
    'fooled',
    `id/${name}`,
    `an ID number ${title} (in the ${place === 'txt' ? 'text attachment' : place === 'docx' ? 'DOCX' : place === 'html' ? 'HTML attachment' : place})`,
    message,
    { decision: place === 'subject' ? 'block' : 'warn', findings },
  );
}

function fooledIds(r: Rng): AdversarialCase[] {
  const out: AdversarialCase[] = [];
  const PLACES: readonly Place[] = ['body', 'txt', 'docx', 'body', 'html', 'subject'];
  let n = 0;
  const no = (
    name: string,
    title: string,
    shown: (fnr: string) => string,
    places = PLACES,
  ): void => {
    const place = places[n++ % places.length] as Place;
    out.push(hiddenId(name, title, shown(fodselsnummer(r)), place, 'national-id.no.fnr', 'fnr'));
  };
  const se = (
    name: string,
    title: string,
    shown: (pnr: string) => string,
    length: 10 | 12 = 10,
  ): void => {
    out.push(
      hiddenId(
        name,
        title,
        shown(personnummer(r, length)),
        'body',
        'national-id.se.pnr',
        'personnummer',
      ),
    );
  };
  const noControls: readonly Place[] = ['body', 'txt', 'body'];

  // Whitespace people put between the groups they write.
  no('two-spaces', 'with two spaces between the groups', (d) => grouped(d, [6], '  '), noControls);
  no('tab', 'with a tab between the groups', (d) => grouped(d, [6], '\t'), noControls);
  no('line-break', 'broken over two lines', (d) => grouped(d, [6], '\n'), noControls);
  no('3-3-3-2', 'grouped 3-3-3-2', (d) => grouped(d, [3, 3, 3], ' '));
  no(
    '3-3-3-2-line-break',
    'grouped 3-3-3-2 with a line break',
    (d) => grouped(d, [3, 3, 3], ' ').replace(' ', '\n'),
    noControls,
  );
  no('2-2-2-5', 'grouped as a date and five digits', (d) => grouped(d, [2, 2, 2], ' '));
  no(
    'dotted-date',
    'as a dotted date and five digits',
    (d) => `${grouped(d.slice(0, 6), [2, 2], '.')} ${d.slice(6)}`,
  );
  se('se-two-spaces', 'Swedish, with two spaces for the dash', (d) => grouped(d, [6], '  '));
  se('se-tab', 'Swedish, with a tab for the dash', (d) => grouped(d, [6], '\t'));
  se('se-line-break', 'Swedish, broken after the dash', (d) => grouped(d, [6], '-\n'));
  se(
    'se-12-spaces',
    'Swedish with the century, two spaces for the dash',
    (d) => grouped(d, [8], '  '),
    12,
  );

  // Invisible characters between every two digits.
  INVISIBLES.forEach(([what, ch], i) =>
    no(`invisible-${i + 1}`, `with a ${what} between the digits`, (d) => interleaved(d, ch)),
  );
  // Digits of other scripts.
  SCRIPTS.forEach(([script, zero]) =>
    no(`digits-${script.toLowerCase().replace(/[^a-z]+/g, '-')}`, `in ${script} digits`, (d) =>
      inScript(d, zero),
    ),
  );
  no('digits-mixed', 'in digits of a different script each', (d) =>
    Array.from(d)
      .map((ch, i) =>
        inScript(ch, (SCRIPTS[(i * 7) % SCRIPTS.length] as readonly [string, number])[1]),
      )
      .join(''),
  );
  // Combining marks on the digits.
  MARKS.forEach(([what, mark], i) =>
    no(`marks-${i + 1}`, `with a combining ${what} on every digit`, (d) => withMarks(d, mark)),
  );
  no('marks-and-invisibles', 'with marks and invisible characters mixed', (d) =>
    Array.from(d)
      .map((ch, i) => ch + (i % 2 === 0 ? '\u0301' : '\u{e0020}'))
      .join(''),
  );
  // Reversed behind a right-to-left override: the reader sees it the right way round.
  no('rtl-override', 'written backwards behind a right-to-left override', reversedBehindOverride);
  no('rtl-override-grouped', 'written backwards in groups behind a right-to-left override', (d) =>
    reversedBehindOverride(grouped(d, [6], ' ')),
  );

  // Other spaces and dashes people's programs put between the groups.
  const SPACES: ReadonlyArray<readonly [string, string]> = [
    ['no-break space', '\u00a0'],
    ['narrow no-break space', '\u202f'],
    ['figure space', '\u2007'],
    ['thin space', '\u2009'],
    ['ideographic space', '\u3000'],
  ];
  for (const [what, space] of SPACES)
    no(`space-${what.replace(/[^a-z]+/g, '-')}`, `with a ${what} between the groups`, (d) =>
      grouped(d, [6], space),
    );
  const DASHES: ReadonlyArray<readonly [string, string]> = [
    ['en dash', '\u2013'],
    ['minus sign', '\u2212'],
    ['non-breaking hyphen', '\u2011'],
  ];
  for (const [what, dash] of DASHES)
    se(`se-${what.replace(/[^a-z]+/g, '-')}`, `Swedish, with a ${what} for the dash`, (d) =>
      grouped(d, [6], dash),
    );

  // Markup and transfer encodings: a reader sees the number whole.
  const fnrIn = (name: string, title: string, attachment: OutgoingAttachment): void => {
    out.push(
      make(
        'fooled',
        `id/${name}`,
        `an ID number ${title}`,
        { attachments: [attachment] },
        {
          decision: 'warn',
          findings: [code('national-id.no.fnr')],
        },
      ),
    );
  };
  const refs = (d: string, hex: boolean): string =>
    Array.from(d, (ch) =>
      hex ? `&#x${ch.charCodeAt(0).toString(16)};` : `&#${ch.charCodeAt(0)};`,
    ).join('');
  const html = (body: string): OutgoingAttachment => ({
    name: 'elevliste.html',
    bytes: utf8Bytes(`<html><body><p>Gjeld eleven med fnr ${body}.</p></body></html>`),
    contentType: 'text/html',
  });
  const docx = (paragraph: string): OutgoingAttachment => ({
    name: 'elevliste.docx',
    bytes: docxWithBody(p('Elevliste') + `<w:p>${paragraph}</w:p>`),
  });
  const run = (t: string): string => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
  let d = fodselsnummer(r);
  fnrIn('html-decimal-references', 'as decimal character references in HTML', html(refs(d, false)));
  d = fodselsnummer(r);
  fnrIn('html-hex-references', 'as hexadecimal character references in HTML', html(refs(d, true)));
  d = fodselsnummer(r);
  fnrIn(
    'html-split-by-tags',
    'split by inline tags in HTML',
    html(`${d.slice(0, 4)}<span>${d.slice(4, 6)}</span><b></b>${d.slice(6)}`),
  );
  d = fodselsnummer(r);
  fnrIn(
    'docx-split-runs',
    'split over three runs of a DOCX paragraph (as spell checking leaves it)',
    docx(
      run('Gjeld eleven med fnr ') +
        run(d.slice(0, 3)) +
        run(d.slice(3, 8)) +
        run(`${d.slice(8)}.`),
    ),
  );
  d = fodselsnummer(r);
  fnrIn(
    'docx-references',
    'as character references in a DOCX',
    docx(run(`Gjeld eleven med fnr ${refs(d, false)}.`)),
  );
  d = fodselsnummer(r);
  const qp = rawMessage(
    { subject: 'Elevliste', messageId: 'qp@example.net' },
    [
      {
        headers: [
          'Content-Type: text/plain; charset=utf-8',
          'Content-Transfer-Encoding: quoted-printable',
        ],
        body: `Gjeld eleven med fnr ${d.slice(0, 5)}=\r\n${d.slice(5, 7)}=3${d.charAt(7)}${d.slice(8)}.`,
      },
    ],
    'qp',
  );
  fnrIn(
    'quoted-printable-soft-break',
    'split by a quoted-printable soft line break in an attached message',
    {
      name: 'elevliste.eml',
      bytes: latin1Bytes(qp),
      contentType: 'message/rfc822',
    },
  );
  d = fodselsnummer(r);
  const word = rawMessage(
    {
      subject: `=?utf-8?B?${Buffer.from(`Elev ${d}`).toString('base64')}?=`,
      messageId: 'word@example.net',
    },
    [textPart('Sja emnet.')],
    'word',
  );
  fnrIn('encoded-word-subject', 'in the base64 encoded-word subject of an attached message', {
    name: 'elevliste.eml',
    bytes: latin1Bytes(word),
    contentType: 'message/rfc822',
  });
  return out;
}

interface KeywordSentence {
  readonly word: string;
  readonly around: (w: string) => string;
  readonly code: string;
  readonly decision: ExpectedDecision;
}

const KEYWORDS: readonly KeywordSentence[] = [
  {
    word: 'deprimert',
    around: (w) => `Eleven er ${w} etter det som hende i haust.`,
    code: 'special-category.health',
    decision: 'block',
  },
  {
    word: 'teiepliktige',
    around: (w) => `Opplysningane er ${w} og gjeld eit barn.`,
    code: 'confidentiality.secret',
    decision: 'block',
  },
  {
    word: 'offentlighet',
    around: (w) => `Unntatt ${w}, jf. offl. § 13.`,
    code: 'confidentiality.exempt',
    decision: 'block',
  },
];

function fooledKeywords(): AdversarialCase[] {
  const forms: ReadonlyArray<readonly [string, string, (w: string) => string]> = [
    ['dotless-i', 'with a dotless ı for every i', dotless],
    ['small-capitals', 'in small capitals', smallCapitals],
    ['math-bold', 'in mathematical bold letters', (w) => mathematical(w, 0x1d400)],
    ['math-sans', 'in mathematical sans-serif bold letters', (w) => mathematical(w, 0x1d5d4)],
    ['math-monospace', 'in mathematical monospace letters', (w) => mathematical(w, 0x1d670)],
    [
      'fullwidth',
      'in fullwidth letters',
      (w) => Array.from(w, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(''),
    ],
    ['spaced', 'with its letters spaced apart', (w) => spacedOut(w, ' ')],
    ['dotted', 'with its letters dotted apart', (w) => spacedOut(w, '.')],
    ['hyphenated', 'with its letters hyphenated apart', (w) => spacedOut(w, '-')],
    ['zero-width', 'with zero-width spaces inside', (w) => spacedOut(w, '\u200b')],
    [
      'cyrillic',
      'with Cyrillic look-alike letters',
      (w) => w.replace(/e/g, 'е').replace(/o/g, 'о').replace(/p/g, 'р'),
    ],
  ];
  const out: AdversarialCase[] = [];
  for (const k of KEYWORDS) {
    for (const [name, how, form] of forms) {
      out.push(
        make(
          'fooled',
          `keyword/${k.word}/${name}`,
          `"${k.word}" ${how}`,
          { body: letter(k.around(form(k.word))) },
          { decision: k.decision, findings: [code(k.code)] },
        ),
      );
    }
  }
  return out;
}

/** Bytes a file of each type starts with, or some plausible text. */
const RISKY_FILES: ReadonlyArray<readonly [string, Uint8Array]> = [
  [
    'notat.one',
    new Uint8Array([
      0xe4, 0x52, 0x5c, 0x7b, 0x8c, 0xd8, 0xa7, 0x4d, 0xae, 0xb1, 0x53, 0x78, 0xd0, 0x29, 0x96,
      0xd3,
    ]),
  ],
  ['fjernskrivebord.rdp', utf8Bytes('screen mode id:i:2\r\nfull address:s:evil.example\r\n')],
  [
    'oppdatering.appinstaller',
    utf8Bytes('<?xml version="1.0"?><AppInstaller Uri="https://evil.example/a.appinstaller"/>'),
  ],
  ['windows-oppdatering.msu', utf8Bytes('MSCF\0\0\0\0')],
  ['start.jnlp', utf8Bytes('<?xml version="1.0"?><jnlp codebase="https://evil.example/"/>')],
  ['kommune.theme', utf8Bytes('[Theme]\r\nDisplayName=Kommune\r\n')],
  ['sok.searchConnector-ms', utf8Bytes('<?xml version="1.0"?><searchConnectorDescription/>')],
  ['portal.website', utf8Bytes('[InternetShortcut]\r\nURL=https://evil.example/\r\n')],
  ['portal.appref-ms', utf8Bytes('https://evil.example/app.application#app.application')],
  ['innstillingar.settingcontent-ms', utf8Bytes('<PCSettings/>')],
  ['bibliotek.library-ms', utf8Bytes('<libraryDescription/>')],
  ['rekneark.xll', utf8Bytes('not a program')],
  ['feilsok.diagcab', utf8Bytes('MSCF\0\0\0\0')],
  ['skrivar.printerexport', utf8Bytes('printer')],
  ['sandkasse.wsb', utf8Bytes('<Configuration/>')],
  ['side.hta', utf8Bytes('<html><script>close()</script></html>')],
  ['NOTAT.ONE', new Uint8Array([0xe4, 0x52, 0x5c, 0x7b])],
  ['faktura.exe.', PROGRAM],
  ['faktura.exe ', PROGRAM],
  ['faktura.pdf                                  .exe', PROGRAM],
  ['faktura.exe::$DATA', PROGRAM],
  ['rapport.pdf.lnk', utf8Bytes('not a shortcut')],
];

function zip(entries: ReadonlyArray<readonly [string, Uint8Array]>): Uint8Array {
  return rawZip(
    entries.map(([name, data]) => ({ name, data, method: 0, size: data.length, flags: 0 })),
  );
}

function fooledFiles(): AdversarialCase[] {
  const out: AdversarialCase[] = RISKY_FILES.map(([name, bytes]) =>
    make(
      'fooled',
      `file/${name.trim().replace(/[^a-z0-9.-]+/gi, '-')}`,
      `a risky file named "${visible(name)}"`,
      { attachments: [{ name, bytes }] },
      { decision: 'warn', findings: [code('attachment.risky.*')] },
    ),
  );
  const embedded = 'word/embeddings/oppdatering.exe';
  out.push(
    make(
      'fooled',
      'file/docx-embedding',
      'a program inside word/embeddings/ of a DOCX',
      {
        attachments: [
          {
            name: 'vedtak.docx',
            bytes: docxWithBody(p('Vedtak'), 9, { [embedded]: PROGRAM }),
          },
        ],
      },
      {
        decision: 'warn',
        findings: [code('attachment.risky.executable', { entry: embedded })],
        entries: [embedded],
      },
    ),
  );
  out.push(
    make(
      'fooled',
      'file/docx-embedding-renamed',
      'a program stored raw as word/embeddings/oleObject1.bin of a DOCX',
      {
        attachments: [
          {
            name: 'vedtak.docx',
            bytes: docxWithBody(p('Vedtak'), 9, { 'word/embeddings/oleObject1.bin': PROGRAM }),
          },
        ],
      },
      {
        decision: 'warn',
        findings: [code('attachment.risky.executable')],
        entries: ['word/embeddings/oleObject1.bin'],
      },
    ),
  );
  out.push(
    make(
      'fooled',
      'file/docx-ole-package',
      'a program in an OLE Package object (word/embeddings/oleObject1.bin) of a DOCX',
      {
        attachments: [
          {
            name: 'vedtak.docx',
            bytes: docxWithBody(p('Vedtak'), 9, {
              'word/embeddings/oleObject1.bin': olePackage('oppdatering.exe', PROGRAM),
            }),
          },
        ],
      },
      {
        decision: 'warn',
        findings: [code('attachment.risky.executable')],
        entries: ['oppdatering.exe'],
      },
    ),
  );
  out.push(
    make(
      'fooled',
      'file/zip-in-zip',
      'a program inside an archive named like a picture, inside an archive',
      {
        attachments: [
          {
            name: 'dokument.zip',
            bytes: zip([['bilete.jpg', zip([['oppdatering.exe', PROGRAM]])]]),
          },
        ],
      },
      {
        decision: 'warn',
        findings: [code('attachment.risky.executable')],
        entries: ['oppdatering.exe'],
      },
    ),
  );
  out.push(
    make(
      'fooled',
      'file/zip-renamed-program',
      'a program named faktura.pdf inside an archive',
      { attachments: [{ name: 'dokument.zip', bytes: zip([['faktura.pdf', PROGRAM]]) }] },
      {
        decision: 'warn',
        findings: [code('attachment.risky.executable')],
        entries: ['faktura.pdf'],
      },
    ),
  );
  out.push(
    make(
      'fooled',
      'file/renamed-archive',
      'an archive holding a program, named as a PDF',
      { attachments: [{ name: 'faktura.pdf', bytes: zip([['faktura.exe', PROGRAM]]) }] },
      {
        decision: 'warn',
        findings: [code('attachment.risky.executable')],
        entries: ['faktura.exe'],
      },
    ),
  );
  return out;
}

/** The signed PDF with its /Contents replaced by bytes of the same length that are not CMS. */
function garbageSignature(): Uint8Array {
  const bytes = signedPdf().bytes();
  const text = Buffer.from(bytes).toString('latin1');
  const start = text.indexOf('/Contents <') + '/Contents <'.length;
  const end = text.indexOf('>', start);
  for (let i = start; i < end; i++) bytes[i] = 'deadbeef'.charCodeAt((i - start) % 8);
  return bytes;
}

/** The signed PDF with its /ByteRange ending `short` bytes before the revision does. */
function tailUncovered(short: number): Uint8Array {
  const text = Buffer.from(signedPdf().bytes()).toString('latin1');
  const at = text.indexOf('/ByteRange [') + '/ByteRange ['.length;
  const close = text.indexOf(']', at);
  const [a, b, c, d] = text.slice(at, close).trim().split(/\s+/).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const range = `${a} ${b} ${c} ${d - short}`.padEnd(close - at);
  return latin1Bytes(text.slice(0, at) + range + text.slice(close));
}

function signedThen(update: (b: PdfBuilder) => PdfBuilder): Uint8Array {
  return update(signedPdf()).bytes();
}

const SIGNED_CATALOG =
  '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> ';
const SIGNED_PAGE =
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 4 0 R ';

function fooledPdfs(): AdversarialCase[] {
  const pdf = (
    name: string,
    title: string,
    bytes: Uint8Array,
    findings: Required[],
  ): AdversarialCase =>
    make(
      'fooled',
      `pdf/${name}`,
      title,
      { attachments: [{ name: 'vedtak.pdf', bytes, contentType: 'application/pdf' }] },
      { decision: 'warn', findings },
    );
  const modified = code('attachment.pdf.modified-after-signing');
  return [
    pdf('garbage-signature', 'a signature whose contents are not CMS', garbageSignature(), [
      code('attachment.pdf.*'),
    ]),
    pdf(
      'annotation-after-signing',
      'a visible annotation added after signing',
      signedThen((b) =>
        b
          .obj(3, `${SIGNED_PAGE}/Annots [5 0 R 7 0 R] >>`)
          .obj(
            7,
            '<< /Type /Annot /Subtype /FreeText /Rect [72 700 400 740] /Contents (Godkjent av rådmannen) /DA (/Helv 12 Tf) >>',
          )
          .endRevision(),
      ),
      [modified],
    ),
    pdf(
      'javascript-after-signing',
      'a JavaScript OpenAction added after signing',
      signedThen((b) =>
        b
          .obj(1, `${SIGNED_CATALOG}/OpenAction 8 0 R >>`)
          .obj(8, '<< /Type /Action /S /JavaScript /JS (app.alert\\("Signert"\\)) >>')
          .endRevision(),
      ),
      [modified],
    ),
    pdf(
      'metadata-after-signing',
      'a new document information dictionary added after signing',
      signedThen((b) =>
        b.obj(9, '<< /Title (Endra) /Producer (x) >>').endRevision('/Root 1 0 R /Info 9 0 R'),
      ),
      [modified],
    ),
    pdf(
      'tail-uncovered',
      'a signed range that stops before its own revision ends',
      tailUncovered(30),
      [code('attachment.pdf.*')],
    ),
    pdf(
      'junk-after-signing',
      'bytes appended after the signed revision without an update',
      signedThen((b) =>
        b.raw(
          '1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (x) >> >>\nendobj\n',
        ),
      ),
      [modified],
    ),
  ];
}

// ============================================================== injected

const INJECTED_NAMES: ReadonlyArray<readonly [string, string, string]> = [
  ['autolink', 'faktura <https://evil.example/logg-inn>.exe', 'faktura'],
  ['autolink-http', 'faktura <http://evil.example>.exe', 'faktura'],
  ['raw-html', 'faktura<img src=x onerror=alert(1)>.exe', 'faktura'],
  ['strikethrough', '~~slettet~~ faktura.exe', 'faktura'],
  ['table', '|a|b| faktura.exe', 'faktura'],
  ['heading', 'faktura\n# Alt er i orden.exe', 'faktura'],
  ['heading-crlf', 'faktura\r\n## Klikk her.exe', 'faktura'],
  ['quote', 'faktura\n> Godkjent av IT.exe', 'faktura'],
  ['line-separator', 'faktura\u2028# Godkjent.exe', 'faktura'],
  ['link', '[logg inn](https://evil.example) faktura.exe', 'faktura'],
  ['emphasis', '**viktig** _faktura_.exe', 'faktura'],
  ['code', '`faktura`.exe', 'faktura'],
  ['rtl-override', 'faktura\u202efdp.exe', 'faktura'],
  ['rtl-embedding', 'faktura\u202bexe.pdf', 'faktura'],
  ['rtl-isolate', 'faktura\u2067exe.pdf', 'faktura'],
  ['image', '![logo](https://evil.example/x.png) faktura.exe', 'faktura'],
  ['entity', 'faktura&#60;script&#62;.exe', 'faktura'],
  ['bare-link', 'faktura www.evil.example.exe', 'faktura'],
];

function injected(): AdversarialCase[] {
  return INJECTED_NAMES.map(([name, file, word]) =>
    make(
      'injected',
      name,
      `an attachment named "${visible(file)}"`,
      { attachments: [exe(file)] },
      { decision: 'warn', findings: [code('attachment.risky.*')], isolated: [word] },
    ),
  );
}

// =============================================================== crashes

function crashes(r: Rng): AdversarialCase[] {
  const out: AdversarialCase[] = [];
  const DATES: ReadonlyArray<readonly [string, string]> = [
    ['date-1900', 'Mon, 01 Jan 1900 00:00:00 +0000'],
    ['date-2100', 'Fri, 31 Dec 2100 23:59:59 +0100'],
    ['date-year-0', 'Sat, 01 Jan 0000 12:00:00 +0000'],
    ['date-9999', 'Fri, 31 Dec 9999 23:59:59 -1200'],
    ['date-garbage', '31 Fe 99999 99:99 +9999'],
    ['date-empty', ''],
  ];
  for (const [name, date] of DATES) {
    const inner = rawMessage(
      { subject: 'Gamal melding', date, messageId: `${name}.inner@example.net` },
      [textPart(`Eleven har fnr ${fodselsnummer(r)}.`)],
      'inner',
    );
    const body = 'Var ref. 2026/1234-5\r\n\r\nSja vedlagt melding.';
    const outer = rawMessage(
      { subject: 'Svar pa soknad', date, messageId: `${name}@example.net` },
      [textPart(body), messagePart('gamal.eml', inner)],
      'outer',
    );
    out.push(
      make(
        'crashes',
        name,
        `a message dated ${JSON.stringify(date)} with one so dated attached, a fødselsnummer in that one`,
        {
          subject: 'Svar pa soknad',
          body: body.replace(/\r\n/g, '\n'),
          attachments: [
            { name: 'gamal.eml', bytes: latin1Bytes(inner), contentType: 'message/rfc822' },
          ],
        },
        { decision: 'warn', findings: [code('national-id.no.fnr')] },
        latin1Bytes(`Received: from mx.ha.kommune.no; ${date}\r\n${outer}`),
        true,
      ),
    );
  }
  const charset = (
    name: string,
    what: string,
    label: string,
    encode: (s: string) => Uint8Array,
    findings: Required[],
    decision: ExpectedDecision,
  ): void => {
    const text = `Var ref. 2026/1234-5\r\n\r\nEleven har fnr ${fodselsnummer(r)}.\r\n`;
    const headers = { subject: 'Svar pa soknad', messageId: `${name}@example.net` };
    // The body as Outlook shows it, and the .eml with the body in the charset.
    out.push(
      make(
        'crashes',
        `${name}-body`,
        `a body in ${what} with a fødselsnummer (Outlook shows it decoded)`,
        { subject: 'Svar pa soknad', body: text.replace(/\r\n/g, '\n').trim() },
        { decision, findings },
        latin1Bytes(charsetMessage(headers, label, encode(text))),
      ),
    );
    // An attached message with such a body: both paths must decode it.
    const attached = charsetMessage(
      { ...headers, messageId: `${name}.inner@example.net` },
      label,
      encode(text),
    );
    out.push(
      make(
        'crashes',
        `${name}-attached`,
        `an attached message whose body is in ${what}, with a fødselsnummer`,
        {
          body: letter('Sjå vedlagt melding.'),
          attachments: [
            { name: 'melding.eml', bytes: latin1Bytes(attached), contentType: 'message/rfc822' },
          ],
        },
        { decision, findings },
      ),
    );
  };
  const idOrWarning: Required[] = [[code('national-id.no.fnr'), notInspected('encoding')]];
  charset(
    'utf-16le',
    'UTF-16 (little-endian, with a byte order mark)',
    'utf-16',
    utf16leWithBom,
    [code('national-id.no.fnr')],
    'warn',
  );
  charset(
    'utf-16be',
    'UTF-16 (big-endian, with a byte order mark)',
    'utf-16',
    utf16beWithBom,
    [code('national-id.no.fnr')],
    'warn',
  );
  charset(
    'utf-7',
    'UTF-7 with every digit in a shifted (base64) sequence',
    'utf-7',
    utf7DigitsShifted,
    idOrWarning,
    'not-allow',
  );
  charset('ebcdic', 'EBCDIC (IBM037)', 'ibm037', ebcdic037, idOrWarning, 'not-allow');
  const fnr = fodselsnummer(r);
  out.push(
    make(
      'crashes',
      'utf-16-text-file',
      'a UTF-16 text attachment (with a byte order mark) with a fødselsnummer',
      {
        attachments: [
          {
            name: 'elevliste.txt',
            bytes: utf16leWithBom(`Elev: Kari, fnr ${fnr}.`),
            contentType: 'text/plain',
          },
        ],
      },
      { decision: 'warn', findings: [code('national-id.no.fnr')] },
    ),
  );
  return out;
}

// ================================================================= quiet

/**
 * Eleven digits that pass the fødselsnummer checks, which Norwegian bank
 * account numbers (11 digits, mod 11) sometimes do: as an account they must
 * stay quiet.
 */
function accountThatIsAnFnr(r: Rng): string {
  return grouped(fodselsnummer(r), [4, 2], '.');
}

function quiet(r: Rng): AdversarialCase[] {
  const traps = letter(
    [
      `Beløpet kan betalast til kontonummer ${accountThatIsAnFnr(r)}.`,
      'Ring oss på telefon 51 79 41 00 eller +47 900 12 345.',
      'Organisasjonsnummer 964 969 590.',
      'Saka har saksnummer 2024/13097-2, og vedtaket er datert 13.09.2024.',
      'Fakturaen på kr 130 972,48 forfell 30.04.2026.',
    ].join('\n'),
  );
  const dss = signedThen((b) =>
    b
      .obj(1, `${SIGNED_CATALOG}/DSS 9 0 R >>`)
      .obj(9, '<< /Type /DSS /Certs [10 0 R] >>')
      .obj(10, '<< >>', 'certificate bytes')
      .endRevision(),
  );
  const stamped = signedThen((b) =>
    b
      .obj(1, `${SIGNED_CATALOG.replace('[5 0 R]', '[5 0 R 11 0 R]')}>>`)
      .obj(
        11,
        '<< /FT /Sig /T (Tidsstempel) /V 12 0 R /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /F 132 /P 3 0 R >>',
      )
      .sig(12, { type: 'DocTimeStamp' })
      .endRevision(),
  );
  // Numbers in the layouts the whitespace and grouping rules must not join:
  // phone lists, a column of accounts, organisation numbers, amounts.
  const accounts = [0, 1, 2].map(() => grouped(fodselsnummer(r), [4, 2], ' '));
  const lists = letter(
    [
      'Telefonliste:',
      'Sentralbord 51 79 41 00',
      'Mobil 900 12 345',
      'Vakttelefon 482 25 010',
      '',
      `Kontonummer for tilskot: ${accounts.join(', ')}`,
      'Org.nr. 964 969 590 og 938 644 500, 12 tilsette.',
      'Beløp: 130 972,48 og 211 482,25 kroner.',
    ].join('\n'),
  );
  const csv = `konto;beløp\n${accounts.map((a) => `${a.replace(/ /g, '.')};1200,00`).join('\n')}\n`;
  return [
    make(
      'quiet',
      'lists',
      'phone lists, a column of account numbers, organisation numbers and amounts',
      { body: lists, attachments: [txt('kontoar.csv', csv)] },
      { decision: 'allow', findings: [] },
    ),
    make(
      'quiet',
      'numbers',
      'account, phone, organisation and case numbers, dates and amounts',
      { body: traps },
      { decision: 'allow', findings: [] },
    ),
    make(
      'quiet',
      'pdf-ltv',
      'a signed PDF with a later DSS (long-term validation) update',
      { attachments: [{ name: 'svarbrev.pdf', bytes: dss, contentType: 'application/pdf' }] },
      { decision: 'allow', findings: [] },
    ),
    make(
      'quiet',
      'pdf-timestamp',
      'a signed PDF with a later document time stamp',
      { attachments: [{ name: 'svarbrev.pdf', bytes: stamped, contentType: 'application/pdf' }] },
      { decision: 'allow', findings: [] },
    ),
    make(
      'quiet',
      'signed-pdf',
      'a signed PDF and a plain letter (the baseline the PDF cases differ from)',
      {
        attachments: [
          { name: 'svarbrev.pdf', bytes: signedPdf().bytes(), contentType: 'application/pdf' },
        ],
      },
      { decision: 'allow', findings: [] },
    ),
    make(
      'quiet',
      'plain-pdf',
      'an unsigned PDF (warns as before, nothing more)',
      {
        attachments: [
          {
            name: 'vedtak.pdf',
            bytes: basePdf().endRevision().bytes(),
            contentType: 'application/pdf',
          },
        ],
      },
      { decision: 'warn', findings: [code('attachment.pdf.unsigned')] },
    ),
  ];
}

/** The whole corpus for a seed: the same seed gives the same bytes. */
export function adversarialCorpus(seed = 10): AdversarialCase[] {
  const r = prng(seed);
  return [
    ...frozen(),
    ...silentlyAllowed(r),
    ...fooledIds(r),
    ...fooledKeywords(),
    ...fooledFiles(),
    ...fooledPdfs(),
    ...injected(),
    ...crashes(r),
    ...quiet(r),
  ];
}

// ============================================================= profiles

export interface ProfileCase {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly valid: boolean;
  /** An error code the validator must report when the profile is not valid. */
  readonly error?: string;
}

/** Profiles that made validation quadratic, from an example profile's text. */
export function adversarialProfiles(base: string, count = 20_000): ProfileCase[] {
  return [
    {
      id: 'profile/duplicate-keys',
      title: `${count} duplicate keys in "checks"`,
      text: duplicateKeyProfile(base, count),
      valid: false,
      error: 'profile.error.duplicate-key',
    },
    {
      id: 'profile/duplicate-mailboxes',
      title: `${count} mailboxes with the same address`,
      text: duplicateMailboxProfile(base, count),
      valid: false,
      error: 'profile.error.duplicate-address',
    },
    {
      id: 'profile/many-mailboxes',
      title: `${count} distinct mailboxes`,
      text: manyMailboxProfile(base, count),
      valid: true,
    },
  ];
}
