/**
 * Sign-in without nested app authentication: the emulated Outlook reports
 * NestedAppAuth 1.1 but its bridge does not answer (`?naa=unavailable`), or
 * does not report it at all (`?naa=off`). The pane then asks for a click,
 * opens auth.html in an Office dialog (the workbench's overlay), MSAL signs
 * in there by redirect through the local Entra ID emulator's account picker,
 * and the token comes back with messageParent. Nothing of MSAL's cache is
 * left in the storage the dialog used; a dialog closed by the user leaves the
 * pane with a sentence and the button to try again.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { BROWSER_STEP_MS, describeBrowser, useWorkbench } from '../support/browser';
import { callFrom, openMailboxAs, paneOf } from '../support/workbench-page';

const DIALOG = 'iframe[data-office-dialog="true"]';

/** What of MSAL (keys starting `msal.`, or naming the client id) the origin's storage holds. */
async function msalLeftovers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const keys: string[] = [];
    for (const store of [sessionStorage, localStorage]) {
      for (let i = 0; i < store.length; i += 1) {
        const key = store.key(i) ?? '';
        const value = store.getItem(key) ?? '';
        if (/msal|login\.|accesstoken|idtoken|refreshtoken/i.test(`${key} ${value}`))
          keys.push(`${store === sessionStorage ? 'session' : 'local'}:${key}`);
      }
    }
    if (/msal/i.test(document.cookie)) keys.push(`cookie:${document.cookie}`);
    return keys;
  });
}

