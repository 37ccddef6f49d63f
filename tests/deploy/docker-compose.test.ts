/**
 * The orchestration file keeps the drain bound: Docker gives a stopping container
 * `stop_grace_period` (10 s unless set) before it kills it, so every service that runs a
 * worker must allow longer than that worker drains (DRAIN_TIMEOUT_MS), or jobs are killed
 * mid-drain instead of being handed back.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config.js';

const COMPOSE = path.join(import.meta.dirname, '..', '..', 'docker-compose.yml');
const DOCKER_DEFAULT_GRACE_MS = 10_000;

/** "30s", "1m30s", "1500ms" → milliseconds. */
function durationMs(value: string): number {
  let total = 0;
  for (const [, n, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) total += Number(n) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit as 'ms']!;
  return total;
}

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync(COMPOSE, 'utf8'), { merge: true }) as { services: Record<string, { command?: string[]; stop_grace_period?: string; environment?: Record<string, string> }> };
  const workers = Object.entries(compose.services).filter(([, s]) => s.command?.some((part) => part.includes('worker.js') || part === '--with-worker'));

  it('gives every worker a stop grace period longer than its drain', () => {
    expect(workers.length).toBeGreaterThan(0);
    const defaultDrain = loadConfig({ NODE_ENV: 'test' }).drainTimeoutMs;
    for (const [name, service] of workers) {
      const grace = service.stop_grace_period ? durationMs(service.stop_grace_period) : DOCKER_DEFAULT_GRACE_MS;
      const drain = Number(service.environment?.DRAIN_TIMEOUT_MS ?? defaultDrain);
      expect(grace, `${name}: stop_grace_period against DRAIN_TIMEOUT_MS ${drain}`).toBeGreaterThan(drain);
    }
  });
});
