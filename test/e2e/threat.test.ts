/**
 * Threats and harassment (R11) through the workbench, in nynorsk (Hå
 * kommune) and Swedish (Vara kommun): the threat sample kept as evidence in
 * the mailbox's "Arkivpost – bevis" folder with a hold, and the manager's
 * notice arriving once in the manager's own mailbox, however often it is
 * clicked and from however many panes.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { describeBrowser, useWorkbench } from '../support/browser';
import { callFrom, paneOf } from '../support/workbench-page';

interface Listed {
  value: Array<{ id: string; subject: string; displayName?: string; categories?: string[] }>;
}

describeBrowser('a threat kept as evidence and sent to the manager', () => {
  const current = useWorkbench('Innboks');
  const pane = (): FrameLocator => paneOf(current());
  const threat = () => pane().locator('[data-case="threat"]');

  beforeEach(async () => {
    await callFrom(current(), 'POST', '/graph/_emulator/reset');
  });

  /** Open a mailbox as a user by the workbench's address (`?mailbox=<mailbox>/<upn>`), then the message. */
  async function openMessage(mailbox: string, subject: RegExp): Promise<void> {
    const page = current();
    await page.goto(new URL(`?mailbox=${encodeURIComponent(mailbox)}`, page.url()).href);
    await page.getByRole('button', { name: subject }).first().click();
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await pane().locator('[data-case-phase="ready"]').waitFor();
  }

  /** Graph as a user, from the page (the emulator on the workbench's origin). */
  async function asUser<T>(user: string, path: string): Promise<T> {
    return current().evaluate(
      async ([u, p]) => {
        const res = await fetch(`/graph/v1.0${p}`, {
          headers: { authorization: `Bearer test:${u}` },
        });
        return (await res.json()) as unknown;
      },
      [user, path] as const,
    ) as Promise<T>;
  }

  /** The SHA-256 (hex) of a Graph resource's bytes, computed in the page. */
  async function digestOf(user: string, path: string): Promise<string> {
    return current().evaluate(
      async ([u, p]) => {
        const res = await fetch(`/graph/v1.0${p}`, {
          headers: { authorization: `Bearer test:${u}` },
        });
        const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', await res.arrayBuffer()));
        return [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
      },
      [user, path] as const,
    );
  }

  /** The evidence folder's items, and the original's and the kept .eml's digests. */
  async function evidenceIn(mailbox: string, user: string, subject: RegExp) {
    const folders = await asUser<Listed>(user, `/users/${mailbox}/mailFolders`);
    const evidence = folders.value.filter((f) => f.displayName === 'Arkivpost – bevis');
    expect(evidence).toHaveLength(1);
    const folder = encodeURIComponent(evidence[0]!.id);
    const items = await asUser<Listed>(
      user,
      `/users/${mailbox}/mailFolders/${folder}/messages?$select=id,subject`,
    );
    const messages = await asUser<Listed>(
      user,
      `/users/${mailbox}/messages?$select=id,subject,categories&$top=50`,
    );
    const original = messages.value.find((m) => subject.test(m.subject))!;
    const attachments = await asUser<Listed & { value: Array<{ id: string; name: string }> }>(
      user,
      `/users/${mailbox}/messages/${items.value[0]!.id}/attachments`,
    );
    return {
      items: items.value,
      original,
      originalDigest: await digestOf(user, `/users/${mailbox}/messages/${original.id}/$value`),
      keptDigest: await digestOf(
        user,
        `/users/${mailbox}/messages/${items.value[0]!.id}/attachments/${attachments.value[0]!.id}/$value`,
      ),
    };
  }

  async function noticesIn(user: string, subject: RegExp): Promise<number> {
    const inbox = await asUser<Listed>(
      user,
      `/users/${user}/mailFolders/inbox/messages?$select=id,subject&$top=50`,
    );
    return inbox.value.filter((m) => subject.test(m.subject)).length;
  }

  async function sends(page: Page): Promise<number> {
    const state = (await callFrom(page, 'GET', '/graph/_emulator/state')) as {
      requests: Array<{ method: string; path: string; applied: boolean }>;
    };
    return state.requests.filter((e) => e.method === 'POST' && /\/send$/.test(e.path) && e.applied)
      .length;
  }

  it('nynorsk: kept once in «Arkivpost – bevis» with a hold, the manager told once across a double click and a second pane', async () => {
    const POST = 'post@ha.kommune.no';
    const KARI = 'kari.nordmann@ha.kommune.no';
    await openMessage(`${POST}/${KARI}`, /Byggesaka mi/);
    // Flagged: the section is open, near the top of the case panel; the police named once in the pane.
    await threat().getByRole('heading', { name: 'Trugsmål og trakassering' }).waitFor();
    const said = await pane().locator('body').innerText();
    expect(said.split('politiet.no')).toHaveLength(2);
    expect(said.indexOf('Trugsmål og trakassering')).toBeLessThan(said.indexOf('Saksbehandlar'));
    // Hå kommune's profile names its own contact beside the police (a later part of the profile).
    await expect(
      threat().locator('[data-threat-contact="beredskap@ha.kommune.no"]').textContent(),
    ).resolves.toMatch(/Tryggleikskontakt: Beredskapskoordinator i Hå kommune.*\+47 51 00 00 00/);

    await threat().getByRole('button', { name: 'Ta vare på som bevis' }).dblclick();
    await threat().locator('[data-threat-evidence]').waitFor();
    await threat()
      .getByText(/Teken vare på som bevis .* av Kari Nordmann\./)
      .waitFor();
    await threat()
      .getByText(/har sperre mot sletting/)
      .waitFor();
    const kept = await evidenceIn(POST, KARI, /^Byggesaka mi$/);
    expect(kept.items).toHaveLength(1);
    expect(kept.keptDigest).toBe(kept.originalDigest);
    expect(
      await threat().locator('[data-threat-evidence]').getAttribute('data-threat-evidence'),
    ).toBe(kept.originalDigest);
    // The hold, as everyone sees it in Outlook's list.
    expect(kept.original.categories).toContain('Bevis');

    await threat().getByRole('button', { name: 'Informer leiar' }).dblclick();
    await threat().locator('[data-threat-notified="silje.vik@ha.kommune.no"]').waitFor();
    await threat()
      .getByText(/^Sendt til Silje Vik <silje\.vik@ha\.kommune\.no> /)
      .waitFor();
    expect(await threat().getByRole('button', { name: 'Informer leiar' }).count()).toBe(0);

    // A second pane, by a colleague: it shows what was done, and nothing can be done twice.
    await openMessage(`${POST}/per.hansen@ha.kommune.no`, /Byggesaka mi/);
    await threat()
      .getByText(/^Sendt til silje\.vik@ha\.kommune\.no .* av Kari Nordmann\.$/)
      .waitFor();
    expect(await threat().getByRole('button', { name: 'Informer leiar' }).count()).toBe(0);
    expect(await threat().getByRole('button', { name: 'Ta vare på som bevis' }).count()).toBe(0);

    expect(await noticesIn('silje.vik@ha.kommune.no', /^Mogleg trugsmål: Byggesaka mi$/)).toBe(1);
    expect(await sends(current())).toBe(1);
    expect((await evidenceIn(POST, KARI, /^Byggesaka mi$/)).items).toHaveLength(1);
  });

  it('Swedish: saved as evidence with a hold, the manager (chef) informed once after two clicks', async () => {
    const MAILBOX = 'vara.kommun@vara.se';
    const ANNA = 'anna.andersson@vara.se';
    await openMessage(`${MAILBOX}/${ANNA}`, /Sista varningen/);
    await threat().getByRole('heading', { name: 'Hot och trakasserier' }).waitFor();
    expect((await pane().locator('body').innerText()).split('polisen.se')).toHaveLength(2);
    await threat().getByText('Säkerhetskontakt: Säkerhetssamordnare i Vara kommun').waitFor();
    await threat().getByText('Telefon +46 512 310 00').waitFor();
    await threat().getByText('sakerhet@vara.se').waitFor();

    await threat().getByRole('button', { name: 'Spara som bevis' }).click();
    await threat()
      .getByText(/Sparat som bevis .* av Anna Andersson\./)
      .waitFor();
    await threat()
      .getByText(/spärr mot gallring/)
      .waitFor();
    const kept = await evidenceIn(MAILBOX, ANNA, /^Sista varningen$/);
    expect(kept.items).toHaveLength(1);
    expect(kept.keptDigest).toBe(kept.originalDigest);
    expect(kept.original.categories).toContain('Bevis');

    await threat().getByRole('button', { name: 'Informera chef' }).dblclick();
    await threat().locator('[data-threat-notified="lars.svensson@vara.se"]').waitFor();
    await threat()
      .getByText(/^Skickat till Lars Svensson <lars\.svensson@vara\.se> /)
      .waitFor();
    expect(await noticesIn('lars.svensson@vara.se', /^Möjligt hot: Sista varningen$/)).toBe(1);
    expect(await sends(current())).toBe(1);
  });
});
