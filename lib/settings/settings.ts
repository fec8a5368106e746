import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { BUILT_IN_TOLERANCE_DEFAULTS } from '@/lib/verdict/tolerance';

// Admin-editable settings, each with its schema and default. Stored in app_setting
// so every instance sees the same value.
const decimalString = z.string().regex(/^\d{1,6}(\.\d{1,6})?$/);

export const SETTINGS = {
  readRequiresSignIn: { schema: z.boolean(), fallback: false },
  toleranceDefaults: {
    schema: z.object({ growthTolerancePp: decimalString, levelToleranceRatio: decimalString }),
    fallback: BUILT_IN_TOLERANCE_DEFAULTS,
  },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;

export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  const row = await db.appSetting.findUnique({ where: { key } });
  const parsed = SETTINGS[key].schema.safeParse(row?.value);
  return (parsed.success ? parsed.data : SETTINGS[key].fallback) as SettingValue<K>;
}

