/**
 * `attrib eval`: score the pipeline against gold attributions (../shared/eval).
 * Metric definitions: see score.ts.
 */

import type { DocumentResult } from '../types.js';
import type { GoldDocument } from './gold.js';
import { aggregate, scoreDocument, type DocumentScore, type EvalMetrics } from './score.js';

export * from './gold.js';
export * from './score.js';
export * from './report.js';

/** Run `analyze` on each gold document (sequentially) and score it. */
export async function evaluate(
  goldDocs: readonly GoldDocument[],
  analyze: (doc: GoldDocument) => DocumentResult | Promise<DocumentResult>,
): Promise<{ metrics: EvalMetrics; scores: DocumentScore[] }> {
  const scores: DocumentScore[] = [];
  for (const doc of goldDocs) {
    const predicted = await analyze(doc);
    scores.push(scoreDocument(doc, predicted));
  }
  return { metrics: aggregate(scores), scores };
}
