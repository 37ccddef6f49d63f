import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderNginxConfig } from '../../src/api/nginx-config.js';

const DEPLOY = path.resolve(import.meta.dirname, '../../deploy/nginx.direct.conf');

describe('deploy/nginx.direct.conf', () => {
  it('is what `tts-reader nginx-config` writes for one host today (no drift from the API’s headers)', () => {
    const rendered = renderNginxConfig({ listen: '80', apiServers: ['127.0.0.1:8080'], verifiedAudioDir: '/var/lib/tts-reader/verified-audio', playerOrigins: '*' });
    expect(readFileSync(DEPLOY, 'utf8')).toBe(rendered);
  });

  it('answers CORS per allowed origin when PLAYER_ORIGINS is a list', () => {
    const rendered = renderNginxConfig({ listen: '80', apiServers: ['10.0.0.5:8080', '10.0.0.6:8080'], verifiedAudioDir: '/srv/links', playerOrigins: ['https://vnexpress.example', 'https://tuoitre.example'] });
    expect(rendered).toContain('"https://vnexpress.example" $http_origin;');
    expect(rendered).toContain('add_header Access-Control-Allow-Origin $tts_cors_origin always;');
    expect(rendered).toContain('add_header Vary Origin always;');
    expect(rendered).toMatch(/server 10\.0\.0\.5:8080;\n {2}server 10\.0\.0\.6:8080;/);
    expect(rendered).not.toContain('Access-Control-Allow-Origin "*"');
  });
});
