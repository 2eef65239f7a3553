/**
 * Hostile inputs for every reader of untrusted content, at any size: what
 * makes a backtracking regular expression or a rescanning loop take
 * quadratic (or worse) time. The corpus sends them at the sizes that froze
 * the send check; the step-count tests and `npm run bench` grow them to show
 * that the work stays linear.
 */
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { ComposeResult } from '../../src/core/compose/decide';
import type { Finding } from '../../src/core/model';

/** `unit` repeated until the text is at least `size` characters long. */
export function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

// ------------------------------------------------------------------ OOXML

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Inner XML of a `<w:body>` of about `size` characters: a tenth of it
 * revisions nested inside each other and never closed, the rest `<w:t `
 * start tags with no `>` anywhere after them (a regular expression that
 * looks for the tag's end from each of them reads to the end every time).
 */
export function hostileBodyXml(size: number): string {
  const tenth = Math.max(64, Math.floor(size / 10));
  const nested = fill(
    '<w:ins w:id="1" w:author="A" w:date="2024-03-01T10:00:00Z"><w:del w:id="2" w:author="A"><w:r><w:delText>x</w:delText>',
    tenth,
  );
  return nested + fill('<w:t ', size - nested.length);
}

/** A DOCX around `bodyXml`; `level` 0 stores it, so the file is as big as its XML. */
export function docxWithBody(
  bodyXml: string,
  level: 0 | 9 = 9,
  extra: Readonly<Record<string, Uint8Array>> = {},
): Uint8Array {
  return docxWithDocument(`${bodyXml}</w:body></w:document>`, level, extra);
}

/** A DOCX whose document.xml is the start tags and then `rest`, closed or not. */
function docxWithDocument(
  rest: string,
  level: 0 | 9,
  extra: Readonly<Record<string, Uint8Array>>,
): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(`${XML}<w:document xmlns:w="${W}"><w:body>${rest}`),
    ...extra,
  };
  // A fixed time in every entry: the same seed gives the same bytes.
  return zipSync(files, { level, mtime: ZIP_TIME });
}

const ZIP_TIME = new Date(2026, 2, 3, 9, 30);

/** A DOCX whose document.xml is `hostileBodyXml(size)` and never ends. */
export function hostileDocx(size: number, level: 0 | 9 = 9): Uint8Array {
  return docxWithDocument(hostileBodyXml(size), level, {});
}

// -------------------------------------------------------------------- PDF

/**
 * A PDF of about `size` bytes made of what a structure reader looks for,
 * never finished: objects whose strings and dictionaries do not end (a
 * reader that parses each object to its end reads to the end of the file
 * for every one), then /ByteRange arrays, %%EOF markers and trailers over
 * and over.
 */
export function hostilePdf(size: number): Uint8Array {
  const part = Math.max(64, Math.floor(size / 10));
  return latin1(
    '%PDF-1.7\n' +
      fill('1 0 obj (', 4 * part) +
      fill('2 0 obj << /A ', 2 * part) +
      fill('/ByteRange [0 %%EOF\n', 2 * part) +
      fill('trailer << /Root ', 2 * part),
  );
}

function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

// ------------------------------------------------------------------- HTML

/**
 * HTML of about `size` characters: block tags never closed with `>`, runs
 * of `<`, comment openers with no end, and a script that never ends.
 */
export function hostileHtml(size: number): string {
  const quarter = Math.max(64, Math.floor(size / 4));
  return (
    '<html><body>' +
    fill('<p class="a" <div ', quarter) +
    fill('<', quarter) +
    fill('<!--<!-- ', quarter) +
    fill('<td <th </td </script <a href=', quarter)
  );
}

// ------------------------------------------------------------------- text

/** "dnr" and then only spaces: a case-reference pattern with nothing to find. */
export function dnrThenSpaces(spaces: number): string {
  return `Vår ref. dnr${' '.repeat(spaces)}`;
}

/** "unntatt offentlighet" with the case of its letters set by the bits of `i`. */
function caseVariant(i: number): string {
  let bit = 0;
  return Array.from('unntatt offentlighet', (ch) => {
    if (ch === ' ') return ch;
    const upper = ((i >> bit++) & 1) === 1;
    return upper ? ch.toUpperCase() : ch;
  }).join('');
}

/**
 * Distinct "Unntatt offentlighet" lines: every line's marking is written
 * differently (letter case, section), so each is its own finding and its
 * own line in the alert.
 */
