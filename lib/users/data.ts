import 'server-only';
import { db } from '@/lib/db';

export async function listUsers() {
  return db.user.findMany({
    select: { id: true, username: true, email: true, displayName: true, role: true, disabled: true, mustChangePassword: true, version: true, districts: { select: { districtId: true } } },
    orderBy: { username: 'asc' },
  });
}
