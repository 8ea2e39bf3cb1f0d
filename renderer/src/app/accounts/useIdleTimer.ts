// Calls `onIdle` once nobody has used the keyboard, mouse or screen of this window for `ms`.
import { useEffect, useRef } from 'react';

const activity = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 5_000;

export function useIdleTimer(ms: number, active: boolean, onIdle: () => void): void {
  const last = useRef(0);
  useEffect(() => {
    if (!active) return;
    last.current = Date.now();
    const seen = () => { last.current = Date.now(); };
    for (const event of activity) window.addEventListener(event, seen, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last.current >= ms) onIdle();
    }, CHECK_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      for (const event of activity) window.removeEventListener(event, seen, { capture: true });
    };
  }, [ms, active, onIdle]);
}
