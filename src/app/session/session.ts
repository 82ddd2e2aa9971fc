/**
 * The signed-in user of this browser: a bearer token from `POST /api/auth/login`, kept in
 * `localStorage` (key {@link SESSION_STORAGE_KEY}) so a reload stays signed in, checked against
 * `GET /api/auth/me` on start. `authFetch` adds the token to API calls; `useSession` re-renders
 * components when the user signs in or out.
 */
import { useSyncExternalStore } from 'react';

/** A role within one sector, as the server grants it. */
export type SessionRole = 'viewer' | 'editor' | 'admin';

/** The user as `GET /api/auth/me` returns it. */
export interface SessionUser {
  username: string;
  isAdmin: boolean;
  /** Role per sector (`planning`, `environment`, `logistics`, `heritage`, …). */
  roles: Record<string, SessionRole>;
}

/** Where the token is kept between page loads. */
export const SESSION_STORAGE_KEY = 'hue-twin.session';

interface SessionState {
  token?: string;
  user?: SessionUser;
}

let state: SessionState = readStored();
const listeners = new Set<() => void>();

function readStored(): SessionState {
  try {
    const text = globalThis.localStorage?.getItem(SESSION_STORAGE_KEY);
    return text ? (JSON.parse(text) as SessionState) : {};
  } catch {
    return {};
  }
}

function setState(next: SessionState): void {
  state = next;
  try {
    if (next.token) globalThis.localStorage?.setItem(SESSION_STORAGE_KEY, JSON.stringify(next));
    else globalThis.localStorage?.removeItem(SESSION_STORAGE_KEY);
  } catch {
    // Storage may be disabled (private mode): the session then lasts for this page only.
  }
  for (const listener of listeners) listener();
}

/** The current user, or undefined when signed out. */
export function currentUser(): SessionUser | undefined {
  return state.user;
}

/** `fetch` with the session's bearer token (when signed in); signs out on a 401 for a stale token. */
export async function authFetch(input: string, init: RequestInit = {}): Promise<Response> {
  const token = state.token;
  const headers = new Headers(init.headers);
  if (token && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`);
  const response = await fetch(input, { ...init, headers });
  if (response.status === 401 && token && state.token === token) setState({});
  return response;
}

/** Reads the problem+json `detail` (or status text) of a failed response. */
export async function problemMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { detail?: string; title?: string };
    return body.detail ?? body.title ?? `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status} ${response.statusText}`.trim();
  }
}

/** Signs in; throws an Error with the server's message on failure. */
export async function login(username: string, password: string): Promise<SessionUser> {
  const response = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(await problemMessage(response));
  const { token } = (await response.json()) as { token: string };
  const me = await fetch('/api/auth/me', { headers: { authorization: `Bearer ${token}` } });
  if (!me.ok) throw new Error(await problemMessage(me));
  const user = (await me.json()) as SessionUser;
  setState({ token, user });
  return user;
}

/** Signs out (the server forgets the token too). */
export async function logout(): Promise<void> {
  const token = state.token;
  setState({});
  if (token) await fetch('/api/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
}

/** Re-checks a stored token with the server (on app start); signs out if it is no longer valid. */
export async function refreshSession(): Promise<void> {
  const token = state.token;
  if (!token) return;
  try {
    const me = await fetch('/api/auth/me', { headers: { authorization: `Bearer ${token}` } });
    if (state.token !== token) return;
    if (me.ok) setState({ token, user: (await me.json()) as SessionUser });
    else if (me.status === 401) setState({});
  } catch {
    // Offline or server restarting: keep the stored session; API calls will tell.
  }
}

/** Whether `user` may edit data of `sector` (sector editor/admin, or a global admin). */
export function canEdit(user: SessionUser | undefined, sector: string): boolean {
  if (!user) return false;
  const role = user.roles[sector];
  return user.isAdmin || role === 'editor' || role === 'admin';
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The signed-in user (re-renders on sign-in/out) and the session actions. */
export function useSession(): { user: SessionUser | undefined; login: typeof login; logout: typeof logout } {
  const user = useSyncExternalStore(subscribe, () => state.user, () => undefined);
  return { user, login, logout };
}
