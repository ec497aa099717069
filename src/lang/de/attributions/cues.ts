/**
 * German reporting verbs with their stance. A verb is listed by its finite
 * forms (main clause word order); separable verbs name their particle, which
 * follows later in the clause ("teilte … mit") or is joined in verb-final
 * clauses ("mitteilte") and participles ("mitgeteilt").
 */
import type { Stance } from '../../../types.js';

export interface CueVerb {
  /** Finite forms: "sagte", "sagten", "sagt". */
  forms: readonly string[];
  /** Words that must follow later in the clause, in order, each one of its alternatives: [["mit"]] for "teilte … mit". */
  then?: readonly (readonly string[])[];
  /** Forms used after an auxiliary or modal, or joined with their particle at the end of a clause: "gesagt", "mitteilte". */
  nonFinite?: readonly string[];
  /** Past participles, which also make the passive ("wurde … gefordert"). */
  participles?: readonly string[];
  /** Also an ordinary verb ("erwartet", "rechnet mit"): a reporting cue only with a known source noun, name or pronoun. */
  weak?: boolean;
  /** News verbs ("berichtet"): a lone unknown name reporting is an outlet ("berichtet Techblick"). */
  news?: boolean;
  /** The clause must be negated ("reagierten nicht", "Weder … noch … reagierten"). */
  negated?: boolean;
  /** Reports only what it quotes: "nannte die Zahlen „aus der Luft gegriffen“" (an opening quote follows in the sentence). */
  quoted?: boolean;
  /**
   * Forms written after the first word of `then` as a separate word in verb-final clauses and after an
   * auxiliary, which then belongs to the cue: "wie die Bank bekannt gab", "bekannt gegeben", "davon ausgegangen".
   */
  detached?: readonly string[];
  /** The last word of `then` is a separable particle, which closes its clause: "teilte am Montag mit," but not "teilte mit seinem Bruder". */
  particle?: boolean;
  /** Words in its clause that make it an act, not speech: "schrieb Geschichte", "führt die Tabelle an". */
  notWith?: readonly string[];
  /** The judgement after its last `then` word belongs to the cue, and a placeholder "es" after the verb: "hält es für unwahrscheinlich". */
  predicate?: boolean;
  /** In the passive its subject is the speaker: "„…“, wird der Trainer im „Kicker“ zitiert". */
  passiveSpeaker?: boolean;
  /** In the perfect its `then` words stand before the participle and belong to the cue: "hat sich bereit erklärt", "hat sich … geäußert". */
  reflexivePerfect?: boolean;
  /**
   * Its `nonFinite` forms report only with its `then` words before them in the clause, which belong to the cue:
   * "hat die Auffassung vertreten", "ist zu dem Ergebnis gekommen" ("hat die Firma vertreten" reports nothing).
   */
  objectPerfect?: boolean;
  /** Only as a passive with its agent: "wurde von der Ministerin als unrealistisch bezeichnet". */
  passiveOnly?: boolean;
  /**
   * Words one of which stands before the finite verb in its clause, as the object put first, which belongs to the
   * cue; the subject follows the verb: "Eine Stellungnahme lehnte das Unternehmen ab".
   */
  fronted?: readonly string[];
  stance: Stance;
}

/** The verb with words that, in its clause, make it an act rather than speech. */
function unless(words: string, cue: CueVerb): CueVerb {
  return { ...cue, notWith: words.trim().split(/\s+/) };
}

/** A plain verb: finite forms, then participles. */
function verb(stance: Stance, forms: string, nonFinite = ''): CueVerb {
  const participles = nonFinite ? nonFinite.split(' ') : [];
  return { forms: forms.split(' '), nonFinite: participles, participles, stance };
}

/** A verb that reports only with a recognizable speaker. */
/** Judgements that deny what they judge, as written (adjectives lower-case, nouns capitalized). */
export const DENIAL_JUDGEMENTS = ['falsch', 'unwahr', 'haltlos', 'unzutreffend', 'unbegründet', 'gegenstandslos', 'erfunden', 'irreführend',
  'Unsinn', 'Spekulation', 'Spekulationen', 'Falschmeldung', 'Falschmeldungen', 'Fake', 'Lüge', 'Lügen'];

function weak(cue: CueVerb): CueVerb {
  return { ...cue, weak: true };
}

/**
 * A separable verb: "teilte … mit", "mitteilte", "mitgeteilt". A particle of
 * two words ("davon aus") joins the verb with its last word only, the first
 * standing apart before it: "geht davon aus", "davon ausgeht", "davon ausgegangen".
 */
