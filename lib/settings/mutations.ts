import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';

export const setReadRequiresSignIn = defineAction({
  name: 'settings.readRequiresSignIn',
  permission: 'admin',
  schema: z.object({ value: z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean()) }),
  run: async ({ db, user, input }) => {
    return db.$transaction(async (tx) => {
      const before = await tx.appSetting.findUnique({ where: { key: 'readRequiresSignIn' }, select: { value: true } });
      await tx.appSetting.upsert({ where: { key: 'readRequiresSignIn' }, create: { key: 'readRequiresSignIn', value: input.value }, update: { value: input.value } });
      await recordAudit(tx, { actor: { userId: user.id }, action: 'setting.update', entityType: 'setting', entityId: 'readRequiresSignIn', before: before ? { value: before.value ?? null } : null, after: { value: input.value } });
      return { value: input.value };
    });
  },
});
