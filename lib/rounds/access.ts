// Who may read a round: admins; reviewers who review or manage the district; the
// district's staff (they see how their units stand). Pure.
import { can } from '@/lib/auth/access';
import type { SessionUser } from '@/lib/auth/sessions';

export function canViewRound(user: Pick<SessionUser, 'role' | 'districtIds'>, districtId: number): boolean {
  if (user.role === 'staff') return user.districtIds.includes(districtId);
  return can(user, 'review', districtId) || can(user, 'manage:rounds', districtId);
}
