/**
 * The longer sample messages (build.ts): building applications in nynorsk
 * and Swedish with their PDF and Word documents, and the complaint another
 * message forwards. Zip times are fixed so the files are the same on every
 * build.
 */

import { onePagePdf, buildDocx, p, ins, del, comment } from './documents';
import type { MimeAttachment } from './mime';
import { me } from './build-mailboxes';
import type { Sample } from './build-mailboxes';

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

export const buildingApplicationNn: Sample = {
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

export const buildingApplicationSv: Sample = {
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

export const complaintToForward: Sample = {
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
