/**
 * What pre-generating articles × voices would take, before anything is synthesized: per
 * engine the requests (chunks, cut exactly as synthesis cuts them) and their characters,
 * how much of that is already there (ready audio; chunk audio of paid voices kept from
 * other revisions or articles), the audio minutes and the cost at the configured prices.
 * It only reads: nothing is queued, stored or sent to an engine.
 */
import type { ArticleRecord } from '../storage/article-store.js';
import { type ArticleKeys, respellsFor } from '../synthesis/article-keys.js';
import type { ChunkIdentity } from '../synthesis/chunk-cache.js';
import { chunkSentences } from '../text/chunk.js';
import type { Chunk, PreparedArticle } from '../text/types.js';
import type { TtsProvider } from '../tts/provider.js';
import type { VoiceId } from '../voices.js';

/**
 * Spoken characters per minute of finished audio, pauses between sentences included.
 * Measured on espeak-ng (the offline default) over six fixture articles of 500–9,000
 * spoken characters in all four voices: 1,040 (south-female) to 1,100 (north-male), 1,072
 * over all. Cloud voices read at their own pace; the figure is an estimate for them.
 */
export const CHARS_PER_MINUTE = 1070;

/** Kept-chunk lookups per estimate; past it chunks count as not kept (the estimate is then an upper bound). */
const MAX_CHUNK_LOOKUPS = 20_000;
/** Articles estimated at once (each reads manifests and chunk entries). */
const PARALLEL_ARTICLES = 8;

export interface ProviderEstimate {
  provider: string;
  voices: VoiceId[];
  /** Bills per character. */
  paid: boolean;
  /** Article × voice items this engine serves. */
  items: number;
  /** Items whose audio is already there: nothing to do. */
  readyItems: number;
  /** Requests (chunks) the other items take, and their characters (code points, as billed). */
  requests: number;
  chars: number;
  /** Of those, chunks whose audio is kept from before (paid voices): not sent again. */
  cachedRequests: number;
  cachedChars: number;
  /** What would be sent to a paid engine and billed. */
  billableRequests: number;
  billableChars: number;
  /** Minutes of audio the items to generate make. */
  audioMinutes: number;
  /** From TTS_PRICES; absent for a paid engine without a price. */
  pricePerMillionChars?: number;
  cost?: number;
}

export interface GenerationEstimate {
  dryRun: true;
  articles: number;
  voices: VoiceId[];
  items: number;
  readyItems: number;
  providers: ProviderEstimate[];
  total: { requests: number; billableRequests: number; billableChars: number; audioMinutes: number; cost?: number; currency: string };
  basis: {
    charsPerMinute: number;
    audioMinutes: string;
    /** Chunks not looked up in the kept audio (a very large estimate); they count as billable. */
    chunksNotLookedUp: number;
  };
}

export interface GenerationEstimatorDeps {
  keys: Pick<ArticleKeys, 'keyForRecord' | 'prepare'>;
  manifests: { get(key: string): Promise<unknown> };
  chunks: { has(id: ChunkIdentity): Promise<boolean> };
  prices: { perMillionChars: Partial<Record<string, number>>; currency: string };
}

export class GenerationEstimator {
  constructor(private readonly deps: GenerationEstimatorDeps) {}

