/**
 * Entity mentions from the lexicon, merged into one Entity per canonical name.
 */
import type { DocumentContext, EntityMention } from '../../core/model.js';
import type { Entity } from '../../types.js';
import { WORD_END, WORD_START, escapeRegExp } from '../../core/patterns.js';

export interface EntityResult {
  mentions: EntityMention[];
  entities: Entity[];
  /** Entity id of each mention, by index into `mentions`. */
  entityIdOf: string[];
}

export function findEntities(doc: DocumentContext): EntityResult {
  const mentions: EntityMention[] = [];
  for (const entry of doc.locale.entities.lexicon) {
    const spellings = [entry.name, ...(entry.aliases ?? [])].map(escapeRegExp).join('|');
    // Genitive "-s" and compounds ("Nvidias", "Huawei-Chips") still name the entry.
    const re = new RegExp(`${WORD_START}(?:${spellings})(?=(?:'?s)?${WORD_END}|-)`, 'gu');
    for (const m of doc.text.matchAll(re)) {
      mentions.push({
        text: m[0], start: m.index, end: m.index + m[0].length,
        name: entry.name, type: entry.type, rule: 'entity.lexicon',
        ...(entry.vendor ? { vendor: entry.vendor } : {}),
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return mergeMentions(mentions);
}

/** One Entity per (type, canonical name), ids in order of first mention. */
export function mergeMentions(mentions: EntityMention[]): EntityResult {
  const byKey = new Map<string, Entity>();
  const entityIdOf: string[] = [];
  for (const m of mentions) {
    const key = `${m.type}\u0000${m.name}`;
    let entity = byKey.get(key);
    if (!entity) {
      entity = { id: `e${byKey.size + 1}`, name: m.name, type: m.type, mentions: [], rule: m.rule };
      if (m.vendor) entity.vendor = m.vendor;
      byKey.set(key, entity);
    }
    if (m.organization && !entity.organization) entity.organization = m.organization;
    if (m.role && !entity.role) entity.role = m.role;
    entity.mentions.push({ text: m.text, start: m.start, end: m.end });
    entityIdOf.push(entity.id);
  }
  return { mentions, entities: [...byKey.values()], entityIdOf };
}
