/**
 * "Lagre i saksarkiv" through the workbench (issue 5, "How it is judged"):
 * Kari in Hå kommune's function mailbox files the building application with
 * its three attachments into a new case in the emulated Noark 5 archive
 * (mounted by the workbench at /noark5v5/), is refused a second filing with
 * the existing reference, and a filing whose connection drops during the
 * second attachment completes on retry with nothing twice. Vara kommun's
 * registry mailbox receives the original .eml byte for byte; Melleruds
 * kommun's SharePoint library gets the case folder, the files and their
 * metadata columns.
 */
import type { FrameLocator } from 'playwright-core';
import { describeBrowser, useWorkbench } from '../support/browser';
import { callFrom, openMailboxAs, paneOf } from '../support/workbench-page';

interface NoarkState {
  readonly entities: ReadonlyArray<{ readonly kind: string; readonly fields?: unknown }>;
}

describeBrowser('filing into the case archive: Noark 5, registry mailbox, SharePoint', () => {
  const current = useWorkbench('Innboks');

  const pane = (): FrameLocator => paneOf(current());

  const call = callFrom;

  async function archived(kind: string): Promise<number> {
    const state = (await call(current(), 'GET', '/noark5v5/_emulator/state')) as NoarkState;
    return state.entities.filter((e) => e.kind === kind).length;
  }

  const openAs = (label: RegExp): Promise<void> => openMailboxAs(current(), label);

  async function openApplication(): Promise<void> {
    await openAs(/post.*Kari Nordmann/);
    await current()
      .getByRole('button', { name: /løyve til tiltak/ })
      .first()
      .click();
    await current().getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await pane().locator('[data-case-phase="ready"]').waitFor();
  }

  function filing() {
    return pane().locator('[data-section="filing"]');
  }

  async function openForm(): Promise<void> {
    await pane().getByRole('button', { name: 'Lagre i saksarkiv …' }).click();
    await filing().waitFor();
  }

  async function submit(): Promise<void> {
    await filing().getByRole('button', { name: 'Lagre i saksarkiv', exact: true }).click();
  }

  beforeEach(async () => {
    await call(current(), 'POST', '/graph/_emulator/reset');
    await call(current(), 'POST', '/noark5v5/_emulator/reset');
  });

  it('files the application with three attachments into a new case, marks it, and refuses it a second time', async () => {
    await openApplication();
    await openForm();
    const boxes = filing().getByRole('checkbox');
    expect(await boxes.count()).toBe(3);
    for (let i = 0; i < 3; i++) expect(await boxes.nth(i).isChecked()).toBe(true);
    expect(await filing().getByRole('radio', { name: 'I – inngåande' }).isChecked()).toBe(true);
    expect(await filing().getByRole('textbox', { name: 'Tittel', exact: true }).inputValue()).toBe(
      'Søknad om løyve til tiltak – einebustad, gnr. 12 bnr. 345',
    );
    await submit();
    await pane().locator('[data-filing-phase="done"]').waitFor();
    const note = await filing().locator('[data-filing-note]').innerText();
    expect(note).toMatch(/Arkivert som (2026\/\d+-1) i sak 2026\/\d+ «Søknad om løyve til tiltak/);
    const ref = /Arkivert som (\S+)/.exec(note)?.[1] ?? '';
    await pane().locator('[data-case-status="archived"]').waitFor();
    expect(await archived('journalpost')).toBe(1);
    expect(await archived('dokumentbeskrivelse')).toBe(4);
    expect(await archived('dokumentobjekt')).toBe(4);

    // Outlook's message list shows the category.
    await current()
      .getByRole('button', { name: /Oppdater/ })
      .first()
      .click();
    await current().getByText(`Arkivert ${ref}`).first().waitFor();

    // Opened again: archived, with the reference, and no filing offered.
    await openApplication();
    await pane().locator(`[data-case-archived="${ref}"]`).waitFor();
    expect(await pane().getByRole('button', { name: 'Lagre i saksarkiv …' }).count()).toBe(0);

    // The mark lost (the mailbox forgot, the archive did not): the same case
    // again → refused with the existing reference, nothing new in the archive.
    await call(current(), 'POST', '/graph/_emulator/reset');
    await openApplication();
    await openForm();
    await filing().getByRole('radio', { name: 'Eksisterande sak' }).click();
    const search = filing().getByRole('combobox', { name: 'Søk på saksnummer eller tittel' });
    await search.fill(ref.replace(/-\d+$/, ''));
    await filing().locator('[data-cases="1"]').waitFor();
    await search.press('ArrowDown');
    await pane()
      .getByRole('option', { name: new RegExp(ref.replace(/-\d+$/, '').replace('/', '\\/')) })
      .click();
    await submit();
    await pane().locator('[data-filing-phase="done"]').waitFor();
    expect(await filing().locator('[data-filing-note]').innerText()).toContain(
      `Allereie arkivert som ${ref}. Ingenting blei lagra på nytt.`,
    );
    expect(await archived('journalpost')).toBe(1);
    expect(await archived('dokumentbeskrivelse')).toBe(4);
    await pane().locator('[data-case-status="archived"]').waitFor();
  });

  it('completes on retry after the connection dropped during the second attachment, with no duplicate records', async () => {
    await call(current(), 'POST', '/noark5v5/_emulator/faults', {
      kind: 'drop',
      method: 'POST',
      path: '/referanseFil',
      skip: 2,
      // Chromium repeats a request whose reused connection closed once by
      // itself: the fault holds until the network "comes back" below.
      times: 'always',
    });
    await openApplication();
    await openForm();
    await submit();
    await pane().locator('[data-filing-phase="failed"]').waitFor({ timeout: 60_000 });
    expect(await filing().locator('[data-filing-note]').innerText()).toContain(
      'E-posten er ikkje merkt som arkivert.',
    );
    expect(await pane().locator('[data-section="case"]').getAttribute('data-case-status')).toBe(
      'new',
    );
    await call(current(), 'DELETE', '/noark5v5/_emulator/faults');
    await filing().getByRole('button', { name: 'Prøv igjen' }).click();
    await pane().locator('[data-filing-phase="done"]').waitFor();
    await pane().locator('[data-case-status="archived"]').waitFor();
    expect(await archived('saksmappe')).toBe(1);
    expect(await archived('journalpost')).toBe(1);
    expect(await archived('dokumentbeskrivelse')).toBe(4);
    expect(await archived('dokumentobjekt')).toBe(4);
  });

  it('opens the form in view with its first field ready; while it files nothing in it can change, and a double click files once', async () => {
    // The upload takes a while: long enough to look at the form while it files.
    await call(current(), 'POST', '/noark5v5/_emulator/faults', {
      kind: 'slow',
      method: 'POST',
      path: '/referanseFil',
      delayMs: 3000,
      times: 1,
    });
    await openApplication();
    await openForm();
    // Brought into view, its first field focused (the form opened below the fold).
    const placed = async (): Promise<{ inView: boolean; focused: string | null }> =>
      filing().evaluate((el) => {
        const doc = el.ownerDocument;
        const top = el.getBoundingClientRect().top;
        const active = doc.activeElement;
        return {
          inView: top >= 0 && top < (doc.defaultView?.innerHeight ?? 0),
          focused: active && el.contains(active) ? active.tagName : null,
        };
      });
    let where = await placed();
    for (let i = 0; i < 50 && !where.inView; i++) {
      await current().waitForTimeout(100);
      where = await placed();
    }
    expect(where).toEqual({ inView: true, focused: 'INPUT' });

    // A double click on the file button.
    await filing().getByRole('button', { name: 'Lagre i saksarkiv', exact: true }).dblclick();
    await pane().locator('[data-filing-phase="filing"]').waitFor();
    // While it files, every field and button of the form is disabled: the case title too.
    const enabled = filing().locator(
      'form :is(input, button, textarea, select):enabled, form [role="combobox"]:not([aria-disabled="true"]):not(:disabled)',
    );
    // Only what the user can see and reach counts (Fluent keeps a hidden "clear" button).
    const reachable = await enabled.evaluateAll((els) =>
      els.filter((e) => e.getClientRects().length > 0).map((e) => e.outerHTML.slice(0, 160)),
    );
    expect(reachable).toEqual([]);
    // Each field says so itself, not only through its fieldset: it looks disabled too.
    for (const name of ['Sakstittel', 'Tittel'])
      expect(
        await filing().getByRole('textbox', { name, exact: true }).getAttribute('disabled'),
      ).not.toBeNull();
    expect(
      await filing().getByRole('textbox', { name: 'Sakstittel', exact: true }).isEditable(),
    ).toBe(false);
    expect(await filing().getByRole('textbox', { name: 'Tittel', exact: true }).isEditable()).toBe(
      false,
    );
    await pane().locator('[data-filing-phase="done"]').waitFor({ timeout: 60_000 });
    expect(await archived('saksmappe')).toBe(1);
    expect(await archived('journalpost')).toBe(1);
    expect(await archived('dokumentbeskrivelse')).toBe(4);
  });

  it('refuses a title with a national ID number, with the reason, before anything is sent', async () => {
    await openApplication();
    await openForm();
    const title = filing().getByRole('textbox', { name: 'Tittel', exact: true });
    await title.fill('Søknad frå 13097248022');
    await pane()
      .getByText(/130972\*{5}/)
      .first()
      .waitFor();
    expect(
      await filing().getByRole('button', { name: 'Lagre i saksarkiv', exact: true }).isDisabled(),
    ).toBe(true);
    expect(await pane().getByText('13097248022').count()).toBe(0);
  });
  /** Open a mailbox as a user by the workbench's address (`?mailbox=<mailbox>/<upn>`). */
  async function openMailbox(mailbox: string, subject: RegExp): Promise<void> {
    const page = current();
    await page.goto(new URL(`?mailbox=${encodeURIComponent(mailbox)}`, page.url()).href);
    await page.getByRole('button', { name: subject }).first().click();
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await pane().locator('[data-case-phase="ready"]').waitFor();
  }

  it('sends a Swedish message unchanged to the registry mailbox: the forwarded .eml is the original byte for byte', async () => {
    await openMailbox('vara.kommun@vara.se/anna.andersson@vara.se', /bygglov för altan/);
    await pane().getByRole('button', { name: 'Spara i diariet …' }).click();
    await filing().waitFor();
    await filing()
      .getByText('Hela e-posten går oförändrad, med alla bilagor, till arkivet@vara.se.')
      .waitFor();
    await filing().getByRole('textbox', { name: 'Diarienummer (valfritt)' }).fill('2026/123');
    await filing().getByRole('button', { name: 'Skicka till registratorn' }).click();
    await pane().locator('[data-filing-phase="done"]').waitFor();
    expect(await filing().locator('[data-filing-note]').innerText()).toContain(
      'Skickad oförändrad till arkivet@vara.se för diarieföring.',
    );
    // Sent to the registrar, not archived: the registrar has registered nothing yet.
    await pane().locator('[data-case-status="sent-to-registrar"]').waitFor();
    await pane().locator('[data-case-sent="arkivet@vara.se"]').waitFor();

    const same = await current().evaluate(async () => {
      const as = (user: string) => ({ headers: { authorization: `Bearer test:${user}` } });
      const json = async (url: string, user: string) =>
        (await (await fetch(url, as(user))).json()) as {
          value: Array<{ id: string; subject: string; name?: string }>;
        };
      const bytes = async (url: string, user: string) =>
        new Uint8Array(await (await fetch(url, as(user))).arrayBuffer());
      const anna = 'anna.andersson@vara.se';
      const eva = 'eva.lind@vara.se';
      const original = (
        await json(
          '/graph/v1.0/users/vara.kommun@vara.se/messages?$select=id,subject&$top=50',
          anna,
        )
      ).value.find((m) => /bygglov för altan/.test(m.subject));
      const arrived = (
        await json(
          '/graph/v1.0/users/arkivet@vara.se/mailFolders/inbox/messages?$select=id,subject',
          eva,
        )
      ).value;
      if (!original || arrived.length !== 1) return { arrived: arrived.length };
      const forward = arrived[0] as { id: string; subject: string };
      const attachments = (
        await json(
          `/graph/v1.0/users/arkivet@vara.se/messages/${forward.id}/attachments?$select=id,name`,
          eva,
        )
      ).value;
      const a = await bytes(
        `/graph/v1.0/users/arkivet@vara.se/messages/${forward.id}/attachments/${attachments[0]?.id}/$value`,
        eva,
      );
      const b = await bytes(
        `/graph/v1.0/users/vara.kommun@vara.se/messages/${original.id}/$value`,
        anna,
      );
      return {
        arrived: arrived.length,
        subject: forward.subject,
        attachments: attachments.map((x) => x.name),
        size: [a.length, b.length],
        equal: a.length === b.length && a.every((x, i) => x === b[i]),
      };
    });
    expect(same).toMatchObject({ arrived: 1, equal: true });
    expect(same.subject).toMatch(/^Arkivpost: I \| 2026\/123 \|/);
    expect(same.attachments).toHaveLength(1);
    expect(same.attachments?.[0]).toMatch(/\.eml$/);
  });

  it('sends a decision to the registrar before it is sent, and a pane opened again on the draft does not send it twice', async () => {
    const page = current();
    await page.goto(
      new URL(
        `?mailbox=${encodeURIComponent('vara.kommun@vara.se/anna.andersson@vara.se')}`,
        page.url(),
      ).href,
    );
    await page.getByRole('button', { name: 'Nytt meddelande' }).click();
    await page.getByLabel('Till', { exact: true }).fill('sokande@example.se');
    await page.getByLabel('Ämne').fill('Beslut om bygglov för altan');
    await page
      .getByRole('textbox', { name: 'Meddelande' })
      .fill('Hej! Ansökan om bygglov är beviljad. Beslutet kan överklagas inom tre veckor.');
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await pane().getByRole('button', { name: 'Diarieför före sändning' }).click();
    await filing().waitFor();
    await filing().getByRole('button', { name: 'Spara i diariet', exact: true }).click();
    await pane().locator('[data-filing-phase="done"]').waitFor();
    expect(await filing().locator('[data-filing-note]').innerText()).toContain(
      'Skickad oförändrad till arkivet@vara.se för diarieföring.',
    );
    const arrived = async (): Promise<string[]> =>
      page.evaluate(async () => {
        const res = await fetch(
          '/graph/v1.0/users/arkivet@vara.se/mailFolders/inbox/messages?$select=subject',
          { headers: { authorization: 'Bearer test:eva.lind@vara.se' } },
        );
        return ((await res.json()) as { value: { subject: string }[] }).value.map((m) => m.subject);
      });
    expect(await arrived()).toEqual([
      expect.stringMatching(/^Arkivpost: U \| .*Beslut om bygglov för altan$/),
    ]);

    // The pane closed and opened again on the same draft: a new pane, a new Message-ID.
    await page.getByRole('button', { name: 'Stäng Arkivpost' }).click();
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await pane().getByRole('button', { name: 'Diarieför före sändning' }).click();
    const already = pane().locator('[data-filing="already"]');
    await already.waitFor();
    expect(await already.innerText()).toMatch(
      /^Redan skickad till arkivet@vara\.se \d{4}-\d{2}-\d{2} kl\. \d{2}[.:]\d{2}\. Inget skickades på nytt\.$/,
    );
    expect(await pane().getByRole('button', { name: 'Spara i diariet', exact: true }).count()).toBe(
      0,
    );
    expect(await arrived()).toHaveLength(1);
  });

  it('files a Swedish building permit into a SharePoint library: folder, files and every metadata column', async () => {
    await openMailbox('kommunen@mellerud.se/erik.johansson@mellerud.se', /Kasen 1:23/);
    await pane().getByRole('button', { name: 'Spara i diariet …' }).click();
    await filing().waitFor();
    await filing().getByRole('combobox', { name: 'Sekretess' }).click();
    await pane()
      .getByRole('option', { name: /OSL 21 kap\. 7 §/ })
      .click();
    await filing().getByRole('button', { name: 'Spara i diariet', exact: true }).click();
    await pane().locator('[data-filing-phase="done"]').waitFor();
    const note = await filing().locator('[data-filing-note]').innerText();
    const ref = /Diarieförd som (2026\/\d+-\d+)/.exec(note)?.[1] ?? '';
    expect(ref).not.toBe('');
    await pane().locator(`[data-case-archived="${ref}"]`).waitFor();

    const state = (await call(current(), 'GET', '/graph/_emulator/state')) as {
      sharepoint: {
        sites: Array<{
          libraries: Array<{
            name: string;
            items: Array<{
              path: string;
              kind: string;
              size?: number;
              fields: Record<string, unknown>;
            }>;
          }>;
        }>;
      };
    };
    const library = state.sharepoint.sites
      .flatMap((s) => s.libraries)
      .find((l) => l.name === 'Ärenden');
    const files = (library?.items ?? []).filter(
      (i) =>
        i.kind === 'file' &&
        i.fields['ArkivpostMessageId'] !== undefined &&
        String(i.fields['ArkivpostDocumentNumber'] ?? '') !== '' &&
        i.path.includes(ref.replace('/', '-')),
    );
    expect(files.map((f) => f.path.split('/').pop())).toEqual(
      expect.arrayContaining([expect.stringMatching(/\.eml$/), expect.stringMatching(/\.pdf$/)]),
    );
    expect(files).toHaveLength(3);
    for (const f of files) {
      expect(f.fields).toMatchObject({
        ArkivpostCaseNumber: ref.replace(/-\d+$/, ''),
        ArkivpostDocumentType: 'I',
      });
      expect(String(f.fields['ArkivpostRestriction'])).toContain('OSL 21 kap. 7 §');
      expect(String(f.fields['ArkivpostSender'])).toMatch(/@/);
      expect(f.fields['ArkivpostReceived']).toBeDefined();
    }
  });
  it('sends official mail from a personal mailbox on to the registrar, unchanged, once', async () => {
    await openMailbox('anna.andersson@vara.se', /allmän handling/);
    const section = pane().locator('[data-case="send-on"]');
    await section.waitFor();
    await section.getByRole('button', { name: 'Skicka oförändrad' }).click();
    await section.locator('[data-send-on="sent"]').waitFor();
    expect(await section.locator('[data-send-on]').innerText()).toBe(
      'Skickat till arkivet@vara.se.',
    );
    await section.getByRole('button', { name: 'Skicka oförändrad' }).click();
    await section.locator('[data-send-on="already-sent"]').waitFor();
    expect(await section.locator('[data-send-on]').innerText()).toMatch(
      /^Redan skickat till arkivet@vara\.se .+\. Det skickades inte igen\.$/,
    );
    const arrived = await current().evaluate(async () => {
      const res = await fetch(
        '/graph/v1.0/users/arkivet@vara.se/mailFolders/inbox/messages?$select=subject,hasAttachments',
        { headers: { authorization: 'Bearer test:eva.lind@vara.se' } },
      );
      return ((await res.json()) as { value: Array<{ subject: string; hasAttachments: boolean }> })
        .value;
    });
    expect(arrived).toHaveLength(1);
    expect(arrived[0]?.hasAttachments).toBe(true);
  });
  it('files an outgoing decision before it is sent (type U) and puts "Vår ref." in its subject; it then sends without the warning about journaling', async () => {
    const page = current();
    await page.getByRole('button', { name: 'Ny melding' }).click();
    await page.getByLabel('Til', { exact: true }).fill('ola.innbyggjar@example.net');
    await page.getByLabel('Emne').fill('Vedtak om barnehageplass');
    await page
      .getByRole('textbox', { name: 'Melding' })
      .fill('Hei! Søknaden er innvilga frå 1. januar. Klagefristen er tre veker.');
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await pane().getByRole('button', { name: 'Journalfør før sending' }).click();
    await filing().waitFor();
    expect(await filing().getByRole('radio', { name: 'U – utgåande' }).isChecked()).toBe(true);
    await filing().getByRole('button', { name: 'Lagre i saksarkiv', exact: true }).click();
    await pane().locator('[data-filing-phase="done"]').waitFor();
    const note = await filing().locator('[data-filing-note]').innerText();
    const ref = /Arkivert som (2026\/\d+-\d+)/.exec(note)?.[1] ?? '';
    expect(ref).not.toBe('');
    await page.waitForFunction(
      (want) => (document.getElementById('subject') as HTMLInputElement | null)?.value === want,
      `Vår ref. ${ref} – Vedtak om barnehageplass`,
    );
    const state = (await call(page, 'GET', '/noark5v5/_emulator/state')) as {
      entities: Array<{ kind: string; fields?: Record<string, unknown> }>;
    };
    const records = state.entities.filter((e) => e.kind === 'journalpost');
    expect(records).toHaveLength(1);
    expect(JSON.stringify(records[0])).toContain('"U"');
    expect(state.entities.filter((e) => e.kind === 'dokumentbeskrivelse')).toHaveLength(1);

    // With our reference in the subject, the warning about journaling is gone; a
    // decision by e-mail still asks whether the party has accepted electronic
    // communication (eForvaltningsforskrifta § 8), and nothing else.
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const alert = page.getByRole('alertdialog');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('eForvaltningsforskrifta § 8');
    expect(text).not.toContain('saksdokument');
    await alert.getByRole('button', { name: 'Send likevel' }).click();
    await page.getByRole('status').filter({ hasText: 'Meldinga er send.' }).waitFor();
  });
});
