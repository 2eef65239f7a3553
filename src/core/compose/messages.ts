import type { Messages } from '../i18n/types';

/**
 * Sentences for the send check. `{what}` is the finding's own label from its
 * area catalog, `{where}` the part of the message (see `part.*`).
 */
export type ComposeKey =
  | 'alert.block'
  | 'alert.warn'
  | 'alert.more'
  | 'alert.details'
  | 'alert.failed'
  | 'alert.same'
  | 'alert.name'
  | 'alert.names.more'
  | 'part.subject'
  | 'part.body'
  | 'part.attachment'
  | 'part.attachment-name'
  | 'part.entry'
  | 'check.subject-sensitive'
  | 'check.national-id'
  | 'check.special-category'
  | 'check.confidential'
  | 'check.exempt-external'
  | 'exempt.duty'
  | 'exempt.discretionary'
  | 'check.electronic-consent'
  | 'consent.decision'
  | 'consent.advance-notice'
  | 'consent.recorded'
  | 'label.electronic-consent.wording'
  | 'label.electronic-consent.attachment'
  | 'check.draft-attachment'
  | 'check.legal-form'
  | 'check.risky-attachment'
  | 'check.threat'
  | 'check.unjournaled-case-document'
  | 'check.uninspected'
  | 'reason.time'
  | 'reason.size'
  | 'reason.nesting'
  | 'reason.parts'
  | 'reason.encoding'
  | 'reason.format'
  | 'reason.unreadable'
  | 'reason.truncated'
  | 'reason.too-large'
  | 'reason.too-large.text'
  | 'reason.host'
  | 'reason.other'
  | 'label.case-document.wording'
  | 'label.case-document.attachment'
  | 'label.case-document.signed-attachment'
  | 'label.case-document.their-reference'
  | 'mailbox.personal.external'
  | 'mailbox.personal.reply-to-function'
  | 'mailbox.personal.case-reference'
  | 'mailbox.personal.no-suggestion'
  | 'practice.subject-empty'
  | 'practice.subject-vague'
  | 'practice.many-recipients'
  | 'practice.reply-all'
  | 'practice.internal-attachments'
  | 'practice.signature-missing'
  | 'scan.time-limit'
  | 'decision.block'
  | 'decision.warn'
  | 'decision.allow';

