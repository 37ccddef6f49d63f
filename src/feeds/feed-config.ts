/** Podcast feed settings (FEED_*). */
export interface FeedConfig {
  title: string;
  description: string;
  author?: string;
  imageUrl?: string;
  link?: string;
  category: string;
  maxItems: number;
}
