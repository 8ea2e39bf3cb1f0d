// The county server address an official types in 设置 → 同步: http(s) only, no credentials,
// query or fragment, kept without a trailing slash (SyncEnrollment.serverUrl). Records, personal
// details and the device token travel over it, so it must be https:// (decision 035); plain
// http:// is allowed only to this computer itself (a county server tried out on the same PC).
// A bare host ('taizhang.suibin.gov.cn') is taken as https://.

export type ServerUrlCheck = { ok: true; url: string } | { ok: false; problem: 'invalid' | 'plain-http' };

/** Hostnames that never leave this computer, as URL.hostname spells them. */
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

export function checkServerUrl(input: string): ServerUrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'invalid' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return { ok: false, problem: 'invalid' };
  if (url.username || url.password || url.search || url.hash) return { ok: false, problem: 'invalid' };
  if (url.protocol === 'http:' && !loopbackHosts.has(url.hostname)) return { ok: false, problem: 'plain-http' };
  return { ok: true, url: `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}` };
}

/** What an official reads under the address field, or in the sync problem, for each refusal. */
export const serverUrlMessages = {
  invalid: '服务器地址无效，应像 https://taizhang.example.gov.cn 或 https://192.168.1.20:8443',
  'plain-http': '为保护案件和个人信息，县服务器地址必须以 https:// 开头（加密连接）。http:// 只能用于本机测试（localhost 或 127.0.0.1）。请向县司法局索取 https:// 地址。',
} as const satisfies Record<Extract<ServerUrlCheck, { ok: false }>['problem'], string>;
