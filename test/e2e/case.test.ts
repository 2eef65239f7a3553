/**
 * Case handling through the workbench (issue 4, "How it is judged"): two
 * people who share Hå kommune's function mailbox, the real task pane signed
 * in through the emulated Outlook's nested app authentication, the shared
 * state kept by the Graph emulator on the same origin.
 */
import type { FrameLocator } from 'playwright-core';
import { describeBrowser, useWorkbench } from '../support/browser';
import { callFrom, openMailboxAs, paneOf } from '../support/workbench-page';

const POST = 'post@ha.kommune.no';

describeBrowser('case handling in a shared function mailbox', () => {
  const current = useWorkbench('Innboks');

  const pane = (): FrameLocator => paneOf(current());

  const graph = callFrom;

  async function faults(rules: unknown): Promise<void> {
    await graph(current(), 'POST', '/graph/_emulator/faults', rules);
  }

  /** Choose the mailbox as this user (the workbench's "Postkasse" list). */
  const openAs = (label: RegExp): Promise<void> => openMailboxAs(current(), label);

  async function openMessage(subject: RegExp): Promise<void> {
    await current().getByRole('button', { name: subject }).first().click();
    await current().getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await pane().locator('[data-case-phase="ready"]').waitFor();
  }

  function caseSection() {
    return pane().locator('[data-section="case"]');
  }

  beforeEach(async () => {
    await graph(current(), 'POST', '/graph/_emulator/reset');
  });

  it('A confirms archive-worthy and assigns to B; B sees it with the notice, sets Ferdig; A sees Ferdig', async () => {
    await openAs(/post.*Kari Nordmann/);
    await openMessage(/startlån/);
    await caseSection()
      .getByRole('button', { name: /Stadfest «Arkivverdig»/ })
      .click();
    await caseSection().locator('[data-class="archive-worthy"]').waitFor();

    const picker = caseSection().getByRole('combobox', { name: 'Vel saksbehandlar' });
    await picker.click();
    await picker.fill('Per');
    await pane().getByRole('option', { name: 'Per Hansen' }).click();
    await caseSection().locator('[data-assignee="per.hansen@ha.kommune.no"]').waitFor();
    await pane().getByText('Varsel sendt til Per Hansen.').waitFor();

    // Every Outlook shows it in the message list: the categories.
    await current()
      .getByRole('button', { name: /Oppdater/ })
      .first()
      .click();
    await current().getByText('Tildelt: Per Hansen').first().waitFor();

    // B: the notice in B's own mailbox, in nynorsk, with a link.
    await openAs(/^Per Hansen/);
    await current()
      .getByRole('button', { name: /Tildelt deg: .*startlån/i })
      .click();
    await current()
      .getByText(/Kari Nordmann har tildelt deg ei melding i Hå kommune – post/)
      .waitFor();

    // B opens the function mailbox and finishes it.
    await openAs(/post.*Per Hansen/);
    await openMessage(/startlån/);
    await caseSection().locator('[data-assignee="per.hansen@ha.kommune.no"]').waitFor();
    await caseSection().getByRole('radio', { name: 'Under behandling' }).click();
    await pane().locator('[data-case-status="in-progress"]').waitFor();
    await caseSection().getByRole('radio', { name: 'Ferdig' }).click();
    await pane().locator('[data-case-status="done"]').waitFor();

    // A sees Ferdig.
    await openAs(/post.*Kari Nordmann/);
    await openMessage(/startlån/);
    await pane().locator('[data-case-status="done"]').waitFor();
    expect(await caseSection().getByRole('radio', { name: 'Ferdig' }).isChecked()).toBe(true);
  });

  it('a double click on Varsle sends one notice; after Tildel meg nobody is offered a notice to themselves; Ferdig is not overdue', async () => {
    await openAs(/post.*Kari Nordmann/);
    await openMessage(/startlån/);
    // The sample arrived in the past: overdue while the case is open.
    await pane().locator('[data-overdue="true"]').first().waitFor();
    await caseSection().getByRole('checkbox', { name: 'Varsle med e-post' }).uncheck();
    const picker = caseSection().getByRole('combobox', { name: 'Vel saksbehandlar' });
    await picker.click();
    await picker.fill('Per');
    await pane().getByRole('option', { name: 'Per Hansen' }).click();
    await caseSection().locator('[data-assignee="per.hansen@ha.kommune.no"]').waitFor();
    // The person under a heading of its own, apart from the action.
    await caseSection().getByRole('heading', { name: 'Saksbehandlar' }).waitFor();

    const notify = caseSection().getByRole('button', { name: 'Varsle Per Hansen' });
    await notify.dblclick();
    await pane().getByText('Varsel sendt til Per Hansen.').waitFor();
    expect(await notify.isDisabled()).toBe(true);
    const state = (await graph(current(), 'GET', '/graph/_emulator/state')) as {
      requests: Array<{ method: string; path: string; applied: boolean }>;
    };
    expect(
      state.requests.filter((e) => e.method === 'POST' && /sendMail$/.test(e.path) && e.applied),
    ).toHaveLength(1);

    await caseSection().getByRole('button', { name: 'Tildel meg' }).click();
    await caseSection().locator('[data-assignee="kari.nordmann@ha.kommune.no"]').waitFor();
    expect(
      await caseSection()
        .getByRole('button', { name: /^Varsle/ })
        .count(),
    ).toBe(0);

    await caseSection().getByRole('radio', { name: 'Under behandling' }).click();
    await pane().locator('[data-case-status="in-progress"]').waitFor();
    await caseSection().getByRole('radio', { name: 'Ferdig' }).click();
    await pane().locator('[data-case-status="done"]').waitFor();
    expect(await pane().locator('[data-overdue="true"]').count()).toBe(0);
    expect(
      await pane()
        .getByText(/Forfallen/)
        .count(),
    ).toBe(0);
  });

  it('keeps the message list’s labels current as the pane changes the status, with no request refused on the way', async () => {
    const refused: string[] = [];
    current().on('response', (r) => {
      if (r.status() >= 400) refused.push(`${r.status()} ${r.url()}`);
    });
    current().on('console', (m) => {
      if (m.type() === 'error') refused.push(m.text());
    });
    await openAs(/post.*Kari Nordmann/);
    await openMessage(/startlån/);
    const row = current()
      .locator('nav li')
      .filter({ hasText: /startlån/ });
    await caseSection().getByRole('radio', { name: 'Under behandling' }).click();
    await pane().locator('[data-case-status="in-progress"]').waitFor();
    // Without Oppdater: the list follows the mailbox, as Outlook's does.
    await row.locator('.category').filter({ hasText: 'Under behandling' }).waitFor();
    await caseSection().getByRole('radio', { name: 'Ferdig' }).click();
    await pane().locator('[data-case-status="done"]').waitFor();
    await row.locator('.category').filter({ hasText: 'Ferdig' }).waitFor();
    await row
      .locator('.category')
      .filter({ hasText: 'Under behandling' })
      .waitFor({ state: 'detached' });
    // The date and the labels are not cut off by the list's edge.
    const clipped = await current().evaluate(() => {
      const nav = document.querySelector('nav');
      if (!nav) return ['no list'];
      const edge = nav.getBoundingClientRect().right;
      return [...nav.querySelectorAll('.when, .category')]
        .filter((e) => e.getBoundingClientRect().right > edge + 0.5)
        .map((e) => e.textContent ?? '');
    });
    expect(clipped).toEqual([]);
    expect(refused).toEqual([]);
  });

  it('gives a message that arrived on the Friday before Easter its answer-by date after Easter Monday', async () => {
    await graph(current(), 'POST', `/graph/_emulator/mailboxes/${POST}/messages`, {
      subject: 'Spørsmål om skuleskyss',
      from: { emailAddress: { name: 'Ola Innbyggjar', address: 'ola.innbyggjar@example.net' } },
      toRecipients: [{ emailAddress: { address: POST } }],
      receivedDateTime: '2026-04-03T10:00:00Z',
      body: {
        contentType: 'text',
        content: 'Hei! Kan de svare meg på om dottera mi har rett på skuleskyss frå hausten?',
      },
    });
    await openAs(/post.*Kari Nordmann/);
    await openMessage(/skuleskyss/);
    // Langfredag 3.4, påskedag and 2. påskedag 6.4 are not working days: two working days → 8.4.
    const due = pane().locator('[data-due]');
    expect(await due.getAttribute('data-due')).toBe('2026-04-08');
    // The field writes it as nynorsk does, not as the browser's locale would (04/08/2026).
    expect(await caseSection().locator('input[data-due-value]').inputValue()).toBe('08.04.2026');
  });

  it('takes the answer-by date as the user’s language writes it, in nynorsk and then in Swedish, and saves it once', async () => {
    await openAs(/post.*Kari Nordmann/);
    await openMessage(/startlån/);
    const field = caseSection().locator('input[data-due-value]');
    expect(await field.getAttribute('placeholder')).toBe('dd.mm.åååå');
    const patches = async (): Promise<number> => {
      const state = (await graph(current(), 'GET', '/graph/_emulator/state')) as {
        requests: Array<{ method: string; applied: boolean }>;
      };
      return state.requests.filter((e) => e.method === 'PATCH' && e.applied).length;
    };
    const before = await patches();
    // Typed the short way; Enter twice and then away from the field: one save.
    await field.fill('10.4.2026');
    await field.press('Enter');
    await field.press('Enter');
    await field.press('Tab');
    await caseSection().locator('input[data-due-saved="2026-04-10"]').waitFor();
    await caseSection().locator('[data-case-due="2026-04-10"]').waitFor();
    expect(await field.inputValue()).toBe('10.04.2026');
    expect(await caseSection().locator('[data-case-due]').textContent()).toContain('10.04.2026');
    expect((await patches()) - before).toBe(1);

    // A day that does not exist, and the browser's American order, are not taken.
    for (const wrong of ['31.02.2026', '04/13/2026']) {
      await field.fill(wrong);
      await field.press('Enter');
      await caseSection().getByText('Skriv datoen som dd.mm.åååå.').waitFor();
      expect(await field.getAttribute('data-due-saved')).toBe('2026-04-10');
    }
    expect((await patches()) - before).toBe(1);

    // The calendar beside it, in nynorsk: the month, Monday first, each day named as the field writes it.
    await caseSection().getByRole('button', { name: 'Vel dato i kalenderen' }).click();
    const calendar = pane().getByRole('grid', { name: 'april 2026' });
    await calendar.waitFor();
    expect(await calendar.locator('th').allTextContents()).toEqual([
      'må',
      'ty',
      'on',
      'to',
      'fr',
      'la',
      'su',
    ]);
    // The saved day has the focus; a week on, then a month on, by keyboard.
    const focused = (day: string): Promise<void> =>
      pane().locator(`[data-day="${day}"]:focus`).waitFor();
    await focused('2026-04-10');
    await pane().locator(':focus').press('ArrowDown');
    await focused('2026-04-17');
    await pane().locator(':focus').press('PageDown');
    await pane().getByRole('grid', { name: 'mai 2026' }).waitFor();
    await focused('2026-05-17');
    await pane().getByRole('button', { name: 'Førre månad' }).click();
    await pane().getByRole('grid', { name: 'april 2026' }).waitFor();
    await pane().getByRole('button', { name: '20.04.2026', exact: true }).click();
    await caseSection().locator('input[data-due-saved="2026-04-20"]').waitFor();
    expect(await field.inputValue()).toBe('20.04.2026');
    expect((await patches()) - before).toBe(2);
    // Open again on the new day; Escape closes it and gives the focus back to its button.
    await caseSection().getByRole('button', { name: 'Vel dato i kalenderen' }).click();
    await focused('2026-04-20');
    await pane().locator(':focus').press('Escape');
    await pane().getByRole('grid').waitFor({ state: 'detached' });
    await pane().locator('[aria-label="Vel dato i kalenderen"]:focus').waitFor();
    expect((await patches()) - before).toBe(2);

    // The same message in Swedish: the same date written the Swedish way, and read that way.
    await current().locator('#lang').selectOption('sv');
    await pane().locator('[data-case-phase="ready"]').waitFor();
    const sv = caseSection().locator('input[data-due-value]');
    await caseSection().locator('input[data-due-saved="2026-04-20"]').waitFor();
    expect(await sv.inputValue()).toBe('2026-04-20');
    expect(await sv.getAttribute('placeholder')).toBe('åååå-mm-dd');
    await sv.fill('13.4.2026');
    await sv.press('Enter');
    await caseSection().getByText('Skriv datumet som åååå-mm-dd.').waitFor();
    await sv.fill('2026-04-13');
    await sv.press('Tab');
    await caseSection().locator('[data-case-due="2026-04-13"]').waitFor();
    expect(await sv.inputValue()).toBe('2026-04-13');
    expect(await caseSection().locator('[data-case-due]').textContent()).toContain('2026-04-13');
    expect(await caseSection().getByText('Skriv datumet som').count()).toBe(0);
  });

  it('lands an assignment once through a storm of 429s, with a progress bar on the way', async () => {
    await openAs(/post.*Kari Nordmann/);
    await openMessage(/startlån/);
    await faults({ kind: 'throttle', times: 3, retryAfter: 1, method: 'PATCH' });
    await caseSection().getByRole('button', { name: 'Tildel meg' }).click();
    await pane().locator('[data-case-progress]').waitFor();
    expect(
      await pane()
        .getByText(/Ventar på Microsoft 365 … forsøk \d av 6/)
        .count(),
    ).toBe(1);
    await caseSection().locator('[data-assignee="kari.nordmann@ha.kommune.no"]').waitFor();
    const state = (await graph(current(), 'GET', '/graph/_emulator/state')) as {
      requests: Array<{ method: string; applied: boolean }>;
    };
    expect(state.requests.filter((e) => e.method === 'PATCH' && e.applied)).toHaveLength(1);
  });

  it('after a dropped connection mid-update shows the state the server holds and says what happened', async () => {
    await openAs(/post.*Kari Nordmann/);
    await openMessage(/startlån/);
    await faults({ kind: 'drop', times: 'always', when: 'before', method: 'PATCH' });
    await caseSection().getByRole('radio', { name: 'Under behandling' }).click();
    await pane().getByText('Sambandet blei brote. Sjekk nettverket og prøv igjen.').waitFor();
    // Nothing landed, and the pane does not pretend it did.
    expect(await pane().locator('[data-section="case"]').getAttribute('data-case-status')).toBe(
      'new',
    );
    expect(await caseSection().getByRole('radio', { name: 'Ny' }).isChecked()).toBe(true);
  });
});
