import { systemClock } from '../../src/services/clock';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describeFinding } from '../../src/core/compose/render';
import { LANGS } from '../../src/core/model';
import type { Lang } from '../../src/core/model';
import { App, loadPane } from '../../src/taskpane/shell/App';
import { Shell } from '../../src/taskpane/shell/Shell';
import { cardText } from '../../src/taskpane/compose/cardText';
import { ComposePaneView } from '../../src/taskpane/compose/ComposePaneView';
import { tCard } from '../../src/taskpane/compose/cardMessages';
import { tCompose } from '../../src/taskpane/compose/composeMessages';
import { loadResults } from '../../src/taskpane/compose/loadResults';
import { tp } from '../../src/taskpane/shell/messages';
import { tRead } from '../../src/taskpane/read/readMessages';
import { planActions } from '../../src/app/compose-plan';
import type { Plan } from '../../src/app/compose-plan';
import type { ComposePort, PaneContext } from '../../src/taskpane/shell/ports';
import { initialState } from '../../src/app/compose-check';
import type { ComposeCheckState } from '../../src/app/compose-check';
import { loadProfile } from '../support/profiles';
import { F, result } from './findings';
import { getByRole, names, parseHtml, textOf } from './roles';

const ha = loadProfile('ha-kommune');
const plan: Plan = planActions(
  result([F.subjectId(), F.personal(), F.draft(), F.hint('practice.subject-vague')]),
  ha,
);

function render(element: ReactElement, lang: Lang = 'nb') {
  return parseHtml(renderToString(createElement(Shell, { theme: 'light', lang }, element)));
}

// The panes are chunks of their own: here, as in the pane, they are loaded before the first render;
// so are the words for a result, which come with the compose engine.
beforeAll(() => Promise.all([loadPane('compose'), loadPane('read'), loadResults()]));

/** The compose pane in a state; a plan comes with the engine's sentences, as in the pane. */
function view(state: Partial<ComposeCheckState>, lang: Lang = 'nb') {
  return render(
    createElement(ComposePaneView, {
      lang,
      organisation: 'Hå kommune',
      state: { ...initialState, ...(state.plan ? { describe: describeFinding } : {}), ...state },
      onAction: () => undefined,
      onRecheck: () => undefined,
      onDismissNotice: () => undefined,
    }),
    lang,
  );
}

describe.each(LANGS)('the compose pane in %s', (lang) => {
  // Rendered once the result's words are here (the file's beforeAll).
  let doc: ReturnType<typeof view>;
  beforeAll(() => {
    doc = view({ status: 'ready', plan }, lang);
  });

  it('is a main landmark named Arkivpost, with the organisation under the heading', () => {
    getByRole(doc, 'main', { name: 'Arkivpost' });
    getByRole(doc, 'heading', { level: 1, name: 'Arkivpost' });
    expect(textOf(doc)).toContain(tp(lang, 'pane.profile', { name: 'Hå kommune' }));
  });

  it('says the decision in words', () => {
    expect(textOf(doc)).toContain(tCompose(lang, 'decision.block.title'));
    expect(textOf(doc)).toContain(tCompose(lang, 'decision.block.body'));
  });

  it('has a heading per group, with how many points it holds', () => {
    const heading = (key: 'group.block' | 'group.warn' | 'group.info', count: number): string =>
      tCard(lang, 'group.heading', { title: tCard(lang, key), count });
    expect(names(doc, 'heading', { level: 2 })).toEqual([
      heading('group.block', 1),
      heading('group.warn', 2),
      heading('group.info', 1),
    ]);
    expect(names(doc, 'region')).toEqual(names(doc, 'heading', { level: 2 }));
  });

  it('shows each point as an article named by its heading, in a list', () => {
    const titles = plan.groups.flatMap((g) =>
      g.cards.map((c) => cardText(c, lang, describeFinding).title),
    );
    expect(names(doc, 'heading', { level: 3 })).toEqual(titles);
    expect(names(doc, 'article')).toEqual(titles);
    expect(names(doc, 'listitem')).toHaveLength(titles.length);
  });

  it('offers the fixes as buttons, grouped under "what you can do"', () => {
    const removeId = getByRole(doc, 'button', {
      name: tCard(lang, 'action.remove-from-subject', { text: '13097248022' }),
    });
    const removeDraft = getByRole(doc, 'button', {
      // The name is isolated (FSI … PDI), as every name the pane shows.
      name: tCard(lang, 'action.remove-attachment', { name: '\u2068vedtak.docx\u2069' }),
    });
    for (const b of [removeId, removeDraft]) {
      expect(b.tagName.toLowerCase()).toBe('button');
      expect(b.getAttribute('type')).toBe('button');
      expect(b.hasAttribute('disabled')).toBe(false);
      expect(b.getAttribute('aria-disabled')).not.toBe('true');
    }
    expect(names(doc, 'group', { name: tCard(lang, 'card.actions') })).toHaveLength(2);
    getByRole(doc, 'button', { name: tCompose(lang, 'button.recheck') });
  });

  it("tells each finding in the send check's own words", () => {
    for (const f of plan.groups.flatMap((g) => g.cards.flatMap((c) => c.findings))) {
      expect(textOf(doc)).toContain(describeFinding(f, lang));
    }
  });

  it('tells how to send from the function mailbox', () => {
    expect(textOf(doc)).toContain(tCard(lang, 'advice.mailbox', { mailbox: 'post@ha.kommune.no' }));
  });

  it('asks for a message in read mode when none is selected, not a crash', () => {
    const ctx: PaneContext = {
      mode: 'read',
      lang,
      profile: ha,
      clock: systemClock,
      read: null,
      case: null,
    };
    const read = render(createElement(App, { ctx }), lang);
    getByRole(read, 'main', { name: 'Arkivpost' });
    expect(textOf(read)).toContain(tRead(lang, 'read.no-item'));
  });
});

