import { goodPracticeFindings, subjectQuality } from '../../../src/core/compose/good-practice';
import { loadProfile } from '../../support/profiles';
import { snapshot } from '../../support/snapshot';

const vara = loadProfile('vara-kommun');
const many = (n: number) => Array.from({ length: n }, (_, i) => ({ address: `p${i}@vara.se` }));

describe('good-practice hints (R20)', () => {
  it.each([
    ['', 'empty'],
    ['RE: ', 'empty'],
    ['Hej', 'vague'],
    ['SV: Fråga', 'vague'],
    ['Fwd: info', 'vague'],
    ['Bygglov för carport, Vara 3:14', 'ok'],
    ['Re: Svar på ansökan om bygglov', 'ok'],
  ])('rates the subject "%s" as %s', (subject, quality) => {
    expect(subjectQuality(subject)).toBe(quality);
  });

  it('hints at large group mailings and reply-all', () => {
    const codes = goodPracticeFindings(
      snapshot({
        from: { address: 'vara.kommun@vara.se' },
        to: many(30),
        replyTo: { replyAll: true },
      }),
      vara,
      false,
    ).map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining(['practice.many-recipients', 'practice.reply-all']),
    );
  });

  it('hints at attachments sent inside the organisation, not outside it', () => {
    const attachments = [{ name: 'a.pdf', size: 1, bytes: new Uint8Array(1) }];
    const s = snapshot({ to: many(1), attachments });
    expect(goodPracticeFindings(s, vara, false).map((f) => f.code)).toContain(
      'practice.internal-attachments',
    );
    expect(goodPracticeFindings(s, vara, true).map((f) => f.code)).not.toContain(
      'practice.internal-attachments',
    );
  });

  it('hints at a missing common signature only when the profile names one', () => {
    const body = 'Hej! Här kommer beslutet.';
    const withMarker = { ...vara, signatureMarkers: ['Vara kommun'] };
    expect(goodPracticeFindings(snapshot({ body }), withMarker, true).map((f) => f.code)).toContain(
      'practice.signature-missing',
    );
    expect(
      goodPracticeFindings(
        snapshot({ body: `${body}\n\nMed vänlig hälsning\nVARA KOMMUN` }),
        withMarker,
        true,
      ).map((f) => f.code),
    ).not.toContain('practice.signature-missing');
    expect(
      goodPracticeFindings(snapshot({ body }), { ...vara, signatureMarkers: [] }, true),
    ).toEqual([]);
  });
});
