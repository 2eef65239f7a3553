/**
 * Replies that belong to a case, through the workbench (issue 14): Kari in
 * Hå kommune's function mailbox journals a decision before sending it
 * ("Vår ref. 2026/…-1" in its subject, the reference kept on the draft),
 * sends it; the citizen's reply arrives with In-Reply-To naming the sent
 * message → the pane says "Svar i sak 2026/…" and "Lagre i same sak" files it
 * into that case in the emulated Noark 5 archive in one click (a double
 * click files once). A second reply whose subject has lost the reference is
 * still found by In-Reply-To. The same again in bokmål, in the example
 * kommune's postmottak. In Swedish, against Melleruds kommun's
 * SharePoint library (a connector that can look a case up by number): a
 * reply to our sent answer, whose subject says nothing of the case, is
 * "Svar i ärende 2026/…" by In-Reply-To and the case kept on the sent copy,
 * and "Spara i samma ärende" files it there. And the whole flow in Swedish:
 * a decision filed with "Diarieför före sändning" into the library ("Vårt
 * dnr 2026/…-1"), sent, and the applicant's reply without the number filed
 * in the same case with a double click: two records, one U and one I.
 */
import { describeBrowser, useWorkbench } from '../support/browser';
import { callFrom, paneOf } from '../support/workbench-page';

interface NoarkEntity {
  readonly kind: string;
  readonly fields?: Record<string, unknown>;
}

/** The whole flow in nynorsk (Hå kommune) and bokmål (the example kommune), both on Noark 5. */
const FLOWS = [
  {
    lang: 'nn',
    mailbox: 'post@ha.kommune.no',
    user: 'kari.nordmann@ha.kommune.no',
    sent: 'Meldinga er send.',
    via: 'Meldinga svarar på ein e-post som blei arkivert i saka.',
    title: /^Saka heiter «.*barnehageplass.*» i arkivet\.$/i,
    file: 'Lagre i same sak',
  },
  {
    lang: 'nb',
    mailbox: 'postmottak@kommune.example.no',
    user: 'ola.nordmann@kommune.example.no',
    sent: 'Meldingen er sendt.',
    via: 'Meldingen svarer på en e-post som ble arkivert i saken.',
    title: /^Saken heter «.*barnehageplass.*» i arkivet\.$/i,
    file: 'Lagre i samme sak',
  },
] as const;

