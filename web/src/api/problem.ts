/** An answer that was not a success, as RFC 9457 problem details (what the services send). */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  reason?: string;
  violations?: { field: string; message: string }[];
}

/** A failed call. `kind` says what a person can do about it; `reason` is the service's stable code. */
export class ApiError extends Error {
  readonly kind: 'offline' | 'signed-out' | 'forbidden' | 'not-found' | 'refused' | 'invalid' | 'busy' | 'server';
  readonly status: number;
  readonly reason?: string;
  readonly problem?: Problem;

  constructor(status: number, problem?: Problem) {
    super(problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.reason = problem?.reason;
    this.kind = status === 0 ? 'offline'
      : status === 401 ? 'signed-out'
      : status === 403 ? 'forbidden'
      : status === 404 ? 'not-found'
      : status === 409 ? 'refused'
      : status === 429 || status === 503 ? 'busy'
      : status >= 400 && status < 500 ? 'invalid'
      : 'server';
  }
}

export function isOffline(error: unknown): boolean {
  return error instanceof ApiError && error.kind === 'offline';
}
