/**
 * English words that say what kind of source a phrase names, and the function
 * words that bound a source phrase.
 */

/** Personal pronouns, resolved to an earlier source. */
export const PERSON_PRONOUNS: readonly string[] = ['he', 'she', 'him'];
/** Words that say a source is a woman or a man, so that "she" does not resolve to "the spokesman". */
export const FEMININE_WORDS: readonly string[] = ['she', 'spokeswoman', 'chairwoman', 'businesswoman', 'congresswoman', 'woman', 'mrs', 'ms', 'miss', 'lady'];
export const MASCULINE_WORDS: readonly string[] = ['he', 'spokesman', 'chairman', 'businessman', 'congressman', 'man', 'mr', 'sir', 'lord'];

/** Words before a verb that carry on the clause's subject ("and said", "but told"). */
export const COORDINATING_WORDS: readonly string[] = ['and', 'but', 'then', 'while', 'before', 'after', 'by', 'when'];

export const PLURAL_PRONOUNS: readonly string[] = ['they', 'we', 'them'];
export const THING_PRONOUNS: readonly string[] = ['it'];
/** Forms of "be": "it was" after a cue is an "it" of no one ("said it was too early"). */
export const BE_WORDS: readonly string[] = ['is', 'was', 'were', 'be', "'s", '’s', 'are', 'been'];
/** Modals before "be": "said it would be hard". */
export const MODAL_WORDS: readonly string[] = ['would', 'will', 'could', 'can', 'may', 'might', 'should', 'must'];
/** The possessive of a thing or body: "Nike said its sales rose". */
export const THING_POSSESSIVES: readonly string[] = ['its'];

/** Spokespeople, named or not: "a spokeswoman for Goldman Sachs", "Fed spokesman". */
export const SPOKESPERSON_WORDS: readonly string[] = [
  'spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople', 'spokespersons',
  'representative', 'representatives', 'press secretary', 'press officer', 'mouthpiece',
];

/** Unnamed people in the plural: anonymous. */
export const ANONYMOUS_PLURAL_WORDS: readonly string[] = [
  'analysts', 'traders', 'sources', 'people', 'persons', 'officials', 'experts', 'economists', 'executives', 'dealers',
  'bankers', 'insiders', 'investors', 'observers', 'critics', 'diplomats', 'lawyers', 'attorneys', 'residents',
  'witnesses', 'researchers', 'scientists', 'ministers', 'members', 'employees', 'workers', 'voters', 'managers',
  'strategists', 'brokers', 'advisers', 'advisors', 'aides', 'lawmakers', 'legislators', 'senators', 'leaders',
  'supporters', 'opponents', 'activists', 'protesters', 'officers', 'authorities', 'negotiators', 'regulators',
  'delegates', 'participants', 'consumers', 'customers', 'users', 'students', 'teachers', 'doctors', 'scholars',
  'historians', 'pollsters', 'forecasters', 'specialists', 'consultants', 'directors', 'staffers', 'staff',
  'republicans', 'democrats', 'conservatives', 'liberals', 'others', 'some', 'many', 'most', 'several', 'few',
  'both', 'all', 'economist', 'watchers', 'commentators', 'campaigners', 'unions', 'farmers', 'shareholders',
  'creditors', 'bondholders', 'industrialists', 'businessmen', 'chiefs', 'candidates', 'politicians',
  'republican', 'americans', 'respondents', 'parents', 'women', 'men', 'fans', 'donors', 'agents',
];

/** Shares of a group, as polls report them: "half said", "two-thirds of voters say", "a majority of Democrats". */
export const SHARE_WORDS: readonly string[] = [
  'half', 'majority', 'majorities', 'minority', 'plurality', 'percent', 'third', 'thirds', 'quarter', 'quarters',
  'one-third', 'two-thirds', 'one-quarter', 'three-quarters', 'one-fifth', 'two-fifths', 'three-fifths', 'four-fifths',
];

/** Words before a number that belong to its phrase: "about 4 in 10 say", "nearly half said". */
export const APPROXIMATION_WORDS: readonly string[] = ['about', 'nearly', 'almost', 'roughly', 'around', 'over', 'only', 'just'];

