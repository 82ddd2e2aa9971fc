/**
 * MQTT credentials of the simulated devices: one username and random password per device, the
 * passwords kept in `DATA_DIR/simulator-devices.json` (mode 0600) so a restart does not re-hash
 * them, and provisioned in `mqtt_clients` limited to the device's own Datastreams.
 * The secrets are random 144-bit tokens, not human passwords: their strength is their entropy, so
 * they are hashed with a low scrypt cost ({@link DEVICE_SCRYPT_N}) in the same self-describing
 * format the broker's login check reads — 39 devices then log in in milliseconds, not ~40 s.
 */
import { randomBytes, scryptSync } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../db/Database.ts';

/** scrypt cost for device tokens. Default: 2^10 (users' passwords use 2^15). */
export const DEVICE_SCRYPT_N = 1024;

/** `scrypt$N$r$p$salt$hash` of a device token (readable by auth/passwords.ts verifyPassword). */
export function hashDeviceToken(token: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(token, salt, 32, { N: DEVICE_SCRYPT_N, r: 8, p: 1 });
  return ['scrypt', DEVICE_SCRYPT_N, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}

/** File that keeps the devices' passwords. */
export const CREDENTIALS_FILE = 'simulator-devices.json';

/** MQTT username of a device code (`AQ-01` → `sim-aq-01`). */
export function deviceUsername(code: string): string {
  return `sim-${code.toLowerCase()}`;
}

/** Makes sure every device can log in; returns username → password. */
export async function ensureDeviceCredentials(db: Database, dataDir: string, devices: Array<{ code: string; datastreams: number[] }>): Promise<Map<string, string>> {
  const file = path.join(dataDir, CREDENTIALS_FILE);
  let known: Record<string, string> = {};
  try {
    known = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
  } catch {
    known = {};
  }
  const rows = await db.query<{ username: string; allowed: number[] | null }>(
    "SELECT username, to_jsonb(allowed_datastreams) AS allowed FROM mqtt_clients WHERE username LIKE 'sim-%'",
  );
  const inDb = new Map(rows.map((r) => [r.username, (r.allowed ?? []).map(Number).sort((a, b) => a - b).join(',')]));
  const result = new Map<string, string>();
  let changed = false;
  for (const device of devices) {
    const username = deviceUsername(device.code);
    const allowed = [...device.datastreams].sort((a, b) => a - b);
    let password = known[username];
    if (!password || inDb.get(username) !== allowed.join(',')) {
      password ??= randomBytes(18).toString('base64url');
      await db.query(
        `INSERT INTO mqtt_clients (username, password_hash, allowed_datastreams) VALUES ($1, $2, $3::bigint[])
         ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, allowed_datastreams = EXCLUDED.allowed_datastreams`,
        [username, hashDeviceToken(password), allowed],
      );
      known[username] = password;
      changed = true;
    }
    result.set(username, password);
  }
  if (changed) await writeFile(file, `${JSON.stringify(known, null, 2)}\n`, { mode: 0o600 });
  return result;
}
