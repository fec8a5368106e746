import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { AppError } from '@/lib/errors';
import { nameText } from '@/lib/text/direction-controls';
import { isUniqueViolation } from '@/lib/db/unique-violation';
import { isDistrictDivisionCode } from './division-code';

// Full-width digits (３６０７０２, as a Chinese input method may type them) get their own
// message: the general one says "6 digits", which such a code appears to be.
const FULL_WIDTH_DIGIT = /[０-９]/;

const districtFields = {
  code: z.string().trim()
    .refine((code) => !FULL_WIDTH_DIGIT.test(code), 'validation.district_code_full_width')
    .refine(isDistrictDivisionCode, 'validation.district_code_invalid'),
  nameZh: nameText(50),
  nameEn: nameText(100),
  pinyin: nameText(100),
  cityZh: nameText(50, { required: false }).optional().default(''),
  cityEn: nameText(100, { required: false }).optional().default(''),
  provinceZh: nameText(50),
  provinceEn: nameText(100),
};

function toData(input: { code: string; nameZh: string; nameEn: string; pinyin: string; cityZh: string; cityEn: string; provinceZh: string; provinceEn: string }) {
  return { ...input, cityZh: input.cityZh || null, cityEn: input.cityEn || null };
}

function codeTaken(error: unknown): never {
  if (isUniqueViolation(error)) throw new AppError('validation', 'taken', { fieldErrors: { code: 'district_code_taken' } });
  throw error;
}

export const createDistrict = defineAction({
  name: 'district.create',
  permission: 'admin',
  schema: z.object(districtFields),
  run: async ({ db, user, input }) => {
    try {
      return await db.$transaction(async (tx) => {
        const created = await tx.district.create({ data: toData(input), select: { id: true } });
        await recordAudit(tx, { actor: { userId: user.id }, action: 'district.create', entityType: 'district', entityId: created.id, districtId: created.id, after: toData(input) });
        return { districtId: created.id };
      });
    } catch (error) {
      return codeTaken(error);
    }
  },
});

export const updateDistrict = defineAction({
  name: 'district.update',
  permission: 'admin',
  schema: z.object({ ...districtFields, districtId: z.coerce.number().int().positive(), version: z.coerce.number().int().positive() }),
  run: async ({ db, user, input }) => {
    const { districtId, version, ...fields } = input;
    try {
      return await db.$transaction(async (tx) => {
        const before = await tx.district.findUnique({ where: { id: districtId }, select: { code: true, nameZh: true, nameEn: true, pinyin: true, cityZh: true, cityEn: true, provinceZh: true, provinceEn: true } });
        if (!before) throw new AppError('not_found');
        const updated = await tx.district.updateMany({ where: { id: districtId, version }, data: { ...toData(fields), version: { increment: 1 } } });
        if (updated.count === 0) throw new AppError('conflict', 'stale', { messageKey: 'admin.conflict' });
        await recordAudit(tx, { actor: { userId: user.id }, action: 'district.update', entityType: 'district', entityId: districtId, districtId, before, after: toData(fields) });
        return { districtId };
      });
    } catch (error) {
      return codeTaken(error);
    }
  },
});
