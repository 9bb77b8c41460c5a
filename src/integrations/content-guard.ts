import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblems, validateContent } from '../validation/validate-content.ts';

/**
 * Stops `astro dev`, `astro build` and `astro check` when the content is invalid. Astro itself only
 * logs an unknown `reference()` id; we refuse to publish a broken reference, date or translation.
 */
export default function contentGuard(): AstroIntegration {
  return {
    name: 'directive-atlas:content-guard',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = fileURLToPath(config.root);
        const problems = validateContent(fileURLToPath(new URL('src/content/', config.root)), root);
        if (problems.length > 0) {
          throw new Error(`Invalid content (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${formatProblems(problems)}`);
        }
      },
    },
  };
}
