import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The module through which Astro's prerendered pages reach the content layer's store. */
export const CONTENT_STORE_MODULE = '\0astro:data-layer-content';

/**
 * The code of that module: the store read from its file when the pages first ask for it, instead of
 * Astro's own code, which embeds the whole store as one string literal in the server bundle. At 1,000
 * directives that literal is 154 MB of JSON: the bundler took it in, and during the pages and the search
 * index the build process kept three copies of it as UTF-16 strings (about 210 MB each, read from its
 * memory map) beside the parsed store. Read at run time, the text is garbage once parsed.
 */
export function contentStoreModuleCode(storeFile: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

/**
 * Serves that module during `astro build` (`order: 'pre'`, so before Astro's own load hook). The pages
 * are prerendered on this machine, in this build, so the store file (in Astro's cache directory) is
 * there when they run; no page of the static site reads it afterwards. When there is no store file,
 * Astro's own hook answers (an empty store).
 */
export default function contentStoreOnDisk(): AstroIntegration {
  return {
    name: 'directive-atlas:content-store-on-disk',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'directive-atlas:content-store-on-disk',
                apply: 'build',
                load: {
                  order: 'pre',
                  filter: { id: new RegExp(`^${CONTENT_STORE_MODULE}$`) },
                  handler: (id: string) => (id === CONTENT_STORE_MODULE && existsSync(storeFile) ? { code: contentStoreModuleCode(storeFile), map: { mappings: '' } } : null),
                },
              },
            ],
          },
        });
      },
    },
  };
}
