import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as ParticipantPaths } from './generated/participant';
import type { paths as SchedulingPaths } from './generated/scheduling';
import type { paths as TrainingPaths } from './generated/training';
import type { paths as PayoutPaths } from './generated/payout';
import { accessToken } from '../auth/session';
import { ApiError, type Problem } from './problem';

/**
 * One typed client per service, all through the gateway on this origin. The types are generated
 * from the services' OpenAPI documents (npm run api:generate); nothing here is written by hand.
 */
const bearer: Middleware = {
  async onRequest({ request }) {
    const token = await accessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
};

function client<P extends {}>() {
  // The gateway's origin; fetch looked up at call time (so tests and the service worker see every call).
  const c = createClient<P>({ baseUrl: window.location.origin, fetch: (request) => globalThis.fetch(request) });
  c.use(bearer);
  return c;
}

export const participants = client<ParticipantPaths>();
export const scheduling = client<SchedulingPaths>();
export const training = client<TrainingPaths>();
export const payouts = client<PayoutPaths>();

/** The answer's data, or an ApiError a page can put into words. A network failure is `offline`. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError(0);
  }
  const { data, response } = result;
  if (!response.ok) {
    throw new ApiError(response.status, asProblem(result.error));
  }
  return data as T;
}

/** openapi-fetch has already read the body: JSON (a problem) or text (an error page, ignored). */
function asProblem(error: unknown): Problem | undefined {
  return error && typeof error === 'object' ? (error as Problem) : undefined;
}
