import { describe, expect, inject, it } from 'vitest';
import { pagePaths } from '../../bench/page/pages';
import { pageWeight } from '../../bench/page/weight';

// What a reader on a slow phone line downloads for a form page: its HTML, the
// stylesheets and the scripts, each gzipped as a compressing server sends them.
const FORM_PAGE_BUDGET_BYTES = 12 * 1024;

describe('page weight', () => {
  it('keeps every form page, in every language, within 12 kB gzipped in all', async () => {
    const forms = pagePaths().filter((path) => !path.endsWith('/'));
    const weights = await Promise.all(forms.map((path) => pageWeight(inject('siteUrl'), path)));
    const over = weights.filter((weight) => weight.total > FORM_PAGE_BUDGET_BYTES);
    expect(over.map(({ path, total }) => `${path}: ${total} bytes`)).toEqual([]);
    // The inline checks still come with the page.
    expect(weights.every((weight) => weight.js > 0)).toBe(true);
  });
});
