import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findKeywords } from '../../../src/core/keywords';
import type { TextMatch } from '../../../src/core/model';
import { normalizeText } from '../../../src/core/text/normalize';

function find(text: string): TextMatch[] {
  return findKeywords(normalizeText(text));
}

function codes(text: string): string[] {
  return find(text).map((m) => m.code);
}

describe('offsets point into the text as written', () => {
  it.each([
    ['a soft hyphen inside the word', 'Han er syk\u00admeldt i dag.', 'syk\u00admeldt'],
    ['a zero-width space inside the word', 'Hun er sykmel\u200bdt.', 'sykmel\u200bdt'],
    ['a Cyrillic look-alike letter', 'Han er sykm\u0435ldt.', 'sykm\u0435ldt'],
    [
      'a non-breaking space inside a phrase',
      'Hun ble innlagt\u00a0på psykiatrisk avdeling.',
      'innlagt\u00a0på psykiatrisk avdeling',
    ],
    ['a decomposed å (macOS)', 'Dette er et forha\u030andsvarsel.', 'forha\u030andsvarsel'],
  ])('with %s', (_what, text, expected) => {
    const [m, ...rest] = find(text);
    expect(rest).toEqual([]);
    expect(m).toBeDefined();
    expect(m!.text).toBe(expected);
    expect(m!.start).toBe(text.indexOf(expected));
    expect(m!.end).toBe(text.indexOf(expected) + expected.length);
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
  });

  it('reports every finding of a multi-line mail in text order', () => {
    const mail =
      'Emne: Møte\n\nHei! Eleven er sykmeldt.\n\nJeg skal drepe deg.\n' +
      'Unntatt offentlighet jf. offl. § 13';
    expect(find(mail).map((m) => [m.code, m.category, m.text])).toEqual([
      ['special-category.health', 'special-category', 'sykmeldt'],
      ['threat.violence', 'threat', 'Jeg skal drepe deg'],
      ['confidentiality.exempt', 'confidentiality', 'Unntatt offentlighet jf. offl. § 13'],
    ]);
  });

  it('finds nothing in an empty text', () => {
    expect(find('')).toEqual([]);
  });
});

describe('addresses are not text about a person', () => {
  it.each([
    ['an e-mail address', 'Send til sykmeldt@nav.no i dag'],
    ['an address in angle brackets', 'Se <mailto:barnevernet@ha.kommune.no>'],
    ['a department address', 'Kontakt helse@ha.kommune.no'],
    ['a URL', 'Les (https://ha.kommune.no/kreftbehandling) først'],
    ['a www address', 'Se www.fosterhjem.no for mer'],
    ['a bare host with a path', 'Se helsenorge.no/sykmeldt for mer'],
  ])('ignores %s', (_what, text) => {
    expect(find(text)).toEqual([]);
  });

  it('still finds the word next to an address', () => {
    const text = 'Han er sykmeldt, se sykmeldt@nav.no';
    expect(find(text).map((m) => [m.code, m.start])).toEqual([['special-category.health', 7]]);
  });
});

describe('one finding per stretch of text', () => {
  it.each([
    [
      'two health phrases over the same words',
      'innlagt på psykiatrisk avdeling',
      'special-category.health',
      'innlagt på psykiatrisk avdeling',
    ],
    [
      'an exemption marking and the law it cites',
      'Unntatt offentlighet jf. offl. § 13 jf. fvl. § 13',
      'confidentiality.exempt',
      'Unntatt offentlighet jf. offl. § 13 jf. fvl. § 13',
    ],
    [
      'a secrecy word and the exemption reference after it',
      'Taushetsbelagt, jf. offl. § 13',
      'confidentiality.secret',
      'Taushetsbelagt, jf. offl. § 13',
    ],
    [
      'an advance notice and the section that requires it',
      'Forhåndsvarsel etter forvaltningsloven § 16',
      'legal-form.advance-notice',
      'Forhåndsvarsel etter forvaltningsloven § 16',
    ],
  ])('merges %s', (_what, text, code, span) => {
    expect(find(text).map((m) => [m.code, m.text])).toEqual([[code, span]]);
  });
});

