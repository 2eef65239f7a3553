import type { RuleSource } from './types';

/*
 * Special categories of personal data (GDPR art. 9), criminal convictions and
 * offences (art. 10), and the welfare matters both countries make confidential
 * by law (child welfare, social assistance).
 *
 * Precision rules followed throughout:
 * - A service or department name is not personal data: "Helse og sosial",
 *   "psykisk helse og rus", "Barnevernstjenesten", "socialtjänsten",
 *   "helsestasjonen", "NAV-kontoret" never fire on their own. The service
 *   fires only with a verb or noun that says a person's case is there
 *   ("meldt til barnevernet").
 * - Words that name a category rather than a person's data ("helseopplysninger",
 *   "religiös åskådning", "politiska åsikter", "sykdom" in "ved sykdom")
 *   do not fire: routines and privacy notices are full of them.
 * - Groups and campaigns ("personer med funksjonsnedsettelse", "bli
 *   fosterhjem", "satsene for sosialhjelp") are silenced by `not` patterns.
 */

/** Where a person is admitted for treatment. */
const CARE_PLACE =
  'sykehus*|sjukehus*|sjukhus*|psykiatri*|psyk|psyken|psykiatrisk*|akutten|akuttmottak*|akutmottagning*|intensiv*|sykehjem*|sjukeheim*|rehabilitering*|rehab|behandlingsinstitusjon*|institusjon*|rusinstitusjon*|avrusning*|avgiftning*|barnepsykiatri*|bup|dps|klinikk*|klinik*|hospice';

/** Health conditions that identify a person's health when named. */
const CONDITIONS = [
  'diabetes|diabetesen|diabetiker|diabetikere|diabetikeren|diabetikar|diabetikarar|diabetic|*diabetes',
  'epilepsi|epilepsien|epileptiker*|epileptikar*|epileptisk*|epilepsy|epileptic',
  'dement|demente|alzheimer|alzheimers|dementia',
  'parkinson|parkinsons|sklerose',
  'adhd|autisme|autismen|autism|autist|autisten|autistisk*|asperger*|autismespekter*|tourette*',
  'schizofren*|bipolar|bipolare|bipolär|bipolära|psykose|psykosen|psykoser|psykotisk*|psykos|psykosen|psychosis|psychotic',
  'depresjon|depresjonen|depresjonar|depresjoner|*depresjon|depression|*depression|deprimert|deprimerte|deprimerad|deprimerade|depressiv*',
  'angstlidelse*|angstliding*|panikklidelse*|panikkangst|panikångest|ångestsyndrom*|ångeststörning*|tvangslidelse*|ptsd|ocd',
  'spiseforstyrrelse*|spiseforstyrring*|ätstörning*|anoreksi*|anorexi*|anorexia|bulimi*|bulimia',
  'personlighetsforstyrrelse*|personlighetsforstyrring*|personlighetsstörning*',
  'hiv|hivpositiv*|hepatitt*|hepatit|hepatiten|tuberkulose*|tuberkulos*|klamydia|gonoré|syfilis',
  'kreft|kreften|kreftsyk|kreftsjuk|kreftsyke|kreftsjuke|kreftsykdom*|kreftsjukdom*|kreftbehandling*|kreftpasient*|kreftdiagnose*|kreftsvulst*|kreftform*|*kreft|*kreften',
  'cancer|cancern|cancersjuk|cancersjuka|cancersjukdom*|cancerbehandling*|cancerpatient*|cancerdiagnos*|cancervård|cancertumör*|*cancer|*cancern',
  'svulst|svulsten|svulster|tumör|tumören|tumor|tumoren|tumour|leukemi|leukemien|leukemia|lymfom*|cellegift*|cellgift*|cytostatika*|strålebehandling*|strålbehandling*|chemotherapy|chemo|dialyse|dialysen|dialys|dialysis',
  'hjerneslag|hjerneslaget|hjärnblödning*|hjerneblødning*|slaganfall|stroke|hjerteinfarkt*|hjärtinfarkt*|kols|copd',
  'heart [attack]',
  'self [harm|harming]',
  'utmattningssyndrom*|utmattningsdepression*|utbrändhet|utbrenthet|utbrent|utbrend|utbränd|utbrända|burnout',
  'gravid|graviditeten|pregnant|spontanabort*|missfall*|abortinngrep*|svangerskapsavbrudd*|svangerskapsavbrot*|svangerskapsforgiftning*|havandeskapsförgiftning*',
  'selvmordsforsøk*|selvmordstank*|sjølvmordsforsøk*|sjølvmordstank*|självmordsförsök*|självmordstank*|suicidal*|suicidforsøk*|suicidförsök*|selvskading*|sjølvskading*|självskad*|overdose|overdosen|overdoser|överdos*',
  'rusmisbruk*|rusmisbrukar*|rusmisbruker*|rusavhengig*|rusbehandling*|rusproblem*|rusmiddelavhengig*|rusmiddelmisbruk*|rusmiddelproblem*|ruspåvirket|ruspåverka|alkoholiker*|alkoholikar*|alkoholisme|alkoholismen|alkoholmisbruk*|alkoholavhengig*|alkoholproblem*|alkoholmissbruk*|alkoholberoende|alkoholist*|alcoholic|alcoholism|narkoman*|narkotikamisbruk*|narkotikamissbruk*|narkotikaavhengig*|drogmissbruk*|drogberoende|missbrukare|missbruksproblem*|missbruksvård*|missbruksbehandling*|beroendevård*|spilleavhengig*|spelberoende|spelmissbruk*|substitusjonsbehandling*|metadonbehandling*|lvm',
  'uføretrygd*|uføretrygdet|uførepensjon*|sjukersättning*|aktivitetsersättning*|arbeidsavklaringspenger',
  'funksjonshemmet|funksjonshemma|funksjonshemming|funksjonshemmingen|funksjonsnedsettelse|funksjonsnedsettelsen|funksjonsnedsetjing|funksjonsnedsetjinga|funktionsnedsättning|funktionsnedsättningen|funktionshindrad|utviklingshemmet|utviklingshemma|utviklingshemming|utvecklingsstörning*',
  'diagnose|diagnosen|diagnoser|diagnosene|diagnosar|diagnosane|diagnos|diagnoserna|diagnosis|diagnosed|diagnostisert|diagnostiserte|diagnostiserad|diagnostiserades|diagnostiserat|diagnostisert',
  'epikrise*|epikris|epikrisen|journalnotat*|legeerklæringen|läkarintyget',
];

