// Admin-editable settings, each with its schema and default. Stored in app_setting
// so every instance sees the same value. Kept apart from settings.ts (server-only,
// global client) so that a transaction or a script can read a setting too.
import { z } from 'zod';
import { BUILT_IN_TOLERANCE_DEFAULTS } from '@/lib/verdict/tolerance';

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

/** The stored JSON of a setting, or its default when absent or malformed. */
export function settingValue<K extends SettingKey>(key: K, stored: unknown): SettingValue<K> {
  const parsed = SETTINGS[key].schema.safeParse(stored);
  return (parsed.success ? parsed.data : SETTINGS[key].fallback) as SettingValue<K>;
}
