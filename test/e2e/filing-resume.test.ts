/**
 * Reload in the middle of filing (issue 11, "How it is judged"): Kari files
 * the building application from Hå kommune's function mailbox; while its
 * third document uploads slowly she reloads the page. Opened again, the
 * pane shows the unfinished filing (what was made, when, by whom) and
 * "Fullfør arkiveringa" finishes it: one case, one record, every document.
 */
import type { FrameLocator } from 'playwright-core';
import { BROWSER_TIMEOUT_MS, describeBrowser, useWorkbench } from '../support/browser';
import { callFrom, openMailboxAs, paneOf } from '../support/workbench-page';

interface NoarkState {
  readonly entities: ReadonlyArray<{
    readonly kind: string;
    readonly fields?: Record<string, unknown>;
  }>;
}

describeBrowser('a filing stopped by a reload is finished from the reopened pane', () => {
  jest.setTimeout(2 * BROWSER_TIMEOUT_MS);
  const current = useWorkbench('Innboks');
  const pane = (): FrameLocator => paneOf(current());

  async function entities(kind: string): Promise<NoarkState['entities']> {
    const state = (await callFrom(current(), 'GET', '/noark5v5/_emulator/state')) as NoarkState;
    return state.entities.filter((e) => e.kind === kind);
  }

  async function openApplication(): Promise<void> {
    await openMailboxAs(current(), /post.*Kari Nordmann/);
    await current()
      .getByRole('button', { name: /løyve til tiltak/ })
      .first()
      .click();
    await current().getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await pane().locator('[data-case-phase="ready"]').waitFor();
  }

  beforeEach(async () => {
    await callFrom(current(), 'POST', '/graph/_emulator/reset');
    await callFrom(current(), 'POST', '/noark5v5/_emulator/reset');
  });

  it('reload, reopen, Fullfør arkiveringa: one case, one record, every document', async () => {
    // The third file takes its time: the page is reloaded while it uploads.
    await callFrom(current(), 'POST', '/noark5v5/_emulator/faults', {
      kind: 'slow',
      delayMs: 8_000,
      method: 'POST',
      path: '/referanseFil',
      skip: 2,
    });
    await openApplication();
    await pane().getByRole('button', { name: 'Lagre i saksarkiv …' }).click();
    const filing = pane().locator('[data-section="filing"]');
    await filing.waitFor();
    await filing.getByRole('button', { name: 'Lagre i saksarkiv', exact: true }).click();
    // Wait until the slow upload has begun: three objects declared, two files there.
    for (let i = 0; i < 300 && (await entities('dokumentobjekt')).length < 3; i++) {
      await current().waitForTimeout(100);
    }
    expect(await entities('saksmappe')).toHaveLength(1);
    expect(await entities('journalpost')).toHaveLength(1);

    await current().reload();
    await current().getByRole('button', { name: 'Innboks' }).waitFor();
    await openApplication();

    // The reopened pane shows what was made, when and by whom, and offers to finish.
    const unfinished = pane().locator('[data-filing="unfinished"]');
    await unfinished.waitFor();
    const text = await unfinished.innerText();
    expect(text).toContain('Arkiveringa er ikkje fullført');
    expect(text).toMatch(/kari\.nordmann@ha\.kommune\.no byrja å arkivere e-posten \d/);
    expect(text).toContain('Sak 2026/1 er oppretta.');
    expect(text).toContain('Journalpost 2026/1-1 er oppretta.');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(await pane().getByRole('button', { name: 'Lagre i saksarkiv …' }).count()).toBe(0);

    await pane().getByRole('button', { name: 'Fullfør arkiveringa' }).click();
    // The form is not shown: the journal's choice is what is filed.
    await pane().locator('[data-section="filing"]').waitFor();
    expect(await pane().getByRole('textbox', { name: 'Tittel', exact: true }).count()).toBe(0);
    await pane().locator('[data-filing-phase="done"]').waitFor({ timeout: 120_000 });
    const note = await pane().locator('[data-filing-note]').innerText();
    expect(note).toContain('Arkivert som 2026/1-1 i sak 2026/1');
    expect(note).toMatch(/Arkiveringa som kari\.nordmann@ha\.kommune\.no byrja .* er fullført\./);
    await pane().locator('[data-case-status="archived"]').waitFor();

    expect(await entities('saksmappe')).toHaveLength(1);
    expect(await entities('journalpost')).toHaveLength(1);
    const descriptions = await entities('dokumentbeskrivelse');
    expect(descriptions).toHaveLength(4);
    expect(
      descriptions.map((d) => (d.fields?.['dokumentstatus'] as { kode?: string })?.kode),
    ).toEqual(['F', 'F', 'F', 'F']);
    expect(await entities('dokumentobjekt')).toHaveLength(4);
    // The slow upload of the closed page lands late, onto a file already there: still four
    // once the archive has answered it (a request the reload cut short never reached it).
    await current().waitForFunction(
      async () => {
        const res = await fetch('/noark5v5/_emulator/state');
        const { requests } = (await res.json()) as {
          requests: { fault: string | null; status: number | string }[];
        };
        return requests.every((r) => r.fault !== 'slow' || r.status !== 'dropped');
      },
      undefined,
      { polling: 250 },
    );
    expect(await entities('dokumentobjekt')).toHaveLength(4);
  });
});