/**
 * A topic, not a person: "foredrag om diabetes", "kampen mot kreft",
 * "kurs om demens", "awareness week". Used as a `not` pattern whatever the
 * trigger word.
 */
const TOPIC =
  'kampen|foredrag|foredraget|kurs|kurset|informasjon|info|forskning|forebygging|førebygging|föreläsning|utbildning|seminar|seminaret|tema|temakveld|temamøte|temadag|webinar|lecture|talk|course|research|awareness|campaign|kampanje|kampanj|fight|war|prevention|verdensdagen|världsdagen|fagdag|konferanse|konferens|conference|brosjyre|broschyr|leaflet|film|filmen|bok|boka|boken|book|undervisning|opplæring mot|om|against|about|on|for|för|med|kring|rundt|i? [_]';

export const SPECIAL_CATEGORY: readonly RuleSource[] = [
  {
    code: 'special-category.health',
    patterns: [
      // Sick leave, every spelling and inflection in nb/nn/sv.
      'sykmeld{t,te,ing*}|sykemeld{t,te,ing*}|sykmelde|sjukmeld|sjukmeldt|sjukmelde|sjukmelding*|sjukemeld{t,te,ing*}|sjukskriv{en,na,et,ning*}|sjukskrevs',
      '[sick] leave|note|listed|day|days',
      'off [sick]',
      // Admitted to hospital / psychiatric care.
      `[innlagt|innlagd|innlagde|innlagte|inlagd|inlagda|inlagt|indlagt|innlagt] på|pa|ved|i|vid ${CARE_PLACE}`,
      `[lagt|lagd|lagde|lagts|lades] inn|in på|pa|ved|vid ${CARE_PLACE}`,
      '[admitted] to|into a|an|the? hospital|psychiatric|ward|rehab|intensive|icu|hospice',
      '[psykiatrisk|psykiatriske|psykiatriska|psychiatric] avdeling*|avdelning*|sykehus*|sjukehus*|sjukhus*|behandling*|poliklinikk*|poliklinik*|innleggelse*|innlegging*|inläggning*|diagnose*|diagnos*|lidelse*|liding*|pasient*|patient*|ward|hospital|treatment|diagnosis|akutt*|akut*|vurdering*|bedömning*|utredning*|evaluation|assessment|tvangsinnleggelse*|tvangsinnlegging*|tvångsvård',
      'tvangsinnlagt|tvangsinnlagd|tvangsinnleggelse*|tvangsinnlegging*|tvångsvårdad|tvångsvårdas|tvångsvårdades|lpt',
      'psykisk|psykiske|psykiska|mental|mentally [lidelse*|liding*|sykdom*|sjukdom*|utviklingshemming|utviklingshemmet|utviklingshemma|illness|ill|disorder|breakdown|sammenbrudd*|sammenbrott*|ubalanse|obalans|syk|sjuk|syke|sjuke]',
      // Having or being treated for a named condition.
      ...CONDITIONS,
      'har|hadde|utviklet|utvikla|fått|fick|has|had [demens|demensen|demenssykdom*|demenssjukdom*|astma|astmaen|migrene|migrän|kols|angst|ångest|tinnitus]',
      'lider|lir|led|lidd|suffers|suffering|suffered av|from kronisk|kroniske|kroniska|chronic|alvorlig|alvorleg|svår|severe? [smerter|smärtor|pain|angst|ångest|anxiety|migrene|migrän|migraine|astma|asthma|søvnvansker|sömnbesvär|insomnia|ptsd|demens|dementia|tinnitus|hodepine|huvudvärk|ryggsmerter|ryggvärk|fibromyalgi|me]',
      // Heads of compounds: "hjertesykdom", "lungesjukdom", "hjärtsjukdom".
      '*sykdom|*sykdommen|*sykdommer|*sjukdom|*sjukdomen|*sjukdomar|*sjukdomane',
      '[psykisk|kronisk|kroniskt|alvorlig|alvorleg|allvarlig|dødelig|terminal|serious|terminally|chronic] sykdom|sjukdom|syk|sjuk|ill|illness|disease|syke|sjuka',
      // Suicide and self-harm.
      'ta|tok|tatt|tog|tagit|teke|tek [livet] av meg|seg|mig|sig',
      'take|took|taken|taking his|her|their|my own [life]',
      // Medication and treatment that identify a condition.
      'bruker|brukar|tar|får|behandles|behandlast|behandlas|medisineres|medicineras|on [antidepressiva|antidepressiver|antidepressive|antidepressants|antipsykotika|antipsychotics|insulin|metadon|subutex|suboxone|lithium|litium]',
    ],
    not: [
      // Organisations and job titles that contain a condition.
      '[adhd|autisme|autism|diabetes|epilepsi|kreft|cancer|parkinson|demens] norge|sverige|foreningen|forening|forbundet|förbundet|föreningen|sykepleier*|sjuksköterska|koordinator*|team*|fond*|fonden|kontakt*|konferanse*|uke|veka|vecka|day|week|awareness|nurse|nurses|society|research|screening|unit|ward|centre|center|charity|foundation|support',
      TOPIC,
      // Farm animals and plants get diseases too.
      '[plantesykdom*|dyresykdom*|husdyrsykdom*|fiskesykdom*|fiskesjukdom*|trøsykdom*|tresykdom*|fruktsykdom*|potetsykdom*|sauesykdom*|djursjukdom*|växtsjukdom*|trädsjukdom*|smittsykdom*|barnesykdom*|folkesykdom*|folkesjukdom*|livsstilssykdom*|livsstilssjukdom*|yrkessykdom*|yrkessjukdom*|sykdommer|sjukdomar]',
      // Groups of people, not a person.
      'personer|personar|mennesker|menneske|folk|brukere|brukarar|elever|elevar|innbyggere|innbyggjarar|ansatte|tilsette|people|persons|employees|anställda|invånare med|for|för|with|av|uten|utan [_]',
      '[stroke] of|on|width|color|colour',
      '[sick] leave|day|days policy|policies|rules|scheme|regulations|statistics|rate|rates|entitlement',
      '[diagnose|diagnosed] the|this|that|a|an|it|problem|issue|fault|error|feil|feilen|problemet|fel|felet',
      // Idioms: "samle kreftene" is forces, not cancer.
      '[kreftene|krefter]',
    ],
  },
  {
    code: 'special-category.religion',
    patterns: [
      'muslim|muslimen|muslimer|muslimar|muslimane|muslimene|muslimsk|muslimske|muslimska|muslimskt|muslims',
      'jøde|jøden|jøder|jødar|jødisk|jødiske|jude|juden|judar|judisk|judiska|judiskt|jew|jewish',
      'hindu|hinduer|hinduar|hinduisk*|buddhist|buddhister|buddhistar|buddhistisk*|sikh|sikhs|sikher|ateist|ateisten|ateister|atheist|katolikk|katolikken|katolikker|katolik|katoliken|catholic',
      'jehovas [vitne|vitner|vitnene|vittne|vittnen|witness|witnesses]',
      'er|var|är|is|was|praktiserende|praktiserande|troende|devout|practising|practicing|aktiv|active [kristen|christian|muslim|katolikk|katolik|catholic|pinsevenn|pingstvän|laestadianer|læstadianer|laestadian]',
      'kristen|kristne|kristna|christian [tro|troen|faith|bakgrunn|bakgrund|overbevisning|övertygelse|familie|familj]',
      '[konvertert|konverterte|konvertera|konverterat|konverterade|converted] til|till|to islam|kristendommen|kristendomen|kristendomen|kristendomen|christianity|katolisismen|katolicismen|jødedommen|jødedomen|judendomen|judaism|buddhismen|buddhism|hinduismen',
      'medlem|medlemmer|medlemmar|member|members av|i|of|in den|the? norske|svenska [kirke|kyrkan|kyrkja]',
      'medlem|medlemmer|medlemmar|member|members av|i|of|in [menigheten|menigheita|menighet|frikirken|trossamfunnet|trossamfunn|trossamfund|trossamfundet|moskeen|moskén|moskeen|synagogen|församlingen|forsamlingen|pinsemenigheten|pingstförsamlingen]',
      'hijab|hijaben|niqab|niqaben|burka|burkaen|kippa|kippah',
      'faster|fastar|fasting|fastar|faste under|i|during [ramadan|ramadanen]',
      '[religion|religionen|trostilhørighet|trustilhøyrsle|livssyn|livssynet] hans|hennes|hennar|hens|their|his|her',
      'hans|hennes|hennar|hens|their|his|her|sin [religion|trostilhørighet|livssyn]',
    ],
    not: [
      TOPIC,
      '[muslimsk|muslimske|jødisk|jødiske|judisk|judiska|katolsk] gravfelt|gravplass|gravplats|kirkegård|begravningsplats|gravlund',
      'kristen|kristne|christian [tro] og|och|and',
    ],
  },
  {
    code: 'special-category.political',
    patterns: [
      '[medlem|medlemmer|medlemmar|medlemskap|partimedlem|member|members|aktiv|active] av|i|of|in|for the? arbeiderpartiet|arbeidarpartiet|ap|høyre|frp|fremskrittspartiet|framstegspartiet|sv|sosialistisk|senterpartiet|sp|krf|kristelig|kristeleg|venstre|mdg|miljøpartiet|rødt|raudt|socialdemokraterna|moderaterna|sverigedemokraterna|sd|centerpartiet|vänsterpartiet|kristdemokraterna|liberalerna|miljöpartiet|labour|conservative|conservatives|tories|partiet|parti|nazistpartiet|nmr|nordiska',
      '[partimedlem|partimedlemmen|partimedlemskap|partimedlemskapet|partimedlemskapen|partibok|partiboka|partiboken]',
      'stemmer|stemte|stemmar|stemde|stemt|røyster|røystar|røysta|röstar|röstade|röstat|votes|voted|vote på|for|pa the? [arbeiderpartiet|arbeidarpartiet|ap|høyre|frp|fremskrittspartiet|sv|senterpartiet|sp|krf|venstre|mdg|rødt|raudt|socialdemokraterna|moderaterna|sverigedemokraterna|sd|centerpartiet|vänsterpartiet|kristdemokraterna|liberalerna|miljöpartiet|labour|conservative|conservatives|tories]',
      'er|var|är|is|was|a [nazist|nynazist|kommunist|fascist|anarkist|nazi|communist|nynazistisk|høyreekstrem*|högerextrem*|venstreekstrem*|vänsterextrem*]',
      'hans|hennes|hennar|hens|his|her|their|sitt|sin politiske|politiska|political [syn|ståsted|overbevisning|övertygelse|tilhørighet|tillhörighet|views|affiliation|standpunkt|sympatier]',
    ],
  },
  {
    code: 'special-category.ethnicity',
    patterns: [
      'etnisk|etniske|etniska|ethnic [bakgrunn|bakgrunnen|bakgrund|bakgrunden|opprinnelse|opphav|ursprung|ursprunget|tilhørighet|tilhørsle|tillhörighet|origin|background|identity|identitet]',
      'etnisitet|etnisiteten|etnicitet|etniciteten|ethnicity',
      'hudfarge|hudfargen|hudfarve|hudfärg|hudfärgen',
      'skin [colour|color]',
      'samisk*|kvensk*|romani|romsk*|somalisk*|kurdisk*|pakistansk*|afghansk*|eritreisk*|eritreansk*|syrisk*|polsk*|arabisk*|afrikansk*|irakisk*|iransk*|turkisk*|tyrkisk*|vietnamesisk*|filippinsk*|litauisk*|rumensk*|rumänsk*|ukrainsk*|etiopisk*|sudanesisk*|marokkansk*|marockansk*|somali|kurdish|pakistani|afghan|eritrean|syrian|polish|arab|african|iraqi|iranian|turkish|sami|roma [bakgrunn|bakgrunnen|bakgrund|bakgrunden|opprinnelse|opphav|ursprung|herkomst|härkomst|avstamning|avstamming|origin|background|descent|heritage]',
      'han|hun|ho|hon|he|she er|var|är|is|was [same|rom|romani|tater|kven|kvensk]',
      'rasetilhørighet|rasetillhörighet|rasetilhøyrsle',
      'his|her|their|hans|hennes|hennar [race|rase]',
    ],
    not: [TOPIC],
  },
  {
    code: 'special-category.sexual-orientation',
    patterns: [
      'homofil|homofile|homofilt|homofili|homofilien|homoseksuell*|homosexuell*|homosexual*|lesbisk|lesbiske|lesbiska|lesbe|lesben|lesber|lesbene|lesbian|lesbians|bifil|bifile|biseksuell*|bisexuell*|bisexual*|heterofil|heterofile|heterosexuell|gay',
      'transperson|transpersonen|transpersoner|transkjønnet|transkjønna|transkjønnede|transsexuell*|transseksuell*|transgender|kjønnsinkongruens|kjønnsdysfori|könsdysfori|könsinkongruens|kjønnsbekreftende|könsbekräftande|ickebinär|ickebinära|nonbinary',
      'ikke|ikkje|icke [binær|binære|binär|binära]',
      'non [binary]',
      'kom|kommet|kommit|came|come ut|out som|as [trans|queer|skeiv]',
      'hans|hennes|hennar|hens|his|her|their|sin|sitt seksuelle|sexuella|sexual [orientering|legning|läggning|orientation]',
    ],
    not: [TOPIC, '[gay] pride|parade|bar|club|street'],
  },
  {
    code: 'special-category.trade-union',
    patterns: [
      'fagforeningsmedlem*|fagforeiningsmedlem*|fagforeningsmedlemskap*|fagforeiningsmedlemskap*|fackmedlem*|fackföreningsmedlem*|fackmedlemskap*|fagforeningskontingent*|fagforeiningskontingent*|fackavgift*|fagorganisert|fagorganiserte',
      '[medlem|medlemmer|medlemmar|medlemskap|medlemskapet|member|membership|organisert|organisera|organiserad|organiserade|organised|organized] av|i|of|in fagforbundet|delta|utdanningsforbundet|fellesorganisasjonen|fo|sykepleierforbundet|nsf|legeforeningen|akademikerne|unio|lo|ys|parat|tekna|sjukepleiarforbundet|utdanningsforbundet|legeforeininga|nito|econa|samfunnsviterne|juristforbundet|fellesforbundet|naturviterne|lektorlaget|kommunal|vision|lärarförbundet|vårdförbundet|unionen|saco|tco|ledarna|fastighets|läkarförbundet|seko|ssr|akademikerförbundet|facket|fagforening|fagforeninga|fagforeningen|fagforeining|fagforeininga|fackförening|fackföreningen|fackförbund|fackförbundet|unison|unite|gmb',
      'medlem|member i|av|in|of sveriges [lärare|ingenjörer|arkitekter]',
      'medlem i [lärarnas] riksförbund',
      'med|medlem i [facket]',
      '[fackligt] ansluten|anslutna|organiserad|organiserade',
      'member|members of the [union]',
      '[union] member|membership|dues|subscription|subscriptions',
    ],
    not: [
      // "EU member states": not a trade union.
      'european|eu|african|soviet|credit|student|students|customs|postal [union]',
    ],
  },
  {
    code: 'special-category.genetic-biometric',
    patterns: [
      'gentest*|genanalys*',
      '[genetisk|genetiske|genetiska|genetic] test*|testing|testen|undersøk*|undersök*|utredning*|analys*|analyse|disposisjon*|disposition*|predisposition|veiledning*|vägledning*|screening|sekvensering*|sequencing|profil*|profile|result*|resultat*|mutasjon*|mutation*|sykdom*|sjukdom*|disease|disorder|lidelse*|liding*|avvik|variant|varianten',
      'dna [test*|prøve*|prøva|prov|provet|prover|analys*|profil*|sample|samples|profile|profiles|register*|spor|sporet|spår|spåret|treff]',
      'farskapstest*|farskapsundersøk*|farskapsundersök*|farskapssak*|faderskapstest*|faderskapsundersök*|farsskapstest*',
      'paternity [test|tests|testing]',
      '[arvelig|arvelege|arveleg|arvelige|ärftlig|ärftliga|hereditary|inherited] sykdom*|sjukdom*|lidelse*|liding*|disease|disorder|tilstand*|tilstånd*|sykdomsanlegg|anlegg|anlag',
      'fingeravtrykk*|fingeravtryck*|ansiktsgjenkjenning*|ansiktsgjenkjenning|ansiktsigenkänning*|irisskann*|irisskan*|håndflateskann*|handflatsskann*',
      '[biometrisk|biometriske|biometriska|biometric] data|opplysning*|uppgift*|identifisering|identifikasjon|identifiering|identification|mal|mall|template|templates|profil*|profile|kjennetegn|kännetecken',
      'facial [recognition]',
    ],
    not: [TOPIC, '[fingeravtrykksleser*|fingeravtryckläsare*|fingeravtrykkssensor*]'],
  },
  {
    code: 'special-category.criminal',
    patterns: [
      'straffedømt*|straffedømd*|straffedømde|domfelt|domfelte|domfelde|domfelld*|domfälld*|domfällts|domfälldes|convicted',
      '[straffet|straffa|straffad|straffades] for|för',
      '[dømt|dømd|dømde|dømte|dömd|dömda|dömdes|dömts|convicted|sentenced] for|för|of|til|till|to',
      'tidligere|tidlegare|tidigare [straffet|straffa|straffad|dømt|dømd|dömd|domfelt|domfälld|siktet|anmeldt]',
      'fengselsstraff*|fengselsdom*|fengslet|fengsla|varetektsfengsl*|häktad|häktade|häktades|häktning*|fängelsestraff*|fängelsedom*|fängslad*|fängslades|imprisonment|imprisoned|jailed|incarcerated',
      'prison [sentence]',
      'sitter|sit|satt|sat|sitta|sitt|suttet|is|was|been|serving|served i|på|in [fengsel|fengselet|fengsle|fengsla|fengslet|fängelse|fängelset|anstalt|anstalten|kriminalvårdsanstalt*|prison|jail|varetekt|häkte|häktet]',
      'soner|sonet|sona|sonar|sonade|sonat|avtjener|avtjente|avtjent|avtjenar|avtjänar|avtjänade|avtjänat|serving|served en|ei|ett|sin|sitt|a|his|her|their|et? [dom|dommen|domen|straff|straffen|sentence|fengselsstraff|fängelsestraff|ungdomsstraff]',
      '[siktet|sikta|sigtet|tiltalt|tiltala|tiltalte|tiltalad|tiltalade|åtalad|åtalade|åtalas|åtalats|misstänkt|misstänkta|misstänks|mistenkt|mistenkte|mistenkast|pågrepet|pågripen|pågripne|pågripne|anholdt|anhalden|gripen|gripne|greps|arrestert|arrestera|arresterad|arresterades|anmeldt|anmäld|anmälts|anmäldes|polisanmäld|polisanmält|politianmeldt|politimeldt] for|för',
      '[arrested|charged|accused|suspected|indicted|cautioned|convicted|sentenced|jailed|investigated|prosecuted] for|of|with assault|theft|fraud|murder|manslaughter|rape|robbery|burglary|violence|violent|drug|drugs|drunk|drink|shoplifting|stalking|harassment|abuse|sexual|domestic|possession|dealing|trafficking|a|an|arson|vandalism|criminal',
      'straffesak|straffesaka|straffesaken|straffesaker|brottmålet|brottmålsdom*|brottmålsrättegång*',
      'criminal [record|records|case|conviction|convictions|charges|history|offence|offense|proceedings]',
      '[kriminell|kriminelle|kriminella|kriminelt] fortid|bakgrunn|bakgrund|historikk|historik|belastning|belastad|handling|handlinger|handlingar',
      'finnes|fins|finns|förekommer|registrert|registrerad|registrerat|står i|på [belastningsregistret|misstankeregistret|strafferegisteret|strafferegistret|straffregistret]',
      'anmerkning|anmerkningar|anmerkninger|merknad|merknader|merknadar på|i [politiattest*|politiattesten|vandelsattest*]',
      'besøksforbud*|kontaktforbud*|besöksförbud*|kontaktförbud*|fotlenke*|fotboja*|samfunnsstraff*|ungdomsstraff*|samhällstjänst*|skyddstillsyn*|narkotikadom*|voldsdom*|drapsdom*|våldsdom*',
      'betinget|ubetinget|villkorlig|villkorligt|suspended [dom|dommen|fengsel|fängelse|sentence]',
      'restraining [order]',
    ],
    not: [
      '[dømt|dømd|dømde|dømte|dömd|dömda|doomed|convicted|sentenced] til|till|to å|att|fail|mislykkes|misslyckas|undergang|undergång',
      '[suspected] of|for being|spam|phishing|malware|virus|fraud',
      '[charged] with a|an|the|interest|fee|fees|vat|tax',
    ],
  },
  {
    code: 'special-category.child-welfare',
    patterns: [
      'barnevernssak*|barnevernsak*|barnevernstiltak*|barneverntiltak*|barnevernsmelding*|barnevernmelding*|barnevernsundersøk*|barnevernundersøk*|barnevernsvedtak*|barnevernvedtak*|barnevernsbarn|barnevernbarn|barnevernsinstitusjon*|barneverninstitusjon*|barnevernsplass*|undersøkelsessak*|undersøkingssak*|omsorgsovertakelse*|omsorgsovertaking*|omsorgsovertatt|akuttplassering*|akuttplassert*|akuttvedtak*|bekymringsmelding*|bekymringsmeldt',
      'fosterhjem*|fosterheim*|fosterforeld*|fosterbarn*|beredskapshjem*|beredskapsheim*|familjehem|familjehemmet|familjehemsplacer*|jourhem|jourhemmet|jourhemsplacer*',
      'meldt|meld|meldte|meldet|sendt|sendte|varslet|varsla|overført|overførd|overlevert|anmält|anmälde|anmälts|orosanmält|orosanmälde til|till [barnevernet|barneverntjenesten|barnevernstjenesten|barnevernstenesta|barneverntenesta|barneverntjenesta|barnevernstjenesta|socialtjänsten|socialnämnden|socialen|soc|barnavården]',
      '[barnevernet|barneverntjenesten|barnevernstjenesten|barnevernstenesta|barneverntenesta|socialtjänsten|socialnämnden] har|hadde|skal|har no? overtatt|overteke|overtok|plassert|plasserte|akuttplassert|henlagt|henla|undersøkt|undersøker|undersøkjer|undersøkje|omplassert|flyttet|flytta|omhändertagit|placerat|placerade|inlett|utreder|utredde',
      'sak|saka|saken|tiltak|vedtak|hjelpetiltak|tiltakene|tiltaka i|hos|fra|frå|med [barnevernet|barneverntjenesten|barnevernstjenesten|barnevernstenesta|barneverntenesta]',
      'orosanmäl*|lvu|omhändertagen|omhändertagna|omhändertogs|skyddsbedömning*|barnavårdsutredning*|barnavårdsärende*|vårdnadsöverflytt*',
      'omedelbart [omhändertagande|omhändertagandet]',
      '[omhändertagande|omhändertagandet] av|enligt barnet|barnen|flickan|pojken|sonen|dottern|lvu',
      'placerad|placerade|placerat|placeras|placerades|placerats|placera|plassert|plasserte|plasseres|plassering i|på|hos [hvb|stödboende*|släktinghem*|nätverkshem*|institusjon]',
      'hvb [hem|hemmet]',
      "child|children's protection|welfare|protective [case|investigation|plan|order|referral|report|concern|concerns|proceedings]",
      'taken|placed into|in [care]',
      'care [order|proceedings]',
      '[foster] placement|care|home|family|parents|child|children',
    ],
    not: [
      // Recruitment campaigns and the services' own names.
      'bli|blir|blitt|vurderer|vurdere|rekruttering|rekruttere|rekrutterer|trenger|treng|søker|søkjer|söker|behöver|become|becoming|være|vara|vere|som|as|nye|flere|fleire|fler [fosterhjem*|fosterheim*|familjehem*|jourhem*|beredskapshjem*|beredskapsheim*|fosterforeld*|foster]',
      '[fosterhjem*|fosterheim*|familjehem*|jourhem*|beredskapshjem*|fosterforeld*|foster] søkes|søkjast|sökes|kampanje*|kampanj*|kurs|kursene|opplæring*|tjeneste*|teneste*|tjenesten|avdeling*|avdelning*|veiledning|veileder*|konsulent*|konsulenter|sekreterare|team|teamet|carer|carers|recruitment|forening|foreningen|föreningen|dag|dagen|dagar',
      '[fosterhjemstjeneste*|fosterheimstenest*|fosterhjemsrekrutt*|fosterheimsrekrutt*|fosterhjemskampanj*|fosterhjemsavdeling*|fosterhjemsteam*|fosterhjemsveiled*|fosterhjemsforening*|familjehemsenhet*|familjehemssekreterare*|familjehemsrekryt*|familjehemsvård|fosterforeldreforening*|fosterhjemskonsulent*|fosterheimskonsulent*]',
      'gör|gjør|gjer|skriver|skriv|sender|skickar|lager|lagar man en|ei|ett? [orosanmäl*|bekymringsmelding*]',
      // Statistics about reports, not a report.
      'antall|antallet|talet|antal|antalet|andel|andelen|number|flere|fleire|fler|færre|färre [orosanmälningar|orosanmälningarna|bekymringsmeldinger|bekymringsmeldingene|bekymringsmeldingar|bekymringsmeldingane]',
      '[orosanmälningar|orosanmälningarna|bekymringsmeldinger|bekymringsmeldingene|bekymringsmeldingar|bekymringsmeldingane] har|hadde|økte|auka|ökade|ökat|ökar|økt|minket|minka|minskade|minskat|gikk|gjekk|per|i|under',
      'läs|lär|information|info|utbildning|föreläsning|kurs|mer om [lvu]',
      'kurs|kurset|opplæring|skjema|skjemaet|rutine|rutinen|rutiner|veileder|veiledning|informasjon|information|mal|blankett|om|for|före|før|hvordan|korleis|hur [bekymringsmelding*|orosanmäl*]',
    ],
  },
  {
    code: 'special-category.social-assistance',
    patterns: [
      'økonomisk|økonomiske? [sosialhjelp*|sosialstønad*|sosialhjelpsmottak*|kvalifiseringsstønad*|kvalifiseringsprogram*|kvalifiseringsprogrammet]',
      'stønad|stønaden|stønadar|stønader til [livsopphold|livsopphald|husleie|husleige|strøm|straum|depositum|boutgifter|buutgifter|livsoppholdet]',
      'försörjningsstöd*|socialbidrag*',
      'ekonomiskt [bistånd|biståndet]',
      'beviljad|beviljat|beviljats|beviljades|beviljas|nekad|nekats|nekades|avslag|avslaget|ansökan|ansöker|ansökt|ansökte|får|fått|uppbär|har på|om? [bistånd|biståndet|försörjningsstöd|försörjningsstödet]',
      '[bistånd|biståndet] enligt|enl 4',
      'social [assistance|welfare] benefits|payments|recipient|recipients|claim|claims|$',
      'on [welfare]',
    ],
    not: [
      'sats|satser|satsene|satsane|normen|veileder|veiledaren|rundskriv|rundskrivet|retningslinjer|retningsliner|regelverk|regelverket|rutine|rutiner|rutinar|budsjett|budsjettet|utgifter|utgiftene|riktlinjer|riktlinjerna|normer|normerna|statistikk|statistik|søknader|søknadar|ansökningar|kostnader|kostnaden|kostnadene for|til|om|i|på økonomisk|økonomiske? [_]',
      '[sosialhjelpssats*|sosialhjelpsnorm*|sosialhjelpsbudsjett*|sosialhjelpsutgift*|sosialhjelpsutgifter*|sosialhjelpsstatistikk*|socialbidragsnorm*|försörjningsstödsnorm*]',
      '[assistance|welfare] policy|policies|system|state|reform|spending',
    ],
  },
];
