// Where to go after sign-in. Only same-site relative paths: "//evil.example" and
// "/\evil.example" are protocol-relative URLs to a browser, so they are refused.
export function safeNext(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}
