import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';

// Admin-editable settings, each with its schema and default. Stored in app_setting
// so every instance sees the same value.
export const SETTINGS = {
  readRequiresSignIn: { schema: z.boolean(), fallback: false },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;

export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  const row = await db.appSetting.findUnique({ where: { key } });
  const parsed = SETTINGS[key].schema.safeParse(row?.value);
  return (parsed.success ? parsed.data : SETTINGS[key].fallback) as SettingValue<K>;
}