describeBrowser(
  'sign-in in an Office dialog where Outlook has no nested app authentication',
  () => {
    const current = useWorkbench('Innboks');
    // The dialog's redirect to the picker and back, on a loaded machine.
    jest.setTimeout(3 * 120_000);

    const pane = (): FrameLocator => paneOf(current());
    const dialog = (): FrameLocator => current().frameLocator(DIALOG);

    /** The workbench as an Outlook without working NAA, Kari in Hå's function mailbox. */
    async function openWithout(naa: 'unavailable' | 'off'): Promise<void> {
      const page = current();
      await callFrom(page, 'POST', '/graph/_emulator/reset');
      await page.goto(`${new URL(page.url()).origin}/?naa=${naa}`);
      await page.getByRole('button', { name: 'Innboks' }).waitFor();
      await openMailboxAs(page, /post.*Kari Nordmann/);
      await page
        .getByRole('button', { name: /startlån/ })
        .first()
        .click();
      await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    }

    /** The pane asks for a click: no dialog opens by itself. */
    async function signInAsked(): Promise<void> {
      await pane()
        .locator('[data-case="sign-in"]')
        .waitFor({ timeout: 2 * BROWSER_STEP_MS });
      expect(await current().locator(DIALOG).count()).toBe(0);
    }

    /** How many dialogs the emulated Outlook was asked for, and the URL of the last. */
    async function dialogs(page: Page): Promise<{ count: number; url: string | null }> {
      return page.evaluate(() => {
        const c = (
          window as unknown as {
            ArkivpostWorkbench: {
              controller(): { dialogs: { opened: { request: { url: string } }[] } } | null;
            };
          }
        ).ArkivpostWorkbench.controller();
        const opened = c?.dialogs.opened ?? [];
        return { count: opened.length, url: opened[opened.length - 1]?.request.url ?? null };
      });
    }

    it.each(['unavailable', 'off'] as const)(
      'NAA %s: Logg inn opens auth.html, the Entra ID picker, Kari; the dialog closes, the case panel loads, no MSAL cache is left',
      async (naa) => {
        const page = current();
        await openWithout(naa);
        await signInAsked();
        // Nothing of MSAL before either.
        expect(await msalLeftovers(page)).toEqual([]);

        // A double click opens one dialog, not two (Office would refuse the second: 12007).
        await pane().getByRole('button', { name: 'Logg inn', exact: true }).dblclick();
        await page.locator(DIALOG).waitFor();
        const opened = await dialogs(page);
        expect(opened.count).toBe(1);
        expect(new URL(opened.url ?? '').pathname).toMatch(/\/auth\.html$/);

        // MSAL sends the dialog to the Entra ID emulator's picker, its state kept
        // in the session storage (so the check below sees MSAL when it is there).
        const kari = dialog().getByRole('button', { name: /Kari Nordmann/ });
        await kari.waitFor({ timeout: 2 * BROWSER_STEP_MS });
        expect((await msalLeftovers(page)).length).toBeGreaterThan(0);
        await kari.click();
        await page.locator(DIALOG).waitFor({ state: 'detached', timeout: 2 * BROWSER_STEP_MS });

        // Signed in: the case panel reads the message's state from Graph.
        await pane()
          .locator('[data-case-phase="ready"]')
          .waitFor({ timeout: 2 * BROWSER_STEP_MS });
        expect(await pane().locator('[data-case="sign-in"]').count()).toBe(0);
        // The dialog's page said it with one message, a token and nothing else.
        const messages = await page.evaluate(() => {
          const c = (
            window as unknown as {
              ArkivpostWorkbench: {
                controller(): { dialogs: { opened: { messages: string[] }[] } };
              };
            }
          ).ArkivpostWorkbench.controller();
          return c.dialogs.opened.map((d) => d.messages);
        });
        expect(messages).toHaveLength(1);
        expect(messages[0]).toHaveLength(1);
        const answer = JSON.parse(messages[0]?.[0] ?? '{}') as Record<string, unknown>;
        expect(answer['ok']).toBe(true);
        expect(answer['accessToken']).toBe('test:kari.nordmann@ha.kommune.no');
        expect(Number(answer['expiresOn'])).toBeGreaterThan(Date.now());

        // The dialog shared this origin's storage (an iframe): MSAL left nothing in it.
        expect(await msalLeftovers(page)).toEqual([]);

        // The token is the pane's now: a change is saved without another dialog.
        await pane()
          .locator('[data-section="case"]')
          .getByRole('button', { name: /Stadfest «Arkivverdig»/ })
          .click();
        await pane().locator('[data-section="case"] [data-class="archive-worthy"]').waitFor();
        expect((await dialogs(page)).count).toBe(1);
      },
    );

    it('a dialog closed by the user: the pane says so in nynorsk and Logg inn works again', async () => {
      const page = current();
      await openWithout('unavailable');
      await signInAsked();
      const cancelled = pane().getByText('Innlogginga blei avbroten.', { exact: false });

      // Office asks before it opens a dialog; the user chooses to ignore it (12009): a cancel,
      // not "this Outlook cannot sign in".
      await page.evaluate(() =>
        (
          window as unknown as {
            ArkivpostWorkbench: { controller(): { failNext(m: string, e: number): void } };
          }
        ).ArkivpostWorkbench.controller().failNext('ui.displayDialogAsync', 12009),
      );
      await pane().getByRole('button', { name: 'Logg inn', exact: true }).click();
      await cancelled.waitFor();
      expect(
        await pane()
          .getByText(/kan ikkje logge inn tillegg/)
          .count(),
      ).toBe(0);
      expect((await dialogs(page)).count).toBe(0);

      await pane().getByRole('button', { name: 'Logg inn', exact: true }).click();
      await page.locator(DIALOG).waitFor();
      // While the dialog is up, the pane says nothing of the last attempt.
      await cancelled.waitFor({ state: 'detached' });
      // The user closes it while the picker is up.
      await dialog()
        .getByRole('button', { name: /Kari Nordmann/ })
        .waitFor({ timeout: 2 * BROWSER_STEP_MS });
      await page.getByRole('button', { name: 'Lukk dialogboksen' }).click();
      await page.locator(DIALOG).waitFor({ state: 'detached' });
      await cancelled.waitFor();
      const again = pane().getByRole('button', { name: 'Logg inn', exact: true });
      await expect(again.isEnabled()).resolves.toBe(true);

      // Again: the picker, Kari, signed in.
      await again.click();
      await page.locator(DIALOG).waitFor();
      await dialog()
        .getByRole('button', { name: /Kari Nordmann/ })
        .click({ timeout: 2 * BROWSER_STEP_MS });
      await page.locator(DIALOG).waitFor({ state: 'detached', timeout: 2 * BROWSER_STEP_MS });
      await pane()
        .locator('[data-case-phase="ready"]')
        .waitFor({ timeout: 2 * BROWSER_STEP_MS });
      expect(await msalLeftovers(page)).toEqual([]);
    });
  },
);
