import { describe, expect, it } from 'vitest';
import { clampSpeed, cycleSpeed, formatSpeed } from '../../src/player/helpers/clamp-speed.js';
import { describeFailure } from '../../src/player/helpers/describe-failure.js';
import { escapeHtml } from '../../src/player/helpers/escape-html.js';
import { findSegmentIndex } from '../../src/player/helpers/find-segment-index.js';
import { describeTime, formatTime } from '../../src/player/helpers/format-time.js';
import { findSentence } from '../../src/player/helpers/map-sentence-to-text.js';
import { pickVoice, readStoredVoice, storeVoice } from '../../src/player/helpers/pick-voice.js';
import { resolveApiBase, resolveApiUrl } from '../../src/player/helpers/resolve-api-base.js';
import { findCurrentWord } from '../../src/player/helpers/find-current-word.js';
import { findWordIndex } from '../../src/player/helpers/find-word-index.js';
import { isAnalyticsAllowed } from '../../src/player/helpers/is-analytics-allowed.js';
import { mapTextOffset } from '../../src/player/helpers/map-text-offset.js';
import { mergeWordTokens } from '../../src/player/helpers/merge-word-tokens.js';
import { parsePlaylist } from '../../src/player/helpers/parse-playlist.js';
import { readPosition, storePosition } from '../../src/player/helpers/remember-position.js';
import { mapKeyToEvent } from '../../src/player/keyboard.js';

describe('formatTime', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [1000, '0:01'],
    [59_999, '0:59'],
    [60_000, '1:00'],
    [407_000, '6:47'],
    [3_599_999, '59:59'],
    [3_600_000, '1:00:00'],
    [3_723_000, '1:02:03'],
    [-5000, '0:00'],
    [Number.NaN, '0:00'],
    [Number.POSITIVE_INFINITY, '0:00'],
  ])('%s ms → %s', (ms, expected) => expect(formatTime(ms)).toBe(expected));
});

describe('describeTime (screen readers)', () => {
  it.each([
    [0, '0 giây'],
    [45_000, '45 giây'],
    [407_000, '6 phút 47 giây'],
    [Number.NaN, '0 giây'],
  ])('%s ms → %s', (ms, expected) => expect(describeTime(ms)).toBe(expected));
});

describe('findSegmentIndex', () => {
  const segments = [
    { startMs: 0, endMs: 1000 },
    { startMs: 1000, endMs: 2500 },
    { startMs: 2500, endMs: 4000 },
    { startMs: 4200, endMs: 5000 }, // a gap before it (4000–4200)
  ];
  it.each([
    [-100, 0, 'before the start'],
    [0, 0, 'the very start'],
    [999, 0, 'just before a boundary'],
    [1000, 1, 'exactly on a boundary: the next sentence'],
    [3999, 2, 'end of the third'],
    [4100, 2, 'in a gap: the sentence that started'],
    [4200, 3, 'start of the last'],
    [99_999, 3, 'past the end'],
    [Number.NaN, 0, 'NaN'],
  ])('%s ms → %s (%s)', (ms, expected, _why) => expect(findSegmentIndex(segments, ms)).toBe(expected));
  it('has nothing to find without segments', () => expect(findSegmentIndex([], 10)).toBe(-1));
  it('handles a single segment', () => expect(findSegmentIndex([{ startMs: 0, endMs: 10 }], 50)).toBe(0));
  it('stays fast on a long article', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({ startMs: i * 10, endMs: i * 10 + 10 }));
    expect(findSegmentIndex(many, 654_321)).toBe(65_432);
  });
});

describe('clampSpeed, cycleSpeed, formatSpeed', () => {
  it.each([
    [1, 1],
    ['1.5', 1.5],
    [0.5, 0.75],
    [3, 2],
    [0, 1],
    [-1, 1],
    ['nhanh', 1],
    [undefined, 1],
    [Number.NaN, 1],
  ])('clampSpeed(%s) → %s', (input, expected) => expect(clampSpeed(input)).toBe(expected));
  it.each([
    [0.75, 1],
    [1, 1.25],
    [1.75, 2],
    [2, 0.75],
    [1.1, 1.25],
  ])('cycleSpeed(%s) → %s', (input, expected) => expect(cycleSpeed(input)).toBe(expected));
  it.each([
    [1, '1×'],
    [1.25, '1,25×'],
    [0.75, '0,75×'],
  ])('formatSpeed(%s) → %s', (input, expected) => expect(formatSpeed(input)).toBe(expected));
});

