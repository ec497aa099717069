/**
 * Compiled locale data (one object per language, the same fields) is built by a class constructor
 * storing the fields one by one, not returned as an object literal. When a literal's site runs again
 * for the second language, V8 re-creates the literal with its fields uninitialized, which widens each
 * field's recorded type (a Set, a RegExp) to "anything" and throws away the optimized code that relied
 * on it. Fields stored into an instance keep their types, as both languages store values of the
 * same kind. Each kind of compiled data needs its own class (its own hidden-class tree):
 * `class CompiledX { constructor(fields: X) { storeFields(this, fields); } }`.
 */
export function storeFields(target: object, fields: object): void {
  const into = target as Record<string, unknown>;
  const from = fields as Record<string, unknown>;
  for (const key of Object.keys(from)) into[key] = from[key];
}
