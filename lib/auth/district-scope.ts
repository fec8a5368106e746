// District scope, decided in one place. Roles say what a user may do (access.ts);
// scope says for which districts' records: staff record for their assigned districts,
// reviewers assigned districts review (and organise the units of) only those, admins
// act everywhere. Lists put `districtWhere` in their query's WHERE; one record is
// answered by `decideScope`.
//
// Reading is never district-scoped: every district's targets, outcomes and documents
// are public (at most behind "reading requires sign-in", checked before any of this).
// So a record that exists is one the caller may read, and out of scope it answers
// 403 with the reason; one that does not exist answers 404. Pages (forbidden() /
// notFound(), lib/auth/require-in-scope.ts) and actions (codes forbidden / not_found,
// the reason as details.messageKey) answer from here. The API (/api/v1) only reads,
// so it answers 404 for a missing record and never refuses one by district.
import { type Permission, roleHas } from '@/lib/auth/access';
import type { SessionUser } from '@/lib/auth/sessions';
import { AppError } from '@/lib/errors';

type ScopeUser = Pick<SessionUser, 'role' | 'districtIds'>;

/** The districts whose records the user may act on with this permission: null for every district, [] for none. */
export function scopedDistrictIds(user: ScopeUser | null, permission: Permission): number[] | null {
  if (!user || !roleHas(user.role, permission)) return [];
  if (permission === 'record:outcome' && user.role === 'staff') return user.districtIds;
  // Units are a district's own organisation: a reviewer manages those of the districts assigned to them.
  if ((permission === 'manage:units' || permission === 'manage:rounds') && user.role === 'reviewer') return user.districtIds;
  // A reviewer assigned no district reviews every district (how reviewers were created before scoping existed).
  if (permission === 'review' && user.role === 'reviewer' && user.districtIds.length > 0) return user.districtIds;
  return null;
}

/** The Prisma WHERE fragment of a list of records the user may act on: `{}` when every district is in scope. */
export function districtWhere(user: ScopeUser | null, permission: Permission): { districtId?: { in: number[] } } {
  const ids = scopedDistrictIds(user, permission);
  return ids === null ? {} : { districtId: { in: ids } };
}

/** May the user act with this permission (on a record of this district)? Without a district: anywhere at all. */
export function can(user: ScopeUser | null, permission: Permission, districtId?: number): boolean {
  const ids = scopedDistrictIds(user, permission);
  return ids === null || (districtId !== undefined && ids.includes(districtId));
}

export type ScopeDecision = 'ok' | 'forbidden' | 'not_found';

/** One record, by its district (null or undefined: the record does not exist). */
export function decideScope(user: ScopeUser | null, permission: Permission, districtId: number | null | undefined): ScopeDecision {
  if (districtId === null || districtId === undefined) return 'not_found';
  return can(user, permission, districtId) ? 'ok' : 'forbidden';
}

/** Why an existing record was refused: a message key (root of messages/<locale>/*.json), one per kind of work. */
export function scopeReasonKey(permission: Permission): string {
  if (permission === 'review') return 'validation.scope.review';
  if (permission === 'manage:units') return 'validation.scope.units';
  if (permission === 'manage:rounds') return 'validation.scope.rounds';
  if (permission === 'record:outcome') return 'validation.scope.record';
  return 'validation.codes.forbidden';
}

/** Inside an action: the record's district, or an AppError the wrapper answers with (forbidden carries the reason). */
export function assertInScope(user: ScopeUser, permission: Permission, districtId: number | null | undefined): asserts districtId is number {
  const decision = decideScope(user, permission, districtId);
  if (decision === 'not_found') throw new AppError('not_found');
  if (decision === 'forbidden') throw scopeRefusal(permission);
}

/** The refusal of an existing record outside the user's districts. */
export function scopeRefusal(permission: Permission): AppError {
  return new AppError('forbidden', 'outside the user\'s districts', { reason: 'other_district', messageKey: scopeReasonKey(permission) });
}
