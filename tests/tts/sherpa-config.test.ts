import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { loadTtsConfig } from '../../src/tts/config.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'tts-sherpa-config-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const vais = { dir: '/srv/models/vi_VN-vais1000-medium', onnx: 'vi_VN-vais1000-medium.onnx', accent: 'north', gender: 'female', license: 'CC BY 4.0' };

describe('SHERPA_VOICES', () => {
  it('maps each voice ID to a model folder, with defaults for the rest', () => {
    const config = loadTtsConfig({
      TTS_VOICE_PROVIDERS: 'north-female=sherpa',
      SHERPA_VOICES: JSON.stringify({ 'north-female': vais }),
    });
    expect(config.routes['north-female']).toBe('sherpa');
    expect(config.routes['south-male']).toBe('espeak');
    expect(config.sherpa!.voices['north-female']).toEqual({
      model: '/srv/models/vi_VN-vais1000-medium/vi_VN-vais1000-medium.onnx',
      tokens: '/srv/models/vi_VN-vais1000-medium/tokens.txt',
      dataDir: undefined,
      lexicon: undefined,
      speaker: 0,
      lengthScale: 1,
      threads: 1,
      name: 'vi_VN-vais1000-medium',
      sampleRate: undefined,
      accent: 'north',
      gender: 'female',
      license: 'CC BY 4.0',
    });
  });

  it('reads a JSON file, taking relative folders from the file, and finds espeak-ng-data or a lexicon in them', () => {
    const models = path.join(scratch, 'models');
    mkdirSync(path.join(models, 'vivos', 'espeak-ng-data'), { recursive: true });
    mkdirSync(path.join(models, 'lexicon-model'), { recursive: true });
    writeFileSync(path.join(models, 'lexicon-model', 'lexicon.txt'), 'xin x i n\n');
    const file = path.join(scratch, 'voices.json');
    writeFileSync(file, JSON.stringify({
      'south-female': { dir: 'models/vivos', speaker: 12, lengthScale: 1.1, threads: 2, name: 'vivos-x-low', sampleRate: 16000, accent: 'south', gender: 'female', license: 'CC BY-NC-SA 4.0' },
      'south-male': { dir: 'models/lexicon-model', accent: 'south', gender: 'male', license: 'MIT' },
    }));
    const config = loadTtsConfig({ TTS_VOICE_PROVIDERS: 'south-female=sherpa,south-male=sherpa', SHERPA_VOICES: file });
    expect(config.sherpa!.voices['south-female']).toMatchObject({
      model: path.join(models, 'vivos', 'model.onnx'),
      dataDir: path.join(models, 'vivos', 'espeak-ng-data'),
      lexicon: undefined,
      speaker: 12,
      lengthScale: 1.1,
      threads: 2,
      name: 'vivos-x-low',
      sampleRate: 16000,
    });
    expect(config.sherpa!.voices['south-male']).toMatchObject({ dataDir: undefined, lexicon: path.join(models, 'lexicon-model', 'lexicon.txt') });
  });

  it('is not read when no voice is routed to sherpa', () => {
    expect(loadTtsConfig({ SHERPA_VOICES: 'not json at all' }).sherpa).toBeUndefined();
  });

  it.each([
    [{ TTS_PROVIDER: 'sherpa' }, /sherpa serves north-female, north-male, south-female, south-male but SHERPA_VOICES is not set/],
    [{ TTS_VOICE_PROVIDERS: 'north-female=sherpa', SHERPA_VOICES: '{"north-female": ' }, /SHERPA_VOICES is not valid JSON/],
    [{ TTS_VOICE_PROVIDERS: 'north-female=sherpa', SHERPA_VOICES: '/no/such/voices.json' }, /SHERPA_VOICES is neither a JSON object nor a readable JSON file/],
    [{ TTS_VOICE_PROVIDERS: 'north-female=sherpa', SHERPA_VOICES: '{"west-male": {}}' }, /SHERPA_VOICES: "west-male" is not a voice ID/],
    [{ TTS_VOICE_PROVIDERS: 'south-male=sherpa', SHERPA_VOICES: JSON.stringify({ 'north-female': vais }) }, /sherpa serves south-male but SHERPA_VOICES has no entry for it/],
    [{ TTS_VOICE_PROVIDERS: 'north-female=sherpa', SHERPA_VOICES: JSON.stringify({ 'north-female': { ...vais, lenghtScale: 1.2 } }) }, /SHERPA_VOICES: north-female: Unrecognized key: "lenghtScale"/],
    [{ TTS_VOICE_PROVIDERS: 'north-female=sherpa', SHERPA_VOICES: JSON.stringify({ 'north-female': { ...vais, speaker: -1 } }) }, /SHERPA_VOICES: north-female\.speaker: /],
    [{ TTS_VOICE_PROVIDERS: 'north-female=sherpa', SHERPA_VOICES: JSON.stringify({ 'north-female': { ...vais, accent: 'hue' } }) }, /SHERPA_VOICES: north-female\.accent: /],
    [{ TTS_VOICE_PROVIDERS: 'north-female=sherpa', SHERPA_VOICES: JSON.stringify({ 'north-female': { dir: '/m', accent: 'north', gender: 'female' } }) }, /SHERPA_VOICES: north-female\.license: /],
    [{ TTS_VOICE_PROVIDERS: 'north-female=sherpa', SHERPA_VOICES: '["north-female"]' }, /SHERPA_VOICES must be a JSON object keyed by voice ID/],
  ])('rejects %j with a ConfigError naming the variable', (env, message) => {
    expect(() => loadTtsConfig(env)).toThrow(ConfigError);
    expect(() => loadTtsConfig(env)).toThrow(message);
  });
});
