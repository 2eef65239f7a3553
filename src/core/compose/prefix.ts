/**
 * Reply and forward prefixes at the start of a subject ("SV:", "RE:",
 * "VS:", "Fwd:", "AW: Re[2]:"), as Outlook and other clients write them in
 * nb, nn, sv, en, de, fr and es. Invisible direction marks before them are
 * part of the prefix, so that nothing is ever put between them and the text.
 */

const PREFIX =
  /^[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]*(?:(?:re|sv|vs|aw|fw|fwd|vb|vl|wg|tr|rv|antw)[ \t]*(?:\[\d+\])?[ \t]*:[\s\u200e\u200f]*)+/i;

// The outermost prefix of a forward: "VS:" is the Norwegian videresendt,
// "VB:" the Swedish vidarebefordrat; "SV:" is svar in both.
const FORWARD = /^[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]*(?:fw|fwd|vs|vb|vl|wg|tr|rv)\b/i;

export interface SubjectPrefix {
  /** The prefixes as written, with the space after them; '' when none. */
  readonly prefix: string;
  /** The subject after them. */
  readonly rest: string;
  /** True when the outermost prefix is a forward's. */
  readonly forward: boolean;
}

export function splitPrefix(subject: string): SubjectPrefix {
  const m = PREFIX.exec(subject);
  const prefix = m ? m[0] : '';
  return {
    prefix,
    rest: subject.slice(prefix.length),
    forward: prefix !== '' && FORWARD.test(prefix),
  };
}
