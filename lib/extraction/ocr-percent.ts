// Round 27 (rules27c): OCR of a scanned page reads the percent sign as the three marks it looks like, a ring, a slash and
// a small o ("增长6°/o左右", "9.4º/o", "5o/o"). Read as it stands, a rate is a bare number followed by a degree sign and no
// percentage, so every rate of the page is lost. Right after a digit, a ring (° º ˚ or the letter o) + "/" + a small o
// (or a ring or 0) that no letter or digit goes on from is the percent sign: it is read as "%", one character for one
// (the sign takes the run's last place, the places before it become invisible characters, which the prepared text
// drops), so a quote that ends on the sign ends on the whole run. A leading 0 is never read as a ring: "10/05" is a
// date and "50/o" could be 5% or 50%.
const OCR_PERCENT = /(?<=\d ?)[°º˚oO]\/[oO0°](?![A-Za-z0-9])/g;
const INVISIBLE = '\u200b';

/** `text` with OCR's "°/o" after a figure read as "%" (see above). */
export function readOcrPercent(text: string): string {
  if (!text.includes('/')) return text;
  return text.replace(OCR_PERCENT, (run) => `${INVISIBLE.repeat(run.length - 1)}%`);
}
