import { describe, expect, it } from 'vitest';
import { canViewRound } from './access';

const DISTRICT = 7;

describe('canViewRound', () => {
  it.each<[string, { role: 'admin' | 'staff' | 'reviewer'; districtIds: number[] }, boolean]>([
    ['an admin', { role: 'admin', districtIds: [] }, true],
    ['the district\'s staff', { role: 'staff', districtIds: [DISTRICT] }, true],
    ['staff of another district', { role: 'staff', districtIds: [8] }, false],
    ['the district\'s reviewer', { role: 'reviewer', districtIds: [DISTRICT] }, true],
    ['a reviewer of another district', { role: 'reviewer', districtIds: [8] }, false],
    ['a reviewer assigned no district (reviews every district)', { role: 'reviewer', districtIds: [] }, true],
  ])('%s: %s', (_name, user, expected) => {
    expect(canViewRound(user, DISTRICT)).toBe(expected);
  });
});
