/** attrib as a library: `import { analyzeText, analyzeFiles } from 'attrib'`. */
export { analyzeText, analyzeFiles, analyzeInputs, buildReport, VERSION, type AnalyzeOptions, type ExpandedInputs, type ResultItem } from './analyze.js';
export type * from './types.js';
