// Who may do what. Pure: takes the user and the record's district, returns yes or no.
import type { SessionUser } from '@/lib/auth/sessions';
import type { Role } from '@/lib/domain/types';
import { AppError } from '@/lib/errors';

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

export function can(user: Pick<SessionUser, 'role' | 'districtIds'> | null, permission: Permission, districtId?: number): boolean {
  if (!user || !roleHas(user.role, permission)) return false;
  // Staff act only for their assigned districts; admins for all.
  if (permission === 'record:outcome' && user.role === 'staff') {
    return districtId !== undefined && user.districtIds.includes(districtId);
  }
  // Units are a district's own organisation: a reviewer manages those of the districts
  // assigned to them (an admin gives a reviewer a district on the users page).
  if ((permission === 'manage:units' || permission === 'manage:rounds') && user.role === 'reviewer') {
    return districtId !== undefined && user.districtIds.includes(districtId);
  }
  // Reviewing: a reviewer assigned districts reviews those; one assigned none is a
  // reviewer for every district (how reviewers were created before scoping existed).
  if (permission === 'review' && user.role === 'reviewer' && user.districtIds.length > 0) {
    return districtId !== undefined && user.districtIds.includes(districtId);
  }
  return true;
}

/** The districts a user may review: null for every district. */
export function reviewDistrictIds(user: Pick<SessionUser, 'role' | 'districtIds'>): number[] | null {
  return user.role === 'reviewer' && user.districtIds.length > 0 ? user.districtIds : null;
}

export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) => ROLE_PERMISSIONS[role].includes(permission));
}

/** Inside an action, once the record's district is known: refuse staff of other districts. */
export function assertCan(user: Pick<SessionUser, 'role' | 'districtIds'>, permission: Permission, districtId?: number): void {
  if (!can(user, permission, districtId)) throw new AppError('forbidden');
}
