'use server';

import { executeAction } from '@/lib/actions/define-action';
import { getCurrentUser } from '@/lib/auth/current-user';
import { db } from '@/lib/db';
import { importOutcomes } from '@/lib/import/actions';


export async function importAction(_previous: unknown, formData: FormData) {
  const file = formData.get('file');
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  const name = file instanceof File ? file.name : '';
  return executeAction(importOutcomes, { db, user: await getCurrentUser() }, { mode: formData.get('mode'), file: { name, bytes } });
}
