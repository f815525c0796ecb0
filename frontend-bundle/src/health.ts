import { t, type Messages } from './i18n';

/** Body of GET /health, e.g. {"status":"UP","service":"functions","version":"0.1.0-SNAPSHOT"}. */
export interface HealthBody {
  status: string;
  service?: string;
  version?: string;
}

export type HealthState = 'up' | 'down' | 'unreachable';

export interface HealthView {
  state: HealthState;
  /** Main line: "Platform: UP", "Platform: DOWN" or "Platform unreachable". */
  text: string;
  /** Second line: service/version, or the error. */
  detail?: string;
}

export class HttpError extends Error {
  constructor(readonly code: number) {
    super(`HTTP ${code}`);
    this.name = 'HttpError';
  }
}

export function isHealthBody(value: unknown): value is HealthBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.status === 'string' &&
    v.status.length > 0 &&
    (v.service === undefined || typeof v.service === 'string') &&
    (v.version === undefined || typeof v.version === 'string')
  );
}

/** Pure: turns the parsed /health JSON (or the error met while getting it) into text. */
export function formatHealth(result: unknown, m: Messages): HealthView {
  if (result instanceof HttpError) {
    return unreachable(m, t(m, 'errorHttp', { code: result.code }));
  }
  if (result instanceof Error) {
    return unreachable(m, result.message || result.name);
  }
  if (!isHealthBody(result)) {
    return unreachable(m, t(m, 'errorBadResponse'));
  }
  const status = result.status.toUpperCase();
  const up = status === 'UP';
  const view: HealthView = {
    state: up ? 'up' : 'down',
    text: t(m, up ? 'statusUp' : 'statusDown', { status }),
  };
  if (result.service !== undefined || result.version !== undefined) {
    view.detail = t(m, 'serviceLine', {
      service: result.service ?? '?',
      version: result.version ?? '?',
    });
  }
  return view;
}

function unreachable(m: Messages, message: string): HealthView {
  return {
    state: 'unreachable',
    text: t(m, 'statusUnreachable'),
    detail: t(m, 'errorPrefix', { message }),
  };
}

/**
 * GET /health and return the parsed body, or the Error met on the way (never throws).
 * A 503 with a JSON body (e.g. {"status":"DOWN"}) still yields that body.
 */
export async function fetchHealth(
  fetchImpl: typeof fetch = fetch,
  url = '/health',
  timeoutMs = 5000,
): Promise<unknown> {
  try {
    const res = await fetchImpl(url, {
      headers: { Accept: 'application/json' },
      cache: 'no-store',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body: unknown = await res.json().catch(() => undefined);
    if (isHealthBody(body)) return body;
    return res.ok ? body : new HttpError(res.status);
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}
