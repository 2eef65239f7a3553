/**
 * The compose pane while the user writes, in the workbench: the real pane
 * over the emulated Office.js, in headless Chromium. The pane never claims
 * a verdict for a draft it has not checked (issue 12: "Klar til å sendast"
 * beside a Smart Alert that stopped the send).
 */
import type { Frame } from 'playwright-core';
import { describeBrowser, useWorkbench } from '../support/browser';

describeBrowser('the compose pane while the user writes', () => {
  const current = useWorkbench('Innboks');

  async function paneFrame(): Promise<Frame> {
    const page = current();
    for (let i = 0; i < 200; i++) {
      const frame = page.frames().find((f) => f.url().includes('taskpane.html'));
      if (frame) return frame;
      await page.waitForTimeout(50);
    }
    throw new Error('the pane did not open');
  }

  it('says "checking" from the moment it sees the change until the new draft is checked, never the old verdict', async () => {
    const page = current();
    await page.getByRole('button', { name: 'Ny melding' }).click();
    await page.getByLabel('Til', { exact: true }).fill('ola.innbyggjar@example.net');
    await page.getByLabel('Emne').fill('Møte om barnehageplass');
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    const pane = await paneFrame();
    await pane.waitForSelector('[data-decision]');
    const before = await pane.getAttribute('[data-decision]', 'data-decision');
    expect(before).not.toBe('block');

    // Every state the banner goes through, as the pane renders it.
    await pane.evaluate(() => {
      const w = window as unknown as { seen: string[] };
      const now = (): string =>
        document.querySelector('[data-decision]')?.getAttribute('data-decision') ?? 'checking';
      w.seen = [now()];
      new MutationObserver(() => {
        const s = now();
        if (w.seen[w.seen.length - 1] !== s) w.seen.push(s);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });

    await page.getByLabel('Emne').fill('Vedtak for 13097248022 om barnehageplass');
    await pane.waitForSelector('[data-decision="block"]');
    const seen = await pane.evaluate(() => (window as unknown as { seen: string[] }).seen);
    // From the old verdict to the new one only through "checking".
    expect(seen[0]).toBe(before);
    expect(seen.slice(1)).toEqual(['checking', 'block']);
  });
});
