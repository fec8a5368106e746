// The first start creates one admin so that somebody can sign in and create the
// other accounts. Its password comes from ADMIN_PASSWORD or is generated and
// shown once; it is never stored anywhere but as a hash.
import { randomBytes } from 'node:crypto';
import { hashPassword, MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Db } from '@/lib/db/client';

export type BootstrapResult =
  | { created: false }
  | { created: true; username: string; generatedPassword: string | null };

export const FIRST_ADMIN_USERNAME = 'admin';

export async function bootstrapAdmin(db: Db, configuredPassword: string | undefined): Promise<BootstrapResult> {
  if (configuredPassword !== undefined && configuredPassword.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  const generatedPassword = configuredPassword ? null : randomBytes(12).toString('base64url');
  const password = configuredPassword ?? generatedPassword ?? '';
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // Two instances starting together must not both create an admin.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(72010002)`;
    if ((await tx.user.count()) > 0) return { created: false } as const;
    const admin = await tx.user.create({
      data: { username: FIRST_ADMIN_USERNAME, displayName: '管理员 Administrator', passwordHash, role: 'admin', mustChangePassword: generatedPassword !== null },
    });
    await recordAudit(tx, {
      actor: { label: 'system:bootstrap' },
      action: 'user.create',
      entityType: 'user',
      entityId: admin.id,
      after: { username: admin.username, role: admin.role },
    });
    return { created: true, username: admin.username, generatedPassword } as const;
  });
}
