/**
 * A worker thread of the pool in src/parallel.ts: analyses the articles it is
 * sent, one at a time, and posts each result back with the task's id. The
 * lexicon is loaded once, with the first article.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeSafely } from '../analyze.js';
import type { TaskRequest, TaskResult } from '../parallel.js';

if (!parentPort) throw new Error('analyze-worker.js runs as a worker thread of attrib, not on its own');
const port = parentPort;

port.on('message', ({ id, article }: TaskRequest) => {
  const item = analyzeSafely(article);
  const result: TaskResult = 'document' in item ? { id, documentJson: JSON.stringify(item.document) } : { id, error: item.error };
  port.postMessage(result);
});
