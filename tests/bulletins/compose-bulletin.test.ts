import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bulletinId } from '../../src/bulletins/bulletin-id.js';
import { bulletinTitle, composeBulletin, type BulletinSource } from '../../src/bulletins/compose-bulletin.js';
import { extractArticle } from '../../src/text/extract.js';
import { prepareArticle } from '../../src/text/pipeline.js';

const ARTICLES = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'editors', 'bulletin-articles.json'), 'utf8')) as (BulletinSource & { text: string })[];
const sources: BulletinSource[] = ARTICLES.slice(0, 3).map(({ id, title, text }) => ({ id, title, cleanText: extractArticle({ title, text }).text }));

describe('bulletinTitle', () => {
  it.each([
    ['2026-12-01', undefined, 'Bản tin sáng thứ Ba, ngày 1 tháng 12 năm 2026'],
    ['2026-12-06', undefined, 'Bản tin sáng Chủ nhật, ngày 6 tháng 12 năm 2026'],
    ['2027-01-02', 'Kinh tế', 'Bản tin Kinh tế sáng thứ Bảy, ngày 2 tháng 1 năm 2027'],
  ])('%s %s → %s', (date, category, title) => {
    expect(bulletinTitle(date, category)).toBe(title);
  });
});

describe('bulletinId', () => {
  it('is one per day and category, in the characters article IDs allow', () => {
    expect(bulletinId('2026-12-01')).toBe('bulletin-2026-12-01');
    expect(bulletinId('2026-12-01', 'Thời sự - Chính trị')).toBe('bulletin-2026-12-01-thoi-su-chinh-tri');
    expect(bulletinId('2026-12-01', 'Đời sống')).toBe('bulletin-2026-12-01-doi-song');
  });
});

describe('composeBulletin', () => {
  const bulletin = composeBulletin(sources, { date: '2026-12-01', leadSentences: 2 });
  const paragraphs = bulletin.text.split('\n\n');

  it('reads an intro, each article\'s title and lead with a transition, and an outro, a paragraph each', () => {
    expect(paragraphs).toEqual([
      'Bản tin sáng thứ Ba, ngày 1 tháng 12 năm 2026',
      'Kính chào quý vị và các bạn. Bản tin hôm nay có 3 tin.',
      'Tin đầu tiên: Giá cà phê Tây Nguyên tăng mạnh đầu vụ. Chiều 30-11, giá cà phê nhân xô tại Đắk Lắk và Gia Lai đạt 121.000 đồng/kg, tăng 3.000 đồng so với tuần trước. Đây là mức giá cao nhất từ đầu niên vụ 2026-2027.',
      'Tin tiếp theo: Mưa lớn gây ngập nhiều tuyến phố ở Pleiku. Tối 30-11, mưa lớn kéo dài gần hai giờ khiến nhiều tuyến phố trung tâm thành phố Pleiku ngập sâu 30-50 cm. Lực lượng chức năng đã có mặt để phân luồng giao thông.',
      'Và tin cuối cùng: Trường đại học đầu tiên của tỉnh khai giảng khóa mới. Sáng 1-12, Trường Đại học Tây Nguyên phân hiệu Gia Lai tổ chức lễ khai giảng cho hơn 800 tân sinh viên. Năm nay, trường mở thêm hai ngành đào tạo mới là nông nghiệp công nghệ cao và du lịch.',
      'Bản tin đến đây là kết thúc. Cảm ơn quý vị và các bạn đã lắng nghe.',
    ]);
    expect(bulletin.title).toBe(paragraphs[0]);
    expect(bulletin.chapters).toEqual([
      { articleId: 'ca-phe-tang-gia', title: 'Giá cà phê Tây Nguyên tăng mạnh đầu vụ', paragraph: 2 },
      { articleId: 'mua-lon-pleiku', title: 'Mưa lớn gây ngập nhiều tuyến phố ở Pleiku', paragraph: 3 },
      { articleId: 'khai-giang-dai-hoc', title: 'Trường đại học đầu tiên của tỉnh khai giảng khóa mới', paragraph: 4 },
    ]);
  });

  it('is text the store keeps as it is, so chapter paragraphs are the manifest\'s', () => {
    expect(extractArticle({ title: bulletin.title, text: bulletin.text }).text).toBe(bulletin.text);
    const prepared = prepareArticle({ text: bulletin.text });
    for (const chapter of bulletin.chapters) {
      expect(prepared.sentences.find((s) => s.paragraph === chapter.paragraph)?.text).toContain(chapter.title);
    }
  });

  it('is spoken in words by the text front end: the date, the count and the figures', () => {
    const spoken = prepareArticle({ text: bulletin.text }).sentences.map((s) => s.spoken);
    expect(spoken[0]).toBe('Bản tin sáng thứ Ba, ngày mùng một tháng mười hai năm hai nghìn không trăm hai mươi sáu');
    expect(spoken[2]).toBe('Bản tin hôm nay có ba tin.');
    expect(spoken.join(' ')).toContain('một trăm hai mươi mốt nghìn đồng một ki lô gam');
    expect(spoken.join(' ')).not.toMatch(/\d/);
  });

  it('reads as many lead sentences as asked, and says "tin chính" for a single article', () => {
    const one = composeBulletin(sources.slice(1, 2), { date: '2026-12-01', leadSentences: 1, title: 'Bản tin thời tiết tối 30-11' });
    expect(one.text.split('\n\n')).toEqual([
      'Bản tin thời tiết tối 30-11',
      'Kính chào quý vị và các bạn. Bản tin hôm nay có 1 tin.',
      'Tin chính hôm nay: Mưa lớn gây ngập nhiều tuyến phố ở Pleiku. Tối 30-11, mưa lớn kéo dài gần hai giờ khiến nhiều tuyến phố trung tâm thành phố Pleiku ngập sâu 30-50 cm.',
      'Bản tin đến đây là kết thúc. Cảm ơn quý vị và các bạn đã lắng nghe.',
    ]);
  });

  it('gives no chapter to an article whose paragraph would repeat another one word for word', () => {
    const twin = { ...sources[1], id: 'mua-lon-ban-sao' };
    const composed = composeBulletin([sources[0], sources[1], twin, sources[2]], { date: '2026-12-01', leadSentences: 2 });
    expect(composed.chapters.map((c) => c.articleId)).toEqual(['ca-phe-tang-gia', 'mua-lon-pleiku', 'khai-giang-dai-hoc']);
    expect(extractArticle({ text: composed.text }).text).toBe(composed.text);
  });
});
