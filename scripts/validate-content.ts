// Validates src/content as the build does and prints every problem (file, field, message).
// Runs on Node >= 22.18 / 24, which strip TypeScript types natively.
import { fileURLToPath } from 'node:url';
import { formatProblems, validateContent } from '../src/validation/validate-content.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const problems = validateContent(fileURLToPath(new URL('../src/content/', import.meta.url)), root);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`${problems.length} content problem(s).`);
  process.exit(1);
}
console.log('Content is valid.');
