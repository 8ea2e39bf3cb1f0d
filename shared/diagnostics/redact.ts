// Personal data and secrets never reach a log line or a diagnostic file (docs/decisions/034). Every
// text bound for the log goes through `redactText` (in the renderer before it crosses the bridge, and
// again in main before it is written); structured values go through `redactValue`.

/** What stands where something was removed. Tests and readers of a log look for it. */
export const REDACTED = '[已隐去]';

// A digit on either side means the run is part of a longer number (a record count, a timestamp).
const ID_NUMBER = /(?<![0-9])(?:[0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])/g;
const MOBILE = /(?<![0-9])(?:\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])/g;
const LANDLINE = /(?<![0-9])0[0-9]{2,3}[- ][0-9]{7,8}(?![0-9])/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const BEARER = /\b(Bearer)\s+[^\s"',;]+/gi;
// A data key (base64 of 32 bytes), a token or a key hash: a long run without the dashes of a record id.
const LONG_SECRET = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_]{32,}={0,2}(?![A-Za-z0-9+/_-])/g;
/** A file path in a stack trace (`/srv/taizhang/shared/diagnostics/redact`): slash-led words, kept. */
const FILE_PATH = /^(?:\/[A-Za-z_][A-Za-z0-9_]*){2,}$/;
const redactSecret = (run: string): string => (FILE_PATH.test(run) ? run : REDACTED);
// A name after the label that introduces it: 姓名：张三, 申请人 王五.
const LABELLED_NAME = /((?:姓名|名字|当事人|申请人|被申请人|经办人|调解员|执法人员|联系人|负责人|被处罚人|参加人|承办人)\s*[:：=]?\s*)[\u4e00-\u9fa5·]{2,6}/g;
// After a colon only (服务器地址不对 names no place), up to the next space, punctuation or quote: a quote
// ends the value inside JSON or a quoted message.
const LABELLED_ADDRESS = /((?:住址|地址|住所)\s*[:：=]\s*)[^\s,，;；。"'“”]+/g;

/** Field names whose values are personal or secret wherever they appear in a structured value. */
const SENSITIVE_KEY = /name|phone|mobile|tel|idnumber|idcard|address|personal|birth|token|secret|password|datakey|idhashkey|^key$|signature/i;

export interface RedactOptions {
  /** Exact values known to be personal or secret here (the operator's name, the sync token, the data key). */
  known?: readonly string[];
}

export function redactText(text: string, options: RedactOptions = {}): string {
  let out = text;
  // Known values first, longest first, so a name inside a longer known value goes with it.
  for (const value of [...(options.known ?? [])].filter((v) => v.length >= 2).sort((a, b) => b.length - a.length)) {
    out = out.split(value).join(REDACTED);
  }
  return out
    .replace(BEARER, `$1 ${REDACTED}`)
    .replace(EMAIL, REDACTED)
    .replace(ID_NUMBER, REDACTED)
    .replace(MOBILE, REDACTED)
    .replace(LANDLINE, REDACTED)
    .replace(LONG_SECRET, redactSecret)
    .replace(LABELLED_NAME, `$1${REDACTED}`)
    .replace(LABELLED_ADDRESS, `$1${REDACTED}`);
}

/**
 * A copy of `value` fit for a diagnostic file: sensitive fields' values replaced, every string
 * redacted. Cycles and depth beyond 8 are cut rather than followed.
 */
export function redactValue(value: unknown, options: RedactOptions = {}, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value, options);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= 8) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactValue(item, options, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = SENSITIVE_KEY.test(key) && item !== null && item !== undefined && item !== '' ? REDACTED : redactValue(item, options, depth + 1);
  }
  return out;
}

/** An error or anything thrown, as one redacted line of text with its stack when it has one. */
export function describeForLog(error: unknown, options: RedactOptions = {}): string {
  if (error instanceof Error) {
    const head = `${error.name}: ${error.message}`;
    const stack = error.stack?.startsWith(head) ? error.stack : `${head}\n${error.stack ?? ''}`;
    return redactText(stack.trim(), options);
  }
  if (typeof error === 'string') return redactText(error, options);
  try {
    return redactText(JSON.stringify(redactValue(error, options)), options);
  } catch {
    return '(无法描述的错误)';
  }
}
