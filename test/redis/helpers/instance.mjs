// One app instance in its own process, driven by the test over IPC: it runs the built package
// (dist/redis.js) exactly as an application would import spamsift/redis.
import { connectModerator } from '../../../dist/redis.js';

let shared;
const errors = [];

async function learnOps(ops, { retry = false, checkWith } = {}) {
  const acknowledged = [];
  let refused = 0;
  for (const op of ops) {
    for (;;) {
      try {
        if (checkWith) shared.check(checkWith); // checks go on whatever Redis does
        const id = op.op === 'learn' ? await shared.learn(op.comment, op.label) : await shared.unlearn(op.comment);
        acknowledged.push({ docId: op.comment.id, op: op.op, label: op.label, id });
        if (acknowledged.length % 25 === 0) process.send({ progress: acknowledged.length });
        break;
      } catch (error) {
        if (!retry || error.code !== 'E_REDIS_UNAVAILABLE') throw error;
        refused++;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }
  return { acknowledged, refused };
}

const commands = {
  async connect({ url, key, options }) {
    shared = await connectModerator({ url, key, options, onError: (e) => errors.push(e.code) });
    return shared.status();
  },
  learn: ({ ops, retry, checkWith }) => learnOps(ops, { retry, checkWith }),
  async learnThenDie({ ops }) {
    for (const op of ops) await shared.learn(op.comment, op.label);
    // Killed right after the event is in the stream, before this instance applied it.
    process.kill(process.pid, 'SIGKILL');
  },
  sync: () => shared.sync(),
  snapshot: () => shared.snapshot(),
  status: () => ({ ...shared.status(), lastError: undefined, errors }),
  /** The model after exportModel() refreshed its calibration, and the scores it gives. */
  scores({ comments }) {
    const model = shared.exportModel();
    return { model, scores: comments.map((c) => shared.check(c).score) };
  },
  close: () => shared.close(),
};

process.on('message', async ({ id, cmd, args }) => {
  try {
    process.send({ id, ok: true, value: await commands[cmd](args ?? {}) });
  } catch (error) {
    process.send({ id, ok: false, error: { code: error.code, message: error.message } });
  }
});
process.send({ ready: true });
