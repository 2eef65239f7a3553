/**
 * What browser tests do to the workbench page the way a user (or the
 * emulators' controls) would: call the page's own origin, choose a mailbox,
 * reach the task pane.
 */
import type { FrameLocator, Page } from 'playwright-core';

/** The task pane, inside the workbench. */
export function paneOf(page: Page): FrameLocator {
  return page.frameLocator('iframe[title="Arkivpost-panel"]');
}

/** A JSON request from the page to its own origin (the emulators' `_emulator` controls, Graph). */
export async function callFrom(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
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

/** Choose the mailbox as this user (the workbench's "Postkasse" list) and wait for its session. */
export async function openMailboxAs(page: Page, label: RegExp): Promise<void> {
  const select = page.getByRole('combobox', { name: 'Postkasse', exact: true });
  const options = await select
    .locator('option')
    .evaluateAll((os) =>
      os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })),
    );
  const option = options.find((o) => label.test(o.text));
  if (!option)
    throw new Error(`no mailbox option ${label}: ${options.map((o) => o.text).join(' | ')}`);
  await select.selectOption(option.value);
  // The folder buttons are disabled until the new mailbox's session is open.
  await page.getByRole('button', { name: 'Innboks', disabled: false }).waitFor();
}
