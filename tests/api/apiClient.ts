/** A small fetch wrapper for API tests: JSON in and out, with status, content type and headers. */

/** Answer of {@link call}. */
export interface ApiAnswer {
  status: number;
  type: string;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test code reads arbitrary JSON
  text: string;
}

/** Sends a request to `base + path`; objects are sent as JSON. */
export async function call(
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${base}${path}`, { method, headers, body });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  let parsed: unknown;
  if (type.includes('json')) parsed = JSON.parse(text);
  return { status: response.status, type, headers: response.headers, body: parsed, text };
}

/** Logs in and returns the bearer token. */
export async function loginAs(base: string, username: string, password: string): Promise<string> {
  const answer = await call(base, 'POST', '/api/auth/login', { body: { username, password } });
  if (answer.status !== 200) throw new Error(`login of ${username} failed: ${answer.text}`);
  return answer.body.token as string;
}
