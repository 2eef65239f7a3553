/**
 * The read pane and its case panel in the workbench, in bokmål, nynorsk and
 * Swedish (issue 12, "What users saw"): no English month or day name, no
 * American or raw ISO time anywhere the user reads or a screen reader says,
 * one date format per language, and Fluent's own words (the combobox's
 * "Open") in the user's language.
 */
import type { FrameLocator } from 'playwright-core';
import { describeBrowser, useWorkbench } from '../support/browser';
import { callFrom, openMailboxAs, paneOf } from '../support/workbench-page';
import { toExtendedProperties } from '../../src/core/state';

const POST = 'post@ha.kommune.no';
const PER = { address: 'per.hansen@ha.kommune.no', name: 'Per Hansen' };

const ENGLISH =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const CLOCK_12 = /\d\s?(AM|PM)\b/;
const ISO_TIME = /\d{4}-\d{2}-\d{2}T/;
const US_DATE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/;
/** In nb and nn: an ISO date, or a date not written 04.03.2026 (4.3.2026, 04.03.26). */
const NOT_NORWEGIAN =
  /\b\d{4}-\d{2}-\d{2}\b|\b(?!\d{2}\.\d{2}\.\d{4}\b)\d{1,2}\.\d{1,2}\.\d{2,4}\b/;

/** What the pane shows and says: visible text, field values, accessible names. */
interface Readout {
  readonly text: string;
  readonly values: string[];
  readonly labels: string[];
}

async function readout(pane: FrameLocator): Promise<Readout> {
  return pane.locator('body').evaluate((body) => ({
    text: (body as HTMLElement).innerText,
    values: [...body.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value),
    labels: [...body.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((e) =>
      ['aria-label', 'title', 'placeholder']
        .map((a) => e.getAttribute(a))
        .filter((v): v is string => v !== null),
    ),
  }));
}

describeBrowser('the read pane in the user’s language', () => {
  const current = useWorkbench('Innboks');
  const pane = (): FrameLocator => paneOf(current());
  const caseSection = () => pane().locator('[data-section="case"]');

  beforeEach(async () => {
    await callFrom(current(), 'POST', '/graph/_emulator/reset');
  });

  it.each([
    [
      'nb',
      'Åpne Velg saksbehandler',
      '04.03.2026 kl. 09.22',
      /\b\d{2}\.\d{2}\.\d{4}\b/,
      NOT_NORWEGIAN,
    ],
    [
      'nn',
      'Opne Vel saksbehandlar',
      '04.03.2026 kl. 09.22',
      /\b\d{2}\.\d{2}\.\d{4}\b/,
      NOT_NORWEGIAN,
    ],
    [
      'sv',
      'Öppna Välj handläggare',
      '2026-03-04 kl. 09.22',
      /\b\d{4}-\d{2}-\d{2}\b/,
      /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/,
    ],
  ] as const)(
    'in %s: no English date or word from Fluent, no raw time, one date format',
    async (lang, open, sentAt, ownDate, otherDate) => {
      // Sent to the registrar on 4 March at 09:22 Oslo time, answer by 6 March, assigned to Per.
      await callFrom(current(), 'POST', `/graph/_emulator/mailboxes/${POST}/messages`, {
        subject: 'Spørsmål om brøyting',
        from: { emailAddress: { name: 'Ola Innbyggjar', address: 'ola.innbyggjar@example.net' } },
        toRecipients: [{ emailAddress: { address: POST } }],
        receivedDateTime: '2026-03-03T10:00:00Z',
        body: { contentType: 'text', content: 'Når blir vegen vår brøyta? Helsing Ola' },
        singleValueExtendedProperties: toExtendedProperties({
          status: 'sent-to-registrar',
          assignee: PER,
          class: { value: 'archive-worthy', confirmed: true },
          due: '2026-03-06',
          sentTo: { address: POST, at: '2026-03-04T08:22:00Z' },
          updatedBy: PER,
          updatedAt: '2026-03-04T08:22:00Z',
        }),
      });
      await openMailboxAs(current(), /post.*Kari Nordmann/);
      await current().locator('#lang').selectOption(lang);
      await current()
        .getByRole('button', { name: /brøyting/ })
        .first()
        .click();
      await current().getByRole('button', { name: 'Arkivpost', exact: true }).click();
      await pane().locator('[data-case-phase="ready"]').waitFor();
      await caseSection().locator('[data-case-due="2026-03-06"]').waitFor();
      await caseSection().locator('[data-case-sent]').waitFor();
      expect(await pane().locator('html').getAttribute('lang')).toMatch(new RegExp(`^${lang}`));

      const seen = await readout(pane());
      const all = [seen.text, ...seen.values, ...seen.labels];
      for (const s of all) {
        expect(s).not.toMatch(ENGLISH);
        expect(s).not.toMatch(CLOCK_12);
        expect(s).not.toMatch(ISO_TIME);
        expect(s).not.toMatch(US_DATE);
        expect(s).not.toMatch(otherDate);
      }
      // The answer-by date and the time it was sent on are there, in the language's one format.
      expect(seen.text).toMatch(ownDate);
      expect(seen.text).toContain(sentAt);
      expect(seen.values.some((v) => ownDate.test(v))).toBe(true);

      // The combobox's open button, named in the language; nothing left saying "Open".
      const expand = caseSection().getByRole('button', { name: open, exact: true });
      expect(await expand.count()).toBe(1);
      expect(seen.labels.filter((l) => /^(Open|Clear selection|Close|Dismiss)\b/.test(l))).toEqual(
        [],
      );
      await expand.click();
      expect(await expand.getAttribute('aria-expanded')).toBe('true');
    },
  );
});
