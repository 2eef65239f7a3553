/**
 * The registry mailbox in the workbench, as Vara kommun works (issue 11,
 * "How it is judged"): Anna Andersson sends the building application from
 * vara.kommun@vara.se to the registrar. It is "Skickad till registrator"
 * (with the address and the local time), not "Diarieförd", until Eva Lind,
 * in arkivet@vara.se, records "Registrerad som KS 2026/123"; then the
 * original in vara.kommun@vara.se shows it. A message sent on from a
 * personal mailbox the registrar cannot open is registered, and the pane
 * says plainly that its original is not marked.
 */
import type { FrameLocator } from 'playwright-core';
import { BROWSER_TIMEOUT_MS, describeBrowser, useWorkbench } from '../support/browser';
import { callFrom, paneOf } from '../support/workbench-page';

describeBrowser('the registrar registers what was sent to the registry mailbox', () => {
  jest.setTimeout(2 * BROWSER_TIMEOUT_MS);
  const current = useWorkbench('Innboks');
  const pane = (): FrameLocator => paneOf(current());

  beforeEach(async () => {
    await callFrom(current(), 'POST', '/graph/_emulator/reset');
  });

  /** Open a mailbox as a user by the workbench's address (`?mailbox=<mailbox>/<upn>`), then a message. */
  async function openMessage(mailbox: string, subject: RegExp): Promise<void> {
    const page = current();
    await page.goto(new URL(`?mailbox=${encodeURIComponent(mailbox)}`, page.url()).href);
    await page.getByRole('button', { name: subject }).first().click();
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await pane().locator('[data-case-phase="ready"]').waitFor();
  }

  interface Item {
    readonly subject: string;
    readonly categories: string[];
    readonly singleValueExtendedProperties?: { id: string; value: string }[];
  }

  /** The messages of a mailbox as a user reads them over Graph, with Arkivpost's status. */
  async function messages(mailbox: string, user: string): Promise<Item[]> {
    return current().evaluate(
      async ([mb, upn]) => {
        const expand = encodeURIComponent(
          "singleValueExtendedProperties($filter=id eq 'String {C33CCEFE-306D-433F-ABA4-AA7D6B0A745C} Name Arkivpost.Status')",
        );
        const res = await fetch(
          `/graph/v1.0/users/${mb}/messages?$select=subject,categories&$top=50&$expand=${expand}`,
          { headers: { authorization: `Bearer test:${upn}` } },
        );
        return ((await res.json()) as { value: Item[] }).value;
      },
      [mailbox, user] as const,
    );
  }

  const statusOf = (m: Item | undefined): string | undefined =>
    m?.singleValueExtendedProperties?.[0]?.value;

  it('is "Skickad till registrator" until Eva Lind records "Registrerad som KS 2026/123"; then the original shows it', async () => {
    // Anna sends it to the registrar from the kommun's mailbox.
    await openMessage('vara.kommun@vara.se/anna.andersson@vara.se', /bygglov för altan/);
    await pane().getByRole('button', { name: 'Spara i diariet …' }).click();
    const filing = pane().locator('[data-section="filing"]');
    await filing.waitFor();
    await filing.getByRole('button', { name: 'Skicka till registratorn' }).click();
    await pane().locator('[data-filing-phase="done"]').waitFor({ timeout: 60_000 });
    const note = await filing.locator('[data-filing-note]').innerText();
    expect(note).toContain('Skickad oförändrad till arkivet@vara.se för diarieföring.');
    expect(note).toContain('E-posten är märkt ”Skickad till registrator”.');
    expect(note).not.toMatch(/Diarieförd|Arkiverad|\(\s*\)/);
    await pane().locator('[data-case-status="sent-to-registrar"]').waitFor();
    const sent = await pane().locator('[data-case-sent="arkivet@vara.se"]').innerText();
    expect(sent).toMatch(
      /^Skickad till registrator arkivet@vara\.se \d{4}-\d{2}-\d{2} kl\. \d{2}\.\d{2}\. Meddelandet märks som diariefört när registratorn har registrerat det\.$/,
    );
    const altan = (await messages('vara.kommun@vara.se', 'anna.andersson@vara.se')).find((m) =>
      /bygglov för altan/.test(m.subject),
    );
    expect(statusOf(altan)).toBe('sent-to-registrar');
    expect(altan?.categories).toEqual(['Skickad till registrator']);

    // Opened again later: still with the registrar, nothing to file again.
    await openMessage('vara.kommun@vara.se/anna.andersson@vara.se', /bygglov för altan/);
    await pane().locator('[data-case-sent="arkivet@vara.se"]').waitFor();
    expect(await pane().getByRole('button', { name: 'Spara i diariet …' }).count()).toBe(0);

    // Eva Lind, the registrar, opens the forward in arkivet@vara.se.
    await openMessage('arkivet@vara.se/eva.lind@vara.se', /Arkivpost: I/);
    const registrar = pane().locator('[data-case="registrar"]');
    await registrar.waitFor();
    expect(await registrar.innerText()).toContain('från vara.kommun@vara.se');
    const number = registrar.getByRole('textbox', { name: 'Registrerad som' });
    // Not a number: the reason, and nothing written.
    await number.fill('hej hej');
    await registrar.getByRole('button', { name: 'Markera som registrerad' }).click();
    await registrar.getByText(/ser inte ut som ett diarienummer/).waitFor();
    await number.fill('KS 2026/123');
    // A double click records it once.
    await registrar.getByRole('button', { name: 'Markera som registrerad' }).dblclick();
    const done = registrar.locator('[data-registrar-note="success"]');
    await done.waitFor({ timeout: 60_000 });
    expect(await done.innerText()).toBe(
      'Registrerad som KS 2026/123. Det ursprungliga e-postmeddelandet i vara.kommun@vara.se är märkt som diariefört.',
    );
    await pane().locator('[data-case-status="archived"]').waitFor();
    const forward = (await messages('arkivet@vara.se', 'eva.lind@vara.se'))[0];
    expect(statusOf(forward)).toBe('archived');
    expect(forward?.categories).toEqual(['Diarieförd KS 2026/123']);

    // Anna's pane: the original shows the registration.
    await openMessage('vara.kommun@vara.se/anna.andersson@vara.se', /bygglov för altan/);
    const archived = pane().locator('[data-case-archived="KS 2026/123"]');
    await archived.waitFor();
    expect(await archived.innerText()).toBe(
      'Registrerad som KS 2026/123. Ändringar görs i diariet.',
    );
    await current().getByText('Diarieförd KS 2026/123').first().waitFor();
    const original = (await messages('vara.kommun@vara.se', 'anna.andersson@vara.se')).find((m) =>
      /bygglov för altan/.test(m.subject),
    );
    expect(statusOf(original)).toBe('archived');
    expect(original?.categories).toEqual(['Diarieförd KS 2026/123']);
    const log = (await callFrom(current(), 'GET', '/graph/_emulator/state')) as {
      requests: { method: string; path: string; status: number | string; principal?: string }[];
    };
    const patches = log.requests.filter(
      (e) => e.method === 'PATCH' && e.path.startsWith('/users/vara.kommun') && e.status === 200,
    );
    // Registered once, whatever the double click did; the rest are Anna's filing
    // (its journal and the mark "sent to the registrar").
    expect(patches.filter((e) => e.principal === 'eva.lind@vara.se')).toHaveLength(1);
    expect(patches.at(-1)?.principal).toBe('eva.lind@vara.se');
  });

  it('says so when the registrar cannot reach the original, and the original stays "Skickad till registrator"', async () => {
    // Anna sends official mail from her personal mailbox, which Eva cannot open.
    await openMessage('anna.andersson@vara.se', /allmän handling/);
    const section = pane().locator('[data-case="send-on"]');
    await section.waitFor();
    await section.getByRole('button', { name: 'Skicka oförändrad' }).click();
    await section.locator('[data-send-on="sent"]').waitFor({ timeout: 60_000 });
    await pane().locator('[data-case-sent="arkivet@vara.se"]').waitFor();

    await openMessage('arkivet@vara.se/eva.lind@vara.se', /För diarieföring/);
    const registrar = pane().locator('[data-case="registrar"]');
    await registrar.waitFor();
    await registrar.getByRole('textbox', { name: 'Registrerad som' }).fill('KS 2026/7');
    await registrar.getByRole('button', { name: 'Markera som registrerad' }).click();
    const warning = registrar.locator('[data-registrar-note="warning"]');
    await warning.waitFor({ timeout: 60_000 });
    expect(await warning.innerText()).toContain('du har inte åtkomst till anna.andersson@vara.se');
    // Recorded on the forward, for whoever opens it next.
    await openMessage('arkivet@vara.se/eva.lind@vara.se', /För diarieföring/);
    await pane().locator('[data-case-original-unmarked="anna.andersson@vara.se"]').waitFor();

    await openMessage('anna.andersson@vara.se', /allmän handling/);
    await pane().locator('[data-case-status="sent-to-registrar"]').waitFor();
  });
});
