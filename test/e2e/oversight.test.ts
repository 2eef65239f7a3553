/**
 * Tilsyn / Tillsyn through the workbench (issue 13, "How it is judged"): the
 * supervisor of a function mailbox opens the oversight page from the read
 * pane in an Office dialog, over the sample traffic `npm start` seeds in the
 * Graph emulator and the Noark 5 archive. The counts are checked against
 * core's mailboxOverview over what the Graph emulator holds, the log
 * review's CSV against the sample itself, the reassignment against the
 * item's state in Graph. The standalone /oversikt page signs in through the
 * local Entra ID emulator by redirect. Axe finds nothing serious.
 */
import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import { calendarOf } from '../../src/app/oversight';
import { mailboxOverview, receivedDay } from '../../src/core/oversight';
import type { MailboxOverview, OverviewItem } from '../../src/core/oversight';
import { overviewItem, overviewPath } from '../../src/services/oversight';
import { ABSENT_MEMBER, sampleTraffic } from '../../dev/sample/traffic';
import {
  BROWSER_STEP_MS,
  BROWSER_TIMEOUT_MS,
  describeBrowser,
  useWorkbench,
} from '../support/browser';
import { loadProfile } from '../support/profiles';
import { callFrom, openMailboxAs, paneOf } from '../support/workbench-page';

const POST = 'post@ha.kommune.no';
const KARI = 'kari.nordmann@ha.kommune.no';
const VARA = 'vara.kommun@vara.se';
const ANNA = 'anna.andersson@vara.se';
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Every message of the mailbox's Inbox as the overview reads it, through the page's own origin. */
async function graphItems(page: Page, mailbox: string, upn: string): Promise<OverviewItem[]> {
  const raw = await page.evaluate(
    async ([first, token]) => {
      const out: unknown[] = [];
      let next: string | null = `/graph/v1.0${first}`;
      for (let i = 0; next && i < 500; i += 1) {
        const res: Response = await fetch(next, { headers: { authorization: `Bearer ${token}` } });
        const body = (await res.json()) as { value?: unknown[]; '@odata.nextLink'?: string };
        out.push(...(body.value ?? []));
        next = body['@odata.nextLink'] ?? null;
      }
      return out;
    },
    [overviewPath(mailbox), `test:${upn}`] as const,
  );
  return raw.map(overviewItem).filter((i): i is OverviewItem => i !== null);
}

async function expected(
  page: Page,
  mailbox: string,
  upn: string,
  profileId: 'ha-kommune' | 'vara-kommun',
): Promise<MailboxOverview> {
  const profile = loadProfile(profileId);
  return mailboxOverview(mailbox, await graphItems(page, mailbox, upn), {
    now: new Date(),
    timeZone: profile.timeZone,
    calendar: calendarOf(profile),
  });
}

/**
 * The Graph emulator's reads of Inbox messages (a batch's requests included)
 * after the request `since` (a request id), oldest first; and the last request's id.
 */
async function inboxReads(
  page: Page,
  since: string | null = null,
): Promise<{ reads: { path: string; query: string }[]; last: string | null }> {
  const { requests } = (await callFrom(page, 'GET', '/graph/_emulator/state')) as {
    requests: {
      requestId: string;
      method: string;
      path: string;
      query: string;
      parts?: { path: string; query: string }[];
    }[];
  };
  const at = since === null ? -1 : requests.findIndex((r) => r.requestId === since);
  if (since !== null && at < 0)
    throw new Error('the request log no longer reaches back to the mark');
  const from = at + 1;
  const reads = requests
    .slice(from)
    .flatMap((r) => r.parts ?? (r.method === 'GET' ? [r] : []))
    .filter((r) => /\/mailFolders\/inbox\/messages(\/delta)?$/i.test(r.path))
    .map((r) => ({ path: r.path, query: r.query }));
  return { reads, last: requests.at(-1)?.requestId ?? null };
}

/** The dialog's page (the workbench's overlay, an iframe at 80 %). */
function dialogOf(page: Page): FrameLocator {
  return page.frameLocator('iframe[data-office-dialog="true"]');
}

async function count(frame: FrameLocator, list: string): Promise<number> {
  const text = await frame.locator(`[data-count="${list}"]`).innerText();
  return Number(text.replace(/\D/g, ''));
}

