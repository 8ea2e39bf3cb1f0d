// The renderer is not trusted to send well-formed requests (docs/design.md §7.2: validate at both ends).
// Each check returns the request narrowed to the bridge type, or a failure to send back.
import type { BridgeError, PrintRequest, SaveFileRequest, SyncSecrets, UpdateCheckRequest } from '#shared/bridge';
import { bridgeFailure } from './bridge-errors';

type Checked<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

export const MAX_FILE_NAME_LENGTH = 120;
/** An export of a whole county's ledger stays far below this; anything larger is a bug or an attack. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
const MAX_FILTERS = 8;

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const forbiddenInName = /[\\/:*?"<>|\u0000-\u001f\u007f]/;
// Names Windows reserves for devices, with or without an extension.
const windowsDeviceName = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

export function isSafeFileName(name: unknown): name is string {
  return (
    typeof name === 'string' &&
    name.trim() !== '' &&
    [...name].length <= MAX_FILE_NAME_LENGTH &&
    !forbiddenInName.test(name) &&
    name !== '.' &&
    name !== '..' &&
    !/[. ]$/.test(name) &&
    !windowsDeviceName.test(name)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type FileFilter = { name: string; extensions: string[] };

function checkFilters(value: unknown): FileFilter[] | null {
  if (!Array.isArray(value) || value.length > MAX_FILTERS) return null;
  const filters: FileFilter[] = [];
  for (const item of value) {
    if (!isRecord(item) || typeof item.name !== 'string' || item.name.length === 0 || item.name.length > 40) return null;
    const { extensions } = item;
    if (!Array.isArray(extensions) || extensions.length === 0 || extensions.length > 8) return null;
    if (!extensions.every((ext): ext is string => typeof ext === 'string' && /^([A-Za-z0-9]{1,10}|\*)$/.test(ext))) return null;
    filters.push({ name: item.name, extensions: [...extensions] });
  }
  return filters;
}

export function checkPrintRequest(input: unknown): Checked<PrintRequest> {
  if (!isRecord(input)) return bridgeFailure('BRIDGE_INVALID_REQUEST');
  if (!isSafeFileName(input.suggestedName)) return bridgeFailure('FILE_NAME_INVALID');
  const name = input.suggestedName;
  return { ok: true, value: { suggestedName: /\.pdf$/i.test(name) ? name : `${name}.pdf` } };
}

export function checkSaveFileRequest(input: unknown): Checked<SaveFileRequest> {
  if (!isRecord(input)) return bridgeFailure('BRIDGE_INVALID_REQUEST');
  if (!isSafeFileName(input.suggestedName)) return bridgeFailure('FILE_NAME_INVALID');
  const { contents } = input;
  let size: number;
  if (typeof contents === 'string') size = Buffer.byteLength(contents, 'utf8');
  else if (contents instanceof Uint8Array) size = contents.byteLength;
  else return bridgeFailure('BRIDGE_INVALID_REQUEST');
  if (size > MAX_FILE_BYTES) return bridgeFailure('FILE_TOO_LARGE');

  let filters: FileFilter[] | undefined;
  if (input.filters !== undefined) {
    const checked = checkFilters(input.filters);
    if (checked === null) return bridgeFailure('FILE_TYPE_INVALID');
    filters = checked;
  }
  return { ok: true, value: { suggestedName: input.suggestedName, contents, ...(filters ? { filters } : {}) } };
}

/** Device tokens are `tzd_` + 43 base64url characters; the bound leaves room, not a door. */
export const MAX_SECRET_LENGTH = 200;
// Visible ASCII only: a secret that needs anything else did not come from the county server.
const secretPattern = /^[\x21-\x7e]+$/;

const isSecretString = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_SECRET_LENGTH && secretPattern.test(value);

/** `{token, idHashKey?}` and nothing else, or null (退出登记). */
export function checkSyncSecrets(input: unknown): Checked<SyncSecrets | null> {
  if (input === null) return { ok: true, value: null };
  if (!isRecord(input)) return bridgeFailure('BRIDGE_INVALID_REQUEST');
  if (Object.keys(input).some((key) => key !== 'token' && key !== 'idHashKey')) return bridgeFailure('SYNC_SECRETS_INVALID');
  if (!isSecretString(input.token)) return bridgeFailure('SYNC_SECRETS_INVALID');
  if (input.idHashKey !== undefined && !isSecretString(input.idHashKey)) return bridgeFailure('SYNC_SECRETS_INVALID');
  return { ok: true, value: input.idHashKey === undefined ? { token: input.token } : { token: input.token, idHashKey: input.idHashKey } };
}

/** The county server's address, as sync keeps it: http(s), no user name or password, no query. */
export function checkUpdateRequest(input: unknown): Checked<UpdateCheckRequest> {
  if (!isRecord(input) || typeof input.serverUrl !== 'string' || input.serverUrl.length > 200) return bridgeFailure('BRIDGE_INVALID_REQUEST');
  let url: URL;
  try {
    url = new URL(input.serverUrl);
  } catch {
    return bridgeFailure('BRIDGE_INVALID_REQUEST');
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.username || url.password || url.search || url.hash) return bridgeFailure('BRIDGE_INVALID_REQUEST');
  return { ok: true, value: { serverUrl: url.origin + url.pathname.replace(/\/+$/, '') } };
}
