import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/domain/types';
import { mayReadRound } from './access';

describe('mayReadRound: who may read a round\'s 汇总表 and 通报 (round of district 7)', () => {
  it.each([
    ['anonymous', null, false],
    ['admin', { role: 'admin', districtIds: [] }, true],
    ['staff of the district', { role: 'staff', districtIds: [7] }, true],
    ['staff of another district', { role: 'staff', districtIds: [8] }, false],
    ['reviewer of the district', { role: 'reviewer', districtIds: [7, 8] }, true],
    ['reviewer of another district', { role: 'reviewer', districtIds: [8] }, false],
    // A reviewer assigned no district reviews every district (lib/auth/access.ts).
    ['reviewer of every district', { role: 'reviewer', districtIds: [] }, true],
  ] as [string, { role: Role; districtIds: number[] } | null, boolean][])('%s → %s', (_name, user, expected) => {
    expect(mayReadRound(user, 7)).toBe(expected);
  });
});
