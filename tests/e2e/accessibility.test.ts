import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserStepTimeout, openSite } from '../helpers/browser.ts';
import { bothLanguages } from '../helpers/page-types.ts';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let site: Awaited<ReturnType<typeof openSite>>;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => site?.close());

/** axe's WCAG 2.2 A/AA audit of one page at one width: a test per page, so a busy machine slows each a little. */
async function audit(path: string, width: number): Promise<string[]> {
  // axe is injected as an inline script, which our CSP rightly refuses: bypass it for this audit only.
  const context = await site.browser.newContext({ bypassCSP: true, viewport: { width, height: 900 } });
  context.setDefaultTimeout(browserStepTimeout);
  try {
    const page = await context.newPage();
    const response = await page.goto(new URL(path, site.base).href, { waitUntil: 'networkidle' });
    expect(response?.status(), path).toBe(200);
    if (path.includes('/search/?q=')) await page.waitForSelector('#search-results li.result');
    await page.addScriptTag({ content: axeSource });
    const result = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })`)) as {
      violations: { id: string; nodes: { target: string[] }[] }[];
    };
    return result.violations.map(
      (violation) =>
        `${violation.id} (${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')})`,
    );
  } finally {
    await context.close();
  }
}

describe.each([1280, 390])('no axe WCAG 2.2 A/AA violation at %ipx', (width) => {
  it.each(bothLanguages)('%s', async (path) => {
    expect(await audit(path, width)).toEqual([]);
  });
});
