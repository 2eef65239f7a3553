/**
 * The case panel's parts, server-rendered and queried by role in every
 * language: no "overdue" once the case is done or archived, no hint about
 * saving under a field that cannot change, no "Varsle" for oneself and none
 * while it cannot be sent, and the assignee's heading told apart from the action.
 */
import { createElement } from 'react';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import type { CaseSession } from '../../src/app/case-session';
import type { Lang } from '../../src/core/model';
import { LANGS } from '../../src/core/model';
import type { ItemState, Person } from '../../src/core/state';
import type { ItemSnapshot } from '../../src/services/item-state';
import { Shell } from '../../src/taskpane/shell/Shell';
import { AssigneeSection } from '../../src/taskpane/case/AssigneeSection';
import { DueSection } from '../../src/taskpane/case/DueSection';
import { caseMessages, tc } from '../../src/taskpane/case/messages';
import { ReadPaneView } from '../../src/taskpane/read/ReadPaneView';
import type { ReadView } from '../../src/taskpane/read/readView';
import { ha } from './read-fixtures';
import { allByRole, parseHtml, textOf } from './roles';
import type { Document, Element } from '@xmldom/xmldom';
import { offlineSession } from './offline-session';

/** The first element with this attribute (and value, when given). */
function byAttribute(doc: Document, name: string, value?: string): Element | undefined {
  return Array.from(doc.getElementsByTagName('*')).find(
    (e) => e.hasAttribute(name) && (value === undefined || e.getAttribute(name) === value),
  );
}

const KARI: Person = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };
const PER: Person = { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' };
/** A week after the date the message was due. */
const NOW = new Date('2026-03-10T10:00:00Z');

function render(element: ReactElement, lang: Lang): Document {
  return parseHtml(renderToString(createElement(Shell, { theme: 'light', lang }, element)));
}

function due(item: ItemState, lang: Lang, readOnly = false, disabled = readOnly): Document {
  return render(
    createElement(DueSection, {
      item,
      suggested: '2026-03-03',
      opensOn: '2026-03-01',
      lang,
      now: NOW,
      timeZone: ha.timeZone,
      disabled,
      readOnly,
      act: () => undefined,
    }),
    lang,
  );
}

const overdueLine = (doc: Document): string | null =>
  byAttribute(doc, 'data-case-due')?.getAttribute('data-overdue') ?? null;

describe.each(LANGS)('the answer-by date in %s', (lang) => {
  it('is overdue while the case is open, and not once it is done or archived', () => {
    expect(overdueLine(due({ status: 'in-progress', due: '2026-03-03' }, lang))).toBe('true');
    expect(overdueLine(due({ status: 'done', due: '2026-03-03' }, lang))).toBe('false');
    expect(overdueLine(due({ status: 'archived', due: '2026-03-03' }, lang, true))).toBe('false');
  });

  it('says it is saved when changed only where it can be changed', () => {
    const open = textOf(due({ status: 'new' }, lang));
    expect(open).toContain(tc(lang, 'case.due.suggested'));
    const archived = textOf(due({ status: 'archived', due: '2026-03-03' }, lang, true));
    expect(archived).not.toContain(tc(lang, 'case.due.suggested'));
    expect(archived).not.toContain(tc(lang, 'case.due.flag'));
  });
});

describe.each(LANGS)('the read pane’s own answer-by line in %s', (lang) => {
  const view = {
    class: 'archive-worthy',
    classLabel: 'x',
    reasons: [],
    warnings: [],
    due: { date: '2026-03-03', overdue: true, label: 'Forfallen' },
    disposal: null,
  } as unknown as ReadView;
  const pane = (settled: boolean): Document =>
    render(
      createElement(ReadPaneView, {
        lang,
        organisation: 'Hå kommune',
        state: { status: 'ready', view, error: null },
        onRetry: () => undefined,
        settled,
      }),
      lang,
    );

  it('shows "overdue" while the case is open, and not once it is done or archived', () => {
    expect(byAttribute(pane(false), 'data-due')?.getAttribute('data-overdue')).toBe('true');
    expect(byAttribute(pane(true), 'data-overdue', 'true')).toBeUndefined();
  });
});

function sessionAs(user: Person, assignee: Person | undefined): CaseSession {
  const s = offlineSession({ user, profile: ha, lang: 'nb', now: NOW });
  const snapshot: ItemSnapshot = {
    state: { status: 'in-progress', ...(assignee ? { assignee } : {}) },
    etag: 'W/"1"',
    categories: [],
  };
  s.adopt(snapshot);
  return s;
}

function assignee(user: Person, assigned: Person | undefined, lang: Lang, disabled = false) {
  const session = sessionAs(user, assigned);
  return render(
    createElement(AssigneeSection, {
      session,
      item: session.current.snapshot?.state ?? { status: 'new' },
      lang,
      disabled,
      facts: { subject: 'Søknad', mailboxName: 'Hå kommune – post' },
      act: () => undefined,
    }),
    lang,
  );
}

const notifyButton = (doc: Document): Element | undefined =>
  byAttribute(doc, 'data-case', 'notify');

describe.each(LANGS)('"Varsle" in %s', (lang) => {
  it('is offered for a colleague, and disabled while another action writes', () => {
    const button = notifyButton(assignee(KARI, PER, lang));
    expect(button?.textContent).toBe(tc(lang, 'case.notify.again', { name: 'Per Hansen' }));
    expect(button?.hasAttribute('disabled')).toBe(false);
    expect(notifyButton(assignee(KARI, PER, lang, true))?.hasAttribute('disabled')).toBe(true);
  });

  it('is not offered to oneself after "Tildel meg", nor is "Tildel meg" again', () => {
    const doc = assignee(KARI, { ...KARI, address: KARI.address.toUpperCase() }, lang);
    expect(notifyButton(doc)).toBeUndefined();
    expect(allByRole(doc, 'button', { name: tc(lang, 'case.assignee.me') })).toHaveLength(0);
    expect(allByRole(doc, 'button', { name: tc(lang, 'case.assignee.remove') })).toHaveLength(1);
  });

  it('has the assignee under a heading that is not the action', () => {
    const doc = assignee(KARI, PER, lang);
    const heading = tc(lang, 'case.assignee.heading');
    expect(allByRole(doc, 'heading', { level: 3, name: heading })).toHaveLength(1);
    const action = caseMessages[lang]['case.assignee.label'];
    // "Tildelt til" over "Tildel til" read as one: the heading names the person, not the act.
    const verb = action.split(' ')[0]?.toLowerCase() ?? '';
    expect(heading.toLowerCase()).not.toContain(verb.slice(0, 5));
  });
});
