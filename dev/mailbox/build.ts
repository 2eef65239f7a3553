/**
 * The sample mailbox, written for this project: for each example profile a
 * personal mailbox and the organisation's main function mailbox, with
 * messages in nynorsk (Hå), bokmål (eksempelkommunen) and Swedish (Vara,
 * Mellerud). Every address outside the municipalities is in a reserved
 * example domain; every person is invented.
 *
 * Pure and deterministic: `generate.ts` writes the result to dev/mailbox,
 * and a test checks that the committed files are exactly what this builds.
 */
import type { Lang } from '../../src/core/model';
import type {
  SampleFolder,
  SampleMailbox,
  SampleMailboxIndex,
  SampleMessage,
} from '../emulator/mailbox';
import { buildDocx, comment, del, ins, onePagePdf, p } from './documents';
import { encodeWords, writeMessage } from './mime';
import type { MimeAddress, MimeAttachment } from './mime';

// ---- attachments -----------------------------------------------------------

/** The (invented) certificate authority the sample signatures name. */
const SIGNER = 'Eksempel CA';

/** One page of text; with `signed`, signed (a signature whose value covers the whole file). */
function pdf(lines: readonly string[], signed: boolean): Uint8Array {
  return onePagePdf(lines, signed ? SIGNER : undefined);
}

/**
 * Give every entry of a zip the same modification time (3 March 2026,
 * 10:00): the DOCX builder stamps entries with the current time, and the
 * sample files must come out the same on every run.
 */
