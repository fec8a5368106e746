// The layouts send client components only CLIENT_NAMESPACES (route folders with forms,
// through FormMessages) or only SHELL_NAMESPACES (the root layout, for the read pages);
// a client component that translates with another namespace would show raw keys.
// Checked against the source: the imports of every page are followed to its client components.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, clientMessages, SHELL_NAMESPACES } from '@/lib/i18n/client-messages';
import { loadMessages } from '@/lib/i18n/messages';

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const isClient = (file: string) => /^\s*['"]use client['"]/.test(fs.readFileSync(file, 'utf8'));
const clientFiles = ['app', 'components', 'lib'].flatMap(sourceFiles).filter(isClient);
const namespacesOf = (file: string) => [...fs.readFileSync(file, 'utf8').matchAll(/useTranslations\(\s*['"]([\w.]+)['"]\s*\)/g)].map((match) => match[1]!);
const covered = (allowed: readonly string[], namespace: string) => allowed.some((name) => namespace === name || namespace.startsWith(`${name}.`));

/** The app's source files a file imports, followed to the end ('@/…' and relative imports). */
function importsOf(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of fs.readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'([^']+)'/g)) {
    const base = spec!.startsWith('@/') ? spec!.slice(2) : spec!.startsWith('.') ? path.join(path.dirname(file), spec!) : null;
    if (!base || base.startsWith(path.join('lib', 'generated'))) continue;
    const found = ['.tsx', '.ts', '/index.tsx', '/index.ts'].map((ext) => base + ext).find((candidate) => fs.existsSync(candidate));
    if (found) importsOf(found, seen);
  }
  return seen;
}

/** Whether a layout between the root and this route file hands over the forms' messages. */
function underFormMessages(file: string): boolean {
  for (let directory = path.dirname(file); directory !== 'app' && directory !== '.'; directory = path.dirname(directory)) {
    const layout = path.join(directory, 'layout.tsx');
    if (fs.existsSync(layout) && fs.readFileSync(layout, 'utf8').includes('@/components/i18n/form-messages')) return true;
  }
  return false;
}

describe('client messages', () => {
  it('cover every namespace a client component translates with', () => {
    const used = clientFiles.flatMap((file) => namespacesOf(file).map((namespace) => ({ file, namespace })));
    expect(used.length).toBeGreaterThan(10);
    for (const { file, namespace } of used) {
      expect(covered(CLIENT_NAMESPACES, namespace), `${file}: ${namespace}`).toBe(true);
    }
    // No bare useTranslations() (all messages) and no useMessages() in client code.
    for (const file of clientFiles) expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/useTranslations\(\s*\)|useMessages\(/);
  });

  it('give the pages outside the form folders only client components that need the shell namespaces', () => {
    const routeFiles = sourceFiles('app').filter((file) => !file.startsWith(path.join('app', 'api')) && /\/(page|error|loading|not-found|forbidden|layout)\.tsx$/.test(file));
    const light = routeFiles.filter((file) => !underFormMessages(file));
    // The read pages are among them (and send ~2k characters of messages, not ~21k).
    expect(light).toEqual(expect.arrayContaining(['app/page.tsx', 'app/overview/page.tsx', 'app/districts/[code]/page.tsx', 'app/indicators/[key]/page.tsx', 'app/targets/[id]/(view)/page.tsx']));
    // The target page's forms (edit, record an outcome, review, a new target) keep theirs.
    for (const form of ['app/targets/[id]/outcomes/new/page.tsx', 'app/targets/[id]/edit/page.tsx', 'app/targets/[id]/review/page.tsx', 'app/targets/new/page.tsx']) expect(light).not.toContain(form);
    for (const file of light) {
      for (const reached of importsOf(file)) {
        if (!isClient(reached)) continue;
        for (const namespace of namespacesOf(reached)) expect(covered(SHELL_NAMESPACES, namespace), `${file} → ${reached}: ${namespace}`).toBe(true);
      }
    }
  });

  it('pick exactly those namespaces, in both languages', () => {
    for (const locale of ['zh', 'en'] as const) {
      const all = loadMessages(locale);
      const picked = clientMessages(all);
      expect(Object.keys(picked).sort()).toEqual([...new Set(CLIENT_NAMESPACES.map((name) => name.split('.')[0]))].sort());
      expect(picked.workflow).toEqual(all.workflow);
      expect(picked.views).toEqual({ common: (all.views as Record<string, unknown>).common });
      expect(picked.nav).toBeUndefined();
      expect(JSON.stringify(picked).length).toBeLessThan(JSON.stringify(all).length);
    }
  });
});
