// Accounts are managed by admins. A reset sets a temporary password the user must
// change at the next sign-in, and ends all their sessions.
import { z } from 'zod';
import { nameText } from '@/lib/text/direction-controls';
import { defineAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword, MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { ROLES } from '@/lib/domain/types';
import { AppError } from '@/lib/errors';
import { isUniqueViolation } from '@/lib/db/unique-violation';

const districtIds = z.preprocess(
  (value) => (Array.isArray(value) ? value : typeof value === 'string' && value ? value.split(',') : []),
  z.array(z.coerce.number().int().positive()),
);

export const createUserSchema = z.object({
  username: z.string().trim().toLowerCase().regex(/^[a-z0-9_.-]{3,40}$/, 'validation.username_invalid'),
  email: z.union([z.email('validation.email_invalid'), z.literal('')]).optional().default(''),
  displayName: nameText(100),
  role: z.enum(ROLES, { message: 'validation.required' }),
  password: z.string().min(MIN_PASSWORD_LENGTH, 'validation.password_too_short').max(200),
  districtIds,
});

export const createUser = defineAction({
  name: 'user.create',
  permission: 'admin',
  schema: createUserSchema,
  run: async ({ db, user, input }) => {
    if (input.role === 'staff' && input.districtIds.length === 0) throw new AppError('validation', 'districts', { fieldErrors: { districtIds: 'staff_needs_district' } });
    const passwordHash = await hashPassword(input.password);
    try {
      return await db.$transaction(async (tx) => {
        const created = await tx.user.create({
          data: {
            username: input.username, email: input.email ? input.email.toLowerCase() : null, displayName: input.displayName, role: input.role, passwordHash,
            mustChangePassword: true, districts: { create: input.districtIds.map((districtId) => ({ districtId })) },
          },
          select: { id: true },
        });
        await recordAudit(tx, {
          actor: { userId: user.id }, action: 'user.create', entityType: 'user', entityId: created.id,
          after: { username: input.username, email: input.email || null, role: input.role, districtIds: input.districtIds },
        });
        return { userId: created.id };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('validation', 'taken', { fieldErrors: { username: 'username_taken' } });
      throw error;
    }
  },
});

export const updateUserSchema = z.object({
  userId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  role: z.enum(ROLES),
  disabled: z.preprocess((value) => value === true || value === 'on' || value === 'true', z.boolean()),
  districtIds,
  // Reminder e-mails go to this address (lib/reminders). Absent: unchanged; empty: removed.
  email: z.union([z.email('validation.email_invalid'), z.literal('')]).optional(),
});

export const updateUser = defineAction({
  name: 'user.update',
  permission: 'admin',
  schema: updateUserSchema,
  run: async ({ db, user, input }) => {
    if (input.userId === user.id && (input.disabled || input.role !== 'admin')) throw new AppError('validation', 'self', { fieldErrors: { role: 'cannot_demote_self' } });
    if (input.role === 'staff' && input.districtIds.length === 0) throw new AppError('validation', 'districts', { fieldErrors: { districtIds: 'staff_needs_district' } });
    const email = input.email === undefined ? undefined : input.email ? input.email.toLowerCase() : null;
    try {
      return await db.$transaction(async (tx) => {
        const before = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true, disabled: true, email: true, version: true, districts: { select: { districtId: true } } } });
        if (!before) throw new AppError('not_found');
        const updated = await tx.user.updateMany({
          where: { id: input.userId, version: input.version },
          data: { role: input.role, disabled: input.disabled, ...(email === undefined ? {} : { email }), version: { increment: 1 } },
        });
        if (updated.count === 0) throw new AppError('conflict', 'stale', { messageKey: 'admin.conflict' });
        await tx.userDistrict.deleteMany({ where: { userId: input.userId } });
        await tx.userDistrict.createMany({ data: input.districtIds.map((districtId) => ({ userId: input.userId, districtId })) });
        // A disabled account or changed role takes effect now, not at the next sign-in.
        if (input.disabled || input.role !== before.role) await tx.session.deleteMany({ where: { userId: input.userId } });
        await recordAudit(tx, {
          actor: { userId: user.id }, action: 'user.update', entityType: 'user', entityId: input.userId,
          before: { role: before.role, disabled: before.disabled, districtIds: before.districts.map((row) => row.districtId), ...(email === undefined ? {} : { email: before.email }) },
          after: { role: input.role, disabled: input.disabled, districtIds: input.districtIds, ...(email === undefined ? {} : { email }) },
        });
        return { userId: input.userId };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('validation', 'taken', { fieldErrors: { email: 'email_taken' } });
      throw error;
    }
  },
});

export const resetPasswordSchema = z.object({
  userId: z.coerce.number().int().positive(),
  password: z.string().min(MIN_PASSWORD_LENGTH, 'validation.password_too_short').max(200),
});

export const resetPassword = defineAction({
  name: 'user.resetPassword',
  permission: 'admin',
  schema: resetPasswordSchema,
  run: async ({ db, user, input }) => {
    const passwordHash = await hashPassword(input.password);
    return db.$transaction(async (tx) => {
      const updated = await tx.user.updateMany({ where: { id: input.userId }, data: { passwordHash, mustChangePassword: true, version: { increment: 1 } } });
      if (updated.count === 0) throw new AppError('not_found');
      await tx.session.deleteMany({ where: { userId: input.userId } });
      await recordAudit(tx, { actor: { userId: user.id }, action: 'user.resetPassword', entityType: 'user', entityId: input.userId, after: { mustChangePassword: true } });
      return { userId: input.userId };
    });
  },
});
