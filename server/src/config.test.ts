import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives working defaults for a local run', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', NEO4J_USER: 'neo4j', SEED_WHEN_EMPTY: true });
    expect(config.NEO4J_URI).toBeUndefined();
  });

  it('names every bad variable at once', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://db', LOCAL_NEO4J_HEAP: 'lots' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/PORT[\s\S]*NEO4J_URI[\s\S]*LOCAL_NEO4J_HEAP/);
  });

  it('refuses to run in production without HTTPS for the session cookie', () => {
    const production = { NODE_ENV: 'production', NEO4J_URI: 'neo4j://cluster:7687', NEO4J_PASSWORD: 'a-long-secret' };
    expect(() => loadConfig(production)).toThrow(/COOKIE_SECURE/);
    expect(() => loadConfig({ ...production, TRUST_PROXY: '1', COOKIE_SECURE: 'false' })).toThrow(/COOKIE_SECURE/);
    expect(loadConfig({ ...production, TRUST_PROXY: '1' }).COOKIE_SECURE).toBe('auto');
    expect(loadConfig({ ...production, COOKIE_SECURE: 'true' }).COOKIE_SECURE).toBe('always');
    expect(loadConfig({}).COOKIE_SECURE).toBe('auto');
  });

  it('wants a real password for a database of your own', () => {
    expect(() => loadConfig({ NEO4J_URI: 'neo4j+s://example.databases.neo4j.io' })).toThrow(/NEO4J_PASSWORD/);
    expect(loadConfig({ NEO4J_URI: 'neo4j://cluster:7687', NEO4J_PASSWORD: 'a-long-secret' }).NEO4J_URI).toBe('neo4j://cluster:7687');
  });
});
