import { describe, expect, it } from 'vitest';
import { PadananError } from '../../../core/errors';
import { WorkerRpc, type RpcRequest, type RpcWorker } from '../../../renderer/src/workers/workerRpc';

type Call = { type: 'echo'; text: string };

/** A worker double: calls wait until the test answers them, in any order. */
function fakeWorker() {
  const received: RpcRequest<Call>[] = [];
  let terminated = false;
  const worker: RpcWorker<Call> = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => received.push(structuredClone(message)),
    terminate: () => {
      terminated = true;
    },
  };
  const reply = (data: unknown) => worker.onmessage?.({ data } as MessageEvent<unknown>);
  return { worker, received, reply, terminated: () => terminated };
}

const failed = (detail: string) => new PadananError('test.workerFailed', `failed: ${detail}`, { detail });

describe('WorkerRpc', () => {
  it('matches replies to calls by id, in any order, and re-creates PadananErrors', async () => {
    const w = fakeWorker();
    const rpc = new WorkerRpc<Call>(w.worker, failed, 'test');
    const first = rpc.call({ type: 'echo', text: 'a' });
    const second = rpc.call({ type: 'echo', text: 'b' });
    const third = rpc.call({ type: 'echo', text: 'c' });
    expect(w.received.map((r) => r.id)).toEqual([1, 2, 3]);
    w.reply({ id: 2, ok: true, value: 'B' });
    w.reply({ id: 1, ok: true, value: 'A' });
    w.reply({ id: 3, ok: false, error: { padanan: true, code: 'glossary.encoding', message: 'not UTF-8', params: { line: 4 } } });
    expect(await first).toBe('A');
    expect(await second).toBe('B');
    await expect(third).rejects.toMatchObject({ code: 'glossary.encoding', params: { line: 4 } });
  });

  it('turns a bug in the worker into failed(detail), and a nonsense reply into the end of the worker', async () => {
    const w = fakeWorker();
    const rpc = new WorkerRpc<Call>(w.worker, failed, 'test');
    const bug = rpc.call({ type: 'echo', text: 'a' });
    w.reply({ id: 1, ok: false, error: { padanan: false, code: 'import.failed', message: 'x is undefined', params: {} } });
    await expect(bug).rejects.toMatchObject({ code: 'test.workerFailed', params: { detail: 'x is undefined' } });

    const pending = rpc.call({ type: 'echo', text: 'b' });
    w.reply({ hello: true });
    await expect(pending).rejects.toMatchObject({ code: 'test.workerFailed', params: { detail: 'unexpected reply from the test worker' } });
    expect(w.terminated()).toBe(true);
    await expect(rpc.call({ type: 'echo', text: 'c' })).rejects.toMatchObject({ code: 'test.workerFailed' });
  });

  it('rejects what is pending and every later call once disposed', async () => {
    const w = fakeWorker();
    const rpc = new WorkerRpc<Call>(w.worker, failed, 'test');
    const pending = rpc.call({ type: 'echo', text: 'a' });
    rpc.dispose();
    await expect(pending).rejects.toMatchObject({ params: { detail: 'closed' } });
    await expect(rpc.call({ type: 'echo', text: 'b' })).rejects.toMatchObject({ params: { detail: 'closed' } });
    expect(w.received).toHaveLength(1);
  });
});
