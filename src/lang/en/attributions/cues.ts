/**
 * English reporting cues: verbs of saying, writing, believing and stance, with
 * the stance they give. "Strong" verbs report speech whatever the subject is;
 * weak ones ("expects", "shows", "believes") only with a subject that can hold
 * a view (a person, a body, a document).
 */
import type { Stance } from '../../../types.js';

export interface CueVerb {
  forms: readonly string[];
  stance: Stance;
  /** Only people speak so: any noun before the verb is a source ("the billionaire says"). */
  speech: boolean;
  /** Forms that may stand before their subject: `"…," said Smith`. */
  invertible?: boolean;
  /** The -ing form that continues the clause's subject: "…, saying the deal was off". */
  participle?: string;
  /**
   * A view, wish or intention rather than speech ("wants", "believes"): inside
   * a quotation or beside a verb of speech it is part of what is reported, not
   * an attribution of its own.
   */
  view?: boolean;
  /** Judges what it names ("called the report false"): a judgement of DENIAL_JUDGEMENTS after it makes it a denial. */
  judges?: boolean;
  /**
   * Words right after the verb that make it no verb of speech: "is recalling
   * vehicles"; `number` for a count ("recalled 1.9 million").
   */
  notBefore?: { words: readonly string[]; number: boolean };
}

interface VerbOptions { stance?: Stance; speech?: boolean; invertible?: boolean }

/** `forms` are the finite forms, the last word after "|" the participle: "say says said|saying". */
const verb = (forms: string, { stance = 'asserts', speech = false, invertible = false }: VerbOptions = {}): CueVerb => {
  const [finite, participle] = forms.split('|');
  return { forms: finite!.split(' '), stance, speech, invertible, ...(participle ? { participle } : {}) };
};
/** A view verb: weak, and also a plain noun in some forms ("the plan", "his support"). */
const view = (forms: string): CueVerb => ({ ...verb(forms), view: true });
const SPEECH = { speech: true };
const SPOKEN = { speech: true, invertible: true };

