import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/types';
import { canViewRound } from './access';

// Also the rule of the round's 汇总表 downloads (lib/round-outputs/serve.ts).
describe('canViewRound (a round of district 7)', () => {
  it.each([
    ['admin', { role: 'admin', districtIds: [] }, true],
    ['staff of the district', { role: 'staff', districtIds: [7] }, true],
    ['staff of another district', { role: 'staff', districtIds: [8] }, false],
    ['reviewer of the district', { role: 'reviewer', districtIds: [7, 8] }, true],
    ['reviewer of another district', { role: 'reviewer', districtIds: [8] }, false],
    // A reviewer assigned no district reviews every district (lib/auth/access.ts).
    ['reviewer of every district', { role: 'reviewer', districtIds: [] }, true],
  ] as [string, { role: Role; districtIds: number[] }, boolean][])('%s → %s', (_name, user, expected) => {
    expect(canViewRound(user, 7)).toBe(expected);
  });
});