function fixZipTimes(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const time = 10 << 11;
  const date = ((2026 - 1980) << 9) | (3 << 5) | 3;
  const eocd = out.length - 22;
  if (view.getUint32(eocd, true) !== 0x06054b50)
    throw new Error('zip has a comment or is not a zip');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad central directory');
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('bad local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return out;
}

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function file(filename: string, contentType: string, bytes: Uint8Array): MimeAttachment {
  return { filename, contentType, bytes };
}

// ---- mailboxes -------------------------------------------------------------

const MAILBOXES: readonly SampleMailbox[] = [
  {
    id: 'ha-post',
    profile: 'ha-kommune',
    address: 'post@ha.kommune.no',
    displayName: 'Hå kommune – post',
    kind: 'shared',
    openedBy: 'ha-kari',
    language: 'nn',
  },
  {
    id: 'ha-kari',
    profile: 'ha-kommune',
    address: 'kari.nordmann@ha.kommune.no',
    displayName: 'Kari Nordmann',
    kind: 'personal',
    language: 'nn',
  },
  {
    id: 'nb-postmottak',
    profile: 'kommune-nb',
    address: 'postmottak@kommune.example.no',
    displayName: 'Postmottak',
    kind: 'shared',
    openedBy: 'nb-ola',
    language: 'nb',
  },
  {
    id: 'nb-ola',
    profile: 'kommune-nb',
    address: 'ola.nordmann@kommune.example.no',
    displayName: 'Ola Nordmann',
    kind: 'personal',
    language: 'nb',
  },
  {
    id: 'vara-kommun',
    profile: 'vara-kommun',
    address: 'vara.kommun@vara.se',
    displayName: 'Vara kommun',
    kind: 'shared',
    openedBy: 'vara-anna',
    language: 'sv',
  },
  {
    id: 'vara-anna',
    profile: 'vara-kommun',
    address: 'anna.andersson@vara.se',
    displayName: 'Anna Andersson',
    kind: 'personal',
    language: 'sv',
  },
  {
    id: 'mellerud-kommunen',
    profile: 'melleruds-kommun',
    address: 'kommunen@mellerud.se',
    displayName: 'Melleruds kommun',
    kind: 'shared',
    openedBy: 'mellerud-erik',
    language: 'sv',
  },
  {
    id: 'mellerud-erik',
    profile: 'melleruds-kommun',
    address: 'erik.johansson@mellerud.se',
    displayName: 'Erik Johansson',
    kind: 'personal',
    language: 'sv',
  },
];

function mailbox(id: string): SampleMailbox {
  const m = MAILBOXES.find((x) => x.id === id);
  if (!m) throw new Error(`unknown mailbox ${id}`);
  return m;
}

function me(id: string): MimeAddress {
  const m = mailbox(id);
  return { name: m.displayName, address: m.address };
}

// ---- messages --------------------------------------------------------------

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** An RFC 5322 date in March 2026 (CET, +0100). */
function march(day: number, time: string): string {
  const weekday = DAYS[new Date(Date.UTC(2026, 2, day)).getUTCDay()] ?? 'Mon';
  return `${weekday}, ${String(day).padStart(2, '0')} Mar 2026 ${time} +0100`;
}

interface Sample {
  readonly mailbox: string;
  readonly folder?: SampleFolder;
  /** An attached message: no trace headers of its own. */
  readonly bare?: boolean;
  /** File name under the mailbox's folder, without .eml. */
  readonly name: string;
  readonly tags: readonly string[];
  readonly from: MimeAddress;
  readonly to: readonly MimeAddress[];
  readonly cc?: readonly MimeAddress[];
  readonly subject: string;
  /** Day in March 2026 and time, e.g. [2, '08:41:17']. */
  readonly at: readonly [number, string];
  readonly inReplyTo?: string;
  readonly extra?: ReadonlyArray<readonly [string, string]>;
  readonly text: string;
  readonly html?: string;
  readonly attachments?: readonly MimeAttachment[];
  readonly messages?: ReadonlyArray<{ readonly filename: string; readonly eml: string }>;
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

function messageIdOf(s: Sample): string {
  return `<${s.name}.202603${String(s.at[0]).padStart(2, '0')}@${domainOf(s.from.address)}>`;
}

const AUTO_REPLY: ReadonlyArray<readonly [string, string]> = [
  ['Auto-Submitted', 'auto-replied'],
  ['X-Auto-Response-Suppress', 'All'],
];

function newsletter(domain: string, listName: string): ReadonlyArray<readonly [string, string]> {
  return [
    ['List-Id', `${encodeWords(listName)} <nyheter.${domain}>`],
    [
      'List-Unsubscribe',
      `<https://${domain}/avmelding?liste=nyheter&id=7f3a2c91>,\r\n <mailto:avmelding@${domain}?subject=avmelding>`,
    ],
    ['List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'],
    ['Precedence', 'bulk'],
  ];
}

const buildingApplicationNn: Sample = {
  mailbox: 'ha-post',
  name: '02-byggesoknad-gnr12-bnr345',
  tags: ['building-application', 'signed-pdf', 'unsigned-pdf', 'draft-docx'],
  from: { name: 'Marte Vik', address: 'marte.vik@vikarkitektar.example.com' },
  to: [me('ha-post')],
  cc: [{ name: 'Bygg', address: 'bygg@ha.kommune.no' }],
  subject: 'Søknad om løyve til tiltak – einebustad, gnr. 12 bnr. 345',
  at: [3, '10:22:05'],
  text: `Hei,

Vedlagt følgjer søknad om løyve til tiltak for ny einebustad på gnr. 12 bnr. 345, på vegner av tiltakshavar Per Hansen.

Vedlegg:
1. Søknad om løyve til tiltak, signert av ansvarleg søkjar
2. Situasjonsplan
3. Følgjebrev (utkast – endeleg versjon kjem når nabomerknadene er vurderte)

Nabovarsel vart sendt 16. februar. Fristen for merknader gjekk ut 2. mars, og det er ikkje kome merknader.

Med venleg helsing
Marte Vik
Vik Arkitektar AS`,
  attachments: [
    file(
      'soknad-om-loyve-til-tiltak.pdf',
      PDF,
      pdf(
        [
          'Søknad om løyve til tiltak etter plan- og bygningslova § 20-3',
          'Tiltak: Ny einebustad, gnr. 12 bnr. 345, Hå kommune',
          'Tiltakshavar: Per Hansen',
          'Ansvarleg søkjar: Vik Arkitektar AS',
        ],
        true,
      ),
    ),
    file(
      'situasjonsplan.pdf',
      PDF,
      pdf(
        ['Situasjonsplan, gnr. 12 bnr. 345', 'Målestokk 1:500', 'Avstand til nabogrense: 4,5 m'],
        false,
      ),
    ),
    file(
      'folgjebrev-utkast.docx',
      DOCX,
      fixZipTimes(
        buildDocx({
          body:
            p('Følgjebrev til søknad om løyve til tiltak, gnr. 12 bnr. 345') +
            `<w:p>${ins('Tiltaket er i samsvar med reguleringsplanen for området.', 1)}${del('Tiltaket krev dispensasjon frå byggjegrensa.', 2)}</w:p>` +
            p('Ansvarleg søkjar ber om rask handsaming.'),
          comments: comment(3, 'Sjekk avstanden til nabogrensa før vi sender.'),
          contentStatus: 'Utkast',
        }),
      ),
    ),
  ],
};

const buildingApplicationSv: Sample = {
  mailbox: 'mellerud-kommunen',
  name: '02-bygglov-kasen-1-23',
  tags: ['building-application', 'signed-pdf', 'unsigned-pdf'],
  from: { name: 'Byggkonsult Dahl AB', address: 'info@dahlbygg.example.com' },
  to: [me('mellerud-kommunen')],
  subject: 'Ansökan om bygglov – Kasen 1:23, tillbyggnad',
  at: [10, '13:05:44'],
  text: `Hej,

På uppdrag av fastighetsägaren Eva Lindqvist skickar vi ansökan om bygglov för en tillbyggnad av enbostadshuset på fastigheten Kasen 1:23.

Bifogat:
- Ansökan om bygglov (signerad)
- Fasadritning

Kontrollansvarig är Stefan Dahl. Hör av er om något saknas.

Med vänliga hälsningar
Stefan Dahl
Byggkonsult Dahl AB`,
  attachments: [
    file(
      'ansokan-om-bygglov.pdf',
      PDF,
      pdf(
        [
          'Ansökan om bygglov enligt plan- och bygglagen 9 kap.',
          'Fastighet: Kasen 1:23, Melleruds kommun',
          'Åtgärd: Tillbyggnad av enbostadshus, 32 kvm',
          'Sökande: Eva Lindqvist',
        ],
        true,
      ),
    ),
    file(
      'fasadritning.pdf',
      PDF,
      pdf(['Fasadritning, Kasen 1:23', 'Fasad mot söder och väster', 'Skala 1:100'], false),
    ),
  ],
};

const complaintToForward: Sample = {
  mailbox: 'mellerud-erik',
  bare: true,
  name: 'original-skolskjuts',
  tags: [],
  from: { name: 'Jenny Ek', address: 'jenny.ek@example.net' },
  to: [{ name: 'Maja Lund', address: 'maja.lund@mellerud.se' }],
  subject: 'Klagomål på skolskjutsen från Åsensbruk',
  at: [11, '07:12:30'],
  text: `Hej Maja,

Skolbussen från Åsensbruk har kommit för sent fyra morgnar den här veckan, och barnen missar första lektionen. I morse stod de och väntade i tjugo minuter i kylan.

Kan kommunen ta upp det här med bussbolaget?

Hälsningar
Jenny Ek`,
};

function samples(): Sample[] {
  const ha = (name: string): string => `<${name}.202603@ha.kommune.no>`;
  return [
    // ---- Hå kommune, post@ (nynorsk) --------------------------------------
    {
      mailbox: 'ha-post',
      name: '01-barnehageplass',
      tags: ['citizen-request'],
      from: { name: 'Ola Innbyggjar', address: 'ola.innbyggjar@example.net' },
      to: [me('ha-post')],
      subject: 'Spørsmål om barnehageplass til hausten',
      at: [2, '08:41:17'],
      text: `Hei,

Vi flyttar til Nærbø i juli og lurer på korleis vi søkjer barnehageplass for dottera vår, som fyller to år i september. Er fristen for hovudopptaket gått ut, eller kan vi framleis søkje? Vi ønskjer helst ein barnehage nær Nærbø sentrum.

Kan de òg seie kor lang tid det tek før vi får svar?

Helsing
Ola Innbyggjar
Storgata 12, 4365 Nærbø`,
    },
    buildingApplicationNn,
    {
      mailbox: 'ha-post',
      name: '03-startlan',
      tags: ['citizen-request', 'national-id'],
      from: { name: 'Kari Lunde', address: 'kari.lunde@example.org' },
      to: [me('ha-post')],
      subject: 'Søknad om startlån – 13097248022',
      at: [4, '14:03:52'],
      text: `Hei,

Eg søkjer om startlån til kjøp av første bustad. Fødselsnummeret mitt er 130972 48022, og sambuaren min har fødselsnummer 24058512385.

Vi har finansieringsbevis frå banken på 2,1 millionar kroner og treng startlån for resten av kjøpesummen. Eigenkapitalen står på konto 3201.12.34567.

Kan de stadfeste at søknaden er motteken?

Helsing
Kari Lunde`,
    },
    {
      mailbox: 'ha-post',
      name: '04-byggesaka-mi',
      tags: ['threat'],
      from: { name: 'Arild', address: 'arild1961@example.net' },
      to: [me('ha-post')],
      subject: 'Byggesaka mi',
      at: [5, '22:47:09'],
      text: `Det er tredje gongen de avslår søknaden min om garasje. Eg har fått nok av dykk og den sakshandsamaren dykkar.

Kjem det ikkje eit positivt svar innan fredag, kjem du til å angre deg. Vi veit kor du bur.

Arild`,
    },
    {
      mailbox: 'ha-post',
      folder: 'sent',
      name: '05-svar-barnehageplass',
      tags: ['reply'],
      from: me('ha-post'),
      to: [{ name: 'Ola Innbyggjar', address: 'ola.innbyggjar@example.net' }],
      subject: 'SV: Spørsmål om barnehageplass til hausten',
      at: [3, '09:15:00'],
      inReplyTo: '<01-barnehageplass.20260302@example.net>',
      text: `Hei, og takk for førespurnaden.

Hovudopptaket for barnehageåret 2026/2027 hadde søknadsfrist 1. mars, men de kan framleis søkje. Søknader som kjem etter fristen, vert handsama fortløpande etter kvart som det blir ledige plassar. Søknaden sender de via kommunen si nettside.

De får svar innan fire veker.

Med venleg helsing
Hå kommune
Oppvekst og kultur`,
    },

    // ---- Hå kommune, Kari Nordmann (nynorsk) ------------------------------
    {
      mailbox: 'ha-kari',
      name: '01-kommunale-avgifter',
      tags: ['citizen-request', 'personal-mailbox'],
      from: { name: 'Siri Haugland', address: 'siri.haugland@example.com' },
      to: [me('ha-kari')],
      subject: 'Kommunale avgifter for 2026',
      at: [2, '11:30:40'],
      text: `Hei Kari,

Takk for hjelpa sist. Eg har fått faktura for kommunale avgifter, men renovasjonsgebyret er dobbelt så høgt som i fjor. Vi har ikkje endra storleiken på dunkane.

Kan du sjå på det, eller sende det vidare til rett person?

Helsing
Siri Haugland`,
    },
    {
      mailbox: 'ha-kari',
      name: '02-nyhendebrev',
      tags: ['newsletter'],
      from: { name: 'Fagforum for arkiv', address: 'nyhende@fagforum-arkiv.example.org' },
      to: [me('ha-kari')],
      subject: 'Nyhendebrev mars 2026: Ny rettleiing om e-post i arkivet',
      at: [3, '06:00:00'],
      extra: newsletter('fagforum-arkiv.example.org', 'Nyhende frå Fagforum for arkiv'),
      text: `Nyhende frå Fagforum for arkiv – mars 2026

Ny rettleiing om e-post i arkivet
Rettleiinga viser korleis kommunane kan skilje arkivverdig e-post frå kopiar og privat post.

Kurs i april
Vi held nettkurs i journalføring 14. april. Påmelding på nettsida vår.

Du får dette brevet fordi du abonnerer på nyhende frå Fagforum for arkiv. Meld deg av: https://fagforum-arkiv.example.org/avmelding`,
      html: `<html><body><h1>Nyhende frå Fagforum for arkiv – mars 2026</h1><h2>Ny rettleiing om e-post i arkivet</h2><p>Rettleiinga viser korleis kommunane kan skilje arkivverdig e-post frå kopiar og privat post.</p><h2>Kurs i april</h2><p>Vi held nettkurs i journalføring 14. april. Påmelding på nettsida vår.</p><p style="font-size:small">Du får dette brevet fordi du abonnerer på nyhende frå Fagforum for arkiv. <a href="https://fagforum-arkiv.example.org/avmelding">Meld deg av</a></p></body></html>`,
    },
    {
      mailbox: 'ha-kari',
      name: '03-middag-pa-sundag',
      tags: ['private'],
      from: { name: 'Inger Nordmann', address: 'inger.nordmann@example.net' },
      to: [me('ha-kari')],
      subject: 'Middag på sundag?',
      at: [4, '19:12:33'],
      text: `Hei Kari!

Kjem de på middag på sundag? Pappa lagar lammestek, og Heidi og ungane kjem òg. Seg frå om de vil ha med noko.

Klem frå mamma`,
    },
    {
      mailbox: 'ha-kari',
      name: '04-autosvar',
      tags: ['auto-reply'],
      from: { name: 'Tor Eide', address: 'tor.eide@example.com' },
      to: [me('ha-kari')],
      subject: 'Automatisk svar: Møte om reguleringsplanen',
      at: [6, '08:02:11'],
      inReplyTo: ha('kari-reguleringsplan'),
      extra: AUTO_REPLY,
      text: `Eg er på ferie til og med 13. mars og les ikkje e-post. I hastesaker kan du ringje sentralbordet.

Tor Eide`,
    },

    // ---- Eksempel kommune, postmottak@ (bokmål) ---------------------------
    {
      mailbox: 'nb-postmottak',
      name: '01-innsyn-skolestruktur',
      tags: ['citizen-request', 'access-request'],
      from: { name: 'Jonas Berg', address: 'jonas.berg@example.com' },
      to: [me('nb-postmottak')],
      subject: 'Begjæring om innsyn i sak 2026/118',
      at: [2, '09:05:27'],
      text: `Hei,

Jeg ber om innsyn i alle dokumenter i sak 2026/118 om ny skolestruktur, jf. offentleglova § 3. Jeg ber også om en kopi av postjournalen for uke 9.

Dokumentene kan gjerne sendes på e-post.

Vennlig hilsen
Jonas Berg`,
    },
    {
      mailbox: 'nb-postmottak',
      name: '02-bostotte',
      tags: ['citizen-request', 'national-id', 'special-category'],
      from: { name: 'Fatima Ali', address: 'fatima.ali@example.net' },
      to: [me('nb-postmottak')],
      subject: 'Søknad om bostøtte',
      at: [4, '15:48:02'],
      text: `Hei,

Jeg søker om bostøtte og sender opplysningene dere ba om. Fødselsnummeret mitt er 02129045674, og sønnen min har D-nummer 45108023469.

Jeg har vært sykmeldt siden januar på grunn av depresjon, så inntekten er lavere enn før. Legeerklæring kan ettersendes.

Hilsen
Fatima Ali`,
    },
    {
      mailbox: 'nb-postmottak',
      name: '03-til-radmannen',
      tags: ['threat'],
      from: { name: 'Ukjent', address: 'ukjent.avsender@example.org' },
      to: [me('nb-postmottak')],
      subject: 'Til rådmannen',
      at: [5, '23:19:45'],
      text: `Dere har ødelagt livet mitt med det vedtaket.

Jeg skal finne deg. Du skal få betale for dette. Pass deg!`,
    },

    // ---- Eksempel kommune, Ola Nordmann (bokmål) --------------------------
    {
      mailbox: 'nb-ola',
      name: '01-broyting',
      tags: ['citizen-request', 'personal-mailbox'],
      from: { name: 'Hilde Strand', address: 'hilde.strand@example.com' },
      to: [me('nb-ola')],
      subject: 'Klage på brøyting i Bjørkeveien',
      at: [3, '07:55:13'],
      text: `Hei Ola,

Vi snakket sammen på foreldremøtet. Brøytebilen har ikke vært i Bjørkeveien på tre dager, og bilene kommer seg nesten ikke opp bakken.

Kan du sørge for at dette blir fulgt opp?

Hilsen Hilde Strand`,
    },
    {
      mailbox: 'nb-ola',
      name: '02-hyttetur',
      tags: ['private'],
      from: { name: 'Erik Nordmann', address: 'erik.nordmann@example.net' },
      to: [me('nb-ola')],
      subject: 'Hytteturen i påsken',
      at: [5, '20:31:08'],
      text: `Hei!

Skal vi dra opp til hytta onsdag før skjærtorsdag? Jeg kan ta med ved og mat til første kveld. Si fra om dere vil sitte på.

Erik`,
    },
    {
      mailbox: 'nb-ola',
      name: '03-autosvar',
      tags: ['auto-reply'],
      from: { name: 'Leverandørservice', address: 'kundeservice@leverandor.example.com' },
      to: [me('nb-ola')],
      subject: 'Autosvar: Faktura 45123',
      at: [6, '10:14:59'],
      extra: AUTO_REPLY,
      text: `Takk for din henvendelse. Vi har mottatt e-posten din og svarer innen tre virkedager.

Dette er et automatisk svar.`,
    },

    // ---- Vara kommun, vara.kommun@ (svenska) -------------------------------
    {
      mailbox: 'vara-kommun',
      name: '01-bygglov-altan',
      tags: ['citizen-request'],
      from: { name: 'Lars Svensson', address: 'lars.svensson@example.com' },
      to: [me('vara-kommun')],
      subject: 'Fråga om bygglov för altan',
      at: [2, '12:20:31'],
      text: `Hej!

Jag vill bygga en altan på ungefär 25 kvadratmeter på baksidan av vårt hus på Torggatan i Vara. Behöver jag bygglov, eller räcker det med en anmälan? Tomten ligger inom detaljplanelagt område.

Tack på förhand!

Med vänliga hälsningar
Lars Svensson`,
    },
    {
      mailbox: 'vara-kommun',
      name: '02-fardtjanst',
      tags: ['citizen-request', 'national-id', 'special-category'],
      from: { name: 'Maria Nilsson', address: 'maria.nilsson@example.net' },
      to: [me('vara-kommun')],
      subject: 'Ansökan om färdtjänst – 811218-9876',
      at: [3, '16:40:12'],
      text: `Hej,

Jag ansöker om färdtjänst för min mamma Gunnel Nilsson, personnummer 19470312-2343, som efter sin höftoperation inte kan åka buss. Mitt eget personnummer är 811218-9876 om ni behöver nå mig.

Läkarintyget skickas med posten.

Vänliga hälsningar
Maria Nilsson`,
    },
    {
      mailbox: 'vara-kommun',
      name: '03-sista-varningen',
      tags: ['threat'],
      from: { address: 'arg.medborgare@example.org' },
      to: [me('vara-kommun')],
      subject: 'Sista varningen',
      at: [6, '21:58:40'],
      text: `Ni har nekat mig försörjningsstöd tre gånger nu.

Jag vet var du bor, och du kommer att ångra dig.`,
    },
    {
      mailbox: 'vara-kommun',
      name: '04-nyhetsbrev',
      tags: ['newsletter'],
      from: { name: 'Kommunnytt', address: 'nyheter@kommunnytt.example.org' },
      to: [me('vara-kommun')],
      subject: 'Nyhetsbrev vecka 10: Nya föreskrifter för e-arkiv',
      at: [4, '06:30:00'],
      extra: newsletter('kommunnytt.example.org', 'Kommunnytt'),
      text: `Kommunnytt – vecka 10

Nya föreskrifter för e-arkiv
Föreskrifterna börjar gälla den 1 juli och påverkar hur kommuner bevarar e-post.

Webbinarium om diarieföring
Den 26 mars håller vi ett webbinarium om diarieföring av e-post.

Avsluta prenumerationen: https://kommunnytt.example.org/avmelding`,
      html: `<html><body><h1>Kommunnytt – vecka 10</h1><h2>Nya föreskrifter för e-arkiv</h2><p>Föreskrifterna börjar gälla den 1 juli och påverkar hur kommuner bevarar e-post.</p><h2>Webbinarium om diarieföring</h2><p>Den 26 mars håller vi ett webbinarium om diarieföring av e-post.</p><p style="font-size:small"><a href="https://kommunnytt.example.org/avmelding">Avsluta prenumerationen</a></p></body></html>`,
    },

    // ---- Vara kommun, Anna Andersson (svenska) ----------------------------
    {
      mailbox: 'vara-anna',
      name: '01-allman-handling',
      tags: ['citizen-request', 'personal-mailbox', 'access-request'],
      from: { name: 'Johan Ek', address: 'johan.ek@example.com' },
      to: [me('vara-anna')],
      subject: 'Begäran om allmän handling',
      at: [3, '10:10:10'],
      text: `Hej Anna,

Jag begär att få ta del av protokollet från miljö- och byggnämndens sammanträde den 18 februari och alla handlingar i ärendet om detaljplanen för Vara centrum.

Skicka gärna handlingarna som e-post.

Vänliga hälsningar
Johan Ek`,
    },
    {
      mailbox: 'vara-anna',
      name: '02-fika',
      tags: ['private'],
      from: { name: 'Sara Lind', address: 'sara.lind@example.net' },
      to: [me('vara-anna')],
      subject: 'Fika på lördag?',
      at: [5, '18:02:55'],
      text: `Hej!

Ska vi ses på fik vid torget på lördag runt elva? Jag har så mycket att berätta om resan.

Kram, Sara`,
    },
    {
      mailbox: 'vara-anna',
      name: '03-autosvar',
      tags: ['auto-reply'],
      from: { name: 'Per Olsson', address: 'per.olsson@example.com' },
      to: [me('vara-anna')],
      subject: 'Automatiskt svar: Samrådsmöte om detaljplanen',
      at: [9, '08:00:03'],
      extra: AUTO_REPLY,
      text: `Jag är tjänstledig till och med den 20 mars och läser inte e-post. Kontakta växeln vid brådskande ärenden.

Per Olsson`,
    },

    // ---- Melleruds kommun, kommunen@ (svenska) -----------------------------
    {
      mailbox: 'mellerud-kommunen',
      name: '01-gatubelysning',
      tags: ['citizen-request'],
      from: { name: 'Karin Berg', address: 'karin.berg@example.net' },
      to: [me('mellerud-kommunen')],
      subject: 'Synpunkt på gatubelysningen på Storgatan',
      at: [9, '17:25:48'],
      text: `Hej,

Tre lyktstolpar på Storgatan mellan busstationen och skolan har varit släckta i två veckor. Det är mörkt och obehagligt för barnen som går hem efter fritids.

När kommer de att lagas?

Karin Berg`,
    },
    buildingApplicationSv,
    {
      mailbox: 'mellerud-kommunen',
      name: '03-adressandring',
      tags: ['national-id'],
      from: { name: 'Ahmed Hassan', address: 'ahmed.hassan@example.org' },
      to: [me('mellerud-kommunen')],
      subject: 'Adressändring 860672-3453',
      at: [11, '11:11:47'],
      text: `Hej!

Jag har flyttat till Järnvägsgatan 4 i Mellerud och vill ändra min adress hos kommunen. Mitt samordningsnummer är 860672-3453.

Tack!
Ahmed Hassan`,
    },

    // ---- Melleruds kommun, Erik Johansson (svenska) -----------------------
    {
      mailbox: 'mellerud-erik',
      name: '01-nyhetsbrev',
      tags: ['newsletter'],
      from: { name: 'Arkivnätverket', address: 'nyhetsbrev@arkivnatverket.example.org' },
      to: [me('mellerud-erik')],
      subject: 'Nyhetsbrev: Gallring av e-post i kommunal verksamhet',
      at: [10, '06:15:00'],
      extra: newsletter('arkivnatverket.example.org', 'Arkivnätverket'),
      text: `Arkivnätverket – mars

Gallring av e-post i kommunal verksamhet
Vilken e-post får gallras, och när? Vi går igenom vanliga frågor från kommunernas registratorer.

Avsluta prenumerationen: https://arkivnatverket.example.org/avmelding`,
    },
    {
      mailbox: 'mellerud-erik',
      name: '02-middag',
      tags: ['private'],
      from: { name: 'Lena Johansson', address: 'lena.johansson@example.net' },
      to: [me('mellerud-erik')],
      subject: 'Middag ikväll',
      at: [10, '15:42:19'],
      text: `Hej älskling!

Kan du handla på vägen hem? Vi behöver mjölk, potatis och något till efterrätt. Jag hämtar Ella på träningen.

Puss, Lena`,
    },
    {
      mailbox: 'mellerud-erik',
      name: '03-hot',
      tags: ['threat', 'personal-mailbox'],
      from: { address: 'x9981@example.com' },
      to: [me('mellerud-erik')],
      subject: 'Du',
      at: [11, '02:13:37'],
      text: `Jag vet var du bor. Du kommer att ångra dig.`,
    },
    {
      mailbox: 'mellerud-erik',
      name: '04-vb-skolskjuts',
      tags: ['internal', 'item-attachment'],
      from: { name: 'Maja Lund', address: 'maja.lund@mellerud.se' },
      to: [me('mellerud-erik')],
      subject: 'VB: Klagomål på skolskjutsen från Åsensbruk',
      at: [11, '08:30:05'],
      text: `Hej Erik,

Jag bifogar klagomålet från en förälder i Åsensbruk. Det är väl du som har kontakten med bussbolaget? Det behöver nog diarieföras också.

/Maja`,
      messages: [{ filename: 'Klagomal-pa-skolskjutsen.eml', eml: eml(complaintToForward) }],
    },
  ];
}

function serverOf(mailboxId: string): string {
  return `mx.${domainOf(mailbox(mailboxId).address)}`;
}

function eml(s: Sample): string {
  const mb = mailbox(s.mailbox);
  const folder = s.folder ?? 'inbox';
  const date = march(s.at[0], s.at[1]);
  // The topmost Received header is the municipality's server taking the
  // message in: by law that is when it arrived.
  const trace: Array<readonly [string, string]> =
    folder === 'inbox' && !s.bare
      ? [
          [
            'Received',
            `from mail.${domainOf(s.from.address)} (mail.${domainOf(s.from.address)} [192.0.2.25])\r\n by ${serverOf(s.mailbox)} with ESMTPS; ${date}`,
          ],
          ['Delivered-To', mb.address],
          ['Return-Path', `<${s.from.address}>`],
        ]
      : [];
  return writeMessage({
    trace,
    from: s.from,
    to: s.to,
    ...(s.cc ? { cc: s.cc } : {}),
    subject: s.subject,
    date,
    messageId: messageIdOf(s),
    ...(s.inReplyTo ? { inReplyTo: s.inReplyTo, references: s.inReplyTo } : {}),
    ...(s.extra ? { extra: s.extra } : {}),
    text: s.text,
    ...(s.html ? { html: s.html } : {}),
    ...(s.attachments ? { attachments: s.attachments } : {}),
    ...(s.messages ? { messages: s.messages } : {}),
    slug: s.name,
  });
}

export interface SampleMailboxFiles {
  /** .eml text by path relative to dev/mailbox. */
  readonly files: Readonly<Record<string, string>>;
  readonly index: SampleMailboxIndex;
}

function folderOf(mb: SampleMailbox): string {
  return `${mb.profile}/${mb.address.slice(0, mb.address.indexOf('@'))}`;
}

export function buildSampleMailbox(): SampleMailboxFiles {
  const files: Record<string, string> = {};
  const messages: SampleMessage[] = [];
  for (const s of samples()) {
    const mb = mailbox(s.mailbox);
    const path = `${folderOf(mb)}/${s.name}.eml`;
    files[path] = eml(s);
    const language: Lang = mb.language;
    messages.push({
      file: path,
      mailbox: mb.id,
      folder: s.folder ?? 'inbox',
      language,
      tags: s.tags,
    });
  }
  return { files, index: { mailboxes: MAILBOXES, messages } };
}
