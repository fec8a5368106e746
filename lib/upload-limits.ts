/**
 * The largest file a user may upload (a report to ingest, a spreadsheet to import). It
 * stays under the server-action body limit in next.config.js (6 MB), so an oversized
 * file is answered by the app, in the user's language, not refused by the framework.
 */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_UPLOAD_MB = MAX_UPLOAD_BYTES / (1024 * 1024);

/**
 * Whether a form's file is over the limit. Forms check this before sending: the server
 * never sees a body over its limit (the framework refuses it unanswered), and the
 * actions check the same limit again.
 */
export function fileTooLarge(form: FormData, field = 'file'): boolean {
  const file = form.get(field);
  return file instanceof File && file.size > MAX_UPLOAD_BYTES;
}
