import type { Messages } from '../i18n/types';

export type ProfileErrorCode =
  | 'profile.error.json'
  | 'profile.error.json-end'
  | 'profile.error.duplicate-key'
  | 'profile.error.required'
  | 'profile.error.type'
  | 'profile.error.unknown-key'
  | 'profile.error.unknown-key-suggestion'
  | 'profile.error.empty'
  | 'profile.error.email'
  | 'profile.error.enum'
  | 'profile.error.range'
  | 'profile.error.too-few'
  | 'profile.error.time-zone'
  | 'profile.error.date'
  | 'profile.error.contact-address'
  | 'profile.error.domain'
  | 'profile.error.domain-case'
  | 'profile.error.id'
  | 'profile.error.duplicate-address'
  | 'profile.error.registry-count'
  | 'profile.error.mailbox-domain'
  | 'profile.error.archive-no-registry'
  | 'profile.error.oversight-domain'
  | 'profile.error.signature-template'
  | 'profile.error.signature-placeholder'
  | 'profile.error.invalid';

export type ProfileWarningCode =
  | 'profile.warning.no-registry'
  | 'profile.warning.language-country'
  | 'profile.warning.time-zone-country'
  | 'profile.warning.uninspected-floor'
  | 'profile.warning.restriction-country';

/** JSON types, named in `profile.error.type` through its `expected` param. */
export const JSON_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array'] as const;
export type JsonType = (typeof JSON_TYPES)[number];

export type ProfileMessageKey =
  ProfileErrorCode | ProfileWarningCode | `profile.type.${JsonType}` | 'profile.where';

/**
 * Written for the administrator who edits the profile file; the path
 * (`mailboxes[2].address`) is put in front by formatProfileErrors.
 */