function separable(stance: Stance, particle: string, forms: string, participle: string): CueVerb {
  const finite = forms.split(' ');
  const words = particle.split(' ');
  if (words.length > 1) {
    const last = words[words.length - 1]!;
    const apart = participle.slice(participle.lastIndexOf(' ') + 1);
    return { forms: finite, then: words.map((p) => [p]), nonFinite: [], participles: [], particle: true, detached: [...finite.map((f) => last + f), apart], stance };
  }
  const joined = finite.map((f) => particle + f);
  const detached = DETACHABLE.has(particle) && participle.startsWith(particle) ? [...finite, participle.slice(particle.length)] : undefined;
  return { forms: finite, then: [[particle]], nonFinite: [...joined, participle], participles: [participle], particle: true, detached, stance };
}

/** Particles also written apart from a verb at the end of its clause ("bekannt gab" beside "bekanntgab"). */
const DETACHABLE: ReadonlySet<string> = new Set(['bekannt', 'fest', 'klar', 'deutlich']);

/** A verb with its prepositional object: "sprach von einem Erfolg", "rechnet mit Verlusten". */
function withObject(stance: Stance, preposition: string, forms: string, participle: string): CueVerb {
  return { forms: forms.split(' '), then: [[preposition]], nonFinite: [participle], participles: [participle], stance };
}