export const CUE_VERBS: readonly CueVerb[] = [
  verb('say says said|saying', SPOKEN),
  verb('tell tells told|telling', SPEECH),
  verb('add adds added|adding', SPOKEN),
  verb('announce announces announced|announcing', { invertible: true }),
  verb('reports reported|reporting'),
  verb('write writes wrote|writing', SPOKEN),
  verb('notes noted|noting', SPOKEN),
  verb('stated|stating'),
  verb('claim claims claimed|claiming', { invertible: true }),
  verb('explain explains explained|explaining', SPOKEN),
  verb('argue argues argued|arguing', SPOKEN),
  verb('insist insists insisted|insisting', SPOKEN),
  verb('warn warns warned|warning', SPOKEN),
  verb('predict predicts predicted|predicting'),
  verb('estimate estimates estimated|estimating', { invertible: true }),
  verb('forecast forecasts forecasted'),
  verb('declare declares declared|declaring'),
  verb('assert asserts asserted|asserting'),
  verb('stress stresses stressed|stressing'),
  verb('emphasize emphasizes emphasized emphasise emphasises emphasised|emphasizing'),
  verb('reply replies replied|replying', SPOKEN),
  verb('respond responds responded|responding', SPEECH),
  verb('answers answered|answering', SPEECH),
  verb('continue continues continued', { invertible: true }),
  verb('ask asks asked|asking', SPOKEN),
  verb('urge urges urged|urging', SPEECH),
  // "Ford is recalling 1.9 million vehicles": a product recall, not a memory.
  { ...verb('recall recalls recalled|recalling', SPOKEN), notBefore: { words: ['vehicles', 'cars', 'trucks', 'products', 'models', 'units', 'devices'], number: true } },
  verb('conclude concludes concluded|concluding'),
  verb('tweets tweeted|tweeting', SPOKEN),
  verb('testify testifies testified|testifying', SPEECH),
  verb('complain complains complained|complaining', SPEECH),
  verb('criticize criticizes criticized criticise criticises criticised|criticizing'),
  verb('praise praises praised|praising'),
  verb('welcome welcomes welcomed|welcoming'),
  verb('contend contends contended|contending', SPEECH),
  verb('observe observes observed', { invertible: true }),
  verb('remarked', SPEECH),
  verb('mention mentions mentioned|mentioning'),
  verb('promise promises promised|promising', SPEECH),
  verb('pledge pledges pledged|pledging'),
  verb('vow vows vowed|vowing', SPEECH),
  verb('accuse accuses accused|accusing'),
  verb('allege alleges alleged|alleging'),
  verb('charge charges charged'),
  verb('suggest suggests suggested|suggesting'),
  verb('propose proposes proposed'),
  verb('recommend recommends recommended|recommending'),
  verb('caution cautions cautioned|cautioning', SPEECH),
  verb('joke jokes joked|joking', SPOKEN),
  verb('quip quips quipped', SPOKEN),
  verb('boast boasts boasted|boasting', SPEECH),
  verb('disclose discloses disclosed'),
  verb('reveal reveals revealed'),
  verb('indicate indicates indicated'),
  verb('signal signals signalled signaled'),
  verb('describe describes described|describing'),
  verb('defend defends defended|defending'),
  verb('cite cites cited|citing'),
  verb('quote quotes quoted'),
  { ...verb('calls called|calling'), judges: true },
  verb('expect expects expected'),
  verb('show shows showed'),
  verb('find finds found'),
  verb('agree agrees agreed'),
  // Views and wishes ("voters want a ban", "she believes", "the senator refused"); a past wish
  // ("he wanted a") narrates, and a plan of one's own act ("plans to buy") is the writer's claim.
  view('want wants|wanting'),
  view('refuse refuses refused|refusing'),
  view('hope hopes|hoping'),
  view('believe believes believed'),
  view('think thinks'),
  view('plan plans|planning'),
  view('support supports supported|supporting'),
  view('endorse endorses endorsed|endorsing'),
  view('worry worries worried'),
  view('fear fears feared'),
  view('doubt doubts doubted'),
  view('prefer prefers preferred'),
  view('oppose opposes opposed|opposing'),
  view('sees'),
  view('envision envisions envisioned'),
  view('intend intends'),
  view('assure assures assured|assuring'),
  view('remind reminds reminded|reminding'),
  view('mock mocks mocked|mocking'),
  view('attacked|attacking'),
  view('blasted|blasting'),
  view('denounce denounces denounced|denouncing'),
  view('condemn condemns condemned|condemning'),
  view('tout touts touted|touting'),
  view('thanked|thanking'),
  view('demanded|demanding'),
  view('seeks sought|seeking'),
  verb('acknowledge acknowledges acknowledged|acknowledging', { stance: 'confirms' }),
  verb('admit admits admitted|admitting', { stance: 'confirms' }),
  verb('concede concedes conceded|conceding', { stance: 'confirms' }),
  verb('confirm confirms confirmed|confirming', { stance: 'confirms' }),
  verb('deny denies denied|denying', { stance: 'denies' }),
  verb('reject rejects rejected|rejecting', { stance: 'denies' }),
  verb('dismiss dismisses dismissed|dismissing', { stance: 'denies' }),
  verb('dispute disputes disputed|disputing', { stance: 'denies' }),
  verb('refute refutes refuted', { stance: 'denies' }),
  verb('rebut rebuts rebutted', { stance: 'denies' }),
];

/** Multi-word cues that take their subject on the left: "called for", "pointed out". */
const phrase = (forms: readonly string[], participle?: string): CueVerb =>
  ({ forms, stance: 'asserts', speech: false, ...(participle ? { participle } : {}) });
const EXPRESSED = ['concern', 'displeasure', 'support', 'regret', 'doubt', 'doubts', 'confidence', 'frustration'].flatMap((n) =>
  ['', 'his ', 'her ', 'their ', 'its '].map((p) => `expressed ${p}${n}`));

