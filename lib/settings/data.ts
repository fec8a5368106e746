import 'server-only';
import { db } from '@/lib/db';
import { plainRows } from '@/lib/db/plain-rows';
import { settingValue, type SettingKey, type SettingValue } from './definitions';

export { SETTINGS, type SettingKey, type SettingValue } from './definitions';

// A plain statement through the pg pool, prepared (plainRows): every read page asks for a setting
// (requireReader), and Prisma's query path cost ~0.9 ms of CPU a statement against ~0.25.
export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  const [row] = await plainRows<{ value: unknown }>(db, 'SELECT value FROM app_setting WHERE key = $1', [key], { prepared: true });
  return settingValue(key, row?.value);
}
