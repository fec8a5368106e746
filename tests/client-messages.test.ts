// The layout sends client components only CLIENT_NAMESPACES; a client component that
// translates with another namespace would show raw keys. Checked against the source.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_NAMESPACES, clientMessages } from '@/lib/i18n/client-messages';
import { loadMessages } from '@/lib/i18n/messages';

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const clientFiles = ['app', 'components', 'lib'].flatMap(sourceFiles).filter((file) => /^\s*['"]use client['"]/.test(fs.readFileSync(file, 'utf8')));

describe('client messages', () => {
  it('cover every namespace a client component translates with', () => {
    const used = clientFiles.flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/useTranslations\(\s*['"]([\w.]+)['"]\s*\)/g)].map((match) => ({ file, namespace: match[1]! })));
    expect(used.length).toBeGreaterThan(10);
    for (const { file, namespace } of used) {
      expect(CLIENT_NAMESPACES.some((allowed) => namespace === allowed || namespace.startsWith(`${allowed}.`)), `${file}: ${namespace}`).toBe(true);
    }
    // No bare useTranslations() (all messages) and no useMessages() in client code.
    for (const file of clientFiles) expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/useTranslations\(\s*\)|useMessages\(/);
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
