'use server';

import { revalidatePath } from 'next/cache';
import { executeAction } from '@/lib/actions/define-action';
import { createApiToken, revokeApiToken } from '@/lib/api-tokens/actions';
import { getCurrentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db';

export async function createTokenAction(_previous: unknown, formData: FormData) {
  const result = await executeAction(createApiToken, { db, user: await getCurrentUser() }, { name: formData.get('name'), scope: formData.get('scope') });
  revalidatePath('/admin/api-tokens');
  return result;
}

export async function revokeTokenAction(formData: FormData): Promise<void> {
  await executeAction(revokeApiToken, { db, user: await getCurrentUser() }, { id: formData.get('id') });
  revalidatePath('/admin/api-tokens');
}
