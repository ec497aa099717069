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
  strong: boolean;
  /** Forms that may stand before their subject: `"…," said Smith`. */
  invertible?: boolean;
}

const verb = (forms: string, stance: Stance = 'asserts', strong = true, invertible = false): CueVerb =>
  ({ forms: forms.split(' '), stance, strong, invertible });

export const CUE_VERBS: readonly CueVerb[] = [
  verb('say says said', 'asserts', true, true),
  verb('tell tells told'),
  verb('add adds added', 'asserts', true, true),
  verb('announce announces announced', 'asserts', true, true),
  verb('report reports reported'),
  verb('write writes wrote', 'asserts', true, true),
  verb('note notes noted', 'asserts', true, true),
  verb('stated'),
  verb('claim claims claimed', 'asserts', true, true),
  verb('explain explains explained', 'asserts', true, true),
  verb('argue argues argued', 'asserts', true, true),
  verb('insist insists insisted', 'asserts', true, true),
  verb('warn warns warned', 'asserts', true, true),
  verb('predict predicts predicted'),
  verb('estimate estimates estimated', 'asserts', true, true),
  verb('forecast forecasts forecasted'),
  verb('declare declares declared'),
  verb('assert asserts asserted'),
  verb('stress stresses stressed'),
  verb('emphasize emphasizes emphasized emphasise emphasises emphasised'),
  verb('reply replies replied', 'asserts', true, true),
  verb('respond responds responded'),
  verb('answer answers answered'),
  verb('continue continues continued', 'asserts', false, true),
  verb('ask asks asked', 'asserts', true, true),
  verb('urge urges urged'),
  verb('recall recalls recalled', 'asserts', true, true),
  verb('conclude concludes concluded'),
  verb('tweet tweets tweeted', 'asserts', true, true),
  verb('testify testifies testified'),
  verb('complain complains complained'),
  verb('criticize criticizes criticized criticise criticises criticised'),
  verb('praise praises praised'),
  verb('welcome welcomes welcomed', 'asserts', false),
  verb('contend contends contended'),
  verb('observe observes observed', 'asserts', false, true),
  verb('remark remarks remarked'),
  verb('mention mentions mentioned'),
  verb('promise promises promised'),
  verb('pledge pledges pledged'),
  verb('vow vows vowed'),
  verb('accuse accuses accused'),
  verb('allege alleges alleged'),
  verb('charge charges charged', 'asserts', false),
  verb('suggest suggests suggested'),
  verb('propose proposes proposed', 'asserts', false),
  verb('recommend recommends recommended'),
  verb('caution cautions cautioned'),
  verb('joke jokes joked', 'asserts', true, true),
  verb('quip quips quipped', 'asserts', true, true),
  verb('boast boasts boasted'),
  verb('disclose discloses disclosed'),
  verb('reveal reveals revealed', 'asserts', false),
  verb('indicate indicates indicated', 'asserts', false),
  verb('signal signals signalled signaled', 'asserts', false),
  verb('describe describes described', 'asserts', false),
  verb('defend defends defended', 'asserts', false),
  verb('cite cites cited', 'asserts', false),
  verb('quote quotes quoted', 'asserts', false),
  verb('expect expects expected', 'asserts', false),
  verb('believe believes believed', 'asserts', false),
  verb('think thinks thought', 'asserts', false),
  verb('fear fears feared', 'asserts', false),
  verb('hope hopes hoped', 'asserts', false),
  verb('show shows showed', 'asserts', false),
  verb('find finds found', 'asserts', false),
  verb('agree agrees agreed', 'asserts', false),
  verb('acknowledge acknowledges acknowledged', 'confirms'),
  verb('admit admits admitted', 'confirms'),
  verb('concede concedes conceded', 'confirms'),
  verb('confirm confirms confirmed', 'confirms'),
  verb('deny denies denied', 'denies'),
  verb('reject rejects rejected', 'denies'),
  verb('dismiss dismisses dismissed', 'denies', false),
  verb('dispute disputes disputed', 'denies'),
  verb('refute refutes refuted', 'denies'),
  verb('rebut rebuts rebutted', 'denies'),
];

/** Multi-word cues that take their subject on the left: "called for", "pointed out". */
export const CUE_PHRASES: readonly CueVerb[] = [
  verb('called for|calls for|call for'),
  verb('pointed out|points out|point out'),
  verb('went on to say|goes on to say'),
  verb('expressed concern|expressed their displeasure|expressed his displeasure|expressed her displeasure'),
  verb('made clear|makes clear|made it clear|makes it clear'),
].map((c) => ({ ...c, forms: c.forms.join(' ').split('|') }));

/** Phrases in which a source declines to comment; the subject stands on the left. */
export const DECLINE_PHRASES: readonly string[] = [
  'declined to comment', 'declined comment', 'declined to elaborate', 'declined to say', 'declined to be named',
  'refused to comment', 'would not comment', 'could not comment', 'had no comment', 'had no immediate comment',
  'did not respond', 'did not immediately respond', "didn't respond", "didn't immediately respond",
  'did not reply', 'did not immediately reply', 'did not return', 'did not immediately return',
  'could not be reached', 'could not immediately be reached', 'was not available', 'were not available',
  'was unavailable', 'were unavailable', 'was not immediately available', 'were not immediately available',
  'did not comment', 'has not responded', 'have not responded', 'had not responded',
];

/** "according to X", "X's statement"-style prepositions that take the source on their right. */
export const SOURCE_AFTER_PHRASES: readonly string[] = ['according to'];

/**
 * Words that PolNeAR-style cue spans include before the verb: auxiliaries,
 * negation and adverbs of time and manner ("has also said", "repeatedly argued").
 */
export const CUE_PREFIX_WORDS: readonly string[] = [
  'also', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'should',
  'previously', 'later', 'repeatedly', 'recently', 'publicly', 'once', 'again', 'already', 'often', 'never',
  'initially', 'originally', 'separately', 'earlier', 'reportedly', 'subsequently', 'further', 'flatly',
  'not', "n't", 'did', 'does', 'do', 'then', 'first', 'last', 'even', 'still', 'just', 'openly', 'privately',
  'strongly', 'firmly', 'vehemently', 'consistently', 'specifically', 'explicitly',
];
