/**
 * Claims: the sentences that carry a figure, an amount, an attribution or a
 * named company, organization or chip, in text order, with what they carry.
 */
import type { DocumentContext, EntityMention, Sentence } from '../core/model.js';
import type { Claim, EntityType, Money, Quantity } from '../types.js';
import type { SentenceAttribution } from './attributions/config.js';

/** Mentions of these types make a sentence a statement about a named thing. */
const CLAIM_ENTITY_TYPES: ReadonlySet<EntityType> = new Set(['company', 'organization', 'chip', 'media', 'product']);

export interface ClaimInputs {
  mentions: readonly EntityMention[];
  entityIdOf: readonly string[];
  quantities: readonly Quantity[];
  money: readonly Money[];
  attributions: readonly SentenceAttribution[];
}

export function buildClaims(doc: DocumentContext, inputs: ClaimInputs): Claim[] {
  const claims: Claim[] = [];
  const sentences = doc.sentences;
  const { mentions, quantities, money } = inputs;
  // Grouped once, so that the work grows with the text, not with sentences × items; as lists over
  // the items' indexes, so that a sentence with nothing in it (most) costs no arrays.
  const mentionsOf = groupBySentence(mentions, sentences);
  const quantitiesOf = groupBySentence(quantities, sentences);
  const moneyOf = groupBySentence(money, sentences);
  // By sentence index (an array with holes: a look-up per sentence without hashing).
  const attributionsOf: Array<Array<SentenceAttribution['attribution']> | undefined> = [];
  for (const a of inputs.attributions) (attributionsOf[a.sentenceIndex] ??= []).push(a.attribution);
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    const firstMention = mentionsOf.head[s]!;
    const attributions = attributionsOf[sentence.index];
    if (quantitiesOf.head[s]! < 0 && moneyOf.head[s]! < 0 && attributions === undefined && !namesSomething(mentions, mentionsOf.next, firstMention)) continue;
    claims.push({
      id: `c${claims.length + 1}`,
      text: sentence.text, start: sentence.start, end: sentence.end,
      entities: entityIdsOf(inputs.entityIdOf, mentionsOf.next, firstMention),
      quantities: listOf(quantities, quantitiesOf, s), money: listOf(money, moneyOf, s), attributions: attributions ?? [],
    });
  }
  linkBackReferences(claims);
  return claims;
}

/**
 * A cue that points back ("Das teilte das Unternehmen mit", "Dies geht aus
 * der Bilanz hervor") has the sentences before it as its content: each
 * earlier claim the content reaches is sourced in the claim of the cue.
 */
function linkBackReferences(claims: Claim[]): void {
  for (let k = 1; k < claims.length; k++) {
    const claim = claims[k]!;
    for (const a of claim.attributions) {
      for (const content of a.spans?.content ?? []) {
        if (content.start >= claim.start) continue;
        for (let j = k - 1; j >= 0 && claims[j]!.end > content.start; j--) {
          const earlier = claims[j]!;
          if (earlier.start >= content.end) continue;
          const ids = (earlier.sourcedIn ??= []);
          if (!ids.includes(claim.id)) ids.push(claim.id);
        }
      }
    }
  }
}

/** A sentence holds few mentions: their entities are told apart by a look through the list, by a set only past this many. */
const FEW_ENTITIES = 8;

/** The entity ids of the mentions in the list from `first`, each once, in the order they first come. */
function entityIdsOf(entityIdOf: readonly string[], next: readonly number[], first: number): string[] {
  const ids: string[] = [];
  let seen: Set<string> | null = null;
  for (let i = first; i >= 0; i = next[i]!) {
    const id = entityIdOf[i]!;
    if (seen !== null) {
      if (seen.has(id)) continue;
      seen.add(id);
    } else if (ids.includes(id)) continue;
    ids.push(id);
    if (seen === null && ids.length > FEW_ENTITIES) seen = new Set(ids);
  }
  return ids;
}

/** Whether a mention in the list from `first` (see SentenceGroups) names a company, organization, chip, medium or product. */
function namesSomething(mentions: readonly EntityMention[], next: readonly number[], first: number): boolean {
  for (let i = first; i >= 0; i = next[i]!) if (CLAIM_ENTITY_TYPES.has(mentions[i]!.type)) return true;
  return false;
}

/**
 * The items starting inside each sentence (by position in `sentences`), in
 * their given order: for sentence s, the indexes head[s], next[head[s]], …
 * until -1.
 */
interface SentenceGroups {
  head: number[];
  next: number[];
}

/** The items of sentence `s`, in their given order. */
function listOf<T>(items: readonly T[], groups: SentenceGroups, s: number): T[] {
  const list: T[] = [];
  for (let i = groups.head[s]!; i >= 0; i = groups.next[i]!) list.push(items[i]!);
  return list;
}

function groupBySentence(items: ReadonlyArray<{ start: number }>, sentences: readonly Sentence[]): SentenceGroups {
  // Plain arrays: a typed array of more than 64 bytes is allocated outside the heap, at several times the cost.
  const head = noneFor(sentences.length);
  const tail = noneFor(sentences.length);
  const next = noneFor(items.length);
  for (let i = 0; i < items.length; i++) {
    const start = items[i]!.start;
    // The last sentence starting at or before the item, by binary search.
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start <= start) lo = mid + 1;
      else hi = mid - 1;
    }
    if (hi < 0 || start >= sentences[hi]!.end) continue;
    if (tail[hi]! < 0) head[hi] = i;
    else next[tail[hi]!] = i;
    tail[hi] = i;
  }
  return { head, next };
}

/** `count` times -1, as a packed array of small integers. */
function noneFor(count: number): number[] {
  const list: number[] = [];
  for (let i = 0; i < count; i++) list.push(-1);
  return list;
}
