/** Library API: text in, ClaimsDocument out. No I/O. */
export { extractClaims, extractWithLocale, resolveLanguage } from './pipeline.js';
export type { ExtractOptions } from './pipeline.js';
export { decode } from './stages/decode.js';
export { loadLocale } from './lang/index.js';
export type * from './types.js';
