/**
 * MQTT device credentials (`mqtt_clients`): a username, a scrypt hash of its password, and the
 * Datastreams it may publish to (null = any). Devices are provisioned here, not in `users`.
 */
import type { Database } from '../db/Database.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { findUser } from '../auth/authService.ts';

/** Who is publishing: a device (with its allowed Datastreams) or an admin user. */
export interface MqttPrincipal {
  username: string;
  kind: 'device' | 'admin';
  /** Datastream ids this principal may publish to; undefined = any. */
  allowed?: Set<number>;
}

/** Creates or replaces a device's credentials. `allowedDatastreams` undefined = any Datastream. */
export async function upsertMqttClient(db: Database, device: { username: string; password: string; allowedDatastreams?: number[] }): Promise<void> {
  await db.query(
    `INSERT INTO mqtt_clients (username, password_hash, allowed_datastreams) VALUES ($1, $2, (SELECT array_agg(v::bigint) FROM jsonb_array_elements_text($3::jsonb) AS v))
     ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, allowed_datastreams = EXCLUDED.allowed_datastreams`,
    [device.username, await hashPassword(device.password), device.allowedDatastreams ? JSON.stringify(device.allowedDatastreams) : null],
  );
}

/** Checks MQTT credentials: a device from `mqtt_clients`, else an admin user; undefined when wrong. */
export async function authenticateMqtt(db: Database, username: string, password: string): Promise<MqttPrincipal | undefined> {
  const [device] = await db.query<{ password_hash: string; allowed: number[] | null }>(
    'SELECT password_hash, to_jsonb(allowed_datastreams) AS allowed FROM mqtt_clients WHERE username = $1',
    [username],
  );
  if (device) {
    if (!(await verifyPassword(password, device.password_hash))) return undefined;
    return { username, kind: 'device', allowed: device.allowed ? new Set(device.allowed.map(Number)) : undefined };
  }
  const [user] = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE username = $1', [username]);
  if (!user || !(await verifyPassword(password, user.password_hash))) return undefined;
  const found = await findUser(db, username);
  return found?.isAdmin ? { username, kind: 'admin' } : undefined;
}
