// The 同步 form's checks, before anything is sent: a usable server address, an enrollment code of
// the right shape (7KQM-3XPA-HT9C, any case, dashes optional), a device name. Messages in Chinese.
import { checkServerUrl, serverUrlMessages } from '../../sync/server-url';

export interface SyncFormValues {
  serverUrl: string;
  code: string;
  deviceName: string;
}

export type SyncFormErrors = Partial<Record<keyof SyncFormValues, string>>;

/** The server's code alphabet leaves out 0/O and 1/I/L, which are misread over the phone. */
const CODE_CHARACTERS = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{12}$/;
export const MAX_DEVICE_NAME = 60;

/** What the official typed → 'XXXX-XXXX-XXXX', or null when it cannot be a code. */
export function normaliseEnrollmentCode(input: string): string | null {
  const plain = input.toUpperCase().replace(/[\s-]/g, '');
  if (!CODE_CHARACTERS.test(plain)) return null;
  return [0, 4, 8].map((start) => plain.slice(start, start + 4)).join('-');
}

function codeProblem(input: string): string | undefined {
  const plain = input.toUpperCase().replace(/[\s-]/g, '');
  if (plain === '') return '请填写县司法局给的登记码';
  if (/[01OIL]/.test(plain) && /^[A-Z0-9]+$/.test(plain)) return '登记码里没有数字 0、1 和字母 O、I、L，请核对后重新输入';
  if (normaliseEnrollmentCode(input) === null) return '登记码应为 12 位字母和数字，例如 7KQM-3XPA-HT9C';
  return undefined;
}

export function checkSyncForm(values: SyncFormValues): { ok: true; input: SyncFormValues } | { ok: false; errors: SyncFormErrors } {
  const errors: SyncFormErrors = {};
  const address = checkServerUrl(values.serverUrl);
  if (values.serverUrl.trim() === '') errors.serverUrl = '请填写县服务器地址';
  else if (!address.ok) errors.serverUrl = serverUrlMessages[address.problem];
  const codeError = codeProblem(values.code);
  if (codeError) errors.code = codeError;
  const deviceName = values.deviceName.trim();
  if (deviceName === '') errors.deviceName = '请填写本机名称，县司法局凭它认出这台电脑';
  else if ([...deviceName].length > MAX_DEVICE_NAME) errors.deviceName = `本机名称不超过 ${MAX_DEVICE_NAME} 个字`;
  if (Object.keys(errors).length > 0 || !address.ok) return { ok: false, errors };
  return { ok: true, input: { serverUrl: address.url, code: normaliseEnrollmentCode(values.code) ?? '', deviceName } };
}