describeBrowser('a reply that belongs to a case: "Svar i sak" and "Lagre i same sak"', () => {
  const current = useWorkbench('Innboks');
  const pane = () => paneOf(current());

  async function records(): Promise<NoarkEntity[]> {
    const state = (await callFrom(current(), 'GET', '/noark5v5/_emulator/state')) as {
      entities: NoarkEntity[];
    };
    return state.entities.filter((e) => e.kind === 'journalpost');
  }

  async function open(mailbox: string, user: string, subject: RegExp): Promise<void> {
    const page = current();
    await page.goto(
      new URL(`?mailbox=${encodeURIComponent(`${mailbox}/${user}`)}`, page.url()).href,
    );
    await page.getByRole('button', { name: subject }).first().click();
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await pane().locator('[data-case-phase="ready"]').waitFor();
  }

  /** The words of the workbench and the pane for composing and filing before sending. */
  interface DraftWords {
    readonly newMessage: string;
    readonly to: string;
    readonly subject: string;
    readonly body: string;
    readonly action: string;
    readonly submit: string;
    readonly filedAs: RegExp;
    readonly ours: string;
  }

  /** A new message, filed before sending; its record's reference, once the subject carries it. */
  async function composeAndFile(
    w: DraftWords,
    letter: { to: string; subject: string; body: string },
  ): Promise<string> {
    const page = current();
    await page.getByRole('button', { name: w.newMessage }).click();
    await page.getByLabel(w.to, { exact: true }).fill(letter.to);
    await page.getByLabel(w.subject).fill(letter.subject);
    await page.getByRole('textbox', { name: w.body }).fill(letter.body);
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    await pane().getByRole('button', { name: w.action }).click();
    const filing = pane().locator('[data-section="filing"]');
    await filing.waitFor();
    await filing.getByRole('button', { name: w.submit, exact: true }).click();
    await pane().locator('[data-filing-phase="done"]').waitFor();
    const note = await filing.locator('[data-filing-note]').innerText();
    const ref = w.filedAs.exec(note)?.[1] ?? '';
    expect(ref).not.toBe('');
    await page.waitForFunction(
      (want) => (document.getElementById('subject') as HTMLInputElement | null)?.value === want,
      `${w.ours} ${ref} – ${letter.subject}`,
    );
    return ref;
  }

  const NORWEGIAN: DraftWords = {
    newMessage: 'Ny melding',
    to: 'Til',
    subject: 'Emne',
    body: 'Melding',
    action: 'Journalfør før sending',
    submit: 'Lagre i saksarkiv',
    filedAs: /Arkivert som (2026\/\d+-\d+)/,
    ours: 'Vår ref.',
  };

  it.each(FLOWS)(
    '$lang: journals and sends a decision, then recognises and files the reply in the same case, by reference and by In-Reply-To',
    async ({ mailbox, user, sent: sentNote, via, title, file }) => {
      const page = current();
      await callFrom(page, 'POST', '/graph/_emulator/reset');
      await callFrom(page, 'POST', '/noark5v5/_emulator/reset');
      await page.goto(
        new URL(`?mailbox=${encodeURIComponent(`${mailbox}/${user}`)}`, page.url()).href,
      );
      await page.getByRole('button', { name: 'Innboks' }).waitFor();

      // The decision, journaled before sending.
      const ref = await composeAndFile(NORWEGIAN, {
        to: 'ola.innbyggjar@example.net',
        subject: 'Vedtak om barnehageplass',
        body: 'Hei! Søknaden er innvilga frå 1. januar. Klagefristen er tre veker.',
      });
      const caseNumber = ref.replace(/-\d+$/, '');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      const alert = page.getByRole('alertdialog');
      await alert.waitFor();
      await alert.getByRole('button', { name: 'Send likevel' }).click();
      await page.getByRole('status').filter({ hasText: sentNote }).waitFor();

      // The sent copy: its Message-ID, and the reference kept on it.
      const sent = (await page.evaluate(
        async ([mb, user]) => {
          const res = await fetch(
            `/graph/v1.0/users/${mb}/mailFolders/sentitems/messages?$select=subject,internetMessageId&$expand=${encodeURIComponent(
              "singleValueExtendedProperties($filter=id eq 'String {00020386-0000-0000-C000-000000000046} Name x-arkivpost-case')",
            )}`,
            { headers: { authorization: `Bearer test:${user}` } },
          );
          return ((await res.json()) as { value: unknown[] }).value;
        },
        [mailbox, user] as const,
      )) as Array<{
        subject: string;
        internetMessageId: string;
        singleValueExtendedProperties?: Array<{ value: string }>;
      }>;
      // The sample's own sent mail is there too: the decision is the one with our reference.
      const ours = sent.filter((m) => m.subject.includes(ref));
      expect(ours).toHaveLength(1);
      const decision = ours[0]!;
      expect(decision.subject).toBe(`Vår ref. ${ref} – Vedtak om barnehageplass`);
      expect(decision.singleValueExtendedProperties?.[0]?.value).toBe(ref);
      const before = (await records()).length;

      // The citizen's reply, answering the decision.
      const deliver = (subject: string, id: string): Promise<unknown> =>
        callFrom(page, 'POST', `/graph/_emulator/mailboxes/${mailbox}/messages`, {
          subject,
          from: { name: 'Ola Innbyggjar', address: 'ola.innbyggjar@example.net' },
          toRecipients: [mailbox],
          body: 'Takk for svaret. Eg har eit spørsmål om oppstartsdatoen.',
          internetMessageId: id,
          internetMessageHeaders: [
            { name: 'In-Reply-To', value: decision.internetMessageId },
            { name: 'References', value: decision.internetMessageId },
          ],
        });
      await deliver(`SV: Vår ref. ${ref} – Vedtak om barnehageplass`, '<svar1@example.net>');
      await open(mailbox, user, /SV: Vår ref\./);
      const reply = pane().locator(`[data-reply-case="${caseNumber}"]`);
      await reply.waitFor();
      expect(await reply.getAttribute('data-reply-via')).toBe('in-reply-to');
      expect(await reply.innerText()).toContain(`Svar i sak ${caseNumber}`);
      // The case's own title: a number anyone can write is checked by its name.
      expect(await reply.locator('[data-reply-title]').innerText()).toMatch(title);
      expect(await reply.innerText()).toContain(via);
      // One click (a double click files once), no form: filed in the same case as incoming.
      await reply.getByRole('button', { name: file }).dblclick();
      await pane().locator('[data-case-status="archived"]').waitFor();
      const after = await records();
      expect(after).toHaveLength(before + 1);
      const archivedRef = await pane()
        .locator('[data-case-archived]')
        .getAttribute('data-case-archived');
      expect(archivedRef).toMatch(new RegExp(`^${caseNumber.replace('/', '\\/')}-\\d+$`));
      expect(JSON.stringify(after[after.length - 1])).toContain('"I"');
      expect(await pane().getByRole('button', { name: file }).count()).toBe(0);

      // A second reply with the reference taken out of the subject: found by In-Reply-To.
      await deliver('SV: Barnehageplass', '<svar2@example.net>');
      await open(mailbox, user, /SV: Barnehageplass/);
      const second = pane().locator(`[data-reply-case="${caseNumber}"]`);
      await second.waitFor();
      expect(await second.getAttribute('data-reply-via')).toBe('in-reply-to');
      await second.getByRole('button', { name: file }).click();
      await pane().locator('[data-case-status="archived"]').waitFor();
      expect(await records()).toHaveLength(before + 2);
    },
  );
  it('in Swedish against a SharePoint library: "Svar i ärende" by In-Reply-To and "Spara i samma ärende"', async () => {
    const page = current();
    const mellerud = 'kommunen@mellerud.se';
    const erik = 'erik.johansson@mellerud.se';
    await callFrom(page, 'POST', '/graph/_emulator/reset');
    const goto = async (subject: RegExp): Promise<void> => {
      await page.goto(
        new URL(`?mailbox=${encodeURIComponent(`${mellerud}/${erik}`)}`, page.url()).href,
      );
      await page.getByRole('button', { name: subject }).first().click();
      await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
      await pane().locator('[data-case-phase="ready"]').waitFor();
    };
    // A case in the library: the building permit filed as usual.
    await goto(/Kasen 1:23/);
    await pane().getByRole('button', { name: 'Spara i diariet …' }).click();
    const filing = pane().locator('[data-section="filing"]');
    await filing.waitFor();
    await filing.getByRole('combobox', { name: 'Sekretess' }).click();
    await pane()
      .getByRole('option', { name: /OSL 21 kap\. 7 §/ })
      .click();
    await filing.getByRole('button', { name: 'Spara i diariet', exact: true }).click();
    await pane().locator('[data-filing-phase="done"]').waitFor();
    const note = await filing.locator('[data-filing-note]').innerText();
    const ref = /Diarieförd som (2026\/\d+-\d+)/.exec(note)?.[1] ?? '';
    expect(ref).not.toBe('');
    const caseNumber = ref.replace(/-\d+$/, '');

    // Our answer in Sent Items, the case kept on it as Exchange keeps the draft's header;
    // its subject says nothing of the case.
    const answer = '<beslut.kasen@mellerud.se>';
    await callFrom(page, 'POST', `/graph/_emulator/mailboxes/${mellerud}/messages`, {
      folder: 'sentitems',
      subject: 'Beslut om bygglov',
      from: mellerud,
      toRecipients: ['sokande@example.se'],
      internetMessageId: answer,
      singleValueExtendedProperties: [
        {
          id: 'String {00020386-0000-0000-C000-000000000046} Name x-arkivpost-case',
          value: `${caseNumber}-2`,
        },
      ],
    });
    await callFrom(page, 'POST', `/graph/_emulator/mailboxes/${mellerud}/messages`, {
      subject: 'SV: Beslut om bygglov',
      from: { name: 'Sökande Svensson', address: 'sokande@example.se' },
      toRecipients: [mellerud],
      body: 'Tack. När kan vi börja bygga?',
      internetMessageId: '<svar.kasen@example.se>',
      internetMessageHeaders: [{ name: 'In-Reply-To', value: answer }],
    });
    await goto(/SV: Beslut om bygglov/);
    const reply = pane().locator(`[data-reply-case="${caseNumber}"]`);
    await reply.waitFor();
    expect(await reply.getAttribute('data-reply-via')).toBe('in-reply-to');
    expect(await reply.innerText()).toContain(`Svar i ärende ${caseNumber}`);
    await reply.getByRole('button', { name: 'Spara i samma ärende' }).click();
    await pane().locator('[data-case-status="archived"]').waitFor();
    expect(await pane().locator('[data-case-archived]').getAttribute('data-case-archived')).toMatch(
      new RegExp(`^${caseNumber.replace('/', '\\/')}-\\d+$`),
    );
  });

  it('in Swedish against a SharePoint library: a decision filed before sending and sent, its reply filed in the same case', async () => {
    const page = current();
    const mellerud = 'kommunen@mellerud.se';
    const erik = 'erik.johansson@mellerud.se';
    await callFrom(page, 'POST', '/graph/_emulator/reset');
    const home = new URL(`?mailbox=${encodeURIComponent(`${mellerud}/${erik}`)}`, page.url()).href;
    /** The library's records of a case: its .eml files, one per document number. */
    const records = async (caseNumber: string): Promise<string[]> => {
      const state = (await callFrom(page, 'GET', '/graph/_emulator/state')) as {
        sharepoint: {
          sites: Array<{
            libraries: Array<{
              items: Array<{ path: string; kind: string; fields: Record<string, unknown> }>;
            }>;
          }>;
        };
      };
      return state.sharepoint.sites
        .flatMap((s) => s.libraries)
        .flatMap((l) => l.items)
        .filter(
          (i) =>
            i.kind === 'file' &&
            i.path.endsWith('.eml') &&
            i.fields['ArkivpostCaseNumber'] === caseNumber,
        )
        .map(
          (i) =>
            `${String(i.fields['ArkivpostDocumentNumber'])} ${String(i.fields['ArkivpostDocumentType'])}`,
        );
    };

    // The decision, filed in the diary before sending.
    await page.goto(home);
    const ref = await composeAndFile(
      {
        newMessage: 'Nytt meddelande',
        to: 'Till',
        subject: 'Ämne',
        body: 'Meddelande',
        action: 'Diarieför före sändning',
        submit: 'Spara i diariet',
        filedAs: /Diarieförd som (2026\/\d+-\d+)/,
        ours: 'Vårt dnr',
      },
      {
        to: 'sokande@example.se',
        subject: 'Beslut om förskoleplats',
        body: 'Hej! Ansökan är beviljad från den 1 januari. Beslutet kan överklagas inom tre veckor.',
      },
    );
    const caseNumber = ref.replace(/-\d+$/, '');
    await page.getByRole('button', { name: 'Skicka', exact: true }).click();
    // Filed and marked "Vårt dnr": nothing left to warn of (Swedish law asks no consent to e-mail).
    await page.getByRole('status').filter({ hasText: 'Meddelandet har skickats.' }).waitFor();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await records(caseNumber)).toHaveLength(1);

    // The sent copy keeps the reference; the applicant answers it without the number.
    const sent = (await page.evaluate(
      async ([mb, user]) => {
        const res = await fetch(
          `/graph/v1.0/users/${mb}/mailFolders/sentitems/messages?$select=subject,internetMessageId`,
          { headers: { authorization: `Bearer test:${user}` } },
        );
        return ((await res.json()) as { value: unknown[] }).value;
      },
      [mellerud, erik] as const,
    )) as Array<{ subject: string; internetMessageId: string }>;
    const decision = sent.find((m) => m.subject.includes(ref));
    expect(decision?.subject).toBe(`Vårt dnr ${ref} – Beslut om förskoleplats`);
    await callFrom(page, 'POST', `/graph/_emulator/mailboxes/${mellerud}/messages`, {
      subject: 'SV: Förskoleplats',
      from: { name: 'Sökande Svensson', address: 'sokande@example.se' },
      toRecipients: [mellerud],
      body: 'Tack! Kan starten flyttas till februari?',
      internetMessageId: '<svar.forskola@example.se>',
      internetMessageHeaders: [{ name: 'In-Reply-To', value: decision?.internetMessageId ?? '' }],
    });
    await page.goto(home);
    await page
      .getByRole('button', { name: /SV: Förskoleplats/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Arkivpost', exact: true }).click();
    const reply = pane().locator(`[data-reply-case="${caseNumber}"]`);
    await reply.waitFor();
    expect(await reply.getAttribute('data-reply-via')).toBe('in-reply-to');
    expect(await reply.innerText()).toContain(`Svar i ärende ${caseNumber}`);
    await reply.getByRole('button', { name: 'Spara i samma ärende' }).dblclick();
    await pane().locator('[data-case-status="archived"]').waitFor();
    const filed = await records(caseNumber);
    expect(filed).toHaveLength(2);
    expect(filed.filter((r) => r.endsWith(' I'))).toHaveLength(1);
    expect(filed.filter((r) => r.endsWith(' U'))).toHaveLength(1);
  });
});
