import { MP3_BITRATE_KBPS } from '../audio/mp3-encoder.js';
import type { ArticleRecord, ArticleStore } from '../storage/article-store.js';
import type { LexiconStore } from '../storage/lexicon-store.js';
import { FRONTEND_VERSION, lexiconFingerprint, prepareArticle } from '../text/pipeline.js';
import type { PreparedArticle } from '../text/types.js';
import type { TtsProvider } from '../tts/provider.js';
import type { VoiceId } from '../voices.js';
import { audioKey } from './audio-key.js';

export interface ProviderRouting {
  forVoice(voice: VoiceId): TtsProvider;
}

export interface ResolvedKey {
  key: string;
  record: ArticleRecord;
  provider: TtsProvider;
}

/**
 * Whether the front end respells foreign words for this engine: the offline engines cannot
 * read them (espeak-ng, sherpa-onnx), the cloud ones read them as written.
 */
export const respellsFor = (provider: Pick<TtsProvider, 'readsForeignWords'>): boolean => !provider.readsForeignWords;

/** Bound on remembered keys; each entry is a few hundred bytes. */
const MEMO_LIMIT = 50_000;

/**
 * Works out which audio an article's voice should have: the content key from the clean
 * text, the voice's provider, the front-end version and the site lexicon. Keys are
 * remembered per (article revision, voice, lexicon version), so a cache hit costs no text work.
 */
export class ArticleKeys {
  private readonly memo = new Map<string, string>();
  private readonly fingerprints = new Map<string, string>();

  constructor(
    private readonly articles: ArticleStore,
    private readonly lexicon: LexiconStore,
    private readonly providers: ProviderRouting,
  ) {}

  async keyFor(articleId: string, voice: VoiceId): Promise<ResolvedKey | undefined> {
    const record = await this.articles.get(articleId);
    if (!record) return undefined;
    return this.keyForRecord(record, voice);
  }

  async keyForRecord(record: ArticleRecord, voice: VoiceId): Promise<ResolvedKey> {
    const lexicon = await this.lexicon.get();
    const provider = this.providers.forVoice(voice);
    const memoKey = `${record.revision}|${voice}|${lexicon.version}|${provider.name}`;
    let key = this.memo.get(memoKey);
    if (!key) {
      key = audioKey({
        revision: record.revision,
        voice,
        provider: provider.name,
        providerVoice: provider.voices[voice].providerVoice,
        frontEndVersion: FRONTEND_VERSION,
        respellForeign: respellsFor(provider),
        lexiconFingerprint: this.fingerprint(record, lexicon),
        bitrateKbps: MP3_BITRATE_KBPS,
      });
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(memoKey, key);
    }
    return { key, record, provider };
  }

  /** Which lexicon entries the text uses: searched once per revision and lexicon, not once per voice. */
  private fingerprint(record: ArticleRecord, lexicon: { version: string; entries: Record<string, string> }): string {
    const memoKey = `${record.revision}|${lexicon.version}`;
    let fingerprint = this.fingerprints.get(memoKey);
    if (fingerprint === undefined) {
      fingerprint = lexiconFingerprint(lexicon.entries, record.cleanText);
      if (this.fingerprints.size >= MEMO_LIMIT) this.fingerprints.clear();
      this.fingerprints.set(memoKey, fingerprint);
    }
    return fingerprint;
  }

  /** The key plus the article's spoken sentences: what a worker needs to synthesize it. */
  async resolve(articleId: string, voice: VoiceId): Promise<(ResolvedKey & { prepared: PreparedArticle }) | undefined> {
    const record = await this.articles.get(articleId);
    if (!record) return undefined;
    const resolved = await this.keyForRecord(record, voice);
    return { ...resolved, prepared: await this.prepare(record, respellsFor(resolved.provider)) };
  }

  /**
   * The article's spoken sentences with the site lexicon applied, for an engine that reads
   * foreign words as written or needs them respelled (`respellForeign`, see `respellsFor`).
   */
  async prepare(record: ArticleRecord, respellForeign = false): Promise<PreparedArticle> {
    const { entries } = await this.lexicon.get();
    // The stored clean text goes through the front end again; extraction of clean text
    // leaves it unchanged, so sentence offsets point into `record.cleanText`.
    const prepared = prepareArticle({ text: record.cleanText }, { lexicon: entries, respellForeign });
    return { ...prepared, title: record.title };
  }
}
