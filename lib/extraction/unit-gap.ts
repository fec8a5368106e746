// Round 28 (rules28c): a copy that turns a PDF's line break into a space may set it between a figure's magnitude and its measure
// ("产量稳定在2.3万 吨", "收入完成8.7亿 元"): a unit is one word, so the space after 万/亿 (a digit right before it) and before the
// measure is dropped like an invisible character, and the figure keeps its unit. Nothing else stands between 万 and 吨 in a figure;
// a space after a unit ("2.3万吨 粮食…") or after a bare number ("2.3 万吨", which the figure reader takes) is not this gap.
export const UNIT_GAP = /(?<=\d[万亿])[ \t](?=(?:元|美元|吨|人|户|亩|公顷|斤|千瓦时))/g;
