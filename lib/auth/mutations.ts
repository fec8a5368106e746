import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '@/lib/auth/password';
import { deleteSession, deleteUserSessions } from '@/lib/auth/sessions';
import { signIn, type SignInResult } from '@/lib/auth/sign-in';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'validation.required'),
  newPassword: z.string().min(MIN_PASSWORD_LENGTH, 'validation.password_too_short').max(200),
  confirmPassword: z.string(),
  /** Filled by the server from the cookie, never by the form: the session that stays signed in. */
  keepToken: z.string().optional(),
}).refine((value) => value.newPassword === value.confirmPassword, { path: ['confirmPassword'], message: 'validation.password_mismatch' });

/** Changing one's own password ends every other session of the user. */
export const changePassword = defineAction({
  name: 'account.changePassword',
  allowedWithTemporaryPassword: true,
  permission: 'signed-in',
  schema: changePasswordSchema,
  run: async ({ db, user, input }) => {
    const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
    if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
      throw new AppError('validation', 'wrong password', { fieldErrors: { currentPassword: 'current_password_wrong' } });
    }
    if (input.currentPassword === input.newPassword) throw new AppError('validation', 'same', { fieldErrors: { newPassword: 'password_unchanged' } });
    const passwordHash = await hashPassword(input.newPassword);
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: false, version: { increment: 1 } } });
      await recordAudit(tx, { actor: { userId: user.id }, action: 'user.changePassword', entityType: 'user', entityId: user.id, after: { mustChangePassword: false } });
    });
    await deleteUserSessions(db, user.id, input.keepToken);
    return { userId: user.id };
  },
});

/** Sign-in is the one write an anonymous visitor may cause (a session, or a throttled failure), so it is no defined action. */
export async function signInWithPassword(input: { login: string; password: string; address: string }): Promise<SignInResult> {
  return signIn(db, input);
}

/** Signing out ends the session of this cookie. */
export async function endSession(token: string): Promise<void> {
  await deleteSession(db, token);
}
