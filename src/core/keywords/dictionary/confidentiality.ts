import type { RuleSource } from './types';

/*
 * Which code is which (the compose policy blocks `secret` always, R15, and
 * `exempt` towards external recipients without encryption, R16):
 *
 * - `confidentiality.exempt`: markings that the document is exempt from
 *   PUBLIC ACCESS: "Unntatt offentlighet", "U.off.", "Offl. § 13",
 *   "offentleglova § 13 jf. fvl. § 13", the archive field
 *   "skjermingshjemmel", Swedish "Sekretess enligt OSL 26 kap. 1 §",
 *   "OSL 26:1". Seed 000 §10 treats these apart from confidential content:
 *   avoid e-mail, encrypt towards external recipients. The legal reference is
 *   a citation on a registry marking, so it is `exempt` even when the cited
 *   section (offl. § 13, fvl. § 13) points to a duty of confidentiality.
 *
 * - `confidentiality.secret`: words that say the CONTENT is under a duty of
 *   confidentiality: "taushetsbelagt", "teiepliktig", "underlagt
 *   taushetsplikt", "fortrolig", "konfidensielt", "Confidential", and the
 *   Swedish "sekretessbelagd", "omfattas av sekretess", "skyddad identitet".
 *   Seed 000 §9: "Taushetsbelagte opplysninger skal aldri sendes som e-post";
 *   seed 003: "sekretessbelagd information ska aldrig skrivas i ...
 *   e-postmeddelandet". Swedish "sekretess" is a duty not to disclose (OSL 3
 *   kap. 1 §), the counterpart of Norwegian taushetsplikt, so the Swedish
 *   words are `secret` and only the citation form "sekretess enligt OSL ..."
 *   is an `exempt` marking.
 *
 * Not a marking, so nothing fires: "sensitiv informasjon", "taushetsplikt"
 * alone ("Husk taushetsplikten"), "sekretess" alone (a heading: "Sekretess
 * och känsliga uppgifter"). Rules ABOUT such content ("Taushetsbelagte
 * opplysninger skal aldri sendes som e-post") and e-mail disclaimers are
 * silenced by `rule-text.ts`.
 *
 * The law-reference markings (U.off., Offl. §, OSL, "sekretess enligt") are
 * recognised by the handlers in `legal-rules.ts`.
 */

export const CONFIDENTIALITY: readonly RuleSource[] = [
  {
    code: 'confidentiality.exempt',
    basis: 'offl',
    patterns: [
      '[unntatt|unntas|unntak|unntatte|unnateke|unnatekne|unnatekse|unnatt|unntakast|unntaes|unntes|untatt|unndratt] fra|frå|fr? offentlighet|offentligheten|offentlegheit|offentlegheita|offentleg|off|offentl|innsyn|allmennhetens|ålmenta',
      '[exempt|exempted|exemption] from public? disclosure|access|inspection',
      '[skjermingshjemmel|skjermingsheimel|skjermingshjemmelen|skjermingsheimelen]',
    ],
  },
  {
    code: 'confidentiality.secret',
    basis: 'any',
    patterns: [
      'strengt|strikt|strictly|highly|mycket|svært? [taushetsbelagt|taushetsbelagte|taushetsbelagd|taushetsbelagde|teiebelagt|teiebelagde|teiepliktig|teiepliktige|teiepliktigt|taushetspliktig|taushetspliktige|taushetspliktbelagt|taushetspliktbelagte|sekretessbelagd|sekretessbelagda|sekretessbelagt|sekretessbelagts|sekretesskyddad|sekretesskyddade|sekretesskyddat|tystnadspliktig|konfidensiell|konfidensielle|konfidensielt|konfidentiell|konfidentiella|konfidentiellt|confidential|fortrolig|fortrolige|fortroleg|fortrolege|fortrolegt|fortroligt|fortruleg|fortrulege|fortrulegt]',
      'underlagt|underlagd|underlagde|underlagte|omfattet|omfatta|omfattes|omfattast|omfattas|omfattade|underkastet|underkasta|bundet|bunden|subject av|til|to? [taushetsplikt|taushetsplikten|teieplikt|teieplikta|tystnadsplikt|tystnadsplikten|sekretess|sekretessen|confidentiality]',
      '[skyddad|skyddade] identitet|personuppgifter|adress|folkbokföring',
      'sekretessmarkering|sekretessmarkeringen|sekretessmarkerad|sekretessmarkerade|adressesperre|adressesperren|adressesperring',
      '[sperret|sperra|sperrede|sperrete] adresse|adressen',
      'in [confidence]',
    ],
    not: [
      // "fortrolig med systemet": familiar with, not confidential.
      '[fortrolig|fortrolige|fortroleg|fortrolege|fortrolegt|fortroligt|fortruleg|fortrulege|fortrulegt] med|til',
      // People are bound by a duty; that is not a marking of this content.
      'jeg|eg|vi|du|han|hun|ho|hon|de|dei|dere|ni|man|ansatte|alle|alla|tilsette|personalet|medarbeidere|medarbeidarar|medarbetare|anställda|personal|personalen|helsepersonell|employees|staff|everyone|we|you er|är|blir|vert|blitt|är|is|are|was|were|har|have? [taushetspliktig|taushetspliktige|teiepliktig|teiepliktige|tystnadspliktig|tystnadspliktiga]',
      'jeg|eg|vi|du|han|hun|ho|hon|de|dei|dere|ni|man|ansatte|alle|alla|tilsette|personalet|medarbeidere|medarbeidarar|medarbetare|anställda|personal|personalen|helsepersonell|employees|staff|everyone|we|you er|är|blir|vert|blitt|is|are|was|were? underlagt|underlagd|underlagde|underlagte|omfattet|omfatta|omfattes|omfattas|underkastet|underkasta|bundet|bunden|subject av|til|to? [taushetsplikt|taushetsplikten|teieplikt|teieplikta|tystnadsplikt|tystnadsplikten|sekretess|sekretessen|confidentiality]',
      // A service offered in confidence is not a marking of this message.
      '[konfidensiell|konfidensielle|konfidensielt|konfidentiell|konfidentiella|konfidentiellt|confidential|fortrolig|fortrolige] samtale|samtaler|samtal|samtalet|conversation|conversations|chat|rådgivning|rådgiving|rådgivning|helpline|hotline|support|counselling|counseling|advice|service|tjeneste|teneste|tjänst|linje|line',
    ],
  },
];
