import type { RuleSource } from './types';

/*
 * Threats and harassment (R11, seed 003 "Hot och trakasserier").
 *
 * - `threat.violence`: threats of harm, explicit ("jeg skal drepe deg",
 *   "jag ska spränga kommunhuset") or veiled ("vi vet var du bor", "du kommer
 *   att ångra dig", "pass deg!").
 * - `threat.harassment`: insults, slurs, hate speech, telling someone to die.
 *
 * Phrases, not words: a verb fires only with a first-person subject, a modal
 * and an object ("drepe tiden", "killer app", "bombesikker", "sprenge fjell
 * for ny vei", "pass deg for glatt føre", "jeg slår deg på tråden" stay
 * quiet). Negation breaks the phrase because the words must be adjacent
 * ("I will not hurt you").
 */

const SUBJ = 'jeg|eg|vi|me|jag|i|we';
const MODAL = 'skal|ska|skall|vil|vill|will|shall|gonna|kan|må';
const ADV =
  'nok|jo|fan|faen|fanden|jævlig|jävligt|virkelig|faktisk|personlig|really|fucking|bara|bare|altså|definitivt|definitely|sgu|ju|banne';
const HARM =
  'drepe|drepa|myrde|myrda|mörda|döda|kill|murder|skyte|skjote|skyta|skjuta|shoot|knivstikke|knivstikka|knivhugga|stab|hugga|hurt|skade|skada|harm|kverke|kvele|strype|strypa|strangle|choke|torturere|tortera|torture|voldta|voldtek|våldta|rape|mishandle|misshandla';
const HARM_NOW = 'dreper|drep|dödar|mördar|skyter|skjuter|knivstikker';
const OBJ =
  'deg|dere|dykk|dokk|dig|er|you|henne|ham|han|honom|ho|dei|dem|them|him|her|alle|alla|everyone|everybody|sjefen|chefen|kona|barna|ungane|ungene|barnen|familien|familjen';
const BUILDING =
  'rådhuset|rådhus|kommunehuset|kommunhuset|stadshuset|kontoret|kontorene|kontora|kontoren|skolen|skolan|skulen|skula|bygget|bygningen|byggnaden|huset|kommunen|nav|town|city|office|offices|school|building|council|dere|deg|dig|er|dykk|you|alle|alla|everyone|$';

const INSULT =
  'idiot|idioten|idioter|hore|hora|horer|horor|fitte|fitta|kuk|kukk|kuksuger|kuksugar|jævel|jävel|svin|kjerring|kärring|luder|neger|negrer|homo|homse|soper|pakkis|svarting|blatte|bitch|whore|cunt|slut|moron|retard|faggot|dick|asshole|bastard|rasshøl|rasshol|drittsekk|dritsekk|skitstövel|fittkärring|psykopat|mongo|cp|subhuman';
const INSULT_ADJ =
  'jævla|jævlige|jævlig|jävla|forbanna|forbannede|dumme|dum|fordømte|satans|faens|helvetes|fucking|stupid|bloody|dirty|feite|feita|fat|ugly|stygge|lille|lilla|little|sick|ekle|äckliga';

