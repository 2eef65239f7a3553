/**
 * The case panel's disposal part (R13), server-rendered in every language:
 * the hold with who and when; no deletion and no "remove after filing"
 * reminder while a hold is on; "Slett e-postkopien" only after filing, and
 * for a disposable message only from its day; the mark refused for a
 * message the classifier says must not go.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import type { Document, Element } from '@xmldom/xmldom';
import type { MessageClass } from '../../src/core/classify/classify';
import type { Lang } from '../../src/core/model';
import { LANGS } from '../../src/core/model';
import { formatDue } from '../../src/core/state';
import type { ItemState } from '../../src/core/state';
import { Shell } from '../../src/taskpane/shell/Shell';
import { DisposalSection } from '../../src/taskpane/case/DisposalSection';
import { disposalMessages, td } from '../../src/taskpane/case/disposalMessages';
import { tf } from '../../src/taskpane/filing/messages';
import { describeCatalog } from '../support/catalog';
import { vara } from './read-fixtures';
import { offlineSession } from './offline-session';
import { parseHtml, textOf } from './roles';

describeCatalog('disposal', disposalMessages);

const ANNA = { address: 'anna.andersson@vara.se', name: 'Anna Andersson' };
const NOW = new Date('2026-12-06T13:03:00Z');

function byAttribute(doc: Document, name: string, value?: string): Element | undefined {
  return Array.from(doc.getElementsByTagName('*')).find(
    (e) => e.hasAttribute(name) && (value === undefined || e.getAttribute(name) === value),
  );
}

function render(
  state: ItemState,
  lang: Lang,
  disposal: 'disposable' | 'must-not-dispose' | null = null,
  categories: string[] = [],
  suggestedClass?: MessageClass,
): Document {
  const session = offlineSession({ user: ANNA, profile: vara, lang, now: NOW });
  const element = createElement(DisposalSection, {
    session,
    snapshot: { state, etag: 'W/"1"', categories },
    profile: vara,
    lang,
    disposal,
    ...(suggestedClass ? { suggestedClass } : {}),
    receivedAt: Date.parse('2026-12-01T08:00:00Z'),
    busy: false,
    act: () => undefined,
  });
  return parseHtml(renderToString(createElement(Shell, { theme: 'light', lang }, element)));
}

const action = (doc: Document, name: string): Element | undefined =>
  byAttribute(doc, 'data-disposal', name);

/** An element's own text. */
const txt = (e: Element | undefined): string => e?.textContent ?? '';

const HOLD = { reason: 'access-request' as const, by: ANNA, at: '2026-12-06T13:03:00.000Z' };

describe.each(LANGS)('disposal and holds in %s', (lang) => {
  it('offers the hold and the mark with the profile’s date on a newsletter', () => {
    const doc = render({ status: 'new' }, lang, 'disposable');
    expect(txt(action(doc, 'hold'))).toBe(td(lang, 'disposal.hold'));
    // Vara keeps newsletters 14 days: received 1 December, may go from 15 December.
    expect(txt(action(doc, 'mark'))).toContain(formatDue('2026-12-15', lang));
    expect(action(doc, 'delete')).toBeUndefined();
  });

  it('does not offer the mark on an access request or a threat', () => {
    expect(action(render({ status: 'new' }, lang, 'must-not-dispose'), 'mark')).toBeUndefined();
  });

  it('neither marks nor deletes an unfiled record worth keeping (a klage), until a person chooses another class', () => {
    const klage = render({ status: 'new' }, lang, null, [], 'archive-worthy');
    expect(action(klage, 'mark')).toBeUndefined();
    expect(action(klage, 'hold')).toBeDefined();
    // A mark left by another pane (or before the class was known) deletes nothing unfiled.
    const marked = render(
      { status: 'new', disposableFrom: '2026-12-01' },
      lang,
      null,
      [],
      'archive-worthy',
    );
    expect(action(marked, 'delete')).toBeUndefined();
    expect(action(marked, 'unmark')).toBeDefined();
    const confirmed = render(
      { status: 'new', class: { value: 'archive-worthy', confirmed: true } },
      lang,
      null,
      [],
      'ephemeral',
    );
    expect(action(confirmed, 'mark')).toBeUndefined();
    // A person chose "of no importance": the mark is theirs to set.
    const chosen = render(
      { status: 'new', class: { value: 'ephemeral', confirmed: true } },
      lang,
      null,
      [],
      'archive-worthy',
    );
    expect(action(chosen, 'mark')).toBeDefined();
    // Filed: the mail copy may go.
    const filed = render(
      { status: 'archived', archiveRef: '2026/1-1' },
      lang,
      null,
      [],
      'archive-worthy',
    );
    expect(txt(action(filed, 'delete'))).toBe(td(lang, 'disposal.delete-copy'));
  });

  it('says who placed the hold, and offers neither deletion nor the reminder while it is on', () => {
    const doc = render({ status: 'archived', archiveRef: '2026/1-1', hold: HOLD }, lang);
    expect(txt(action(doc, 'hold-text'))).toContain('Anna Andersson');
    expect(action(doc, 'delete')).toBeUndefined();
    expect(action(doc, 'hold')).toBeUndefined();
    expect(action(doc, 'release')).toBeDefined();
    expect(textOf(doc)).not.toContain(tf(lang, 'filing.remove-reminder'));
  });

  it('does not lift the hold on evidence of a threat, nor delete it once filed', () => {
    const evidence = { ...HOLD, reason: 'evidence' as const };
    const doc = render({ status: 'archived', archiveRef: '2026/1-1', hold: evidence }, lang);
    expect(action(doc, 'release')).toBeUndefined();
    expect(action(doc, 'delete')).toBeUndefined();
    expect(action(doc, 'hold')).toBeUndefined();
  });

  it('treats a hold category set by hand as a hold', () => {
    const doc = render({ status: 'archived' }, lang, null, [
      'Begäran om utlämnande pågår – får inte gallras',
    ]);
    expect(action(doc, 'delete')).toBeUndefined();
  });

  it('turns the reminder into "delete the mail copy" once archived', () => {
    const doc = render({ status: 'archived', archiveRef: '2026/1-1' }, lang);
    expect(textOf(doc)).toContain(tf(lang, 'filing.remove-reminder'));
    expect(txt(action(doc, 'delete'))).toBe(td(lang, 'disposal.delete-copy'));
  });

  it('offers deleting a disposable message only from its day', () => {
    expect(
      action(render({ status: 'new', disposableFrom: '2026-12-07' }, lang), 'delete'),
    ).toBeUndefined();
    const due = render({ status: 'new', disposableFrom: '2026-12-06' }, lang);
    expect(txt(action(due, 'delete'))).toBe(td(lang, 'disposal.delete-message'));
    expect(action(due, 'unmark')).toBeDefined();
  });

  it('does not delete a message with the registrar', () => {
    const doc = render(
      {
        status: 'sent-to-registrar',
        disposableFrom: '2026-12-01',
        sentTo: { address: 'arkivet@vara.se', at: '2026-12-02T08:00:00.000Z' },
      },
      lang,
    );
    expect(action(doc, 'delete')).toBeUndefined();
  });
});
