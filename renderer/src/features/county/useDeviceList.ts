// Asks the county server for every PC when the page opens (and on 刷新); keeps the last answer for offline.
import { useCallback, useEffect, useState } from 'react';
import type { DeviceListResponse } from '#shared/sync/index';
import { useClock } from '../../app/useToday';
import type { SyncProblem } from '../../sync/contract';
import { useSync } from '../../sync/SyncContext';
import { readCachedDevices, writeCachedDevices } from './device-list-cache';

export interface DeviceListState {
  list: DeviceListResponse | undefined;
  /** When `list` was fetched (ISO). */
  fetchedAt: string | undefined;
  /** Why the latest ask failed; `list` is then the last one fetched, if any. */
  problem: (SyncProblem & { offline: boolean }) | undefined;
  loading: boolean;
  refresh: () => void;
}

export function useDeviceList(): DeviceListState {
  const { client } = useSync();
  const clock = useClock();
  const [cached, setCached] = useState(readCachedDevices);
  const [problem, setProblem] = useState<DeviceListState['problem']>();
  const [loading, setLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    const asked = client ? client.countyDevices() : Promise.resolve({ ok: false as const, offline: false, problem: { code: 'SYNC_UNAVAILABLE', message: '同步未启动，无法查看各电脑的同步情况（设置 → 同步）' } });
    void asked.then((answer) => {
      if (!live) return;
      setLoading(false);
      if (answer.ok) {
        const next = { fetchedAt: clock().toISOString(), list: answer.list };
        writeCachedDevices(next);
        setCached(next);
        setProblem(undefined);
      } else {
        setProblem({ ...answer.problem, offline: answer.offline });
      }
    });
    return () => { live = false; };
  }, [client, clock, generation]);
  const refresh = useCallback(() => {
    setLoading(true);
    setGeneration((value) => value + 1);
  }, []);
  return { list: cached?.list, fetchedAt: cached?.fetchedAt, problem, loading, refresh };
}
