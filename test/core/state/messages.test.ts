import { LANGS } from '../../../src/core/model';
import {
  FIXED_CATEGORIES,
  STATE_FIELDS,
  STATUSES,
  describeNotice,
  describeRefusal,
  dueLabel,
  fieldLabel,
  fixedCategoryName,
  statusLabel,
  stateMessages,
} from '../../../src/core/state';
import type { NoticeCode, RefusalCode } from '../../../src/core/state';
import { describeCatalog } from '../../support/catalog';

// Every code the state module can return; the `satisfies` makes a new code a compile error here.
const REFUSALS = {
  unchanged: 1,
  archived: 1,
  'archive-only-by-archiving': 1,
  'sent-only-by-sending': 1,
  'invalid-transition': 1,
  'invalid-assignee': 1,
  'invalid-class': 1,
  'invalid-due': 1,
  'invalid-archive-ref': 1,
  'invalid-registry': 1,
  'invalid-actor': 1,
  'invalid-time': 1,
  'on-hold': 1,
  'invalid-hold': 1,
  'invalid-disposable': 1,
  'invalid-evidence': 1,
  'invalid-recipient': 1,
  'invalid-reason': 1,
  'unknown-action': 1,
} satisfies Record<RefusalCode, 1>;
const NOTICES = { 'archive-worthy-not-archived': 1, 'not-assigned': 1 } satisfies Record<
  NoticeCode,
  1
>;

describeCatalog('state', stateMessages);

describe('state texts', () => {
  it.each(LANGS.map((l) => [l]))(
    'gives every status, field, refusal and notice a text in %s',
    (lang) => {
      const texts = [
        ...STATUSES.map((s) => statusLabel(s, lang)),
        ...STATE_FIELDS.map((f) => fieldLabel(f, lang)),
        ...(Object.keys(REFUSALS) as RefusalCode[]).map((code) =>
          describeRefusal(
            code === 'invalid-transition'
              ? { ok: false, code, params: { from: 'done', to: 'new' } }
              : { ok: false, code },
            lang,
          ),
        ),
        ...(Object.keys(NOTICES) as NoticeCode[]).map((n) => describeNotice(n, lang)),
        dueLabel('2026-04-07', false, lang),
        dueLabel('2026-04-07', true, lang),
      ];
      for (const t of texts) {
        expect(t.trim()).not.toBe('');
        expect(t).not.toMatch(/\{|\}|state\./);
      }
    },
  );

  it('writes the status names as the seeds do', () => {
    expect(STATUSES.map((s) => statusLabel(s, 'nn'))).toEqual([
      'Ny',
      'Under behandling',
      'Ferdig',
      'Sendt til registrator',
      'Arkivert',
    ]);
    expect(STATUSES.map((s) => statusLabel(s, 'sv'))).toEqual([
      'Ny',
      'Under handläggning',
      'Klar',
      'Skickad till registrator',
      'Diarieförd',
    ]);
  });

  it('names the refused move with both statuses in the reader’s language', () => {
    expect(
      describeRefusal(
        { ok: false, code: 'invalid-transition', params: { from: 'done', to: 'new' } },
        'nb',
      ),
    ).toBe('Status kan ikke gå fra «Ferdig» til «Ny».');
  });

  it('shows overdue dates as each language writes dates', () => {
    expect(dueLabel('2026-04-07', true, 'nb')).toBe('Forfalt: svarfrist 07.04.2026');
    expect(dueLabel('2026-04-07', false, 'sv')).toBe('Svara senast 2026-04-07');
  });

  it('keeps category names short, on one line and free of list separators', () => {
    for (const lang of LANGS) {
      for (const key of FIXED_CATEGORIES) {
        const name = fixedCategoryName(key, lang);
        // "Skickad till registrator" is the longest: the status as the seeds name it; the
        // hold names what is going on and what must not happen (R13, in the words).
        expect(name.length).toBeLessThanOrEqual(key === 'hold' ? 48 : 30);
        expect(name).not.toMatch(/[,;\n]/);
      }
    }
  });
});
