import type { SignatureState } from '../core/attachments/types';
import type { Messages } from '../core/i18n/types';

export type CliKey =
  | `cli.signature.${SignatureState}`
  | 'cli.usage'
  | 'cli.error.prefix'
  | 'cli.error.unknown-command'
  | 'cli.error.unknown-option'
  | 'cli.error.missing-value'
  | 'cli.error.missing-argument'
  | 'cli.error.too-many-arguments'
  | 'cli.error.unreadable'
  | 'cli.error.not-a-message'
  | 'cli.error.lang'
  | 'cli.error.country'
  | 'cli.error.days'
  | 'cli.error.datetime'
  | 'cli.error.datetime-range'
  | 'cli.error.budget'
  | 'cli.error.time-zone'
  | 'cli.error.profile-invalid'
  | 'cli.scan.none'
  | 'cli.scan.count'
  | 'cli.inspect.signature'
  | 'cli.inspect.no-signature'
  | 'cli.inspect.draft'
  | 'cli.inspect.not-draft'
  | 'cli.inspect.risky'
  | 'cli.inspect.not-risky'
  | 'cli.inspect.encrypted'
  | 'cli.classify.class'
  | 'cli.classify.no-due'
  | 'cli.classify.date-range'
  | 'cli.check.decision'
  | 'cli.check.budget'
  | 'cli.deadline.due'
  | 'cli.profile.valid'
  | 'cli.profile.invalid';

const USAGE_EN = `Usage: arkivpost <command> [options]

Commands:
  scan [FILE|-]                         find ID numbers, sensitive data, markings and threats in a text
  inspect FILE                          report on an attachment (signature, draft, risk)
  classify MESSAGE.eml --profile P      classify a received message and give its answer-by date
  check MESSAGE.eml --profile P [--from ADDRESS] [--outlook | --budget MS]
                                        the send check, deciding as Outlook’s would if the message were sent
  deadline DATETIME --country NO|SE [--days N] [--time-zone TZ]
                                        answer-by date counted in working days
  profile validate P                    check an organisation profile
  oversight overview|log-review|absence --profile P [--mailbox ADDRESS]
            [--from DATE --to DATE] [--csv FILE] [--graph URL] [--noark URL] [--digest]
                                        oversight of function mailboxes: the overview (--digest mails
                                        it to the supervisors), the log reviewed against the journal,
                                        who is away; application sign-in (docs/admin.md)

Options:
  --json          machine-readable output
  --lang LANG     nb, nn, sv or en
  --outlook       check with the time limit of the send check in Outlook ({budget} ms)
  --budget MS     check with a time limit of MS milliseconds
  --help          this text

Exit status: 0 analysis completed, 1 profile not valid, 2 bad usage or unreadable input, 3 Microsoft 365 or the case archive failed.`;

