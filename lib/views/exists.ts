import 'server-only';
import { db } from '@/lib/db';
import { plainRows } from '@/lib/db/plain-rows';
import { parseId } from '@/lib/views/params';

// Existence checks for the route layouts: a layout renders before the page's
// loading boundary starts streaming, so notFound() there still answers HTTP 404
// (from inside the streamed page it could only answer 200 with the not-found UI).
// One plain statement each through the pg pool, prepared (plainRows): Prisma's count cost
// ~4× the CPU, on every view of these pages.

export async function districtExists(code: string): Promise<boolean> {
  return /^\d{6}$/.test(code) && (await plainRows(db, 'SELECT 1 FROM district WHERE code = $1', [code], { prepared: true })).length > 0;
}

export async function targetExists(raw: string): Promise<boolean> {
  const id = parseId(raw);
  return id !== null && (await plainRows(db, 'SELECT 1 FROM target WHERE id = $1', [id], { prepared: true })).length > 0;
}

export async function documentExists(raw: string): Promise<boolean> {
  const id = parseId(raw);
  return id !== null && (await plainRows(db, 'SELECT 1 FROM source_document WHERE id = $1', [id], { prepared: true })).length > 0;
}

export async function indicatorExists(key: string): Promise<boolean> {
  return /^[a-z0-9_]{1,64}$/.test(key) && (await plainRows(db, 'SELECT 1 FROM indicator WHERE key = $1', [key], { prepared: true })).length > 0;
}