export const composeMessages = {
  nb: {
    'alert.block': 'Arkivpost stoppet sendingen:',
    'alert.warn': 'Arkivpost ber deg se over dette før du sender:',
    'alert.more': '… og {count} til. Se detaljene.',
    'alert.details': 'Vis detaljer',
    'alert.failed':
      'Arkivpost kunne ikke kontrollere meldingen ({reason}). Prøv igjen om litt, eller kontakt IT-brukerstøtte.',
    'part.subject': 'emnefeltet',
    'part.body': 'meldingsteksten',
    'part.attachment': 'vedlegget «{attachment}»',
    'part.attachment-name': 'navnet på vedlegget «{attachment}»',
    'check.subject-sensitive':
      'Emnefeltet inneholder {what}. Emnet føres i e-postloggen, som er offentlig – ta det ut av emnet.',
    'check.national-id':
      'I {where} står det {what}. Ikke send fødselsnummer på e-post – legg det i saksarkivet.',
    'check.special-category':
      'I {where} ser det ut til å stå {what}. Sensitive personopplysninger skal ikke sendes på e-post.',
    'check.confidential':
      '{where} er merket {what}. Taushetsbelagte opplysninger skal aldri sendes på e-post.',
    'check.exempt-external':
      '{where} er merket {what} og går til ekstern mottaker uten kryptering. Krypter meldingen eller send på annen måte.',
    'exempt.duty': 'Taushetsbelagte opplysninger er det plikt til å unnta: det er ikke et valg.',
    'exempt.discretionary':
      'Dette unntaket er valgfritt (offl. §§ 14–26: «kan unntas»), men så lenge dokumentet er unntatt, skal det ikke sendes ukryptert.',
    'check.electronic-consent':
      '{what} tyder på at dette er {kind}. På e-post krever det at parten har godtatt elektronisk kommunikasjon (eForvaltningsforskriften § 8). Har parten godtatt det?',
    'consent.decision': 'et vedtak',
    'consent.advance-notice': 'et forhåndsvarsel',
    'consent.recorded': 'Sjekk i {recordedIn}.',
    'label.electronic-consent.wording': 'ordlyden «{text}»',
    'label.electronic-consent.attachment': 'vedlegget «{attachment}»',
    'check.draft-attachment':
      'Vedlegget «{attachment}»: {what}. Saksdokumenter skal bare sendes ut ferdigbehandlet (underskrevet og journalført).',
    'check.legal-form':
      'Meldingen ser ut som {what}. Loven krever skriftlighet her (f.eks. forhåndsvarsel, forvaltningsloven § 16).',
    'check.risky-attachment': 'Vedlegget «{attachment}»: {what}.',
    'check.threat': 'Meldingen inneholder {what}. Les gjennom før du sender.',
    'check.unjournaled-case-document':
      '{what} tyder på at dette er et saksdokument, men det har ingen saksreferanse. Journalfør det før du sender, så får emnet «Vår ref.» med arkivreferansen.',
    'label.case-document.wording': 'ordlyden «{text}»',
    'label.case-document.attachment': 'vedlegget «{attachment}»',
    'label.case-document.signed-attachment': 'det signerte vedlegget «{attachment}»',
    'label.case-document.their-reference': 'mottakerens referanse «{text}»',
    'mailbox.personal.external':
      'Dette er offisiell e-post til ekstern mottaker, men den sendes fra din personlige postkasse. Send fra {mailboxName} ({mailbox}).',
    'mailbox.personal.reply-to-function':
      'Du svarer på e-post som kom til {mailboxName}, men fra din personlige postkasse. Svar fra {mailbox}.',
    'mailbox.personal.case-reference':
      'Meldingen har saksreferanse ({reference}), men sendes fra din personlige postkasse. Send fra {mailboxName} ({mailbox}).',
    'mailbox.personal.no-suggestion':
      'Dette er offisiell e-post, men den sendes fra din personlige postkasse. Send fra en funksjonspostkasse.',
    'practice.subject-empty': 'Emnefeltet er tomt. Skriv et emne som sier hva saken gjelder.',
    'practice.subject-vague': 'Emnet sier lite om hva saken gjelder. Skriv et tydeligere emne.',
    'practice.many-recipients':
      'Meldingen har {count} mottakere. Store gruppeutsendinger bør gå via intranettet.',
    'practice.reply-all':
      'Du svarer alle ({count} mottakere). Send bare til dem som trenger svaret.',
    'practice.internal-attachments':
      'Du legger ved filer til interne mottakere. Del heller en lenke til dokumentet.',
    'practice.signature-missing': 'Meldingen mangler kommunens felles e-postsignatur.',
    'scan.time-limit':
      'Disse vedleggene ble ikke kontrollert innen tidsgrensen på {seconds} s: {names}.',
    'decision.block': 'Stoppet',
    'decision.warn': 'Advarsel',
    'decision.allow': 'Kan sendes',
    'alert.same': 'Det samme gjelder {names}.',
    'alert.name': '«{name}»',
    'alert.names.more': '{names} og {count} til',
    'part.entry': '«{entry}» i vedlegget «{attachment}»',
    'check.uninspected': '{where} ble ikke kontrollert: {what}. Se selv over før du sender.',
    'reason.time': 'tiden gikk ut',
    'reason.size': 'størrelsesgrensen ble nådd',
    'reason.nesting': 'for mange nivåer med vedlegg i vedlegg',
    'reason.parts': 'for mange deler',
    'reason.encoding': 'ukjent tegnkoding',
    'reason.format': 'filformatet kan ikke leses',
    'reason.unreadable': 'filen kunne ikke leses',
    'reason.truncated': 'filen er ufullstendig eller skadet',
    'reason.too-large': 'bare de første {limitMb} MB ble lest',
    'reason.too-large.text': 'teksten er for lang, og bare begynnelsen ble lest',
    'reason.host': 'Outlook ga ikke ut innholdet',
    'reason.other': 'ukjent årsak',
  },
  nn: {
    'alert.block': 'Arkivpost stoppa sendinga:',
    'alert.warn': 'Arkivpost ber deg sjå over dette før du sender:',
    'alert.more': '… og {count} til. Sjå detaljane.',
    'alert.details': 'Vis detaljar',
    'alert.failed':
      'Arkivpost kunne ikkje kontrollere meldinga ({reason}). Prøv igjen om litt, eller kontakt IT-brukarstøtta.',
    'part.subject': 'emnefeltet',
    'part.body': 'meldingsteksten',
    'part.attachment': 'vedlegget «{attachment}»',
    'part.attachment-name': 'namnet på vedlegget «{attachment}»',
    'check.subject-sensitive':
      'Emnefeltet inneheld {what}. Emnet blir ført i e-postloggen, som er offentleg – ta det ut av emnet.',
    'check.national-id':
      'I {where} står det {what}. Ikkje send fødselsnummer på e-post – legg det i saksarkivet.',
    'check.special-category':
      'I {where} ser det ut til å stå {what}. Sensitive personopplysningar skal ikkje sendast på e-post.',
    'check.confidential':
      '{where} er merkt {what}. Teiepliktige opplysningar skal aldri sendast på e-post.',
    'check.exempt-external':
      '{where} er merkt {what} og går til ekstern mottakar utan kryptering. Krypter meldinga eller send på annan måte.',
    'exempt.duty':
      'Teiepliktige opplysningar er det plikt til å gjere unntak for: det er ikkje eit val.',
    'exempt.discretionary':
      'Dette unntaket er valfritt (offl. §§ 14–26: «kan unntakast»), men så lenge dokumentet er unnateke, skal det ikkje sendast ukryptert.',
    'check.electronic-consent':
      '{what} tyder på at dette er {kind}. På e-post krev det at parten har godteke elektronisk kommunikasjon (eForvaltningsforskrifta § 8). Har parten godteke det?',
    'consent.decision': 'eit vedtak',
    'consent.advance-notice': 'eit førehandsvarsel',
    'consent.recorded': 'Sjekk i {recordedIn}.',
    'label.electronic-consent.wording': 'ordlyden «{text}»',
    'label.electronic-consent.attachment': 'vedlegget «{attachment}»',
    'check.draft-attachment':
      'Vedlegget «{attachment}»: {what}. Saksdokument skal berre sendast ut ferdigbehandla (underskrivne og journalførte).',
    'check.legal-form':
      'Meldinga ser ut som {what}. Lova krev skriftlegheit her (t.d. førehandsvarsel, forvaltningslova § 16).',
    'check.risky-attachment': 'Vedlegget «{attachment}»: {what}.',
    'check.threat': 'Meldinga inneheld {what}. Les gjennom før du sender.',
    'check.unjournaled-case-document':
      '{what} tyder på at dette er eit saksdokument, men det har ingen saksreferanse. Journalfør det før du sender, så får emnet «Vår ref.» med arkivreferansen.',
    'label.case-document.wording': 'ordlyden «{text}»',
    'label.case-document.attachment': 'vedlegget «{attachment}»',
    'label.case-document.signed-attachment': 'det signerte vedlegget «{attachment}»',
    'label.case-document.their-reference': 'referansen til mottakaren «{text}»',
    'mailbox.personal.external':
      'Dette er offisiell e-post til ekstern mottakar, men han blir send frå den personlege postkassa di. Send frå {mailboxName} ({mailbox}).',
    'mailbox.personal.reply-to-function':
      'Du svarar på e-post som kom til {mailboxName}, men frå den personlege postkassa di. Svar frå {mailbox}.',
    'mailbox.personal.case-reference':
      'Meldinga har saksreferanse ({reference}), men blir send frå den personlege postkassa di. Send frå {mailboxName} ({mailbox}).',
    'mailbox.personal.no-suggestion':
      'Dette er offisiell e-post, men han blir send frå den personlege postkassa di. Send frå ei funksjonspostkasse.',
    'practice.subject-empty': 'Emnefeltet er tomt. Skriv eit emne som seier kva saka gjeld.',
    'practice.subject-vague': 'Emnet seier lite om kva saka gjeld. Skriv eit tydelegare emne.',
    'practice.many-recipients':
      'Meldinga har {count} mottakarar. Store gruppeutsendingar bør gå via intranettet.',
    'practice.reply-all':
      'Du svarar alle ({count} mottakarar). Send berre til dei som treng svaret.',
    'practice.internal-attachments':
      'Du legg ved filer til interne mottakarar. Del heller ei lenkje til dokumentet.',
    'practice.signature-missing': 'Meldinga manglar den felles e-postsignaturen til kommunen.',
    'scan.time-limit':
      'Desse vedlegga blei ikkje kontrollerte innan tidsgrensa på {seconds} s: {names}.',
    'decision.block': 'Stoppa',
    'decision.warn': 'Åtvaring',
    'decision.allow': 'Kan sendast',
    'alert.same': 'Det same gjeld {names}.',
    'alert.name': '«{name}»',
    'alert.names.more': '{names} og {count} til',
    'part.entry': '«{entry}» i vedlegget «{attachment}»',
    'check.uninspected': '{where} blei ikkje kontrollert: {what}. Sjå sjølv over før du sender.',
    'reason.time': 'tida gjekk ut',
    'reason.size': 'storleiksgrensa blei nådd',
    'reason.nesting': 'for mange nivå med vedlegg i vedlegg',
    'reason.parts': 'for mange delar',
    'reason.encoding': 'ukjend teiknkoding',
    'reason.format': 'filformatet kan ikkje lesast',
    'reason.unreadable': 'fila kunne ikkje lesast',
    'reason.truncated': 'fila er ufullstendig eller skadd',
    'reason.too-large': 'berre dei første {limitMb} MB blei lesne',
    'reason.too-large.text': 'teksten er for lang, og berre byrjinga blei lesen',
    'reason.host': 'Outlook gav ikkje ut innhaldet',
    'reason.other': 'ukjend årsak',
  },
  sv: {
    'alert.block': 'Arkivpost stoppade meddelandet:',
    'alert.warn': 'Arkivpost ber dig se över detta innan du skickar:',
    'alert.more': '… och {count} till. Se detaljerna.',
    'alert.details': 'Visa detaljer',
    'alert.failed':
      'Arkivpost kunde inte kontrollera meddelandet ({reason}). Försök igen om en stund eller kontakta IT-supporten.',
    'part.subject': 'ämnesraden',
    'part.body': 'meddelandetexten',
    'part.attachment': 'bilagan ”{attachment}”',
    'part.attachment-name': 'namnet på bilagan ”{attachment}”',
    'check.subject-sensitive':
      'Ämnesraden innehåller {what}. Ämnesraden hamnar i e-postloggen, som är allmän handling – ta bort det.',
    'check.national-id':
      'I {where} står {what}. Skicka inte personnummer med e-post – för in det i diariet.',
    'check.special-category':
      'I {where} verkar det stå {what}. Känsliga personuppgifter får inte skickas med e-post.',
    'check.confidential':
      '{where} är märkt {what}. Sekretessbelagda uppgifter får aldrig skickas med e-post.',
    'check.exempt-external':
      '{where} är märkt {what} och går till extern mottagare utan kryptering. Kryptera meddelandet eller skicka på annat sätt.',
    'exempt.duty':
      'Uppgifter under tystnadsplikt är det enligt norsk lag en skyldighet att undanta, inte ett val.',
    'exempt.discretionary':
      'Undantaget är frivilligt (norska offl. §§ 14–26: ”kan unntas”), men så länge handlingen är undantagen ska den inte skickas okrypterad.',
    'check.electronic-consent':
      '{what} tyder på att detta är {kind}. Med e-post krävs att parten har godkänt elektronisk kommunikation (eForvaltningsforskriften § 8). Har parten godkänt det?',
    'consent.decision': 'ett norskt beslut (vedtak)',
    'consent.advance-notice': 'en norsk kommunicering inför beslut (forhåndsvarsel)',
    'consent.recorded': 'Kontrollera i {recordedIn}.',
    'label.electronic-consent.wording': 'formuleringen ”{text}”',
    'label.electronic-consent.attachment': 'bilagan ”{attachment}”',
    'check.draft-attachment':
      'Bilagan ”{attachment}”: {what}. Ärendehandlingar ska bara skickas ut färdiga (undertecknade och diarieförda).',
    'check.legal-form': 'Meddelandet ser ut som {what}. Lagen kräver skriftlig form här.',
    'check.risky-attachment': 'Bilagan ”{attachment}”: {what}.',
    'check.threat': 'Meddelandet innehåller {what}. Läs igenom innan du skickar.',
    'check.unjournaled-case-document':
      '{what} tyder på att detta är en allmän handling som ska diarieföras, men den saknar diarienummer. Diarieför den innan du skickar, så får ämnesraden ”Vårt dnr” med diarienumret.',
    'label.case-document.wording': 'formuleringen ”{text}”',
    'label.case-document.attachment': 'bilagan ”{attachment}”',
    'label.case-document.signed-attachment': 'den signerade bilagan ”{attachment}”',
    'label.case-document.their-reference': 'mottagarens referens ”{text}”',
    'mailbox.personal.external':
      'Detta är officiell e-post till extern mottagare men skickas från din individuella brevlåda. Skicka från {mailboxName} ({mailbox}).',
    'mailbox.personal.reply-to-function':
      'Du svarar på e-post som kom till {mailboxName}, men från din individuella brevlåda. Svara från {mailbox}.',
    'mailbox.personal.case-reference':
      'Meddelandet har diarienummer ({reference}) men skickas från din individuella brevlåda. Skicka från {mailboxName} ({mailbox}).',
    'mailbox.personal.no-suggestion':
      'Detta är officiell e-post men skickas från din individuella brevlåda. Skicka från en funktionsbrevlåda.',
    'practice.subject-empty': 'Ämnesraden är tom. Skriv en tydlig rubrik.',
    'practice.subject-vague': 'Ämnesraden säger lite om vad det gäller. Skriv en tydligare rubrik.',
    'practice.many-recipients':
      'Meddelandet har {count} mottagare. Undvik stora grupputskick – använd intranätet.',
    'practice.reply-all': 'Du svarar alla ({count} mottagare). Undvik ”svara alla”.',
    'practice.internal-attachments':
      'Du bifogar filer till mottagare inom kommunen. Dela hellre en länk i samarbetsrummet.',
    'practice.signature-missing': 'Meddelandet saknar kommunens gemensamma e-postsignatur.',
    'scan.time-limit':
      'Dessa bilagor hann inte kontrolleras inom tidsgränsen på {seconds} s: {names}.',
    'decision.block': 'Stoppat',
    'decision.warn': 'Varning',
    'decision.allow': 'Kan skickas',
    'alert.same': 'Detsamma gäller {names}.',
    'alert.name': '”{name}”',
    'alert.names.more': '{names} och {count} till',
    'part.entry': '”{entry}” i bilagan ”{attachment}”',
    'check.uninspected': '{where} kontrollerades inte: {what}. Granska själv innan du skickar.',
    'reason.time': 'tiden tog slut',
    'reason.size': 'storleksgränsen nåddes',
    'reason.nesting': 'för många nivåer av bilagor i bilagor',
    'reason.parts': 'för många delar',
    'reason.encoding': 'okänd teckenkodning',
    'reason.format': 'filformatet kan inte läsas',
    'reason.unreadable': 'filen kunde inte läsas',
    'reason.truncated': 'filen är ofullständig eller skadad',
    'reason.too-large': 'bara de första {limitMb} MB lästes',
    'reason.too-large.text': 'texten är för lång, och bara början lästes',
    'reason.host': 'Outlook lämnade inte ut innehållet',
    'reason.other': 'okänd orsak',
  },
  en: {
    'alert.block': 'Arkivpost stopped this message:',
    'alert.warn': 'Arkivpost asks you to check this before sending:',
    'alert.more': '… and {count} more. See the details.',
    'alert.details': 'Show details',
    'alert.failed':
      'Arkivpost could not check the message ({reason}). Try again shortly, or contact IT support.',
    'part.subject': 'the subject',
    'part.body': 'the message text',
    'part.attachment': 'the attachment “{attachment}”',
    'part.attachment-name': 'the name of the attachment “{attachment}”',
    'check.subject-sensitive':
      'The subject contains {what}. Subjects are kept in the mail log, which is public: take it out of the subject.',
    'check.national-id':
      '{where} contains {what}. Do not send national identity numbers by e-mail: put it in the case archive.',
    'check.special-category':
      '{where} seems to contain {what}. Sensitive personal data must not be sent by e-mail.',
    'check.confidential':
      '{where} is marked {what}. Confidential information must never be sent by e-mail.',
    'check.exempt-external':
      '{where} is marked {what} and goes to an external recipient unencrypted. Encrypt the message or send it another way.',
    'exempt.duty':
      'Information under a duty of confidentiality must be exempted: a duty, not a choice.',
    'exempt.discretionary':
      'This exemption is discretionary (offl. §§ 14–26: “may be exempted”), but while the document is exempt it must not go unencrypted.',
    'check.electronic-consent':
      '{what} suggests this is {kind}. By e-mail, that needs the party’s acceptance of electronic communication (eForvaltningsforskriften § 8). Has the party accepted?',
    'consent.decision': 'a decision (vedtak)',
    'consent.advance-notice': 'an advance notice of a decision (forhåndsvarsel)',
    'consent.recorded': 'Check in {recordedIn}.',
    'label.electronic-consent.wording': 'the wording “{text}”',
    'label.electronic-consent.attachment': 'the attachment “{attachment}”',
    'check.draft-attachment':
      'Attachment “{attachment}”: {what}. Case documents may only go out final (signed and registered).',
    'check.legal-form': 'This message looks like {what}. The law requires this in writing.',
    'check.risky-attachment': 'Attachment “{attachment}”: {what}.',
    'check.threat': 'The message contains {what}. Read it through before sending.',
    'check.unjournaled-case-document':
      '{what} suggests this is a case document, but it has no case reference. Register it in the archive before sending, and the subject gets “Our ref.” with the archive reference.',
    'label.case-document.wording': 'the wording “{text}”',
    'label.case-document.attachment': 'the attachment “{attachment}”',
    'label.case-document.signed-attachment': 'the signed attachment “{attachment}”',
    'label.case-document.their-reference': 'the recipient’s reference “{text}”',
    'mailbox.personal.external':
      'This is official mail to an external recipient, but it leaves from your personal mailbox. Send it from {mailboxName} ({mailbox}).',
    'mailbox.personal.reply-to-function':
      'You are replying to mail that came to {mailboxName}, but from your personal mailbox. Reply from {mailbox}.',
    'mailbox.personal.case-reference':
      'The message carries a case reference ({reference}) but leaves from your personal mailbox. Send it from {mailboxName} ({mailbox}).',
    'mailbox.personal.no-suggestion':
      'This is official mail, but it leaves from your personal mailbox. Send it from a function mailbox.',
    'practice.subject-empty': 'The subject is empty. Write one that says what the matter is.',
    'practice.subject-vague': 'The subject says little about the matter. Make it clearer.',
    'practice.many-recipients':
      'The message has {count} recipients. Large group mailings belong on the intranet.',
    'practice.reply-all':
      'You are replying to all ({count} recipients). Send only to those who need it.',
    'practice.internal-attachments':
      'You are attaching files for colleagues. Share a link to the document instead.',
    'practice.signature-missing': 'The message lacks the organisation’s common e-mail signature.',
    'scan.time-limit':
      'These attachments were not checked within the {seconds} s time limit: {names}.',
    'decision.block': 'Blocked',
    'decision.warn': 'Warning',
    'decision.allow': 'Can be sent',
    'alert.same': 'The same goes for {names}.',
    'alert.name': '“{name}”',
    'alert.names.more': '{names} and {count} more',
    'part.entry': '“{entry}” in the attachment “{attachment}”',
    'check.uninspected': '{where} was not checked: {what}. Look it over yourself before sending.',
    'reason.time': 'time ran out',
    'reason.size': 'the size limit was reached',
    'reason.nesting': 'too many levels of attachments within attachments',
    'reason.parts': 'too many parts',
    'reason.encoding': 'an unknown character encoding',
    'reason.format': 'the file format cannot be read',
    'reason.unreadable': 'the file could not be read',
    'reason.truncated': 'the file is incomplete or damaged',
    'reason.too-large': 'only the first {limitMb} MB were read',
    'reason.too-large.text': 'the text is too long, and only its beginning was read',
    'reason.host': 'Outlook did not hand over its content',
    'reason.other': 'an unknown reason',
  },
} as const satisfies Messages<ComposeKey>;
