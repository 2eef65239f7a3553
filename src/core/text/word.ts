/**
 * Small text helpers shared by the readers of words (classification signals,
 * the signature rule) and the writers of HTML mail (the notice, the reply
 * template).
 */

/** A letter or digit of the Latin scripts the organisations write in (ASCII, Latin-1, Latin Extended-A/B). */
export function isWordChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML element content and attribute values: every character that means something in HTML escaped, in one pass. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}
