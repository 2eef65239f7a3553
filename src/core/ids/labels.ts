/**
 * Words that, shortly before a bare run of digits, say it is some other
 * number: an account, an invoice or KID reference, an organisation or phone
 * number, or a payment. They silence only numbers written without
 * separators; a number written in an identity-number grouping (6+5, 6-4, ...)
 * is reported whatever precedes it.
 *
 * This matters most for Norwegian account numbers: their mod-11 check digit
 * uses the same weights as the second check digit of a fødselsnummer, so
 * every valid account number passes that check, and about 1 in 11 of them
 * passes the whole fødselsnummer test. Only the way it is written and the
 * words around it tell them apart.
 *
 * Keys are lower case with dots and hyphens removed ("Org.nr." -> "orgnr",
 * "KID-nr" -> "kidnr"); a label written in two words ("konto nr", "org. nr")
 * is joined before lookup.
 */
const LABELS: ReadonlySet<string> = new Set([
  // Accounts and payment references (nb/nn/sv/en).
  'konto',
  'kontonr',
  'kontonummer',
  'kto',
  'ktonr',
  'bankkonto',
  'bankkontonr',
  'bankkontonummer',
  'kid',
  'kidnr',
  'kidnummer',
  'ocr',
  'ocrnr',
  'ocrnummer',
  'bankgiro',
  'bankgironr',
  'bankgironummer',
  'bg',
  'bgnr',
  'plusgiro',
  'plusgironr',
  'plusgironummer',
  'pg',
  'pgnr',
  'account',
  'accountno',
  'accountnumber',
  'acct',
  // Invoices, orders, customers, agreements.
  'faktura',
  'fakturanr',
  'fakturanummer',
  'invoice',
  'invoiceno',
  'invoicenumber',
  'ordre',
  'ordrenr',
  'ordrenummer',
  'order',
  'orderno',
  'ordernr',
  'ordernummer',
  'kundenr',
  'kundenummer',
  'kundnr',
  'kundnummer',
  'customer',
  'customerno',
  'customernumber',
  'avtalenr',
  'avtalenummer',
  'avtalsnr',
  'avtalsnummer',
  // Organisations.
  'org',
  'orgnr',
  'orgno',
  'orgnummer',
  'organisasjonsnr',
  'organisasjonsnummer',
  'organisationsnr',
  'organisationsnummer',
  'foretaksnr',
  'foretaksnummer',
  'føretaksnummer',
  // Phones.
  'tlf',
  'tlfnr',
  'tel',
  'telnr',
  'telefon',
  'telefonnr',
  'telefonnummer',
  'mobil',
  'mobilnr',
  'mobilnummer',
  'mob',
  'mobile',
  'phone',
  'phoneno',
  'phonenumber',
  'faks',
  'fax',
  'sms',
  // Definite forms: "kontonummeret mitt er ...", "fakturan avser ...".
  'kontoen',
  'kontot',
  'bankkontoen',
  'bankkontot',
  'kontonummeret',
  'kontonumret',
  'kidnummeret',
  'ocrnumret',
  'fakturaen',
  'fakturan',
  'fakturanummeret',
  'fakturanumret',
  'ordrenummeret',
  'ordernumret',
  'kundenummeret',
  'kundnumret',
  'avtalenummeret',
  'avtalsnumret',
  'orgnummeret',
  'organisasjonsnummeret',
  'organisationsnumret',
  'telefonnummeret',
  'telefonnumret',
  'mobilnummeret',
  'mobilnumret',
]);

/** Word beginnings that speak of a payment: "betales til", "overført til", "inbetalning". */
const PAYMENT_STEMS = ['betal', 'innbetal', 'inbetal', 'utbetal', 'overfør', 'överför'];

/**
 * Words that name an identity number: met while looking back, they end the
 * search ("Kontonr. oppgitt, fnr 01010100131" is an fnr).
 */
const ID_WORDS: ReadonlySet<string> = new Set([
  'fnr',
  'fødselsnr',
  'fødselsnummer',
  'fødselsnummeret',
  'fødselsnumre',
  'fodselsnummer',
  'personnr',
  'personnummer',
  'personnummeret',
  'personnumret',
  'pnr',
  'dnummer',
  'dnummeret',
  'hnummer',
  'fhnummer',
  'samordningsnr',
  'samordningsnummer',
  'samordningsnumret',
  'reservnummer',
  'idnr',
  'idnummer',
  'ssn',
  'født',
  'fødd',
  'född',
]);

/** Second words that make a two-word label: "konto nr", "org. nummer". */
const NUMBER_WORDS: ReadonlySet<string> = new Set(['nr', 'nummer', 'no', 'number']);

/** A character in lower case: ASCII and Latin-1 capitals; others as they are. */
function lower(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 0x20;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 0x20;
  return c;
}

function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || // a-z
    (c >= 0xdf && c <= 0x24f && c !== 0xf7) || // Latin-1 and Latin Extended-A letters
    c === 0x2e || // .
    c === 0x2d // -
  );
}

/** Characters allowed between a label and its number: "Tlf.: ", "KID# ", "(". */
function isGap(c: number): boolean {
  return c === 0x20 || c === 0x3a || c === 0x23 || c === 0x28 || c === 0x3d || c === 0x09;
}

/** Longest word read back: no label is longer. */
const MAX_WORD = 40;

/** Read the word ending at `end` (exclusive), in lower case; returns its key and start. */
function wordBefore(text: string, end: number): { key: string; start: number } {
  let i = end;
  while (i > 0 && end - i <= MAX_WORD && isWordChar(lower(text.charCodeAt(i - 1)))) i -= 1;
  let key = '';
  for (let j = i; j < end; j++) {
    const c = lower(text.charCodeAt(j));
    if (c !== 0x2e && c !== 0x2d) key += String.fromCharCode(c);
  }
  return { key, start: i };
}

function isLabel(key: string): boolean {
  if (LABELS.has(key)) return true;
  for (const stem of PAYMENT_STEMS) if (key.startsWith(stem)) return true;
  return false;
}

/** Gap characters between a label and its number at most. */
const MAX_GAP = 16;

/** How many words back a label may stand: "Kontonummer for utbetaling: ...". */
const MAX_WORDS = 4;

/**
 * True when the number starting at `start` in the normalised text is
 * preceded, within a few words on the same line and with no other number or
 * punctuation in between, by a label naming another kind of number (in any
 * case: "Kontonr.", "KONTONR").
 */
export function hasNonIdLabel(text: string, start: number): boolean {
  let i = start;
  let closer = '';
  for (let w = 0; w < MAX_WORDS; w++) {
    // A few gap characters ("Tlf.: ", "KID# ", "("), or the spaces and tabs
    // of a table ("Kontonr.:\t\t...").
    let gap = 0;
    while (i > 0 && gap < MAX_GAP && isGap(text.charCodeAt(i - 1))) {
      i -= 1;
      gap += 1;
    }
    if (w > 0 && gap === 0) return false;
    const word = wordBefore(text, i);
    if (word.key.length === 0) return false;
    if (ID_WORDS.has(word.key)) return false;
    if (isLabel(word.key)) return true;
    // "konto nr", "org. nr.", "kunde nummer": joined with the word after.
    if (NUMBER_WORDS.has(closer) && LABELS.has(word.key + closer)) return true;
    closer = word.key;
    i = word.start;
  }
  return false;
}