export const cliMessages = {
  nb: {
    'cli.signature.signed': 'signert',
    'cli.signature.unsigned': 'ikke signert',
    'cli.signature.empty-field': 'tomt signaturfelt',
    'cli.signature.placeholder': 'klargjort for signering, ikke signert',
    'cli.signature.modified-after-signing': 'endret etter signering',
    'cli.signature.timestamp-only': 'bare tidsstempel, ingen underskrift',
    'cli.signature.usage-rights-only': 'bare teknisk signatur (Adobe Reader), ingen underskrift',
    'cli.usage': `Bruk: arkivpost <kommando> [valg]

Kommandoer:
  scan [FIL|-]                          finn fødselsnummer, sensitive opplysninger, merking og trusler i en tekst
  inspect FIL                           rapport om et vedlegg (signatur, utkast, risiko)
  classify MELDING.eml --profile P      klassifiser en mottatt melding og gi svarfristen
  check MELDING.eml --profile P [--from ADRESSE] [--outlook | --budget MS]
                                        sendekontrollen, med samme resultat som i Outlook om meldingen ble sendt
  deadline TIDSPUNKT --country NO|SE [--days N] [--time-zone TZ]
                                        svarfrist regnet i arbeidsdager
  profile validate P                    kontroller en organisasjonsprofil
  oversight overview|log-review|absence --profile P [--mailbox ADRESSE]
            [--from DATO --to DATO] [--csv FIL] [--graph URL] [--noark URL] [--digest]
                                        tilsyn med funksjonspostkasser: oversikten (--digest sender den
                                        til de tilsynsansvarlige), loggen mot journalen, hvem som er borte;
                                        appinnlogging (docs/admin.md)

Valg:
  --json          maskinlesbart resultat
  --lang SPRÅK    nb, nn, sv eller en
  --outlook       kontroller med tidsgrensen sendekontrollen har i Outlook ({budget} ms)
  --budget MS     kontroller med en tidsgrense på MS millisekunder
  --help          denne teksten

Avslutningskode: 0 analyse fullført, 1 profilen er ikke gyldig, 2 feil bruk eller uleselig fil, 3 Microsoft 365 eller saksarkivet svarte ikke.`,
    'cli.error.prefix': 'Feil',
    'cli.error.unknown-command': 'Ukjent kommando «{command}». Skriv arkivpost --help.',
    'cli.error.unknown-option': 'Ukjent valg «{option}».',
    'cli.error.missing-value': 'Valget {option} trenger en verdi.',
    'cli.error.missing-argument': 'Mangler {what}.',
    'cli.error.too-many-arguments': 'For mange argumenter: «{extra}».',
    'cli.error.unreadable': 'Kan ikke lese «{file}»: {reason}',
    'cli.error.not-a-message': '«{file}» er ikke en lesbar e-postmelding (.eml): {reason}',
    'cli.error.lang': 'Ukjent språk «{value}». Bruk nb, nn, sv eller en.',
    'cli.error.country': 'Ukjent land «{value}». Bruk NO eller SE.',
    'cli.error.days': 'Antall dager må være et heltall fra 0 til 365, ikke «{value}».',
    'cli.error.datetime':
      'Forstår ikke tidspunktet «{value}». Skriv for eksempel 2026-03-27 eller 2026-03-27T14:30 eller 2026-03-27T14:30+01:00.',
    'cli.error.datetime-range':
      'Svarfrister regnes for årene {min}–{max} (der helligdagene er kjent), og «{value}» eller fristen faller utenfor.',
    'cli.error.budget':
      'Tidsgrensen må være et heltall millisekunder fra 1 til 600000, ikke «{value}».',
    'cli.error.time-zone': 'Ukjent tidssone «{value}».',
    'cli.error.profile-invalid': 'Profilen «{file}» er ikke gyldig:',
    'cli.scan.none': 'Ingen funn.',
    'cli.scan.count': '{count} funn:',
    'cli.inspect.signature': 'Signatur: {state}',
    'cli.inspect.no-signature': 'Signatur: ikke PDF',
    'cli.inspect.draft': 'Utkast: ja ({markers})',
    'cli.inspect.not-draft': 'Utkast: nei',
    'cli.inspect.risky': 'Risikabel: ja',
    'cli.inspect.not-risky': 'Risikabel: nei',
    'cli.inspect.encrypted': 'Kryptert eller passordbeskyttet.',
    'cli.classify.class': 'Klasse: {class}',
    'cli.classify.no-due': 'Ingen svarfrist.',
    'cli.classify.date-range':
      'Meldingen er datert {year}: svarfrister regnes bare for årene {min}–{max}.',
    'cli.check.decision': 'Resultat: {decision}',
    'cli.check.budget': 'Tidsgrense: {ms} ms',
    'cli.deadline.due': 'Svarfrist: {due}',
    'cli.profile.valid': 'Profilen «{name}» er gyldig.',
    'cli.profile.invalid': 'Profilen har {count} feil:',
  },
  nn: {
    'cli.signature.signed': 'signert',
    'cli.signature.unsigned': 'ikkje signert',
    'cli.signature.empty-field': 'tomt signaturfelt',
    'cli.signature.placeholder': 'klargjort for signering, ikkje signert',
    'cli.signature.modified-after-signing': 'endra etter signering',
    'cli.signature.timestamp-only': 'berre tidsstempel, inga underskrift',
    'cli.signature.usage-rights-only': 'berre teknisk signatur (Adobe Reader), inga underskrift',
    'cli.usage': `Bruk: arkivpost <kommando> [val]

Kommandoar:
  scan [FIL|-]                          finn fødselsnummer, sensitive opplysningar, merking og trugsmål i ein tekst
  inspect FIL                           rapport om eit vedlegg (signatur, utkast, risiko)
  classify MELDING.eml --profile P      klassifiser ei motteken melding og gje svarfristen
  check MELDING.eml --profile P [--from ADRESSE] [--outlook | --budget MS]
                                        sendekontrollen, med same resultat som i Outlook om meldinga blei send
  deadline TIDSPUNKT --country NO|SE [--days N] [--time-zone TZ]
                                        svarfrist rekna i arbeidsdagar
  profile validate P                    kontroller ein organisasjonsprofil
  oversight overview|log-review|absence --profile P [--mailbox ADRESSE]
            [--from DATO --to DATO] [--csv FIL] [--graph URL] [--noark URL] [--digest]
                                        tilsyn med funksjonspostkasser: oversikta (--digest sender ho
                                        til dei tilsynsansvarlege), loggen mot journalen, kven som er borte;
                                        app-innlogging (docs/admin.md)

Val:
  --json          maskinlesbart resultat
  --lang SPRÅK    nb, nn, sv eller en
  --outlook       kontroller med tidsgrensa sendekontrollen har i Outlook ({budget} ms)
  --budget MS     kontroller med ei tidsgrense på MS millisekund
  --help          denne teksten

Avslutningskode: 0 analyse fullført, 1 profilen er ikkje gyldig, 2 feil bruk eller uleseleg fil, 3 Microsoft 365 eller saksarkivet svarte ikkje.`,
    'cli.error.prefix': 'Feil',
    'cli.error.unknown-command': 'Ukjend kommando «{command}». Skriv arkivpost --help.',
    'cli.error.unknown-option': 'Ukjent val «{option}».',
    'cli.error.missing-value': 'Valet {option} treng ein verdi.',
    'cli.error.missing-argument': 'Manglar {what}.',
    'cli.error.too-many-arguments': 'For mange argument: «{extra}».',
    'cli.error.unreadable': 'Kan ikkje lese «{file}»: {reason}',
    'cli.error.not-a-message': '«{file}» er ikkje ei lesbar e-postmelding (.eml): {reason}',
    'cli.error.lang': 'Ukjent språk «{value}». Bruk nb, nn, sv eller en.',
    'cli.error.country': 'Ukjent land «{value}». Bruk NO eller SE.',
    'cli.error.days': 'Talet på dagar må vere eit heiltal frå 0 til 365, ikkje «{value}».',
    'cli.error.datetime':
      'Forstår ikkje tidspunktet «{value}». Skriv til dømes 2026-03-27 eller 2026-03-27T14:30 eller 2026-03-27T14:30+01:00.',
    'cli.error.datetime-range':
      'Svarfristar blir rekna for åra {min}–{max} (der heilagdagane er kjende), og «{value}» eller fristen fell utanfor.',
    'cli.error.budget':
      'Tidsgrensa må vere eit heiltal millisekund frå 1 til 600000, ikkje «{value}».',
    'cli.error.time-zone': 'Ukjend tidssone «{value}».',
    'cli.error.profile-invalid': 'Profilen «{file}» er ikkje gyldig:',
    'cli.scan.none': 'Ingen funn.',
    'cli.scan.count': '{count} funn:',
    'cli.inspect.signature': 'Signatur: {state}',
    'cli.inspect.no-signature': 'Signatur: ikkje PDF',
    'cli.inspect.draft': 'Utkast: ja ({markers})',
    'cli.inspect.not-draft': 'Utkast: nei',
    'cli.inspect.risky': 'Risikabel: ja',
    'cli.inspect.not-risky': 'Risikabel: nei',
    'cli.inspect.encrypted': 'Kryptert eller passordverna.',
    'cli.classify.class': 'Klasse: {class}',
    'cli.classify.no-due': 'Ingen svarfrist.',
    'cli.classify.date-range':
      'Meldinga er datert {year}: svarfristar blir berre rekna for åra {min}–{max}.',
    'cli.check.decision': 'Resultat: {decision}',
    'cli.check.budget': 'Tidsgrense: {ms} ms',
    'cli.deadline.due': 'Svarfrist: {due}',
    'cli.profile.valid': 'Profilen «{name}» er gyldig.',
    'cli.profile.invalid': 'Profilen har {count} feil:',
  },
  sv: {
    'cli.signature.signed': 'signerad',
    'cli.signature.unsigned': 'inte signerad',
    'cli.signature.empty-field': 'tomt signaturfält',
    'cli.signature.placeholder': 'förberedd för signering, inte signerad',
    'cli.signature.modified-after-signing': 'ändrad efter signering',
    'cli.signature.timestamp-only': 'bara tidsstämpel, ingen underskrift',
    'cli.signature.usage-rights-only': 'bara teknisk signatur (Adobe Reader), ingen underskrift',
    'cli.usage': `Användning: arkivpost <kommando> [flaggor]

Kommandon:
  scan [FIL|-]                          hitta personnummer, känsliga uppgifter, märkningar och hot i en text
  inspect FIL                           rapport om en bilaga (signatur, utkast, risk)
  classify MEDDELANDE.eml --profile P   klassificera ett mottaget meddelande och ange svarsdatum
  check MEDDELANDE.eml --profile P [--from ADRESS] [--outlook | --budget MS]
                                        kontrollen vid sändning, med samma resultat som i Outlook om meddelandet skickades
  deadline TIDPUNKT --country NO|SE [--days N] [--time-zone TZ]
                                        svarsdatum räknat i arbetsdagar
  profile validate P                    kontrollera en organisationsprofil
  oversight overview|log-review|absence --profile P [--mailbox ADRESS]
            [--from DATUM --to DATUM] [--csv FIL] [--graph URL] [--noark URL] [--digest]
                                        tillsyn över funktionsbrevlådor: översikten (--digest skickar den
                                        till de tillsynsansvariga), loggen mot diariet, vem som är borta;
                                        appinloggning (docs/admin.md)

Flaggor:
  --json          maskinläsbart resultat
  --lang SPRÅK    nb, nn, sv eller en
  --outlook       kontrollera med den tidsgräns kontrollen vid sändning har i Outlook ({budget} ms)
  --budget MS     kontrollera med en tidsgräns på MS millisekunder
  --help          denna text

Slutstatus: 0 analysen klar, 1 profilen är ogiltig, 2 felaktig användning eller oläslig fil, 3 Microsoft 365 eller diariet svarade inte.`,
    'cli.error.prefix': 'Fel',
    'cli.error.unknown-command': 'Okänt kommando ”{command}”. Skriv arkivpost --help.',
    'cli.error.unknown-option': 'Okänd flagga ”{option}”.',
    'cli.error.missing-value': 'Flaggan {option} behöver ett värde.',
    'cli.error.missing-argument': 'Saknar {what}.',
    'cli.error.too-many-arguments': 'För många argument: ”{extra}”.',
    'cli.error.unreadable': 'Kan inte läsa ”{file}”: {reason}',
    'cli.error.not-a-message': '”{file}” är inte ett läsbart e-postmeddelande (.eml): {reason}',
    'cli.error.lang': 'Okänt språk ”{value}”. Använd nb, nn, sv eller en.',
    'cli.error.country': 'Okänt land ”{value}”. Använd NO eller SE.',
    'cli.error.days': 'Antalet dagar måste vara ett heltal från 0 till 365, inte ”{value}”.',
    'cli.error.datetime':
      'Förstår inte tidpunkten ”{value}”. Skriv till exempel 2026-03-27, 2026-03-27T14:30 eller 2026-03-27T14:30+01:00.',
    'cli.error.datetime-range':
      'Svarsdatum räknas för åren {min}–{max} (där helgdagarna är kända), och ”{value}” eller svarsdatumet hamnar utanför.',
    'cli.error.budget':
      'Tidsgränsen måste vara ett heltal millisekunder från 1 till 600000, inte ”{value}”.',
    'cli.error.time-zone': 'Okänd tidszon ”{value}”.',
    'cli.error.profile-invalid': 'Profilen ”{file}” är ogiltig:',
    'cli.scan.none': 'Inga fynd.',
    'cli.scan.count': '{count} fynd:',
    'cli.inspect.signature': 'Signatur: {state}',
    'cli.inspect.no-signature': 'Signatur: inte PDF',
    'cli.inspect.draft': 'Utkast: ja ({markers})',
    'cli.inspect.not-draft': 'Utkast: nej',
    'cli.inspect.risky': 'Riskabel: ja',
    'cli.inspect.not-risky': 'Riskabel: nej',
    'cli.inspect.encrypted': 'Krypterad eller lösenordsskyddad.',
    'cli.classify.class': 'Klass: {class}',
    'cli.classify.no-due': 'Inget svarsdatum.',
    'cli.classify.date-range':
      'Meddelandet är daterat {year}: svarsdatum räknas bara för åren {min}–{max}.',
    'cli.check.decision': 'Resultat: {decision}',
    'cli.check.budget': 'Tidsgräns: {ms} ms',
    'cli.deadline.due': 'Svara senast: {due}',
    'cli.profile.valid': 'Profilen ”{name}” är giltig.',
    'cli.profile.invalid': 'Profilen har {count} fel:',
  },
  en: {
    'cli.signature.signed': 'signed',
    'cli.signature.unsigned': 'not signed',
    'cli.signature.empty-field': 'empty signature field',
    'cli.signature.placeholder': 'prepared for signing, not signed',
    'cli.signature.modified-after-signing': 'changed after signing',
    'cli.signature.timestamp-only': 'time stamp only, no signature',
    'cli.signature.usage-rights-only':
      'technical signature only (Adobe Reader), no signature by a person',
    'cli.usage': USAGE_EN,
    'cli.error.prefix': 'Error',
    'cli.error.unknown-command': 'Unknown command “{command}”. Try arkivpost --help.',
    'cli.error.unknown-option': 'Unknown option “{option}”.',
    'cli.error.missing-value': 'The option {option} needs a value.',
    'cli.error.missing-argument': 'Missing {what}.',
    'cli.error.too-many-arguments': 'Too many arguments: “{extra}”.',
    'cli.error.unreadable': 'Cannot read “{file}”: {reason}',
    'cli.error.not-a-message': '“{file}” is not a readable e-mail message (.eml): {reason}',
    'cli.error.lang': 'Unknown language “{value}”. Use nb, nn, sv or en.',
    'cli.error.country': 'Unknown country “{value}”. Use NO or SE.',
    'cli.error.days': 'The number of days must be a whole number from 0 to 365, not “{value}”.',
    'cli.error.datetime':
      'Cannot read the time “{value}”. Write for example 2026-03-27, 2026-03-27T14:30 or 2026-03-27T14:30+01:00.',
    'cli.error.datetime-range':
      'Answer-by dates are counted for the years {min}–{max} (whose holidays are known), and “{value}” or its answer-by date falls outside them.',
    'cli.error.budget':
      'The time limit must be a whole number of milliseconds from 1 to 600000, not “{value}”.',
    'cli.error.time-zone': 'Unknown time zone “{value}”.',
    'cli.error.profile-invalid': 'The profile “{file}” is not valid:',
    'cli.scan.none': 'Nothing found.',
    'cli.scan.count': '{count} findings:',
    'cli.inspect.signature': 'Signature: {state}',
    'cli.inspect.no-signature': 'Signature: not a PDF',
    'cli.inspect.draft': 'Draft: yes ({markers})',
    'cli.inspect.not-draft': 'Draft: no',
    'cli.inspect.risky': 'Risky: yes',
    'cli.inspect.not-risky': 'Risky: no',
    'cli.inspect.encrypted': 'Encrypted or password-protected.',
    'cli.classify.class': 'Class: {class}',
    'cli.classify.no-due': 'No answer-by date.',
    'cli.classify.date-range':
      'The message is dated {year}: answer-by dates are only counted for the years {min}–{max}.',
    'cli.check.decision': 'Result: {decision}',
    'cli.check.budget': 'Time limit: {ms} ms',
    'cli.deadline.due': 'Answer by: {due}',
    'cli.profile.valid': 'The profile “{name}” is valid.',
    'cli.profile.invalid': 'The profile has {count} errors:',
  },
} as const satisfies Messages<CliKey>;
