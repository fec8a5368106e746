// Where to go after sign-in. Only same-site relative paths: "//evil.example" and
// "/\evil.example" are protocol-relative URLs to a browser, so they are refused.
// `value` is whatever the query held: a repeated parameter arrives as an array.
export function safeNext(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}