export function exemptLines(count: number): string {
  const lines: string[] = [];
  for (let i = 1; i <= count; i++) lines.push(`${caseVariant(i)}, jf. offl. § ${13 + (i % 12)}.`);
  return lines.join('\n');
}

/**
 * A blocking result with one finding per distinct "Unntatt offentlighet"
 * line, their texts adding up to about `size` characters: every finding its
 * own alert line, for the alert to fit into 500 characters.
 */
export function exemptFindings(size: number): ComposeResult {
  const findings: Finding[] = [];
  let total = 0;
  for (const line of exemptLines(Math.ceil(size / 36)).split('\n')) {
    if (total >= size) break;
    findings.push({
      code: 'confidentiality.exempt',
      check: 'exempt-external',
      category: 'confidentiality',
      severity: 'block',
      part: 'body',
      start: total,
      end: total + line.length,
      text: line,
    });
    total += line.length + 1;
  }
  return { decision: 'block', findings, external: ['ola.innbyggjar@example.net'], attachments: [] };
}

/**
 * Text of about `size` characters in slices that each trouble a different
 * part of the text scanner: digit groups that almost make an ID number,
 * digits with separators and invisible characters between them, a case
 * reference with nothing after it, keywords that start and never finish.
 */
export function hostileText(size: number): string {
  const part = Math.max(64, Math.floor(size / 5));
  return (
    fill('1 2 3 4 5 6 7 8 9 0 ', part) +
    fill('13.09.72-480.2 01 02 11 482 ', part) +
    fill('1\u200b3\u00ad0\u20609\u200d7 ', part) +
    'dnr' +
    ' '.repeat(part) +
    fill('innlagt på innlagt unntatt unntatt offentlig taus taushets ', part)
  );
}

// ------------------------------------------------------------------- MIME

/**
 * A message of about `size` bytes: multiparts nested in each other whose
 * boundaries are prefixes of each other, headers folded over thousands of
 * lines and made of encoded-words, and parts by the thousand.
 */
export function hostileMime(size: number): Uint8Array {
  const CRLF = '\r\n';
  const quarter = Math.max(256, Math.floor(size / 4));
  const head = [
    'From: a@example.net',
    'To: b@example.net',
    'Date: Tue, 03 Mar 2026 09:30:00 +0100',
    'Message-ID: <hostile@example.net>',
    'MIME-Version: 1.0',
  ];
  let subject = 'Subject:';
  while (subject.length < quarter) subject += `${CRLF} =?utf-8?q?a=C3=A5?= =?utf-8?b?w6U=?=`;
  const depth = 40;
  const boundary = (i: number): string => `b${'x'.repeat(i)}`;
  let opening = '';
  for (let i = 0; i < depth; i++) {
    opening += `Content-Type: multipart/mixed; boundary="${boundary(i)}"${CRLF}${CRLF}--${boundary(i)}${CRLF}`;
  }
  let parts = '';
  const inner = boundary(depth - 1);
  const part = `Content-Type: text/plain${CRLF}${CRLF}del${CRLF}--${inner}${CRLF}`;
  while (parts.length < 2 * quarter) parts += part;
  let folded = 'X-Folded: a';
  while (folded.length < quarter) folded += `${CRLF} a`;
  const tail = `Content-Type: text/plain${CRLF}${CRLF}slutt${CRLF}--${inner}--${CRLF}`;
  return strToU8([...head, subject, folded].join(CRLF) + CRLF + opening + parts + tail);
}

// ---------------------------------------------------------------- profile

/** A profile as text: Hå kommune's, with `count` more members of `checks`, all "confidential". */
export function duplicateKeyProfile(base: string, count: number): string {
  const dup = '"confidential": "block", '.repeat(count);
  return base.replace('"checks": {', `"checks": {${dup}`);
}

/** A profile as text with `count` more mailboxes, every one post@ again. */
export function duplicateMailboxProfile(base: string, count: number): string {
  const one = '{ "address": "post@ha.kommune.no", "name": "Post", "kind": "function" }, ';
  return base.replace('"mailboxes": [', `"mailboxes": [${one.repeat(count)}`);
}

/** A profile as text with `count` more mailboxes, each its own (a valid profile). */
export function manyMailboxProfile(base: string, count: number): string {
  const list: string[] = [];
  for (let i = 0; i < count; i++)
    list.push(
      `{ "address": "postkasse${i}@ha.kommune.no", "name": "Postkasse ${i}", "kind": "function" }, `,
    );
  return base.replace('"mailboxes": [', `"mailboxes": [${list.join('')}`);
}
