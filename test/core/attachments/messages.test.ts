import { ATTACHMENT_CODES, attachmentMessages } from '../../../src/core/attachments';
import type { AttachmentCode } from '../../../src/core/attachments';
import { format } from '../../../src/core/i18n/types';
import { LANGS } from '../../../src/core/model';

/** The params the inspector gives each code (see AttachmentFinding). */
const PARAMS: Readonly<Record<AttachmentCode, readonly string[]>> = {
  'attachment.pdf.unsigned': [],
  'attachment.pdf.empty-field': [],
  'attachment.pdf.placeholder': [],
  'attachment.pdf.modified-after-signing': ['revisions'],
  'attachment.pdf.timestamp-only': [],
  'attachment.pdf.usage-rights-only': [],
  'attachment.draft.revisions': ['count', 'insertions', 'deletions', 'moves', 'formatting'],
  'attachment.draft.comments': ['count'],
  'attachment.draft.status': ['value'],
  'attachment.draft.watermark': ['text'],
  'attachment.sensitivity-label': ['name'],
  'attachment.risky.executable': ['type'],
  'attachment.risky.script': ['type'],
  'attachment.risky.macro': ['type'],
  'attachment.risky.archive': ['type'],
  'attachment.risky.disk-image': ['type'],
  'attachment.risky.html': ['type'],
  'attachment.risky.double-extension': ['shown', 'real'],
  'attachment.risky.rtl-override': ['real'],
  'attachment.risky.blocked-type': ['type'],
  'attachment.encrypted': ['format'],
  'attachment.zip-bomb': ['limitMb'],
  'attachment.truncated': [],
  'attachment.too-large': ['limitMb', 'bound', 'sizeMb'],
  'attachment.unreadable': [],
  'attachment.not-inspected': ['reason', 'entry'],
};

function placeholders(text: string): string[] {
  return Array.from(text.matchAll(/\{([a-zA-Z0-9_]+)\}/g), (m) => m[1] as string);
}

describe('attachment messages', () => {
  const rows = LANGS.flatMap((lang) => ATTACHMENT_CODES.map((code) => [lang, code] as const));

  it.each(rows)(
    '%s has a sentence for %s that uses only params the finding carries',
    (lang, code) => {
      const text: string = attachmentMessages[lang][code];
      expect(text.trim().length).toBeGreaterThan(10);
      expect(text).toMatch(/\.$/);
      for (const name of placeholders(text)) expect(PARAMS[code]).toContain(name);
      const filled = format(text, Object.fromEntries(PARAMS[code].map((p) => [p, 'X'])));
      expect(filled).not.toMatch(/\{[a-zA-Z]+\}/);
    },
  );

  it.each(ATTACHMENT_CODES)('%s is written anew in each of the four languages', (code) => {
    const { nb, nn, sv, en } = attachmentMessages;
    expect(new Set([nb[code], nn[code], sv[code], en[code]]).size).toBe(4);
  });

  it('has the codes and no others', () => {
    for (const lang of LANGS)
      expect(Object.keys(attachmentMessages[lang]).sort()).toEqual([...ATTACHMENT_CODES].sort());
  });
});