describe('the compose pane while it works', () => {
  it('shows a labelled spinner until the first check is done', () => {
    const doc = view({ status: 'checking', running: true });
    expect(textOf(doc)).toContain('Sjekker meldingen …');
    expect(names(doc, 'heading', { level: 2 })).toEqual([]);
    expect(getByRole(doc, 'main').getAttribute('aria-busy')).toBe('true');
  });

  it('says when Outlook could not be read, with Office’s error code and nothing else of it', () => {
    const doc = view({ status: 'error', error: '9002' }, 'nn');
    expect(textOf(doc)).toContain('Kunne ikkje sjekke meldinga');
    expect(textOf(doc)).toContain('Outlook svarte ikkje som venta (feilkode 9002).');
    const none = view({ status: 'error', error: '' }, 'sv');
    expect(textOf(none)).toContain('Outlook svarade inte som väntat. Försök igen om en stund.');
    expect(textOf(none)).not.toContain('()');
  });

  it.each(LANGS)(
    'claims no verdict in %s for a draft changed since it was checked: "checking", the last cards stay',
    (lang) => {
      const changed = view({ status: 'checking', plan, current: false, running: true }, lang);
      expect(
        Array.from(changed.getElementsByTagName('*')).filter((e) =>
          e.hasAttribute('data-decision'),
        ),
      ).toEqual([]);
      expect(textOf(changed)).toContain(tp(lang, 'status.checking'));
      expect(textOf(changed)).not.toContain(tCompose(lang, 'decision.block.title'));
      expect(names(changed, 'article').length).toBeGreaterThan(0);
      const allowed = view(
        { status: 'checking', plan: { decision: 'allow', groups: [] }, current: false },
        lang,
      );
      expect(textOf(allowed)).not.toContain(tCompose(lang, 'decision.allow.title'));
      expect(textOf(allowed)).toContain(tp(lang, 'status.checking'));
    },
  );

  it('keeps buttons focusable but inactive while a fix is being made', () => {
    const doc = view({ status: 'ready', plan, busy: 'x#cut' });
    const b = getByRole(doc, 'button', { name: 'Fjern «13097248022» fra emnet' });
    expect(b.getAttribute('aria-disabled')).toBe('true');
    expect(b.hasAttribute('disabled')).toBe(false);
  });

  it('shows the outcome of a fix with a button to dismiss it', () => {
    const doc = view(
      {
        status: 'ready',
        plan,
        notice: { tone: 'success', key: 'notice.attachment-removed', params: { name: 'a.pdf' } },
      },
      'sv',
    );
    expect(textOf(doc)).toContain('Bilagan ”a.pdf” har tagits bort.');
    getByRole(doc, 'button', { name: 'Stäng meddelandet' });
  });

  it('says the message is ready to send when nothing was found', () => {
    const doc = view({ status: 'ready', plan: { decision: 'allow', groups: [] } }, 'en');
    expect(textOf(doc)).toContain('Ready to send');
    expect(names(doc, 'article')).toEqual([]);
  });

  it('marks hints as secondary', () => {
    const doc = view({ status: 'ready', plan });
    const hints = Array.from(doc.getElementsByTagName('article')).filter(
      (a) => a.getAttribute('data-severity') === 'info',
    );
    expect(hints).toHaveLength(1);
  });
});

describe('the pane for a message being written, before any check', () => {
  it('renders without touching the message (checks start only once mounted)', () => {
    const untouched = (): never => {
      throw new Error('the port was used during render');
    };
    const compose: ComposePort = {
      snapshot: untouched,
      onChange: untouched,
      getSubject: untouched,
      setSubject: untouched,
      removeAttachment: untouched,
    };
    const doc = render(
      createElement(App, {
        ctx: { mode: 'compose', lang: 'sv', profile: ha, clock: systemClock, compose },
      }),
      'sv',
    );
    getByRole(doc, 'main', { name: 'Arkivpost' });
    expect(textOf(doc)).toContain('Kontrollerar meddelandet …');
  });

  it.each(['light', 'dark', 'high-contrast'] as const)('renders in the %s theme', (theme) => {
    const html = renderToString(
      createElement(Shell, { theme, lang: 'nb' }, createElement('p', null, 'x')),
    );
    expect(html).toContain('lang="nb"');
  });
});

describe('layering', () => {
  const dir = join(__dirname, '..', '..', 'src', 'taskpane');
  const files = readdirSync(dir).filter((f) => /\.tsx?$/.test(f));

  it.each(files)('%s does not touch the Office global', (file) => {
    const code = readFileSync(join(dir, file), 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '');
    expect(code).not.toMatch(/\bOffice\s*\./);
  });

  it('only the entry reaches the host adapters', () => {
    const reaching = files.filter((f) =>
      /from '\.\.\/host\//.test(readFileSync(join(dir, f), 'utf8')),
    );
    expect(reaching).toEqual(['index.tsx']);
  });
});