export const CUE_VERBS: readonly CueVerb[] = [
  separable('asserts', 'aus', 'sagte sagten sagt', 'ausgesagt'),
  separable('asserts', 'voraus', 'sagte sagten sagt', 'vorausgesagt'),
  separable('asserts', 'zu', 'sagte sagten sagt', 'zugesagt'),
  verb('asserts', 'sagte sagten sagt sagen', 'gesagt'),
  // "erklärte sich bereit, …": the reflexive and its adjective belong to the cue.
  { forms: ['erklärte', 'erklärten', 'erklärt'], then: [['sich'], ['bereit']], nonFinite: ['erklärt'], reflexivePerfect: true, stance: 'asserts' },
  verb('asserts', 'erklärte erklärten', 'erklärt'),
  weak(verb('asserts', 'erklärt erklären')),
  { ...verb('asserts', 'berichtete berichteten berichtet berichten', 'berichtet'), news: true },
  unless('Insolvenz Konkurs', { ...verb('asserts', 'meldete meldeten meldet melden', 'gemeldet'), news: true }),
  // "schreibt der Regierung die Schuld zu": the noun of the judgement belongs to the cue.
  { forms: ['schrieb', 'schrieben', 'schreibt'], then: [['Verdienst', 'Schuld', 'Verantwortung'], ['zu']], particle: true, stance: 'asserts' },
  // "schrieb einen Verlust", "schreibt rote Zahlen": a company's result, not a text.
  unless('Geschichte Zahlen Buch Roman Musik Drehbuch Lied Songs Oper Theaterstück Verlust Verluste Gewinn Gewinne Defizit Überschuss Minus Plus',
    verb('asserts', 'schrieb schrieben schreibt schreiben', 'geschrieben')),
  verb('asserts', 'betonte betonten betont betonen', 'betont'),
  verb('asserts', 'unterstrich unterstrichen unterstreicht unterstreichen', 'unterstrichen'),
  verb('asserts', 'erläuterte erläuterten erläutert erläutern', 'erläutert'),
  verb('asserts', 'meinte meinten meint meinen', 'gemeint'),
  weak(verb('asserts', 'glaubt glaubte glauben glaubten')),
  weak(verb('asserts', 'erwartet erwartete erwarten erwarteten', 'erwartet')),
  weak(verb('asserts', 'befürchtet befürchtete befürchten befürchteten fürchtet fürchtete fürchten', 'befürchtet')),
  verb('asserts', 'warnte warnten warnt warnen', 'gewarnt'),
  // Before the verb alone, which would take "forderte … auf" without its particle: the first verb that matches is the cue.
  weak(separable('asserts', 'auf', 'forderte forderten fordert', 'aufgefordert')),
  unless('Todesopfer Opfer Tote Toten Menschenleben Verletzte Verletzten Leben', weak(verb('asserts', 'forderte forderten fordert fordern', 'gefordert'))),
  weak(verb('asserts', 'kritisierte kritisierten kritisiert kritisieren', 'kritisiert')),
  verb('asserts', 'behauptete behaupteten behauptet behaupten', 'behauptet'),
  verb('asserts', 'versicherte versicherten versichert versichern', 'versichert'),
  verb('asserts', 'bekräftigte bekräftigten bekräftigt bekräftigen', 'bekräftigt'),
  weak(verb('asserts', 'schätzte schätzten schätzt schätzen', 'geschätzt')),
  weak(verb('asserts', 'bezifferte bezifferten beziffert beziffern', 'beziffert')),
  verb('asserts', 'verkündete verkündeten verkündet verkünden', 'verkündet'),
  verb('asserts', 'twitterte twitterten twittert twittern', 'getwittert'),
  verb('asserts', 'argumentierte argumentierten argumentiert argumentieren'),
  verb('asserts', 'ergänzte ergänzten ergänzt ergänzen', 'ergänzt'),
  verb('asserts', 'entgegnete entgegneten entgegnet entgegnen', 'entgegnet'),
  verb('asserts', 'antwortete antworteten antwortet antworten', 'geantwortet'),
  weak(verb('asserts', 'vermutet vermutete vermuten vermuteten', 'vermutet')),
  weak(verb('asserts', 'prognostiziert prognostizierte prognostizierten prognostizieren', 'prognostiziert')),
  weak(verb('asserts', 'begründete begründeten begründet begründen', 'begründet')),
  verb('asserts', 'mahnte mahnten mahnt mahnen', 'gemahnt'),
  weak(verb('asserts', 'beklagte beklagten beklagt beklagen', 'beklagt')),
  unless('Feldes Platzes Landes', weak(verb('asserts', 'verwies verwiesen verweist verweisen', 'verwiesen'))),
  weak(verb('asserts', 'zitiert zitierte zitierten zitieren')),
  { forms: [], nonFinite: ['zitiert'], passiveSpeaker: true, stance: 'asserts' },
  { forms: ['äußerte', 'äußerten', 'äußert', 'äußern'], then: [['sich']], nonFinite: ['geäußert'], reflexivePerfect: true, stance: 'asserts' },
  { forms: ['ist', 'sind', 'war', 'waren', 'zeigte', 'zeigten', 'zeigt'], then: [['überzeugt', 'zuversichtlich']], stance: 'asserts' },
  separable('asserts', 'mit', 'teilte teilten teilt teilen', 'mitgeteilt'),
  separable('asserts', 'bekannt', 'gab gaben gibt geben', 'bekanntgegeben'),
  separable('asserts', 'an', 'kündigte kündigten kündigt kündigen', 'angekündigt'),
  unless('Ton Tempo Gas Richtung', separable('asserts', 'an', 'gab gaben gibt geben', 'angegeben')),
  separable('asserts', 'hin', 'wies wiesen weist weisen', 'hingewiesen'),
  unless('Auftrag Befehl Anschlag Angriff Angriffe Operation Tat Arbeiten Reparatur Reparaturen', separable('asserts', 'aus', 'führte führten führt führen', 'ausgeführt')),
  separable('asserts', 'hinzu', 'fügte fügten fügt fügen', 'hinzugefügt'),
  separable('asserts', 'vor', 'schlug schlugen schlägt schlagen', 'vorgeschlagen'),
  separable('asserts', 'klar', 'stellte stellten stellt stellen', 'klargestellt'),
  separable('asserts', 'fest', 'stellte stellten stellt stellen', 'festgestellt'),
  separable('asserts', 'hervor', 'hob hoben hebt heben', 'hervorgehoben'),
  separable('asserts', 'vor', 'warf warfen wirft werfen', 'vorgeworfen'),
  separable('asserts', 'davon aus', 'geht gehen ging gingen', 'davon ausgegangen'),
  // "gehen von einem Totalschaden aus"
  { ...separable('asserts', 'aus', 'geht gehen ging gingen', 'ausgegangen'), then: [['von', 'vom'], ['aus']], nonFinite: [], participles: [] },
  weak(withObject('asserts', 'mit', 'rechnet rechnen rechnete rechneten', 'gerechnet')),
  weak(separable('asserts', 'auf', 'rief riefen ruft rufen', 'aufgerufen')),
  weak(verb('asserts', 'verteidigte verteidigten verteidigt verteidigen', 'verteidigt')),
  verb('asserts', 'schilderte schilderten schildert schildern', 'geschildert'),
  verb('asserts', 'erzählte erzählten erzählt erzählen', 'erzählt'),
  verb('asserts', 'beteuerte beteuerten beteuert beteuern', 'beteuert'),
  verb('asserts', 'präzisierte präzisierten präzisiert präzisieren', 'präzisiert'),
  verb('asserts', 'erwiderte erwiderten erwidert erwidern', 'erwidert'),
  verb('asserts', 'konterte konterten kontert kontern', 'gekontert'),
  verb('asserts', 'konstatierte konstatierten konstatiert konstatieren', 'konstatiert'),
  verb('asserts', 'resümierte resümierten resümiert resümieren', 'resümiert'),
  verb('asserts', 'bilanzierte bilanzierten bilanziert bilanzieren', 'bilanziert'),
  verb('asserts', 'monierte monierten moniert monieren', 'moniert'),
  verb('asserts', 'plädierte plädierten plädiert plädieren', 'plädiert'),
  verb('asserts', 'scherzte scherzten scherzt scherzen', 'gescherzt'),
  { ...verb('asserts', 'vermeldete vermeldeten vermeldet vermelden', 'vermeldet'), news: true },
  weak(verb('asserts', 'informierte informierten informiert informieren', 'informiert')),
  weak(verb('asserts', 'verriet verrieten verrät verraten', 'verraten')),
  weak(verb('asserts', 'lobte lobten lobt loben', 'gelobt')),
  weak(verb('asserts', 'würdigte würdigten würdigt würdigen', 'gewürdigt')),
  weak(verb('asserts', 'rügte rügten rügt rügen', 'gerügt')),
  weak(verb('asserts', 'bedauerte bedauerten bedauert bedauern', 'bedauert')),
  weak(verb('asserts', 'versprach versprachen verspricht versprechen', 'versprochen')),
  weak(verb('asserts', 'verlangte verlangten verlangt verlangen', 'verlangt')),
  weak(verb('asserts', 'empfahl empfahlen empfiehlt empfehlen', 'empfohlen')),
  weak(verb('asserts', 'hofft hoffte hoffen hofften')),
  weak(verb('asserts', 'erinnerte erinnerten erinnert erinnern', 'erinnert')),
  weak(verb('asserts', 'spekulierte spekulierten spekuliert spekulieren', 'spekuliert')),
  weak(verb('asserts', 'mutmaßte mutmaßten mutmaßt mutmaßen', 'gemutmaßt')),
  { ...verb('asserts', 'rief riefen ruft'), quoted: true },
  weak(withObject('asserts', 'mit', 'drohte drohten droht', 'gedroht')),
  weak(verb('asserts', 'protestierte protestierten protestiert protestieren', 'protestiert')),
  weak(verb('asserts', 'beantragte beantragten beantragt beantragen', 'beantragt')),
  // A judgement that denies what it judges: "bezeichnete den Bericht als falsch", "nannte die Berichte „haltlos“".
  { forms: ['bezeichnete', 'bezeichneten', 'bezeichnet'], then: [['als'], DENIAL_JUDGEMENTS], stance: 'denies' },
  { forms: ['nannte', 'nannten', 'nennt'], then: [DENIAL_JUDGEMENTS], stance: 'denies' },
  weak({ forms: ['bezeichnete', 'bezeichneten', 'bezeichnet'], then: [['als']], stance: 'asserts' }),
  weak({ forms: ['machte', 'machten', 'macht'], then: [['verantwortlich']], stance: 'asserts' }),
  { forms: ['beschwerte', 'beschwerten', 'beschwert', 'beschweren'], then: [['sich']], stance: 'asserts' },
  { forms: ['übte', 'übten', 'übt', 'üben'], then: [['Kritik']], nonFinite: ['geübt'], objectPerfect: true, stance: 'asserts' },
  { forms: ['erhob', 'erhoben', 'erhebt', 'erheben'], then: [['Vorwürfe', 'Vorwurf', 'Einspruch', 'Forderung', 'Forderungen', 'Kritik']], nonFinite: ['erhoben'], objectPerfect: true, stance: 'asserts' },
  weak({ forms: ['bat', 'baten', 'bittet'], then: [['um']], nonFinite: ['gebeten'], participles: ['gebeten'], stance: 'asserts' }),
  weak({ forms: ['betrachtet', 'betrachtete', 'betrachten', 'betrachteten'], then: [['als']], stance: 'asserts' }),
  weak({ forms: ['wertete', 'werteten', 'wertet'], then: [['als']], stance: 'asserts' }),
  { forms: ['vertritt', 'vertrat', 'vertraten', 'vertreten'], then: [['Ansicht', 'Auffassung', 'Meinung', 'Position', 'These', 'Standpunkt']], nonFinite: ['vertreten'], objectPerfect: true, stance: 'asserts' },
  { forms: ['ist', 'sind', 'war', 'waren'], then: [['der'], ['Ansicht', 'Auffassung', 'Meinung', 'Überzeugung']], stance: 'asserts' },
  { forms: ['brachte', 'brachten', 'bringt', 'bringen'], then: [['zum'], ['Ausdruck']], nonFinite: ['gebracht'], objectPerfect: true, stance: 'asserts' },
  { forms: ['wagte', 'wagten', 'wagt'], then: [['Prognose', 'Vorhersage']], nonFinite: ['gewagt'], objectPerfect: true, stance: 'asserts' },
  { forms: ['stellte', 'stellten', 'stellt'], then: [['in'], ['Aussicht']], nonFinite: ['gestellt'], objectPerfect: true, stance: 'asserts' },
  { forms: ['stellte', 'stellten', 'stellt'], then: [['infrage']], nonFinite: ['gestellt'], objectPerfect: true, stance: 'denies' },
  { forms: ['stellte', 'stellten', 'stellt'], then: [['in'], ['Frage']], nonFinite: ['gestellt'], objectPerfect: true, stance: 'denies' },
  { forms: ['gab', 'gaben', 'gibt'], then: [['zu'], ['bedenken', 'verstehen']], nonFinite: ['gegeben'], objectPerfect: true, stance: 'asserts' },
  { forms: ['ließ', 'ließen', 'lässt'], then: [['wissen', 'verlauten', 'mitteilen', 'ausrichten', 'erklären', 'verbreiten', 'ankündigen', 'bekanntgeben', 'bestätigen', 'dementieren']], stance: 'asserts' },
  separable('asserts', 'deutlich', 'machte machten macht machen', 'deutlichgemacht'),
  separable('asserts', 'klar', 'machte machten macht machen', 'klargemacht'),
  separable('asserts', 'an', 'deutete deuteten deutet deuten', 'angedeutet'),
  separable('asserts', 'an', 'merkte merkten merkt merken', 'angemerkt'),
  separable('asserts', 'ein', 'wandte wandten wendet wenden', 'eingewandt'),
  separable('asserts', 'zusammen', 'fasste fassten fasst fassen', 'zusammengefasst'),
  weak(separable('asserts', 'an', 'regte regten regt', 'angeregt')),
  unless('Tabelle Liste Rangliste Wertung Gesamtwertung Feld Spitze Charts Mannschaft Delegation Gruppe Team', weak(separable('asserts', 'an', 'führte führten führt', 'angeführt'))),
  verb('asserts', 'appellierte appellierten appelliert appellieren', 'appelliert'),
  verb('asserts', 'kommentierte kommentierten kommentiert kommentieren', 'kommentiert'),
  separable('asserts', 'aus', 'sprach sprachen spricht sprechen', 'ausgesprochen'),
  weak(withObject('asserts', 'von', 'sprach sprachen spricht sprechen', 'gesprochen')),
  separable('asserts', 'zu', 'sicherte sicherten sichert sichern', 'zugesichert'),
  separable('asserts', 'entgegen', 'trat traten tritt treten', 'entgegengetreten'),
  // "stellten die These auf, dass …": the claim's noun belongs to the cue.
  { forms: ['stellte', 'stellten', 'stellt'], then: [['Theorie', 'These', 'Hypothese', 'Behauptung', 'Vermutung', 'Prognose'], ['auf']], particle: true, stance: 'asserts' },
  unless('Rekord Weltrekord Bestmarke Mannschaft Team Kandidaten Kandidatin Liste Zelte', weak(separable('asserts', 'auf', 'stellte stellten stellt', 'aufgestellt'))),
  weak(separable('asserts', 'an', 'sah sahen sieht', 'angesehen')),
  weak({ forms: ['hält', 'halten', 'hielt', 'hielten'], then: [['für']], predicate: true, stance: 'asserts' }),
  weak({ ...verb('asserts', 'nannte nannten nennt', 'genannt'), quoted: true }),
  weak({ ...verb('asserts', 'bezeichnete bezeichneten bezeichnet', 'bezeichnet'), quoted: true }),
  // The agent of "als … bezeichnet" reports the sentence: "Die Pläne wurden vom Verband als überzogen bezeichnet".
  { forms: [], nonFinite: ['bezeichnet'], participles: ['bezeichnet'], passiveOnly: true, weak: true, stance: 'asserts' },
  { forms: ['kam', 'kamen', 'kommt', 'kommen'], then: [['Ergebnis', 'Schluss', 'Schluß']], nonFinite: ['gekommen'], objectPerfect: true, stance: 'asserts' },
  weak(verb('asserts', 'bezweifelte bezweifelten bezweifelt bezweifeln', 'bezweifelt')),
  unless('Gäste Besucher Zuschauer Teilnehmer Fans', weak(verb('asserts', 'begrüßte begrüßten begrüßt begrüßen', 'begrüßt'))),
  weak(verb('asserts', 'verglich verglichen vergleicht vergleichen')),
  weak(verb('asserts', 'bemängelte bemängelten bemängelt bemängeln', 'bemängelt')),
  weak(verb('asserts', 'beschuldigte beschuldigten beschuldigt beschuldigen', 'beschuldigt')),
  weak(verb('asserts', 'attackierte attackierten attackiert attackieren', 'attackiert')),
  weak(verb('asserts', 'riet rieten rät raten')),
  weak(verb('asserts', 'urteilte urteilten urteilt urteilen', 'geurteilt')),
  weak(verb('asserts', 'entschied entschieden entscheidet', 'entschieden')),
  weak(verb('asserts', 'beschloss beschlossen beschließt', 'beschlossen')),
  weak({ forms: ['charakterisierte', 'charakterisierten', 'charakterisiert'], then: [['als']], stance: 'asserts' }),
  verb('asserts', 'bekundete bekundeten bekundet bekunden', 'bekundet'),
  weak(verb('asserts', 'skandierte skandierten skandiert skandieren', 'skandiert')),
  { forms: ['äußerte', 'äußerten', 'äußert'], then: [['Zweifel', 'Bedenken', 'Besorgnis', 'Sorge', 'Hoffnung', 'Verständnis', 'Vermutung', 'Kritik']], stance: 'asserts' },
  verb('asserts', 'wiederholte wiederholten wiederholt wiederholen'),
  verb('asserts', 'verdeutlichte verdeutlichten verdeutlicht verdeutlichen', 'verdeutlicht'),
  weak(verb('asserts', 'signalisierte signalisierten signalisiert signalisieren')),
  verb('asserts', 'folgerte folgerten folgert folgern', 'gefolgert'),
  verb('asserts', 'schlussfolgerte schlussfolgerten schlussfolgert schlussfolgern', 'geschlussfolgert'),
  verb('asserts', 'prophezeite prophezeiten prophezeit prophezeien', 'prophezeit'),
  weak(verb('asserts', 'enthüllte enthüllten enthüllt enthüllen', 'enthüllt')),
  weak(verb('asserts', 'beschrieb beschrieben beschreibt beschreiben', 'beschrieben')),
  weak(verb('denies', 'leugnete leugneten leugnet leugnen', 'geleugnet')),
  weak(verb('asserts', 'zweifelte zweifelten zweifelt zweifeln')),
  weak(verb('asserts', 'tadelte tadelten tadelt tadeln', 'getadelt')),
  weak(verb('asserts', 'ermahnte ermahnten ermahnt ermahnen', 'ermahnt')),
  weak(verb('asserts', 'drängte drängten drängt drängen', 'gedrängt')),
  weak(separable('asserts', 'an', 'bot boten bietet', 'angeboten')),
  separable('asserts', 'dar', 'legte legten legt legen', 'dargelegt'),
  // "hielt an ihrem Kurs fest" clings to something.
  unless('an am', weak(separable('asserts', 'fest', 'hielt hielten hält', 'festgehalten'))),
  weak({ ...separable('asserts', 'fest', 'legte legten legt', 'festgelegt'), participles: [] }),
  weak(separable('asserts', 'heraus', 'stellte stellten stellt', 'herausgestellt')),
  weak(separable('asserts', 'vor', 'rechnete rechneten rechnet', 'vorgerechnet')),
  { forms: ['beharrte', 'beharrten', 'beharrt', 'beharren', 'bestand', 'bestanden', 'besteht', 'bestehen', 'pochte', 'pochten', 'pocht', 'pochen'], then: [['darauf']],
    nonFinite: ['beharrt', 'bestanden', 'gepocht'], objectPerfect: true, stance: 'asserts' },
  { forms: ['nahm', 'nahmen', 'nimmt', 'nehmen', 'bezog', 'bezogen', 'bezieht', 'beziehen'], then: [['Stellung']], nonFinite: ['genommen', 'bezogen'], objectPerfect: true, stance: 'asserts' },
  { forms: ['gab', 'gaben', 'gibt'], then: [['zu'], ['Protokoll']], nonFinite: ['gegeben'], objectPerfect: true, stance: 'asserts' },
  { forms: ['machte', 'machten', 'macht', 'machen'], then: [['geltend']], stance: 'asserts' },
  weak(verb('asserts', 'unterstellte unterstellten unterstellt unterstellen', 'unterstellt')),
  separable('confirms', 'ein', 'gestand gestanden gesteht gestehen', 'eingestanden'),
  weak(verb('confirms', 'gestand gesteht')),
  weak(verb('asserts', 'klagte klagten klagt klagen')),
  verb('asserts', 'wetterte wetterten wettert wettern', 'gewettert'),
  verb('asserts', 'verlautbarte verlautbarten verlautbart verlautbaren', 'verlautbart'),
  separable('asserts', 'entgegen', 'hielt hielten hält halten', 'entgegengehalten'),
  separable('asserts', 'an', 'fügte fügten fügt fügen', 'angefügt'),
  weak({ forms: ['sieht', 'sah', 'sehen', 'sahen'], then: [['darin']], stance: 'asserts' }),
  { forms: ['war', 'ist', 'waren', 'sind'], then: [['zu'], ['hören', 'lesen', 'erfahren', 'vernehmen']], stance: 'asserts' },
  weak({ ...verb('asserts', 'erfuhr erfuhren erfährt'), news: true }),
  { forms: ['stellte', 'stellten', 'stellt'], then: [['in'], ['Abrede']], stance: 'denies' },
  { forms: ['wies', 'wiesen', 'weist'], then: [['von'], ['sich']], stance: 'denies' },
  separable('confirms', 'ein', 'räumte räumten räumt räumen', 'eingeräumt'),
  separable('confirms', 'zu', 'gab gaben gibt geben', 'zugegeben'),
  verb('confirms', 'bestätigte bestätigten bestätigt bestätigen', 'bestätigt'),
  { forms: ['entschuldigte', 'entschuldigten', 'entschuldigt'], then: [['sich']], stance: 'confirms' },
  verb('denies', 'bestritt bestritten bestreitet bestreiten', 'bestritten'),
  verb('denies', 'dementierte dementierten dementiert dementieren', 'dementiert'),
  verb('denies', 'widersprach widersprachen widerspricht widersprechen', 'widersprochen'),
  verb('denies', 'verneinte verneinten verneint verneinen', 'verneint'),
  separable('denies', 'zurück', 'wies wiesen weist weisen', 'zurückgewiesen'),
];

