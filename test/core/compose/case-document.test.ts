import {
  isLetterFileName,
  ownText,
  unjournaledCaseDocument,
} from '../../../src/core/compose/case-document';
import { checkCompose } from '../../../src/core/compose/decide';
import { describeFinding, renderAlert } from '../../../src/core/compose/render';
import type { ComposeSnapshot } from '../../../src/core/message';
import { LANGS } from '../../../src/core/model';
import type { Profile } from '../../../src/core/profile/types';
import { basePdf, signedPdf } from '../../support/pdf-builder';
import { loadProfile } from '../../support/profiles';
import { snapshot, utf8 } from '../../support/snapshot';

const ha = loadProfile('ha-kommune');
const nb = loadProfile('kommune-nb');
const vara = loadProfile('vara-kommun');

// Senders and recipients per organisation, with a body that says nothing formal.
const HA = {
  from: { address: 'post@ha.kommune.no' },
  to: [{ address: 'ola@example.net' }],
  body: 'Hei Ola,\n\nSjå under.\n\nHelsing\nHå kommune',
};
const NB = {
  from: { address: 'postmottak@kommune.example.no' },
  to: [{ address: 'kari.lunde@example.com' }],
  body: 'Hei,\n\nSe nedenfor.\n\nHilsen\nKommunen',
};
const VARA = {
  from: { address: 'vara.kommun@vara.se' },
  to: [{ address: 'anna@example.se' }],
  body: 'Hej,\n\nSe nedan.\n\nMed vänlig hälsning\nVara kommun',
};

const signed = signedPdf().bytes();
const unsigned = basePdf().endRevision().bytes();

const QUOTE_NN =
  '\n\nFrå: Ola Nordmann <ola@example.net>\nSendt: måndag 2. mars 2026 09:14\nTil: Hå kommune – post <post@ha.kommune.no>\nEmne: Klage på vedtak om skuleskyss\n\n' +
  'Eg klagar på vedtaket om skuleskyss. Klagefristen er ikkje gått ut, og eg har rett til å klage.';

// A reply of some length, with no decision wording of its own.
const LONG_NN =
  'Hei Ola,\n\nVi har motteke klaga di og sender henne no vidare til Statsforvaltaren, som avgjer slike saker etter opplæringslova. ' +
  'Du vil få eit brev frå Statsforvaltaren når dei har sett på saka. Det kan ta nokre veker. Ta gjerne kontakt med oss om du har spørsmål i mellomtida.' +
  '\n\nHelsing\nHå kommune';

interface Case {
  readonly name: string;
  readonly profile: Profile;
  readonly message: Partial<ComposeSnapshot>;
}

