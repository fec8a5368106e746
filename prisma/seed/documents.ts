// One source document per seed report (the files in ./reports, stored byte for byte).
// Titles are the document's own heading where it has one; a file without a heading
// gets a plain descriptive title, flagged by titleIsDescriptive. publishedOn is the
// date the text states for the report (the day it was delivered), else null. url is
// set only where the captured text itself states a full address; no address is
// guessed (000 and 004 end with a site-relative "本文地址:/baogao/…", with no host).
import type { DocumentKind } from '@/lib/domain/types';

export type SeedDocument = {
  file: string;
  districtCode: string;
  kind: DocumentKind;
  /** The report's year: its targets are for this year, its review covers the year before. */
  year: number;
  title: string;
  /** True when the file has no heading and the title was written by us. */
  titleIsDescriptive: boolean;
  /** ISO date (YYYY-MM-DD) stated in the text, or null. */
  publishedOn: string | null;
  url: string | null;
};

export const SEED_DOCUMENTS: readonly SeedDocument[] = [
  {
    file: '000_3d109b3c8ede198b.txt',
    districtCode: '520302',
    kind: 'work_report',
    year: 2024,
    // Line 3 of the capture (the page heading); the report's own heading below it is just "政府工作报告".
    title: '(贵州省)遵义市红花岗区人民政府工作报告(2024年1月5日)',
    titleIsDescriptive: false,
    publishedOn: '2024-01-05',
    url: null,
  },
  {
    file: '001_cd388ccb9033337c.txt',
    districtCode: '410802',
    kind: 'work_report',
    year: 2024,
    // The file's only heading; it does not name the district.
    title: '政府工作报告',
    titleIsDescriptive: false,
    publishedOn: '2024-02-21',
    url: null,
  },
  {
    file: '002_36a038e69799569e.txt',
    districtCode: '500155',
    kind: 'work_report',
    year: 2024,
    // The heading that opens the report text ("1、2024年梁平区政府工作报告各位代表:…").
    title: '2024年梁平区政府工作报告',
    titleIsDescriptive: false,
    // The text gives no date for the session.
    publishedOn: null,
    // The capture's last line, "链接地址:https://www.desk33.com/p-1082123.html": the
    // document-sharing page the text was taken from (not the government's site).
    url: 'https://www.desk33.com/p-1082123.html',
  },
  {
    file: '003_1ff3a932983fc121.txt',
    districtCode: '520304',
    kind: 'work_report',
    year: 2025,
    title: '2025年遵义市播州区政府工作报告',
    titleIsDescriptive: false,
    publishedOn: '2025-01-11',
    url: null,
  },
  {
    file: '004_8863968f429ffd6c.txt',
    districtCode: '360702',
    kind: 'work_report',
    year: 2024,
    // A fragment that starts mid-report, without a heading: descriptive title.
    title: '章贡区2024年政府工作报告',
    titleIsDescriptive: true,
    // No date in the fragment.
    publishedOn: null,
    url: null,
  },
];
