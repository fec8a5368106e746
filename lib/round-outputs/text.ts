// The words of the round outputs in one language (messages/<locale>/outputs.json),
// read once per process like the scorecard files' words.
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
  source: string;
  growthUp: string;
  growthDown: string;
  level: string;
  noItems: string;
  briefingHeading: string;
  downloads: string;
  downloadDocx: string;
  downloadXlsx: string;
  briefing: Record<
    'none' | 'quantified' | 'allOnPace' | 'behind' | 'pending' | 'notComparable' | 'tasks' | 'lagging' | 'end'
    | 'listSeparator' | 'itemWithFigure' | 'itemWithFigureNoLead' | 'itemLead',
    string
  >;
};

export function outputText(locale: Locale): OutputText {
  return loadMessages(locale).outputs as OutputText;
}