/** Verbs whose quoted judgement is what they say: "nannte die Berichte „haltlos“" (the judgement decides the stance). */
export const JUDGING_VERBS = ['nannte', 'nannten', 'nennt', 'bezeichnete', 'bezeichneten', 'bezeichnet'];
const REQUESTS = ['Anfrage', 'Anfragen', 'Bitte', 'Bitten', 'Fragen', 'Kommentaranfrage', 'Kommentaranfragen'];
const STATEMENTS = ['Stellungnahme', 'Stellungnahmen', 'Kommentar', 'Äußerung', 'Auskunft', 'Auskünfte', 'Angaben'];

/** Declining to comment: checked before the verbs above, so "äußerte sich nicht" is not "äußerte sich". */
export const DECLINE_VERBS: readonly CueVerb[] = [
  { forms: ['wollte', 'wollten', 'will', 'wollen'], then: [['äußern', 'kommentieren', 'Stellung']], negated: true, stance: 'declines' },
  // Not confirming nor denying is declining: "wollte die Zahlen nicht bestätigen", "weder bestätigen noch dementieren".
  { forms: ['wollte', 'wollten', 'will', 'wollen', 'konnte', 'konnten', 'kann', 'können'], then: [['bestätigen', 'dementieren', 'bestreiten', 'kommentieren']], negated: true, stance: 'declines' },
  { forms: ['bestätigte', 'bestätigten', 'bestätigt', 'dementierte', 'dementierten', 'dementiert', 'bestritt', 'bestritten', 'bestreitet'], then: [['nicht']], notWith: ['nur'], stance: 'declines' },
  { forms: ['äußerte', 'äußerten', 'äußert'], then: [['sich'], ['nicht']], stance: 'declines' },
  { forms: ['lehnte', 'lehnten', 'lehnt'], then: [STATEMENTS, ['ab']], stance: 'declines' },
  { forms: ['lehnte', 'lehnten', 'lehnt'], then: [['ab'], ['äußern', 'kommentieren']], stance: 'declines' },
  { forms: ['lehnte', 'lehnten', 'lehnt'], fronted: STATEMENTS, then: [['ab']], stance: 'declines' },
  { forms: ['reagierte', 'reagierten', 'reagiert', 'antwortete', 'antworteten', 'antwortet'], then: [REQUESTS], negated: true, stance: 'declines' },
  { forms: ['reagierte', 'reagierten', 'reagiert'], then: [['nicht']], stance: 'declines' },
  { forms: ['ließ', 'ließen', 'lässt'], then: [REQUESTS, ['unbeantwortet']], stance: 'declines' },
  // "ließ offen, ob …": leaving the question open is not answering it.
  { forms: ['ließ', 'ließen', 'lässt'], then: [['offen']], stance: 'declines' },
  { forms: ['gab', 'gaben', 'gibt'], then: [['keinen', 'keine'], STATEMENTS, ['ab']], stance: 'declines' },
  { forms: ['war', 'waren', 'ist', 'sind'], then: [['nicht'], ['erreichbar']], stance: 'declines' },
];

