/** Users, login and bearer tokens, stored in the shared database. */
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db/Database.ts';
import { hashPassword, randomPassword, verifyPassword } from './passwords.ts';
import type { Role, User } from './permissions.ts';

/** Token lifetime. Default: 12 hours. */
export const TOKEN_TTL_SECONDS = 12 * 3600;

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Loads a user with roles, or undefined. */
export async function findUser(db: Database, username: string): Promise<User | undefined> {
  const [row] = await db.query<{ username: string; is_admin: boolean }>('SELECT username, is_admin FROM users WHERE username = $1', [username]);
  if (!row) return undefined;
  const roles = await db.query<{ sector: string; role: Role }>('SELECT sector, role FROM user_roles WHERE username = $1', [username]);
  return { username: row.username, isAdmin: row.is_admin, roles: Object.fromEntries(roles.map((r) => [r.sector, r.role])) };
}

/** Creates or replaces a user with a password and sector roles (one transaction). */
export async function upsertUser(
  db: Database,
  user: { username: string; password: string; isAdmin?: boolean; roles?: Record<string, Role> },
): Promise<void> {
  const hash = await hashPassword(user.password);
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO users (username, password_hash, is_admin) VALUES ($1, $2, $3)
       ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, is_admin = EXCLUDED.is_admin`,
      [user.username, hash, user.isAdmin ?? false],
    );
    await tx.query('DELETE FROM user_roles WHERE username = $1', [user.username]);
    for (const [sector, role] of Object.entries(user.roles ?? {})) {
      await tx.query('INSERT INTO user_roles (username, sector, role) VALUES ($1, $2, $3)', [user.username, sector, role]);
    }
  });
}

/** Checks credentials; returns a new bearer token, or undefined when they are wrong. */
export async function login(db: Database, username: string, password: string): Promise<{ token: string; expiresIn: number } | undefined> {
  const [row] = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE username = $1', [username]);
  // Hash anyway for unknown users, so timing does not reveal which usernames exist.
  const ok = await verifyPassword(password, row?.password_hash ?? 'scrypt$32768$8$AAAAAAAAAAAAAAAAAAAAAA==$AAAA');
  if (!row || !ok) return undefined;
  const token = randomBytes(32).toString('base64url');
  await db.query(`DELETE FROM auth_tokens WHERE expires_at < now()`);
  await db.query(`INSERT INTO auth_tokens (token_hash, username, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))`, [
    tokenHash(token),
    username,
    TOKEN_TTL_SECONDS,
  ]);
  return { token, expiresIn: TOKEN_TTL_SECONDS };
}

/** The user a bearer token belongs to, or undefined when unknown or expired. */
export async function userForToken(db: Database, token: string): Promise<User | undefined> {
  const [row] = await db.query<{ username: string }>('SELECT username FROM auth_tokens WHERE token_hash = $1 AND expires_at > now()', [
    tokenHash(token),
  ]);
  return row ? findUser(db, row.username) : undefined;
}

/** Ends a token's validity. */
export async function logout(db: Database, token: string): Promise<void> {
  await db.query('DELETE FROM auth_tokens WHERE token_hash = $1', [tokenHash(token)]);
}

/**
 * On first start, creates user `admin` with `ADMIN_PASSWORD`, or with a random password that is
 * returned so the caller prints it once. Returns undefined when an admin already exists.
 */
export async function bootstrapAdmin(db: Database, adminPassword?: string): Promise<{ password: string; generated: boolean } | undefined> {
  const [existing] = await db.query('SELECT 1 FROM users WHERE username = $1', ['admin']);
  if (existing) return undefined;
  const password = adminPassword ?? randomPassword();
  await upsertUser(db, { username: 'admin', password, isAdmin: true });
  return { password, generated: adminPassword === undefined };
}