describe('pickVoice and the remembered voice', () => {
  it.each([
    ['south-male', 'north-male', 'south-male', 'remembered wins'],
    [undefined, 'north-male', 'north-male', 'then the page attribute'],
    ['bogus', 'south-female', 'south-female', 'an unknown remembered value is ignored'],
    [undefined, undefined, 'north-female', 'else the first voice'],
    ['', 'NORTH-MALE', 'north-female', 'IDs are exact'],
  ] as [string | undefined, string | undefined, string, string][])('pickVoice(%s, %s) → %s (%s)', (remembered, attribute, expected) => expect(pickVoice(remembered, attribute)).toBe(expected));

  it('survives blocked storage', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    expect(readStoredVoice(blocked)).toBeUndefined();
    expect(() => storeVoice(blocked, 'north-male')).not.toThrow();
    expect(readStoredVoice(undefined)).toBeUndefined();
  });

  it('stores and reads back', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
    storeVoice(storage, 'south-female');
    expect(readStoredVoice(storage)).toBe('south-female');
  });
});

describe('resolveApiBase and resolveApiUrl', () => {
  it.each([
    ['https://api.vn/', 'https://cdn.vn/player.js', 'https://news.vn', 'https://api.vn', 'explicit, trailing slash dropped'],
    [null, 'https://tts.vn:8443/player.js?v=2', 'https://news.vn', 'https://tts.vn:8443', 'the script origin'],
    [null, '/player.js', 'https://news.vn', 'https://news.vn', 'a relative script: the page origin'],
    [null, undefined, 'https://news.vn', 'https://news.vn', 'no script (custom element only)'],
    ['  ', undefined, 'https://news.vn', 'https://news.vn', 'blank explicit value ignored'],
  ])('(%s, %s, %s) → %s (%s)', (explicit, src, page, expected, _why) => expect(resolveApiBase(explicit, src, page)).toBe(expected));
  it.each([
    ['/v1/audio/ab.mp3', 'https://tts.vn/v1/audio/ab.mp3'],
    ['v1/audio/ab.mp3', 'https://tts.vn/v1/audio/ab.mp3'],
    ['https://cdn.vn/ab.mp3', 'https://cdn.vn/ab.mp3'],
  ])('resolveApiUrl(%s) → %s', (input, expected) => expect(resolveApiUrl('https://tts.vn', input)).toBe(expected));
});

describe('findSentence (highlight in the host page)', () => {
  const page = 'Tiêu đề\n\n  Câu một ở đây.   Câu hai\n  xuống dòng. Câu một ở đây.';
  it.each([
    ['Câu một ở đây.', 0, [11, 25], 'first occurrence'],
    ['Câu hai xuống dòng.', 0, [28, 49], 'whitespace differs'],
    ['Câu một ở đây.', 26, [50, 64], 'searching forward finds the repeat'],
    ['Câu hai xuống dòng.', 60, [28, 49], 'wraps to the start when not found ahead'],
    ['Không có câu này.', 0, undefined, 'absent'],
    ['   ', 0, undefined, 'empty'],
    ['(1+1) = 2?', 0, undefined, 'regex characters are literal'],
  ])('%s from %s → %j (%s)', (sentence, from, expected, _why) => expect(findSentence(page, sentence, from)).toEqual(expected));
});

describe('mapKeyToEvent', () => {
  const state = { speed: 1 };
  const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...extra });
  it.each([
    [' ', 'DIV', { type: 'toggle-play' }],
    ['k', 'DIV', { type: 'toggle-play' }],
    ['K', 'SELECT', { type: 'toggle-play' }],
    ['j', 'DIV', { type: 'skip', delta: -1 }],
    ['l', 'BUTTON', { type: 'skip', delta: 1 }],
    ['>', 'DIV', { type: 'speed', rate: 1.25 }],
    ['<', 'DIV', { type: 'speed', rate: 0.75 }],
    ['ArrowLeft', 'BUTTON', { type: 'seek-by', ms: -10_000 }],
    ['ArrowRight', 'DIV', { type: 'seek-by', ms: 10_000 }],
    ['N', 'DIV', { type: 'next-article' }],
    ['P', 'BUTTON', { type: 'previous-article' }],
    ['n', 'DIV', undefined], // Shift+N only: a plain n is typed in pages
    [' ', 'BUTTON', undefined], // the button's own click
    ['ArrowRight', 'INPUT', undefined], // the seek bar's own step
    [' ', 'SELECT', undefined],
    [' ', 'CHECKBOX', undefined], // "Tự động nghe tiếp" ticks
    ['ArrowLeft', 'INPUT', undefined], // the seek bar's own step
    ['x', 'DIV', undefined],
  ])('%j on %s → %j', (k, tag, expected) => expect(mapKeyToEvent(key(k), tag, state)).toEqual(expected));
  it('ignores shortcuts with modifiers (the browser’s own)', () => expect(mapKeyToEvent(key('l', { ctrlKey: true }), 'DIV', state)).toBeUndefined());
});