/**
 * Nouns for what someone said that frame the statement after them with their
 * speaker in the genitive: "die Forderung des Verbands, die Steuern zu senken".
 */
export const STATEMENT_CUE_NOUNS = ['Forderung', 'Forderungen', 'Ankündigung', 'Behauptung', 'Behauptungen', 'Aussage', 'Warnung',
  'Vorwurf', 'Vorwürfe', 'Versprechen', 'Vorschlag', 'Appell', 'Aufforderung', 'Einschätzung', 'Zusage', 'Drohung'];

/** Separable particles that may end a clause introducing a quotation: "griff den Minister an: „…“". */
export const QUOTE_PARTICLES = ['an', 'auf', 'aus', 'ein', 'fest', 'hin', 'hinzu', 'vor', 'zu', 'zurück', 'entgegen', 'fort'];

/** A phrase that announces a quotation whatever the verb: "lobte er mit den Worten: „…“". */
export const QUOTE_ANNOUNCERS = ['mit den Worten', 'mit folgenden Worten', 'mit dem Satz', 'mit der Bemerkung', 'mit der Begründung', 'mit dem Hinweis', 'mit dem Argument'];

/** Words that negate a clause, for `negated` cues. */
export const NEGATIONS = ['nicht', 'weder', 'noch nicht', 'nie', 'niemand', 'keiner', 'keine', 'keinen'];

