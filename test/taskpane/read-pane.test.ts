/**
 * The read pane (issue 4, "The pane"): server-rendered and queried by role,
 * in every language; and its state (useReadCheck's runReadCheck) against
 * ports that answer, fail or are missing.
 */
import { createElement } from 'react';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import type { Classification } from '../../src/core/classify/classify';
import { LANGS } from '../../src/core/model';
import type { Lang } from '../../src/core/model';
import { systemClock } from '../../src/services/clock';
import { App } from '../../src/taskpane/shell/App';
import { Shell } from '../../src/taskpane/shell/Shell';
import { tp } from '../../src/taskpane/shell/messages';
import { tRead } from '../../src/taskpane/read/readMessages';
import type { ReadPort } from '../../src/taskpane/shell/ports';
import { CaseUnconfigured } from '../../src/taskpane/read/CaseUnconfigured';
import { ReadPaneView } from '../../src/taskpane/read/ReadPaneView';
import { readView } from '../../src/taskpane/read/readView';
import { READ_BUDGET_MS } from '../../src/core/compose/limits';
import {
  LOADING,
  NO_ITEM,
  paneClassifyOptions,
  runReadCheck,
} from '../../src/taskpane/read/useReadCheck';
import type { ReadCheckState } from '../../src/taskpane/read/useReadCheck';
import {
  busyClock,
  ha,
  hostileAttachmentMessage,
  sampleMessage,
  vara,
  warningCases,
} from './read-fixtures';
import { allByRole, getByRole, names, parseHtml, textOf } from './roles';

function render(element: ReactElement, lang: Lang) {
  return parseHtml(renderToString(createElement(Shell, { theme: 'light', lang }, element)));
}

function view(state: ReadCheckState, lang: Lang) {
  return render(
    createElement(ReadPaneView, {
      lang,
      organisation: 'Hå kommune',
      state,
      onRetry: () => undefined,
    }),
    lang,
  );
}

let cases: Awaited<ReturnType<typeof warningCases>>;
beforeAll(async () => {
  cases = await warningCases();
});

