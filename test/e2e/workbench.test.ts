/**
 * The engine in a real browser: the workbench served as by `npm start`,
 * driven in headless Chromium like a user would.
 */
import type { Browser, Page } from 'playwright-core';
import { buildWorkbench, describeBrowser, launch, startWorkbench } from '../support/browser';
import type { Server } from '../support/browser';

describeBrowser('the workbench in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    buildWorkbench();
    server = await startWorkbench();
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  beforeEach(async () => {
    page = await browser.newPage({ ignoreHTTPSErrors: true });
    await page.goto(server.url);
  });

  afterEach(async () => {
    await page.close();
  });

  it('blocks a fødselsnummer in the subject with the nynorsk text, and lets it go once removed', async () => {
    await page.getByRole('combobox', { name: 'Frå' }).selectOption('post@ha.kommune.no');
    await page.getByRole('textbox', { name: 'Emne' }).fill('Vedtak for 13097248022');
    await page.getByRole('button', { name: 'Send' }).click();
    const status = page.getByRole('status').first();
    await status.filter({ hasText: 'Arkivpost stoppa sendinga' }).waitFor();
    expect(await status.textContent()).toContain('Emnefeltet inneheld eit fødselsnummer');

    await page.getByRole('textbox', { name: 'Emne' }).fill('Vedtak om byggjeløyve');
    await page.getByRole('button', { name: 'Send' }).click();
    await status.filter({ hasText: 'Meldinga kan sendast.' }).waitFor();
  });

  it('warns in Swedish about a personal mailbox under Vara kommun', async () => {
    await page.getByRole('combobox', { name: 'Profil' }).selectOption({ label: 'Vara kommun' });
    await page.getByRole('textbox', { name: 'Ämne' }).fill('Svar på din fråga om bygglov');
    await page.getByRole('button', { name: 'Skicka' }).click();
    const status = page.getByRole('status').first();
    await status.filter({ hasText: 'Arkivpost ber dig se över detta' }).waitFor();
    expect(await status.textContent()).toContain('vara.kommun@vara.se');
  });

  it('switches the interface language', async () => {
    await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
    await page.getByRole('button', { name: 'Send' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Arkivpost workbench');
  });
});
