/**
 * R11's section of the case panel, server-rendered in every language: for a
 * message flagged as a threat both actions are offered, with the police and
 * the profile's security contact; for any other message only a quiet
 * question that opens it; what was done is shown by whom and when, and
 * neither action is offered again.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import type { Document } from '@xmldom/xmldom';
import { LANGS } from '../../src/core/model';
import type { Lang } from '../../src/core/model';
import type { Profile } from '../../src/core/profile/types';
import type { ItemState, Person } from '../../src/core/state';
import { ThreatSection } from '../../src/taskpane/case/ThreatSection';
import { tt } from '../../src/taskpane/case/threatMessages';
import { Shell } from '../../src/taskpane/shell/Shell';
import { vara } from './read-fixtures';
import { names, parseHtml, textOf } from './roles';
import { offlineSession } from './offline-session';

const ANNA: Person = { address: 'anna.andersson@vara.se', name: 'Anna Andersson' };
const LARS = 'lars.svensson@vara.se';
const NOW = new Date('2026-11-23T09:30:00Z');
const SHA = 'a'.repeat(64);

function render(item: ItemState, lang: Lang, flagged: boolean, profile: Profile = vara): Document {
  const session = offlineSession({ user: ANNA, profile, lang, now: NOW });
  return parseHtml(
    renderToString(
      createElement(
        Shell,
        { theme: 'light', lang },
        createElement(ThreatSection, { session, item, lang, flagged, busy: false }),
      ),
    ),
  );
}

const buttons = (doc: Document): string[] => names(doc, 'button');

describe.each(LANGS)('the threat section in %s', (lang) => {
  it('offers both actions for a flagged message, with the security contact (the warning above names the police)', () => {
    const doc = render({ status: 'new' }, lang, true);
    expect(buttons(doc)).toEqual([
      tt(lang, 'threat.keep.button'),
      tt(lang, 'threat.notify.button'),
    ]);
    const text = textOf(doc);
    // The read pane's threat warning already says it, a few lines above: not twice.
    expect(text).not.toContain('polisen.se');
    expect(text).toContain(
      `${tt(lang, 'threat.contact.heading')}: Säkerhetssamordnare i Vara kommun`,
    );
    expect(text).toContain(tt(lang, 'threat.contact.phone', { phone: '+46 512 310 00' }));
  });

  it('offers only a quiet question for a message not flagged', () => {
    expect(buttons(render({ status: 'new' }, lang, false))).toEqual([tt(lang, 'threat.open')]);
  });

  it('names the contact on the button when the contact gets every notice', () => {
    const profile: Profile = {
      ...vara,
      securityContact: { name: 'Säkerhet', address: 'sakerhet@vara.se', receivesNotice: true },
    };
    expect(buttons(render({ status: 'new' }, lang, true, profile))).toContain(
      tt(lang, 'threat.notify.button.contact', { name: 'Säkerhet' }),
    );
  });

  it('shows what was done, by whom and when, and offers neither action again', () => {
    const at = '2026-11-23T09:00:00.000Z';
    const doc = render(
      {
        status: 'new',
        evidence: { by: ANNA, at, sha256: SHA },
        hold: { by: ANNA, at, reason: 'evidence' },
        notified: { by: ANNA, at, to: LARS },
      },
      lang,
      // Not flagged: what was recorded keeps the section open.
      false,
    );
    expect(buttons(doc)).toEqual([]);
    const text = textOf(doc);
    expect(text).toContain(SHA);
    expect(text).toContain(LARS);
    expect(text).toContain('Anna Andersson');
    // Not flagged, no warning above: the section itself names the police.
    expect(text).toContain('polisen.se');
    // The time as the language writes it, never the raw instant.
    expect(text).not.toContain(at);
    expect(text).toMatch(/23/);
  });
});
