'use server';

import { runAction } from '@/lib/actions/run-action';
import { importOutcomes } from '@/lib/import/actions';


export async function importAction(_previous: unknown, formData: FormData) {
  const file = formData.get('file');
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  const name = file instanceof File ? file.name : '';
  return runAction(importOutcomes, { mode: formData.get('mode'), progressId: formData.get('progressId'), file: { name, bytes } });
}
