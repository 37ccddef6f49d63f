/**
 * Web addresses and e-mail: "vnexpress.net" → "v n express chấm nét",
 * "toasoan@baogialai.vn" → "toà soạn a còng báo gia lai chấm v n". Pieces that are
 * pronounceable stay as words; the rest is spelled with Vietnamese letter names.
 */
import { spellLetters } from './spell.js';
import { readDigits } from './cardinal.js';
import { ERA_FORMS } from '../data/abbreviations/short-forms.js';
import type { SemioticClass } from './types.js';

/** How symbols and well-known domain parts are said. */
const SAY: Readonly<Record<string, string>> = {
  '.': 'chấm', '@': 'a còng', '/': 'gạch chéo', '-': 'gạch ngang', _: 'gạch dưới', ':': 'hai chấm',
  vn: 'vê en', com: 'com', net: 'nét', org: 'o rờ gờ', gov: 'gốp', edu: 'e đu', www: 'vê kép vê kép vê kép',
  http: 'hát tê tê pê', https: 'hát tê tê pê ét', info: 'in phô', html: 'hát tê em e lờ',
};
// Also the cheap generic domains of the scam links quoted in police warnings ("vcb-online.top").
const TLD = String.raw`(?:vn|com|net|org|gov|edu|info|io|asia|biz|int|me|tv|co|uk|us|fr|jp|cn|kr|top|xyz|online|site|club|shop|store|live|link|app)`;
const PATTERN = new RegExp(
  [
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    String.raw`(?:(?:https?|ftp):\/\/|www\.)[^\s,;)"”]+[^\s,;)"”.]`,
    // A server's IPv4 address with its port: "123.45.67.89:8080".
    String.raw`(?<![\p{L}\p{N}.])(?:\d{1,3}\.){3}\d{1,3}:\d{2,5}(?![\p{N}])`,
    String.raw`(?<![\p{L}\p{N}@])[a-z0-9][\w-]*(?:\.[\w-]+)*\.${TLD}(?![\p{L}\p{N}])(?:\/[^\s,;)"”]*[^\s,;)"”.])?`,
  ].join('|'),
  'giu',
);

const VOWEL = /[aeiouyàáảãạăâêôơưđ]/i;

/** Reads one alphanumeric piece: known word, number, pronounceable word, or spelled letters. */
function readPiece(piece: string): string {
  const lower = piece.toLowerCase();
  if (SAY[lower]) return SAY[lower];
  if (/^\d+$/.test(piece)) return readDigits(piece);
  // A piece with a vowel and at least 2 letters is said as a word ("express", "baogialai", "su").
  if (piece.length >= 2 && VOWEL.test(piece) && /^[a-z]+$/i.test(piece)) return lower;
  // Letters and digits glued in a user name are read run by run: "hoangvuhuy1007" → "hoangvuhuy một không không bảy".
  const runs = piece.match(/[a-z]+|\d+/gi);
  if (runs && runs.length > 1 && runs.join('') === piece) return runs.map(readPiece).join(' ');
  return spellLetters(piece.toUpperCase());
}

/** Reads a run of pieces and separators, each separator said as a word. */
function readPieces(text: string): string[] {
  const words: string[] = [];
  for (const part of text.split(/([.@/:_-])/)) if (part) words.push(SAY[part] ?? readPiece(part));
  return words;
}

/**
 * Newsreaders leave out "https://" (not "ftp://") and read a path's words as words: the slug
 * "thoi-su" is "thoi su", not "thoi gạch ngang su".
 * @example readAddress('vnexpress.net') //=> 'vnexpress chấm nét'
 * @example readAddress('https://vnexpress.net/thoi-su') //=> 'vnexpress chấm nét gạch chéo thoi su'
 */
export function readAddress(address: string): string {
  const ftp = /^ftp:\/\//i.test(address);
  const withoutScheme = address.replace(/^(?:https?|ftp):\/\//i, '');
  const slash = withoutScheme.indexOf('/');
  const host = slash === -1 ? withoutScheme : withoutScheme.slice(0, slash);
  const path = slash === -1 ? '' : withoutScheme.slice(slash).replace(/\/+$/, '');
  // The web's scheme goes unsaid; a file server's is said, as it tells the address apart.
  const words = [...(ftp ? ['ép tê pê hai chấm gạch chéo gạch chéo'] : []), ...readPieces(host)];
  for (const segment of path.split('/').filter(Boolean)) {
    words.push(SAY['/'], ...segment.split(/[-_+.]+/).filter(Boolean).map(readPiece));
  }
  return words.join(' ').replace(/\s+/g, ' ');
}

/** @example verbalize "Email: toasoan@baogialai.vn" → "Email: toasoan a còng baogialai chấm v n" */
export const urlClass: SemioticClass = {
  name: 'url',
  pattern: PATTERN,
  trigger: new RegExp(String.raw`@|www\.|:\/\/|\.\d{1,3}:\d|\.${TLD}(?![\p{L}\p{N}])`, 'iu'),
  // "thế kỷ III tr.CN" (trước Công nguyên) is not a Chinese domain.
  verbalize: (m) => (ERA_FORMS[m[0]] ? undefined : readAddress(m[0])),
};
