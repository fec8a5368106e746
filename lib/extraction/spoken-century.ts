// Round 24 (rules24c): speech-to-text writes a year the speaker shortened ("二五年", "24年") with the century it restored in
// brackets ("(20)25年的主要预期目标", "报告讲(20)24年全县…"): the brackets are dropped like an invisible character (prepare-text.ts;
// quotes keep them), so the year reads as the four digits every year cue and clause's year expects. Only a century of this era,
// closed and followed by two digits and 年: a bracketed figure ("(20)", "(2025)") or a list number ("(20)项目") stays.
export const SPOKEN_CENTURY = /[(（](?=(?:19|20)[)）]\d{2}年)|(?<=[(（](?:19|20))[)）](?=\d{2}年)/g;