describe.each(LANGS)('the read pane in %s', (lang) => {
  // A threat in a citizen's message with a national id and an .exe, two weeks after its due date.
  const now = new Date('2026-03-23T10:00:00Z');
  let all: Classification;
  let doc: ReturnType<typeof view>;
  beforeAll(() => {
    all = {
      ...cases.threat,
      findings: [...cases.threat.findings, ...cases.sensitive.findings, ...cases.risky.findings],
    };
    doc = view(
      { status: 'ready', view: readView(all, lang, now, ha.timeZone, 'NO'), error: null },
      lang,
    );
  });

  it('is a main landmark named Arkivpost, with the organisation under the heading', () => {
    getByRole(doc, 'main', { name: 'Arkivpost' });
    getByRole(doc, 'heading', { level: 1, name: 'Arkivpost' });
    expect(textOf(doc)).toContain(tp(lang, 'pane.profile', { name: 'Hå kommune' }));
  });

  it('has the warnings first, then the assessment, each a region named by its heading', () => {
    const h2 = [
      tRead(lang, 'read.warnings.heading', { count: 3 }),
      tRead(lang, 'read.class.heading'),
    ];
    expect(names(doc, 'heading', { level: 2 })).toEqual(h2);
    expect(names(doc, 'region')).toEqual(h2);
  });

  it('shows each warning as an article named by its heading, with what to do', () => {
    const titles = [
      tRead(lang, 'read.warning.threat.title'),
      tRead(lang, 'read.warning.sensitive.title'),
      tRead(lang, 'read.warning.attachment.title'),
    ];
    expect(names(doc, 'article')).toEqual(titles);
    const text = textOf(doc);
    expect(text).toContain(tRead(lang, 'read.warning.threat.advice'));
    expect(text).toContain(tRead(lang, 'read.warning.threat.police.NO'));
    expect(text).toContain(tRead(lang, 'read.warning.sensitive.advice'));
    expect(text).toContain(tRead(lang, 'read.warning.attachment.advice'));
    expect(names(doc, 'list', { name: tRead(lang, 'read.warning.found') })).toHaveLength(3);
  });

  it('names the class with its reasons as a list', () => {
    const v = readView(all, lang, now, ha.timeZone, 'NO');
    getByRole(doc, 'heading', { level: 3, name: v.classLabel });
    const reasons = getByRole(doc, 'list', { name: tRead(lang, 'read.reasons') });
    expect(allByRole(doc, 'listitem', {}, reasons).map((li) => li.textContent)).toEqual(v.reasons);
  });

  it('says the answer-by date is overdue, and that the message must not be deleted', () => {
    const v = readView(all, lang, now, ha.timeZone, 'NO');
    expect(v.due?.overdue).toBe(true);
    expect(textOf(doc)).toContain(v.due?.label ?? '-');
    expect(textOf(doc)).toContain(v.disposal?.text ?? '-');
  });

  it('puts the case-handling panel under the assessment, and says when sign-in is not set up', () => {
    const withPanel = render(
      createElement(ReadPaneView, {
        lang,
        organisation: 'Hå kommune',
        state: { status: 'ready', view: readView(all, lang, now, ha.timeZone, 'NO'), error: null },
        onRetry: () => undefined,
        casePanel: () => createElement(CaseUnconfigured, { lang }),
      }),
      lang,
    );
    const sections = Array.from(withPanel.getElementsByTagName('section'))
      .map((e) => e.getAttribute('data-section'))
      .filter((s) => s !== null && s !== '');
    expect(sections).toEqual(['warnings', 'class', 'case']);
    expect(textOf(withPanel)).toContain(tRead(lang, 'read.case.unconfigured'));
    // No buttons that do nothing: without sign-in there is nothing to press.
    expect(allByRole(withPanel, 'button')).toEqual([]);
  });

  it('shows a labelled spinner while the message is read', () => {
    const loading = view(LOADING, lang);
    expect(textOf(loading)).toContain(tp(lang, 'read.loading'));
    expect(getByRole(loading, 'main').getAttribute('aria-busy')).toBe('true');
    expect(names(loading, 'heading', { level: 2 })).toEqual([]);
  });

  it('asks for a message when none is selected', () => {
    expect(textOf(view(NO_ITEM, lang))).toContain(tRead(lang, 'read.no-item'));
  });

  it('says in words when the message could not be read, with a button to try again', () => {
    const failed = view(
      { status: 'error', view: null, error: tRead(lang, 'read.error.code', { code: 9002 }) },
      lang,
    );
    expect(textOf(failed)).toContain(tRead(lang, 'read.error.title'));
    expect(textOf(failed)).toContain(tRead(lang, 'read.error.code', { code: 9002 }));
    getByRole(failed, 'button', { name: tRead(lang, 'read.retry') });
  });

  it('shows what it did not inspect as a warning naming the attachment, with what to do (issue 10)', () => {
    const v = readView(cases.uninspected, lang, now, ha.timeZone, 'NO');
    const doc2 = view({ status: 'ready', view: v, error: null }, lang);
    expect(names(doc2, 'article')).toEqual([
      tRead(lang, 'read.warning.sensitive.title'),
      tRead(lang, 'read.warning.attachment.title'),
      tRead(lang, 'read.warning.uninspected.title'),
    ]);
    const detail = v.warnings.find((w) => w.kind === 'uninspected')?.details[0] ?? '-';
    expect(detail).toContain('\u2068side.html\u2069');
    const text = textOf(doc2);
    expect(text).toContain(detail);
    expect(text).toContain(tRead(lang, 'read.warning.uninspected.advice'));
  });

  it('says nothing of warnings for an ordinary message', () => {
    const plain = view(
      {
        status: 'ready',
        view: readView({ ...cases.threat, findings: [] }, lang, now, ha.timeZone, 'NO'),
        error: null,
      },
      lang,
    );
    expect(names(plain, 'heading', { level: 2 })).toEqual([tRead(lang, 'read.class.heading')]);
    expect(names(plain, 'article')).toEqual([]);
  });
});

describe('the read pane before the message is read', () => {
  it('renders a spinner without touching the port (reading starts once mounted)', () => {
    const used = (): never => {
      throw new Error('the port was used during render');
    };
    const read: ReadPort = { message: used, address: used, user: used };
    const doc = render(
      createElement(App, {
        ctx: { mode: 'read', lang: 'nn', profile: ha, clock: systemClock, read, case: null },
      }),
      'nn',
    );
    expect(textOf(doc)).toContain(tp('nn', 'read.loading'));
  });
});

