/**
 * The longest text a source document may hold, pasted, uploaded or typed into the record
 * form. Report extraction (lib/extraction) runs on the server's one thread, on save and on
 * every view of the review page, and no other request is answered meanwhile. A text dense in
 * targets without a stop once cost 13 s of CPU at 100,000 characters (2,000,000, the old
 * limit, froze the server for longer than we waited); since the sentence scans were made
 * linear it takes about 0.4 s (`npm run extract:eval` prints it), but a million characters
 * still take several seconds. The longest real report in the seed and the extraction corpus
 * is about 16,000 characters, so 100,000 leaves six times that.
 */
export const MAX_TEXT_CHARS = 100_000;
