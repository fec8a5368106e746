import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import type { Permission } from '@/lib/auth/access';
import { decideScope } from '@/lib/auth/district-scope';
import type { SessionUser } from '@/lib/auth/sessions';

/**
 * For pages: a record (by its district; null or undefined when it does not exist) the
 * user works on with this permission. Missing answers 404; another district's record,
 * which the user may read on its public page, answers 403 (app/forbidden.tsx says why).
 */
export function requireInScope(user: SessionUser, permission: Permission, districtId: number | null | undefined): asserts districtId is number {
  const decision = decideScope(user, permission, districtId);
  if (decision === 'not_found') notFound();
  if (decision === 'forbidden') forbidden();
}