describe('reading and classifying the message (runReadCheck)', () => {
  const portFor = (file: string): ReadPort => ({
    message: () => sampleMessage(file),
    address: () => Promise.resolve(null),
    user: () => null,
  });

  it.each([
    ['before', '2026-03-05T10:00:00Z', false],
    ['after', '2026-03-10T10:00:00Z', true],
  ] as const)(
    'classifies a threat with core’s engine, overdue only %s its due date',
    async (_when, now, overdue) => {
      const state = await runReadCheck(portFor('ha-kommune/post/04-byggesaka-mi.eml'), ha, 'nn', {
        clock: { now: () => new Date(now) },
      });
      expect(state.status).toBe('ready');
      expect(state.view?.class).toBe('archive-worthy');
      expect(state.view?.warnings.map((w) => w.kind)).toEqual(['threat']);
      expect(state.view?.due).toMatchObject({ date: '2026-03-09', overdue });
      expect(state.view?.disposal?.kind).toBe('must-not-dispose');
    },
  );

  it('uses the organisation’s country for where to report a threat', async () => {
    const state = await runReadCheck(
      portFor('vara-kommun/vara.kommun/03-sista-varningen.eml'),
      vara,
      'sv',
      { clock: systemClock },
    );
    const threat = state.view?.warnings.find((w) => w.kind === 'threat');
    expect(threat?.advice.join(' ')).toContain('polisen.se');
  });

  it('marks a newsletter as disposable, without a due date', async () => {
    const state = await runReadCheck(
      portFor('ha-kommune/kari.nordmann/02-nyhendebrev.eml'),
      ha,
      'nb',
      { clock: systemClock },
    );
    expect(state.view).toMatchObject({ class: 'ephemeral', due: null });
    expect(state.view?.disposal?.kind).toBe('disposable');
  });

  it('classifies within the pane’s time: a hostile page past it is named, the rest still found (issue 10)', async () => {
    const port: ReadPort = {
      message: () => Promise.resolve(hostileAttachmentMessage()),
      address: () => Promise.resolve(null),
      user: () => null,
    };
    const state = await runReadCheck(port, ha, 'nn', { clock: busyClock() });
    expect(state.status).toBe('ready');
    expect(state.view?.warnings.map((w) => w.kind)).toEqual([
      'sensitive',
      'risky-attachment',
      'uninspected',
    ]);
    expect(state.view?.warnings[2]?.details).toEqual([
      'Vedlegget «\u2068side.html\u2069» blei ikkje kontrollert: tida gjekk ut.',
    ]);
  });

  it('reads the same message whole on a clock that stands still', async () => {
    const port: ReadPort = {
      message: () => Promise.resolve(hostileAttachmentMessage()),
      address: () => Promise.resolve(null),
      user: () => null,
    };
    const state = await runReadCheck(port, ha, 'nn', {
      clock: { now: () => new Date('2026-03-02T09:00:00Z') },
    });
    expect(state.view?.warnings.map((w) => w.kind)).toEqual(['sensitive', 'risky-attachment']);
  });

  it('gives the pane a few seconds and hands control back to the browser as a macrotask', async () => {
    const options = paneClassifyOptions({ now: () => new Date(0) });
    expect(options.budgetMs).toBe(READ_BUDGET_MS);
    expect(READ_BUDGET_MS).toBeGreaterThanOrEqual(2000);
    expect(READ_BUDGET_MS).toBeLessThanOrEqual(5000);
    expect(options.clock?.now().getTime()).toBe(0);
    let timerRan = false;
    setTimeout(() => {
      timerRan = true;
    }, 0);
    await options.yield?.();
    expect(timerRan).toBe(true);
  });

  it('says there is no message when there is no port', async () => {
    expect(await runReadCheck(null, ha, 'nb', { clock: systemClock })).toEqual(NO_ITEM);
  });

  it.each(LANGS)('turns an Outlook error into a sentence with its code in %s', async (lang) => {
    const failing: ReadPort = {
      address: () => Promise.resolve(null),
      user: () => null,
      message: () =>
        Promise.reject(
          Object.assign(new Error('body.getAsync: InternalServerError'), { code: 9002 }),
        ),
    };
    const state = await runReadCheck(failing, ha, lang, { clock: systemClock });
    expect(state).toEqual({
      status: 'error',
      view: null,
      error: tRead(lang, 'read.error.code', { code: 9002 }),
    });
  });

  it('never shows an exception’s own text or stack', async () => {
    const crash = new TypeError("Cannot read properties of undefined (reading 'x')");
    const state = await runReadCheck(
      {
        message: () => Promise.reject(crash),
        address: () => Promise.resolve(null),
        user: () => null,
      },
      ha,
      'en',
      { clock: systemClock },
    );
    expect(state.error).toBe(tRead('en', 'read.error.body'));
    const failingCheck = await runReadCheck(
      portFor('ha-kommune/post/01-barnehageplass.eml'),
      ha,
      'sv',
      {
        clock: systemClock,
        check: () => Promise.reject(crash),
      },
    );
    expect(failingCheck.error).toBe(tRead('sv', 'read.error.body'));
  });
});
