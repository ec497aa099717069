/**
 * A batch worker thread (started by run.ts from the compiled dist/ copy):
 * runs tasks as they arrive and posts each result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { taskRunner, type Task } from './task.js';
import { encodedForPosting } from './renderings.js';
import type { TaskSettings } from './settings.js';
import type { WorkerMessage } from './run.js';

const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread of claims');
const run = await taskRunner(workerData as TaskSettings);
port.on('message', (task: Task) => {
  void run(task).then((result) => {
    const posted = encodedForPosting(result);
    port.postMessage(posted.result, posted.transfer);
  });
});
// Work is sent once a worker is ready; until then the main thread does it.
port.postMessage({ ready: true } satisfies WorkerMessage);
