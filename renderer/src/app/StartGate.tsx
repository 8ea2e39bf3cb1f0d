// Waits for the app to start (boot.ts): a quiet loading state while it opens, the storage error page
// when it cannot (storage unavailable, key missing, another window holds the data), whose 重试
// starts again in place.
import { useEffect, useState, type ReactNode } from 'react';
import { LoadingState } from '../components/feedback/LoadingState';
import type { Recovery } from '../boot';
import { StorageErrorPage } from './StorageErrorPage';

type Starting<T> = { state: 'starting' } | { state: 'started'; value: T } | { state: 'failed'; error: unknown };

/** `start` returns the same promise while it runs (StrictMode calls it twice) and a new try after a failure. */
export function StartGate<T>({ start, children, recovery }: { start: () => Promise<T>; children: (value: T) => ReactNode; recovery?: Recovery }) {
  const [starting, setStarting] = useState<Starting<T>>({ state: 'starting' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    start().then(
      (value) => live && setStarting({ state: 'started', value }),
      (error: unknown) => live && setStarting({ state: 'failed', error }),
    );
    return () => { live = false; };
  }, [start, attempt]);
  const retry = () => {
    setStarting({ state: 'starting' });
    setAttempt((n) => n + 1);
  };
  if (starting.state === 'starting') return <LoadingState label="正在打开本机数据…" />;
  if (starting.state === 'failed') return <StorageErrorPage error={starting.error} onRetry={retry} recovery={recovery} />;
  return children(starting.value);
}