export const THREAT: readonly RuleSource[] = [
  {
    code: 'threat.violence',
    patterns: [
      `${SUBJ} ${MODAL} ${ADV}? [${HARM}] ${OBJ}`,
      `i'll|ill|we'll|i'd|we'd ${ADV}? [${HARM}] ${OBJ}`,
      `i'm|im|we're|i|we am|are? going|gonna to? [${HARM}] ${OBJ}`,
      `${SUBJ} kommer|kjem til|att å? ${ADV}? [${HARM}] ${OBJ}`,
      `${SUBJ} [${HARM_NOW}] ${OBJ}`,
      `${SUBJ} ${MODAL} ${ADV}? [slå] ${OBJ} ihjel|ihjäl|ihel|i`,
      `${SUBJ} ${MODAL} ${ADV}? ta [livet] av ${OBJ}`,
      `${SUBJ} ${MODAL} ${ADV}? [ta|få|finne|finna|hitta|find|get] deg|dig|dere|er|dykk|you $`,
      // Arson and explosives against people or buildings.
      `${SUBJ} ${MODAL}|kommer ${ADV}? [spreng*|spräng*|bombe|bomba|bomb|brenne|brenna|bränna|burn|blow|torch] up|opp|upp|ned|ner|down|i? hele|hela|heile|the? ${BUILDING}`,
      'en|ei|ett|a|an [bombe|bomb|bomben|sprengladning|sprängladdning|explosive|explosives|pipebombe|rörbomb] i|på|under|inne|in|at|on|ved|vid|inside|utenfor|utanför|outside',
      'bombetrussel*|bombtrussel*|bombhot*|bombehot*|bombetrugsmål*',
      'bomb [threat|threats|scare]',
      // Veiled threats.
      `${SUBJ} vet|veit|know|knows hvor|kor|var|where du|dere|dykk|ni|you [bor|bur|live|lives|bo]`,
      'du|dere|dykk|ni|you kommer|kjem til|att å? [angre|angra|ångra] deg|dig|dykk|dere|er?',
      'du|dere|dykk|ni|you skal|ska|skall|vil|will|shall|gonna få? [angre|angra|ångra|regret]',
      "you'll|youll|you're|youre going? to? [regret]",
      'du|dere|dykk|ni|you skal|ska|skall|will|shall|gonna få? [betale|betala|svi|sota|pay] for|för? dette|detta|det|this|that|it? $',
      '[pass] deg|dere|dykk|dokk $|ellers|nå|du|din|dere|jævel|jævla|faen|fordi',
      '[akta] dig|er $|annars|nu|du|din|jävel|jävla',
      'watch your [back] $',
      'du|dere|dykk|ni|you skal|ska|skall|will|shall|gonna [dø|døy|dö|die]',
      'du|dere|dykk|ni kommer|kjem til|att å? [dø|døy|dö]',
      "you're|youre|you are going|gonna to? [die]",
      "du|you're|youre|you er|är|are? [død|daud|död|dead] $|meat",
      `${SUBJ} ${MODAL} ${ADV}? [skyte|skyta|skjuta|shoot] opp|upp|up ${BUILDING}`,
    ],
    not: [
      '[regret|angre|angra|ångra] not|ikke|ikkje|inte|never|å|att|at|to',
      'som|like en|ei|ett|a? [bombe|bomb]',
      // "jeg slår deg på tråden" is a phone call.
      '[slå] deg|dig|dere|er på|pa tråden|tråd',
    ],
  },
  {
    code: 'threat.harassment',
    patterns: [
      `din|di|ditt|dine|you ${INSULT_ADJ}? [${INSULT}]`,
      `du|dere|dykk|ni|you er|är|are|is en|ei|ett|a|an|ein|eit? ${INSULT_ADJ}? [${INSULT}]`,
      `you're|youre|ur a|an? ${INSULT_ADJ}? [${INSULT}]`,
      `[jævla|jævlige|jävla|fucking|forbanna|satans|helvetes|faens|fordømte] ${INSULT}`,
      'fitte|fitta|fittor|cunt|cunts|faggot|faggots|neger|negrer|negern|nigger|niggers|nigga|pakkis|pakkiser|svarting|svartinger|blatte|blattar|blattarna|kuksuger|kuksugar|hore|horer|hora|horor|luder|soper|homse',
      'dra|drag|drit|go|gå|far|dro|stikk til|åt|to [helvete|hælvete|hell|fanden|helsike|hells]',
      '[faen|fan|fanden] ta deg|dig|dere|er|dykk',
      '[fuck|fck|fuk|fucking] you|off|deg|dig|dere|u|yourself',
      'drit og [dra]',
      '[hold|hald|håll] kjeft|kjeften|käften|käft|truten|trut|kjæften',
      'shut the [fuck] up',
      '[drep|döda|kill|heng|häng|hang] deg|dig|dykk|er|yourself|yourselves selv|sjølv|själv|$',
      'du|dere|ni|you burde|bør|borde|should|ought|fortjener|fortener|förtjänar|deserve|deserves å|att|to? [dø|døy|dö|die|brenne|brinna|burn|råtne|ruttna|rot]',
      'jeg|eg|jag|i|vi|we håper|vonar|hoppas|hope|wish|ønsker du|dere|ni|you [dør|døyr|dör|die|dies|dreps|brenner|råtner]',
      `jeg|eg|jag|i|vi|we [hater|hatar|hate] deg|dykk|dere|dig|er|you|muslimer|muslimar|jøder|jødar|judar|innvandrere|innvandrarar|invandrare|homofile|homosexuella|svarte|negrer|muslims|jews|immigrants|gays|alle|alla`,
      'dra|reis|reise|åk|res|åka|resa|go|dro|drag|flytt|flytta hjem|heim|hem|home|tilbake|tillbaka|back til|till|to ditt|din|your|deres|dykkar|era eget|eige|egna|eget|egen|own? [land|country|landet|hjemland|hjemlandet|heimland|hemland|hemlandet]',
      'send|sende|skicka|skick|sendt|skickat me|meg|mig|oss? [nakenbilder|nakenbilde|nakenbild|nakenbilder|nakenbilete|nakenbilde|nudes|nude]',
    ],
    not: [
      // "jeg skal drepe deg" is a threat (above), not an order to die.
      `${SUBJ}|${MODAL}|å|att|to|kommer|kjem ${ADV}? [drep|döda|kill|heng|häng|hang]`,
    ],
  },
];
