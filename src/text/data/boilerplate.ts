/**
 * Lines that are page furniture, not article text, as they appear in scraped Vietnamese
 * news (Báo Gia Lai, VnExpress, Tuổi Trẻ, Thanh Niên, Dân trí): share/follow prompts,
 * audio-player UI, voice lists, related-article headings, ads. Matched against whole,
 * trimmed lines (plain text) or block texts (HTML), case-insensitively.
 */

/** A line matching one of these is dropped. */
export const DROP_LINES: readonly RegExp[] = [
  /^theo dõi .{1,60} trên (google news|zalo|facebook|youtube|tiktok)\.?$/i,
  /^(\d{1,2}:)?\d{1,2}:\d{2}(\s*\/\s*(\d{1,2}:)?\d{1,2}:\d{2})?$/, // player clock "0:00 / 0:00"
  /^[•·\-*\s]*(nam|nữ) miền (bắc|nam|trung)$/i, // voice list of the audio player
  /^(nghe (bài|đọc)( bài)?( viết)?|đọc bài|dừng|tốc độ( đọc)?|giọng đọc|chọn giọng( đọc)?)\s*:?$/i,
  /^(chia sẻ|share|bình luận|gửi bình luận|in bài|lưu|lưu bài|quảng cáo|advertisement|sponsored|copy link|sao chép liên kết|tải ứng dụng.*|tags?:.*|từ khóa:.*|bạn đọc gửi ý kiến.*)$/i,
  /^(trang chủ|home)\s*[>›»/].*$/i,
  /^©.*$|^bản quyền thuộc về .*$|^copyright .*$/i,
  /^[\d.,]+x$|^\d+(\.\d+)?x$/i, // playback speed "1.5x"
  /^(facebook|twitter|zalo|email|print|linkedin)$/i,
  /^(bình luận|lượt xem|lượt thích|thích|gửi)\s*[:(]?\s*[\d.]*\)?$/i, // counters "Bình luận (0)"
  /^(thứ (hai|ba|tư|năm|sáu|bảy)|chủ nhật),?\s+\d{1,2}\/\d{1,2}\/\d{4}(\s*[-,|]?\s*\d{1,2}:\d{2}(\s*\(gmt\+7\))?)?$/i, // dateline
  /^\d{1,2}\/\d{1,2}\/\d{4}\s*[-,|]?\s*\d{1,2}:\d{2}(\s*\(gmt\+7\))?$/i,
];

/** A heading that opens a list of links to other articles: it and its link lines are dropped. */
export const RELATED_HEADINGS: readonly RegExp[] = [
  /^(có thể bạn quan tâm|tin liên quan|bài liên quan|xem thêm|đọc thêm|tin cùng chuyên mục|tin khác|bài viết liên quan|tin mới nhất|đọc nhiều|tin nổi bật|cùng chuyên mục|xem nhiều)\s*:?.*$/i,
];

/** Section names printed above a title (breadcrumbs); dropped when they open the text. */
export const SECTION_NAMES: ReadonlySet<string> = new Set([
  'thời sự', 'chính trị', 'xã hội', 'kinh tế', 'kinh doanh', 'thế giới', 'pháp luật', 'giáo dục', 'sức khỏe', 'sức khoẻ',
  'thể thao', 'văn hóa', 'văn hoá', 'giải trí', 'du lịch', 'đời sống', 'công nghệ', 'khoa học', 'xe', 'bất động sản',
  'nông nghiệp', 'quốc phòng', 'an ninh', 'an ninh - trật tự', 'bạn đọc', 'góc nhìn', 'ý kiến', 'địa phương', 'tin tức',
  'tin tổng hợp', 'số hóa', 'thời sự - chính trị', 'văn hóa - xã hội', 'media', 'video', 'podcast', 'multimedia',
]);

/** Publications whose tag is a name, not an acronym: "(Tổ Quốc) -", "Kinhtedothi -", "(Vietnam+) -". */
export const PUBLICATION_TAGS: readonly string[] = [
  'Dân trí', 'Dân Trí', 'Dân Việt', 'VTC News', 'Vietnam\\+', 'VietnamPlus', 'Tổ Quốc', 'Thanh Niên', 'Tiền Phong', 'Tuổi Trẻ',
  'Lao Động', 'Người Lao Động', 'Nhân Dân', 'Pháp Luật', 'Công Thương', 'Kinhtedothi', 'VietNamNet', 'Vietnamnet', 'Znews', 'Zing',
  'VnExpress',
];
/** A site's domain as its tag: "(Baothanhhoa.vn) -", "Kinhtedothi.vn -". */
const DOMAIN_TAG = String.raw`\p{Lu}\p{L}{1,20}\.(?:vn|VN)`;