/** A single unnamed source, counted as one: "a source close to the talks". */
/** Words that put a body in a source's past: "a former Pentagon official", "formerly of Intel". */
export const PAST_AFFILIATION_WORDS: readonly string[] = ['former', 'formerly', 'ex', 'onetime', 'erstwhile'];

export const ANONYMOUS_SINGULAR_WORDS: readonly string[] = ['source', 'insider', 'person', 'individual'];

/** A single unnamed but described individual: "a company official", "the judge". */
export const PERSON_ROLE_WORDS: readonly string[] = [
  'official', 'analyst', 'executive', 'economist', 'expert', 'lawyer', 'attorney', 'minister', 'chairman',
  'chairwoman', 'chair', 'president', 'director', 'manager', 'officer', 'chief', 'ceo', 'cfo', 'coo', 'adviser',
  'advisor', 'secretary', 'governor', 'senator', 'trader', 'dealer', 'banker', 'correspondent', 'professor',
  'researcher', 'scientist', 'strategist', 'judge', 'leader', 'founder', 'owner', 'partner', 'head', 'diplomat',
  'aide', 'candidate', 'mayor', 'lawmaker', 'congressman', 'congresswoman', 'premier', 'chancellor',
  'broker', 'consultant', 'investor', 'commissioner', 'ambassador', 'prosecutor', 'inspector',
  'editor', 'reporter', 'columnist', 'author', 'writer', 'activist', 'member', 'employee', 'worker', 'voter',
  'man', 'woman', 'resident', 'witness', 'businessman', 'businesswoman', 'politician', 'negotiator',
  'staffer', 'mogul', 'host', 'anchor', 'nominee', 'frontrunner', 'front-runner', 'hopeful', 'billionaire',
  'deputy', 'vice', 'under-secretary', 'undersecretary', 'administrator', 'commentator', 'constituent', 'delegate', 'veteran', 'treasurer', 'speaker', 'whip', 'representative', 'rep', 'sen', 'gov', 'mr', 'mrs', 'ms', 'dr',
];

/**
 * Words that name the field of an office, part of the title before a role
 * rather than a body: "Finance Minister", "Prime Minister", "Managing Director".
 */
export const OFFICE_FIELD_WORDS: readonly string[] = [
  'prime', 'finance', 'foreign', 'economy', 'economic', 'economics', 'trade', 'defence', 'defense', 'interior', 'home',
  'health', 'energy', 'environment', 'education', 'justice', 'labour', 'labor', 'transport', 'transportation',
  'agriculture', 'culture', 'commerce', 'industry', 'development', 'climate', 'housing', 'employment', 'digital',
  'managing', 'financial', 'operating', 'technology', 'information', 'marketing', 'investment', 'commercial',
];

/** Lower-case words inside a person's name: "Abdulaziz bin Salman", "Ursula von der Leyen". */
export const NAME_PARTICLES: readonly string[] = [
  'bin', 'bint', 'ibn', 'abu', 'al', 'el', 'de', 'da', 'di', 'del', 'della', 'dos', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'ter',
];

/** Titles before a name that are not part of it: "Mr Brown", "Sen. Ted Cruz". */
export const NAME_TITLES: readonly string[] = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sir', 'lord', 'lady',
  'president', 'senator', 'governor', 'judge', 'justice', 'rev', 'st', 'former', 'sr', 'jr',
];

/** Filings, reports, studies, statements: document sources. */
export const DOCUMENT_WORDS: readonly string[] = [
  'statement', 'statements', 'filing', 'filings', 'report', 'reports', 'study', 'studies', 'survey', 'surveys',
  'poll', 'polls', 'data', 'figures', 'document', 'documents', 'letter', 'memo', 'release', 'analysis',
  'estimate', 'estimates', 'results', 'records', 'article', 'prospectus', 'circular', 'notice', 'research',
  'review', 'audit', 'minutes', 'complaint', 'lawsuit', 'indictment', 'ruling', 'book', 'paper',
  'forecast', 'projections', 'statistics', 'numbers', 'index', 'census', 'findings', 'announcement', 'tweet',
  'post', 'message', 'email', 'transcript', 'testimony', 'website', 'budget', 'plan', 'proposal', 'bill',
];

