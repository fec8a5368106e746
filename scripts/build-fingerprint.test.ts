import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIsCurrent, recordBuild, sourceFingerprint } from './build-fingerprint';

function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fingerprint-'));
  fs.mkdirSync(path.join(root, '.next'));
  fs.writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'x');
  fs.mkdirSync(path.join(root, 'app'));
  fs.writeFileSync(path.join(root, 'app', 'page.tsx'), 'one');
  return root;
}

describe('build fingerprint', () => {
  it('a build recorded with the sources it read is current until a source changes', () => {
    const root = project();
    recordBuild(root, sourceFingerprint(root));
    expect(buildIsCurrent(root)).toBe(true);
    fs.writeFileSync(path.join(root, 'app', 'page.tsx'), 'two, longer');
    expect(buildIsCurrent(root)).toBe(false);
  });

  it('a file edited while the build ran makes the next start rebuild', () => {
    const root = project();
    const before = sourceFingerprint(root);
    fs.writeFileSync(path.join(root, 'app', 'page.tsx'), 'edited during the build');
    recordBuild(root, before);
    expect(buildIsCurrent(root)).toBe(false);
  });
});
