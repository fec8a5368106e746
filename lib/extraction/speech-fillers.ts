// Round 13 (rules13a): speech-to-text writes the speaker's hesitations ("地区生产总值 嗯 增长百分之六左右",
// "一般公共预算收入呢 增长百分之三以上", "固定资产投资啊 增长百分之五") between a name and its figure, which then
// read as a wording ("嗯 增长…") or nothing. Dropped like invisible characters (prepare-text.ts; quotes keep them):
// an interjection, or a hesitating 这个/那个, standing alone between spaces (with the space after it: "城镇新增就业 这个
// 九千人以上"), and a particle closing a name before a pause. Run into a word, 这个/那个 stay ("这个目标").
// Round 18 (rules18b): a particle after the year the speaker opens on is dropped with no pause after it too ("去年啊全县地区
// 生产总值…", "今年呢全区…"): it parts the year from the county and the name, so the clause's year was not read.
export const FILLER = /(?<=^|[ \t])(?:嗯|呃|唔|这个|那个)+[ \t]+(?=\S)|(?<=[\u4e00-\u9fff])(?:呢|啊|呀|嘛)(?=[ \t])|(?<=去年|今年|上年|明年|过去一年|一年来)(?:呢|啊|呀|嘛)(?=[\u4e00-\u9fff])/g;
