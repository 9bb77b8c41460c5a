import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import contentStoreOnDisk, { CONTENT_STORE_MODULE, contentStoreModuleCode } from '../../src/integrations/content-store-on-disk.ts';

const scratch = mkdtempSync(join(tmpdir(), 'atlas-store-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type LoadHook = { order: string; handler: (id: string) => { code: string } | null };

/** The Vite plugin the integration registers for a project whose cache directory is `cacheDir`. */
function pluginFor(cacheDir: string) {
  let plugins: { name: string; apply: string; load: LoadHook }[] = [];
  const setup = contentStoreOnDisk().hooks['astro:config:setup'] as unknown as (options: object) => void;
  setup({ config: { cacheDir: pathToFileURL(`${cacheDir}/`) }, updateConfig: (update: { vite: { plugins: typeof plugins } }) => (plugins = update.vite.plugins) });
  expect(plugins).toHaveLength(1);
  return plugins[0]!;
}

describe('the content store read from its file', () => {
  it('gives the pages the same store as the file holds, Khmer text included', async () => {
    // A store as Astro writes it: devalue's flat array, with text in both languages.
    const store = [['Map', 1], [2, 3], 'recommendations', 'ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍ "quoted" \\ back\nslash'];
    const storeFile = join(scratch, 'data-store.json');
    writeFileSync(storeFile, JSON.stringify(store));
    const moduleFile = join(scratch, 'store-module.mjs');
    writeFileSync(moduleFile, contentStoreModuleCode(storeFile));
    const loaded = (await import(pathToFileURL(moduleFile).href)) as { default: unknown };
    expect(loaded.default).toEqual(store);
  });

  it('serves only the store module, only in a build, before Astro does, and leaves it to Astro when there is no store file', () => {
    const cacheDir = join(scratch, 'cache');
    const plugin = pluginFor(cacheDir);
    expect(plugin.apply).toBe('build');
    expect(plugin.load.order).toBe('pre');
    // No store file: Astro's own hook answers (with an empty store).
    expect(plugin.load.handler(CONTENT_STORE_MODULE)).toBeNull();
    mkdirSync(cacheDir);
    writeFileSync(join(cacheDir, 'data-store.json'), '[]');
    expect(plugin.load.handler(CONTENT_STORE_MODULE)?.code).toBe(contentStoreModuleCode(join(cacheDir, 'data-store.json')));
    expect(plugin.load.handler('\0astro:content')).toBeNull();
  });
});