/**
 * Agency tags that open the first paragraph: "(GLO)- ", "(PLO)-", "TTO - ", "(Dân trí) -",
 * "(TN&MT) -", a domain or a publication's name. A bare tag is an acronym, a domain or a name
 * with spaces around its dash, so "HNX-Index tăng…" and datelines with dots ("TP.HCM – ") stay text.
 */
export const LEAD_TAG = new RegExp(
  String.raw`^(?:\((?:${DOMAIN_TAG}|\p{Lu}[\p{L}.+&]{0,12}|${PUBLICATION_TAGS.join('|')})\)\s*` +
    String.raw`|(?:\p{Lu}{2,6}(?:\.(?:VN|vn))?|${DOMAIN_TAG}|${PUBLICATION_TAGS.join('|')})\s+)[-–—]\s*`,
  'u',
);

/**
 * A photo credit at the end of a caption: "Ảnh: P.L", "Ảnh minh họa", "Ảnh chụp màn hình", also
 * after a spaced dash or bar ("… - Ảnh: TTXVN", "… | Ảnh: …"); bracketed credits, anywhere in a
 * caption, are INLINE_PHOTO_CREDIT.
 */
export const PHOTO_CREDIT = /(?:^|(?<=[.!?…”"])|\s+[-–—|])\s*[([]?\s*(?:ảnh(?: minh (?:họa|hoạ)| chụp màn hình)?|photo|nguồn ảnh|đồ (?:họa|hoạ))\s*(?::|-)\s*[^!?:]{1,40}$|(?:^|(?<=[.!?…”"]))\s*[([]?ảnh (?:minh (?:họa|hoạ)|chụp màn hình)[)\]]?\.?\s*$/iu;

/** Selectors removed from HTML before reading: page furniture, players, related boxes. */
export const HTML_DROP_SELECTORS: readonly string[] = [
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'form', 'button', 'input', 'select', 'nav',
  'header', 'footer', 'aside', 'audio', 'video', 'object', 'embed', '[hidden]', '[aria-hidden="true"]',
  '.breadcrumb', '.breadcrumbs', '.related', '.tin-lien-quan', '.box-related', '.share', '.social', '.ads', '.ad',
  '.advertisement', '.banner', '.comment', '.comments', '.tags', '.audio-player', '.player', '.article__meta', '.meta',
];

/** Class/id words that mark page furniture on any site (matched against class and id tokens). */
export const HTML_DROP_MARKERS: readonly string[] = [
  'ads', 'advert', 'advertisement', 'banner', 'related', 'share', 'social', 'comment', 'breadcrumb', 'tags', 'player',
  'audio', 'author', 'byline', 'newsletter', 'subscribe', 'sidebar', 'popup', 'recommend', 'sponsor', 'lienquan', 'tinlienquan', 'menu',
];

/**
 * A photo credit in brackets inside or closing a caption, with or without a full stop before
 * it: "Khách xếp hàng (Ảnh: Tuấn Anh).", "Hiện trường vụ tai nạn (Ảnh: CTV)", "(Ảnh minh họa: Hữu Khoa)", "(Ảnh minh họa)".
 */
export const INLINE_PHOTO_CREDIT = /\s*[([]\s*(?:ảnh(?: minh (?:họa|hoạ))?|photo|nguồn ảnh|đồ (?:họa|hoạ))\s*(?::|-)\s*[^()[\]]{1,40}[)\]]|\s*[([]ảnh (?:minh (?:họa|hoạ)|chụp màn hình)[)\]]/giu;

/** A credit line, never article text: "Tin, ảnh: Quang Tấn", "Bài và ảnh: Minh Anh", "Thực hiện: Nhóm PV". */
export const CREDIT_LINE = /^(?:(?:tin|bài)(?:,| và| -| \+)? ảnh|tin|bài|bài viết|thực hiện|nhóm (?:pv|phóng viên))\s*:\s*[^.!?:]{1,40}$/iu;
