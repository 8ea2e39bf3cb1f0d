// One save at a time from a 基础数据 screen: while it runs the 保存 button says so, and a failure becomes
// the Chinese message shown above the form ("保存失败：…"), never an unhandled rejection.
import { useCallback, useState } from 'react';
import { describeError } from '../../components/feedback/describe-error';

export interface SaveAction {
  saving: boolean;
  /** 保存失败：… from the last run, or null. */
  failure: string | null;
  /** Runs `action`; true when it finished, false when it failed (the failure is then set). */
  run: (action: () => Promise<void>) => Promise<boolean>;
}

export function useSaveAction(): SaveAction {
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const run = useCallback(async (action: () => Promise<void>) => {
    setFailure(null);
    setSaving(true);
    try {
      await action();
      return true;
    } catch (error) {
      setFailure(`保存失败：${describeError(error).message}`);
      return false;
    } finally {
      setSaving(false);
    }
  }, []);
  return { saving, failure, run };
}
