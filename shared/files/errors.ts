// Every error of the file endpoints: a stable code, the HTTP status, and a Chinese message an
// official can act on. Same wire shape as the sync API's errors ({code, message, details?}).

export const fileErrors = {
  INVALID_FILE_HASH: { status: 400, message: '文件标识不正确，应为 64 位十六进制 SHA-256，请更新台账后重试。' },
  INVALID_UPLOAD: { status: 400, message: '上传请求缺少 Upload-Offset 或 Upload-Length，请更新台账后重试。' },
  UPLOAD_FORBIDDEN: { status: 403, message: '只有乡镇的电脑可以上传附件。' },
  FILE_NOT_FOUND: { status: 404, message: '县服务器上没有这个附件，或本机无权查看；上传它的电脑联网后会自动补传。' },
  UPLOAD_OFFSET_MISMATCH: { status: 409, message: '上传位置与服务器不一致，台账会从服务器记录的位置继续上传。' },
  UPLOAD_LENGTH_MISMATCH: { status: 409, message: '文件大小与已开始的上传不一致，请删除此附件后重新添加。' },
  FILE_TOO_LARGE: { status: 413, message: '附件不能超过 50 MB，请压缩或拆分后再添加。' },
  UNSUPPORTED_PART_TYPE: { status: 415, message: '上传内容类型应为 application/offset+octet-stream。' },
  RANGE_NOT_SATISFIABLE: { status: 416, message: '请求的文件范围超出文件大小，台账会重新下载。' },
  FILE_HASH_MISMATCH: { status: 422, message: '上传的文件内容与其 SHA-256 不符，服务器已丢弃，台账会重新上传。' },
} as const;

export type FileErrorCode = keyof typeof fileErrors;

export interface FileError {
  code: FileErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export const fileError = (code: FileErrorCode, details?: Record<string, unknown>): FileError =>
  details === undefined ? { code, message: fileErrors[code].message } : { code, message: fileErrors[code].message, details };
