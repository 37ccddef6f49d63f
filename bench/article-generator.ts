/**
 * Deterministic, realistic Vietnamese test articles for the scale benchmark: paragraphs
 * drawn from tests/fixtures/bench/paragraph-templates.json with fresh names, dates and
 * numbers in every paragraph, so the text front end and the voice see varied input (not
 * one sentence repeated), and the same seed always gives the same article.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface Templates {
  provinces: string[];
  districts: string[];
  people: string[];
  roles: string[];
  sectors: string[];
  companies: string[];
  titles: string[];
  paragraphs: string[];
}

/** mulberry32: a tiny seeded PRNG; Math.random cannot be seeded. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Vietnamese number formatting: dot for thousands, comma for decimals. */
const formatInteger = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const formatDecimal = (n: number) => n.toFixed(1).replace('.', ',');

export class ArticleGenerator {
  private readonly templates: Templates;
  private readonly random: () => number;

  constructor(templatesFile: string, seed: number) {
    this.templates = JSON.parse(readFileSync(templatesFile, 'utf8')) as Templates;
    this.random = seededRandom(seed);
  }

  /** The default template file, relative to the repository root. */
  static templatesIn(repoRoot: string): string {
    return path.join(repoRoot, 'tests/fixtures/bench/paragraph-templates.json');
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  private between(lo: number, hi: number): number {
    return lo + this.random() * (hi - lo);
  }

  /** Fills every slot of one template. */
  private fill(template: string): string {
    const t = this.templates;
    return template.replace(/\{(\w+)(?::(\d+)-(\d+))?\}/g, (slot, name: string, lo?: string, hi?: string) => {
      switch (name) {
        case 'province': return this.pick(t.provinces);
        case 'district': return this.pick(t.districts);
        case 'person': return this.pick(t.people);
        case 'role': return this.pick(t.roles);
        case 'sector': return this.pick(t.sectors);
        case 'company': return this.pick(t.companies);
        case 'year': return String(Math.floor(this.between(2019, 2026)));
        case 'date': return `${Math.floor(this.between(1, 29))}-${Math.floor(this.between(1, 13))}`;
        case 'n': return formatInteger(Math.floor(this.between(Number(lo), Number(hi) + 1)));
        case 'd': return formatDecimal(this.between(Number(lo), Number(hi)));
        default: throw new Error(`unknown slot ${slot}`);
      }
    });
  }

  /** Every place, person and company name the articles use (for a site lexicon that matches them). */
  names(): string[] {
    const { provinces, districts, people, companies } = this.templates;
    return [...new Set([...provinces, ...districts, ...people, ...companies])];
  }

  /**
   * An article of at least `minChars` characters: a title, then paragraphs cycling through
   * the templates in shuffled order, each with fresh values.
   * @example new ArticleGenerator(file, 1).article(3000).length >= 3000 //=> true
   */
  article(minChars: number): string {
    const paragraphs = [this.fill(this.pick(this.templates.titles))];
    let length = paragraphs[0].length;
    let order: string[] = [];
    while (length < minChars) {
      if (order.length === 0) order = [...this.templates.paragraphs].sort(() => this.random() - 0.5);
      const paragraph = this.fill(order.pop()!);
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
    return paragraphs.join('\n\n');
  }
}