export const CUE_PHRASES: readonly CueVerb[] = [
  phrase(['called for', 'calls for', 'call for'], 'calling for'),
  // "called on the board to resign": an appeal to someone, the cue with its particle.
  phrase(['called on', 'calls on', 'call on'], 'calling on'),
  phrase(['pointed out', 'points out', 'point out'], 'pointing out'),
  phrase(['went on to say', 'goes on to say']),
  phrase(['made clear', 'makes clear', 'made it clear', 'makes it clear'], 'making clear'),
  phrase(['spoke out', 'speaks out', 'spoke about', 'talked about', 'talks about'], 'talking about'),
  phrase(['came out in support of', 'has come out in support of', 'came out against']),
  phrase(EXPRESSED),
];

/** The word that makes a view verb an intention of the holder's own act: "wants to buy", "refused to publish". */
export const INFINITIVE_MARKER = 'to';

/** Where or how something was said, between the cue and what it reports: "said in a statement that". */
export const SETTING_PHRASES: readonly string[] = [
  'in a statement', 'in an interview', 'in a tweet', 'in a post', 'in an email', 'in a letter', 'in a speech',
  'in an op-ed', 'in a video', 'in a radio interview', 'in a television interview', 'on twitter', 'on facebook',
  'at a rally', 'at a news conference', 'at a press conference', 'at a campaign rally', 'at a town hall',
];

/** Capitalized words before a colon that label a section, not a speaker: "UPDATE:", "Video:". */
export const NON_SPEAKER_LABELS: readonly string[] = [
  'update', 'updated', 'note', 'editor', "editor's", 'editors', 'correction', 'clarification', 'video', 'photo', 'photos',
  'watch', 'listen', 'read', 'related', 'breaking', 'exclusive', 'live', 'source', 'sources', 'credit', 'q', 'a',
  'warning', 'disclosure', 'tags', 'topics', 'see', 'also', 'more', 'poll', 'analysis', 'opinion', 'transcript',
];

/** Phrases in which a source declines to comment; the subject stands on the left. */
export const DECLINE_PHRASES: readonly string[] = [
  'declined to comment', 'declined comment', 'declined to elaborate', 'declined to say',
  'refused to comment', 'would not comment', 'could not comment', 'had no comment', 'had no immediate comment',
  'did not respond', 'did not immediately respond', "didn't respond", "didn't immediately respond",
  'did not reply', 'did not immediately reply', 'did not return', 'did not immediately return',
  'could not be reached', 'could not immediately be reached', 'was not available', 'were not available',
  'was unavailable', 'were unavailable', 'was not immediately available', 'were not immediately available',
  'did not comment', 'has not responded', 'have not responded', 'had not responded',
  'declined to confirm', 'declined to confirm or deny', 'refused to confirm', 'would neither confirm nor deny', 'neither confirmed nor denied',
  'declined to identify', 'declined to name', 'declined to discuss', 'declined to disclose', 'declined to specify', 'declined to give',
];

/**
 * Verbs of telling whose negation withholds an answer: "did not confirm",
 * "has not denied", "would not say" decline; a negated view ("does not
 * believe") still states one.
 */
export const NEGATED_DECLINE_VERBS: readonly string[] = [
  'say', 'says', 'said', 'tell', 'tells', 'told', 'confirm', 'confirms', 'confirmed', 'deny', 'denies', 'denied',
  'dispute', 'disputes', 'disputed', 'disclose', 'discloses', 'disclosed', 'reveal', 'reveals', 'revealed',
  'specify', 'specifies', 'specified', 'elaborate', 'elaborated', 'explain', 'explains', 'explained', 'detail', 'detailed',
  'identify', 'identified', 'name', 'named', 'discuss', 'discussed', 'comment', 'commented',
];
/** Words that negate the verb they stand before: "not", "never", and contractions in "n't" (read by their ending). */
export const NEGATION_WORDS: readonly string[] = ['not', 'never'];
export const NEGATED_CONTRACTION_ENDINGS: readonly string[] = ["n't", 'n’t'];

/** Phrases whose verbs report nothing: the source's terms for speaking. */
export const NON_CUE_PHRASES: readonly string[] = [
  'asked not to be named', 'asked not to be identified', 'declined to be named', 'declined to be identified', 'asked to remain anonymous', 'asked for anonymity',
  'requested anonymity', 'was not authorized to', 'were not authorized to', 'not authorized to speak',
];

/**
 * A passive that reports its subject's words, "was quoted (by the Journal) as
 * saying": the participles, and what closes the phrase within a few words.
 */
