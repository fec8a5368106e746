// The five seed reports as stored in the repository, for the extraction scripts.
import fs from 'node:fs';
import path from 'node:path';

export function seedReportFiles(): { file: string; text: string }[] {
  const dir = path.join(process.cwd(), 'prisma', 'seed', 'reports');
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: fs.readFileSync(path.join(dir, file), 'utf8') }));
}
