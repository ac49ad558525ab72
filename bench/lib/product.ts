import { rmSync } from 'node:fs';
import { startBuiltProduct } from '../../test/helpers/builtProduct';

export type Product = { siteUrl: string; cmsUrl: string; siteApiKey: string; stop: () => Promise<void> };

// The built product as the end-to-end tests start it (test/helpers/builtProduct.ts).
// One difference, on purpose: the jobs queue is not worked (JOBS_AUTORUN=false),
// so a run measures the request path up to "acknowledgement queued" and not the
// sending that follows it. The servers' output goes to `log`.
export const startProduct = async (log: (line: string) => void): Promise<Product> => {
  const product = await startBuiltProduct('bench', { JOBS_AUTORUN: 'false' });
  return {
    siteUrl: product.siteUrl,
    cmsUrl: product.cmsUrl,
    siteApiKey: product.database.SITE_API_KEY ?? '',
    stop: async () => {
      await product.stop();
      product.logs.forEach(log);
      rmSync(product.database.DATA_DIR ?? '', { recursive: true, force: true });
    },
  };
};