const fires: readonly (Case & { code: string; part: string; shows: string })[] = [
  {
    name: 'nn: a new message titled as a decision',
    profile: ha,
    message: {
      ...HA,
      subject: 'Vedtak om barnehageplass',
      body: 'Hei Ola,\n\nDe har fått plass i Vigrestad barnehage frå 1. august.',
    },
    code: 'case-document.wording',
    part: 'subject',
    shows: 'Vedtak',
  },
  {
    name: 'nb: "Svar på søknad" in the subject of a new message',
    profile: nb,
    message: {
      ...NB,
      subject: 'Svar på søknad om dispensasjon, gnr. 12 bnr. 34',
      body: 'Hei,\n\nSøknaden din er mottatt og blir behandlet innen fire uker.',
    },
    code: 'case-document.wording',
    part: 'subject',
    shows: 'Svar på søknad',
  },
  {
    name: 'nb: a reply that grants the application, in its own words',
    profile: nb,
    message: {
      ...NB,
      subject: 'SV: Søknad om dispensasjon – gnr. 12 bnr. 34',
      body: 'Hei Kari,\n\nSøknaden din er innvilget. Du kan klage på vedtaket innen tre uker.\n\nMed vennlig hilsen\nBygg og areal',
      replyTo: { receivedIn: 'postmottak@kommune.example.no' },
    },
    code: 'case-document.wording',
    part: 'body',
    shows: 'Søknaden din er innvilget',
  },
  {
    name: 'nb: a letter attached as PDF to a short reply',
    profile: nb,
    message: {
      ...NB,
      subject: 'SV: Spørsmål om gjerde mot vei',
      body: 'Hei,\n\nVedlagt følger brevet.\n\nHilsen\nTeknisk',
      attachments: [{ name: 'Svarbrev_gjerde.pdf', size: unsigned.length, bytes: unsigned }],
    },
    code: 'case-document.attachment',
    part: 'attachment',
    shows: 'Svarbrev_gjerde.pdf',
  },
  {
    name: 'nn: a signed PDF, whatever its name',
    profile: ha,
    message: {
      ...HA,
      subject: 'Dokument til deg',
      body: 'Hei,\n\nSjå vedlegget.',
      attachments: [{ name: 'skann_0042.pdf', size: signed.length, bytes: signed }],
    },
    code: 'case-document.signed-attachment',
    part: 'attachment',
    shows: 'skann_0042.pdf',
  },
  {
    name: "nb: the recipient's reference in the letter",
    profile: nb,
    message: {
      ...NB,
      subject: 'Gnr. 12 bnr. 34 – oppfølging',
      body: 'Deres ref.: 24/117\n\nVi viser til brevet deres av 3. mars og kommer tilbake til saken.',
    },
    code: 'case-document.their-reference',
    part: 'body',
    shows: 'Deres ref.: 24/117',
  },
  {
    name: 'nn: a reply of substance to a complaint that came to the function mailbox',
    profile: ha,
    message: {
      ...HA,
      subject: 'SV: Klage på vedtak om skuleskyss',
      body: LONG_NN + QUOTE_NN,
      replyTo: { receivedIn: 'post@ha.kommune.no' },
    },
    code: 'case-document.wording',
    part: 'subject',
    shows: 'Klage',
  },
  {
    name: 'sv: a new message titled as a decision',
    profile: vara,
    message: {
      ...VARA,
      subject: 'Beslut om bygglov för carport, Vara 3:14',
      body: 'Hej Anna,\n\nHär kommer beslutet.\n\nMed vänlig hälsning\nVara kommun',
    },
    code: 'case-document.wording',
    part: 'subject',
    shows: 'Beslut',
  },
  {
    name: 'sv: a reply that releases the documents asked for',
    profile: vara,
    message: {
      ...VARA,
      subject: 'SV: Begäran om allmän handling',
      body: 'Hej!\n\nHandlingarna lämnas ut, se nedan.\n\nMed vänlig hälsning\nVara kommun\n\n> Jag vill ta del av protokollet.',
      replyTo: { receivedIn: 'vara.kommun@vara.se' },
    },
    code: 'case-document.wording',
    part: 'body',
    shows: 'Handlingarna lämnas ut',
  },
  {
    name: 'sv: "Svar på er ansökan" with the decision as DOCX',
    profile: vara,
    message: {
      ...VARA,
      subject: 'Svar på er ansökan om serveringstillstånd',
      body: 'Hej,\n\nSe bifogat.',
      attachments: [{ name: 'Delegationsbeslut 2026-03.docx', size: 10 }],
    },
    code: 'case-document.attachment',
    part: 'attachment',
    shows: 'Delegationsbeslut 2026-03.docx',
  },
  {
    name: 'en: a decision on an application',
    profile: nb,
    message: {
      ...NB,
      subject: 'Decision on your application for a parking permit',
      body: 'Dear Ms Lunde,\n\nPlease find the decision below.',
    },
    code: 'case-document.wording',
    part: 'subject',
    shows: 'Decision',
  },
];

