import { withPayload } from '@payloadcms/next/withPayload';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // `npm test` type-checks the whole repository with tsc; checking again here
  // would only double the build time.
  typescript: { ignoreBuildErrors: true },
  // A one-off production build gains nothing from Turbopack's disk cache but
  // spends ~15 s writing it.
  experimental: { turbopackFileSystemCacheForBuild: false },
  // The admin lives at /admin and the API at /api; there is no public front end here.
  async redirects() {
    return [{ source: '/', destination: '/admin', permanent: false }];
  },
  // On every admin page and API response: no framing by other sites, no MIME
  // sniffing, no referrer beyond this origin. Admin pages get their full policy,
  // with a script nonce per request, from proxy.ts.
  async headers() {
    return [
      {
        source: '/api/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; base-uri 'self'; object-src 'none'" },
        ],
      },
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
