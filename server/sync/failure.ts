// A refusal with its wire error: thrown anywhere below a route, answered by the error handler
// with the code's HTTP status. Throwing inside a transaction also rolls it back.
import { syncError, syncErrors, type SyncError, type SyncErrorCode } from '#shared/sync/index';

export class SyncFailure extends Error {
  readonly body: SyncError;
  readonly status: number;
  constructor(code: SyncErrorCode, details?: SyncError['details']) {
    super(code);
    this.body = syncError(code, details);
    this.status = syncErrors[code].status;
  }
}
