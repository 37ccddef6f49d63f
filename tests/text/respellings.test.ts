/**
 * Foreign words, brands and acronyms said as words: left as written by default (cloud
 * engines, benchmarks), respelled in Vietnamese sounds for the offline engines
 * (src/text/data/respellings.ts), and each engine says which it needs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { respellsFor } from '../../src/synthesis/article-keys.js';
import { audioKey } from '../../src/synthesis/audio-key.js';
import { FOREIGN_RESPELLINGS } from '../../src/text/data/respellings.js';
import { normalizeAligned, normalizeSentence } from '../../src/text/normalize/index.js';
import { prepareArticle } from '../../src/text/pipeline.js';
import { createEspeakProvider } from '../../src/tts/espeak.js';
import { createGoogleProvider } from '../../src/tts/google.js';
import type { TtsProvider } from '../../src/tts/provider.js';

const respelled = (s: string): string => normalizeSentence(s, { respellForeign: true });

/** Each sentence as written by default, and respelled for the offline engines. */
const READINGS: [input: string, asWritten: string, respelledForm: string][] = [
  ['Xem video trên YouTube.', 'Xem video trên YouTube.', 'Xem video trên diu túp.'],
  ['SEA Games 33 khai mạc.', 'SEA Games ba mươi ba khai mạc.', 'xi gêm ba mươi ba khai mạc.'],
  ['VN-Index tăng 5 điểm.', 'VN-Index tăng năm điểm.', 'vê en in đéc tăng năm điểm.'],
  ['Các nước ASEAN hợp tác.', 'Các nước ASEAN hợp tác.', 'Các nước a xê an hợp tác.'],
  ['Chung kết AFF Cup 2024.', 'Chung kết a ép ép Cup hai nghìn không trăm hai mươi tư.', 'Chung kết a ép ép cúp hai nghìn không trăm hai mươi tư.'],
];

describe('foreign words by default: as written', () => {
  it.each([
    ...READINGS.map(([input, asWritten]) => [input, asWritten]),
    ['Kết nối Wi-Fi và xem MV trên V-League.', 'Kết nối Wi-Fi và xem em mờ vê trên V-League.'],
  ])('%s', (input, spoken) => {
    expect(normalizeSentence(input)).toBe(spoken);
  });

  it('keeps an all-caps foreign acronym from the letter speller, and reports nothing', () => {
    const { spoken, warnings } = normalizeAligned('Tổ chức NATO và UNESCO họp.');
    expect(spoken).toBe('Tổ chức NATO và UNESCO họp.');
    expect(warnings).toEqual([]);
  });
});

describe('respellForeign: true (offline engines)', () => {
  it.each([
    ...READINGS.map(([input, , respelledForm]) => [input, respelledForm]),
    ['XEM TRÊN FACEBOOK', 'xem trên phây búc'],
    ['Giá cao su đạt 345 yen/kg.', 'Giá cao su đạt ba trăm bốn mươi lăm yên một ki lô gam.'],
  ])('%s', (input, spoken) => {
    expect(respelled(input)).toBe(spoken);
  });

  it('ties each respelled word to the written word it came from', () => {
    const input = 'Xem trên YouTube.';
    const { words } = normalizeAligned(input, { respellForeign: true });
    const from = input.indexOf('YouTube');
    expect(words.slice(-2).map((w) => [w.charStart, w.charEnd])).toEqual([
      [from, from + 7],
      [from, from + 7],
    ]);
  });

  it('reaches prepareArticle', () => {
    const text = 'Giải V-League 2024 khởi tranh. Trận đấu chiếu trên YouTube.';
    expect(prepareArticle({ text }).sentences[1].spoken).toBe('Trận đấu chiếu trên YouTube.');
    expect(prepareArticle({ text }, { respellForeign: true }).sentences.map((s) => s.spoken)).toEqual([
      'Giải vê lích hai nghìn không trăm hai mươi tư khởi tranh.',
      'Trận đấu chiếu trên diu túp.',
    ]);
  });

  it('holds only respellings: no key is read as itself', () => {
    for (const [key, reading] of Object.entries(FOREIGN_RESPELLINGS)) expect(reading, key).not.toBe(key);
  });
});

describe('engines say whether they read foreign words', () => {
  const providers: TtsProvider[] = [];
  afterAll(async () => {
    for (const p of providers) await p.close?.();
  });

  it('espeak-ng asks for respelling, Google does not', () => {
    const espeak = createEspeakProvider();
    const google = createGoogleProvider({ apiKey: 'test-key' });
    providers.push(espeak, google);
    expect(espeak.readsForeignWords).toBe(false);
    expect(google.readsForeignWords).toBe(true);
    expect(respellsFor(espeak)).toBe(true);
    expect(respellsFor(google)).toBe(false);
  });

  it('the audio key depends on the reading of foreign words', () => {
    const parts = {
      revision: 'r', voice: 'north-female', provider: 'espeak', providerVoice: 'vi', frontEndVersion: 'v',
      lexiconFingerprint: '', bitrateKbps: 64,
    } as const;
    expect(audioKey({ ...parts, respellForeign: true })).not.toBe(audioKey({ ...parts, respellForeign: false }));
  });
});
