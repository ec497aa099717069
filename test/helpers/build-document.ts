/**
 * Builds a ClaimsDocument by hand over an article of our own, finding every
 * span by its text: lint and diff tests then depend on the rules they test,
 * not on how well extraction does today.
 */
import type { Attribution, Claim, ClaimsDocument, EntityType, LanguageCode, Money, Qualifier, Quantity, Source, Stance } from '../../src/types.js';

export interface AttributionSpec {
  phrase: string;
  source: string;
  type: Source['type'];
  cue: string;
  stance?: Stance;
  count?: number | null;
  name?: string | null;
  organization?: string | null;
  inherited?: boolean;
}

export class DocumentBuilder {
  private readonly doc: ClaimsDocument;

  constructor(private readonly text: string, language: LanguageCode, source = 'draft.txt') {
    const title = text.split('\n')[0]!.trim();
    this.doc = { schemaVersion: 1, source, language, title, published: null, entities: [], claims: [], warnings: [] };
  }

  /** An entity with every occurrence of `name` (or of the given forms) as a mention. */
  entity(name: string, type: EntityType, forms: string[] = [name], extra: { vendor?: string } = {}): this {
    const mentions = forms.flatMap((form) => occurrences(this.text, form).map((start) => ({ text: form, start, end: start + form.length })));
    mentions.sort((a, b) => a.start - b.start);
    this.doc.entities.push({ id: `e${this.doc.entities.length + 1}`, name, type, mentions, ...extra, rule: 'test' });
    return this;
  }

  /** The sentence that contains `sentence`, with what it carries. */
  claim(sentence: string, items: (c: ClaimBuilder) => void = () => {}): this {
    const start = this.text.indexOf(sentence);
    if (start === -1) throw new Error(`not in the article: ${sentence}`);
    const end = start + sentence.length;
    const entities = this.doc.entities.filter((e) => e.mentions.some((m) => m.start >= start && m.end <= end)).map((e) => e.id);
    const claim: Claim = { id: `c${this.doc.claims.length + 1}`, text: sentence, start, end, entities, quantities: [], money: [], attributions: [] };
    items(new ClaimBuilder(claim, this.text));
    this.doc.claims.push(claim);
    return this;
  }

  build(): ClaimsDocument {
    return structuredClone(this.doc);
  }
}

export class ClaimBuilder {
  constructor(private readonly claim: Claim, private readonly article: string) {}

  /** The text inside the claim; an inherited attribution's phrase is the first one in the article. */
  private span(text: string, inherited = false): { text: string; start: number; end: number } {
    const inClaim = this.claim.text.indexOf(text);
    const start = inClaim !== -1 ? this.claim.start + inClaim : inherited ? this.article.indexOf(text) : -1;
    if (start === -1) throw new Error(`not in the claim: ${text}`);
    return { text, start, end: start + text.length };
  }

  quantity(text: string, value: number, unit: string | null, qualifier: Qualifier | null = null): this {
    const q: Quantity = { ...this.span(text), value, unit, qualifier, rule: 'test' };
    this.claim.quantities.push(q);
    return this;
  }

  money(text: string, value: number, currency: string, qualifier: Qualifier | null = null): this {
    const m: Money = { ...this.span(text), value, currency, qualifier, rule: 'test' };
    this.claim.money.push(m);
    return this;
  }

  attribution(spec: AttributionSpec): this {
    const a: Attribution = {
      ...this.span(spec.phrase, spec.inherited),
      source: { text: spec.source, type: spec.type, count: spec.count ?? null, name: spec.name ?? null, organization: spec.organization ?? null },
      cue: spec.cue,
      stance: spec.stance ?? 'asserts',
      inherited: spec.inherited ?? false,
      rule: 'test',
    };
    this.claim.attributions.push(a);
    return this;
  }
}

function occurrences(text: string, form: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + form.length)) found.push(at);
  return found;
}
