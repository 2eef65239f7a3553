/**
 * MIME written by hand, for the messages `buildEml` will not write because
 * they are odd on purpose: messages nested in messages, thousands of parts,
 * bodies in UTF-16, UTF-7 or EBCDIC, dates a calendar library chokes on.
 * ASCII only, CRLF line ends.
 */
const CRLF = '\r\n';

export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

export function utf8Bytes(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'utf8'));
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Base64 in lines of 76 characters. */
export function base64Lines(bytes: Uint8Array): string {
  const b64 = Buffer.from(bytes).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += 76) lines.push(b64.slice(i, i + 76));
  return lines.join(CRLF);
}

export interface RawHeaders {
  readonly from?: string;
  readonly to?: string;
  readonly subject: string;
  /** As written in the Date field, odd or not. */
  readonly date?: string;
  readonly messageId: string;
}

function head(h: RawHeaders): string {
  return [
    `From: ${h.from ?? 'Ha kommune <post@ha.kommune.no>'}`,
    `To: ${h.to ?? 'Ola Innbyggjar <ola.innbyggjar@example.net>'}`,
    `Subject: ${h.subject}`,
    `Date: ${h.date ?? 'Tue, 03 Mar 2026 09:30:00 +0100'}`,
    `Message-ID: <${h.messageId}>`,
    'MIME-Version: 1.0',
  ].join(CRLF);
}

export interface RawPart {
  /** Header lines of the part (Content-Type and whatever else). */
  readonly headers: readonly string[];
  readonly body: string;
}

export function textPart(text: string): RawPart {
  return {
    headers: ['Content-Type: text/plain; charset=us-ascii', 'Content-Transfer-Encoding: 7bit'],
    body: text,
  };
}

export function filePart(name: string, contentType: string, bytes: Uint8Array): RawPart {
  return {
    headers: [
      `Content-Type: ${contentType}; name="${name}"`,
      `Content-Disposition: attachment; filename="${name}"`,
      'Content-Transfer-Encoding: base64',
    ],
    body: base64Lines(bytes),
  };
}

/** An attached message, as mail programs forward one: message/rfc822, not encoded. */
export function messagePart(name: string, eml: string): RawPart {
  return {
    headers: [
      `Content-Type: message/rfc822; name="${name}"`,
      `Content-Disposition: attachment; filename="${name}"`,
    ],
    body: eml,
  };
}

/** A whole message: headers, then one part or a multipart/mixed of several. */
export function rawMessage(h: RawHeaders, parts: readonly RawPart[], boundary: string): string {
  if (parts.length === 1) {
    const only = parts[0] as RawPart;
    return `${head(h)}${CRLF}${only.headers.join(CRLF)}${CRLF}${CRLF}${only.body}${CRLF}`;
  }
  const chunks: string[] = [
    `${head(h)}${CRLF}Content-Type: multipart/mixed; boundary="${boundary}"${CRLF}${CRLF}`,
    `This is a multi-part message in MIME format.${CRLF}`,
  ];
  for (const p of parts) {
    chunks.push(`--${boundary}${CRLF}${p.headers.join(CRLF)}${CRLF}${CRLF}${p.body}${CRLF}`);
  }
  chunks.push(`--${boundary}--${CRLF}`);
  return chunks.join('');
}

/** A message whose one text part is given as bytes in a charset, base64-encoded. */
export function charsetMessage(h: RawHeaders, charset: string, body: Uint8Array): string {
  return rawMessage(
    h,
    [
      {
        headers: [
          `Content-Type: text/plain; charset=${charset}`,
          'Content-Transfer-Encoding: base64',
        ],
        body: base64Lines(body),
      },
    ],
    'unused',
  );
}

// ------------------------------------------------------------ charsets

/** UTF-16 with a byte order mark, little-endian (as Windows writes it). */
export function utf16leWithBom(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = c & 0xff;
    out[3 + i * 2] = c >> 8;
  }
  return out;
}

/** UTF-16 big-endian with a byte order mark. */
export function utf16beWithBom(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out[0] = 0xfe;
  out[1] = 0xff;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = c >> 8;
    out[3 + i * 2] = c & 0xff;
  }
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * UTF-7 (RFC 2152) where every run of digits is written in a shifted
 * (base64) sequence, as UTF-7 allows for any character: the bytes hold no
 * ASCII digit at all, yet every reader that knows UTF-7 shows the number.
 */
export function utf7DigitsShifted(s: string): Uint8Array {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      let j = i;
      while (j < s.length && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x39) j++;
      const units: number[] = [];
      for (let k = i; k < j; k++) units.push(0, s.charCodeAt(k));
      let bits = 0;
      let acc = 0;
      let b64 = '';
      for (const u of units) {
        acc = (acc << 8) | u;
        bits += 8;
        while (bits >= 6) {
          b64 += B64[(acc >> (bits - 6)) & 63];
          bits -= 6;
        }
      }
      if (bits > 0) b64 += B64[(acc << (6 - bits)) & 63];
      out += `+${b64}-`;
      i = j;
    } else if (c === 0x2b) {
      out += '+-';
      i++;
    } else {
      out += s.charAt(i);
      i++;
    }
  }
  return latin1Bytes(out);
}

/** IBM EBCDIC code page 037 for the ASCII letters, digits and common punctuation. */
export function ebcdic037(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    const code = s.charCodeAt(i);
    let b: number;
    if (c >= '0' && c <= '9') b = 0xf0 + code - 0x30;
    else if (c >= 'a' && c <= 'i') b = 0x81 + code - 0x61;
    else if (c >= 'j' && c <= 'r') b = 0x91 + code - 0x6a;
    else if (c >= 's' && c <= 'z') b = 0xa2 + code - 0x73;
    else if (c >= 'A' && c <= 'I') b = 0xc1 + code - 0x41;
    else if (c >= 'J' && c <= 'R') b = 0xd1 + code - 0x4a;
    else if (c >= 'S' && c <= 'Z') b = 0xe2 + code - 0x53;
    else
      b =
        (
          {
            ' ': 0x40,
            '.': 0x4b,
            ',': 0x6b,
            ':': 0x7a,
            '-': 0x60,
            '/': 0x61,
            '\n': 0x25,
            '\r': 0x0d,
          } as Record<string, number>
        )[c] ?? 0x6f; // '?' for anything else
    out[i] = b;
  }
  return out;
}