describe('describeFailure and escapeHtml', () => {
  it.each([
    [404, 'Không tìm thấy bài viết này.'],
    [502, 'Tạo âm thanh không thành công.'],
    [429, 'Máy chủ đang bận. Vui lòng thử lại sau ít phút.'],
    [500, 'Đã có lỗi xảy ra.'],
    ['network', 'Không kết nối được máy chủ âm thanh. Vui lòng kiểm tra mạng.'],
  ] as const)('%s → %s', (status, expected) => expect(describeFailure(status)).toBe(expected));
  it('escapes markup and quotes', () => expect(escapeHtml(`<a href="x">'Tin' & "bài"</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;Tin&#39; &amp; &quot;bài&quot;&lt;/a&gt;'));
});

/** A Storage over a Map (the browser's is not there in node). */
function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}

describe('mergeWordTokens and findWordIndex (word highlight)', () => {
  // "Sáng 20-7, UBND": one word, then the four spoken words of "20-7", then UBND's four.
  const words = [
    { startMs: 0, endMs: 200, charStart: 0, charEnd: 4 },
    ...[0, 1, 2, 3].map((k) => ({ startMs: 200 + k * 200, endMs: 400 + k * 200, charStart: 5, charEnd: 9 })),
    ...[0, 1, 2, 3].map((k) => ({ startMs: 1250 + k * 200, endMs: 1450 + k * 200, charStart: 11, charEnd: 15 })),
  ];
  const tokens = mergeWordTokens(words);
  it('joins the spoken words of one written token', () => {
    expect(tokens).toEqual([
      { startMs: 0, endMs: 200, charStart: 0, charEnd: 4 },
      { startMs: 200, endMs: 1000, charStart: 5, charEnd: 9 },
      { startMs: 1250, endMs: 2050, charStart: 11, charEnd: 15 },
    ]);
    expect(mergeWordTokens(undefined)).toEqual([]);
    expect(words[1].endMs).toBe(400); // the manifest's words are not changed
  });
  it.each([
    [-1, -1, 'before the first word'],
    [0, 0, 'its start'],
    [650, 1, 'inside "20-7"'],
    [1100, 1, 'in the comma pause: the word before stays lit'],
    [1250, 2, 'UBND'],
    [2050, -1, 'after the last word ends'],
    [Number.NaN, -1, 'NaN'],
  ])('%s ms → %s (%s)', (ms, expected) => expect(findWordIndex(tokens, ms)).toBe(expected));
  it('finds the current word of the current sentence, or none', () => {
    const segments = [{ i: 0, startMs: 0, endMs: 2400, text: 'Sáng 20-7, UBND', charStart: 0, charEnd: 15, paragraph: 0, words }];
    expect(findCurrentWord({ segments, currentIndex: 0, currentMs: 700 })).toEqual({ index: 1, token: tokens[1] });
    expect(findCurrentWord({ segments, currentIndex: 0, currentMs: 2300 })).toBeUndefined();
    expect(findCurrentWord({ segments: [{ ...segments[0], words: undefined }], currentIndex: 0, currentMs: 700 })).toBeUndefined();
    expect(findCurrentWord({ segments, currentIndex: -1, currentMs: 0 })).toBeUndefined();
  });
});

describe('mapTextOffset (a word of the sentence in the host page)', () => {
  it.each([
    ['Hai câu.', 'Hai câu.', 4, 4, 'the same text'],
    ['Hai câu.', 'Hai\n   câu.', 4, 7, 'a line break and indentation'],
    ['Hai  câu ở đây.', 'Hai câu ở\tđây.', 11, 10, 'doubled space in the source'],
    ['Hai câu.', 'Hai câu.', 0, 0, 'the start'],
    ['Hai câu.', 'Hai câu.', 8, 8, 'the end'],
  ])('%j in %j at %s → %s (%s)', (source, target, offset, expected) => {
    expect(mapTextOffset(source, target, offset)).toBe(expected);
    expect(target[mapTextOffset(source, target, offset)]).toBe(source[offset]);
  });
});

describe('readPosition and storePosition (resume)', () => {
  it('remembers, reads back and forgets a position', () => {
    const storage = memoryStorage();
    storePosition(storage, 'bai-1', { ms: 151_000, index: 12, voice: 'south-female', at: 1 });
    expect(readPosition(storage, 'bai-1')).toEqual({ ms: 151_000, index: 12, voice: 'south-female', at: 1 });
    expect(readPosition(storage, 'bai-2')).toBeUndefined();
    storePosition(storage, 'bai-1', undefined);
    expect(readPosition(storage, 'bai-1')).toBeUndefined();
  });
  it('keeps the 50 most recent articles', () => {
    const storage = memoryStorage();
    for (let i = 0; i < 60; i++) storePosition(storage, `bai-${i}`, { ms: 9000, index: 1, voice: 'north-female', at: i });
    expect(Object.keys(JSON.parse(storage.map.get('tts-reader.positions')!))).toHaveLength(50);
    expect(readPosition(storage, 'bai-9')).toBeUndefined();
    expect(readPosition(storage, 'bai-10')).toBeDefined();
  });
  it.each([
    ['not JSON', '{'],
    ['an array', '[1,2]'],
    ['a broken entry', '{"bai-1":{"ms":"x","index":1}}'],
  ])('reads nothing from %s', (_name, stored) => {
    const storage = memoryStorage();
    storage.setItem('tts-reader.positions', stored);
    expect(readPosition(storage, 'bai-1')).toBeUndefined();
  });
  it('survives blocked storage', () => {
    const blocked = { getItem: () => { throw new DOMException('blocked', 'SecurityError'); }, setItem: () => { throw new DOMException('blocked', 'SecurityError'); } };
    expect(readPosition(blocked, 'bai-1')).toBeUndefined();
    expect(() => storePosition(blocked, 'bai-1', { ms: 1, index: 0, voice: 'north-female', at: 0 })).not.toThrow();
  });
});

describe('parsePlaylist', () => {
  it.each([
    [null, null, { kind: 'latest' }],
    ['latest', 'kinh-te', { kind: 'latest', category: 'kinh-te' }],
    [' off ', 'kinh-te', { kind: 'off' }],
    ['bai-2, bai-3,,', null, { kind: 'list', items: [{ articleId: 'bai-2' }, { articleId: 'bai-3' }] }],
    ['bai-2, ../etc, bai 3', null, { kind: 'list', items: [{ articleId: 'bai-2' }] }],
    ['[{"articleId":"bai-2","title":"Giá vàng"},{"articleId":5},{"title":"x"}]', null, { kind: 'list', items: [{ articleId: 'bai-2', title: 'Giá vàng' }] }],
    ['[{"articleId":', null, { kind: 'list', items: [] }],
  ])('%j (category %j) → %j', (attribute, category, expected) => expect(parsePlaylist(attribute, category)).toEqual(expected));
});

describe('isAnalyticsAllowed', () => {
  it.each([
    [null, {}, undefined, true, 'nothing said'],
    ['on', { doNotTrack: 'unspecified' }, undefined, true, 'DNT unspecified'],
    ['OFF', {}, undefined, false, 'the host turned it off'],
    [null, { globalPrivacyControl: true }, undefined, false, 'Global Privacy Control'],
    [null, { doNotTrack: '1' }, undefined, false, 'Do Not Track'],
    [null, { doNotTrack: null }, '1', false, 'the old window.doNotTrack'],
  ] as [string | null, { globalPrivacyControl?: boolean; doNotTrack?: string | null }, string | undefined, boolean, string][])('(%j, %j, %j) → %s (%s)', (attribute, signals, legacy, expected) => expect(isAnalyticsAllowed(attribute, signals, legacy)).toBe(expected));
});
