import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/server/config.ts';

describe('loadConfig', () => {
  it('defaults to the embedded, offline setup on port 8080', () => {
    const config = loadConfig({}, '/srv/hue');
    expect(config.port).toBe(8080);
    expect(config.mqttPort).toBe(1883);
    expect(config.dataDir).toBe('/srv/hue/.data');
    expect(config.layersDir).toBe('/srv/hue/layers');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.mqttUrl).toBeUndefined();
    expect(config.client).toEqual({ ionToken: undefined, imageryUrl: undefined, terrainUrl: undefined });
  });

  it('reads every documented setting', () => {
    const config = loadConfig(
      {
        PORT: '9000',
        DATA_DIR: '/var/hue',
        DATABASE_URL: 'postgres://u:p@db/hue',
        MQTT_URL: 'mqtt://broker:1883',
        MQTT_PORT: '0',
        CESIUM_ION_TOKEN: 'tok',
        IMAGERY_URL: 'https://tiles.example.org/{z}/{x}/{y}.png',
        TERRAIN_URL: 'https://terrain.example.org/',
      },
      '/srv/hue',
    );
    expect(config.port).toBe(9000);
    expect(config.dataDir).toBe('/var/hue');
    expect(config.databaseUrl).toBe('postgres://u:p@db/hue');
    expect(config.mqttUrl).toBe('mqtt://broker:1883');
    expect(config.mqttPort).toBe(0);
    expect(config.client.imageryUrl).toContain('{z}');
    expect(config.client.ionToken).toBe('tok');
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT=eighty is not a port/],
    [{ PORT: '70000' }, /PORT=70000/],
    [{ MQTT_PORT: '-1' }, /MQTT_PORT=-1/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres/],
    [{ MQTT_URL: 'http://x' }, /MQTT_URL must start with mqtt/],
  ])('refuses %o with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ DATABASE_URL: ' ', PORT: '' }).databaseUrl).toBeUndefined();
  });
});
