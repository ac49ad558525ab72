import { bodyOf, type LoadRequest } from '../lib/load';
import type { Product } from '../lib/product';
import { bareCaseBody, cmsCaseBody, formBody, formSubmissionBody } from './complaint';

export const intakeSides = ['site form', 'CMS API', 'form builder', 'bare create'] as const;
export type IntakeSide = (typeof intakeSides)[number];

const json = { 'content-type': 'application/json' };

// The three ways in. The site's form answers a filed complaint with 303; Astro
// refuses a form POST without a matching Origin, as browsers send it.
export const intakeRequests = ({
  product,
  baselineUrl,
  formId,
}: {
  product: Product;
  baselineUrl: string;
  formId: number | string;
}): Record<IntakeSide, LoadRequest & { expect: number }> => ({
  'site form': {
    url: `${product.siteUrl}/nl/complaint`,
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: product.siteUrl },
    body: formBody,
    expect: 303,
  },
  // What the site sends the CMS for that form (site/lib/cms.ts), without the
  // site: splits the site's share of the time from the CMS's.
  'CMS API': {
    url: `${product.cmsUrl}/api/cases?locale=nl&depth=0`,
    method: 'POST',
    headers: { ...json, authorization: `api-clients API-Key ${product.siteApiKey}` },
    body: cmsCaseBody,
    expect: 201,
  },
  'form builder': {
    url: `${baselineUrl}/api/form-submissions?depth=0`,
    method: 'POST',
    headers: json,
    body: formSubmissionBody(formId),
    expect: 201,
  },
  'bare create': {
    url: `${baselineUrl}/api/bare-cases?depth=0`,
    method: 'POST',
    headers: json,
    body: bareCaseBody(),
    expect: 201,
  },
});

// One request each before any load, so a misconfigured side fails loudly
// instead of being measured answering errors fast.
export const checkTarget = async (side: string, request: LoadRequest & { expect: number }) => {
  const { url, method, headers, expect } = request;
  const response = await fetch(url, { method, headers, body: bodyOf(request), redirect: 'manual' });
  if (response.status !== expect) {
    throw new Error(
      `${side}: expected ${expect} from ${url}, got ${response.status}: ${(await response.text()).slice(0, 500)}`,
    );
  }
};
