// `npm start` rebuilds only when the sources changed since the last build.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'components', 'lib', 'messages', 'public', 'i18n', 'next.config.js', 'package-lock.json', 'tsconfig.json', 'proxy.ts', 'instrumentation.ts'];
const FINGERPRINT_FILE = path.join('.next', 'source-fingerprint');

export function sourceFingerprint(root: string): string {
  const hash = createHash('sha256');
  const visit = (relative: string) => {
    const absolute = path.join(root, relative);
    if (!fs.existsSync(absolute)) return;
    const stat = fs.statSync(absolute);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(absolute).sort()) visit(path.join(relative, name));
    } else if (!relative.endsWith('.test.ts')) {
      hash.update(`${relative}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  INPUTS.forEach(visit);
  return hash.digest('hex');
}

export function buildIsCurrent(root: string): boolean {
  const file = path.join(root, FINGERPRINT_FILE);
  return fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(file) && fs.readFileSync(file, 'utf8') === sourceFingerprint(root);
}

/** Records the fingerprint taken before the build started (not after: edits made meanwhile were not built). */
export function recordBuild(root: string, fingerprint: string): void {
  fs.writeFileSync(path.join(root, FINGERPRINT_FILE), fingerprint);
}
