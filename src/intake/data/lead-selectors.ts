/**
 * Where Vietnamese news pages put the lead paragraph (sapo, "tóm tắt"), most specific
 * first. Most layouts print it outside the body container, so both extractors can miss
 * it; it is the paragraph a listener most needs. The first selector that matches text wins.
 */
export const LEAD_SELECTORS: readonly string[] = [
  '[data-role="sapo"]', // Tuổi Trẻ, Thanh Niên (VCCorp CMS)
  '.singular-sapo', // Dân Trí
  '.content-detail-sapo', // VietnamNet
  '.detail-sapo',
  'p.description', // VnExpress
  '.article-summary', // provincial papers (Báo Gia Lai and others)
  '.article__sapo',
  '.sapo',
  '.tomtat', // older ASP.NET CMSs ("tóm tắt")
  '.chapeau',
];
