import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { releaseAtlas } from '../../src/data/release-atlas.ts';
import { obligationsOf } from '../../src/lib/atlas.ts';
import { obligationsByBody } from '../../src/lib/obligations-by-body.ts';
import { loadAtlas } from '../helpers/atlas.ts';

describe('the atlas released after the pages', () => {
  it('empties every collection, and nothing in the views keeps the old entries alive', async () => {
    const atlas = loadAtlas();
    const directiveId = atlas.directives[0]!.id;
    const collections = Object.keys(atlas);
    // Views that memoize on the atlas's arrays.
    expect(obligationsOf(atlas, directiveId).length).toBeGreaterThan(0);
    expect(obligationsByBody(atlas, 'mptc').length).toBeGreaterThan(0);
    let obligations: WeakRef<object> | undefined;
    (() => {
      obligations = new WeakRef(atlas.obligations);
    })();

    releaseAtlas(atlas);

    expect(Object.keys(atlas)).toEqual(collections);
    for (const key of collections) expect(atlas[key as keyof typeof atlas], key).toEqual([]);
    expect(obligationsOf(atlas, directiveId)).toEqual([]);
    expect(obligationsByBody(atlas, 'mptc')).toEqual([]);
    // A WeakRef holds its target until the current job ends; then a full collection frees the array.
    await new Promise((resolve) => setImmediate(resolve));
    v8.setFlagsFromString('--expose-gc');
    (runInNewContext('gc') as () => void)();
    expect(obligations?.deref()).toBeUndefined();
  });
});
