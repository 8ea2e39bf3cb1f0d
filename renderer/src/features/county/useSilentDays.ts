// 超过 N 天未同步: N as the county typed it on this PC (default 7), validated, kept in this PC's storage.
import { useState } from 'react';
import { parseSilentDays, silentDaysLimits } from '#shared/domain/county/device-health';

const KEY = 'taizhang.county.silentDays';

function stored(): number {
  const parsed = parseSilentDays(localStorage.getItem(KEY) ?? '');
  return parsed.ok ? parsed.value : silentDaysLimits.default;
}

export function useSilentDays(): { days: number; text: string; error: string | undefined; change: (text: string) => void } {
  const [days, setDays] = useState(stored);
  const [text, setText] = useState(() => String(days));
  const [error, setError] = useState<string | undefined>();
  const change = (next: string) => {
    setText(next);
    const parsed = parseSilentDays(next);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(undefined);
    setDays(parsed.value);
    localStorage.setItem(KEY, String(parsed.value));
  };
  return { days, text, error, change };
}
