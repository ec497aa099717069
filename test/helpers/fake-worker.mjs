// A stand-in for dist/cli/worker.js in pool tests: answers each task by its
// source, without the pipeline. "die" ends the thread, "fail" is a failed
// result, "slow" takes 50 ms; workerData.readyAfterMs delays its `ready`.
import { parentPort, workerData } from 'node:worker_threads';

const later = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
await later(workerData.readyAfterMs ?? 0);
if (workerData.throwAtStart) throw new Error('cannot load');
parentPort.on('message', async (task) => {
  if (task.source === 'die') process.exit(3);
  if (task.source === 'slow') await later(50);
  if (task.source === 'fail') parentPort.postMessage({ seq: task.seq, ok: false, reason: 'failed in the worker' });
  else parentPort.postMessage({ seq: task.seq, ok: true, texts: [`worker:${task.source}`], stats: {}, warnings: [] });
});
parentPort.postMessage({ ready: true });
