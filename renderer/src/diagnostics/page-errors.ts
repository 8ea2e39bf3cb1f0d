// Errors nobody caught in the page (docs/decisions/034): each goes to the log, redacted. The events are
// not cancelled, so the browser's console still shows them; nothing is swallowed silently.
import type { Logger } from './logger';

export function logPageErrors(target: Pick<Window, 'addEventListener' | 'removeEventListener'>, log: Logger): () => void {
  const onError = (event: ErrorEvent) => {
    log.error(`页面出现未处理的错误（${event.filename || '未知文件'}:${event.lineno}）`, event.error ?? event.message);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    log.error('页面出现未处理的异步错误', event.reason);
  };
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
