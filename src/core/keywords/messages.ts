import type { Messages } from '../i18n/types';
import type { KeywordCode } from './codes';

/**
 * Texts for the keyword codes. They describe what was found, for incoming and
 * outgoing mail alike; what to do about it is the compose or read policy's
 * text. `keywords.basis` is shown under a finding whose params carry a
 * `basis` (the legal reference found next to the marking).
 */
export type KeywordMessageKey = KeywordCode | 'keywords.basis';

export const keywordMessages = {
  nb: {
    'special-category.health':
      'Teksten ser ut til å inneholde helseopplysninger om en person (særlig kategori personopplysninger, GDPR art. 9).',
    'special-category.religion':
      'Teksten ser ut til å si noe om en persons religion eller livssyn (særlig kategori personopplysninger).',
    'special-category.political':
      'Teksten ser ut til å si noe om en persons politiske syn eller partitilhørighet (særlig kategori personopplysninger).',
    'special-category.ethnicity':
      'Teksten ser ut til å si noe om en persons etniske opprinnelse (særlig kategori personopplysninger).',
    'special-category.sexual-orientation':
      'Teksten ser ut til å si noe om en persons seksuelle orientering eller kjønnsidentitet (særlig kategori personopplysninger).',
    'special-category.trade-union':
      'Teksten ser ut til å si noe om hvilken fagforening en person er medlem av (særlig kategori personopplysninger).',
    'special-category.genetic-biometric':
      'Teksten ser ut til å inneholde genetiske eller biometriske opplysninger, for eksempel en DNA-test eller fingeravtrykk.',
    'special-category.criminal':
      'Teksten ser ut til å inneholde opplysninger om straffedommer eller lovbrudd (GDPR art. 10).',
    'special-category.child-welfare':
      'Teksten ser ut til å handle om en barnevernssak. Slike opplysninger er underlagt taushetsplikt.',
    'special-category.social-assistance':
      'Teksten ser ut til å handle om økonomisk sosialhjelp til en person. Slike opplysninger er underlagt taushetsplikt.',
    'special-category.custom':
      'Teksten inneholder «{keyword}», som virksomheten har definert som sensitive personopplysninger.',
    'confidentiality.exempt': 'Teksten er merket unntatt offentlighet.',
    'confidentiality.secret': 'Teksten er merket som taushetsbelagt eller fortrolig.',
    'confidentiality.custom':
      'Teksten inneholder «{keyword}», som virksomheten bruker for å merke fortrolig innhold.',
    'legal-form.advance-notice':
      'Dette ser ut som et forhåndsvarsel før vedtak (forvaltningsloven § 16), som etter loven skal gis skriftlig.',
    'legal-form.signature-required':
      'Teksten viser til et krav om underskrift. Dokumenter som må signeres, kan ikke behandles som vanlig e-post.',
    'legal-form.custom':
      'Teksten inneholder «{keyword}», som virksomheten har definert som et lovbestemt formkrav.',
    'threat.violence': 'Teksten ser ut til å inneholde en trussel om vold eller skade.',
    'threat.harassment':
      'Teksten ser ut til å inneholde trakassering, hets eller grove skjellsord.',
    'threat.custom': 'Teksten inneholder «{keyword}», som virksomheten har definert som truende.',
    'keywords.basis': 'Hjemmel: {basis}',
  },
  nn: {
    'special-category.health':
      'Teksten ser ut til å innehalde helseopplysningar om ein person (særleg kategori personopplysningar, GDPR art. 9).',
    'special-category.religion':
      'Teksten ser ut til å seie noko om religionen eller livssynet til ein person (særleg kategori personopplysningar).',
    'special-category.political':
      'Teksten ser ut til å seie noko om det politiske synet eller partitilhøyrsla til ein person (særleg kategori personopplysningar).',
    'special-category.ethnicity':
      'Teksten ser ut til å seie noko om det etniske opphavet til ein person (særleg kategori personopplysningar).',
    'special-category.sexual-orientation':
      'Teksten ser ut til å seie noko om den seksuelle orienteringa eller kjønnsidentiteten til ein person (særleg kategori personopplysningar).',
    'special-category.trade-union':
      'Teksten ser ut til å seie noko om kva fagforeining ein person er medlem av (særleg kategori personopplysningar).',
    'special-category.genetic-biometric':
      'Teksten ser ut til å innehalde genetiske eller biometriske opplysningar, til dømes ein DNA-test eller fingeravtrykk.',
    'special-category.criminal':
      'Teksten ser ut til å innehalde opplysningar om straffedommar eller lovbrot (GDPR art. 10).',
    'special-category.child-welfare':
      'Teksten ser ut til å handle om ei barnevernssak. Slike opplysningar er underlagde teieplikt.',
    'special-category.social-assistance':
      'Teksten ser ut til å handle om økonomisk sosialhjelp til ein person. Slike opplysningar er underlagde teieplikt.',
    'special-category.custom':
      'Teksten inneheld «{keyword}», som verksemda har definert som sensitive personopplysningar.',
    'confidentiality.exempt': 'Teksten er merkt som unnateken frå offentleg innsyn.',
    'confidentiality.secret': 'Teksten er merkt som teiepliktig eller fortruleg.',
    'confidentiality.custom':
      'Teksten inneheld «{keyword}», som verksemda brukar for å merke fortruleg innhald.',
    'legal-form.advance-notice':
      'Dette ser ut som eit førehandsvarsel før vedtak (forvaltningslova § 16), som etter lova skal givast skriftleg.',
    'legal-form.signature-required':
      'Teksten viser til eit krav om underskrift. Dokument som må signerast, kan ikkje behandlast som vanleg e-post.',
    'legal-form.custom':
      'Teksten inneheld «{keyword}», som verksemda har definert som eit lovfesta formkrav.',
    'threat.violence': 'Teksten ser ut til å innehalde eit trugsmål om vald eller skade.',
    'threat.harassment':
      'Teksten ser ut til å innehalde trakassering, hets eller grove skjellsord.',
    'threat.custom': 'Teksten inneheld «{keyword}», som verksemda har definert som trugande.',
    'keywords.basis': 'Heimel: {basis}',
  },
  sv: {
    'special-category.health':
      'Texten verkar innehålla uppgifter om en persons hälsa (känsliga personuppgifter, GDPR art. 9).',
    'special-category.religion':
      'Texten verkar avslöja en persons religiösa eller filosofiska övertygelse (känsliga personuppgifter).',
    'special-category.political':
      'Texten verkar avslöja en persons politiska åsikter eller partitillhörighet (känsliga personuppgifter).',
    'special-category.ethnicity':
      'Texten verkar avslöja en persons etniska ursprung (känsliga personuppgifter).',
    'special-category.sexual-orientation':
      'Texten verkar avslöja en persons sexuella läggning eller könsidentitet (känsliga personuppgifter).',
    'special-category.trade-union':
      'Texten verkar avslöja en persons medlemskap i en fackförening (känsliga personuppgifter).',
    'special-category.genetic-biometric':
      'Texten verkar innehålla genetiska eller biometriska uppgifter, till exempel ett DNA-test eller fingeravtryck.',
    'special-category.criminal':
      'Texten verkar innehålla uppgifter om lagöverträdelser eller brottmålsdomar (GDPR art. 10).',
    'special-category.child-welfare':
      'Texten verkar gälla ett barnavårdsärende, till exempel en orosanmälan eller vård enligt LVU. Sådana uppgifter omfattas av sekretess.',
    'special-category.social-assistance':
      'Texten verkar gälla ekonomiskt bistånd till en person. Sådana uppgifter omfattas av sekretess.',
    'special-category.custom':
      'Texten innehåller ”{keyword}”, som er organisation har angett som känsliga personuppgifter.',
    'confidentiality.exempt':
      'Texten är märkt med en sekretessbestämmelse och är undantagen från allmänhetens insyn.',
    'confidentiality.secret': 'Texten är märkt som sekretessbelagd eller konfidentiell.',
    'confidentiality.custom':
      'Texten innehåller ”{keyword}”, som er organisation använder för att märka konfidentiellt innehåll.',
    'legal-form.advance-notice':
      'Det här ser ut som kommunicering eller förhandsvarsel inför ett beslut (till exempel 25 § förvaltningslagen). Kontrollera att det sker på det sätt som lagen kräver.',
    'legal-form.signature-required':
      'Texten hänvisar till ett krav på underskrift. Handlingar som måste undertecknas kan inte hanteras som vanlig e-post.',
    'legal-form.custom':
      'Texten innehåller ”{keyword}”, som er organisation har angett som ett formkrav enligt lag.',
    'threat.violence': 'Texten verkar innehålla ett hot om våld eller skada.',
    'threat.harassment':
      'Texten verkar innehålla trakasserier, hatiska uttryck eller grova kränkningar.',
    'threat.custom': 'Texten innehåller ”{keyword}”, som er organisation har angett som hotfullt.',
    'keywords.basis': 'Lagrum: {basis}',
  },
  en: {
    'special-category.health':
      'The text appears to contain health data about a person (special category of personal data, GDPR Art. 9).',
    'special-category.religion':
      'The text appears to reveal a person’s religious or philosophical beliefs (special category of personal data).',
    'special-category.political':
      'The text appears to reveal a person’s political opinions or party membership (special category of personal data).',
    'special-category.ethnicity':
      'The text appears to reveal a person’s racial or ethnic origin (special category of personal data).',
    'special-category.sexual-orientation':
      'The text appears to reveal a person’s sexual orientation or gender identity (special category of personal data).',
    'special-category.trade-union':
      'The text appears to reveal a person’s trade union membership (special category of personal data).',
    'special-category.genetic-biometric':
      'The text appears to contain genetic or biometric data, for example a DNA test or fingerprints.',
    'special-category.criminal':
      'The text appears to contain data about criminal convictions or offences (GDPR Art. 10).',
    'special-category.child-welfare':
      'The text appears to concern a child welfare case. Such information is subject to a duty of confidentiality.',
    'special-category.social-assistance':
      'The text appears to concern social assistance paid to a person. Such information is subject to a duty of confidentiality.',
    'special-category.custom':
      'The text contains “{keyword}”, which your organisation has listed as sensitive personal data.',
    'confidentiality.exempt': 'The text is marked as exempt from public access.',
    'confidentiality.secret':
      'The text is marked as confidential or subject to a duty of confidentiality.',
    'confidentiality.custom':
      'The text contains “{keyword}”, which your organisation uses to mark confidential content.',
    'legal-form.advance-notice':
      'This looks like advance notice of an administrative decision (for example under § 16 of the Norwegian Public Administration Act), which the law requires in writing.',
    'legal-form.signature-required':
      'The text refers to a signature requirement. Documents that must be signed cannot be handled as ordinary e-mail.',
    'legal-form.custom':
      'The text contains “{keyword}”, which your organisation has listed as a formal requirement in law.',
    'threat.violence': 'The text appears to contain a threat of violence or harm.',
    'threat.harassment': 'The text appears to contain harassment, hate speech or gross insults.',
    'threat.custom':
      'The text contains “{keyword}”, which your organisation has listed as threatening.',
    'keywords.basis': 'Legal basis: {basis}',
  },
} as const satisfies Messages<KeywordMessageKey>;
