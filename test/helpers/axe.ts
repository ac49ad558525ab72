import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

type Violation = { id: string; impact: string | null; help: string; nodes: { target: unknown }[] };

const axeSource = (): string => {
  const require = createRequire(import.meta.url);
  return require('node:fs').readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') as string;
};

// Runs axe-core in the page against WCAG 2.1 A and AA; returns a readable list
// of what fails, so a test can assert it is empty and show why when it is not.
export const accessibilityViolations = async (page: Page): Promise<string[]> => {
  // evaluate() is not subject to the page's Content-Security-Policy, a script tag would be.
  await page.evaluate(axeSource());
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
  );
};
