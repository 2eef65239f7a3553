/**
 * Disposal and holds through the workbench (issue 14, R13, "How it is
 * judged"): in Swedish, Vara kommun's newsletter is marked "Får gallras"
 * and, held by "Begäran om utlämnande pågår – får inte gallras", cannot be
 * deleted from the pane; in nynorsk, Hå kommune's building application,
 * filed into the Noark 5 archive, has its mail copy deleted only after a
 * confirmation — first refused because Per Hansen placed a hold from his own
 * pane, then, the hold lifted, moved to Deleted Items.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { describeBrowser, useWorkbench } from '../support/browser';
import { callFrom, paneOf } from '../support/workbench-page';

interface EmulatorState {
  readonly mailboxes: ReadonlyArray<{
    readonly address: string;
    readonly messages: ReadonlyArray<{
      readonly folder: string;
      readonly subject?: string;
      readonly categories?: readonly string[];
    }>;
  }>;
}

describeBrowser('disposal and holds in the read pane', () => {
  const current = useWorkbench('Innboks');

  /** Open a mailbox as a user (`mailbox/user`) and a message in it, with the pane. */
  async function open(page: Page, mailbox: string, subject: RegExp): Promise<FrameLocator> {
    await page.goto(new URL(`?mailbox=${encodeURIComponent(mailbox)}`, page.url()).href);
    await page.getByRole('button', { name: subject }).first().click();
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    const pane = paneOf(page);
    await pane.locator('[data-case-phase="ready"]').waitFor();
    return pane;
  }

  async function folderOf(mailbox: string, subject: RegExp): Promise<string[]> {
    const state = (await callFrom(current(), 'GET', '/graph/_emulator/state')) as EmulatorState;
    const mb = state.mailboxes.find((m) => m.address === mailbox);
    return (mb?.messages ?? []).filter((m) => subject.test(m.subject ?? '')).map((m) => m.folder);
  }

  beforeEach(async () => {
    await callFrom(current(), 'POST', '/graph/_emulator/reset');
    await callFrom(current(), 'POST', '/noark5v5/_emulator/reset');
  });

  it('in Swedish: a newsletter is marked "Får gallras"; held, it cannot be deleted from the pane', async () => {
    const pane = await open(current(), 'vara.kommun@vara.se/anna.andersson@vara.se', /Nyhetsbrev/);
    const section = pane.locator('[data-case="disposal"]');
    // Vara keeps newsletters 14 days: it arrived on 4 March 2026.
    const mark = section.getByRole('button', { name: 'Markera ”Får gallras” från 2026-03-18' });
    await mark.click();
    await pane.locator('[data-case="disposal"][data-disposable-from="2026-03-18"]').waitFor();
    await section.getByText('Får gallras från 2026-03-18.').waitFor();
    // Its day has come: it may go, after a confirmation.
    const remove = section.getByRole('button', { name: 'Ta bort meddelandet', exact: true });
    await remove.waitFor();

    await section
      .getByRole('button', { name: 'Begäran om utlämnande pågår – får inte gallras' })
      .click();
    await pane.locator('[data-case="disposal"][data-hold="access-request"]').waitFor();
    await section
      .getByText(
        /^Spärrad mot gallring \(begäran om utlämnande pågår\) av Anna Andersson kl\. \d\d\.\d\d\.$/,
      )
      .waitFor();
    // Held: nothing deletes it, and the mark is not shown as if it could go.
    expect(await remove.count()).toBe(0);
    expect(
      await section.getByRole('button', { name: /^Ta bort (meddelandet|e-postkopian)$/ }).count(),
    ).toBe(0);
    expect(await section.getByText('Får gallras från 2026-03-18.').count()).toBe(0);
    expect(await folderOf('vara.kommun@vara.se', /Nyhetsbrev/)).toEqual(['inbox']);

    // Every Outlook shows it in the message list.
    await current()
      .getByRole('button', { name: /Uppdatera/ })
      .first()
      .click();
    await current().getByText('Begäran om utlämnande pågår – får inte gallras').first().waitFor();

    // Lifted, with who and when; it may go again.
    await section.getByRole('button', { name: 'Häv spärren' }).click();
    await section
      .getByText(/^Spärren mot gallring hävdes av Anna Andersson kl\. \d\d\.\d\d\.$/)
      .waitFor();
    await remove.waitFor();
  });

  it("in nynorsk: a newsletter in a personal mailbox is marked «Kan slettast» from the profile's day, shared as a category", async () => {
    const KARI = 'kari.nordmann@ha.kommune.no';
    const pane = await open(current(), `${KARI}/${KARI}`, /Nyhendebrev/);
    const section = pane.locator('[data-case="disposal"]');
    // Hå keeps newsletters 30 days: it arrived on 3 March 2026, so from 2 April, in nynorsk's date format.
    await section.getByRole('button', { name: 'Merk «Kan slettast» frå 02.04.2026' }).click();
    await pane.locator('[data-case="disposal"][data-disposable-from="2026-04-02"]').waitFor();
    await section.getByText('Kan slettast frå 02.04.2026.').waitFor();
    // The mark is a category every Outlook shows, and nothing was deleted by marking.
    await current()
      .getByRole('button', { name: /Oppdater/ })
      .first()
      .click();
    await current().getByText('Kan slettast', { exact: true }).first().waitFor();
    expect(await folderOf(KARI, /Nyhendebrev/)).toEqual(['inbox']);
  });

  it('in nynorsk: after filing, the mail copy is deleted after a confirmation; a hold from a second pane blocks it until lifted', async () => {
    const kari = current();
    const pane = await open(
      kari,
      'post@ha.kommune.no/kari.nordmann@ha.kommune.no',
      /løyve til tiltak/,
    );
    const section = pane.locator('[data-case="disposal"]');
    // Not filed: no deletion offered.
    expect(await section.getByRole('button', { name: 'Slett e-postkopien' }).count()).toBe(0);

    await pane.getByRole('button', { name: 'Lagre i saksarkiv …' }).click();
    const filing = pane.locator('[data-section="filing"]');
    await filing.getByRole('button', { name: 'Lagre i saksarkiv', exact: true }).click();
    await pane.locator('[data-case-status="archived"]').waitFor();
    // Filed: the mail copy may go (Hå's profile asks for no reminder, the action is there).
    const remove = section.locator('[data-disposal="delete"]');
    await remove.waitFor();
    expect(await remove.innerText()).toBe('Slett e-postkopien');

    // Cancelled: nothing moves.
    await remove.click();
    const dialog = pane.getByRole('alertdialog', { name: 'Slette e-postkopien?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toMatch(
      /arkivert som 2026\/\d+-1\. E-postkopien blir flytta til Sletta element\./,
    );
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await folderOf('post@ha.kommune.no', /løyve til tiltak/)).toEqual(['inbox']);

    // Per, in his own pane, places a hold; Kari's pane has not seen it.
    // A second pane: another browser page, as Per would have his own Outlook.
    const browser = kari.context().browser();
    if (!browser) throw new Error('no browser');
    const per = await browser.newPage({
      ignoreHTTPSErrors: true,
      viewport: { width: 1400, height: 900 },
    });
    per.setDefaultTimeout(45_000);
    await per.goto(kari.url());
    try {
      const perPane = await open(
        per,
        'post@ha.kommune.no/per.hansen@ha.kommune.no',
        /løyve til tiltak/,
      );
      await perPane
        .locator('[data-case="disposal"]')
        .getByRole('button', { name: 'Innsynskrav pågår – må ikkje slettast' })
        .click();
      await perPane.locator('[data-case="disposal"][data-hold="access-request"]').waitFor();

      expect(await section.getAttribute('data-hold')).toBe('');
      await remove.click();
      await dialog.getByRole('button', { name: 'Slett e-postkopien' }).click();
      await section.getByText('Ikkje sletta: meldinga er sperra mot sletting.').waitFor();
      // Kari's pane now shows Per's hold, and no deletion.
      await section
        .getByText(/^Sperra mot sletting \(innsynskrav pågår\) av Per Hansen kl\. \d\d\.\d\d\.$/)
        .waitFor();
      expect(await remove.count()).toBe(0);
      expect(await folderOf('post@ha.kommune.no', /løyve til tiltak/)).toEqual(['inbox']);

      // Per lifts it; Kari deletes the copy, once, for a double click.
      await perPane
        .locator('[data-case="disposal"]')
        .getByRole('button', { name: 'Opphev sperra' })
        .click();
      await perPane.locator('[data-case="disposal"][data-hold=""]').waitFor();
    } finally {
      await per.close();
    }
    await pane.getByRole('button', { name: 'Oppdater' }).first().click();
    await section.getByText(/^Sperra mot sletting blei oppheva av Per Hansen/).waitFor();
    await remove.click();
    await dialog.getByRole('button', { name: 'Slett e-postkopien' }).dblclick();
    await section.getByText('Flytta til Sletta element.').waitFor();
    expect(await folderOf('post@ha.kommune.no', /løyve til tiltak/)).toEqual(['deleteditems']);
    const state = (await callFrom(kari, 'GET', '/graph/_emulator/state')) as {
      requests: Array<{ method: string; path: string; applied: boolean }>;
    };
    expect(
      state.requests.filter((r) => r.method === 'POST' && /\/move$/.test(r.path) && r.applied),
    ).toHaveLength(1);
  });
});
