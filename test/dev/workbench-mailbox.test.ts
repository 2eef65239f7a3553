/**
 * The workbench's mailbox through the Graph emulator, in headless Chromium:
 * a function mailbox opened by either of its members, a colleague's own
 * mailbox that fills when mail is sent to him, categories and flags shown
 * as Outlook's message list shows them, the consent prompt of nested app
 * authentication, and the bridge the task pane's page gets.
 */
import type { Page } from 'playwright-core';
import { describeBrowser, useWorkbench } from '../support/browser';

const KARI = 'kari.nordmann@ha.kommune.no';
const PER = 'per.hansen@ha.kommune.no';

interface Bench {
  ArkivpostWorkbench: {
    controller(): {
      Office: typeof Office;
      authController(): { consent: string; requests: readonly { outcome: string }[] } | null;
    } | null;
    authBridge(): {
      addEventListener(name: string, cb: (r: string) => void): void;
      postMessage(m: string): void;
    } | null;
  };
}

describeBrowser('the workbench’s mailbox from the Graph emulator', () => {
  // Each test switches mailboxes, which loads the add-in's event runtime again
  // (useWorkbench gives every test the browser suites' shared limit).
  const current = useWorkbench('Innboks');

  function mailbox(): ReturnType<Page['getByRole']> {
    return current().getByRole('combobox', { name: 'Postkasse', exact: true });
  }

  function origin(): string {
    return new URL(current().url()).origin;
  }

  /** A Graph request as a user of the emulator. */
  async function graph(
    upn: string,
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    data?: unknown,
  ): Promise<unknown> {
    const res = await current().request.fetch(`${origin()}/graph/v1.0${path}`, {
      method,
      headers: { authorization: `Bearer test:${upn}`, 'content-type': 'application/json' },
      ...(data === undefined ? {} : { data: JSON.stringify(data) }),
    });
    expect(res.status()).toBeLessThan(300);
    return res.status() === 202 ? null : res.json();
  }

  async function signedIn(): Promise<{ user: string; mailbox: string | undefined }> {
    return current().evaluate(async () => {
      const c = (window as unknown as Bench).ArkivpostWorkbench.controller();
      const mb = c?.Office.context.mailbox;
      const shared = await new Promise<string | undefined>((resolve) => {
        const item = mb?.item as Office.MessageRead | null;
        if (!item) return resolve(undefined);
        item.getSharedPropertiesAsync((r) => resolve(r.error ? undefined : r.value.targetMailbox));
      });
      return { user: mb?.userProfile.emailAddress ?? '', mailbox: shared };
    });
  }

  beforeEach(async () => {
    await current().request.post(`${origin()}/graph/_emulator/reset`);
  });

  it('opens the function mailbox as Per Hansen, and mail sent to Per lands in his own mailbox', async () => {
    await mailbox().selectOption({ label: 'Hå kommune – post (Per Hansen)' });
    await current()
      .getByRole('button', { name: /startlån/ })
      .click();
    await current()
      .getByRole('heading', { name: /startlån/ })
      .waitFor();
    expect(await signedIn()).toEqual({ user: PER, mailbox: 'post@ha.kommune.no' });

    await mailbox().selectOption(PER);
    await current().getByText('Ingen meldingar.').waitFor();
    // Kari sends Per a notification.
    await graph(KARI, 'POST', `/users/${KARI}/sendMail`, {
      message: {
        subject: 'Tildelt deg: søknad om startlån',
        body: { contentType: 'html', content: '<p>Hei Per, kan du ta denne?</p>' },
        toRecipients: [{ emailAddress: { address: PER, name: 'Per Hansen' } }],
      },
    });
    await current().getByRole('button', { name: 'Oppdater' }).click();
    await current()
      .getByRole('button', { name: /Tildelt deg: søknad om startlån/ })
      .click();
    await current().getByRole('heading', { name: 'Tildelt deg: søknad om startlån' }).waitFor();
    expect(await current().locator('pre.body').textContent()).toContain('kan du ta denne?');

    // The item the pane reads is the Graph message.
    const inbox = (await graph(PER, 'GET', '/me/mailFolders/inbox/messages?$select=id')) as {
      value: { id: string }[];
    };
    const rest = await current().evaluate(() => {
      // The workbench's own page has no global Office; the add-in's pages do.
      const office = (window as unknown as Bench).ArkivpostWorkbench.controller()?.Office;
      const item = office?.context.mailbox.item as Office.MessageRead;
      return office?.context.mailbox.convertToRestId(
        item.itemId,
        office.MailboxEnums.RestVersion.v2_0,
      );
    });
    expect(rest).toBe(inbox.value[0]?.id);
    expect(await signedIn()).toEqual({ user: PER, mailbox: undefined });
  });

  it('shows categories in their colours and the follow-up flag with its due date', async () => {
    const list = (await graph(
      KARI,
      'GET',
      `/users/post@ha.kommune.no/messages?$select=id&$filter=${encodeURIComponent("contains(subject,'startlån')")}`,
    )) as { value: { id: string }[] };
    const id = encodeURIComponent(list.value[0]?.id ?? '');
    await graph(KARI, 'PATCH', `/users/post@ha.kommune.no/messages/${id}`, {
      categories: ['Tildelt: Per Hansen'],
      flag: {
        flagStatus: 'flagged',
        startDateTime: { dateTime: '2026-03-02T00:00:00', timeZone: 'Europe/Oslo' },
        dueDateTime: { dateTime: '2026-04-07T00:00:00', timeZone: 'Europe/Oslo' },
      },
    });
    await current().getByRole('button', { name: 'Oppdater' }).click();
    const row = current().getByRole('button', { name: /startlån/ });
    // A delegate cannot read the function mailbox's master categories: a neutral label.
    await row.locator('.category.neutral', { hasText: 'Tildelt: Per Hansen' }).waitFor();
    expect(await row.locator('.flag').textContent()).toContain('Frist 07.04.2026');

    // In Kari's own mailbox, with the category in her master list, it has its colour.
    await graph(KARI, 'POST', `/me/outlook/masterCategories`, {
      displayName: 'Ferdig',
      color: 'preset4',
    });
    await graph(KARI, 'POST', `/me/sendMail`, {
      message: { subject: 'Til meg sjølv', toRecipients: [{ emailAddress: { address: KARI } }] },
    });
    const mine = (await graph(KARI, 'GET', '/me/mailFolders/inbox/messages?$top=1')) as {
      value: { id: string; subject: string }[];
    };
    expect(mine.value[0]?.subject).toBe('Til meg sjølv');
    await graph(KARI, 'PATCH', `/me/messages/${encodeURIComponent(mine.value[0]?.id ?? '')}`, {
      categories: ['Ferdig'],
      flag: { flagStatus: 'complete' },
    });
    await mailbox().selectOption('ha-kari');
    const done = current().getByRole('button', { name: /Til meg sjølv/ });
    const chip = done.locator('.category', { hasText: 'Ferdig' });
    await chip.waitFor();
    expect(await chip.getAttribute('class')).toBe('category');
    // The list is drawn again when the mailbox's state arrives: read the colour
    // from the chip as it stands once it has one, not from a node just replaced.
    let colour = '';
    for (let tries = 0; colour === '' && tries < 50; tries++) {
      colour = await chip.evaluate((e) =>
        e.isConnected ? getComputedStyle(e).backgroundColor : '',
      );
      if (colour === '') await current().waitForTimeout(100);
    }
    expect(colour).toBe('rgb(198, 231, 193)');
    expect(await done.locator('.flag.complete').textContent()).toContain('Fullført');
  });

  it('delivers what the workbench sends: Kari writes from the function mailbox to Per', async () => {
    await current().getByRole('button', { name: 'Ny melding' }).click();
    await current().getByLabel('Til', { exact: true }).fill(PER);
    await current().getByLabel('Emne').fill('Kan du sjå på byggesaka?');
    await current().getByRole('button', { name: 'Send', exact: true }).click();
    await current().getByRole('status').filter({ hasText: 'Meldinga er send.' }).waitFor();
    // The workbench hands the message to the Graph emulator's sendMail after the toast.
    for (let i = 0; i < 50; i++) {
      const inbox = (await graph(PER, 'GET', '/me/mailFolders/inbox/messages?$select=id')) as {
        value: unknown[];
      };
      if (inbox.value.length > 0) break;
      await current().waitForTimeout(100);
    }
    await mailbox().selectOption(PER);
    await current()
      .getByRole('button', { name: /Kan du sjå på byggesaka\?/ })
      .click();
    expect(await current().locator('article .meta').first().textContent()).toContain(
      'post@ha.kommune.no',
    );
  });

  it('asks for consent when told to, in the user’s language: Escape cancels, Tillat allows', async () => {
    await current().goto(`${origin()}/?consent=required&mailbox=ha-post/${PER}`);
    await current()
      .getByRole('button', { name: /startlån/ })
      .waitFor();
    const ask = (): Promise<string> =>
      current().evaluate(
        () =>
          new Promise<string>((resolve) => {
            const bridge = (window as unknown as Bench).ArkivpostWorkbench.authBridge();
            bridge?.addEventListener('message', resolve);
            bridge?.postMessage(
              JSON.stringify({
                messageType: 'NestedAppAuthRequest',
                method: 'GetTokenPopup',
                requestId: String(Math.random()),
                tokenParams: { clientId: 'arkivpost', scope: 'Mail.ReadWrite.Shared' },
              }),
            );
          }),
      );
    const first = ask();
    const dialog = current().getByRole('dialog', { name: 'Arkivpost treng løyve' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'Arkivpost ber om å lese og oppdatere e-post i postkassene du har tilgang til',
    );
    expect(await dialog.textContent()).toContain(PER);
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await current().evaluate(() => document.activeElement?.textContent)).toBe('Tillat');
    await current().keyboard.press('Tab');
    expect(await current().evaluate(() => document.activeElement?.textContent)).toBe('Avbryt');
    await current().keyboard.press('Tab');
    expect(await current().evaluate(() => document.activeElement?.textContent)).toBe('Tillat');
    await current().keyboard.press('Escape');
    expect(JSON.parse(await first)).toMatchObject({
      success: false,
      error: { status: 'USER_CANCEL' },
    });
    await dialog.waitFor({ state: 'detached' });

    const second = ask();
    await dialog.getByRole('button', { name: 'Tillat' }).click();
    expect(JSON.parse(await second)).toMatchObject({
      success: true,
      token: { access_token: `test:${PER}` },
      account: { username: PER, name: 'Per Hansen' },
    });
    const auth = await current().evaluate(() => {
      const a = (window as unknown as Bench).ArkivpostWorkbench.controller()?.authController();
      return { consent: a?.consent, outcomes: a?.requests.map((r) => r.outcome) };
    });
    expect(auth).toEqual({ consent: 'granted', outcomes: ['USER_CANCEL', 'token'] });
  });

  it('gives the task pane’s page a bridge of its own, and none with ?naa=off', async () => {
    const paneBridge = async (): Promise<string> => {
      await current()
        .getByRole('button', { name: /startlån/ })
        .click();
      await current().getByRole('button', { name: 'Arkivpost', exact: true }).click();
      const frame = current().frameLocator('iframe[title="Arkivpost-panel"]');
      await frame.locator('body').waitFor();
      const pane = current()
        .frames()
        .find((f) => f.url().includes('taskpane.html'));
      return (
        (await pane?.evaluate(
          () => typeof (window as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge,
        )) ?? 'no pane'
      );
    };
    expect(await paneBridge()).toBe('object');
    await current().goto(`${origin()}/?naa=off`);
    expect(await paneBridge()).toBe('undefined');
  });

  it('opens the last mailbox chosen when another is chosen before the first has opened', async () => {
    // Per's own mailbox, then at once the function mailbox: the first session is superseded.
    await mailbox().selectOption(PER);
    await mailbox().selectOption({ label: 'Hå kommune – post (Kari Nordmann)' });
    await current()
      .getByRole('button', { name: /løyve til tiltak/ })
      .first()
      .click();
    await current().getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await current().frameLocator('iframe[title="Arkivpost-panel"]').locator('body').waitFor();
    expect(await signedIn()).toEqual({ user: KARI, mailbox: 'post@ha.kommune.no' });
    // One event runtime, the last session's; nothing reported as failed.
    expect(await current().locator('iframe.runtime').count()).toBe(1);
    expect(await current().getByRole('alert').count()).toBe(0);
  });

  it('says so when a message cannot be opened, and opens it when chosen again', async () => {
    await mailbox().selectOption({ label: 'Hå kommune – post (Per Hansen)' });
    // The message's source cannot be read once.
    let refused = 0;
    await current().route(/\/mailbox\/.+\.eml$/, async (route) => {
      if (refused++ === 0) await route.fulfill({ status: 503, body: 'busy' });
      else await route.continue();
    });
    const message = current()
      .getByRole('button', { name: /startlån/ })
      .first();
    await message.click();
    const alert = current().getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Fekk ikkje opna meldinga: .*503/);
    expect(await current().getByRole('button', { name: 'Arkivpost', exact: true }).count()).toBe(0);

    await message.click();
    await current()
      .getByRole('heading', { name: /startlån/ })
      .waitFor();
    expect(await current().getByRole('alert').count()).toBe(0);
    expect(refused).toBe(2);
  });
});
