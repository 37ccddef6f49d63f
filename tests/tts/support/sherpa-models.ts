/** Tiny sherpa-onnx models in a temp folder, and the SHERPA_VOICES that serves them. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_VOICE_IDS, VOICES, type VoiceId } from '../../../src/voices.js';
import { writeTinyVitsModel, type TinyModel, type TinyModelOptions } from '../../fixtures/sherpa/tiny-vits-model.js';

export const TEST_LICENSE = 'test model made at test time; no licence needed';

export interface SherpaTestModels {
  root: string;
  /** A model in its own subfolder of `root`. */
  add(name: string, options?: TinyModelOptions): TinyModel;
  cleanup(): void;
}

export function createSherpaTestModels(): SherpaTestModels {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tts-sherpa-'));
  return {
    root,
    add: (name, options) => writeTinyVitsModel(path.join(root, name), options),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/**
 * SHERPA_VOICES serving all four voice IDs from one tiny model, speaker i for the i-th ID,
 * each entry as the ID promises (the tiny model has no accent), with `overrides` merged in.
 */
export function sherpaVoices(model: TinyModel, overrides: Partial<Record<VoiceId, object>> = {}): Record<VoiceId, object> {
  return Object.fromEntries(
    DEFAULT_VOICE_IDS.map((id, speaker) => [
      id,
      { dir: model.dir, speaker, name: `tiny-${path.basename(model.dir)}`, accent: VOICES[id].accent, gender: VOICES[id].gender, license: TEST_LICENSE, ...overrides[id] },
    ]),
  ) as Record<VoiceId, object>;
}
