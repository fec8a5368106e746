// Who may read a round's outputs (汇总表 files, 督查通报): the people who work the
// round. Its district's staff (they report), reviewers who review the district, and those
// who open and close its rounds; admins all. Pure, on the permission table (lib/auth/access).
import { can } from '@/lib/auth/district-scope';
import type { SessionUser } from '@/lib/auth/sessions';

export function mayReadRound(user: Pick<SessionUser, 'role' | 'districtIds'> | null, districtId: number): boolean {
  return can(user, 'record:outcome', districtId) || can(user, 'review', districtId) || can(user, 'manage:rounds', districtId);
}
