// The CSP sent as a header with every page of app://taizhang. It repeats the renderer's
// <meta> policy (renderer/index.html) so that neither loosens the other, and adds what only a
// header can say (frame-ancestors). No 'unsafe-eval': RxDB validates with ajv code generated at build time (decision 007).
// 'unsafe-inline' for styles only, because Emotion (MUI) injects <style> tags.
// connect-src allows http(s) because the county server's address is set at run time.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' http: https:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Directive name → its source list, for comparing two policies. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
