/**
 * "Lagre i saksarkiv" through the workbench (issue 5, "How it is judged"):
 * Kari in Hå kommune's function mailbox files the building application with
 * its three attachments into a new case in the emulated Noark 5 archive
 * (mounted by the workbench at /noark5v5/), is refused a second filing with
 * the existing reference, and a filing whose connection drops during the
 * second attachment completes on retry with nothing twice.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { describeBrowser, useWorkbench } from '../support/browser';

interface NoarkState {
  readonly entities: ReadonlyArray<{ readonly kind: string; readonly fields?: unknown }>;
}

describeBrowser('filing into the Noark 5 archive', () => {
  jest.setTimeout(90_000);
  const current = useWorkbench('Innboks');

  function pane(): FrameLocator {
    return current().frameLocator('iframe[title="Arkivpost-panel"]');
  }

  async function call(page: Page, method: string, path: string, body?: unknown): Promise<unknown> {
    return page.evaluate(
      async ([m, p, b]) => {
        const res = await fetch(p as string, {
          method: m as string,
          headers: { 'content-type': 'application/json' },
          ...(b === undefined ? {} : { body: JSON.stringify(b) }),
        });
        const text = await res.text();
        return text ? (JSON.parse(text) as unknown) : null;
      },
      [method, path, body] as const,
    );
  }

  async function archived(kind: string): Promise<number> {
    const state = (await call(current(), 'GET', '/noark5v5/_emulator/state')) as NoarkState;
    return state.entities.filter((e) => e.kind === kind).length;
  }

  async function openAs(label: RegExp): Promise<void> {
    const select = current().getByRole('combobox', { name: 'Postkasse', exact: true });
    const options = await select
      .locator('option')
      .evaluateAll((os) =>
        os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })),
      );
    const option = options.find((o) => label.test(o.text));
    if (!option) throw new Error(`no mailbox option ${label}`);
    await select.selectOption(option.value);
    await current().getByRole('button', { name: 'Innboks' }).waitFor();
  }

  async function openApplication(): Promise<void> {
    await openAs(/post.*Kari Nordmann/);
    await current()
      .getByRole('button', { name: /løyve til tiltak/ })
      .first()
      .click();
    await current().getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await pane().locator('[data-case-phase="ready"]').waitFor({ timeout: 20_000 });
  }

  function filing() {
    return pane().locator('[data-section="filing"]');
  }

  async function openForm(): Promise<void> {
    await pane().getByRole('button', { name: 'Lagre i saksarkiv …' }).click();
    await filing().waitFor({ timeout: 20_000 });
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
    await pane().locator('[data-filing-phase="done"]').waitFor({ timeout: 30_000 });
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
    await pane().locator('[data-filing-phase="done"]').waitFor({ timeout: 30_000 });
    expect(await filing().locator('[data-filing-note]').innerText()).toContain(
      `Allereie arkivert som ${ref}. Ingenting vart lagra på nytt.`,
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
    await pane().locator('[data-filing-phase="done"]').waitFor({ timeout: 30_000 });
    await pane().locator('[data-case-status="archived"]').waitFor();
    expect(await archived('saksmappe')).toBe(1);
    expect(await archived('journalpost')).toBe(1);
    expect(await archived('dokumentbeskrivelse')).toBe(4);
    expect(await archived('dokumentobjekt')).toBe(4);
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
});