/** A CSV as core's export writes it: BOM, semicolons, quoted cells with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i += 1) {
    const c = s[i] as string;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

async function axe(page: Page): Promise<{ id: string; impact: string | null; targets: string }[]> {
  const frame = page.frames().find((f) => f.url().includes('oversikt.html'));
  if (!frame) throw new Error('no oversight page');
  await frame.evaluate(`${AXE}\n;void 0`);
  return frame.evaluate(async () => {
    const run = (
      window as unknown as {
        axe: {
          run: (
            c: unknown,
            o: unknown,
          ) => Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[];
          }>;
        };
      }
    ).axe.run;
    // Fluent's focus guards (tabster's dummy inputs, <i data-tabster-dummy>) hand the focus
    // on at once and are never read: they are Fluent's, not the page's.
    const r = await run(
      { include: [document], exclude: [['[data-tabster-dummy]']] },
      { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    );
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: JSON.stringify(v.nodes.map((n) => n.target).slice(0, 3)),
    }));
  });
}

describeBrowser('Tilsyn: the supervisor’s oversight page', () => {
  // This suite's server seeds the sample traffic, as `npm start` does (the
  // browser tests' servers leave it out unless asked). Set before the
  // workbench's own beforeAll starts the server, put back after.
  const sampleSetting = process.env['ARKIVPOST_SAMPLE'];
  beforeAll(() => {
    process.env['ARKIVPOST_SAMPLE'] = 'on';
  });
  afterAll(() => {
    if (sampleSetting === undefined) delete process.env['ARKIVPOST_SAMPLE'];
    else process.env['ARKIVPOST_SAMPLE'] = sampleSetting;
  });
  const current = useWorkbench('Innboks');
  // Each test reads three months of traffic: more time than most.
  jest.setTimeout(3 * BROWSER_TIMEOUT_MS);

  /** Open a message of the function mailbox, the read pane, and Tilsyn in its dialog. */
  async function openTilsyn(label: RegExp | string, button: string): Promise<FrameLocator> {
    const page = current();
    if (typeof label === 'string') {
      // Another organisation: the workbench opened on its mailbox (?mailbox=…).
      await page.goto(`${new URL(page.url()).origin}/?mailbox=${encodeURIComponent(label)}`);
    } else {
      await openMailboxAs(page, label);
    }
    await page.locator('nav ul[aria-label] > li > button[data-id]').first().click();
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    const pane = paneOf(page);
    await pane.getByRole('button', { name: button, exact: true }).click();
    await page.locator('iframe[data-office-dialog="true"]').waitFor();
    const dialog = dialogOf(page);
    await dialog.locator('[data-count="overdue"]').waitFor({ timeout: 2 * BROWSER_STEP_MS });
    return dialog;
  }

  it('in nynorsk for Hå: counts as core gives them, an overdue message opened in Outlook, one dialog at a time', async () => {
    const page = current();
    const dialog = await openTilsyn(/post.*Kari Nordmann/, 'Tilsyn');
    const want = await expected(page, POST, KARI, 'ha-kommune');
    expect(want.counts.overdue).toBeGreaterThan(0);
    expect(want.counts.unassigned).toBeGreaterThan(0);
    expect(await count(dialog, 'overdue')).toBe(want.counts.overdue);
    expect(await count(dialog, 'unassigned')).toBe(want.counts.unassigned);
    expect(await count(dialog, 'notStarted')).toBe(want.counts.notStarted);
    await dialog.getByRole('tab', { name: 'Oversikt' }).waitFor();

    // The overdue list is shown first; its first row opens in Outlook through the pane.
    const first = want.lists.overdue[0];
    expect(first).toBeDefined();
    await dialog
      .getByRole('button', { name: `Opne «${first?.subject}»` })
      .first()
      .click();
    await page.waitForFunction(
      () =>
        (
          window as unknown as {
            ArkivpostWorkbench: { controller(): { displayedMessages: string[] } | null };
          }
        ).ArkivpostWorkbench.controller()?.displayedMessages.length === 1,
    );
    const shown = await page.evaluate(
      () =>
        (
          window as unknown as {
            ArkivpostWorkbench: { controller(): { displayedMessages: string[] } };
          }
        ).ArkivpostWorkbench.controller().displayedMessages[0],
    );
    // Outlook gets the EWS form of the Graph id.
    expect(shown).toBe(first?.id.replace(/-/g, '/').replace(/_/g, '+'));

    // A second Tilsyn while the dialog is open: Office refuses (12007) and the pane says so.
    const pane = paneOf(page);
    await page.evaluate(() => {
      // Below the overlay, as if Outlook's pane were clicked beside the dialog.
      const overlay = document.querySelector<HTMLElement>('.office-dialog-backdrop');
      if (overlay) overlay.style.display = 'none';
    });
    await pane.getByRole('button', { name: 'Tilsyn', exact: true }).click();
    await pane.locator('[data-status="oversight-failed"]').waitFor();
    await pane.getByText(/allereie ope/).waitFor();

    // The dialog's close button: DialogEventReceived 12006, the pane may open it again.
    await page.evaluate(() => {
      const overlay = document.querySelector<HTMLElement>('.office-dialog-backdrop');
      if (overlay) overlay.style.display = '';
    });
    await page.getByRole('button', { name: 'Lukk dialogboksen' }).click();
    await page.locator('iframe[data-office-dialog="true"]').waitFor({ state: 'detached' });

    // Outlook (or the browser) blocks the next one: 12009, said in the pane.
    await page.evaluate(() =>
      (
        window as unknown as {
          ArkivpostWorkbench: { controller(): { failNext(m: string, e: number): void } };
        }
      ).ArkivpostWorkbench.controller().failNext('ui.displayDialogAsync', 12009),
    );
    await pane.getByRole('button', { name: 'Tilsyn', exact: true }).click();
    await pane.getByText(/stoppa vindauget med tilsynet \(feilkode 12009\)/).waitFor();
    expect(await page.locator('iframe[data-office-dialog="true"]').count()).toBe(0);
    // In Kari's own mailbox there is no Tilsyn: it is for function mailboxes.
    await openMailboxAs(page, /^Kari Nordmann/);
    await page.locator('nav ul[aria-label] > li > button[data-id]').first().click();
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await pane.locator('[data-section="class"]').waitFor();
    await page.waitForTimeout(1000);
    expect(await pane.getByRole('button', { name: 'Tilsyn', exact: true }).count()).toBe(0);
  });

  it('runs the log review for March 2026: the CSV’s never-registered rows are the sample’s unregistered external mail', async () => {
    const page = current();
    const dialog = await openTilsyn(/post.*Kari Nordmann/, 'Tilsyn');
    await dialog.getByRole('tab', { name: 'Loggkontroll' }).click();
    await dialog.getByLabel('Frå og med').fill('01.03.2026');
    await dialog.getByLabel('Til og med').fill('31.03.2026');
    await dialog.getByRole('button', { name: 'Kontroller loggen' }).click();
    const link = dialog.locator('[data-download="csv"]');
    await link.waitFor({ timeout: 3 * BROWSER_STEP_MS });
    // March is more than 90 days back: the folders, and the page says what they miss.
    await dialog.getByText(/Kjelde: postkassa sine eigne mapper/).waitFor();
    await dialog.getByText(/sletta for godt/).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['Tid', 'Frå', 'Til', 'Emne', 'Message-ID', 'Status', 'Referanse']);
    const never = rows
      .slice(1)
      .filter((r) => r[5] === 'Ikkje journalført')
      .map((r) => r[4]);

    const tz = loadProfile('ha-kommune').timeZone;
    const sample = sampleTraffic({ now: new Date() }).filter((m) => {
      const day = receivedDay(m.received, tz) ?? '';
      return (
        m.mailbox === POST &&
        m.external &&
        !m.hint &&
        m.registered === null &&
        day >= '2026-03-01' &&
        day <= '2026-03-31'
      );
    });
    expect(sample.length).toBeGreaterThan(0);
    // sampleTraffic has the workbench's own messages of the mailbox too (dev/mailbox).
    expect(sample.some((m) => m.internetMessageId.startsWith('<01-barnehageplass.'))).toBe(true);
    expect([...never].sort()).toEqual(sample.map((m) => m.internetMessageId).sort());

    // The same in JSON, as the command line's --json gives it.
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      dialog.locator('[data-download="json"]').click(),
    ]);
    const body = JSON.parse(readFileSync(await json.path(), 'utf8')) as {
      source: string;
      neverRegistered: { messageId: string }[];
    };
    expect(body.source).toBe('folders');
    expect(body.neverRegistered.map((r) => r.messageId).sort()).toEqual([...never].sort());
  });

  it('shows Per Hansen away with his open items; reassigning one writes the new assignee once, a double click no more', async () => {
    const page = current();
    const dialog = await openTilsyn(/post.*Kari Nordmann/, 'Tilsyn');
    await dialog.getByRole('tab', { name: 'Fråvær' }).click();
    const per = dialog.locator(`[data-member="${ABSENT_MEMBER}"]`);
    await per.waitFor({ timeout: 2 * BROWSER_STEP_MS });
    const before = (await graphItems(page, POST, KARI)).filter(
      (i) =>
        i.state.assignee?.address.toLowerCase() === ABSENT_MEMBER &&
        i.state.status !== 'done' &&
        i.state.status !== 'archived',
    );
    expect(before.length).toBeGreaterThan(1);
    await expect(per.locator('[data-item]').count()).resolves.toBe(before.length);

    const changes = async (): Promise<number> =>
      ((await callFrom(page, 'GET', '/graph/_emulator/changes')) as { changes: number }).changes;
    /** The count of writes once nothing has been written for two seconds. */
    const settled = async (): Promise<number> => {
      let last = await changes();
      for (;;) {
        await page.waitForTimeout(2000);
        const now = await changes();
        if (now === last) return now;
        last = now;
      }
    };

    // One click on the first item: the count of writes it takes.
    const firstId = await per.locator('[data-item]').first().getAttribute('data-item');
    const c0 = await settled();
    const inbox = `/users/${POST}/mailFolders/inbox/messages`;
    const { last: mark } = await inboxReads(page);
    await per.locator(`[data-item="${firstId}"]`).getByRole('button', { name: 'Tildel' }).click();
    await dialog.locator('[data-status="reassigned"]').waitFor();
    await dialog.getByText(/er no tildelt Kari Nordmann/).waitFor();
    const c1 = await settled();
    const one = c1 - c0;
    expect(one).toBeGreaterThan(0);
    // The overview is refreshed: the item is no longer Per's.
    await per.locator(`[data-item="${firstId}"]`).waitFor({ state: 'detached' });
    // By the mailbox's delta link, not by reading the Inbox again.
    const { reads } = await inboxReads(page, mark);
    const deltas = reads.filter((r) => r.path === `${inbox}/delta`);
    expect(deltas.length).toBeGreaterThan(0);
    for (const r of deltas) expect(r.query).toMatch(/^\?\$deltatoken=/);
    // (The workbench's own message list reads the Inbox with a query of its own: not counted.)
    expect(
      reads.filter((r) => r.path === inbox && r.query.includes('singleValueExtendedProperties')),
    ).toEqual([]);
    const after = (await graphItems(page, POST, KARI)).find((i) => i.id === firstId);
    expect(after?.state.assignee?.address).toBe(KARI);

    // A double click on the next: the same writes as one click, no more.
    const secondId = await per.locator('[data-item]').first().getAttribute('data-item');
    await per
      .locator(`[data-item="${secondId}"]`)
      .getByRole('button', { name: 'Tildel' })
      .dblclick();
    await per.locator(`[data-item="${secondId}"]`).waitFor({ state: 'detached' });
    expect((await settled()) - c1).toBe(one);
    const second = (await graphItems(page, POST, KARI)).find((i) => i.id === secondId);
    expect(second?.state.assignee?.address).toBe(KARI);
  });

  it('in Swedish for Vara: Tillsyn with the counts core gives, and axe finds nothing serious', async () => {
    const page = current();
    const dialog = await openTilsyn('vara-kommun', 'Tillsyn');
    const want = await expected(page, VARA, ANNA, 'vara-kommun');
    expect(want.total).toBeGreaterThan(100);
    expect(await count(dialog, 'overdue')).toBe(want.counts.overdue);
    expect(await count(dialog, 'unassigned')).toBe(want.counts.unassigned);
    await dialog.getByRole('tab', { name: 'Översikt' }).waitFor();
    await dialog.getByRole('tab', { name: 'Frånvaro' }).waitFor();
    const serious = async (): Promise<unknown[]> =>
      (await axe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(await serious()).toEqual([]);
    // Each tab, as a supervisor would go through them.
    await dialog.getByRole('tab', { name: 'Loggkontroll' }).click();
    await dialog.getByRole('button', { name: 'Granska loggen' }).waitFor();
    expect(await serious()).toEqual([]);
    await dialog.getByRole('tab', { name: 'Frånvaro' }).click();
    await dialog.locator('[data-absence]').waitFor({ timeout: 2 * BROWSER_STEP_MS });
    expect(await serious()).toEqual([]);
  });

  it('standalone at /oversikt: signs in through the local Entra ID by redirect, shows the same counts, and names a mailbox it could not read', async () => {
    const page = current();
    const origin = new URL(page.url()).origin;
    const want = await expected(page, POST, KARI, 'ha-kommune');
    // Two mailboxes, one of them Vara's, which Kari may not open: that one is named, the rest shown.
    await page.goto(
      `${origin}/oversikt?mailbox=${encodeURIComponent(POST)}&mailbox=${encodeURIComponent(VARA)}`,
    );
    await page.getByRole('button', { name: 'Logg inn' }).click();
    // Entra ID's account picker (dev/entra), then back with a code.
    await page.getByRole('button', { name: /Kari Nordmann/ }).click();
    await page.locator('[data-count="overdue"]').waitFor({ timeout: 2 * BROWSER_STEP_MS });
    expect(new URL(page.url()).searchParams.getAll('mailbox')).toEqual([POST, VARA]);
    const failed = page.locator(`[data-failed-mailbox="${VARA}"]`);
    await failed.waitFor();
    expect(await failed.innerText()).toMatch(/^vara\.kommun@vara\.se kunne ikkje lesast\. .+/);
    expect(await page.locator('[data-count="overdue"]').innerText()).toBe(
      String(want.counts.overdue),
    );
    expect(
      Number((await page.locator('[data-count="unassigned"]').innerText()).replace(/\D/g, '')),
    ).toBe(want.counts.unassigned);
    // In a browser tab a row is Outlook on the web's link to the message.
    const first = want.lists.overdue[0];
    const href = await page
      .getByRole('link', { name: `Opne «${first?.subject}»` })
      .first()
      .getAttribute('href');
    expect(href).toContain(`/deeplink/read/${encodeURIComponent(first?.id ?? '')}`);
    expect(href?.startsWith('https://outlook.office.com/mail/')).toBe(true);
  });

  it('in a dialog where Outlook names nested app authentication but its bridge does not answer: the page signs in by itself', async () => {
    const page = current();
    const origin = new URL(page.url()).origin;
    try {
      await page.goto(`${origin}/?naa=unavailable`);
      await page.getByRole('button', { name: 'Innboks' }).waitFor();
      await openMailboxAs(page, /post.*Kari Nordmann/);
      await page.locator('nav ul[aria-label] > li > button[data-id]').first().click();
      await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
      await paneOf(page).getByRole('button', { name: 'Tilsyn', exact: true }).click();
      await page.locator('iframe[data-office-dialog="true"]').waitFor();
      const dialog = dialogOf(page);
      // Not a hang and not MSAL's blocked popup: the page's own sign-in, then Entra ID's picker.
      await dialog
        .getByRole('button', { name: 'Logg inn' })
        .click({ timeout: 2 * BROWSER_STEP_MS });
      await dialog.getByRole('button', { name: /Kari Nordmann/ }).click();
      await dialog.locator('[data-count="overdue"]').waitFor({ timeout: 2 * BROWSER_STEP_MS });
      const want = await expected(page, POST, KARI, 'ha-kommune');
      expect(await count(dialog, 'overdue')).toBe(want.counts.overdue);
      expect(await count(dialog, 'unassigned')).toBe(want.counts.unassigned);
    } finally {
      await page.goto(origin);
    }
  });
});
