// The county server address an official types in 设置 → 同步: http(s) only, no credentials,
// query or fragment, kept without a trailing slash (SyncEnrollment.serverUrl).

export function normaliseServerUrl(input: string): string | undefined {
  const text = input.trim();
  if (!/^https?:\/\//i.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return undefined;
  if (url.username || url.password || url.search || url.hash) return undefined;
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}
