/**
 * The sample mailbox, written for this project: for each example profile a
 * personal mailbox and the organisation's main function mailbox, with
 * messages in nynorsk (Hå), bokmål (eksempelkommunen) and Swedish (Vara,
 * Mellerud). Every address outside the municipalities is in a reserved
 * example domain; every person is invented.
 *
 * Pure and deterministic: `generate.ts` writes the result to dev/mailbox,
 * and a test checks that the committed files are exactly what this builds.
 * One table, kept whole: `samples` lists every sample message.
 */

import type { Lang } from '../../src/core/model';
import type { SampleMailboxIndex, SampleMessage } from '../emulator/mailbox';
import { encodeWords } from './mime';
import { MAILBOXES, eml, folderOf, mailbox, me } from './build-mailboxes';
import type { Sample } from './build-mailboxes';
import {
  buildingApplicationNn,
  buildingApplicationSv,
  complaintToForward,
} from './build-documents';

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
    {
      mailbox: 'ha-post',
      name: '06-klage-vedtak',
      tags: ['citizen-request', 'signature-required'],
      from: { name: 'Ingrid Sele', address: 'ingrid.sele@example.com' },
      to: [me('ha-post')],
      subject: 'Klage på vedtak om avslag på dispensasjon',
      at: [9, '19:02:44'],
      text: `Hei,

Eg klagar på vedtaket de gjorde 2. mars om å avslå søknaden min om dispensasjon for eit tilbygg på Vigre. Tilbygget kjem ikkje nærare nabogrensa enn huset som står der i dag, og det har ikkje kommunen vurdert.

Eg ber om at vedtaket blir endra, slik at eg får dispensasjon.

Helsing
Ingrid Sele
Vigrestadvegen 8, 4362 Vigrestad`,
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
    {
      mailbox: 'vara-kommun',
      name: '05-overklagande',
      tags: ['citizen-request', 'signature-required'],
      from: { name: 'Karin Berg', address: 'karin.berg@example.org' },
      to: [me('vara-kommun')],
      subject: 'Överklagande av beslut om bygglov',
      at: [9, '18:25:03'],
      text: `Hej,

Jag överklagar byggnadsnämndens beslut den 3 mars 2026 att avslå min ansökan om bygglov för ett garage på Kyrkogatan 14 i Vara.

Jag vill att beslutet upphävs och att jag får bygglov. Garaget följer detaljplanen, och grannarna har inget att invända.

Med vänlig hälsning
Karin Berg`,
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

export interface SampleMailboxFiles {
  /** .eml text by path relative to dev/mailbox. */
  readonly files: Readonly<Record<string, string>>;
  readonly index: SampleMailboxIndex;
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
