import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/text/extract.js';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '../fixtures/text/extract', name), 'utf8');
const expected = (name: string): string => fixture(name).trim();

describe('extractArticle: HTML', () => {
  const article = extractArticle({ html: fixture('tinh-dong-nam.html') });

  it('keeps the title and the body paragraphs, in order', () => {
    expect(article.text).toBe(expected('tinh-dong-nam.expected.txt'));
    expect(article.title).toBe('Gia Lai: Khởi công cầu vượt sông Ba trên tỉnh lộ 662B');
  });

  it('drops navigation, share/follow lines, player UI, ads, related boxes, bylines, footer', () => {
    for (const junk of ['Trang chủ', 'Chia sẻ', 'Google News', '0:00', 'Nữ miền Bắc', 'Quảng cáo', 'Mua ngay',
      'Tin liên quan', 'Có thể bạn quan tâm', 'Đọc nhiều', 'MINH HÒA', '©', '_ga']) {
      expect(article.text).not.toContain(junk);
    }
  });

  it('reads a repeated photo caption once and without its credit', () => {
    expect(article.text.split('Lãnh đạo tỉnh thực hiện nghi thức khởi công').length).toBe(2);
    expect(article.text).not.toContain('Ảnh:');
  });

  it('turns non-breaking spaces into spaces and <br> into a paragraph break', () => {
    expect(article.text).toContain('450 m');
    expect(article.text).toContain('quý IV/2026.\n\nNgười dân');
  });

  it('applies per-site rules for content, title and dropped blocks', () => {
    const rules = { content: '.noi-dung', title: '.tieu-de-bai', drop: ['.hop-tin-khac'] };
    const site = extractArticle({ html: fixture('site-rules.html') }, { siteRules: rules });
    expect(site.text).toBe(expected('site-rules.expected.txt'));
  });

  it('never drops the article because a wrapper has a furniture-like class', () => {
    const html = '<body><div class="layout has-sidebar"><h1>Tiêu đề</h1><p>Đoạn một.</p><p>Đoạn hai.</p><p>Đoạn ba.</p>' +
      '<div class="sidebar"><p>Tin khác</p></div></div></body>';
    expect(extractArticle({ html }).text).toBe('Tiêu đề\n\nĐoạn một.\n\nĐoạn hai.\n\nĐoạn ba.');
  });

  it('falls back to <title> without the site name when there is no h1', () => {
    const a = extractArticle({ html: '<html><head><title>Giá vàng tăng | Báo X</title></head><body><p>Giá vàng tăng mạnh.</p></body></html>' });
    expect(a.text).toBe('Giá vàng tăng\n\nGiá vàng tăng mạnh.');
  });

  it('uses the given title over the page title', () => {
    const a = extractArticle({ title: 'Tiêu đề riêng', html: '<h1>Tiêu đề trang</h1><p>Nội dung bài.</p>' });
    expect(a.text).toBe('Tiêu đề riêng\n\nNội dung bài.');
  });

  it('never reads script or style contents', () => {
    const a = extractArticle({ html: '<body><script>alert("x")</script><style>p{}</style><p>Nội dung.</p></body>' });
    expect(a.text).toBe('Nội dung.');
  });
});

