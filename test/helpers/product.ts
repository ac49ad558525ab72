import type { TestProject } from 'vitest/node';
import { startBuiltProduct } from './builtProduct';

declare module 'vitest' {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    siteUrl: string;
    adminUrl: string;
    cmsUrl: string;
    siteApiKey: string;
    staffLogin: { email: string; password: string };
    resendUrl: string;
  }
}

// The whole built product (see builtProduct.ts), for the end-to-end tests.
export default async function setup(project: TestProject) {
  const product = await startBuiltProduct('e2e');
  project.provide('cmsUrl', product.cmsUrl);
  project.provide('siteUrl', product.siteUrl);
  project.provide('resendUrl', product.resend.url);
  project.provide('adminUrl', product.adminUrl);
  project.provide('siteApiKey', product.database.SITE_API_KEY ?? '');
  project.provide('staffLogin', {
    email: product.database.ADMIN_EMAIL ?? '',
    password: product.database.ADMIN_PASSWORD ?? '',
  });
  return product.stop;
}
