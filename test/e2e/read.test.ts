/**
 * The read pane through the workbench: the real task pane in read mode over
 * the emulated Office.js, classifying the message the user has open.
 */
import type { FrameLocator } from 'playwright-core';
import { describeBrowser, useWorkbench } from '../support/browser';

describeBrowser('reading mail in the workbench', () => {
  const current = useWorkbench('Innboks');

  function pane(): FrameLocator {
    return current().frameLocator('iframe[title="Arkivpost-panel"]');
  }

  async function open(subject: RegExp): Promise<void> {
    await current().getByRole('button', { name: subject }).click();
    await current().getByRole('button', { name: 'Arkivpost', exact: true }).click();
  }

  it('classifies a citizen’s request with ID numbers as archive-worthy, warns, and gives the answer-by date', async () => {
    await open(/startlån/);
    await pane().getByRole('heading', { name: 'Arkivverdig' }).waitFor();
    const text = (await pane().locator('body').textContent()) ?? '';
    expect(text).toContain('Ikkje vidaresend eller svar på e-posten');
    expect(text).toContain('130972*****');
    expect(text).not.toContain('13097248022');
    // The sample arrived in the past: its answer-by date has passed.
    expect(text).toMatch(/Forfallen: svarfrist \d/);
  });

  it('tells how to report a threat to the police', async () => {
    await open(/Byggesaka mi/);
    await pane().getByRole('heading', { name: 'Arkivverdig' }).waitFor();
    const text = (await pane().locator('body').textContent()) ?? '';
    expect(text).toContain('politiet.no');
  });

  it('marks a newsletter in a personal mailbox as of little importance', async () => {
    await current()
      .getByRole('combobox', { name: 'Postkasse', exact: true })
      .selectOption('ha-kari');
    await open(/Nyhende|nyhende/i);
    await pane().getByRole('heading', { name: 'Utan betydning for saksbehandlinga' }).waitFor();
  });
});
