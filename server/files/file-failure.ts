// A refusal of a file request with its wire error; file-routes' error handler answers it.
import { fileError, fileErrors, type FileError, type FileErrorCode } from '#shared/files/index';

export class FileFailure extends Error {
  readonly body: FileError;
  readonly status: number;
  constructor(code: FileErrorCode, details?: Record<string, unknown>) {
    super(code);
    this.body = fileError(code, details);
    this.status = fileErrors[code].status;
  }
}
