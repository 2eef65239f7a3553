/**
 * Case references ("Vår ref. 2024/1234-5", "Dnr KS 2024/123"). A message that
 * carries one is official mail (R2); outgoing with a reference of our own, it
 * has been journaled (R19).
 */

export interface CaseReference {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Labelled: "Vår ref.: 24/1234", "Deres ref 2023/77-3", "Saksnr. 2024/12",
// "Dnr KS 2024/123", "Diarienummer: BOU 2021.456". Labels in nb, nn, sv, en.
const LABELLED =
  /(?:^|[^0-9A-Za-zÆØÅæøåÄÖäö])((?:v[åa]r|deres|dykkar|er|our|your)\s+ref(?:\.|erens|eranse)?|saksnr\.?|saksnummer|saks?\s+nr\.?|arkivsak(?:\s+nr\.?)?|[äa]rende(?:nummer|nr\.?)|dnr\.?|diarienr\.?|diarienummer|case\s+(?:no\.?|number|ref\.?))\s*[:.]?\s*((?:[A-ZÆØÅÄÖ]{1,6}[ .-]?)?(?:19|20)?\d{2}[/.:-]\d{1,6}(?:-\d{1,4})?)/i;

// Bare Noark-style references with a document number: 2024/1234-5.
const BARE = /(?:^|[^0-9/])((?:19|20)\d{2}\/\d{1,6}-\d{1,4})(?![0-9/])/;

export function findCaseReference(text: string): CaseReference | null {
  const m = LABELLED.exec(text) ?? BARE.exec(text);
  if (!m) return null;
  const whole = m[0];
  const lead = whole.length - whole.replace(/^[^0-9A-Za-zÆØÅæøåÄÖäö]/, '').length;
  const start = m.index + lead;
  return { text: text.slice(start, m.index + whole.length), start, end: m.index + whole.length };
}

/** Every case reference in a text, in reading order. */
export function findCaseReferences(text: string): CaseReference[] {
  const out: CaseReference[] = [];
  let from = 0;
  for (;;) {
    const r = findCaseReference(from === 0 ? text : text.slice(from));
    if (!r) return out;
    out.push({ text: r.text, start: r.start + from, end: r.end + from });
    from += r.end;
  }
}

// The other party's labels: "Deres ref.", "Dykkar ref.", "Er ref.", "Ert dnr", "Your ref.".
const THEIRS = /^(?:deres|dykkar|er|ert|your)\s/i;
const THEIRS_BEFORE = /(?:^|[^0-9A-Za-zÆØÅæøåÄÖäö])(?:deres|dykkar|er|ert|your)\s+$/i;

/**
 * True when the reference is the other party's ("Deres ref. 24/117", "Ert
 * dnr 2024/55"): it tells that the message answers a case, not that ours
 * was journaled.
 */
export function isTheirReference(text: string, ref: CaseReference): boolean {
  return (
    THEIRS.test(ref.text) || THEIRS_BEFORE.test(text.slice(Math.max(0, ref.start - 12), ref.start))
  );
}
