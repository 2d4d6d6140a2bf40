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

const utf8 = new TextEncoder();

port.on('message', ({ id, article }: TaskRequest) => {
  const item = analyzeSafely(article);
  if (!('document' in item)) {
    port.postMessage({ id, error: item.error } satisfies TaskResult);
    return;
  }
  const documentJsonUtf8 = utf8.encode(JSON.stringify(item.document));
  port.postMessage({ id, documentJsonUtf8 } satisfies TaskResult, [documentJsonUtf8.buffer]);
});
