import type { Messages } from '../i18n/types';
import type { IdCode } from './codes';

/**
 * What the detector found, for the caseworker. `{masked}` is the number with
 * everything after the date hidden (e.g. "010101*****", "880320-****"), so
 * the warning itself does not repeat the number.
 */
export const ID_MESSAGES = {
  nb: {
    'national-id.no.fnr': 'Teksten inneholder et fødselsnummer ({masked}).',
    'national-id.no.dnr': 'Teksten inneholder et D-nummer ({masked}).',
    'national-id.no.hnr':
      'Teksten inneholder et H-nummer, et hjelpenummer i helsetjenesten ({masked}).',
    'national-id.no.tnr':
      'Teksten inneholder et syntetisk testnummer fra Tenor ({masked}). Det tilhører ingen ekte person, men behandles som et fødselsnummer.',
    'national-id.no.fhn':
      'Teksten inneholder et FH-nummer, et felles hjelpenummer i helsetjenesten ({masked}).',
    'national-id.se.pnr': 'Teksten inneholder et svensk personnummer ({masked}).',
    'national-id.se.snr': 'Teksten inneholder et svensk samordningsnummer ({masked}).',
    'national-id.se.interim':
      'Teksten inneholder et svensk reservenummer, et midlertidig ID-nummer med bokstav ({masked}).',
  },
  nn: {
    'national-id.no.fnr': 'Teksten inneheld eit fødselsnummer ({masked}).',
    'national-id.no.dnr': 'Teksten inneheld eit D-nummer ({masked}).',
    'national-id.no.hnr':
      'Teksten inneheld eit H-nummer, eit hjelpenummer i helsetenesta ({masked}).',
    'national-id.no.tnr':
      'Teksten inneheld eit syntetisk testnummer frå Tenor ({masked}). Det høyrer ikkje til nokon verkeleg person, men blir behandla som eit fødselsnummer.',
    'national-id.no.fhn':
      'Teksten inneheld eit FH-nummer, eit felles hjelpenummer i helsetenesta ({masked}).',
    'national-id.se.pnr': 'Teksten inneheld eit svensk personnummer ({masked}).',
    'national-id.se.snr': 'Teksten inneheld eit svensk samordningsnummer ({masked}).',
    'national-id.se.interim':
      'Teksten inneheld eit svensk reservenummer, eit mellombels ID-nummer med bokstav ({masked}).',
  },
  sv: {
    'national-id.no.fnr': 'Texten innehåller ett norskt födelsenummer ({masked}).',
    'national-id.no.dnr': 'Texten innehåller ett norskt D-nummer ({masked}).',
    'national-id.no.hnr':
      'Texten innehåller ett norskt H-nummer, ett hjälpnummer inom hälso- och sjukvården ({masked}).',
    'national-id.no.tnr':
      'Texten innehåller ett syntetiskt norskt testnummer från Tenor ({masked}). Det tillhör ingen verklig person men hanteras som ett personnummer.',
    'national-id.no.fhn':
      'Texten innehåller ett norskt FH-nummer, ett gemensamt hjälpnummer inom hälso- och sjukvården ({masked}).',
    'national-id.se.pnr': 'Texten innehåller ett personnummer ({masked}).',
    'national-id.se.snr': 'Texten innehåller ett samordningsnummer ({masked}).',
    'national-id.se.interim':
      'Texten innehåller ett reservnummer, ett tillfälligt identitetsnummer med bokstav ({masked}).',
  },
  en: {
    'national-id.no.fnr': 'The text contains a Norwegian national identity number ({masked}).',
    'national-id.no.dnr': 'The text contains a Norwegian D number ({masked}).',
    'national-id.no.hnr':
      'The text contains a Norwegian H number, an auxiliary number used in health care ({masked}).',
    'national-id.no.tnr':
      'The text contains a synthetic Norwegian test number from Tenor ({masked}). It belongs to no real person but is treated like a national identity number.',
    'national-id.no.fhn':
      'The text contains a Norwegian FH number, a common auxiliary number used in health care ({masked}).',
    'national-id.se.pnr': 'The text contains a Swedish personal identity number ({masked}).',
    'national-id.se.snr': 'The text contains a Swedish coordination number ({masked}).',
    'national-id.se.interim':
      'The text contains a Swedish interim number, a temporary identity number with a letter ({masked}).',
  },
} as const satisfies Messages<IdCode>;
