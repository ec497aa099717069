/**
 * An empty word list for a locale slot that another language fills. A bare `[]` is a list of small
 * integers to V8 (PACKED_SMI elements), a filled one a list of objects: the two locales' config
 * objects would then differ in hidden class, and loading the second language would throw away the
 * code compiled against the first. This list starts with one word and drops it, so its elements
 * kind is that of a filled list.
 */
export function noWords(): string[] {
  const words = [''];
  words.pop();
  return words;
}
