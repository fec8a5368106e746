// Indicator names, aliases, direction and tolerance overrides. The form carries
// the version it was based on; a stale version is a conflict, not an overwrite.
import { z } from 'zod';
import { nameText } from '@/lib/text/direction-controls';
import { defineAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { AppError } from '@/lib/errors';
import { parseDecimal } from '@/lib/numbers/parse-decimal';
import { refreshIndicatorVerdicts } from '@/lib/verdicts/refresh';

export const updateIndicatorSchema = z.object({
  indicatorId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  nameZh: nameText(100),
  nameEn: nameText(200),
  aliases: z.string().max(1000).optional().default(''),
  higherIsBetter: z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean()),
  growthTolerancePp: z.string().max(30).optional().default(''),
  levelToleranceRatio: z.string().max(30).optional().default(''),
});

/** '' → null (the global default); otherwise a non-negative decimal, or a field error. */
function tolerance(text: string, field: string, errors: Record<string, string>): string | null {
  if (!text.trim()) return null;
  const parsed = parseDecimal(text);
  if (!parsed.ok) errors[field] = `decimal.${parsed.code}`;
  else if (parsed.value.startsWith('-')) errors[field] = 'tolerance_negative';
  else return parsed.value;
  return null;
}

export const updateIndicator = defineAction({
  name: 'indicator.update',
  permission: 'admin',
  schema: updateIndicatorSchema,
  run: async ({ db, user, input }) => {
    const errors: Record<string, string> = {};
    const growthTolerancePp = tolerance(input.growthTolerancePp, 'growthTolerancePp', errors);
    const levelToleranceRatio = tolerance(input.levelToleranceRatio, 'levelToleranceRatio', errors);
    if (Object.keys(errors).length) throw new AppError('validation', 'tolerance', { fieldErrors: errors });
    const aliases = [...new Set(input.aliases.split(/[,，、\n]/).map((alias) => alias.trim()).filter(Boolean))];
    return db.$transaction(async (tx) => {
      const before = await tx.indicator.findUnique({
        where: { id: input.indicatorId },
        select: { nameZh: true, nameEn: true, aliases: true, higherIsBetter: true, growthTolerancePp: true, levelToleranceRatio: true },
      });
      if (!before) throw new AppError('not_found');
      const data = { nameZh: input.nameZh, nameEn: input.nameEn, aliases, higherIsBetter: input.higherIsBetter, growthTolerancePp, levelToleranceRatio };
      const updated = await tx.indicator.updateMany({ where: { id: input.indicatorId, version: input.version }, data: { ...data, version: { increment: 1 } } });
      if (updated.count === 0) throw new AppError('conflict', 'stale', { messageKey: 'admin.conflict' });
      await recordAudit(tx, {
        actor: { userId: user.id }, action: 'indicator.update', entityType: 'indicator', entityId: input.indicatorId,
        before: { ...before, growthTolerancePp: before.growthTolerancePp?.toString() ?? null, levelToleranceRatio: before.levelToleranceRatio?.toString() ?? null },
        after: data,
      });
      // Tolerances and direction decide verdicts: every target of the indicator is
      // recomputed now, in batches, in this transaction (a national indicator has
      // ~35k targets: seconds, hence the longer timeout).
      const sameRules = before.higherIsBetter === input.higherIsBetter && (before.growthTolerancePp?.toString() ?? null) === growthTolerancePp
        && (before.levelToleranceRatio?.toString() ?? null) === levelToleranceRatio;
      if (!sameRules) await refreshIndicatorVerdicts(tx, input.indicatorId);
      return { indicatorId: input.indicatorId };
    }, { timeout: 5 * 60_000 });
  },
});