/** Words for outlets: media sources ("the newspaper reported", "BBC correspondents"). */
export const MEDIA_WORDS: readonly string[] = [
  'newspaper', 'newspapers', 'magazine', 'broadcaster', 'network', 'outlet', 'outlets', 'agency', 'daily',
  'weekly', 'tabloid', 'correspondents', 'reporters', 'journalists', 'media', 'press', 'television', 'radio',
];

/** Common nouns for bodies speaking as themselves: "the company said". */
export const ORGANIZATION_WORDS: readonly string[] = [
  'company', 'firm', 'group', 'association', 'bank', 'ministry', 'government', 'department', 'board',
  'commission', 'committee', 'council', 'union', 'court', 'regulator', 'exchange', 'fund', 'consortium',
  'authority', 'administration', 'campaign', 'party', 'agency', 'institute', 'office', 'organisation',
  'organization', 'maker', 'manufacturer', 'producer', 'carrier', 'airline', 'retailer', 'lender', 'insurer',
  'operator', 'developer', 'supplier', 'utility', 'conglomerate', 'giant', 'unit', 'subsidiary', 'parent',
  'firms', 'companies', 'banks', 'governments', 'countries', 'nations', 'groups', 'parties', 'corporation',
  'team', 'club', 'university', 'school', 'hospital', 'police', 'army', 'military', 'senate', 'congress',
  'parliament', 'cabinet', 'treasury', 'house', 'state', 'city', 'country', 'nation', 'industry',
  'federation', 'coalition', 'alliance', 'foundation', 'center', 'centre', 'network', 'service', 'bureau',
  'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'automakers', 'carmakers', 'chipmakers', 'drugmakers',
];

/**
 * Body nouns of a business, not a public body: "a company spokesman", "a
 * board spokesman" speak for the last company that spoke or was named, when
 * no earlier body's name has the noun.
 */
/**
 * Nouns for a kind of public body: "the ministry" or "Germany's economy
 * ministry" means a body whose name has the noun ("Ministry of Finance"),
 * never just the body named last ("the European Commission"). Not
 * "agency": a rating, news or advertising agency is a company.
 */
export const PUBLIC_BODY_WORDS: readonly string[] = [
  'ministry', 'department', 'commission', 'committee', 'council', 'court', 'regulator', 'authority', 'administration',
  'institute', 'office', 'government', 'parliament', 'tribunal',
];

/** Body nouns in the plural: "the companies said" names several bodies, never just the one named last. */
export const PLURAL_BODY_WORDS: readonly string[] = [
  'firms', 'companies', 'banks', 'governments', 'countries', 'nations', 'groups', 'parties', 'automakers', 'carmakers', 'chipmakers', 'drugmakers',
];

/** Nouns for bodies that are no business: "the union" is never the company it bargains with. */
export const NON_BUSINESS_BODY_WORDS: readonly string[] = ['union', 'unions', 'association', 'federation', 'party'];

export const COMPANY_WORDS: readonly string[] = [
  'company', 'firm', 'board', 'group', 'bank', 'maker', 'manufacturer', 'producer', 'carrier', 'airline', 'retailer', 'lender', 'insurer',
  'operator', 'developer', 'supplier', 'conglomerate', 'giant', 'unit', 'subsidiary', 'parent', 'corporation',
  'automaker', 'carmaker', 'chipmaker', 'drugmaker',
];

/**
 * Nouns that name only a business, never a public body, a think tank or a
 * campaign group (not "group", "board", "unit"): "the company said" after "The
 * SEC fined Google" is Google.
 */
export const BUSINESS_NOUNS: readonly string[] = [
  'company', 'firm', 'bank', 'maker', 'manufacturer', 'producer', 'carrier', 'airline', 'retailer', 'lender', 'insurer',
  'operator', 'developer', 'supplier', 'conglomerate', 'corporation', 'carmaker', 'automaker', 'chipmaker', 'drugmaker',
];

