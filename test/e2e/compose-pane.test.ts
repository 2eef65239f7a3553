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

  it('shows six programs attached as one card naming the files, each sentence once', async () => {
    const page = current();
    await page.getByRole('button', { name: 'Ny melding' }).click();
    await page.getByLabel('Til', { exact: true }).fill('ola.innbyggjar@example.net');
    await page.getByLabel('Emne').fill('Program til deg');
    // Windows programs (an MZ and a PE header), six of them, the same problem each.
    const program = Buffer.alloc(256);
    program.set([0x4d, 0x5a, 0x90, 0x00]);
    program[0x3c] = 0x80;
    program.set([0x50, 0x45, 0, 0], 0x80);
    const names = [1, 2, 3, 4, 5, 6].map((i) => `verktoy-${i}.exe`);
    await page
      .locator('#file')
      .setInputFiles(
        names.map((name) => ({ name, mimeType: 'application/octet-stream', buffer: program })),
      );
    await page.getByRole('listitem').filter({ hasText: 'verktoy-6.exe' }).waitFor();
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    const pane = await paneFrame();
    await pane.waitForSelector('[data-decision]');
    const cards = await pane.$$eval('article[data-card]', (all) =>
      all.map((a) => ({
        title: a.querySelector('h3')?.textContent ?? '',
        lines: Array.from(a.querySelectorAll('p')).map((p) => p.textContent ?? ''),
      })),
    );
    const about = cards.filter((c) => names.some((n) => c.lines.join(' ').includes(n)));
    expect(about).toHaveLength(1);
    const card = about[0];
    expect(card?.title).toBe('6 vedlegg');
    const text = card?.lines.join(' ') ?? '';
    expect(text).toContain('Det same gjeld');
    expect(text).toContain('og 2 til');
    for (const n of names.slice(0, 4)) expect(text).toContain(n);
    const sentences = (card?.lines ?? [])
      .flatMap((l) => l.split(/(?<=[.!?])\s+(?=\p{Lu}|\u2068|«)/u))
      .map((x) => x.trim());
    expect(sentences.length).toBe(new Set(sentences).size);
  });
  it('tells how a fix went in the words that came with the result, with a button to dismiss it', async () => {
    const page = current();
    await page.getByRole('button', { name: 'Ny melding' }).click();
    await page.getByLabel('Til', { exact: true }).fill('ola.innbyggjar@example.net');
    await page.getByLabel('Emne').fill('Vedtak for 13097248022 om barnehageplass');
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    const pane = await paneFrame();
    await pane.waitForSelector('[data-decision="block"]');
    await pane.getByRole('button', { name: /Fjern «13097248022» frå emnet/ }).click();
    const notice = pane.locator('[data-notice="notice.removed-from-subject"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('er fjerna frå emnet.');
    await page.waitForFunction(
      () =>
        (document.getElementById('subject') as HTMLInputElement | null)?.value ===
        'Vedtak for om barnehageplass',
    );
    await pane.getByRole('button', { name: 'Lukk meldinga' }).click();
    await notice.waitFor({ state: 'detached' });
  });
});
