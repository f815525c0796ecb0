import { describe, expect, it } from 'vitest';
import { fetchHealth, formatHealth, HttpError } from './health';
import { catalogues } from './i18n';

const { en, it: itMsgs } = catalogues;

describe('formatHealth', () => {
  it('reports UP with service and version', () => {
    expect(
      formatHealth({ status: 'UP', service: 'functions', version: '0.1.0-SNAPSHOT' }, en),
    ).toEqual({
      state: 'up',
      text: 'Platform: UP',
      detail: 'Service functions, version 0.1.0-SNAPSHOT',
    });
  });

  it('reports UP in Italian', () => {
    expect(formatHealth({ status: 'UP' }, itMsgs)).toEqual({ state: 'up', text: 'Piattaforma: UP' });
  });

  it('reports DOWN (and any other status) as not up', () => {
    expect(formatHealth({ status: 'DOWN' }, en)).toEqual({ state: 'down', text: 'Platform: DOWN' });
    expect(formatHealth({ status: 'OUT_OF_SERVICE' }, en).state).toBe('down');
  });

  it('reports a network error as unreachable, with the error', () => {
    expect(formatHealth(new TypeError('Failed to fetch'), en)).toEqual({
      state: 'unreachable',
      text: 'Platform unreachable',
      detail: 'Error: Failed to fetch',
    });
    expect(formatHealth(new TypeError('Failed to fetch'), itMsgs)).toEqual({
      state: 'unreachable',
      text: 'Piattaforma non raggiungibile',
      detail: 'Errore: Failed to fetch',
    });
  });

  it('reports an HTTP error without a health body as unreachable', () => {
    expect(formatHealth(new HttpError(404), en)).toEqual({
      state: 'unreachable',
      text: 'Platform unreachable',
      detail: 'Error: HTTP 404 from /health',
    });
  });

  it.each([undefined, null, 'UP', {}, { status: '' }, { status: 1 }])(
    'treats a malformed body %j as unreachable',
    (body) => {
      expect(formatHealth(body, en)).toEqual({
        state: 'unreachable',
        text: 'Platform unreachable',
        detail: 'Error: unexpected response from /health',
      });
    },
  );
});

describe('fetchHealth', () => {
  const respond =
    (status: number, body: string): typeof fetch =>
    async () =>
      new Response(body, { status, headers: { 'Content-Type': 'application/json' } });

  it('returns the parsed body on 200', async () => {
    await expect(fetchHealth(respond(200, '{"status":"UP","service":"functions"}'))).resolves.toEqual({
      status: 'UP',
      service: 'functions',
    });
  });

  it('returns the DOWN body of a 503', async () => {
    await expect(fetchHealth(respond(503, '{"status":"DOWN"}'))).resolves.toEqual({ status: 'DOWN' });
  });

  it('returns an HttpError for a non-JSON error page', async () => {
    const result = await fetchHealth(respond(502, '<html>Bad gateway</html>'));
    expect(result).toBeInstanceOf(HttpError);
    expect((result as HttpError).code).toBe(502);
  });

  it('returns the error when fetch rejects, never throws', async () => {
    const failing: typeof fetch = () => Promise.reject(new TypeError('fetch failed'));
    const result = await fetchHealth(failing);
    expect(result).toBeInstanceOf(TypeError);
    expect(formatHealth(result, en).detail).toBe('Error: fetch failed');
  });
});
