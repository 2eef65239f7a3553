/**
 * The words of the sample traffic (traffic.ts), in each example
 * organisation's language: what citizens ask about (each topic is a case in
 * the archive), what colleagues write, who sends newsletters, and the few
 * subjects that carry an identity number or a special-category word, which
 * the log review must find and mask.
 */

export interface Topic {
  /** The case's title in the archive. */
  readonly caseTitle: string;
  readonly subjects: readonly string[];
}

export interface SampleTexts {
  readonly topics: readonly Topic[];
  /** Subjects a public log must not carry (an identity number, a special-category word). */
  readonly sensitive: readonly { readonly topic: number; readonly subject: string }[];
  readonly citizens: readonly string[];
  readonly internal: readonly string[];
  readonly privateSubjects: readonly string[];
  readonly newsletters: readonly {
    readonly name: string;
    readonly address: string;
    readonly subject: string;
  }[];
  readonly replyPrefix: string;
  readonly forwardPrefix: string;
  readonly inquiryBody: (name: string) => string;
  readonly replyBody: (org: string) => string;
  readonly internalBody: string;
  readonly newsletterBody: string;
  readonly privateBody: string;
  readonly autoReply: string;
  readonly awayReply: string;
  readonly awayEvent: string;
  readonly meeting: string;
}

const NN: SampleTexts = {
  topics: [
    {
      caseTitle: 'Byggjesak – tilbygg',
      subjects: [
        'Spørsmål om byggjeløyve for tilbygg',
        'Nabovarsel – tilbygg til bustad',
        'Søknad om dispensasjon frå reguleringsplanen',
      ],
    },
    {
      caseTitle: 'Skuleskyss',
      subjects: ['Søknad om skuleskyss for sonen vår', 'Skuleskyss – endra adresse'],
    },
    {
      caseTitle: 'Kommunale avgifter',
      subjects: ['Spørsmål om faktura for kommunale avgifter', 'Feil i vassmålaravlesinga'],
    },
    {
      caseTitle: 'Barnehageplass',
      subjects: ['Søknad om barnehageplass frå august', 'Spørsmål om opptak i barnehage'],
    },
    {
      caseTitle: 'Veg og vatn',
      subjects: ['Hol i vegen ved Nærbø stasjon', 'Vasslekkasje i Brusandvegen'],
    },
    { caseTitle: 'Startlån', subjects: ['Søknad om startlån', 'Spørsmål om startlån og tilskot'] },
    {
      caseTitle: 'Innsyn',
      subjects: ['Krav om innsyn i postlista', 'Innsynskrav – sak om reguleringsplan'],
    },
  ],
  sensitive: [
    { topic: 5, subject: 'Søknad om startlån, fnr 15038500047' },
    { topic: 1, subject: 'Far min er sjukmeldt – søknad om skuleskyss' },
    { topic: 4, subject: 'Kreftdiagnose – søknad om parkeringsløyve' },
  ],
  citizens: [
    'Solveig Nærland',
    'Torbjørn Håland',
    'Ingunn Tjøtta',
    'Arne Obrestad',
    'Marit Vigrestad',
    'Kjetil Braut',
    'Anne Grødem',
    'Sigurd Undheim',
  ],
  internal: [
    'Referat frå leiarmøtet',
    'Vakttelefon i helga',
    'Oppdatert rutine for postmottaket',
    'Spørsmål om fakturamottak',
    'Innkalling til personalmøte',
  ],
  privateSubjects: ['Middag på fredag?', 'Bilete frå turen', 'Bursdagsfeiring'],
  newsletters: [
    { name: 'KS Nyhende', address: 'nyhende@ks.example', subject: 'KS Nyhende – veka som var' },
    {
      name: 'Kommunal Rapport',
      address: 'nyhetsbrev@kommunal-rapport.example',
      subject: 'Kommunal Rapport – dagens saker',
    },
  ],
  replyPrefix: 'SV: ',
  forwardPrefix: 'VS: ',
  inquiryBody: (name) =>
    `Hei,\n\nEg lurer på korleis eg skal gå fram i denne saka. Kan de svare meg?\n\nHelsing\n${name}\n`,
  replyBody: (org) =>
    `Hei,\n\nTakk for e-posten. Saka er motteken og blir handsama så snart som råd.\n\nHelsing\n${org}\n`,
  internalBody: 'Hei,\n\nSjå vedlagt informasjon.\n\nHelsing\n',
  newsletterBody: 'Siste nytt frå kommunesektoren.\n',
  privateBody: 'Hei!\n\nGler meg til fredag.\n',
  autoReply: 'Takk for e-posten. Vi svarer innan to arbeidsdagar.',
  awayReply:
    'Eg er ikkje på kontoret i dag. E-post til post@ha.kommune.no blir lesen av kollegaene mine.',
  awayEvent: 'Fri',
  meeting: 'Postmøte',
};

