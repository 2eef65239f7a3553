/**
 * The read pane against axe-core's WCAG 2 A/AA rules (contrast included) in
 * Outlook's light and dark themes and in Windows high contrast, with the
 * warnings and the case-handling panel on screen; and by keyboard alone.
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { describeBrowser, useWorkbench } from '../support/browser';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Outlook's theme colours (Office.context.officeTheme) before the pane loads. */
async function setOfficeTheme(page: Page, dark: boolean): Promise<void> {
  await page.evaluate((isDark) => {
    const office = (
      window as unknown as { ArkivpostWorkbench: { office(): { context: object } } }
    ).ArkivpostWorkbench.office();
    Object.defineProperty(office.context, 'officeTheme', {
      configurable: true,
      value: isDark
        ? {
            bodyBackgroundColor: '#292929',
            bodyForegroundColor: '#ffffff',
            controlBackgroundColor: '#1f1f1f',
            controlForegroundColor: '#ffffff',
            isDarkTheme: true,
          }
        : {
            bodyBackgroundColor: '#ffffff',
            bodyForegroundColor: '#242424',
            controlBackgroundColor: '#ffffff',
            controlForegroundColor: '#242424',
            isDarkTheme: false,
          },
    });
  }, dark);
}

async function paneFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[title="Arkivpost-panel"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no pane frame');
  return frame;
}

async function axe(frame: Frame): Promise<{ violations: Violation[]; passes: string[] }> {
  // Evaluated by the test driver: the pane's Content-Security-Policy rightly refuses an inline script.
  await frame.evaluate(`${AXE}\n;void 0`);
  return frame.evaluate(async () => {
    const run = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            o: unknown,
          ) => Promise<{ violations: Violation[]; passes: { id: string }[] }>;
        };
      }
    ).axe.run;
    const result = await run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      })),
      passes: result.passes.map((p) => p.id),
    };
  });
}

describeBrowser('the read pane’s accessibility', () => {
  const current = useWorkbench('Innboks');

  async function openPane(): Promise<Frame> {
    await current()
      .getByRole('button', { name: /startlån/ })
      .click();
    await current().getByRole('button', { name: 'Arkivpost', exact: true }).click();
    const frame = await paneFrame(current());
    await frame.locator('[data-section="case"]').waitFor();
    await frame.locator('[data-section="warnings"]').waitFor();
    // The case panel signed in (the workbench's Outlook consents by default) and read the state.
    await frame.locator('[data-case-phase="ready"]').waitFor();
    return frame;
  }

  it.each([
    ['light', false],
    ['dark', true],
  ] as const)('has no WCAG A/AA violations in Outlook’s %s theme', async (_name, dark) => {
    await setOfficeTheme(current(), dark);
    const frame = await openPane();
    const result = await axe(frame);
    expect(result.violations).toEqual([]);
    // The rules did run: contrast was checked and passed.
    expect(result.passes).toEqual(expect.arrayContaining(['color-contrast', 'button-name']));
  });

  it('has no WCAG A/AA violations in Windows high contrast', async () => {
    await current().emulateMedia({ forcedColors: 'active' });
    const frame = await openPane();
    expect((await axe(frame)).violations).toEqual([]);
  });

  it('has no WCAG A/AA violations with the answer-by date’s calendar open', async () => {
    const frame = await openPane();
    await frame.getByRole('button', { name: 'Vel dato i kalenderen' }).click();
    await frame.getByRole('grid').waitFor();
    expect((await axe(frame)).violations).toEqual([]);
  });

  it('has no WCAG A/AA violations in the filing form, and none once it has filed', async () => {
    const reset = (path: string): Promise<unknown> =>
      current().evaluate((p) => fetch(p, { method: 'POST' }).then((r) => r.status), path);
    await reset('/noark5v5/_emulator/reset');
    const frame = await openPane();
    await frame.getByRole('button', { name: 'Lagre i saksarkiv …' }).click();
    await frame.locator('[data-section="filing"]').waitFor();
    // The subject carries an ID number: the title is refused, with the reason, as an error.
    await frame
      .getByText(/130972\*{5}/)
      .first()
      .waitFor();
    expect((await axe(frame)).violations).toEqual([]);
    // The case search's open button is named in nynorsk, not Fluent's "Open".
    await frame.getByRole('radio', { name: 'Eksisterande sak' }).click();
    await frame
      .getByRole('button', { name: 'Opne Søk på saksnummer eller tittel', exact: true })
      .waitFor();
    expect((await axe(frame)).violations).toEqual([]);
    await frame.getByRole('textbox', { name: 'Tittel', exact: true }).fill('Søknad om startlån');
    await frame.getByRole('radio', { name: 'Ny sak' }).click();
    await frame.getByRole('button', { name: 'Lagre i saksarkiv', exact: true }).click();
    await frame.locator('[data-filing-phase="done"]').waitFor();
    expect((await axe(frame)).violations).toEqual([]);
    await reset('/graph/_emulator/reset');
  });

  it('reaches every control of the case panel by keyboard, each with a name', async () => {
    const frame = await openPane();
    // Start at the pane's first control, as a keyboard user does after F6 into it.
    await frame.locator('button, input, [tabindex="0"]').first().focus();
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      if (i > 0) await current().keyboard.press('Tab');
      const name = await frame.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body || !document.hasFocus()) return null;
        const by = el.getAttribute('aria-labelledby')?.split(' ')[0];
        const label =
          el.getAttribute('aria-label') ??
          (by ? document.getElementById(by)?.textContent : null) ??
          (el as HTMLInputElement).labels?.[0]?.textContent ??
          el.textContent;
        return `${el.tagName.toLowerCase()}:${(label ?? '').trim()}`;
      });
      if (name === null) break;
      seen.push(name);
    }
    // Status, the picker, notify, the class and due-date controls, and more.
    expect(seen.length).toBeGreaterThan(8);
    for (const s of seen) expect(s.split(':')[1]).not.toBe('');
  });
});
