// The 督查通报 as its own DOCX, read back with a real unzip of word/document.xml: title,
// issuing office and date, the overview sentence, the items behind pace with units and
// figures, the 考评 ranking line when there is one; A4 portrait; English too.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { PACE_LABELS } from '@/lib/verdict/pace';
import { roundBriefingDocx } from './briefing-docx';
import { CPI, GDP, item, JOBS, LEAD_HR, summaryFixture, TASK } from './test-fixtures';

const RANKING = [
  { rank: 1, shortName: '区人力社保局', items: 2, onTime: 2, onPace: 1 },
  { rank: 2, shortName: '区发展改革委', items: 3, onTime: 1, onPace: 0 },
];
const LAGGING_TASK = item('task', '测试任务：建成社区食堂5个。', 'lagging', { kind: 'narrative', text: '已选址2处。', source: null }, [LEAD_HR], '社区食堂');

function docx(buffer: Buffer): { xml: string; paragraphs: string[] } {
  const xml = strFromU8(unzipSync(new Uint8Array(buffer))['word/document.xml']!);
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((run) => (run[0] === '<w:tab/>' ? '\t' : run[1] ?? '')).join(''));
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
  return { xml, paragraphs: paragraphs.map((text) => text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => entities[entity]!)) };
}

describe('督查通报 as its own DOCX', () => {
  it('holds the title, office and date, the overview, the items behind pace with units and figures, and the ranking', async () => {
    const { paragraphs } = docx(await roundBriefingDocx({ ...summaryFixture([GDP, JOBS, CPI, TASK, LAGGING_TASK]), ranking: RANKING }, 'zh'));
    expect(paragraphs).toEqual([
      '关于《测试区2025年政府工作报告》目标任务上半年推进情况的通报',
      '通报单位：测试区人民政府办公室\t2025年7月11日',
      '一、总体情况',
      '列入本次通报的量化指标3项，达到序时进度1项、占比33.3%；未达到序时进度的为：地区生产总值增长6%以上（上半年累计增长2.9%，区发展改革委牵头）'
        + '；尚未填报的为：居民消费价格涨幅控制在3%左右（区发展改革委牵头）。'
        + '列入本次通报的重点工作2项，已完成0项、序时推进1项、滞后1项、待填报0项；滞后的为：测试任务：建成社区食堂5个（区人力社保局牵头）。',
      '二、未达到序时进度、滞后及逾期未报送的事项',
      '1. 地区生产总值增长6%以上。责任单位：区发展改革委（牵头）、区统计局。推进情况：上半年累计增长2.9%（测试夹具 区统计局1—6月统计月报）。',
      '2. 测试任务：建成社区食堂5个。责任单位：区人力社保局（牵头）。推进情况：已选址2处。',
      '三、责任单位考评',
      '按“按时报送”项数、再按“达到序时进度”项数排名：第1名 区人力社保局（2项中按时报送2项、达到序时进度1项）；第2名 区发展改革委（3项中按时报送1项、达到序时进度0项）。',
    ]);
  });

  it('is A4 portrait, and says so when nothing is behind; no ranking section without units', async () => {
    const { xml, paragraphs } = docx(await roundBriefingDocx(summaryFixture([JOBS]), 'zh', { issuer: '测试区人民政府督查室' }));
    const size = /<w:pgSz ([^>]*)\/>/.exec(xml)?.[1] ?? '';
    expect(size).not.toContain('landscape');
    expect(Number(/w:w="(\d+)"/.exec(size)?.[1])).toBe(11906);
    expect(Number(/w:h="(\d+)"/.exec(size)?.[1])).toBe(16838);
    expect(paragraphs[1]).toBe('通报单位：测试区人民政府督查室\t2025年7月11日');
    expect(paragraphs.slice(4)).toEqual(['二、未达到序时进度、滞后及逾期未报送的事项', '本次通报的目标任务中，没有未达到序时进度、滞后或逾期未报送的事项。']);
  });

  it('lists items long overdue with nothing reported, never "none" (zh and en)', async () => {
    const late = (entry: typeof CPI) => ({ ...entry, progress: null, pace: { code: 'pending' as const, label: PACE_LABELS.pending, explanation: { zh: '', en: '' } }, overdueDays: 874 });
    const summary = summaryFixture([late(CPI), late(JOBS), late(TASK)]);
    const zh = docx(await roundBriefingDocx(summary, 'zh')).paragraphs;
    expect(zh[3]).toBe('列入本次通报的量化指标2项，达到序时进度0项、占比0.0%；逾期未报送的为：居民消费价格涨幅控制在3%左右（逾期874天未报送，区发展改革委牵头）；城镇新增就业1.3万人（逾期874天未报送，区人力社保局牵头）。'
      + '列入本次通报的重点工作1项，已完成0项、序时推进0项、滞后0项、待填报1项；逾期未报送的为：推进城市更新，完成老旧小区改造10个（逾期874天未报送，区住房城乡建委牵头）。');
    expect(zh.slice(4)).toEqual([
      '二、未达到序时进度、滞后及逾期未报送的事项',
      '1. 居民消费价格涨幅控制在3%左右。责任单位：区发展改革委（牵头）、区财政局。推进情况：逾期874天未报送。',
      '2. 城镇新增就业1.3万人。责任单位：区人力社保局（牵头）。推进情况：逾期874天未报送。',
      '3. 推进城市更新，完成老旧小区改造10个。责任单位：区住房城乡建委（牵头）、区财政局。推进情况：逾期874天未报送。',
    ]);
    expect(zh.join('\n')).not.toContain('没有');
    const en = docx(await roundBriefingDocx(summary, 'en')).paragraphs;
    expect(en[4]).toBe('2. Items behind pace, lagging, or overdue and not reported');
    expect(en[5]).toBe('1. 居民消费价格 “居民消费价格涨幅控制在3%左右”. Responsible units: 区发展改革委 (lead), 区财政局. Progress: 874 days overdue, not reported.');
    expect(en.join('\n')).not.toContain('No target or task');
  });

  it('writes the English version', async () => {
    const { paragraphs } = docx(await roundBriefingDocx({ ...summaryFixture([GDP, JOBS]), ranking: RANKING.slice(0, 1) }, 'en'));
    expect(paragraphs[0]).toBe('Briefing on progress with the targets and tasks of the Test District 2025 Government Work Report (H1)');
    expect(paragraphs[1]).toBe("Issued by: General Office of the Test District People's Government\t11 July 2025");
    expect(paragraphs[3]).toMatch(/^Quantified targets in this briefing: 2, of which 1 on pace \(50\.0%\); behind pace: /);
    expect(paragraphs[5]).toBe('1. 地区生产总值 “地区生产总值增长6%以上”. Responsible units: 区发展改革委 (lead), 区统计局. Progress: H1 cumulative growth 2.9% (测试夹具 区统计局1—6月统计月报).');
    expect(paragraphs.at(-1)).toBe('Ranked by items submitted on time, then items on pace: 1. 区人力社保局 (2 of 2 items on time, 1 on pace).');
  });
});
