// Part of `npm run build`: writes compromise's extended lexicon to
// dist/lexicon/compromise-lexicon.json, so that a run parses it instead of loading
// compromise (see src/lexicon/compromise-lexicon.ts).
import { writeFileSync } from 'node:fs';
import { SNAPSHOT_FILE, snapshotJson } from '../dist/lexicon/compromise-lexicon.js';
import { LEXICON_ADDITIONS } from '../dist/lexicon/words.js';

writeFileSync(SNAPSHOT_FILE, snapshotJson(LEXICON_ADDITIONS));
