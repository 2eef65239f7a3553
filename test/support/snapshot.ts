import type { ComposeSnapshot } from '../../src/core/message';

/** A compose snapshot with sensible defaults, overridden per test. */
export function snapshot(over: Partial<ComposeSnapshot> = {}): ComposeSnapshot {
  return {
    from: { address: 'post@ha.kommune.no' },
    to: [{ address: 'ola.innbyggjar@example.net' }],
    cc: [],
    bcc: [],
    subject: 'Svar på søknad om dispensasjon, gnr. 12 bnr. 34',
    // Journaled, with the archive reference, as R19 wants an answer in a case to be.
    body: 'Vår ref. 2026/1234-5\n\nHei,\n\nSøknaden din er motteken og blir behandla innan fire veker.\n\nHelsing\nHå kommune',
    attachments: [],
    ...over,
  };
}

export function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}
