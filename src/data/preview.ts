import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importReportSchema, type ImportReport } from '../schemas/import-report.ts';

/**
 * A preview shows drafts (marked) where the public build refuses them: the dev server, and a build with
 * `--drafts` (npm run build -- --drafts) or ATLAS_DRAFTS=1.
 */
export function showsDrafts(): boolean {
  return import.meta.env.DEV || process.env.ATLAS_DRAFTS === '1' || process.argv.includes('--drafts');
}

/** The import reports beside the drafts (src/imports/<id>.json), each checked; a bad one names its file. */
export function importReports(root = process.cwd()): ImportReport[] {
  const folder = join(root, 'src/imports');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = `src/imports/${name}`;
      const result = importReportSchema.safeParse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
      if (!result.success) throw new Error(`${file}: ${result.error.issues.map((issue) => `field "${issue.path.join('.')}": ${issue.message}`).join('; ')}`);
      return result.data;
    });
}
