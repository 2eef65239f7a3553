/**
 * The compose pane's words for a result come with the engine (loadResults):
 * until they are here the pane claims no verdict and shows no cards, then
 * shows both. This file loads them itself, after its first render.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { initialState } from '../../src/app/compose-check';
import { planActions } from '../../src/app/compose-plan';
import { describeFinding } from '../../src/core/compose/render';
import { ComposePaneView } from '../../src/taskpane/compose/ComposePaneView';
import { tCompose } from '../../src/taskpane/compose/composeMessages';
import { loadResults, results } from '../../src/taskpane/compose/loadResults';
import { tp } from '../../src/taskpane/shell/messages';
import { Shell } from '../../src/taskpane/shell/Shell';
import { loadProfile } from '../support/profiles';
import { F, result } from './findings';
import { names, parseHtml, textOf } from './roles';

const plan = planActions(result([F.subjectId(), F.draft()]), loadProfile('ha-kommune'));

function view() {
  return parseHtml(
    renderToString(
      createElement(
        Shell,
        { theme: 'light', lang: 'sv' },
        createElement(ComposePaneView, {
          lang: 'sv',
          organisation: 'Hå kommune',
          state: {
            ...initialState,
            status: 'ready',
            current: true,
            plan,
            describe: describeFinding,
          },
          onAction: () => undefined,
          onRecheck: () => undefined,
          onDismissNotice: () => undefined,
        }),
      ),
    ),
  );
}

describe("the compose pane's words for a result", () => {
  it('are not there before they are fetched: "checking", no verdict, no cards; then both', async () => {
    expect(results()).toBeNull();
    const before = view();
    expect(textOf(before)).toContain(tp('sv', 'status.checking'));
    expect(textOf(before)).not.toContain(tCompose('sv', 'decision.block.title'));
    expect(names(before, 'article')).toEqual([]);

    const [first, second] = await Promise.all([loadResults(), loadResults()]);
    expect(second).toBe(first);
    expect(results()).toBe(first);
    const after = view();
    expect(textOf(after)).toContain(tCompose('sv', 'decision.block.title'));
    expect(names(after, 'article').length).toBe(2);
  });
});