/** Auxiliaries of the passive: "wurde mitgeteilt" names no speaker in its subject. */
export const PASSIVE_AUXILIARIES = ['wird', 'werden', 'wurde', 'wurden', 'worden'];

/**
 * Forms of "sein" that make a state passive with the participle of a verb whose perfect takes "haben": the subject
 * is who was called on, not who spoke ("Die Bürger sind aufgerufen, Wasser zu sparen", "Jetzt ist der Rat gefordert").
 */
export const STATE_PASSIVE_AUXILIARIES = ['ist', 'sind', 'war', 'waren', 'sei', 'seien', 'wäre', 'wären'];

/** Cue participles whose perfect takes "sein" ("ist … entgegengetreten", "ist zu dem Ergebnis gekommen"): active after "ist". */
export const SEIN_PERFECT_PARTICIPLES = ['entgegengetreten', 'gekommen', 'ausgegangen'];

/** Auxiliaries of the subjunctive passive with a past participle ("würden … bekanntgegeben"); with an infinitive they are active ("würden … hinweisen"). */
export const SUBJUNCTIVE_PASSIVE_AUXILIARIES = ['würde', 'würden'];

/** Finite auxiliaries and modals that carry a participle or infinitive cue ("hat … mitgeteilt"). */
export const AUXILIARIES = ['hat', 'haben', 'hatte', 'hatten', 'habe', 'hätte', 'hätten', 'ist', 'sind', 'war', 'waren', 'sei', 'seien',
  'will', 'wollte', 'wollten', 'wird', 'werden', 'werde', 'würde', 'würden', 'kann', 'konnte', 'könne', 'soll', 'sollte', 'muss', 'musste'];

