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
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
