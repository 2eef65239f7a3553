import { createRechecker } from '../../src/app/recheck';

/** A check whose runs the test finishes by hand, one at a time. */
function harness(delayMs = 400) {
  const pending: ((n: number) => void)[] = [];
  const results: number[] = [];
  let started = 0;
  const r = createRechecker<number>({
    run: () => {
      started++;
      const n = started;
      return new Promise<number>((resolve) => pending.push(() => resolve(n)));
    },
    onStart: () => undefined,
    onResult: (n) => results.push(n),
    onError: () => undefined,
    delayMs,
  });
  const finish = async (): Promise<void> => {
    pending.shift()?.(0);
    // Let the promise callbacks run.
    await Promise.resolve();
    await Promise.resolve();
  };
  return { r, results, finish, started: () => started, running: () => pending.length };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('when the pane checks the message again', () => {
  it('waits for a quiet moment after changes, then checks once', () => {
    const h = harness();
    h.r.request();
    jest.advanceTimersByTime(300);
    h.r.request();
    jest.advanceTimersByTime(300);
    expect(h.started()).toBe(0);
    jest.advanceTimersByTime(100);
    expect(h.started()).toBe(1);
  });

  it('checks at once when asked to (first load, the recheck button)', () => {
    const h = harness();
    h.r.request({ immediate: true });
    expect(h.started()).toBe(1);
  });

  it('never runs two checks at once, and checks again after a change made meanwhile', async () => {
    const h = harness();
    h.r.request({ immediate: true });
    h.r.request({ immediate: true });
    expect(h.running()).toBe(1);
    await h.finish();
    expect(h.results).toEqual([1]);
    expect(h.started()).toBe(2);
    await h.finish();
    expect(h.results).toEqual([1, 2]);
  });

  it('drops the result of a check that read the message before the pane edited it', async () => {
    const h = harness();
    h.r.request({ immediate: true });
    h.r.request({ immediate: true, invalidate: true });
    await h.finish();
    expect(h.results).toEqual([]);
    expect(h.started()).toBe(2);
    await h.finish();
    expect(h.results).toEqual([2]);
  });

  it('does nothing more once disposed', async () => {
    const h = harness();
    h.r.request({ immediate: true });
    h.r.request();
    h.r.dispose();
    await h.finish();
    jest.advanceTimersByTime(1000);
    expect(h.results).toEqual([]);
    expect(h.started()).toBe(1);
  });

  it('reports a failed check and keeps going', async () => {
    const errors: unknown[] = [];
    let fail = true;
    const results: string[] = [];
    const r = createRechecker<string>({
      run: () => (fail ? Promise.reject(new Error('Office said no')) : Promise.resolve('ok')),
      onStart: () => undefined,
      onResult: (x) => results.push(x),
      onError: (e) => errors.push(e),
      delayMs: 10,
    });
    r.request({ immediate: true });
    await Promise.resolve();
    await Promise.resolve();
    expect(errors).toHaveLength(1);
    fail = false;
    r.request({ immediate: true });
    await Promise.resolve();
    await Promise.resolve();
    expect(results).toEqual(['ok']);
  });
});
