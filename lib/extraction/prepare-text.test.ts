import { describe, expect, it } from 'vitest';
import { isFurnitureLine, prepareText, spansRemovedText, toOriginal } from './prepare-text';

describe('prepareText', () => {
  it('normalises width without moving characters', () => {
    const original = '地区生产总值增长６．５％左右，';
    const prepared = prepareText(original);
    expect(prepared.text).toBe('地区生产总值增长6.5%左右,');
    const at = prepared.text.indexOf('6.5%');
    expect(toOriginal(prepared, at, at + 4)).toEqual({ start: 8, end: 12, quote: '６．５％' });
  });

  it.each([
    ['网站首页 | 新闻中心 | 政务公开', true],
    ['发布时间：2025-01-20 16:08　来源：区政府办公室', true],
    ['【打印本页】【关闭窗口】', true],
    ['— 3 —', true],
    ['Copyright © 2025 某县人民政府 版权所有', true],
    ['一、2024年工作回顾', false],
    ['主要预期目标', false],
    ['本文地址:/baogao/xn/10098.html', true],
    ['本文仅代表作者观点,不代表本站立场。', true],
    ['链接地址:https://www.desk33.com/p-1082123.html', true],
    ['留言与评论(共有 条评论)', true],
    ['注册 | 登录', true],
    ['0/0', true],
    ['- 配套讲稿:', true],
    ['当前位置：首页 > 政务公开', true],
    ['2024年梁平区政府工作报告.docx', true],
    ['各位代表:', false],
    ['全年地区生产总值完成359.82亿元,同比(下同)增长7.1%;', false],
    ['二、2024年工作安排', false],
    // A subtitle cue's timing and a transcript's time stamp; an attached spreadsheet.
    ['00:00:04,800 --> 00:00:08,600', true],
    ['[00:01:12]', true],
    ['附件：2024年云岫县主要经济指标.xlsx', true],
    ['00:00 开场', false],
    // More metadata, buttons and links to other articles.
    ['阅读量：3.2万', true],
    ['字体：【大】【中】【小】', true],
    ['上一条：全区2024年地区生产总值增长5.6%', true],
    ['（来源：区委宣传部）', true],
    ['您所在的位置：首页 >> 新闻中心 >> 本地要闻', true],
    ['政府网站找错', true],
    ['— END —', true],
    ['地址：某区人民路1号 邮编：123456', true],
    ['全区地区生产总值增长5.6%,来源于工业的增长贡献最大。', false],
    ['今天是2026年3月2日 星期一 农历正月十三', true],
    ['记者 王菲 刘洋', true],
    ['新闻链接：2024年全县主要预期目标为地区生产总值增长6.5%，规模以上工业增加值增长10%。', true],
    ['记者：今年全区的主要目标是什么？', false],
    ['2025年2月14日　星期五　第01版：要闻', false],
  ])('%j is furniture: %s', (line, expected) => {
    expect(isFurnitureLine(line)).toBe(expected);
  });

  it('drops furniture lines but keeps the paragraphs around them apart', () => {
    const prepared = prepareText('首页 > 新闻 > 要闻\n正文一。\n本文地址:/a.html\n正文二。');
    expect(prepared.text).toBe('\n正文一。\n\n正文二。');
    const at = prepared.text.indexOf('正文二');
    expect(toOriginal(prepared, at, at + 3).quote).toBe('正文二');
  });

  it('removes line-number artefacts of scanned documents and joins the broken sentence', () => {
    const original = '1、第一行没有结束\n2、第二行也没有\n3、增长8%\n4、以上,还有。';
    const prepared = prepareText(original);
    expect(prepared.text).toBe('第一行没有结束第二行也没有增长8%以上,还有。');
    const at = prepared.text.indexOf('增长8%以上');
    const mapped = toOriginal(prepared, at, at + '增长8%以上'.length);
    expect(mapped.quote).toBe('增长8%\n4、以上');
    expect(spansRemovedText(prepared, at, at + '增长8%以上'.length)).toBe(true);
    expect(spansRemovedText(prepared, 0, 3)).toBe(false);
  });

  it('reads CRLF line breaks as LF, joining artefact lines across them too', () => {
    const original = '1、未完的句子\r\n2、接着写固\r\n3、定资产投资增长5%。\r\n正文。';
    const prepared = prepareText(original);
    expect(prepared.text).toBe('未完的句子接着写固定资产投资增长5%。\n正文。');
    const at = prepared.text.indexOf('固定资产投资');
    expect(toOriginal(prepared, at, at + 6).quote).toBe('固\r\n3、定资产投资');
  });

  it('keeps a real numbered list whose items end in punctuation', () => {
    const original = '主要预期目标是:\n1、地区生产总值增长6%左右;\n2、城镇新增就业5000人;\n3、居民收入稳步增长。';
    expect(prepareText(original).text).toBe(original);
  });

  it('needs three consecutive numbers before treating them as artefacts', () => {
    const original = '1、未完的句子\n2、接着写';
    expect(prepareText(original).text).toBe(original);
  });

  it('drops a menu of very short lines, a running header and a list of related links', () => {
    const original = '笔记\n复制\n搜索\n某区人民政府公报\n正文一。\n某区人民政府公报\n正文二。\n某区人民政府公报\n相关新闻\n全市地区生产总值增长5.3%\n\n正文三。';
    expect(prepareText(original).text).toBe('\n\n\n\n正文一。\n\n正文二。\n\n\n\n\n正文三。');
  });

  it('joins the lines a PDF broke inside clauses, across page numbers and headers, and keeps headings apart', () => {
    const original = [
      '一、2024年工作回顾',
      '过去一年，全区经济社会发展取得新成效。预计全年地区生产',
      '总值完成483.2亿元，增长5.3%；规模以上工业增加值增长',
      '— 2 —',
      '7.6%；固定资产投资增长4.9%；社会消费品零售总额完成',
      '172.6亿元，增长6.2%。',
      '二、2025年工作安排',
    ].join('\n');
    const prepared = prepareText(original);
    expect(prepared.text).toContain('预计全年地区生产总值完成483.2亿元');
    expect(prepared.text).toContain('规模以上工业增加值增长7.6%');
    expect(prepared.text).toContain('一、2024年工作回顾\n过去一年');
    expect(prepared.text).toContain('6.2%。\n二、2025年工作安排');
    const at = prepared.text.indexOf('增长7.6%');
    expect(toOriginal(prepared, at, at + 6).quote).toBe('增长\n— 2 —\n7.6%');
  });

  it('reads traditional characters as simplified ones without moving any', () => {
    const original = '報告指出，全區地區生產總值增長5.9%。';
    const prepared = prepareText(original);
    expect(prepared.text).toBe('报告指出,全区地区生产总值增长5.9%。');
    const at = prepared.text.indexOf('地区生产总值');
    expect(toOriginal(prepared, at, at + 6).quote).toBe('地區生產總值');
  });

  it('leaves simplified text with the odd traditional character alone', () => {
    const original = '全区地区生产总值增长5.9%，发展质量稳步提升，乾隆年间的古建筑得到保护。';
    expect(prepareText(original).text).toBe(original.replace('，', ',').replace('，', ','));
  });

  it('joins a newspaper story across its page jump, dropping the 下转/上接 markers', () => {
    const original = '全年粮食总产量（下转第三版）\n（上接第一版）稳定在16.2万吨。\n下一段。';
    const prepared = prepareText(original);
    expect(prepared.text).toBe('全年粮食总产量稳定在16.2万吨。\n下一段。');
    const at = prepared.text.indexOf('粮食总产量稳定');
    expect(toOriginal(prepared, at, at + 7).quote).toBe('粮食总产量（下转第三版）\n（上接第一版）稳定');
    expect(spansRemovedText(prepared, at, at + 7)).toBe(true);
  });

  it('reads non-breaking spaces as spaces and drops zero-width characters, quoting the original', () => {
    const original = '\ufeff地区生产\u200b总值增长\u00a05.\u200b6%';
    const prepared = prepareText(original);
    expect(prepared.text).toBe('地区生产总值增长 5.6%');
    const at = prepared.text.indexOf('地区');
    expect(toOriginal(prepared, at, prepared.text.length).quote).toBe('地区生产\u200b总值增长\u00a05.\u200b6%');
  });
});

