import { extract } from '../helpers/extract.js';
import type { Entity, LanguageCode } from '../../src/types.js';

/** The entities of one text, each as "type:name" (and vendor, role, organization where set). */
export async function entitiesOf(text: string, lang: LanguageCode): Promise<Entity[]> {
  return (await extract(text, lang)).entities;
}

export function summary(entities: Entity[]): string[] {
  return entities.map((e) => `${e.type}:${e.name}`);
}

export function named(entities: Entity[], name: string): Entity | undefined {
  return entities.find((e) => e.name === name);
}
