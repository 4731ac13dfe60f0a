/** Errors a service may throw; one middleware renders them as `{error:{code,message,details}}`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export class Invalid extends AppError {
  constructor(message = '请求参数不正确', details?: unknown, code = 'INVALID_INPUT') {
    super(400, code, message, details);
  }
}
export class Unauthenticated extends AppError {
  constructor(message = '请先登录', code = 'UNAUTHENTICATED') {
    super(401, code, message);
  }
}
export class Forbidden extends AppError {
  constructor(message = '没有权限执行此操作', code = 'FORBIDDEN') {
    super(403, code, message);
  }
}
export class NotFound extends AppError {
  constructor(what = '资源', code = 'NOT_FOUND') {
    super(404, code, `${what}不存在`);
  }
}
export class Conflict extends AppError {
  constructor(code: string, message: string, details?: unknown) {
    super(409, code, message, details);
  }
}
export class TooLarge extends AppError {
  constructor(message = '请求内容过大') {
    super(413, 'PAYLOAD_TOO_LARGE', message);
  }
}
/** Rendered with a `Retry-After` header of `retryAfterSeconds`. */
export class TooManyRequests extends AppError {
  constructor(readonly retryAfterSeconds: number, message = '操作太频繁，请稍后再试') {
    super(429, 'TOO_MANY_REQUESTS', message, { retryAfterSeconds });
  }
}
/** Content that would publish someone's ID number or mobile number; `details` names where. */
export class PersonalData extends AppError {
  constructor(details: { field: string; kind: string }[]) {
    super(422, 'PERSONAL_DATA', '内容含有身份证号或手机号等个人信息，请删除或打码后再发布', details);
  }
}

/** The database cannot be reached: the client should try again shortly (`Retry-After`). */
export class Unavailable extends AppError {
  constructor(readonly retryAfterSeconds = 5) {
    super(503, 'SERVICE_UNAVAILABLE', '服务暂时不可用，请稍后再试', { retryAfterSeconds });
  }
}

/** Driver codes of a database that is not reachable (down, restarting, out of connections), not of a bad statement. */
const UNREACHABLE = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', 'PROTOCOL_CONNECTION_LOST', 'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR', 'ER_SERVER_SHUTDOWN', 'ER_CONNECTION_KILLED', 'SQLITE_BUSY',
]);
export const isDatabaseUnreachable = (err: unknown): boolean => {
  const e = err as { driverError?: { code?: string }; code?: string } | undefined;
  return UNREACHABLE.has(e?.driverError?.code ?? e?.code ?? '');
};

/** An outside service (WeChat) failed in a way the caller cannot fix. */
export class Upstream extends AppError {
  constructor(message: string, details?: unknown) {
    super(502, 'UPSTREAM_ERROR', message, details);
  }
}

/** Maps a database driver error to an AppError by driver code, never by message text. */
export function fromDatabaseError(err: unknown): AppError | undefined {
  const driver = (err as { driverError?: { code?: string; errno?: number } }).driverError ?? (err as { code?: string });
  const code = driver?.code;
  if (isDatabaseUnreachable(err)) return new Unavailable();
  switch (code) {
    case 'ER_DUP_ENTRY':
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new Conflict('DUPLICATE', '记录已存在');
    case 'ER_NO_REFERENCED_ROW_2':
    case 'ER_NO_REFERENCED_ROW':
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new Invalid('引用的记录不存在', undefined, 'INVALID_REFERENCE');
    case 'ER_ROW_IS_REFERENCED_2':
    case 'ER_ROW_IS_REFERENCED':
      return new Conflict('IN_USE', '记录正被引用，无法删除');
    case 'ER_DATA_TOO_LONG':
    case 'ER_TRUNCATED_WRONG_VALUE':
    case 'ER_WARN_DATA_OUT_OF_RANGE':
      return new Invalid('字段值超出范围');
    default:
      return undefined;
  }
}

/** The one null check services need: `getOrThrow(await repo.findOneBy(...), '活动')`. */
export function getOrThrow<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new NotFound(what);
  return value;
}
