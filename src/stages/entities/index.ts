/**
 * Entities: known names from the lexicon, chip families, companies by legal
 * form or context word, organizations by their head word, people by given
 * name, title or role, with the role and organization the text gives them;
 * later surname mentions joined to the full name. Mentions are merged into
 * one Entity per canonical name.
 */
import type { DocumentContext, EntityMention } from '../../core/model.js';
import type { Entity } from '../../types.js';
import type { CompiledEntities } from './compiled.js';
import { findNamedThings } from './names.js';
import { findPeople, linkSurnames } from './people.js';
import { Coverage } from './coverage.js';

export interface EntityResult {
  mentions: EntityMention[];
  entities: Entity[];
  /** Entity id of each mention, by index into `mentions`. */
  entityIdOf: string[];
}

export function findEntities(doc: DocumentContext): EntityResult {
  const c: CompiledEntities = doc.locale.entities;
  const coverage = new Coverage(doc.text.length);
  const named = findNamedThings(doc, c, coverage);
  const people = findPeople(doc, c, coverage, named);
  const all = [...named.mentions, ...people];
  all.push(...linkSurnames(doc, c, coverage, all, named.words));
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return mergeMentions(all);
}

/** One Entity per (type, canonical name), ids in order of first mention. */
export function mergeMentions(mentions: EntityMention[]): EntityResult {
  // By type, then by name: no key string joined (and hashed) per mention.
  const byType = new Map<string, Map<string, Entity>>();
  const entities: Entity[] = [];
  const entityIdOf: string[] = [];
  for (const m of mentions) {
    let byName = byType.get(m.type);
    if (!byName) {
      byName = new Map();
      byType.set(m.type, byName);
    }
    let entity = byName.get(m.name);
    if (!entity) {
      entity = { id: `e${entities.length + 1}`, name: m.name, type: m.type, mentions: [], rule: m.rule };
      if (m.vendor) entity.vendor = m.vendor;
      byName.set(m.name, entity);
      entities.push(entity);
    }
    if (m.organization && !entity.organization) entity.organization = m.organization;
    if (m.role && !entity.role) entity.role = m.role;
    entity.mentions.push({ text: m.text, start: m.start, end: m.end });
    entityIdOf.push(entity.id);
  }
  return { mentions, entities, entityIdOf };
}
