'use server';

import { revalidatePath } from 'next/cache';
import { runAction } from '@/lib/actions/run-action';
import { createApiToken, revokeApiToken } from '@/lib/api-tokens/actions';

export async function createTokenAction(_previous: unknown, formData: FormData) {
  const result = await runAction(createApiToken, { name: formData.get('name'), scope: formData.get('scope') });
  revalidatePath('/admin/api-tokens');
  return result;
}

export async function revokeTokenAction(formData: FormData): Promise<void> {
  await runAction(revokeApiToken, { id: formData.get('id') });
  revalidatePath('/admin/api-tokens');
}
