/** Bulletins are stored as articles whose IDs start with this; editors cannot PUT such IDs. */
export const BULLETIN_ID_PREFIX = 'bulletin-';

/** @example isBulletinId('bulletin-2026-12-01') //=> true */
export const isBulletinId = (id: string): boolean => id.startsWith(BULLETIN_ID_PREFIX);

/**
 * The ID of the bulletin of a date (and category): one a day per category; posting it again
 * replaces it.
 * @example bulletinId('2026-12-01', 'Kinh tế') //=> 'bulletin-2026-12-01-kinh-te'
 */
export function bulletinId(date: string, category?: string): string {
  const slug = category
    ?.normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${BULLETIN_ID_PREFIX}${date}${slug ? `-${slug}` : ''}`;
}
