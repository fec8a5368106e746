import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Where the embedded database and generated secrets live; DATA_DIR overrides (tests use a throwaway one). */
export function dataDir(): string {
  return process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : path.join(process.cwd(), '.data');
}

type Secrets = { postgresPassword: string };

/** Secrets generated on first start and kept beside the data they protect. */
export function loadSecrets(directory: string): Secrets {
  const file = path.join(directory, 'secrets.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Secrets;
  const secrets: Secrets = { postgresPassword: randomBytes(24).toString('base64url') };
  fs.mkdirSync(directory, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
