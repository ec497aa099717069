/**
 * Longer texts are read in windows of at most this many characters: the
 * stages hold about 50 bytes per character of the text they read, and a
 * window's document can be written before the next window is read. Far
 * above any article (the longest in the research corpora is ~60,000
 * characters). Here, apart from the pipeline, so that a batch's main thread
 * can tell a long article without loading the pipeline.
 */
export const WINDOW_CHARS = 500_000;
