// One colour per verdict everywhere: lib/verdict/colours.ts is the only place a verdict's
// colour is written down, and every place that colours a verdict reads it from there.
// The palette itself: every verdict has one, bars are told apart, text stays readable.
// The source tree: no stylesheet rule for a verdict sets a colour of its own, no other
// file repeats a palette colour or keeps its own verdict → colour table, and each known
// consumer imports the module. (e2e/newcomer-walk.spec.ts reads the computed colours on
// the pages.)
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { argb, VERDICT_COLOURS } from '@/lib/verdict/colours';
import { VERDICT_CODES } from '@/lib/verdict/types';

const ROOT = path.join(import.meta.dirname, '..');
const MODULE = path.join('lib', 'verdict', 'colours.ts');

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255)
    .map((value) => (value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4));
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(path.join(ROOT, directory), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' || entry.name === 'corpus' ? [] : sourceFiles(relative);
    return /\.(tsx?|css)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [relative] : [];
  });
}
const FILES = ['app', 'components', 'lib'].flatMap(sourceFiles).filter((file) => file !== MODULE);
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('the verdict palette', () => {
  it('gives every verdict an ink, a solid and a wash colour', () => {
    expect(Object.keys(VERDICT_COLOURS).sort()).toEqual([...VERDICT_CODES].sort());
    for (const code of VERDICT_CODES) {
      for (const tone of ['ink', 'solid', 'wash'] as const) expect(VERDICT_COLOURS[code][tone], `${code} ${tone}`).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('tells the verdicts apart by their bar colour and keeps their text readable (WCAG AA)', () => {
    const solids = VERDICT_CODES.map((code) => VERDICT_COLOURS[code].solid);
    expect(new Set(solids).size).toBe(solids.length);
    for (const code of VERDICT_CODES) {
      const { ink, wash } = VERDICT_COLOURS[code];
      expect(contrast(ink, wash), `${code} ink on wash`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ink, '#ffffff'), `${code} ink on white`).toBeGreaterThanOrEqual(4.5);
      // Exports print black text on the wash.
      expect(contrast('#000000', wash), `${code} black on wash`).toBeGreaterThanOrEqual(7);
    }
  });

  it('writes spreadsheet colours as opaque ARGB', () => {
    expect(argb('#3a9d63')).toBe('FF3A9D63');
  });
});

describe('every place that colours a verdict uses the palette', () => {
  const codes = VERDICT_CODES.join('|');

  it('no stylesheet rule for a verdict sets a colour of its own', () => {
    const offenders: string[] = [];
    for (const file of FILES.filter((name) => name.endsWith('.css'))) {
      for (const [, selector, body] of read(file).matchAll(/([^{}]+)\{([^}]*)\}/g)) {
        if (!new RegExp(`(${codes})\\b`).test(selector!)) continue;
        if (/(^|;|\s)(color|background(-color)?|border(-color)?|fill|stroke)\s*:[^;]*(#[0-9a-f]{3,8}\b|rgb|hsl)/i.test(body!)) offenders.push(`${file}: ${selector!.trim()}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('no other file repeats a verdict\'s bar or background colour, or keeps its own verdict → colour table', () => {
    // Inks are ordinary text colours (greys, the error red) that other text may share; bars and washes mean a verdict.
    const palette = VERDICT_CODES.flatMap((code) => [VERDICT_COLOURS[code].solid, VERDICT_COLOURS[code].wash].map((hex) => hex.slice(1).toLowerCase()));
    const offenders: string[] = [];
    for (const file of FILES) {
      const text = read(file);
      for (const hex of palette) if (text.toLowerCase().includes(hex)) offenders.push(`${file}: ${hex}`);
      if (new RegExp(`\\b(${codes})\\s*:\\s*\\{?\\s*['"]?(#|FF)[0-9A-Fa-f]{6}`).test(text)) offenders.push(`${file}: a verdict → colour table`);
    }
    expect(offenders).toEqual([]);
  });

  it('each place that shows a verdict in colour imports the palette', () => {
    for (const file of [
      'components/views/verdict-styles.tsx', 'components/charts/target-actual-bars.tsx',
      'components/workflow/verdict-summary.tsx', 'components/review/queue-item-card.tsx', 'lib/export/xlsx.ts', 'lib/export/pdf.ts', 'lib/round-outputs/pace-fills.ts',
    ]) expect(read(file), file).toContain("from '@/lib/verdict/colours'");
  });
});
