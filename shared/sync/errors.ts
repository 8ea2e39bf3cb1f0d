// Every error the sync API answers with: a stable code, the HTTP status, and a Chinese
// message an official can act on. The wire shape is SyncError (one shape on every wire, docs/design.md §7.4).

export const syncErrors = {
  INVALID_JSON: { status: 400, message: '请求内容不是有效的 JSON，请更新台账后重试。' },
  INVALID_REQUEST: { status: 400, message: '请求格式不正确，请更新台账后重试。' },
  INVALID_DOCUMENTS: { status: 400, message: '有记录未通过服务器校验，本批次未保存任何记录。' },
  DEVICE_NAME_UNSTORABLE: { status: 400, message: '本机名称含有无法保存的不可见字符（多为从其他程序粘贴带入），请重新输入本机名称后再登记。' },
  INVALID_CHECKPOINT: { status: 400, message: '同步位置无效，请重新同步。' },
  BATCH_SIZE_TOO_LARGE: { status: 400, message: '单次拉取的记录数超过上限。' },
  PROTOCOL_REQUIRED: { status: 400, message: '请求缺少协议版本，请使用台账软件同步。' },
  SERVER_TOO_OLD: { status: 400, message: '县服务器版本较旧，请联系县司法局更新服务器。' },
  UNAUTHENTICATED: { status: 401, message: '本机尚未登记或登记已失效，请在“设置”中重新登记。' },
  DEVICE_REVOKED: { status: 401, message: '本机的登记已被县司法局撤销，请联系县司法局。' },
  ENROLLMENT_CODE_INVALID: { status: 401, message: '登记码无效、已过期或已使用，请向县司法局索取新的登记码。' },
  FORBIDDEN_DOCUMENTS: { status: 403, message: '本机无权保存其中的记录，本批次未保存任何记录。' },
  CASE_NUMBERS_FORBIDDEN: { status: 403, message: '本机只能为本乡镇的调解、执法案件预留案号。' },
  DEVICES_FORBIDDEN: { status: 403, message: '只有县司法局的电脑可以查看各乡镇电脑的同步情况。' },
  COLLECTION_READ_ONLY: { status: 403, message: '本机只能查看这类记录，不能修改。' },
  UNKNOWN_COLLECTION: { status: 404, message: '没有这类记录，请更新台账。' },
  NOT_FOUND: { status: 404, message: '没有这个地址。' },
  CASE_NUMBER_REQUEST_REUSED: { status: 409, message: '案号预留请求编号已用于另一项预留，请更新台账后重试。' },
  CASE_NUMBERS_EXHAUSTED: { status: 409, message: '本年度案号已用尽，请联系县司法局。' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '一次提交的数据太大，请分批同步。' },
  BATCH_TOO_LARGE: { status: 413, message: '一次提交的记录太多，请分批同步。' },
  REQUEST_TOO_COMPLEX: { status: 413, message: '提交的数据结构超出上限（数组过长、字段过多或嵌套过深），本批次未保存任何记录。' },
  HEADERS_TOO_LARGE: { status: 431, message: '请求头太大，请使用台账软件同步。' },
  REQUEST_TIMEOUT: { status: 408, message: '请求发送太慢，已超时，请检查网络后重试。' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '请求内容类型不正确，应为 JSON。' },
  EXPECTATION_FAILED: { status: 417, message: '县服务器不支持请求中的 Expect 头，请使用台账软件同步。' },
  CLIENT_TOO_OLD: { status: 426, message: '台账版本过旧，县服务器已不再支持，请更新台账。' },
  RATE_LIMITED: { status: 429, message: '同步请求过于频繁，请稍后再试。' },
  TOO_MANY_FAILED_ATTEMPTS: { status: 429, message: '登记码或登记凭据验证失败次数过多，请稍后再试；如一直如此，请联系县司法局。' },
  INTERNAL: { status: 500, message: '县服务器出错，记录未保存，稍后会自动重试。' },
  DATABASE_UNAVAILABLE: { status: 503, message: '县服务器的数据库暂时没有应答，记录未受影响，稍后会自动重试。' },
  UNAVAILABLE: { status: 503, message: '县服务器正在停止或重启，稍后会自动重试。' },
} as const;

export type SyncErrorCode = keyof typeof syncErrors;

/** Why one document of a push was refused (400 INVALID_DOCUMENTS / 403 FORBIDDEN_DOCUMENTS). */
export const documentReasons = {
  ROW_SHAPE: '每一项应为 {assumedMasterState?, newDocumentState}。',
  SCHEMA: '记录不符合数据格式。',
  /** [S39] U+0000 or a lone UTF-16 surrogate, which PostgreSQL cannot store (shared/domain/text/storable-text.ts). */
  TEXT_UNSTORABLE: '记录中含有无法保存的不可见字符（多为从其他程序粘贴带入），请在台账中修改这条记录。',
  ID_MISMATCH: 'assumedMasterState 与 newDocumentState 不是同一条记录。',
  DUPLICATE_IN_BATCH: '同一批次中出现了重复的记录。',
  WRONG_TOWNSHIP: '这条记录不属于本乡镇。',
  COUNTY_OWNED: '这类记录由县司法局维护，乡镇不能修改。',
  TOWNSHIP_OWNED: '这类记录由乡镇维护，县司法局只能查看。',
} as const;

export type DocumentReasonCode = keyof typeof documentReasons;

export interface DocumentProblem {
  /** Position of the row in the pushed array. */
  index: number;
  id?: string;
  reason: DocumentReasonCode;
  message: string;
  /** JSON pointer of the offending field, for SCHEMA and TEXT_UNSTORABLE. */
  path?: string;
}

export interface SyncError {
  code: SyncErrorCode;
  message: string;
  details?: DocumentProblem[] | Record<string, unknown>;
}

export const syncError = (code: SyncErrorCode, details?: SyncError['details']): SyncError =>
  details === undefined ? { code, message: syncErrors[code].message } : { code, message: syncErrors[code].message, details };

export const documentProblem = (
  index: number,
  reason: DocumentReasonCode,
  extra: { id?: string; path?: string; message?: string } = {},
): DocumentProblem => ({
  index,
  ...(extra.id === undefined ? {} : { id: extra.id }),
  reason,
  message: extra.message ?? documentReasons[reason],
  ...(extra.path === undefined ? {} : { path: extra.path }),
});
