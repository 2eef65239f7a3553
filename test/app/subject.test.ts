import { checkCompose } from '../../src/core/compose/decide';
import { addSubjectTag, removeFromSubject } from '../../src/app/subject';
import { loadProfile } from '../support/profiles';
import { snapshot } from '../support/snapshot';

/** The cut as the check reports it: offsets into the subject and the text there. */
function at(subject: string, text: string): { start: number; end: number; text: string } {
  const start = subject.indexOf(text);
  return { start, end: start + text.length, text };
}

describe('removing found text from the subject', () => {
  it.each([
    [
      'from the middle, leaving one space',
      'Vedtak for 13097248022 om barnehageplass',
      '13097248022',
      'Vedtak for om barnehageplass',
    ],
    [
      'from the start',
      '13097248022 vedtak om barnehageplass',
      '13097248022',
      'vedtak om barnehageplass',
    ],
    [
      'from the end',
      'Vedtak om barnehageplass 13097248022',
      '13097248022',
      'Vedtak om barnehageplass',
    ],
    ['when it is the whole subject', '13097248022', '13097248022', ''],
    [
      'with the zero-width space hidden inside it',
      'Ärende 19570428\u200b-9999 bygglov',
      '19570428\u200b-9999',
      'Ärende bygglov',
    ],
    [
      'and nothing else, not even brackets around it',
      'Vedtak (13097248022)',
      '13097248022',
      'Vedtak ()',
    ],
    [
      'and keeps a colon written straight after it',
      'Søknad 13097248022: barnehage',
      '13097248022',
      'Søknad : barnehage',
    ],
    [
      'with a sensitive word',
      'Elev innlagt på psykiatrisk avdeling',
      'psykiatrisk avdeling',
      'Elev innlagt på',
    ],
  ])('cuts exactly the text %s', (_name, subject, text, expected) => {
    expect(removeFromSubject(subject, at(subject, text))).toBe(expected);
  });

  it('finds the text again when the user has typed in front of it since the check', () => {
    const checked = 'Vedtak for 13097248022';
    const now = 'SV: Vedtak for 13097248022';
    expect(removeFromSubject(now, at(checked, '13097248022'))).toBe('SV: Vedtak for');
  });

  it('cuts at the offsets when the same text occurs twice and the offsets still fit', () => {
    const subject = '13097248022 og 13097248022';
    expect(removeFromSubject(subject, { start: 15, end: 26, text: '13097248022' })).toBe(
      '13097248022 og',
    );
  });

  it.each([
    ['the text is gone', 'Vedtak om barnehageplass', { start: 11, end: 22, text: '13097248022' }],
    [
      'the offsets no longer fit and the text occurs twice',
      'SV: 13097248022 og 13097248022',
      { start: 0, end: 11, text: '13097248022' },
    ],
    ['there is nothing to cut', 'Vedtak', { start: 0, end: 0, text: '' }],
  ])('changes nothing when %s', (_name, subject, cut) => {
    expect(removeFromSubject(subject, cut)).toBeNull();
  });

  it('removes exactly what the compose check found in the subject (Hå kommune, R14)', async () => {
    const subject = 'Vedtak for 13097248022 om barnehageplass';
    const r = await checkCompose(snapshot({ subject }), loadProfile('ha-kommune'));
    const f = r.findings.find((x) => x.check === 'subject-sensitive');
    if (f?.start === undefined || f.end === undefined || f.text === undefined) {
      throw new Error('expected a subject finding with offsets');
    }
    const cleaned = removeFromSubject(subject, { start: f.start, end: f.end, text: f.text });
    expect(cleaned).toBe('Vedtak for om barnehageplass');
    const again = await checkCompose(
      snapshot({ subject: cleaned ?? '' }),
      loadProfile('ha-kommune'),
    );
    expect(again.findings.filter((x) => x.check === 'subject-sensitive')).toEqual([]);
  });
});

describe('adding an encryption tag to the subject', () => {
  it.each([
    ['in front of the subject', 'Notat i saka', '[sikker] Notat i saka'],
    ['as the whole subject when it is empty', '', '[sikker]'],
    ['without leading spaces', '   Notat', '[sikker] Notat'],
    ['not twice, whatever the case', 'Notat [SIKKER]', 'Notat [SIKKER]'],
  ])('puts the tag %s', (_name, subject, expected) => {
    expect(addSubjectTag(subject, '[sikker]')).toBe(expected);
  });
});
