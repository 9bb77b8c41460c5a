import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collapseWhitespace, plainText } from '../../src/lib/plain-text.ts';

/** The seed letter, read from the project's own copy (never ../shared). */
export const seedPath = fileURLToPath(new URL('../../seeds/ocm-265-scn-pb-2025.en.txt', import.meta.url));
export const seedText = readFileSync(seedPath, 'utf8');
const lines = seedText.split('\n');

/** The seed's recommendation paragraphs by number, page breaks joined, emphasis removed. */
export function seedRecommendations(): Map<number, string> {
  const result = new Map<number, string[]>();
  let current = 0;
  const start = lines.findIndex((line) => /^1\. /.test(line));
  const end = lines.findIndex((line) => line.startsWith('As stated above'));
  for (const line of lines.slice(start, end)) {
    const numbered = /^(\d+)\. (.*)$/.exec(line);
    if (numbered) {
      current = Number(numbered[1]);
      result.set(current, [numbered[2] ?? '']);
    } else if (line.trim()) result.get(current)?.push(line);
  }
  return new Map([...result].map(([number, parts]) => [number, plainText(parts.join(' '))]));
}

/** The first seed line starting with a prefix, without the prefix, emphasis removed. */
export function seedLine(prefix: string): string {
  const line = lines.find((candidate) => candidate.startsWith(prefix));
  if (line === undefined) throw new Error(`seed has no line starting with ${prefix}`);
  return plainText(line.slice(prefix.length));
}

/** The "- " items that follow a label line ("References : - ..." counts its first item inline). */
export function seedListAfter(label: string): string[] {
  const index = lines.findIndex((line) => line.startsWith(label));
  const items: string[] = [];
  const inline = lines[index]?.slice(label.length).trim();
  if (inline?.startsWith('- ')) items.push(inline.slice(2));
  for (const line of lines.slice(index + 1)) {
    if (line.startsWith('- ')) items.push(line.slice(2));
    else if (line.trim() && items.length > 0) break;
  }
  return items.map(plainText);
}

export { collapseWhitespace, plainText };