/**
 * Participles whose passive names its source after "by": "was first reported
 * by Bloomberg", "was denied by the company". Not "was asked by reporters" nor
 * "was rejected by the board": those are acts, not what someone said.
 */
export const AGENT_PASSIVE_PARTICIPLES: readonly string[] = [
  'reported', 'announced', 'confirmed', 'denied', 'disclosed', 'revealed', 'stated', 'estimated', 'disputed', 'published',
];

export const QUOTED_PARTICIPLES: readonly string[] = ['quoted', 'cited'];
/** Present forms of the same verbs, active only: "the paper quotes the minister as saying". */
export const QUOTING_VERBS: readonly string[] = ['quotes', 'cites'];
export const QUOTED_CLOSERS: readonly string[] = ['as saying', 'as telling', 'as stating', 'as writing'];

/** Judgements that deny what they judge: "called the report false", "calling the claims baseless". */
export const DENIAL_JUDGEMENTS: readonly string[] = [
  'false', 'untrue', 'baseless', 'groundless', 'unfounded', 'inaccurate', 'incorrect', 'erroneous', 'wrong', 'misleading',
  'fake', 'fabricated', 'fiction', 'nonsense', 'rubbish', 'speculation', 'speculative', 'lies',
];

/** The articles, which a judging verb's object or a count word may follow ("called a strike"). */
export const ARTICLES: readonly string[] = ['a', 'an', 'the'];

/**
 * What a judging verb may take that is no judgement but an act: "called a
 * strike", "called an election", "called off the talks", "called in the police".
 */
export const CALLED_ACTS: readonly string[] = [
  'strike', 'strikes', 'walkout', 'election', 'elections', 'meeting', 'meetings', 'vote', 'referendum', 'halt', 'truce',
  'ceasefire', 'cease-fire', 'summit', 'session', 'recess', 'timeout', 'time-out', 'off', 'up', 'back', 'in',
];

/**
 * Free relatives before the subject of a judging verb: "condemned what he
 * called a brazen breach" names a thing by the speaker's label; the sentence
 * reports no statement of theirs.
 */
export const LABELLING_RELATIVES: readonly string[] = ['what'];

/** "according to X", "X's statement"-style prepositions that take the source on their right. */
export const SOURCE_AFTER_PHRASES: readonly string[] = ['according to'];

/**
 * Words that PolNeAR-style cue spans include before the verb: auxiliaries,
 * negation and adverbs of time and manner ("has also said", "repeatedly argued").
 */
export const CUE_PREFIX_WORDS: readonly string[] = [
  'also', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'be', 'will', 'would', 'could', 'can', 'may', 'might', 'should',
  'previously', 'later', 'repeatedly', 'recently', 'publicly', 'once', 'again', 'already', 'often', 'never',
  'initially', 'originally', 'separately', 'earlier', 'reportedly', 'subsequently', 'further', 'flatly',
  'not', "n't", 'did', 'does', 'do', 'then', 'first', 'last', 'even', 'still', 'just', 'openly', 'privately',
  'strongly', 'firmly', 'vehemently', 'consistently', 'specifically', 'explicitly',
];

/**
 * Words in -ly that are no adverbs of manner or time, so they never join a
 * cue's prefix the way "forcefully told" or "routinely argue" do.
 */
export const NON_ADVERB_LY_WORDS: readonly string[] = [
  'family', 'ally', 'rally', 'supply', 'assembly', 'reply', 'bully', 'anomaly', 'monopoly', 'belly', 'italy', 'july',
  'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'early', 'likely', 'elderly', 'only', 'holy', 'ugly', 'friendly',
];
/**
 * Cue forms that are never a noun nor an adjective: after a word in "'s" they
 * are the verb of a name ("Foster's said") or of a contraction ("Trump's said"),
 * where other forms are nouns ("Friday's tweets", "Japan's alleged breach").
 */
export const VERB_ONLY_FORMS: readonly string[] = [
  'said', 'says', 'told', 'tells', 'wrote', 'writes', 'explained', 'explains', 'insisted', 'insists', 'argued', 'argues', 'announced', 'announces',
];
