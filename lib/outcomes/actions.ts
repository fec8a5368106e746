'use server';

import type { FormState } from '@/lib/actions/form-state';
import { formValues, runFormAction } from '@/lib/actions/run-action';
import { recordOutcome } from '@/lib/outcomes/mutations';

/**
 * The answer is the saved revision only, no page: a revalidatePath here made Next.js
 * render the whole record page into every action response (most of a write's server
 * CPU), and the form refreshes the page itself after a save (router.refresh(), which
 * also drops the browser's cached pages, /todo among them). Nothing is cached on the
 * server, so the next page load anywhere shows the write.
 */
export async function recordOutcomeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(recordOutcome, formValues(formData), (data) => ({
    key: 'workflow.outcome.saved', values: { revision: data.revision },
    data: { revision: data.revision, targetId: data.targetId, periodMonths: data.periodMonths },
  }));
}
