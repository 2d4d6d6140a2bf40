// The naive baseline of `npm run bench`: compromise's full parse of every
// article (nlp(text), then .people() and .quotations()), one .txt file of the
// folder after another, one line of JSON per article on stdout.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import nlp from 'compromise';

const folder = process.argv[2];
const files = (await readdir(folder, { recursive: true })).filter((f) => f.endsWith('.txt')).sort();
for (const file of files) {
  const doc = nlp(await readFile(path.join(folder, file), 'utf8'));
  const result = { path: file, people: doc.people().out('array'), quotations: doc.quotations().out('array') };
  process.stdout.write(JSON.stringify(result) + '\n');
}
