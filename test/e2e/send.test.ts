/**
 * Send-time checks through the workbench, as a user drives them: the real
 * task pane and send handler, loaded from the add-in's own pages, over the
 * emulated Office.js, in headless Chromium.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { describeBrowser, useWorkbench } from '../support/browser';

describeBrowser('sending from the workbench', () => {
  const current = useWorkbench('Innboks');

  const dialog = (): ReturnType<Page['getByRole']> => current().getByRole('alertdialog');

  async function newMessage(to: string, subject: string, body = ''): Promise<void> {
    await current().getByRole('button', { name: 'Ny melding' }).click();
    await current().getByLabel('Til', { exact: true }).fill(to);
    await current().getByLabel('Emne').fill(subject);
    if (body) await current().getByRole('textbox', { name: 'Melding' }).fill(body);
  }

  async function send(): Promise<void> {
    await current().getByRole('button', { name: 'Send', exact: true }).click();
  }

  async function expectSent(): Promise<void> {
    await current().getByRole('status').filter({ hasText: 'Meldinga er send.' }).waitFor();
  }

  it('Hå kommune: blocks a fødselsnummer in the subject with the nynorsk text, and once it is removed only warns that the decision is not journaled', async () => {
    await newMessage('ola.innbyggjar@example.net', 'Vedtak for 13097248022');
    await send();
    await dialog().waitFor();
    expect(await dialog().textContent()).toContain('Emnefeltet inneheld eit fødselsnummer');
    const buttons = await dialog().getByRole('button').allTextContents();
    expect(buttons).not.toContain('Send likevel');
    await dialog().getByRole('button', { name: 'Ikkje send' }).click();
    await current().getByLabel('Emne').fill('Vedtak om barnehageplass');
    await send();
    await dialog().waitFor();
    expect(await dialog().textContent()).toContain('saksdokument');
    await dialog().getByRole('button', { name: 'Send likevel' }).click();
    await expectSent();
    await current().getByRole('button', { name: 'Sende element' }).click();
    await current()
      .getByRole('button', { name: /Vedtak om barnehageplass/ })
      .click();
    await current().getByRole('heading', { name: 'Vedtak om barnehageplass' }).waitFor();
  });

  it('removes the number from the subject with the task pane, then sends', async () => {
    // Journaled already: the subject carries the archive reference (R19).
    await newMessage(
      'ola.innbyggjar@example.net',
      'Vår ref. 2026/1234-5 – Søknad for 13097248022 om barnehageplass',
    );
    await send();
    await dialog().getByRole('button', { name: 'Vis detaljar' }).click();
    const pane: FrameLocator = current().frameLocator('iframe[title="Arkivpost-panel"]');
    await pane.getByRole('button', { name: /Fjern «13097248022» frå emnet/ }).click();
    await current().waitForFunction(
      () =>
        (document.getElementById('subject') as HTMLInputElement | null)?.value ===
        'Vår ref. 2026/1234-5 – Søknad for om barnehageplass',
    );
    await send();
    await expectSent();
  });

  it('warns on a reply to a citizen from a personal mailbox, names the function mailbox, and Send anyway sends', async () => {
    await current()
      .getByRole('combobox', { name: 'Postkasse', exact: true })
      .selectOption('ha-kari');
    await current()
      .getByRole('button', { name: /avgift/i })
      .first()
      .click();
    await current().getByRole('button', { name: 'Svar', exact: true }).click();
    await send();
    await dialog().waitFor();
    const text = (await dialog().textContent()) ?? '';
    expect(text).toContain('personlege postkassa');
    expect(text).toContain('post@ha.kommune.no');
    await dialog().getByRole('button', { name: 'Send likevel' }).click();
    await expectSent();
  });

  it('warns on a draft DOCX and an unsigned PDF forwarded to an external recipient', async () => {
    await current()
      .getByRole('button', { name: /Søknad om løyve/ })
      .click();
    await current().getByRole('button', { name: 'Vidaresend' }).click();
    await current().getByLabel('Til', { exact: true }).fill('arkitekt@example.com');
    await send();
    await dialog().waitFor();
    const text = (await dialog().textContent()) ?? '';
    expect(text).toContain('Arkivpost ber deg sjå over dette før du sender');
    expect(text).toMatch(/\.docx/);
    expect(text).toMatch(/\.pdf/);
    expect(await dialog().getByRole('button').allTextContents()).toContain('Send likevel');
  });

  it('blocks "unntatt offentlighet" to an external recipient without encryption', async () => {
    await newMessage(
      'advokat@example.no',
      'Notat i saka',
      'Unntatt offentlighet, jf. offl. § 13.\n\nVedlagt er notatet du bad om.',
    );
    await send();
    await dialog().waitFor();
    expect(await dialog().textContent()).toContain('utan kryptering');
    expect(await dialog().getByRole('button').allTextContents()).not.toContain('Send likevel');
  });

  it('runs one send at a time: a double click on Send shows one alert', async () => {
    await newMessage('ola.innbyggjar@example.net', 'Vedtak for 13097248022');
    await current().getByRole('button', { name: 'Send', exact: true }).dblclick();
    await dialog().waitFor();
    expect(await dialog().count()).toBe(1);
    await dialog().getByRole('button', { name: 'Ikkje send' }).click();
    // Nothing was left behind it, and Send works again.
    expect(await dialog().count()).toBe(0);
    await send();
    await dialog().waitFor();
    expect(await dialog().count()).toBe(1);
  });

  it('shows a plain text alert (Mailbox 1.13) with its line breaks, a Markdown one (1.15) without escapes', async () => {
    const lines = async (): Promise<string[]> =>
      (await dialog().locator('#smart-alert-message').innerText())
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '');
    await current()
      .getByRole('combobox', { name: 'Outlook (Mailbox)', exact: true })
      .selectOption('1.13');
    await current().getByRole('button', { name: 'Innboks' }).waitFor();
    await newMessage('ola.innbyggjar@example.net', 'Vedtak for 13097248022');
    await send();
    await dialog().waitFor();
    const plain = await lines();
    expect(plain[0]).toBe('Arkivpost stoppa sendinga:');
    expect(plain.slice(1).every((l) => l.startsWith('• '))).toBe(true);
    expect(plain.length).toBeGreaterThanOrEqual(3);
    await dialog().getByRole('button', { name: 'Ikkje send' }).click();

    await current()
      .getByRole('combobox', { name: 'Outlook (Mailbox)', exact: true })
      .selectOption('1.15');
    await current().getByRole('button', { name: 'Innboks' }).waitFor();
    await newMessage('ola.innbyggjar@example.net', 'Vedtak for 13097248022');
    // A program whose name Markdown could read as emphasis.
    const program = Buffer.alloc(256);
    program.set([0x4d, 0x5a, 0x90, 0x00]);
    program[0x3c] = 0x80;
    program.set([0x50, 0x45, 0, 0], 0x80);
    await current().locator('#file').setInputFiles({
      name: 'dss__pdf_v2.exe',
      mimeType: 'application/octet-stream',
      buffer: program,
    });
    await current().getByRole('listitem').filter({ hasText: 'dss__pdf_v2.exe' }).waitFor();
    await send();
    await dialog().waitFor();
    const md = await lines();
    expect(md.join('\n')).toContain('dss__pdf_v2.exe');
    expect(md[0]).toBe('Arkivpost stoppa sendinga:');
    expect(await dialog().locator('strong').first().innerText()).toBe('Arkivpost stoppa sendinga:');
    // Every line is a bullet but the heading and, when not all fit, the count of the rest.
    const more = md.filter((l) => /^… og \d+ til\./.test(l)).length;
    expect(await dialog().locator('li').count()).toBe(md.length - 1 - more);
    expect(md.join('\n')).not.toContain('\\');
  });

  it('speaks Swedish under Vara kommun', async () => {
    await current()
      .getByRole('combobox', { name: 'Kommune', exact: true })
      .selectOption('vara-kommun');
    await current().getByRole('button', { name: 'Nytt meddelande' }).click();
    await current().getByLabel('Till', { exact: true }).fill('medborgare@example.se');
    await current().getByLabel('Ämne').fill('Beslut för 19570428-9999');
    await current().getByRole('button', { name: 'Skicka', exact: true }).click();
    await dialog().waitFor();
    expect(await dialog().textContent()).toContain('Ämnesraden innehåller ett personnummer');
    expect(await dialog().getByRole('button').allTextContents()).toContain('Skicka inte');
  });
});