describe('an outgoing case document without our reference (R19)', () => {
  it.each(fires)('fires on $name', async ({ profile, message, code, part, shows }) => {
    const r = await checkCompose(snapshot(message), profile);
    const f = r.findings.find((x) => x.check === 'unjournaled-case-document');
    expect(f).toMatchObject({ code, part, severity: 'warn', category: 'archive' });
    expect(f?.params).toEqual({ action: 'file-before-send', documentType: 'U', dispatch: 'email' });
    expect(f?.text ?? f?.attachment).toBe(shows);
    expect(r.decision).not.toBe('allow');
  });

  const silent: readonly Case[] = [
    {
      name: "nb: a colleague's lunch mail (internal)",
      profile: nb,
      message: {
        from: { address: 'per.hansen@kommune.example.no' },
        to: [{ address: 'kari.nordmann@kommune.example.no' }],
        subject: 'Lunsj på fredag?',
        body: 'Skal vi ta lunsj klokka elleve? Jeg har fått vedtak om ny kantine, haha.',
      },
    },
    {
      name: 'nb: a decision sent only to a colleague',
      profile: nb,
      message: { ...NB, to: [{ address: 'oppvekst@kommune.example.no' }], subject: 'Vedtak' },
    },
    {
      name: 'nb: a reply to a newsletter',
      profile: nb,
      message: {
        ...NB,
        to: [{ address: 'nyhetsbrev@ks.no' }],
        subject: 'SV: Nyhetsbrev fra KS – mars',
        body: 'Takk, men meld meg av lista.',
      },
    },
    {
      name: 'nn: a quick "takk" to a citizen, over a quoted complaint',
      profile: ha,
      message: {
        ...HA,
        subject: 'SV: Klage på vedtak om skuleskyss',
        body: 'Takk for beskjeden! Vi ser på det.\n\nHelsing\nHå kommune' + QUOTE_NN,
        replyTo: { receivedIn: 'post@ha.kommune.no' },
      },
    },
    {
      name: 'nn: a "takk" whose signature links to the public journal',
      profile: ha,
      message: {
        ...HA,
        subject: 'SV: Opningstider',
        body: 'Takk for spørsmålet – vi har ope 8–15.\n\nHelsing Hå kommune\nSakspapir og vedtak finn du på ha.kommune.no/innsyn',
      },
    },
    {
      name: 'nb: an invitation to a course on decision writing',
      profile: nb,
      message: {
        ...NB,
        subject: 'Invitasjon: kurs i vedtaksskriving',
        body: 'Velkommen til kurs 12. mai.',
      },
    },
    {
      name: 'nn: the same reply of substance when the complaint came to a personal mailbox',
      profile: ha,
      message: {
        ...HA,
        from: { address: 'kari.nordmann@ha.kommune.no' },
        subject: 'SV: Klage på vedtak om skuleskyss',
        body: LONG_NN + QUOTE_NN,
        replyTo: { receivedIn: 'kari.nordmann@ha.kommune.no' },
      },
    },
    {
      name: 'sv: an answer about opening hours',
      profile: vara,
      message: {
        ...VARA,
        subject: 'SV: Fråga om öppettider',
        body: 'Hej! Vi har öppet 8–16.\n\nMvh Vara kommun',
        replyTo: { receivedIn: 'vara.kommun@vara.se' },
      },
    },
    {
      name: 'nn: a decision that carries "Vår ref." in the subject',
      profile: ha,
      message: { ...HA, subject: 'Vår ref. 2026/123-4 – Vedtak om barnehageplass' },
    },
    {
      name: 'sv: a decision that carries "Vårt dnr" in the subject',
      profile: vara,
      message: { ...VARA, subject: 'Vårt dnr KS 2024/123 – Beslut om bygglov' },
    },
    {
      name: 'nb: a decision with the case number in the text',
      profile: nb,
      message: {
        ...NB,
        subject: 'Vedtak om parkeringstillatelse',
        body: 'Saksnr. 2026/77\n\nSøknaden er innvilget.',
      },
    },
    {
      name: 'nb: both references, ours among them',
      profile: nb,
      message: {
        ...NB,
        subject: 'Deres ref. 24/117 – Vår ref. 2026/77-2 – Vedtak',
      },
    },
    {
      name: 'nn: a forward of a received application with its signed PDF',
      profile: ha,
      message: {
        ...HA,
        to: [{ address: 'arkitekt@example.com' }],
        subject: 'VS: Søknad om løyve til tiltak',
        body: 'Til orientering.',
        attachments: [{ name: 'Søknad_signert.pdf', size: signed.length, bytes: signed }],
      },
    },
    {
      name: 'nn: an inline logo and a photo',
      profile: ha,
      message: {
        ...HA,
        subject: 'Bilete frå opninga',
        body: 'Her er bileta.',
        attachments: [
          { name: 'vedtak-logo.png', size: 10, inline: true },
          { name: 'opning.jpg', size: 10 },
        ],
      },
    },
  ];

  it.each(silent)('stays silent on $name', async ({ profile, message }) => {
    const r = await checkCompose(snapshot(message), profile);
    expect(r.findings.filter((f) => f.check === 'unjournaled-case-document')).toEqual([]);
  });

  it('ignores a decision to the archive’s own registry mailbox outside the domain', () => {
    const profile: Profile = {
      ...vara,
      archive: { kind: 'registry-mailbox', address: 'Diariet@Arkiv-IKS.se' },
    };
    const s = snapshot({ ...VARA, to: [{ address: 'diariet@arkiv-iks.se' }], subject: 'Beslut' });
    expect(unjournaledCaseDocument(s, profile, [])).toBeNull();
    expect(
      unjournaledCaseDocument({ ...s, cc: [{ address: 'anna@example.se' }] }, profile, []),
    ).not.toBeNull();
  });

  it('points at the wording as written, soft hyphen and all', async () => {
    const subject = 'Ved\u00adtak om barnehageplass';
    const r = await checkCompose(snapshot({ ...HA, subject }), ha);
    const f = r.findings.find((x) => x.check === 'unjournaled-case-document');
    expect(subject.slice(f?.start, f?.end)).toBe('Ved\u00adtak');
  });

  it.each([
    ['off', 0, 'allow'],
    ['info', 1, 'allow'],
    ['block', 1, 'block'],
  ] as const)('follows the profile when it is set to %s', async (setting, count, decision) => {
    const profile: Profile = {
      ...ha,
      checks: { 'unjournaled-case-document': setting, 'electronic-consent': 'off' },
    };
    const r = await checkCompose(snapshot({ ...HA, subject: 'Vedtak om barnehageplass' }), profile);
    const found = r.findings.filter((f) => f.check === 'unjournaled-case-document');
    expect(found.length).toBe(count);
    expect(r.decision).toBe(decision);
  });
});

