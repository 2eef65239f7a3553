/**
 * The restriction follows the content (issue 11, "How it is judged"): in
 * the workbench, Kari Lunde's start-up-loan application (two fødselsnummer)
 * and the housing-benefit application mentioning depression are offered a
 * restriction with the reason; choosing "no restriction" asks for a
 * confirmation naming what was found, which neither Enter nor a double
 * click gets past; filed with the suggestion, the Noark 5 record carries
 * the tilgangskode and its basis and screens the private sender; so does a
 * decision filed from compose before it is sent, the name next to its number
 * screened in the public title.
 */
import { readFileSync } from 'node:fs';
import type { FrameLocator, Locator } from 'playwright-core';
import { describeBrowser, useWorkbench } from '../support/browser';
import { callFrom, paneOf } from '../support/workbench-page';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Entity {
  readonly kind: string;
  readonly fields?: Record<string, unknown>;
}

describeBrowser('the restriction follows the content', () => {
  const current = useWorkbench('Innboks');
  const pane = (): FrameLocator => paneOf(current());
  const filing = (): Locator => pane().locator('[data-section="filing"]');

  async function entities(kind: string): Promise<Entity[]> {
    const state = (await callFrom(current(), 'GET', '/noark5v5/_emulator/state')) as {
      entities: Entity[];
    };
    return state.entities.filter((e) => e.kind === kind);
  }

  /** Open a mailbox as a user (`?mailbox=<mailbox>/<upn>`), a message in it, and the filing form. */
  async function openForm(mailbox: string, subject: RegExp, open: string): Promise<void> {
    const page = current();
    await page.goto(new URL(`?mailbox=${encodeURIComponent(mailbox)}`, page.url()).href);
    await page.getByRole('button', { name: subject }).first().click();
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await pane().locator('[data-case-phase="ready"]').waitFor();
    await pane().getByRole('button', { name: open }).click();
    await filing().waitFor();
  }

  beforeEach(async () => {
    await callFrom(current(), 'POST', '/graph/_emulator/reset');
    await callFrom(current(), 'POST', '/noark5v5/_emulator/reset');
  });

  it('offers the start-up-loan application U with the reason; "Inga skjerming" files only after a confirmation that Enter and a double click do not pass', async () => {
    await openForm(
      'post@ha.kommune.no/kari.nordmann@ha.kommune.no',
      /Søknad om startlån/,
      'Lagre i saksarkiv …',
    );
    const restriction = filing().getByRole('combobox', { name: 'Skjerming' });
    expect(await restriction.innerText()).toContain(
      'U – Offl. § 13 jf. fvl. § 13 første ledd nr. 1',
    );
    expect(await filing().locator('[data-filing="restriction-reason"]').innerText()).toBe(
      'Føreslått fordi: to fødselsnummer i emnet og i e-posten.',
    );
    // The subject carries a number: the public title may not.
    await filing().getByRole('textbox', { name: 'Tittel', exact: true }).fill('Søknad om startlån');
    const submit = filing().getByRole('button', { name: 'Lagre i saksarkiv', exact: true });
    expect(await submit.isEnabled()).toBe(true);

    // "No restriction": a warning and a confirmation naming what was found.
    await restriction.click();
    await pane().getByRole('option', { name: 'Inga skjerming (offentleg)' }).click();
    const confirm = filing().getByRole('checkbox', {
      name: /Eg har sjekka funna \(to fødselsnummer i emnet og i e-posten\) og stadfestar at dokumentet skal vere offentleg\./,
    });
    await confirm.waitFor();
    expect(await filing().locator('[data-filing="public"]').innerText()).toContain('eInnsyn');
    expect(await submit.isDisabled()).toBe(true);

    // Enter in the title and a double click on the button file nothing.
    await filing().getByRole('textbox', { name: 'Tittel', exact: true }).press('Enter');
    await submit.dblclick({ force: true });
    await current().waitForTimeout(1_000);
    expect(await pane().locator('[data-section="filing"]').getAttribute('data-filing-phase')).toBe(
      'form',
    );
    expect(await entities('journalpost')).toHaveLength(0);

    // Choosing the restriction again and back asks again.
    await confirm.focus();
    await current().keyboard.press('Space');
    expect(await confirm.isChecked()).toBe(true);
    await restriction.click();
    await pane()
      .getByRole('option', { name: /^U – Offl\. § 13 jf\. fvl\. § 13 første ledd nr\. 1/ })
      .click();
    expect(await filing().locator('[data-filing="public"]').count()).toBe(0);
    await restriction.click();
    await pane().getByRole('option', { name: 'Inga skjerming (offentleg)' }).click();
    expect(await confirm.isChecked()).toBe(false);
    expect(await submit.isDisabled()).toBe(true);

    // Confirmed by keyboard: filed, public.
    await confirm.focus();
    await current().keyboard.press('Space');
    expect(await submit.isEnabled()).toBe(true);
    await submit.click();
    await pane().locator('[data-filing-phase="done"]').waitFor({ timeout: 60_000 });
    const records = await entities('journalpost');
    expect(records).toHaveLength(1);
    expect(records[0]?.fields?.['skjerming']).toBeUndefined();
  });

  it('files the start-up-loan application with the suggestion: tilgangskode, basis and the private sender screened', async () => {
    await openForm(
      'post@ha.kommune.no/kari.nordmann@ha.kommune.no',
      /Søknad om startlån/,
      'Lagre i saksarkiv …',
    );
    await filing().getByRole('textbox', { name: 'Tittel', exact: true }).fill('Søknad om startlån');
    await filing().getByRole('button', { name: 'Lagre i saksarkiv', exact: true }).click();
    await pane().locator('[data-filing-phase="done"]').waitFor({ timeout: 60_000 });
    const [record] = await entities('journalpost');
    const skjerming = JSON.stringify(record?.fields?.['skjerming'] ?? null);
    // The emulator's list has "13" for offentleglova § 13: the connector maps U to it.
    expect(skjerming).toContain('"13"');
    expect(skjerming).toContain('Offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    // Kari Lunde is a private person: the sender is screened in the public journal.
    expect(skjerming).toContain('"NA"');
  });

  it('suggests the restriction for a decision filed before it is sent ("Journalfør før sending")', async () => {
    const page = current();
    await page.getByRole('button', { name: 'Ny melding' }).click();
    await page.getByLabel('Til', { exact: true }).fill('ola.innbyggjar@example.net');
    await page.getByLabel('Emne').fill('Vedtak om startlån for Ola Innbyggjar');
    await page
      .getByRole('textbox', { name: 'Melding' })
      .fill(
        'Hei! Søknaden om startlån frå Ola Innbyggjar, fødselsnummer 13097248022, er innvilga. Klagefristen er tre veker.',
      );
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await pane().getByRole('button', { name: 'Journalfør før sending' }).click();
    await filing().waitFor();
    expect(await filing().getByRole('combobox', { name: 'Skjerming' }).innerText()).toContain(
      'U – Offl. § 13 jf. fvl. § 13 første ledd nr. 1',
    );
    expect(await filing().locator('[data-filing="restriction-reason"]').innerText()).toBe(
      'Føreslått fordi: eitt fødselsnummer i e-posten.',
    );
    await filing().getByRole('button', { name: 'Lagre i saksarkiv', exact: true }).click();
    await pane().locator('[data-filing-phase="done"]').waitFor({ timeout: 60_000 });
    const [record] = await entities('journalpost');
    const skjerming = JSON.stringify(record?.fields?.['skjerming'] ?? null);
    expect(skjerming).toContain('Offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    // The name next to the number is screened in the public title.
    expect(record?.fields?.['tittel']).toBe('Vedtak om startlån for Ola Innbyggjar');
    expect(record?.fields?.['offentligTittel']).toBe('Vedtak om startlån for *****');
    expect(skjerming).toContain('"TRO"');
  });

  it('offers the housing-benefit application mentioning depression a restriction naming the health words, and asks before "Ingen skjerming"', async () => {
    await openForm(
      'postmottak@kommune.example.no/ola.nordmann@kommune.example.no',
      /Søknad om bostøtte/,
      'Lagre i saksarkiv …',
    );
    const restriction = filing().getByRole('combobox', { name: 'Skjerming' });
    expect(await restriction.innerText()).toContain(
      'U – Offl. § 13 jf. fvl. § 13 første ledd nr. 1',
    );
    expect(await filing().locator('[data-filing="restriction-reason"]').innerText()).toBe(
      'Foreslått fordi: ett fødselsnummer i e-posten; ett D-nummer i e-posten; helseopplysninger («sykmeldt» og «depresjon») i e-posten.',
    );
    await restriction.click();
    await pane().getByRole('option', { name: 'Ingen skjerming (offentlig)' }).click();
    await filing()
      .getByRole('checkbox', { name: /helseopplysninger \(«sykmeldt» og «depresjon»\)/ })
      .waitFor();
    expect(
      await filing().getByRole('button', { name: 'Lagre i saksarkiv', exact: true }).isDisabled(),
    ).toBe(true);

    // The warning and the confirmation meet WCAG A/AA like the rest of the form.
    const frame = await (
      await current().waitForSelector('iframe[title="Arkivpost-panel"]')
    ).contentFrame();
    if (!frame) throw new Error('no pane frame');
    await frame.evaluate(`${AXE}\n;void 0`);
    const violations = await frame.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (c: unknown, o: unknown) => Promise<{ violations: { id: string }[] }>;
          };
        }
      ).axe;
      const r = await axe.run(document, {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
      });
      return r.violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });
});
