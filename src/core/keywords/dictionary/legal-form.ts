import type { RuleSource } from './types';

/*
 * Messages the law wants in writing or signed (R9, R18; seed 000 §4 and §12).
 * "forvaltningsloven § 16" and Swedish "25 § förvaltningslagen" are
 * recognised by the handlers in `legal-rules.ts`.
 *
 * The routine in seed 000 names these triggers itself ("krav om
 * underskrift", "forhåndsvarsel etter forvaltningsloven §16"): it gets the
 * warning too. That is intended: `legal-form` is a warning the user can
 * dismiss, and a message quoting the rule is exactly where a caseworker
 * should stop and think.
 */

export const LEGAL_FORM: readonly RuleSource[] = [
  {
    code: 'legal-form.advance-notice',
    basis: 'any',
    patterns: [
      'forhåndsvars*|forhandsvars*|førehandsvars*|förhandsvars*',
      'varsel|varslet|varselet|varsling|varsla|varslinga om|før|ved|for planlagt|planlagd|planlagte|mogleg|mulig|eventuelt|eventuelle? [vedtak|vedtaket]',
      'varsel|varselet|varsling|varsla om [pålegg|pålegget|tvangsmulkt|tvangsmulkta|tvangsmulkten|tilbakekall|tilbakekalling|tilbakekalling|oppsigelse|oppseiing|avskjed|avskjedigelse|riving|rivningsvedtak|stenging]',
      'kommunicering*',
      'tillfälle|möjlighet att [yttra] dig|er',
      'notice of a|an|the? proposed|intended|planned [decision]',
    ],
  },
  {
    code: 'legal-form.signature-required',
    patterns: [
      'krav|kravet|kravene|krava|kravet om|til|på|till|for|för [underskrift*|signatur*|signering*|underteikn*|undertegn*|namnteckning*]',
      '[underskrift*|signatur*|namnteckning*] kreves|krevst|krevjast|påkrevd|påkravd|krävs|erfordras|obligatorisk|nødvendig|naudsynt|required|mandatory|needed',
      'require|requires|required|requirement|requiring|need|needs a|an|your? [signature|signatures]',
      'signature|signatures [required]',
      'må|skal|ska|skall|måste|bør|must|need|needs|has|have|should to? vere|være|vara|be|bli|blir? [signert|signerte|signeres|signerast|signerad|signerade|signeras|underskrevet|underskrevne|underskriven|underskrivne|underskrives|underskrivast|underskrivas|underteikna|underteiknast|underteikne|undertegnet|undertegnes|undertegnast|undertecknad|undertecknade|undertecknas|signed]',
      'må|skal|ska|skall|måste|bør [skrives|skrivast|skrivas] under',
      'egenhendig|egenhendige|eigenhendig|eigenhendige|egenhändig|egenhändigt|egenhändiga|handskriven|handskrivna|handskrevet|handskrevne|original|originale|ink|hand [underskrift*|underskrevet|underskreve|undertegnet|underteikna|undertecknad*|undertecknat|namnteckning*|signatur*|signert*|signerad*|signed|signature]',
      'originalunderskrift*|originalsignatur*',
      'skickas|sendes|sendast|send|skicka|lämnas|leveres|leverast|postes|returneres|returnerast|returneras|returned|submitted|sent in? i|in [original]',
      'må|skal|ska|skall|måste|must|please [signere|signera|signer|sign|underteikne|undertegne|underteckna]',
    ],
    not: [
      // "must sign in" is a login, not a signature.
      '[sign|signer|signere] in|inn|up|out|into|on|off',
    ],
  },
];