describe('what the finding says', () => {
  const subject = 'Vedtak om barnehageplass';
  /** The sentence without the isolates (FSI … PDI) that close each quoted name. */
  const plain = (s: string): string => s.replace(/[\u2068\u2069]/g, '');

  it.each([
    ['nb', 'Ordlyden «Vedtak» tyder på at dette er et saksdokument', '«Vår ref.»'],
    ['nn', 'Ordlyden «Vedtak» tyder på at dette er eit saksdokument', '«Vår ref.»'],
    ['sv', 'Formuleringen ”Vedtak” tyder på att detta är en allmän handling', '”Vårt dnr”'],
    ['en', 'The wording “Vedtak” suggests this is a case document', '“Our ref.”'],
  ] as const)('in %s, why and what to do', async (lang, why, label) => {
    const r = await checkCompose(snapshot({ ...HA, subject }), ha);
    const f = r.findings.find((x) => x.check === 'unjournaled-case-document');
    if (!f) throw new Error('no finding');
    const text = plain(describeFinding(f, lang));
    expect(text).toContain(why);
    expect(text).toContain(label);
    expect(plain(renderAlert(r, lang).text)).toContain(why);
  });

  it.each(LANGS)('names the attachment, without placeholders (%s)', async (lang) => {
    for (const [name, bytes] of [
      ['Vedtak.pdf', unsigned],
      ['Melding.pdf', signed],
    ] as const) {
      const r = await checkCompose(
        snapshot({ ...HA, subject: 'Til deg', attachments: [{ name, size: bytes.length, bytes }] }),
        ha,
      );
      const f = r.findings.find((x) => x.check === 'unjournaled-case-document');
      if (!f) throw new Error(`no finding for ${name}`);
      const text = describeFinding(f, lang);
      expect(text).toContain(name);
      expect(text).not.toMatch(/\{[a-zA-Z]+\}|label\.|check\./);
    }
  });

  it('quotes the recipient’s reference', async () => {
    const r = await checkCompose(
      snapshot({ ...VARA, subject: 'Ert dnr 2024/55 – komplettering', body: 'Hej!' }),
      vara,
    );
    const f = r.findings.find((x) => x.check === 'unjournaled-case-document');
    if (!f) throw new Error('no finding');
    expect(describeFinding(f, 'sv')).toContain('Mottagarens referens ”\u2068dnr 2024/55\u2069”');
  });
});

describe('the pieces of the rule', () => {
  it.each([
    ['Vedtak_barnehageplass.pdf', true],
    ['Svarbrev.docx', true],
    ['delegationsbeslut-2026.PDF', true],
    ['Rammetillatelse gnr 12.odt', true],
    ['Førehandsvarsel.rtf', true],
    ['Vedtak.xlsx', false],
    ['Nyhetsbrev mars.pdf', false],
    ['Budsjett 2026.pdf', false],
    ['vedtaksliste.jpg', false],
  ])('takes "%s" for a letter or decision: %s', (name, expected) => {
    expect(isLetterFileName(name)).toBe(expected);
  });

  it.each([
    ['Takk!\n\n> Eg klagar på vedtaket.', 'Takk!\n\n'],
    ['Takk!\n________________________________\nFra: Ola', 'Takk!\n'],
    ['Hei\n-----Opprinnelig melding-----\nFra: x', 'Hei\n'],
    ['Hej\n\nFrån: Anna <anna@example.se>\nSkickat: den 2 mars 2026\nÄmne: Beslut', 'Hej\n\n'],
    ['Thanks\n\nOn Mon, 2 Mar 2026 at 09:14, Ola <ola@example.net> wrote:\n> hi', 'Thanks\n\n'],
    ['tor. 5. mar. 2026 kl. 10:12 skrev Ola <ola@example.net>:\n> x', ''],
    ['Ingen sitat her.\nFra mandag er vi stengt.', 'Ingen sitat her.\nFra mandag er vi stengt.'],
  ])('keeps only the sender’s own text of %j', (body, own) => {
    expect(ownText(body)).toBe(own);
  });

  it('reads a Unicode-hidden decision wording in the body', () => {
    const s = snapshot({
      ...NB,
      subject: 'SV: Spørsmål',
      body: 'Søknaden er inn\u200bvilget.',
    });
    expect(unjournaledCaseDocument(s, nb, [])?.text).toBe('Søknaden er inn\u200bvilget');
  });

  it('does not read a text attachment named like a letter as a letter', () => {
    const bytes = utf8('vedtak');
    const s = snapshot({
      ...NB,
      subject: 'SV: Spørsmål',
      body: 'Her er lista.',
      attachments: [{ name: 'vedtak.txt', size: bytes.length, bytes }],
    });
    expect(unjournaledCaseDocument(s, nb, [])).toBeNull();
  });
});
