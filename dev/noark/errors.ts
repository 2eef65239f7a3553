/**
 * Errors as the standard describes them (Noark 5 Tjenestegrensesnitt 1.1,
 * "Håndtering av API-feil"): the HTTP status, and a body
 * `{ "feil": { "kode": <the same status>, "beskrivelse": "…" } }`. The
 * wording of `beskrivelse` is not standardised; the emulator's says what to
 * fix.
 */

export class NoarkError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'NoarkError';
  }
}

export interface ErrorBody {
  readonly feil: { readonly kode: number; readonly beskrivelse: string };
}

export function errorBody(status: number, message: string): ErrorBody {
  return { feil: { kode: status, beskrivelse: message } };
}

export const badRequest = (message: string): NoarkError => new NoarkError(400, message);

export const notFound = (what: string): NoarkError => new NoarkError(404, `Not Found: ${what}`);

export const methodNotAllowed = (method: string, path: string): NoarkError =>
  new NoarkError(405, `${method} is not allowed on ${path}.`);

export const conflict = (message: string): NoarkError => new NoarkError(409, message);

export const tooLarge = (limit: number): NoarkError =>
  new NoarkError(413, `The request body is larger than ${limit} bytes.`);

export const unauthorized = (): NoarkError =>
  new NoarkError(
    401,
    'Not signed in: send Authorization: Bearer test:<user>.',
    // RFC 6750 §3: a request without a token gets the challenge, no error code.
    { 'www-authenticate': 'Bearer realm="noark5"' },
  );
