/**
 * Sourcing statistics over many articles. Pure: an article is reduced to a
 * small `ArticleStats` where it was extracted (a worker thread), and the
 * corpus totals grow by adding those, so nothing keeps whole documents.
 *
 * Attributions are counted where a cue stands; a sentence that only
 * continues an earlier source (inherited) does not count that source again.
 */
import { type Claim, type SourceType, type Stance, isSourced } from '../types.js';

export const SOURCE_TYPES: readonly SourceType[] = ['anonymous', 'person', 'spokesperson', 'organization', 'media', 'document'];
export const STANCES: readonly Stance[] = ['asserts', 'denies', 'confirms', 'declines'];

/** Who speaks for an organization: the organization itself, or a spokesperson (named or not). */
export interface OrganizationVoice {
  organization: string;
  spokesperson: string | null;
  /** False when the organization speaks as itself. */
  viaSpokesperson: boolean;
}

export interface ArticleStats {
  claims: number;
  /** Quantities and amounts of money. */
  figures: number;
  /** Figures in claims that nobody stands behind. */
  unsourcedFigures: number;
  attributions: number;
  sourceTypes: Record<SourceType, number>;
  stances: Record<Stance, number>;
  voices: OrganizationVoice[];
  anonymous: number;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The stats of a document's claims (or of one window's, to be added up with addArticleStats). */
export function articleStats(doc: { readonly claims: readonly Claim[] }): ArticleStats {
  const stats: ArticleStats = {
    claims: doc.claims.length, figures: 0, unsourcedFigures: 0, attributions: 0,
    sourceTypes: zeros(SOURCE_TYPES), stances: zeros(STANCES), voices: [], anonymous: 0,
  };
  for (const claim of doc.claims) {
    const figures = claim.quantities.length + claim.money.length;
    stats.figures += figures;
    if (!isSourced(claim)) stats.unsourcedFigures += figures;
    for (const a of claim.attributions) {
      if (a.inherited) continue;
      stats.attributions++;
      stats.sourceTypes[a.source.type]++;
      stats.stances[a.stance]++;
      if (a.source.type === 'anonymous') stats.anonymous++;
      if (a.source.type === 'organization') {
        const organization = a.source.organization ?? a.source.name ?? a.source.text;
        stats.voices.push({ organization, spokesperson: null, viaSpokesperson: false });
      } else if (a.source.type === 'spokesperson' && a.source.organization) {
        stats.voices.push({ organization: a.source.organization, spokesperson: a.source.name, viaSpokesperson: true });
      }
    }
  }
  return stats;
}

/** The counts an article's stats and the corpus totals share. */
type Counts = Pick<ArticleStats, 'claims' | 'figures' | 'unsourcedFigures' | 'attributions' | 'sourceTypes' | 'stances'>;

function addCounts(into: Counts, more: Counts): void {
  into.claims += more.claims;
  into.figures += more.figures;
  into.unsourcedFigures += more.unsourcedFigures;
  into.attributions += more.attributions;
  for (const type of SOURCE_TYPES) into.sourceTypes[type] += more.sourceTypes[type];
  for (const stance of STANCES) into.stances[stance] += more.stances[stance];
}

/** Adds `more` (another window of the same article) into `into`. */
export function addArticleStats(into: ArticleStats, more: ArticleStats): void {
  addCounts(into, more);
  for (const voice of more.voices) into.voices.push(voice);
  into.anonymous += more.anonymous;
}

interface OrganizationTally {
  attributions: number;
  unnamedSpokespeople: number;
  spokespeople: Map<string, number>;
}

export interface StatsReport {
  articles: number;
  failed: number;
  claims: number;
  figures: number;
  unsourcedFigures: number;
  /** unsourcedFigures / figures; null with no figures at all. */
  unsourcedFigureShare: number | null;
  attributions: number;
  sourceTypes: Record<SourceType, number>;
  stances: Record<Stance, number>;
  /** Most cited first (at most `top`), each with its named spokespeople, most cited first. */
  organizations: Array<{ name: string; attributions: number; spokespeople: Array<{ name: string; attributions: number }>; unnamedSpokespeople: number }>;
  anonymousPerArticle: {
    mean: number | null;
    /** Articles with at least one anonymous source. */
    articlesWithAny: number;
    /** Articles by their number of anonymous sources: "0", "1", "2", "3", "4", "5+". */
    histogram: Record<string, number>;
  };
}

const HISTOGRAM_BUCKETS = ['0', '1', '2', '3', '4', '5+'] as const;

/** Corpus totals; add() each article's stats, then report(). */
export class CorpusStats {
  articles = 0;
  failed = 0;
  claims = 0;
  figures = 0;
  unsourcedFigures = 0;
  attributions = 0;
  readonly sourceTypes = zeros(SOURCE_TYPES);
  readonly stances = zeros(STANCES);
  private readonly organizations = new Map<string, OrganizationTally>();
  private readonly anonymousHistogram = zeros(HISTOGRAM_BUCKETS);
  private anonymous = 0;

