// Part of `npm run build`: writes compromise's extended lexicon to
// dist/compromise-lexicon.json, so that a run parses it instead of loading
// compromise (see src/compromise-lexicon.ts).
import { writeFileSync } from 'node:fs';
import { SNAPSHOT_FILE, snapshotJson } from '../dist/compromise-lexicon.js';
import { LEXICON_ADDITIONS } from '../dist/lexicon/words.js';

writeFileSync(SNAPSHOT_FILE, snapshotJson(LEXICON_ADDITIONS));
