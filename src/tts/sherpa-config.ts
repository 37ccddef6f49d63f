/**
 * `SHERPA_VOICES`: which local VITS/Piper model serves each voice ID. The value is a JSON
 * object, or the path of a JSON file holding one (relative paths inside a file are taken
 * from the file's folder). See docs/voices.md.
 *
 * ```json
 * { "north-female": { "dir": "/srv/models/vi_VN-vais1000-medium", "onnx": "vi_VN-vais1000-medium.onnx",
 *                     "accent": "north", "gender": "female", "license": "…" } }
 * ```
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { VOICE_IDS, isVoiceId, type Accent, type Gender, type VoiceId } from '../voices.js';

const VARIABLE = 'SHERPA_VOICES';

/** One voice as the operator writes it. */
const VoiceEntry = z.strictObject({
  /** The model's folder. */
  dir: z.string().min(1),
  /** File names inside `dir` (or absolute paths). */
  onnx: z.string().min(1).default('model.onnx'),
  tokens: z.string().min(1).default('tokens.txt'),
  /** Piper models phonemize with espeak-ng: default `<dir>/espeak-ng-data` when that folder exists. */
  dataDir: z.string().min(1).optional(),
  /** Lexicon-based models instead: default `<dir>/lexicon.txt` when that file exists. */
  lexicon: z.string().min(1).optional(),
  /** Speaker ID inside a multi-speaker model. */
  speaker: z.int().min(0).default(0),
  /** Piper's length scale: 1 is the model's own pace, 1.1 is 10 % slower. */
  lengthScale: z.number().min(0.25).max(4).default(1),
  /** onnxruntime threads for this model. */
  threads: z.int().min(1).max(32).default(1),
  /** Reported by GET /v1/voices and part of the audio key: give a changed model a new name. */
  name: z.string().min(1).max(100).optional(),
  /** Checked against the model at startup when given. */
  sampleRate: z.int().min(8000).max(96000).optional(),
  /** What the voice really is, whatever the voice ID promises. */
  accent: z.enum(['north', 'central', 'south']),
  gender: z.enum(['female', 'male']),
  /** The model's licence as the operator states it, e.g. "CC BY 4.0 (data: VAIS-1000, research use)". */
  license: z.string().min(1).max(500),
});

/** One voice with its paths resolved, as the sherpa provider uses it. */
export interface SherpaVoiceConfig {
  /** Absolute paths. */
  model: string;
  tokens: string;
  dataDir?: string;
  lexicon?: string;
  speaker: number;
  lengthScale: number;
  threads: number;
  name: string;
  sampleRate?: number;
  accent: Accent;
  gender: Gender;
  license: string;
}

export interface SherpaConfig {
  voices: Partial<Record<VoiceId, SherpaVoiceConfig>>;
}

/**
 * Parses `SHERPA_VOICES`; every voice in `routedToSherpa` must have an entry.
 * @example
 *   parseSherpaVoices('{"north-female":{"dir":"/m/vais","accent":"north","gender":"female","license":"CC BY 4.0"}}', ['north-female'])
 *     .voices['north-female'].model //=> '/m/vais/model.onnx'
 * @throws ConfigError naming SHERPA_VOICES and what is wrong.
 */
export function parseSherpaVoices(value: string | undefined, routedToSherpa: readonly VoiceId[]): SherpaConfig {
  if (!value?.trim()) throw new ConfigError(`sherpa serves ${routedToSherpa.join(', ')} but ${VARIABLE} is not set (see docs/voices.md)`);
  const { json, baseDir } = readJson(value.trim());
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new ConfigError(`${VARIABLE} must be a JSON object keyed by voice ID (${VOICE_IDS.join(', ')})`);
  }
  const voices: Partial<Record<VoiceId, SherpaVoiceConfig>> = {};
  for (const [id, raw] of Object.entries(json)) {
    if (!isVoiceId(id)) throw new ConfigError(`${VARIABLE}: "${id}" is not a voice ID (expected one of ${VOICE_IDS.join(', ')})`);
    const parsed = VoiceEntry.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${[id, ...issue.path].join('.')}: ${issue.message}`).join('; ');
      throw new ConfigError(`${VARIABLE}: ${problems}`);
    }
    voices[id] = resolveVoice(parsed.data, baseDir);
  }
  const missing = routedToSherpa.filter((id) => !voices[id]);
  if (missing.length > 0) throw new ConfigError(`sherpa serves ${missing.join(', ')} but ${VARIABLE} has no entry for ${missing.length > 1 ? 'them' : 'it'}`);
  return { voices };
}

/** Inline JSON, or the path of a JSON file. */
function readJson(value: string): { json: unknown; baseDir: string } {
  const inline = value.startsWith('{') || value.startsWith('[');
  let text = value;
  if (!inline) {
    try {
      text = readFileSync(value, 'utf8');
    } catch {
      throw new ConfigError(`${VARIABLE} is neither a JSON object nor a readable JSON file`);
    }
  }
  try {
    return { json: JSON.parse(text), baseDir: inline ? process.cwd() : path.dirname(path.resolve(value)) };
  } catch (error) {
    throw new ConfigError(`${VARIABLE}${inline ? '' : ' file'} is not valid JSON: ${(error as Error).message}`);
  }
}

function resolveVoice(entry: z.infer<typeof VoiceEntry>, baseDir: string): SherpaVoiceConfig {
  const dir = path.resolve(baseDir, entry.dir);
  const inDir = (file: string) => path.resolve(dir, file);
  const defaultIfPresent = (file: string) => (existsSync(inDir(file)) ? inDir(file) : undefined);
  return {
    model: inDir(entry.onnx),
    tokens: inDir(entry.tokens),
    dataDir: entry.dataDir ? inDir(entry.dataDir) : defaultIfPresent('espeak-ng-data'),
    lexicon: entry.lexicon ? inDir(entry.lexicon) : defaultIfPresent('lexicon.txt'),
    speaker: entry.speaker,
    lengthScale: entry.lengthScale,
    threads: entry.threads,
    name: entry.name ?? path.basename(dir),
    sampleRate: entry.sampleRate,
    accent: entry.accent,
    gender: entry.gender,
    license: entry.license,
  };
}