describe('extractArticle: plain text', () => {
  it('applies the same line clean-up to scraped text', () => {
    const a = extractArticle({ text: fixture('nong-nghiep-scraped.txt') });
    expect(a.text).toBe(expected('nong-nghiep-scraped.expected.txt'));
    expect(a.title).toBe('Giá cà phê Tây Nguyên lập đỉnh mới, nông dân phấn khởi');
  });

  it('drops credits in brackets inside a caption and credit lines', () => {
    const text = 'Tiêu đề\nKhách xếp hàng mua vàng (Ảnh: Tuấn Anh).\nGiá vàng tăng (ảnh minh họa) mạnh.\nTin, ảnh: Quang Tấn\nBài và ảnh: Minh Anh';
    expect(extractArticle({ text }).text).toBe('Tiêu đề\n\nKhách xếp hàng mua vàng.\n\nGiá vàng tăng mạnh.');
  });

  it('prepends a given title once', () => {
    expect(extractArticle({ title: 'Tiêu đề', text: 'Tiêu đề\nNội dung.' }).text).toBe('Tiêu đề\n\nNội dung.');
    expect(extractArticle({ title: 'Tiêu đề', text: 'Nội dung.' }).text).toBe('Tiêu đề\n\nNội dung.');
  });

  it('normalizes to NFC and removes zero-width characters and odd spaces', () => {
    const a = extractArticle({ text: 'Ho\u0300a Bi\u0300nh\u200B có\u00A025 xã.\r\nHết.' });
    expect(a.text).toBe('Hòa Bình có 25 xã.\n\nHết.');
    expect(a.text).toBe(a.text.normalize('NFC'));
  });

  it('keeps the agency tag out of the first paragraph only', () => {
    const a = extractArticle({ text: 'Tiêu đề\n(PLO)- Sáng 1-6, trời mưa.\nĐoạn hai - có gạch ngang.' });
    expect(a.text).toBe('Tiêu đề\n\nSáng 1-6, trời mưa.\n\nĐoạn hai - có gạch ngang.');
  });

  it('never takes a word glued to a dash, or a later paragraph, for an agency tag', () => {
    const a = extractArticle({ text: 'VN-Index vượt mốc 1.300 điểm\nKết thúc phiên, VN-Index tăng.\nHNX-Index tăng 1,2 điểm.\nTTO - Đoạn ba.' });
    expect(a.text).toBe('VN-Index vượt mốc 1.300 điểm\n\nKết thúc phiên, VN-Index tăng.\n\nHNX-Index tăng 1,2 điểm.\n\nTTO - Đoạn ba.');
    expect(extractArticle({ text: 'Tiêu đề\nHNX-Index tăng 1,2 điểm.' }).text).toBe('Tiêu đề\n\nHNX-Index tăng 1,2 điểm.');
    expect(extractArticle({ text: 'Tiêu đề\nTTO - Sáng 1-6, trời mưa.' }).text).toBe('Tiêu đề\n\nSáng 1-6, trời mưa.');
  });

  it('drops an agency tag that is a domain, a publication name or an acronym with &', () => {
    for (const tag of ['(Baothanhhoa.vn) -', 'Kinhtedothi.vn -', '(Tổ Quốc) -', '(Tiền Phong) -', 'Kinhtedothi -', '(TN&MT) -', 'VOV.VN -']) {
      expect(extractArticle({ text: `Tiêu đề\n${tag} Sáng 1-6, trời mưa.` }).text).toBe('Tiêu đề\n\nSáng 1-6, trời mưa.');
    }
  });

  it('keeps a dateline, with or without dots, as text', () => {
    expect(extractArticle({ text: 'Tiêu đề\nTP.HCM – Sáng 1-6, trời mưa.' }).text).toBe('Tiêu đề\n\nTP.HCM – Sáng 1-6, trời mưa.');
    expect(extractArticle({ text: 'Tiêu đề\nHuế – Sáng 1-6, trời mưa.' }).text).toBe('Tiêu đề\n\nHuế – Sáng 1-6, trời mưa.');
  });

  it('drops a bracketed photo credit closing a caption without a full stop', () => {
    const a = extractArticle({ text: 'Tiêu đề\nNội dung bài.\nHiện trường vụ tai nạn (Ảnh: CTV)\nCảnh sát khám nghiệm [Ảnh: Minh Hòa].' });
    // The caption's full stop stays (its sentence still ends there).
    expect(a.text).toBe('Tiêu đề\n\nNội dung bài.\n\nHiện trường vụ tai nạn\n\nCảnh sát khám nghiệm.');
    const b = extractArticle({ text: 'Tiêu đề\nNội dung bài.\nGiá heo hơi tăng trở lại (Ảnh minh họa: Hữu Khoa).' });
    expect(b.text).toBe('Tiêu đề\n\nNội dung bài.\n\nGiá heo hơi tăng trở lại.');
  });

  it('drops a photo credit after a spaced dash or bar, screenshot credits and a byline with its agency', () => {
    const text = 'Tiêu đề\nNội dung bài.\nToàn cảnh hội nghị - Ảnh: TTXVN\nNgười dân xếp hàng | Ảnh: Ngọc Thắng\n'
      + 'Bài đăng của tài khoản. Ảnh chụp màn hình\nTin nhắn lừa đảo (ảnh chụp màn hình).\nNGỌC ANH (TTXVN)';
    expect(extractArticle({ text }).text).toBe(
      'Tiêu đề\n\nNội dung bài.\n\nToàn cảnh hội nghị\n\nNgười dân xếp hàng\n\nBài đăng của tài khoản.\n\nTin nhắn lừa đảo.',
    );
    // A dash inside the text is no credit: "ảnh hưởng" is a word.
    expect(extractArticle({ text: 'Tiêu đề\nGiá tăng - ảnh hưởng lớn.' }).text).toBe('Tiêu đề\n\nGiá tăng - ảnh hưởng lớn.');
  });

  it('drops datelines and counters printed around the title', () => {
    const a = extractArticle({ text: 'Thứ Hai, 20/11/2023, 10:15 (GMT+7)\nTiêu đề bài\nBình luận (0)\n20/11/2023 10:15\nNội dung bài viết.' });
    expect(a.text).toBe('Tiêu đề bài\n\nNội dung bài viết.');
  });

  it('returns empty text for empty input', () => {
    expect(extractArticle({}).text).toBe('');
  });
});
