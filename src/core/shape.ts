/**
 * Compiled locale data (one object per language, the same fields) is built by a class constructor
 * defining the fields, not returned as an object literal. When a literal's site runs again for the
 * second language, V8 re-creates the literal with its fields uninitialized, which widens each field's
 * recorded type (a Set, a RegExp) to "anything" and throws away the optimized code that relied on it.
 * Fields defined on an instance keep their types, as both languages store values of the same kind.
 * Each kind of compiled data needs its own class (its own hidden-class tree):
 * `class CompiledX { constructor(fields: X) { storeFields(this, fields); } }`.
 *
 * Defined all at once, not stored one by one: an object given more than a dozen fields by keyed
 * stores (`into[key] = …`) is turned into a dictionary, and every read of its fields in optimized
 * code becomes a hash look-up (the entity and amount tables, 43 fields each, cost ~5% of the
 * instructions of a German pass that way).
 */
export function storeFields(target: object, fields: object): void {
  Object.defineProperties(target, Object.getOwnPropertyDescriptors(fields));
}
