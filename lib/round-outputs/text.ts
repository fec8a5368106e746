// The words of the round outputs in one language (messages/<locale>/outputs.json, the
// group headings from rounds.json), read once per process like the scorecard files' words.
import type { Locale } from '@/lib/i18n/locale';
import { loadMessages } from '@/lib/i18n/messages';

export type OutputText = {
  title: string;
  issuer: string;
  date: string;
  sheetName: string;
  groups: Record<'target' | 'task', string>;
  headings: Record<'seq' | 'item' | 'units' | 'progress' | 'pace', string>;
  unitSeparator: string;
  leadMark: string;
  noUnits: string;
  notReported: string;
  /** Nothing reported and past the due date: "逾期{days}天未报送". */
  overdue: string;
  overdueOneDay: string;
  /** A withdrawn key task's 目标任务 cell: "{item}（已撤销）". */
  withdrawn: string;
  source: string;
  growthUp: string;
  growthDown: string;
  level: string;
  noItems: string;
  /** Closes a 推进情况 cell whose units' submissions were returned: "（{units}报送的内容已退回修改）". */
  returned: string;
  /** Ends an XLSX cell cut at Excel's limit (summary-xlsx.ts). */
  cellCut: string;
  briefingHeading: string;
  downloads: string;
  downloadDocx: string;
  downloadXlsx: string;
  briefing: Record<
    'none' | 'quantified' | 'allOnPace' | 'behind' | 'pending' | 'overdue' | 'notComparable' | 'tasks' | 'tasksAwaiting' | 'lagging' | 'overdueTasks' | 'end'
    | 'listSeparator' | 'itemWithFigure' | 'itemWithFigureNoLead' | 'itemLead',
    string
  >;
  /** The 督查通报 as its own document (briefing-document.ts). */
  briefingDoc: Record<
    'title' | 'issuer' | 'defaultIssuer' | 'date' | 'overview' | 'behind' | 'noneBehind' | 'behindItem' | 'ranking' | 'rankingLead'
    | 'rankingItem' | 'rankingSeparator' | 'rankingEnd' | 'download' | 'downloadDocx',
    string
  >;
};

export function outputText(locale: Locale): OutputText {
  const messages = loadMessages(locale);
  const rounds = messages.rounds as Record<'groupTargets' | 'groupKeyTasks', string>;
  const keyTasks = messages.keyTasks as Record<'withdrawnInOutputs', string>;
  // The group headings are the round page's own, so the page and the files read alike.
  return {
    ...(messages.outputs as Omit<OutputText, 'groups' | 'withdrawn'>),
    groups: { target: rounds.groupTargets, task: rounds.groupKeyTasks },
    withdrawn: keyTasks.withdrawnInOutputs,
  };
}