/** Participles of asserting cues: "Außerdem wurde mehr Geld gefordert" reports what someone said. */
export const ASSERTING_PARTICIPLES: ReadonlySet<string> = new Set(
  CUE_VERBS.filter((v) => v.stance === 'asserts').flatMap((v) => v.participles ?? []).filter((p) => !p.includes(' ')),
);

/** Every form of every reporting verb, lower-cased: a sentence holding one reports for a subject of its own. */
export const CUE_WORDS: ReadonlySet<string> = new Set(
  // A participle that reports only with its object ("gekommen" of "zu dem Ergebnis gekommen") is no cue word alone.
  CUE_VERBS.flatMap((v) => [...v.forms, ...(v.objectPerfect ? [] : v.nonFinite ?? [])]).filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()),
);

/**
 * Verbs by which a document reports what it found: "Eine Studie zeigt, dass …",
 * "Das ergab eine Umfrage", "wie Daten der Notenbank zeigen", "Die Auswertung
 * hat ergeben, dass …". They also mean showing and yielding anything ("Apple
 * zeigte das Gerät"), so they report only with a document as their subject.
 */
export const FINDING_VERBS = {
  finite: ['zeigt', 'zeigte', 'zeigen', 'zeigten', 'ergab', 'ergibt', 'ergaben', 'belegt', 'belegte', 'belegen', 'belegten'],
  /** After an auxiliary of the perfect right before them: "hat ergeben", "haben gezeigt". */
  participles: ['gezeigt', 'ergeben', 'belegt'],
  auxiliaries: ['hat', 'haben', 'hatte', 'hatten'],
  /** A reflexive after the verb makes it no report: "Es zeigt sich", "Daraus ergab sich". */
  reflexive: 'sich',
} as const;

/**
 * An outlet quoting someone with their words: "Die Zeitung zitierte den
 * Minister mit den Worten, …". The one quoted said it; the outlet reports it.
 */
export const QUOTED_WITH_WORDS = {
  verbs: ['zitiert', 'zitierte', 'zitierten', 'zitieren'],
  /** What opens the quoted words after the one quoted, as lower-cased words. */
  phrases: [['mit', 'den', 'worten'], ['mit', 'folgenden', 'worten'], ['mit', 'der', 'aussage'], ['mit', 'dem', 'satz'], ['mit', 'der', 'einschätzung'], ['mit', 'der', 'bemerkung']],
} as const;
