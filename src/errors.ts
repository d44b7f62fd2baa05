/**
 * The error catalogue. Every error ReplyGuard reports to a user carries a stable code, an exit
 * status for the CLI and an HTTP status for the API. Messages name the file, line or field at fault
 * and NEVER include the input itself: input is customer data.
 */

export const ERROR_CODES = {
  /** Bad command-line arguments. */
  RG_ERR_USAGE: { exit: 2, http: 400 },
  /** An input file could not be read (missing, a directory, unreadable). */
  RG_ERR_INPUT_UNREADABLE: { exit: 2, http: 400 },
  /** The input looks binary (NUL bytes): it is not text and was not scanned. */
  RG_ERR_INPUT_BINARY: { exit: 2, http: 415 },
  /** The input is not valid UTF-8. */
  RG_ERR_INPUT_ENCODING: { exit: 2, http: 400 },
  /** The input is larger than the configured limit. */
  RG_ERR_INPUT_TOO_LARGE: { exit: 2, http: 413 },
  /** A JSON Lines record is not a JSON object with a string "text" and an "id". */
  RG_ERR_BAD_RECORD: { exit: 2, http: 400 },
  /** A configuration variable has an invalid value. */
  RG_ERR_CONFIG: { exit: 2, http: 500 },
  /** A request body is not valid JSON or not the documented shape. */
  RG_ERR_BAD_REQUEST: { exit: 2, http: 400 },
  /** A request body is not JSON (Content-Type). */
  RG_ERR_UNSUPPORTED_MEDIA_TYPE: { exit: 2, http: 415 },
  /** No such route, or no such item. */
  RG_ERR_NOT_FOUND: { exit: 2, http: 404 },
  /** A policy file is unreadable or invalid (the message lists every problem as file:line:col). */
  RG_ERR_POLICY: { exit: 2, http: 500 },
  /** The database (DATABASE_URL, or the embedded store in the data directory) cannot be reached or opened. */
  RG_ERR_STORE_UNAVAILABLE: { exit: 2, http: 503 },
  /** The embedded store's data directory is in use by another process (the embedded store is single-process). */
  RG_ERR_STORE_LOCKED: { exit: 2, http: 503 },
  /** The database schema cannot be brought up to date (a migration failed, or it was migrated by a newer ReplyGuard). */
  RG_ERR_STORE_SCHEMA: { exit: 2, http: 500 },
  /** A store operation failed inside the database. */
  RG_ERR_STORE_FAILED: { exit: 2, http: 500 },
  /** A review was requested for a draft with no recorded decision or hold. */
  RG_ERR_UNKNOWN_DRAFT: { exit: 2, http: 404 },
  /** A helpdesk app's sources are incomplete or its manifest is invalid (`replyguard app package`; the message lists every problem). */
  RG_ERR_APP_PACKAGE: { exit: 2, http: 500 },
  /** Missing, forged, expired or replayed signature, or a bad API key. */
  RG_ERR_UNAUTHORIZED: { exit: 2, http: 401 },
  /** Redis (queue, replay store) or the store cannot be reached: the request was not decided. */
  RG_ERR_UNAVAILABLE: { exit: 3, http: 503 },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class ReplyGuardError extends Error {
  readonly exitCode: number;
  readonly httpStatus: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ReplyGuardError';
    this.exitCode = ERROR_CODES[code].exit;
    this.httpStatus = ERROR_CODES[code].http;
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
