import { describe, expect, it } from 'vitest';
import { assertInScope, decideScope, districtWhere, scopedDistrictIds } from './district-scope';
import type { Permission } from './access';
import type { Role } from '@/lib/domain/types';

const OWN = 1;
const OTHER = 2;
const user = (role: Role, districtIds: number[] = []) => ({ role, districtIds });

describe('district scope', () => {
  // [who, permission, districts in scope (null: all), record of OTHER district]
  const cases: [string, ReturnType<typeof user>, Permission, number[] | null, 'ok' | 'forbidden'][] = [
    ['staff records for their district', user('staff', [OWN]), 'record:outcome', [OWN], 'forbidden'],
    ['staff never review', user('staff', [OWN]), 'review', [], 'forbidden'],
    ['a reviewer assigned a district reviews only it', user('reviewer', [OWN]), 'review', [OWN], 'forbidden'],
    ['a reviewer assigned none reviews every district', user('reviewer'), 'review', null, 'ok'],
    ['a reviewer manages the units of assigned districts only', user('reviewer', [OWN]), 'manage:units', [OWN], 'forbidden'],
    ['a reviewer assigned none manages no units', user('reviewer'), 'manage:units', [], 'forbidden'],
    ['a reviewer never records', user('reviewer', [OWN]), 'record:outcome', [], 'forbidden'],
    ['an admin acts everywhere', user('admin'), 'record:outcome', null, 'ok'],
  ];
  for (const [name, who, permission, ids, other] of cases) {
    it(name, () => {
      expect(scopedDistrictIds(who, permission)).toEqual(ids);
      expect(districtWhere(who, permission)).toEqual(ids === null ? {} : { districtId: { in: ids } });
      expect(decideScope(who, permission, OTHER)).toBe(other);
      // A record that does not exist is not found, in scope or not.
      expect(decideScope(who, permission, null)).toBe('not_found');
    });
  }

  it('an existing record out of scope is refused with the reason; a missing one is not found', () => {
    const staff = user('staff', [OWN]);
    expect(() => assertInScope(staff, 'record:outcome', OWN)).not.toThrow();
    expect(() => assertInScope(staff, 'record:outcome', OTHER)).toThrow(expect.objectContaining({ code: 'forbidden', details: { reason: 'other_district', messageKey: 'validation.scope.record' } }));
    expect(() => assertInScope(staff, 'record:outcome', undefined)).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => assertInScope(user('reviewer', [OWN]), 'review', OTHER)).toThrow(expect.objectContaining({ details: expect.objectContaining({ messageKey: 'validation.scope.review' }) }));
  });

  it('no user has no scope', () => {
    expect(scopedDistrictIds(null, 'record:outcome')).toEqual([]);
    expect(decideScope(null, 'record:outcome', OWN)).toBe('forbidden');
  });
});
