/**
 * Statement-like nouns that also name an act or event. After "nach" with a
 * definite article they say when, not who says so: "nach dem Urteil",
 * "nach der Auswertung des Flugschreibers", "nach der Unabhängigkeitserklärung".
 * Compounds match by their last part. Norms and reports stay sources:
 * "nach dem Grundgesetz", "nach dem Bericht der Zeitung".
 */
export const EVENT_NOUNS: readonly string[] = `urteil urteils urteilsverkündung auswertung auswertungen erklärung ankündigung veröffentlichung
  untersuchung untersuchungen analyse befragung abstimmung anklage anklageerhebung entscheidung verhandlung sitzung
  pressekonferenz vernehmung verhör obduktion`.trim().split(/\s+/);

/** Articles that make "nach" + event noun a point in time: "nach dem Urteil", "nach der Sitzung". */
export const TEMPORAL_NACH_ARTICLES: readonly string[] = ['dem', 'der', 'den'];

/**
 * Nouns that head a verbless frame before a quotation, with the speaker
 * attached: "Zitat von Schröder: „…“", "Die Erklärung des Ministeriums: „…“".
 */
export const QUOTATION_HEADS: readonly string[] = `zitat zitate worte wortlaut kommentar kommentare antwort reaktion botschaft fazit
  erklärung stellungnahme mitteilung appell aufruf warnung forderung credo devise motto kritik einschätzung begründung`.trim().split(/\s+/);