describe('marked exempt (R16) or secret (R15)', () => {
  it.each([
    ['Unntatt offentlighet', 'confidentiality.exempt'],
    ['U.off.', 'confidentiality.exempt'],
    ['Offl. § 13', 'confidentiality.exempt'],
    ['Jf. fvl. § 13', 'confidentiality.exempt'],
    ['offentleglova § 13', 'confidentiality.exempt'],
    ['Skjermingshjemmel: offl. § 26', 'confidentiality.exempt'],
    ['Sekretess enligt OSL 26 kap.', 'confidentiality.exempt'],
    ['OSL 26:1', 'confidentiality.exempt'],
    ['Exempt from public disclosure', 'confidentiality.exempt'],
    ['Taushetsbelagt', 'confidentiality.secret'],
    ['Opplysningane er teiepliktige', 'confidentiality.secret'],
    ['Underlagt taushetsplikt', 'confidentiality.secret'],
    ['Strengt fortrolig', 'confidentiality.secret'],
    ['Konfidensielt', 'confidentiality.secret'],
    ['Confidential', 'confidentiality.secret'],
    ['Strictly confidential', 'confidentiality.secret'],
    ['Handlingen är sekretessbelagd', 'confidentiality.secret'],
    ['Uppgifterna omfattas av sekretess', 'confidentiality.secret'],
    ['Sökanden har skyddad identitet', 'confidentiality.secret'],
  ])('"%s" is %s', (text, code) => {
    expect(codes(text)).toEqual([code]);
  });

  it.each([
    ['Dette er ikke taushetsbelagt.'],
    ['Brevet er ikke unntatt offentlighet.'],
    ['En handling är allmän om den inte omfattas av sekretess.'],
  ])('a denied marking is no marking: "%s"', (text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('the legal basis next to a marking, normalised for display', () => {
  it.each([
    ['Unntatt offentlighet, jf. offl. § 13', 'Offl. § 13'],
    ['U.off. § 13', 'Offl. § 13'],
    ['U.off. jf. Offl §13', 'Offl. § 13'],
    ['Unntatt offentlighet jf. offl. § 13 jf. fvl. § 13', 'Offl. § 13 jf. fvl. § 13'],
    ['Unntatt offentlighet\nHjemmel: Offl. § 13', 'Offl. § 13'],
    ['Unntatt offentlighet etter § 13 i offentleglova', 'Offentleglova § 13'],
    [
      'Skjermingshjemmel: offl. § 13 første ledd, jf. fvl. § 13 første ledd nr. 1',
      'Offl. § 13 første ledd jf. fvl. § 13 første ledd nr. 1',
    ],
    ['Unntatt offentlighet, bvl. § 6 - 7', 'Bvl. § 6-7'],
    ['Unnateke offentlegheit, offentleglova (offl.) § 13', 'Offentleglova § 13'],
    ['Sekretess enligt OSL 26 kap. 1 §', 'OSL 26 kap. 1 §'],
    ['Sekretess enligt OSL 26 kap.', 'OSL 26 kap.'],
    ['OSL 26:1', 'OSL 26 kap. 1 §'],
    ['Sekretess jfr 26:1 OSL', 'OSL 26 kap. 1 §'],
    ['26 kap. 1 § offentlighets- och sekretesslagen (2009:400)', 'OSL 26 kap. 1 §'],
    ['Uppgifterna omfattas av sekretess enligt 26 kap. 1 § OSL.', 'OSL 26 kap. 1 §'],
    [
      'Innholdet er underlagt taushetsplikt etter helsepersonelloven § 21.',
      'Helsepersonelloven § 21',
    ],
    ['Forhåndsvarsel etter forvaltningsloven §16', 'Forvaltningsloven § 16'],
    ['Kommunicering enligt 25 § förvaltningslagen', '25 § förvaltningslagen'],
  ])('"%s" has basis "%s"', (text, basis) => {
    const [m, ...rest] = find(text);
    expect(rest).toEqual([]);
    expect(m?.params).toEqual({ basis });
  });

  it.each([
    ['a marking without a reference', 'Unntatt offentlighet'],
    ['a secrecy word followed by an unrelated number', 'Konfidensielt: 3 vedlegg'],
  ])('has no basis param for %s', (_what, text) => {
    const [m] = find(text);
    expect(m).toBeDefined();
    expect(m!.params).toBeUndefined();
  });

  it.each([
    ['a law named as a topic', 'Offentleglova gjeld for alle kommunar.'],
    [
      'the appeal section of the Public Administration Act',
      'Klagefrist, jf. forvaltningsloven § 29.',
    ],
    ['the airport code', 'Fly fra OSL kl. 07.15.'],
    ['a Swedish appeal section', 'Beslutet kan överklagas enligt 40 § förvaltningslagen.'],
  ])('a reference alone is not a marking: %s', (_what, text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('rules about sensitive content are not sensitive content', () => {
  it.each([
    [
      'a prohibition on a kind of content',
      'Taushetsbelagte opplysninger må aldri sendes på e-post.',
    ],
    [
      'a relative clause on "informasjon"',
      'Informasjon som er unntatt offentlighet, kan ikke sendes.',
    ],
    ['"bør man unngå"', 'Dokument som kan unntas fra offentlighet, bør man unngå å sende.'],
    ['Swedish "får inte"', 'Sekretessbelagda personuppgifter får inte skickas med e-post.'],
    ['an English rule', 'Confidential information must never be sent by e-mail.'],
    ['a Norwegian disclaimer', 'Denne e-posten kan inneholde konfidensiell informasjon.'],
    [
      'an English disclaimer whose cue is in the next sentence',
      'This e-mail is confidential. If you are not the intended recipient, delete it.',
    ],
    ['people bound by a duty', 'Alle ansatte er underlagt taushetsplikt.'],
    ['a Swedish duty of the staff', 'Alla anställda omfattas av tystnadsplikt.'],
    ['a rule about a health topic', 'Opplysninger om rusmisbruk skal ikke sendes på e-post.'],
  ])('ignores %s', (_what, text) => {
    expect(find(text)).toEqual([]);
  });

  it.each([
    [
      'a marking with a warning of its own',
      'Taushetsbelagt – må ikke videresendes.',
      'confidentiality.secret',
    ],
    [
      'specific content followed by a rule',
      'Opplysningene er taushetsbelagte og må ikke videresendes.',
      'confidentiality.secret',
    ],
    [
      'content announced without a rule',
      'Vedlagt følger taushetsbelagte opplysninger.',
      'confidentiality.secret',
    ],
    [
      'a disclaimer two paragraphs below the marking',
      'Vedlagt er taushetsbelagte opplysninger.\n\n--\nDenne e-posten kan inneholde konfidensiell informasjon.',
      'confidentiality.secret',
    ],
    [
      'a health fact reported, not ruled on',
      'Vi har mottatt opplysninger om rusmisbruk hos far.',
      'special-category.health',
    ],
  ])('keeps %s', (_what, text, code) => {
    expect(codes(text)).toEqual([code]);
  });
});

describe('phrases, not lone words', () => {
  it.each([
    ['Jeg skal drepe deg.', 'threat.violence'],
    ['Eg skal drepa deg.', 'threat.violence'],
    ['Jag ska döda dig.', 'threat.violence'],
    ['I will kill you.', 'threat.violence'],
    ["I'll kill you.", 'threat.violence'],
    ['I\u2019m going to hurt you.', 'threat.violence'],
    ['Vi vet var du bor.', 'threat.violence'],
    ['Jag ska spränga kommunhuset.', 'threat.violence'],
    ['Dömd för misshandel.', 'special-category.criminal'],
    ['Han er dømt for vold.', 'special-category.criminal'],
  ])('"%s" fires %s', (text, code) => {
    expect(codes(text)).toEqual([code]);
  });

  it.each([
    ['drepe tiden', 'Vi må drepe tiden før bussen går.'],
    ['a killer app', 'This is the killer app for caseworkers.'],
    ['bombesikker', 'Serveren er bombesikker.'],
    ['a negated threat', 'I will not hurt you.'],
    ['a phone call', 'Jeg slår deg på tråden.'],
    ['blasting rock for a road', 'Vi skal sprenge fjell ved krysset.'],
    ['a road warning', 'Pass deg for glatt føre.'],
    ['a bombshell', 'Nyheten slo ned som en bombe i kollegiet.'],
    ['doomed to fail', 'Prosjektet var dømt til å mislykkes.'],
    ['an ad that promises no regret', 'Du kommer ikke til å angre!'],
  ])('stays quiet on %s', (_what, text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('compounds and inflection', () => {
  it.each([
    ['a head compound', 'Mora har lungekreft.', 'lungekreft'],
    ['a head compound in Swedish', 'Hon har bröstcancer.', 'bröstcancer'],
    ['a disease head', 'Han har en hjertesykdom.', 'hjertesykdom'],
    ['a definite form', 'Sykemeldingen er vedlagt.', 'Sykemeldingen'],
    ['a nynorsk participle', 'Ho er sjukmeld.', 'sjukmeld'],
    ['a Swedish noun', 'Sjukskrivningen förlängs.', 'Sjukskrivningen'],
    ['a modifier compound', 'Han får kreftbehandling.', 'kreftbehandling'],
  ])('finds %s', (_what, text, word) => {
    expect(find(text).map((m) => [m.code, m.text])).toEqual([['special-category.health', word]]);
  });

  it.each([
    ['a head alone is not a compound of itself', 'Kreftkoordinatoren er på kurs.'],
    ['forces, not cancer', 'Vi samler kreftene.'],
    ['a plant disease', 'Potetsykdom er påvist i Hå.'],
    ['sickness in a rule on absence', 'Ved sykdom, ring leder.'],
  ])('ignores %s', (_what, text) => {
    expect(find(text)).toEqual([]);
  });
});

describe('odd input', () => {
  it.each([
    ['a lone apostrophe', "'"],
    ['typographic apostrophes', '\u2019\u2019\u2019'],
    ['a 100 000-letter word', 'a'.repeat(100_000)],
    ['a run of full stops', '.'.repeat(10_000)],
    ['a phrase cut off at the end', 'Jeg skal drepe'],
    ['a bare at-sign', '@'],
    ['a URL scheme alone', '://'],
    ['a section sign without a number', 'offl. §'],
    ['a Swedish reference cut off', 'OSL 26:'],
    ['only zero-width characters', '\u200b\u200b'],
  ])('finds nothing in %s', (_what, text) => {
    expect(find(text)).toEqual([]);
  });

  it('keeps offsets on the written text whatever is inserted into it', () => {
    // Deterministic: positive corpus lines with one odd character inserted.
    const dir = join(__dirname, '..', '..', 'fixtures', 'keywords', 'should-fire');
    const lines = readdirSync(dir).flatMap((f) =>
      readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean),
    );
    const odd = [
      '\u200b',
      '\u00ad',
      '\u00a0',
      '\u2019',
      '@',
      '.',
      '\n',
      '§',
      '\u0435',
      '\u0301',
      '\u{1f600}',
    ];
    let seed = 42;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let checked = 0;
    for (let k = 0; k < 2000; k++) {
      const line = lines[next(lines.length)]!;
      const at = next(line.length + 1);
      const text = line.slice(0, at) + odd[next(odd.length)]! + line.slice(at);
      for (const m of find(text)) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(m.end).toBeGreaterThan(m.start);
        expect(text.slice(m.start, m.end)).toBe(m.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('the forms caseworkers write', () => {
  it.each([
    ['sykmeldt', 'special-category.health'],
    ['sjukmeld', 'special-category.health'],
    ['sjukmeldt', 'special-category.health'],
    ['sykemelding', 'special-category.health'],
    ['sjukskriven', 'special-category.health'],
    ['sjukskrivning', 'special-category.health'],
    ['innlagt på psykiatrisk', 'special-category.health'],
    ['innlagd på psykiatrin', 'special-category.health'],
    ['psykiatrisk avdeling', 'special-category.health'],
    ['rusbehandling', 'special-category.health'],
    ['diagnosen', 'special-category.health'],
    ['kreftbehandling', 'special-category.health'],
    ['depresjon', 'special-category.health'],
    ['utmattningssyndrom', 'special-category.health'],
    ['diabetes', 'special-category.health'],
    ['straffedømt', 'special-category.criminal'],
    ['dømt for', 'special-category.criminal'],
    ['domfälld', 'special-category.criminal'],
    ['fengselsstraff', 'special-category.criminal'],
    ['fagforeningsmedlem', 'special-category.trade-union'],
    ['medlem av Fagforbundet', 'special-category.trade-union'],
    ['medlem i Kommunal', 'special-category.trade-union'],
    ['homofil', 'special-category.sexual-orientation'],
    ['muslim', 'special-category.religion'],
    ['etnisk bakgrunn', 'special-category.ethnicity'],
    ['omsorgsovertakelse', 'special-category.child-welfare'],
    ['bekymringsmelding', 'special-category.child-welfare'],
    ['LVU', 'special-category.child-welfare'],
    ['orosanmälan', 'special-category.child-welfare'],
    ['økonomisk sosialhjelp', 'special-category.social-assistance'],
    ['sosialstønad', 'special-category.social-assistance'],
    ['försörjningsstöd', 'special-category.social-assistance'],
    ['ekonomiskt bistånd', 'special-category.social-assistance'],
    ['sekretessbelagt', 'confidentiality.secret'],
    ['fortrolig', 'confidentiality.secret'],
    ['varsel om vedtak', 'legal-form.advance-notice'],
    ['fvl. § 16', 'legal-form.advance-notice'],
    ['kommunicering enligt 25 § förvaltningslagen', 'legal-form.advance-notice'],
    ['krav om underskrift', 'legal-form.signature-required'],
    ['må signeres', 'legal-form.signature-required'],
    ['egenhändigt undertecknad', 'legal-form.signature-required'],
    ['du kommer att ångra dig', 'threat.violence'],
    ['I know where you live', 'threat.violence'],
    ['pass deg!', 'threat.violence'],
    ['Jag ska spränga!', 'threat.violence'],
  ])('"%s" is %s, as one finding over the whole phrase', (text, code) => {
    expect(find(text).map((m) => [m.code, m.start, m.end])).toEqual([
      [code, 0, text.replace(/!$/, '').length],
    ]);
  });
});