  /**
   * @example await estimator.estimate([record], ['south-male'])
   * //=> { dryRun: true, items: 1, readyItems: 0, providers: [{ provider: 'zalo', requests: 40, chars: 3450, billableChars: 72, cost: 0.0003, … }], … }
   */
  async estimate(records: readonly ArticleRecord[], voices: readonly VoiceId[]): Promise<GenerationEstimate> {
    const tally = new Tally(this.deps.prices, MAX_CHUNK_LOOKUPS);
    let next = 0;
    const lane = async () => {
      while (next < records.length) await this.estimateArticle(records[next++], voices, tally);
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_ARTICLES, records.length) }, lane));
    return tally.result(records.length, voices);
  }

  private async estimateArticle(record: ArticleRecord, voices: readonly VoiceId[], tally: Tally): Promise<void> {
    // The front end runs once per article and reading of foreign words (as written, respelled).
    const prepared = new Map<boolean, Promise<PreparedArticle>>();
    const chunksByEngine = new Map<string, Chunk[]>();
    for (const voice of voices) {
      const { key, provider } = await this.deps.keys.keyForRecord(record, voice);
      const entry = tally.engine(provider, voice);
      entry.items++;
      if (await this.deps.manifests.get(key)) {
        entry.readyItems++;
        continue;
      }
      // The chunking runs once per engine (their limits differ).
      const respell = respellsFor(provider);
      let text = prepared.get(respell);
      if (!text) prepared.set(respell, (text = this.deps.keys.prepare(record, respell)));
      let chunks = chunksByEngine.get(provider.name);
      if (!chunks) chunksByEngine.set(provider.name, (chunks = chunkSentences((await text).sentences, provider.limits)));
      // Synthesis keeps chunk audio of remote engines only: local ones are rerun.
      const kept = provider.limits.local ? undefined : await this.keptChunks(provider, voice, chunks, tally);
      for (const [i, chunk] of chunks.entries()) {
        const chars = Array.from(chunk.text).length;
        entry.requests++;
        entry.chars += chars;
        if (kept?.[i]) {
          entry.cachedRequests++;
          entry.cachedChars += chars;
        }
      }
    }
  }

  private async keptChunks(provider: TtsProvider, voice: VoiceId, chunks: Chunk[], tally: Tally): Promise<boolean[]> {
    const providerVoice = provider.voices[voice].providerVoice;
    const lookups = tally.takeLookups(chunks.length);
    return Promise.all(chunks.map((chunk, i) => (i < lookups ? this.deps.chunks.has({ provider: provider.name, providerVoice, text: chunk.text }) : false)));
  }
}

type EngineTally = Omit<ProviderEstimate, 'billableRequests' | 'billableChars' | 'audioMinutes' | 'pricePerMillionChars' | 'cost'>;

/** Counters of one estimate, per engine. */
class Tally {
  private readonly engines = new Map<string, EngineTally>();
  private lookupsLeft: number;
  chunksNotLookedUp = 0;

  constructor(
    private readonly prices: GenerationEstimatorDeps['prices'],
    maxLookups: number,
  ) {
    this.lookupsLeft = maxLookups;
  }

  engine(provider: TtsProvider, voice: VoiceId): EngineTally {
    let entry = this.engines.get(provider.name);
    if (!entry) {
      entry = { provider: provider.name, voices: [], paid: provider.limits.paid, items: 0, readyItems: 0, requests: 0, chars: 0, cachedRequests: 0, cachedChars: 0 };
      this.engines.set(provider.name, entry);
    }
    if (!entry.voices.includes(voice)) entry.voices.push(voice);
    return entry;
  }

  /** How many of `wanted` chunk lookups may still be made. */
  takeLookups(wanted: number): number {
    const granted = Math.min(wanted, this.lookupsLeft);
    this.lookupsLeft -= granted;
    this.chunksNotLookedUp += wanted - granted;
    return granted;
  }

  result(articles: number, voices: readonly VoiceId[]): GenerationEstimate {
    const providers = [...this.engines.values()].map((entry) => this.priced(entry));
    const sum = (pick: (p: ProviderEstimate) => number) => providers.reduce((total, p) => total + pick(p), 0);
    const costs = providers.map((p) => p.cost);
    return {
      dryRun: true,
      articles,
      voices: [...voices],
      items: sum((p) => p.items),
      readyItems: sum((p) => p.readyItems),
      providers,
      total: {
        requests: sum((p) => p.requests),
        billableRequests: sum((p) => p.billableRequests),
        billableChars: sum((p) => p.billableChars),
        audioMinutes: round(sum((p) => p.audioMinutes), 1),
        // Unknown when any paid engine has no price.
        ...(costs.every((c) => c !== undefined) ? { cost: round(sum((p) => p.cost ?? 0), 4) } : {}),
        currency: this.prices.currency,
      },
      basis: {
        charsPerMinute: CHARS_PER_MINUTE,
        audioMinutes: 'spoken characters ÷ characters per minute, calibrated on espeak-ng output (pauses included); cloud voices may read slower or faster',
        chunksNotLookedUp: this.chunksNotLookedUp,
      },
    };
  }

  private priced(entry: EngineTally): ProviderEstimate {
    const billableRequests = entry.paid ? entry.requests - entry.cachedRequests : 0;
    const billableChars = entry.paid ? entry.chars - entry.cachedChars : 0;
    const price = entry.paid ? this.prices.perMillionChars[entry.provider] : 0;
    return {
      ...entry,
      billableRequests,
      billableChars,
      audioMinutes: round(entry.chars / CHARS_PER_MINUTE, 1),
      ...(price !== undefined ? { pricePerMillionChars: price, cost: round((billableChars / 1_000_000) * price, 4) } : {}),
    };
  }
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
