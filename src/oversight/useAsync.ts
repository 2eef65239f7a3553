/**
 * One asynchronous job for a component: idle, running, done or failed. A
 * second start while one runs is ignored (a double click never runs the job
 * twice), and the answer of a job the component no longer waits for (it
 * unmounted, or a newer job started) is dropped.
 */
// reason: jest's esbuild transform compiles JSX to React.createElement, which needs React in scope.
import * as React from 'react';

export type Job<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'running' }
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'failed'; readonly error: unknown };

export function useAsync<T, A extends unknown[]>(
  run: (...args: A) => Promise<T>,
): { job: Job<T>; start: (...args: A) => Promise<T | undefined> } {
  const [job, setJob] = React.useState<Job<T>>({ status: 'idle' });
  const running = React.useRef(false);
  const generation = React.useRef(0);
  React.useEffect(
    () => () => {
      generation.current += 1;
    },
    [],
  );
  const start = React.useCallback(
    async (...args: A): Promise<T | undefined> => {
      if (running.current) return undefined;
      running.current = true;
      const gen = ++generation.current;
      setJob({ status: 'running' });
      try {
        const value = await run(...args);
        if (gen === generation.current) setJob({ status: 'done', value });
        return value;
      } catch (error) {
        if (gen === generation.current) setJob({ status: 'failed', error });
        return undefined;
      } finally {
        running.current = false;
      }
    },
    [run],
  );
  return { job, start };
}
