import { describe, expect, it } from 'vitest';
import { canEdit, problemMessage, type SessionUser } from '../../../src/app/session/session.ts';

const user = (roles: SessionUser['roles'], isAdmin = false): SessionUser => ({ username: 'u', isAdmin, roles });

describe('canEdit', () => {
  it('needs a sector editor or admin role, or a global admin', () => {
    expect(canEdit(undefined, 'planning')).toBe(false);
    expect(canEdit(user({ planning: 'viewer' }), 'planning')).toBe(false);
    expect(canEdit(user({ planning: 'editor' }), 'planning')).toBe(true);
    expect(canEdit(user({ planning: 'admin' }), 'planning')).toBe(true);
    expect(canEdit(user({ planning: 'editor' }), 'heritage')).toBe(false);
    expect(canEdit(user({}, true), 'heritage')).toBe(true);
  });
});

describe('problemMessage', () => {
  it('prefers detail, then title, then the status', async () => {
    const json = (body: unknown, status = 400) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json' } });
    expect(await problemMessage(json({ title: 'Bad request', detail: 'height must be a number' }))).toBe('height must be a number');
    expect(await problemMessage(json({ title: 'Forbidden' }, 403))).toBe('Forbidden');
    expect(await problemMessage(new Response('<html>', { status: 502, statusText: 'Bad Gateway' }))).toBe('HTTP 502 Bad Gateway');
  });
});