export const profileMessages = {
  nb: {
    'profile.error.json':
      'Profilen er ikke gyldig JSON: uventet «{found}» på linje {line}, kolonne {column}. Sjekk komma, anførselstegn og klammer.',
    'profile.error.json-end':
      'Profilen slutter før JSON-teksten er ferdig (linje {line}, kolonne {column}). Mangler det en } eller ]?',
    'profile.error.duplicate-key':
      'Feltet «{key}» står flere ganger i samme objekt. Bare det siste ville blitt brukt; slå dem sammen.',
    'profile.error.required': 'Feltet «{key}» mangler og må fylles ut.',
    'profile.error.type': 'Feil type verdi: her skal det være {expected}.',
    'profile.error.unknown-key': 'Ukjent felt «{key}». Fjern det eller rett stavemåten.',
    'profile.error.unknown-key-suggestion': 'Ukjent felt «{key}». Mente du «{suggestion}»?',
    'profile.error.empty': 'Feltet kan ikke være tomt.',
    'profile.error.email': '«{value}» er ikke en gyldig e-postadresse.',
    'profile.error.enum': '«{value}» er ikke en tillatt verdi. Tillatte verdier: {allowed}.',
    'profile.error.range': 'Verdien {value} må være mellom {min} og {max}.',
    'profile.error.too-few': 'Listen må ha minst {min} oppføring.',
    'profile.error.time-zone':
      '«{value}» er ikke en kjent tidssone. Bruk et IANA-navn, for eksempel Europe/Oslo.',
    'profile.error.contact-address':
      'Sikkerhetskontakten skal få varsel om trusler (receivesNotice), men har ingen e-postadresse.',
    'profile.error.date':
      '«{value}» er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2025-12-24.',
    'profile.error.domain':
      '«{value}» er ikke et gyldig domene. Skriv bare domenet uten @, for eksempel kommune.no.',
    'profile.error.domain-case': 'Domenet «{value}» skal skrives med små bokstaver: {suggestion}.',
    'profile.error.id':
      '«{value}» kan ikke brukes som ID. Bruk små bokstaver a–z, sifre og bindestrek, for eksempel ha-kommune.',
    'profile.error.duplicate-address':
      'Adressen {address} er allerede oppført ({first}). Hver postkasse skal stå bare én gang.',
    'profile.error.registry-count':
      '{count} postkasser er merket som postmottak ({addresses}). Bare én kan være det.',
    'profile.error.mailbox-domain':
      'Postkassen {address} ligger utenfor organisasjonens domener ({domains}). Legg til domenet eller rett adressen.',
    'profile.error.archive-no-registry':
      'Arkivet er et postmottak, men ingen adresse er gitt og ingen postkasse er merket som postmottak ("registry": true). Oppgi «address» eller merk postkassen.',
    'profile.error.oversight-domain':
      'Adressen {address} (tilsyn) ligger utenfor organisasjonens domener ({domains}). Legg til domenet eller rett adressen.',
    'profile.error.signature-template':
      'Svarmalen mangler på organisasjonens språk ({language}); den brukes når avsenderens språk ikke er kjent.',
    'profile.error.signature-placeholder':
      'Ukjent plassholder «{name}» i svarmalen. Bruk {allowed}.',
    'profile.error.invalid': 'Ugyldig verdi.',
    'profile.warning.no-registry':
      'Ingen postkasse er merket som postmottak ("registry": true). Arkivpost kan da ikke foreslå hvor arkivverdig e-post skal sendes.',
    'profile.warning.language-country':
      'Språket «{language}» er uvanlig for en organisasjon i {country}. Sjekk at begge er riktige.',
    'profile.warning.time-zone-country':
      'Tidssonen {timeZone} er uvanlig for {country}. Svarfristene regnes i denne tidssonen.',
    'profile.warning.uninspected-floor':
      'Det som ikke ble kontrollert, vises alltid som en advarsel: «{value}» brukes som «warn». Bare «block» er strengere.',
    'profile.warning.restriction-country':
      'Hjemmelen «{basis}» hører til et annet lands lov enn {country}. Sjekk at skjermingen er riktig.',
    'profile.type.string': 'en tekst i anførselstegn',
    'profile.type.number': 'et tall',
    'profile.type.integer': 'et heltall',
    'profile.type.boolean': 'true eller false',
    'profile.type.object': 'et objekt { … }',
    'profile.type.array': 'en liste [ … ]',
    'profile.where': '{path} (linje {line}, kolonne {column})',
  },
  nn: {
    'profile.error.json':
      'Profilen er ikkje gyldig JSON: uventa «{found}» på linje {line}, kolonne {column}. Sjekk komma, hermeteikn og klammer.',
    'profile.error.json-end':
      'Profilen sluttar før JSON-teksten er ferdig (linje {line}, kolonne {column}). Manglar det ein } eller ]?',
    'profile.error.duplicate-key':
      'Feltet «{key}» står fleire gonger i same objekt. Berre det siste ville blitt brukt; slå dei saman.',
    'profile.error.required': 'Feltet «{key}» manglar og må fyllast ut.',
    'profile.error.type': 'Feil type verdi: her skal det vere {expected}.',
    'profile.error.unknown-key': 'Ukjent felt «{key}». Fjern det eller rett skrivemåten.',
    'profile.error.unknown-key-suggestion': 'Ukjent felt «{key}». Meinte du «{suggestion}»?',
    'profile.error.empty': 'Feltet kan ikkje vere tomt.',
    'profile.error.email': '«{value}» er ikkje ei gyldig e-postadresse.',
    'profile.error.enum': '«{value}» er ikkje ein tillaten verdi. Tillatne verdiar: {allowed}.',
    'profile.error.range': 'Verdien {value} må vere mellom {min} og {max}.',
    'profile.error.too-few': 'Lista må ha minst {min} oppføring.',
    'profile.error.time-zone':
      '«{value}» er ikkje ei kjend tidssone. Bruk eit IANA-namn, til dømes Europe/Oslo.',
    'profile.error.contact-address':
      'Tryggleikskontakten skal få varsel om trugsmål (receivesNotice), men har inga e-postadresse.',
    'profile.error.date':
      '«{value}» er ikkje ein gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, til dømes 2025-12-24.',
    'profile.error.domain':
      '«{value}» er ikkje eit gyldig domene. Skriv berre domenet utan @, til dømes kommune.no.',
    'profile.error.domain-case': 'Domenet «{value}» skal skrivast med små bokstavar: {suggestion}.',
    'profile.error.id':
      '«{value}» kan ikkje brukast som ID. Bruk små bokstavar a–z, siffer og bindestrek, til dømes ha-kommune.',
    'profile.error.duplicate-address':
      'Adressa {address} er alt ført opp ({first}). Kvar postkasse skal stå berre éin gong.',
    'profile.error.registry-count':
      '{count} postkassar er merkte som postmottak ({addresses}). Berre éin kan vere det.',
    'profile.error.mailbox-domain':
      'Postkassa {address} ligg utanfor domena til organisasjonen ({domains}). Legg til domenet eller rett adressa.',
    'profile.error.archive-no-registry':
      'Arkivet er eit postmottak, men inga adresse er gitt og inga postkasse er merkt som postmottak ("registry": true). Oppgi «address» eller merk postkassa.',
    'profile.error.oversight-domain':
      'Adressa {address} (tilsyn) ligg utanfor domena til organisasjonen ({domains}). Legg til domenet eller rett adressa.',
    'profile.error.signature-template':
      'Svarmalen manglar på språket til organisasjonen ({language}); han blir brukt når språket til avsendaren ikkje er kjent.',
    'profile.error.signature-placeholder':
      'Ukjend plasshaldar «{name}» i svarmalen. Bruk {allowed}.',
    'profile.error.invalid': 'Ugyldig verdi.',
    'profile.warning.no-registry':
      'Inga postkasse er merkt som postmottak ("registry": true). Arkivpost kan då ikkje føreslå kvar arkivverdig e-post skal sendast.',
    'profile.warning.language-country':
      'Språket «{language}» er uvanleg for ein organisasjon i {country}. Sjekk at begge er rette.',
    'profile.warning.time-zone-country':
      'Tidssona {timeZone} er uvanleg for {country}. Svarfristane blir rekna i denne tidssona.',
    'profile.warning.uninspected-floor':
      'Det som ikkje blei kontrollert, blir alltid vist som ei åtvaring: «{value}» blir brukt som «warn». Berre «block» er strengare.',
    'profile.warning.restriction-country':
      'Heimelen «{basis}» høyrer til lova i eit anna land enn {country}. Sjekk at skjerminga er rett.',
    'profile.type.string': 'ein tekst i hermeteikn',
    'profile.type.number': 'eit tal',
    'profile.type.integer': 'eit heiltal',
    'profile.type.boolean': 'true eller false',
    'profile.type.object': 'eit objekt { … }',
    'profile.type.array': 'ei liste [ … ]',
    'profile.where': '{path} (linje {line}, kolonne {column})',
  },
  sv: {
    'profile.error.json':
      'Profilen är inte giltig JSON: oväntat ”{found}” på rad {line}, kolumn {column}. Kontrollera kommatecken, citattecken och klamrar.',
    'profile.error.json-end':
      'Profilen tar slut innan JSON-texten är klar (rad {line}, kolumn {column}). Saknas en } eller ]?',
    'profile.error.duplicate-key':
      'Fältet ”{key}” förekommer flera gånger i samma objekt. Bara det sista skulle användas; slå ihop dem.',
    'profile.error.required': 'Fältet ”{key}” saknas och måste fyllas i.',
    'profile.error.type': 'Fel typ av värde: här ska det stå {expected}.',
    'profile.error.unknown-key': 'Okänt fält ”{key}”. Ta bort det eller rätta stavningen.',
    'profile.error.unknown-key-suggestion': 'Okänt fält ”{key}”. Menade du ”{suggestion}”?',
    'profile.error.empty': 'Fältet får inte vara tomt.',
    'profile.error.email': '”{value}” är inte en giltig e-postadress.',
    'profile.error.enum': '”{value}” är inte ett tillåtet värde. Tillåtna värden: {allowed}.',
    'profile.error.range': 'Värdet {value} måste vara mellan {min} och {max}.',
    'profile.error.too-few': 'Listan måste ha minst {min} post.',
    'profile.error.time-zone':
      '”{value}” är ingen känd tidszon. Använd ett IANA-namn, till exempel Europe/Stockholm.',
    'profile.error.contact-address':
      'Säkerhetskontakten ska få meddelande om hot (receivesNotice) men har ingen e-postadress.',
    'profile.error.date':
      '”{value}” är inget giltigt datum. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2025-12-24.',
    'profile.error.domain':
      '”{value}” är ingen giltig domän. Skriv bara domänen utan @, till exempel kommun.se.',
    'profile.error.domain-case': 'Domänen ”{value}” ska skrivas med små bokstäver: {suggestion}.',
    'profile.error.id':
      '”{value}” kan inte användas som id. Använd små bokstäver a–z, siffror och bindestreck, till exempel vara-kommun.',
    'profile.error.duplicate-address':
      'Adressen {address} finns redan ({first}). Varje brevlåda ska bara stå en gång.',
    'profile.error.registry-count':
      '{count} brevlådor är markerade som registratorns brevlåda ({addresses}). Bara en får vara det.',
    'profile.error.mailbox-domain':
      'Brevlådan {address} ligger utanför organisationens domäner ({domains}). Lägg till domänen eller rätta adressen.',
    'profile.error.archive-no-registry':
      'Arkivet är en registratorsbrevlåda, men ingen adress är angiven och ingen brevlåda är markerad som registratorns ("registry": true). Ange ”address” eller markera brevlådan.',
    'profile.error.oversight-domain':
      'Adressen {address} (tillsyn) ligger utanför organisationens domäner ({domains}). Lägg till domänen eller rätta adressen.',
    'profile.error.signature-template':
      'Svarsmallen saknas på organisationens språk ({language}); den används när avsändarens språk inte är känt.',
    'profile.error.signature-placeholder':
      'Okänd platshållare ”{name}” i svarsmallen. Använd {allowed}.',
    'profile.error.invalid': 'Ogiltigt värde.',
    'profile.warning.no-registry':
      'Ingen brevlåda är markerad som registratorns ("registry": true). Arkivpost kan då inte föreslå vart e-post som ska diarieföras ska skickas.',
    'profile.warning.language-country':
      'Språket ”{language}” är ovanligt för en organisation i {country}. Kontrollera att båda stämmer.',
    'profile.warning.time-zone-country':
      'Tidszonen {timeZone} är ovanlig för {country}. Svarstiderna räknas i den här tidszonen.',
    'profile.warning.uninspected-floor':
      'Det som inte kontrollerades visas alltid som en varning: ”{value}” används som ”warn”. Bara ”block” är strängare.',
    'profile.warning.restriction-country':
      'Lagrummet ”{basis}” hör till ett annat lands lag än {country}. Kontrollera att sekretessmarkeringen stämmer.',
    'profile.type.string': 'en text inom citattecken',
    'profile.type.number': 'ett tal',
    'profile.type.integer': 'ett heltal',
    'profile.type.boolean': 'true eller false',
    'profile.type.object': 'ett objekt { … }',
    'profile.type.array': 'en lista [ … ]',
    'profile.where': '{path} (rad {line}, kolumn {column})',
  },
  en: {
    'profile.error.json':
      'The profile is not valid JSON: unexpected “{found}” at line {line}, column {column}. Check commas, quotes and brackets.',
    'profile.error.json-end':
      'The profile ends before the JSON is complete (line {line}, column {column}). Is a } or ] missing?',
    'profile.error.duplicate-key':
      'The field “{key}” appears more than once in the same object. Only the last would be used; merge them.',
    'profile.error.required': 'The field “{key}” is missing and must be filled in.',
    'profile.error.type': 'Wrong kind of value: this must be {expected}.',
    'profile.error.unknown-key': 'Unknown field “{key}”. Remove it or correct the spelling.',
    'profile.error.unknown-key-suggestion': 'Unknown field “{key}”. Did you mean “{suggestion}”?',
    'profile.error.empty': 'The field must not be empty.',
    'profile.error.email': '“{value}” is not a valid e-mail address.',
    'profile.error.enum': '“{value}” is not an allowed value. Allowed values: {allowed}.',
    'profile.error.range': 'The value {value} must be between {min} and {max}.',
    'profile.error.too-few': 'The list must have at least {min} entry.',
    'profile.error.time-zone':
      '“{value}” is not a known time zone. Use an IANA name such as Europe/Oslo or Europe/Stockholm.',
    'profile.error.contact-address':
      'The security contact is to receive the notice of threats (receivesNotice) but has no e-mail address.',
    'profile.error.date':
      '“{value}” is not a valid date. Write the date as YYYY-MM-DD, for example 2025-12-24.',
    'profile.error.domain':
      '“{value}” is not a valid domain. Write only the domain, without @, for example example.org.',
    'profile.error.domain-case':
      'The domain “{value}” must be written in lower case: {suggestion}.',
    'profile.error.id':
      '“{value}” cannot be used as an id. Use lower-case letters a–z, digits and hyphens, for example ha-kommune.',
    'profile.error.duplicate-address':
      'The address {address} is already listed ({first}). Each mailbox must appear only once.',
    'profile.error.registry-count':
      '{count} mailboxes are marked as the registry mailbox ({addresses}). Only one may be.',
    'profile.error.mailbox-domain':
      'The mailbox {address} is outside the organisation’s domains ({domains}). Add the domain or correct the address.',
    'profile.error.archive-no-registry':
      'The archive is a registry mailbox, but no address is given and no mailbox is marked as the registry ("registry": true). Give “address” or mark the mailbox.',
    'profile.error.oversight-domain':
      'The address {address} (oversight) is outside the organisation’s domains ({domains}). Add the domain or correct the address.',
    'profile.error.signature-template':
      'The reply template is missing in the organisation’s language ({language}); it is used when the sender’s language is not known.',
    'profile.error.signature-placeholder':
      'Unknown placeholder “{name}” in the reply template. Use {allowed}.',
    'profile.error.invalid': 'Invalid value.',
    'profile.warning.no-registry':
      'No mailbox is marked as the registry mailbox ("registry": true). Arkivpost then cannot suggest where to send mail that must be filed.',
    'profile.warning.language-country':
      'The language “{language}” is unusual for an organisation in {country}. Check that both are right.',
    'profile.warning.time-zone-country':
      'The time zone {timeZone} is unusual for {country}. Answer deadlines are counted in this time zone.',
    'profile.warning.uninspected-floor':
      'What was not checked is always shown as a warning: “{value}” is used as “warn”. Only “block” is stricter.',
    'profile.warning.restriction-country':
      'The legal basis “{basis}” belongs to another country’s law than {country}. Check that the restriction is right.',
    'profile.type.string': 'a text in quotes',
    'profile.type.number': 'a number',
    'profile.type.integer': 'a whole number',
    'profile.type.boolean': 'true or false',
    'profile.type.object': 'an object { … }',
    'profile.type.array': 'a list [ … ]',
    'profile.where': '{path} (line {line}, column {column})',
  },
} as const satisfies Messages<ProfileMessageKey>;