  add(s: ArticleStats): void {
    this.articles++;
    addCounts(this, s);
    for (const v of s.voices) {
      let tally = this.organizations.get(v.organization);
      if (!tally) this.organizations.set(v.organization, (tally = { attributions: 0, unnamedSpokespeople: 0, spokespeople: new Map() }));
      tally.attributions++;
      if (!v.viaSpokesperson) continue;
      if (v.spokesperson === null) tally.unnamedSpokespeople++;
      else tally.spokespeople.set(v.spokesperson, (tally.spokespeople.get(v.spokesperson) ?? 0) + 1);
    }
    this.anonymous += s.anonymous;
    this.anonymousHistogram[HISTOGRAM_BUCKETS[Math.min(s.anonymous, HISTOGRAM_BUCKETS.length - 1)]!]++;
  }

  report(top = 10): StatsReport {
    const byCount = <T>(entries: Iterable<[string, T]>, count: (t: T) => number) =>
      [...entries].sort((a, b) => count(b[1]) - count(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return {
      articles: this.articles,
      failed: this.failed,
      claims: this.claims,
      figures: this.figures,
      unsourcedFigures: this.unsourcedFigures,
      unsourcedFigureShare: this.figures === 0 ? null : this.unsourcedFigures / this.figures,
      attributions: this.attributions,
      sourceTypes: { ...this.sourceTypes },
      stances: { ...this.stances },
      organizations: byCount(this.organizations, (t) => t.attributions).slice(0, top).map(([name, t]) => ({
        name,
        attributions: t.attributions,
        spokespeople: byCount(t.spokespeople, (n) => n).map(([person, n]) => ({ name: person, attributions: n })),
        unnamedSpokespeople: t.unnamedSpokespeople,
      })),
      anonymousPerArticle: {
        mean: this.articles === 0 ? null : this.anonymous / this.articles,
        articlesWithAny: this.articles - this.anonymousHistogram['0'],
        histogram: { ...this.anonymousHistogram },
      },
    };
  }
}

const percent = (share: number | null): string => (share === null ? 'n/a' : `${(share * 100).toFixed(1)} %`);
const counts = <K extends string>(keys: readonly K[], values: Record<K, number>): string =>
  keys.filter((k) => values[k] > 0).map((k) => `${values[k]} ${k}`).join(', ') || 'none';

/** The sourcing report for people (`claims stats`). */
export function renderStatsText(r: StatsReport): string {
  const lines = [
    `articles: ${r.articles}${r.failed ? ` (${r.failed} failed)` : ''}`,
    `claims: ${r.claims}`,
    `attributions: ${r.attributions}`,
    `  by source type: ${counts(SOURCE_TYPES, r.sourceTypes)}`,
    `  by stance: ${counts(STANCES, r.stances)}`,
    `figures: ${r.figures}, with no source: ${r.unsourcedFigures} (${percent(r.unsourcedFigureShare)})`,
    `anonymous sources per article: ${r.anonymousPerArticle.mean === null ? 'n/a' : r.anonymousPerArticle.mean.toFixed(2)} on average; ` +
      `${r.anonymousPerArticle.articlesWithAny} of ${r.articles} articles have any`,
    `  articles by anonymous sources: ${HISTOGRAM_BUCKETS.map((b) => `${b}: ${r.anonymousPerArticle.histogram[b] ?? 0}`).join(', ')}`,
    `top organizations (as themselves or through spokespeople):`,
  ];
  if (r.organizations.length === 0) lines.push('  none');
  for (const o of r.organizations) {
    const voices = o.spokespeople.map((p) => `${p.name} (${p.attributions})`);
    if (o.unnamedSpokespeople) voices.push(`unnamed spokesperson (${o.unnamedSpokespeople})`);
    lines.push(`  ${o.name}: ${o.attributions}${voices.length ? ` — ${voices.join(', ')}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The one-line summary a batch prints on stderr when it ends. */
export function summaryLine(r: StatsReport, extra: { skipped: number; seconds: number }): string {
  const files = r.articles + r.failed + extra.skipped;
  return [
    `${files} ${files === 1 ? 'file' : 'files'}`,
    extra.skipped ? `${extra.skipped} skipped as up to date` : '',
    r.failed ? `${r.failed} failed` : '',
    `${r.claims} claims`,
    `${r.attributions} attributions${r.attributions ? `: ${counts(SOURCE_TYPES, r.sourceTypes)}` : ''}`,
    `${extra.seconds.toFixed(1)} s`,
  ].filter(Boolean).join(' · ');
}
