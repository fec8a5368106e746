import { describe, expect, it } from 'vitest';
import { readNotice, withNotice } from './notice';

const read = (path: string) => readNotice(new URL(path, 'http://local').searchParams);

describe('one-shot notices', () => {
  it('adds the notice to a path, keeping its query and hash', () => {
    expect(withNotice('/todo', 'password_changed')).toBe('/todo?notice=password_changed');
    expect(withNotice('/districts/x?year=2024#t', 'password_changed')).toBe('/districts/x?year=2024&notice=password_changed#t');
    expect(withNotice('/key-tasks/7', 'key_task_withdrawn', { items: 3 })).toBe('/key-tasks/7?notice=key_task_withdrawn&items=3');
  });

  it('shows only known notices', () => {
    expect(read('/todo?notice=password_changed')).toEqual({ namespace: 'auth', key: 'password.changed', values: {}, params: ['notice'] });
    expect(read('/?notice=toString')).toBeNull();
    expect(read('/?notice=%3Cscript%3E')).toBeNull();
    expect(read('/')).toBeNull();
  });

  it('reads a notice\'s count back, and only as a whole number', () => {
    expect(read(withNotice('/key-tasks/7', 'key_task_withdrawn', { items: 0 }))).toEqual({ namespace: 'keyTasks.notices', key: 'withdrawn', values: { items: 0 }, params: ['notice', 'items'] });
    expect(read('/key-tasks/7?notice=key_task_withdrawn&items=3')?.values).toEqual({ items: 3 });
    // Words in place of the count, or no count at all: no notice, so a link cannot put text on the page.
    expect(read('/key-tasks/7?notice=key_task_withdrawn&items=%E5%85%A8%E9%83%A8')).toBeNull();
    expect(read('/key-tasks/7?notice=key_task_withdrawn&items=-1')).toBeNull();
    expect(read('/key-tasks/7?notice=key_task_withdrawn')).toBeNull();
  });
});