/** Capitalized words that mark a name as a body's: "Semiconductor Industry Association". */
export const ORGANIZATION_NAME_WORDS: readonly string[] = [
  'association', 'inc', 'corp', 'corporation', 'co', 'ltd', 'plc', 'llc', 'ag', 'bank', 'reserve', 'ministry',
  'department', 'group', 'council', 'commission', 'committee', 'party', 'union', 'university', 'institute',
  'agency', 'office', 'treasury', 'board', 'court', 'company', 'fund', 'government', 'administration', 'house',
  'congress', 'senate', 'parliament', 'bureau', 'authority', 'exchange', 'federation', 'foundation', 'center',
  'centre', 'organization', 'organisation', 'holdings', 'industries', 'systems', 'technologies', 'motors',
  'securities', 'partners', 'capital', 'research', 'police', 'fed', 'campaign', 'coalition', 'alliance', 'club',
  'airlines', 'airways', 'communications', 'electric', 'energy', 'pharmaceuticals', 'labs', 'network', 'service',
  'technology', 'materials', 'electronics', 'semiconductor', 'semiconductors', 'micro', 'devices', 'instruments',
  'software', 'networks', 'pharma', 'chemicals', 'steel', 'oil', 'petroleum', 'mining', 'automotive', 'insurance',
  'financial', 'bancorp', 'trust', 'brands', 'foods', 'media', 'entertainment', 'studios', 'robotics', 'solutions',
  'logistics', 'telecom', 'mobile', 'international', 'global', 'worldwide', 'investments', 'ventures', 'associates',
  'railways', 'shipping', 'power', 'resources', 'products', 'stores', 'motor', 'bros', 'sa', 'nv', 'se',
];

/** Capitalized words that mark a name as an outlet's: "The New York Times", "Fox News". */
export const MEDIA_NAME_WORDS: readonly string[] = [
  'times', 'post', 'journal', 'news', 'daily', 'tribune', 'herald', 'gazette', 'telegraph', 'guardian',
  'magazine', 'press', 'radio', 'television', 'tv', 'wire', 'chronicle', 'observer', 'review', 'weekly',
  'cnn', 'bbc', 'msnbc', 'nbc', 'cbs', 'abc', 'npr', 'reuters', 'bloomberg', 'politico', 'breitbart',
];

/** Number words for counting sources: "three people", "two officials". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['dozen', 12], ['both', 2],
]);

/** Participles that follow a source noun with their own phrase: "a report released on Monday". */
export const SOURCE_PARTICIPLES: readonly string[] = [
  'released', 'published', 'issued', 'conducted', 'filed', 'posted', 'obtained', 'compiled', 'prepared',
  'presented', 'submitted', 'sent', 'seen', 'made', 'carried', 'commissioned', 'distributed',
];

/** Boundary words that may still open the complement of a view verb: "wants to", "believes that", "thinks he". */
export const VIEW_COMPLEMENT_WORDS: readonly string[] = [
  'to', 'that', 'what', 'how', 'whether', 'why', 'if', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them',
  'us', 'me', 'more', 'less', 'only', 'even', 'also', 'not', 'there', 'very', 'much', 'just', 'no', 'now', 'still',
];

/** Determiners that open a source phrase. */
export const DETERMINERS: readonly string[] = [
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'some', 'many', 'several', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'one',
  'other', 'another', 'each', 'every', 'both', 'most', 'few', 'all', 'no',
];

/** Prepositions that open a sentence with a phrase of time or setting: "During the debate Trump said". */
export const OPENING_PREPOSITIONS: readonly string[] = ['in', 'on', 'at', 'during', 'after', 'before', 'since', 'following', 'throughout', 'amid'];

/** Prepositions that may stand inside a source phrase: "a spokeswoman for Goldman Sachs". */
export const PHRASE_PREPOSITIONS: readonly string[] = ['of', 'for', 'at', 'with', 'from', 'in', 'around', 'across'];

/**
 * Words that open a clause set off after a name, not an apposition: "Smith,
 * who chairs the panel, said", "Smith, at a news conference, said". The
 * clause tells when or where, not who ("of" and "from" describe: "Lisa Hale,
 * of the tenants union,").
 */
