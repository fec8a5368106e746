/**
 * The longest text a source document may hold, pasted, uploaded or typed into the record
 * form. Report extraction (lib/extraction) runs on the server's one thread, on save and on
 * every view of the review page, and its time grows with the square of a text dense in
 * targets: 100,000 such characters cost about 13 s of CPU and 200,000 about 47 s (2-core
 * machine under load), during which no other request is answered; 2,000,000 (the old limit)
 * froze the server for longer than we waited. The longest real report in the seed and the
 * extraction corpus is about 16,000 characters, so 100,000 leaves six times that.
 */
export const MAX_TEXT_CHARS = 100_000;
