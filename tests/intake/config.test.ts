import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const base = { NODE_ENV: 'test', EDITOR_API_KEYS: 'k' };

describe('configuration of intake, webhooks and feeds', () => {
  it('has strict defaults: any public host, no private host, no webhooks', () => {
    const config = loadConfig(base);
    expect(config.fetch).toMatchObject({ policy: { allowedHosts: [], privateHosts: [] }, maxBytes: 5 * 1024 ** 2, timeoutMs: 10_000, maxRedirects: 5, siteRules: {} });
    expect(config.webhooks).toMatchObject({ url: undefined, secret: undefined, maxAttempts: 8 });
    expect(config.feeds).toMatchObject({ category: 'News', maxItems: 100 });
  });

  it('reads host lists and per-host site rules', () => {
    const config = loadConfig({
      ...base,
      FETCH_ALLOWED_HOSTS: 'VnExpress.net, baogialai.com.vn',
      FETCH_PRIVATE_HOSTS: 'cms.toasoan.local',
      INTAKE_SITE_RULES: '{"DanTri.com.vn": {"content": ".singular-content", "drop": [".article-related"]}}',
    });
    expect(config.fetch.policy).toEqual({ allowedHosts: ['vnexpress.net', 'baogialai.com.vn'], privateHosts: ['cms.toasoan.local'] });
    expect(config.webhooks.policy.privateHosts).toEqual(['cms.toasoan.local']);
    expect(config.fetch.siteRules).toEqual({ 'dantri.com.vn': { content: '.singular-content', drop: ['.article-related'] } });
  });

  it.each([
    [{ WEBHOOK_URL: 'https://cms.example.vn/hook' }, 'WEBHOOK_SECRET must be set'],
    [{ WEBHOOK_SECRET: 'ngan' }, 'WEBHOOK_SECRET: at least 16 characters'],
    [{ INTAKE_SITE_RULES: '{khong phai json' }, 'INTAKE_SITE_RULES: not valid JSON'],
    [{ INTAKE_SITE_RULES: '{"a.vn": {"noidung": ".x"}}' }, 'INTAKE_SITE_RULES: a.vn'],
    [{ FETCH_MAX_REDIRECTS: '50' }, 'FETCH_MAX_REDIRECTS'],
  ])('refuses %j naming the variable', (env, message) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, ...env })).toThrow(message);
  });
});