export const INSERTED_CLAUSE_OPENERS: readonly string[] = [
  'who', 'whose', 'which', 'at', 'in', 'on', 'during', 'after', 'before', 'while', 'when', 'since', 'upon', 'speaking',
];

/** Words whose "'s" is "is" or "has", not a possessive: "he's said", "that's", "there's". */
export const CONTRACTED_VERB_HOSTS: readonly string[] = [
  'he', 'she', 'it', 'that', 'this', 'there', 'here', 'what', 'who', 'where', 'when', 'how', 'why', 'everyone', 'nobody', 'no one',
];

/** Prepositions that name who made a document: "a report by the research firm Chipwise". */
export const MAKER_PREPOSITIONS: readonly string[] = ['by'];

/** Words after a source noun that take a prepositional phrase: "a person briefed on the talks". */
export const SOURCE_POSTMODIFIERS: readonly string[] = [
  'familiar', 'close', 'briefed', 'involved', 'knowledgeable', 'speaking', 'connected', 'linked', 'working',
];

/** Times that may stand between a subject and its verb: "Clinton on Tuesday said", "Smith earlier this week told". */
export const TIME_WORDS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month',
];
/** Words that lead into such a time: "on Tuesday", "late Monday", "earlier this week". */
export const TIME_LEAD_WORDS: readonly string[] = ['on', 'this', 'last', 'late', 'early', 'earlier', 'later', 'over', 'the'];

/** Auxiliary verbs: a clause goes on after them ("said the firm would"). */
export const AUXILIARY_WORDS: readonly string[] = [
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can',
  'could', 'should', 'may', 'might', 'must', 'shall',
];

/** Words that end a source phrase read leftwards from its verb. */
export const PHRASE_BOUNDARY_WORDS: readonly string[] = [
  'and', 'but', 'or', 'nor', 'so', 'yet', 'because', 'although', 'though', 'while', 'whereas', 'if', 'unless',
  'when', 'whenever', 'where', 'after', 'before', 'since', 'until', 'as', 'than', 'that', 'which', 'whom', 'whose',
  'what', 'why', 'how', 'in', 'on', 'by', 'to', 'into', 'onto', 'about', 'over', 'under', 'through', 'during',
  'against', 'between', 'among', 'without', 'within', 'across', 'behind', 'beyond', 'upon', 'via', 'per',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'not', 'also', 'however', 'meanwhile',
  'moreover', 'furthermore', 'instead', 'then', 'now', 'still', 'today', 'yesterday', 'tonight', 'tomorrow',
  'earlier', 'later', 'recently', 'previously', 'already', 'once', 'again', 'there', 'here', 'thus', 'therefore',
  'indeed', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'weekend',
  'year', 'month', 'day', 'morning', 'afternoon', 'evening', 'night', 'last', 'next', 'ago', 'even', 'just',
  'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'who', 'said', 'says', 'told',
  'like', 'unlike', 'despite', 'amid', 'including', 'whether', 'only', 'too', 'very', 'much', 'more', 'less',
  'finally', 'first', 'separately', 'additionally', 'overall', 'yes', 'no', 'well',
];

/**
 * Phrases right after the cue that make a described individual anonymous: "a
 * Walmart official said on condition of anonymity that …".
 */
export const ANONYMITY_AFTER_CUE: readonly string[] = [
  'on condition of anonymity', 'on the condition of anonymity', 'on condition of not being named',
  'on condition they not be named', 'on condition he not be named', 'on condition she not be named', 'anonymously',
];

/**
 * Words that make a described individual an anonymous source, in the source
 * phrase or the clause set off after it: "a senior official, speaking on
 * condition of anonymity, said", "…, who asked not to be named".
 */
export const ANONYMITY_MARKERS: readonly string[] = [
  'anonymity', 'anonymously', 'not to be named', 'not to be identified', 'not be named', 'not be identified',
  'declined to be named', 'declined to be identified', 'refused to be named', 'refused to be identified',
  'without being named', 'not authorized to speak', 'not authorised to speak', 'not authorized to discuss', 'not authorised to discuss',
];

