import { describe, expect, it } from 'vitest';
import { checkLameLibrary } from '../../src/audio/lame-library.js';
import { ConfigError } from '../../src/errors.js';

describe('checkLameLibrary', () => {
  it('passes on this machine, where Debian ffmpeg brought libmp3lame', () => {
    expect(() => checkLameLibrary()).not.toThrow();
  });

  it('refuses a library that cannot be loaded with a ConfigError that says what to install', () => {
    let thrown: unknown;
    try {
      checkLameLibrary('libmp3lame-not-installed.so.9');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as Error).message).toBe(
      'libmp3lame-not-installed.so.9 cannot be loaded: the MP3 encoder needs LAME (Debian/Ubuntu: apt-get install libmp3lame0, which ffmpeg depends on)',
    );
  });
});
