// Admins create API tokens (the token is shown once; only its sha256 is kept) and
// revoke them. Both go through defineAction and are audited in the same transaction.
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { generateToken, hashToken } from '@/lib/auth/session-token';
import { recordAudit } from '@/lib/audit/record-audit';
import { AppError } from '@/lib/errors';
import { API_TOKEN_SCOPES } from './scopes';

export const createApiToken = defineAction({
  name: 'api-token.create',
  permission: 'admin',
  schema: z.object({
    name: z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong'),
    scope: z.enum(API_TOKEN_SCOPES, { message: 'validation.required' }),
  }),
  run: async ({ db, user, input }) => {
    const token = generateToken();
    const created = await db.$transaction(async (tx) => {
      const row = await tx.apiToken.create({ data: { name: input.name, scope: input.scope, tokenHash: hashToken(token), createdById: user.id }, select: { id: true, name: true, scope: true, createdAt: true } });
      await recordAudit(tx, { actor: { userId: user.id }, action: 'api_token.create', entityType: 'api_token', entityId: row.id, after: { name: row.name, scope: row.scope } });
      return row;
    });
    return { ...created, token };
  },
});

export const revokeApiToken = defineAction({
  name: 'api-token.revoke',
  permission: 'admin',
  schema: z.object({ id: z.coerce.number().int().positive() }),
  run: async ({ db, user, input }) => {
    return db.$transaction(async (tx) => {
      const existing = await tx.apiToken.findUnique({ where: { id: input.id }, select: { id: true, name: true, revokedAt: true } });
      if (!existing) throw new AppError('not_found');
      if (existing.revokedAt) return { id: existing.id, revokedAt: existing.revokedAt };
      const revokedAt = new Date();
      await tx.apiToken.update({ where: { id: existing.id }, data: { revokedAt } });
      await recordAudit(tx, { actor: { userId: user.id }, action: 'api_token.revoke', entityType: 'api_token', entityId: existing.id, before: { name: existing.name, revokedAt: null }, after: { revokedAt: revokedAt.toISOString() } });
      return { id: existing.id, revokedAt };
    });
  },
});

export const API_TOKEN_ACTIONS = [createApiToken, revokeApiToken];
