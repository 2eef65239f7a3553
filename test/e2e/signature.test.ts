/**
 * R9 through the workbench (issue 14, "How it is judged"): a citizen's klage
 * on a decision without a signature in Hå kommune's function mailbox
 * (nynorsk), and an överklagande without one in Vara kommun's (Swedish).
 * "Svar med mal" / "Svara med mall" opens Outlook's reply with the profile's
 * template filled in, and marks the message rejected: its category in every
 * Outlook, its state in a second pane. A double click opens one reply and
 * marks once; a mark that does not land opens no reply.
 */
import { readFileSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import { describeBrowser, useWorkbench } from '../support/browser';
import { callFrom, paneOf } from '../support/workbench-page';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const HA_POST = 'post@ha.kommune.no';
const KARI = 'kari.nordmann@ha.kommune.no';
const PER = 'per.hansen@ha.kommune.no';
const VARA = 'vara.kommun@vara.se';
const ANNA = 'anna.andersson@vara.se';

interface ReplyForm {
  readonly all: boolean;
  readonly htmlBody: string;
}

interface Workbench {
  controller(): {
    replyForms: ReplyForm[];
    mode: string | null;
    getComposeText(): string;
  } | null;
}

describeBrowser('a message that needs a signature (R9)', () => {
  const current = useWorkbench('Innboks');
  const pane = (): FrameLocator => paneOf(current());
  const card = () => pane().locator('[data-case="signature"]');

  beforeEach(async () => {
    await callFrom(current(), 'POST', '/graph/_emulator/reset');
  });

  /** Open a mailbox as a user by the workbench's address (`?mailbox=<mailbox>/<upn>`), then a message. */
  async function openMessage(page: Page, mailbox: string, subject: RegExp): Promise<void> {
    await page.goto(new URL(`?mailbox=${encodeURIComponent(mailbox)}`, page.url()).href);
    await page.getByRole('button', { name: subject }).first().click();
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await paneOf(page).locator('[data-case-phase="ready"]').waitFor();
  }

  /** axe-core's WCAG 2 A/AA violations inside the card (rule ids). */
  async function violations(page: Page): Promise<string[]> {
    const handle = await page.waitForSelector('iframe[title="Arkivpost-panel"]');
    const frame = await handle.contentFrame();
    if (!frame) throw new Error('no pane frame');
    // Evaluated by the test driver: the pane's Content-Security-Policy rightly refuses an inline script.
    await frame.evaluate(`${AXE}\n;void 0`);
    return frame.evaluate(async () => {
      const run = (
        window as unknown as {
          axe: {
            run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string }[] }>;
          };
        }
      ).axe.run;
      const result = await run(document.querySelector('[data-case="signature"]'), {
        runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
      });
      return result.violations.map((v) => v.id);
    });
  }

  /** The replies the add-in opened, and the text of the reply now on screen. */
  async function replies(
    page: Page,
  ): Promise<{ forms: ReplyForm[]; mode: string | null; text: string }> {
    return page.evaluate(() => {
      const c = (
        window as unknown as { ArkivpostWorkbench: Workbench }
      ).ArkivpostWorkbench.controller();
      return {
        forms: c?.replyForms.map((f) => ({ all: f.all, htmlBody: f.htmlBody })) ?? [],
        mode: c?.mode ?? null,
        text: c?.mode === 'compose' ? c.getComposeText() : '',
      };
    });
  }

  interface Item {
    readonly subject: string;
    readonly categories: string[];
  }

  /** The messages of a mailbox as a user reads them over Graph. */
  async function messages(mailbox: string, user: string): Promise<Item[]> {
    return current().evaluate(
      async ([mb, upn]) => {
        const res = await fetch(
          `/graph/v1.0/users/${mb}/messages?$select=subject,categories&$top=50`,
          {
            headers: { authorization: `Bearer test:${upn}` },
          },
        );
        return ((await res.json()) as { value: Item[] }).value;
      },
      [mailbox, user] as const,
    );
  }

  /** PATCHes of messages the Graph emulator applied. */
  async function patches(): Promise<number> {
    const state = (await callFrom(current(), 'GET', '/graph/_emulator/state')) as {
      requests: Array<{ method: string; path: string; applied: boolean }>;
    };
    return state.requests.filter(
      (e) => e.method === 'PATCH' && /\/messages\//.test(e.path) && e.applied,
    ).length;
  }

  it('nynorsk: a klage without a signature → one template reply opened and the message marked, seen in a second pane', async () => {
    await openMessage(current(), `${HA_POST}/${KARI}`, /Klage på vedtak/);
    await card().waitFor();
    const text = await card().innerText();
    expect(text).toContain('Krev underskrift');
    expect(text).toContain('Klage på vedtak: «klage på vedtak» står i emnet');
    expect(text).toContain('Heimel: Forvaltningslova § 32 første ledd bokstav a');
    expect(text).toContain('Svaret blir opna i Outlook på nynorsk');
    expect(await violations(current())).toEqual([]);
    const before = await patches();

    await card().getByRole('button', { name: 'Svar med mal', exact: true }).dblclick();
    // The workbench shows the reply the add-in opened: Outlook's compose form.
    await current().waitForFunction(
      () =>
        (window as unknown as { ArkivpostWorkbench: Workbench }).ArkivpostWorkbench.controller()
          ?.mode === 'compose',
    );
    const opened = await replies(current());
    expect(opened.forms).toHaveLength(1);
    expect(opened.forms[0]?.all).toBe(false);
    const html = opened.forms[0]?.htmlBody ?? '';
    expect(html).toContain('<p>Hei Ingrid Sele</p>');
    expect(html).toContain('«Klage på vedtak om avslag på dispensasjon» 09.03.2026');
    expect(html).toContain('Hå kommune, Postboks 24, 4368 Varhaug');
    expect(html).toContain('<a href="https://www.ha.kommune.no/eteneste">');
    expect(opened.text).toContain('Etter lova må han vere underteikna');
    expect(opened.text).toContain('Venleg helsing');
    // Above the quoted original, to the sender.
    expect(opened.text.indexOf('Venleg helsing')).toBeLessThan(opened.text.indexOf('Eg klagar på'));

    // Marked once: one PATCH, the category every Outlook shows.
    expect((await patches()) - before).toBe(1);
    const klage = (await messages(HA_POST, KARI)).find((m) => /Klage på vedtak/.test(m.subject));
    expect(klage?.categories).toContain('Avvist – krev underskrift');

    // Per Hansen, in a pane of his own, sees who rejected it and when.
    const browser = current().context().browser();
    if (!browser) throw new Error('no browser');
    const second = await browser.newPage({
      ignoreHTTPSErrors: true,
      viewport: { width: 1400, height: 900 },
    });
    try {
      await second.goto(current().url());
      await openMessage(second, `${HA_POST}/${PER}`, /Klage på vedtak/);
      const rejected = paneOf(second).locator('[data-signature="rejected"]');
      await rejected.waitFor();
      expect(await rejected.innerText()).toMatch(
        /^Avvist fordi ho krev underskrift, av Kari Nordmann .*\d{2}\.\d{2}/,
      );
    } finally {
      await second.close();
    }
  });

  it('svenska: an överklagande without a signature → the reply in Swedish and "Avvisad – kräver underskrift"; a mark that fails opens no reply', async () => {
    await openMessage(current(), `${VARA}/${ANNA}`, /Överklagande av beslut/);
    await card().waitFor();
    const text = await card().innerText();
    expect(text).toContain('Kräver underskrift');
    expect(text).toContain('Överklagande: ”överklagande” står i ämnesraden');
    expect(text).toContain('Lagstöd: Förvaltningslagen (2017:900) 44 §');
    const button = card().getByRole('button', { name: 'Svara med mall', exact: true });

    // The connection drops before the mark lands: nothing is opened, the pane says why.
    await callFrom(current(), 'POST', '/graph/_emulator/faults', {
      kind: 'drop',
      times: 'always',
      when: 'before',
      method: 'PATCH',
    });
    await button.click();
    await pane().locator('[data-case-intent="error"]').waitFor();
    expect((await replies(current())).forms).toHaveLength(0);
    expect(await card().locator('[data-signature="rejected"]').count()).toBe(0);
    await callFrom(current(), 'DELETE', '/graph/_emulator/faults');

    // Again: marked, and the reply opens in Swedish.
    await button.click();
    await current().waitForFunction(
      () =>
        (window as unknown as { ArkivpostWorkbench: Workbench }).ArkivpostWorkbench.controller()
          ?.mode === 'compose',
    );
    const opened = await replies(current());
    expect(opened.forms).toHaveLength(1);
    const html = opened.forms[0]?.htmlBody ?? '';
    expect(html).toContain('<p>Hej Karin Berg!</p>');
    expect(html).toContain('”Överklagande av beslut om bygglov” 2026-03-09');
    expect(html).toContain('Vara kommun, 534 81 Vara');
    expect(opened.text).toContain('Med vänlig hälsning');
    const item = (await messages(VARA, ANNA)).find((m) => /Överklagande/.test(m.subject));
    expect(item?.categories).toContain('Avvisad – kräver underskrift');

    // A second pane (the same message opened again) shows the mark.
    await openMessage(current(), `${VARA}/${ANNA}`, /Överklagande av beslut/);
    const rejected = card().locator('[data-signature="rejected"]');
    await rejected.waitFor();
    expect(await rejected.innerText()).toMatch(
      /^Avvisad eftersom det kräver underskrift, av Anna Andersson /,
    );
  });
});
