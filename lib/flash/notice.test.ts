import { describe, expect, it } from 'vitest';
import { noticeKey, withNotice } from './notice';

describe('one-shot notices', () => {
  it('adds the notice to a path, keeping its query and hash', () => {
    expect(withNotice('/todo', 'password_changed')).toBe('/todo?notice=password_changed');
    expect(withNotice('/districts/x?year=2024#t', 'password_changed')).toBe('/districts/x?year=2024&notice=password_changed#t');
  });

  it('shows only known notices', () => {
    expect(noticeKey('password_changed')).toBe('password.changed');
    expect(noticeKey('toString')).toBeNull();
    expect(noticeKey('<script>')).toBeNull();
    expect(noticeKey(null)).toBeNull();
  });
});