const NB: SampleTexts = {
  topics: [
    {
      caseTitle: 'Byggesak – tilbygg',
      subjects: [
        'Spørsmål om byggetillatelse for tilbygg',
        'Nabovarsel – tilbygg til bolig',
        'Søknad om dispensasjon fra reguleringsplanen',
      ],
    },
    {
      caseTitle: 'Skoleskyss',
      subjects: ['Søknad om skoleskyss for sønnen vår', 'Skoleskyss – endret adresse'],
    },
    {
      caseTitle: 'Kommunale avgifter',
      subjects: ['Spørsmål om faktura for kommunale avgifter', 'Feil i vannmåleravlesningen'],
    },
    {
      caseTitle: 'Barnehageplass',
      subjects: ['Søknad om barnehageplass fra august', 'Spørsmål om opptak i barnehage'],
    },
    {
      caseTitle: 'Vei og vann',
      subjects: ['Hull i veien ved skolen', 'Vannlekkasje i Storgata'],
    },
    {
      caseTitle: 'Startlån',
      subjects: ['Søknad om startlån', 'Spørsmål om startlån og tilskudd'],
    },
    {
      caseTitle: 'Innsyn',
      subjects: ['Krav om innsyn i postlisten', 'Innsynskrav – sak om reguleringsplan'],
    },
  ],
  sensitive: [
    { topic: 5, subject: 'Søknad om startlån, fnr 15038500047' },
    { topic: 1, subject: 'Mor er sykmeldt – søknad om skoleskyss' },
    { topic: 4, subject: 'Kreftdiagnose – søknad om parkeringstillatelse' },
  ],
  citizens: [
    'Kari Hansen',
    'Lars Johansen',
    'Ingrid Olsen',
    'Ole Larsen',
    'Hilde Andersen',
    'Per Pedersen',
    'Nina Nilsen',
    'Jon Kristiansen',
  ],
  internal: [
    'Referat fra ledermøtet',
    'Vakttelefon i helgen',
    'Oppdatert rutine for postmottaket',
    'Spørsmål om fakturamottak',
    'Innkalling til personalmøte',
  ],
  privateSubjects: ['Middag på fredag?', 'Bilder fra turen', 'Bursdagsfeiring'],
  newsletters: [
    { name: 'KS Nyheter', address: 'nyheter@ks.example', subject: 'KS Nyheter – uken som var' },
    {
      name: 'Kommunal Rapport',
      address: 'nyhetsbrev@kommunal-rapport.example',
      subject: 'Kommunal Rapport – dagens saker',
    },
  ],
  replyPrefix: 'SV: ',
  forwardPrefix: 'VS: ',
  inquiryBody: (name) =>
    `Hei,\n\nJeg lurer på hvordan jeg skal gå fram i denne saken. Kan dere svare meg?\n\nHilsen\n${name}\n`,
  replyBody: (org) =>
    `Hei,\n\nTakk for e-posten. Saken er mottatt og blir behandlet så snart som mulig.\n\nHilsen\n${org}\n`,
  internalBody: 'Hei,\n\nSe vedlagt informasjon.\n\nHilsen\n',
  newsletterBody: 'Siste nytt fra kommunesektoren.\n',
  privateBody: 'Hei!\n\nGleder meg til fredag.\n',
  autoReply: 'Takk for e-posten. Vi svarer innen to arbeidsdager.',
  awayReply: 'Jeg er ikke på kontoret i dag.',
  awayEvent: 'Fri',
  meeting: 'Postmøte',
};

