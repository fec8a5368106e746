// Who may do what, by role. Pure. For which districts: lib/auth/district-scope.ts.
import type { Role } from '@/lib/domain/types';

export type Permission =
  | 'record:outcome' // record a figure or edit a target of a district
  | 'review'         // verify/dispute outcomes, confirm/override verdicts
  | 'manage:units'   // a district's responsible units (责任单位) and their assignment to targets
  | 'manage:rounds'  // open and close a district's reporting rounds (填报轮次)
  | 'admin';         // users, districts, indicators, settings, API tokens

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ['admin', 'record:outcome', 'review', 'manage:units', 'manage:rounds'],
  staff: ['record:outcome'],
  reviewer: ['review', 'manage:units', 'manage:rounds'],
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) => ROLE_PERMISSIONS[role].includes(permission));
}
