import 'server-only';
import { db } from '@/lib/db';
import { settingValue, type SettingKey, type SettingValue } from './definitions';

export { SETTINGS, type SettingKey, type SettingValue } from './definitions';

export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValue<K>> {
  const row = await db.appSetting.findUnique({ where: { key } });
  return settingValue(key, row?.value);
}