const SV: SampleTexts = {
  topics: [
    {
      caseTitle: 'Bygglov – tillbyggnad',
      subjects: [
        'Fråga om bygglov för tillbyggnad',
        'Grannehörande – tillbyggnad av bostadshus',
        'Ansökan om strandskyddsdispens',
      ],
    },
    { caseTitle: 'Skolskjuts', subjects: ['Ansökan om skolskjuts', 'Skolskjuts – ny adress'] },
    {
      caseTitle: 'VA-avgifter',
      subjects: ['Fråga om fakturan för vatten och avlopp', 'Fel i mätaravläsningen'],
    },
    {
      caseTitle: 'Förskoleplats',
      subjects: ['Ansökan om förskoleplats från augusti', 'Fråga om kön till förskolan'],
    },
    {
      caseTitle: 'Gata och park',
      subjects: ['Trasig gatubelysning vid torget', 'Hål i vägen vid skolan'],
    },
    {
      caseTitle: 'Allmänna handlingar',
      subjects: ['Begäran om allmän handling', 'Begäran om utdrag ur diariet'],
    },
    {
      caseTitle: 'Synpunkter',
      subjects: ['Synpunkt på snöröjningen', 'Klagomål på buller från bygget'],
    },
  ],
  sensitive: [
    { topic: 0, subject: 'Personnummer 19121212-1212 – fråga om bygglov' },
    { topic: 1, subject: 'Min son är sjukskriven – ansökan om skolskjuts' },
    { topic: 4, subject: 'Cancerdiagnos – ansökan om parkeringstillstånd' },
  ],
  citizens: [
    'Karin Berg',
    'Johan Lindqvist',
    'Sofia Ek',
    'Mats Gustafsson',
    'Elin Persson',
    'Anders Holm',
    'Lena Sjöberg',
    'Björn Nyström',
  ],
  internal: [
    'Minnesanteckningar från ledningsgruppen',
    'Telefonjour i helgen',
    'Uppdaterad rutin för registraturen',
    'Fråga om fakturahantering',
    'Kallelse till arbetsplatsträff',
  ],
  privateSubjects: ['Middag på fredag?', 'Bilder från resan', 'Födelsedagsfika'],
  newsletters: [
    {
      name: 'SKR Nyheter',
      address: 'nyhetsbrev@skr.example',
      subject: 'SKR Nyheter – veckans urval',
    },
    {
      name: 'Dagens Samhälle',
      address: 'nyhetsbrev@dagenssamhalle.example',
      subject: 'Dagens Samhälle – morgonbrev',
    },
  ],
  replyPrefix: 'SV: ',
  forwardPrefix: 'VB: ',
  inquiryBody: (name) =>
    `Hej,\n\nJag undrar hur jag ska gå vidare i det här ärendet. Kan ni svara mig?\n\nVänliga hälsningar\n${name}\n`,
  replyBody: (org) =>
    `Hej,\n\nTack för ditt meddelande. Ärendet är mottaget och handläggs så snart som möjligt.\n\nVänliga hälsningar\n${org}\n`,
  internalBody: 'Hej,\n\nSe bifogad information.\n\nHälsningar\n',
  newsletterBody: 'Senaste nytt från kommunsektorn.\n',
  privateBody: 'Hej!\n\nSes på fredag.\n',
  autoReply:
    'Tack för ditt e-postmeddelande. Vi har tagit emot det och svarar inom två arbetsdagar. Ditt meddelande är en allmän handling.',
  awayReply: 'Jag är inte på kontoret i dag.',
  awayEvent: 'Ledig',
  meeting: 'Postmöte',
};

export const TEXTS = { nn: NN, nb: NB, sv: SV } as const;
