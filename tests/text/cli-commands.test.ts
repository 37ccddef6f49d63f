import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { TEXT_COMMANDS, UsageError } from '../../src/text/cli-commands.js';
import { prepareArticle } from '../../src/text/pipeline.js';

const FIXTURES = join(import.meta.dirname, '../fixtures');

async function run(name: string, input: string, args: string[] = []): Promise<string> {
  const stdout = new PassThrough();
  const out: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  await TEXT_COMMANDS[name](args, { stdin: Readable.from([Buffer.from(input)]), stdout });
  return Buffer.concat(out).toString('utf8');
}

describe('CLI text commands', () => {
  it('normalize writes exactly one line per input line, empty for empty', async () => {
    const out = await run('normalize', 'Có 15 đội.\n\nUBND tỉnh họp.\n');
    expect(out).toBe('Có mười lăm đội.\n\nủy ban nhân dân tỉnh họp.\n');
  });

  it('normalize handles a last line without a newline and CRLF input', async () => {
    expect(await run('normalize', 'Có 2 xã.\r\nCó 3 xã.')).toBe('Có hai xã.\nCó ba xã.\n');
  });

  it('normalize reads a line of several sentences one by one, the abbreviation\'s full stop kept', async () => {
    const out = await run('normalize', 'Dự án đã trình UBND. Sau đó các sở thẩm định.\nHồ sơ gửi Bộ GD&ĐT. Ngày 01/7, tỉnh sáp nhập.\n');
    expect(out).toBe('Dự án đã trình ủy ban nhân dân. Sau đó các sở thẩm định.\nHồ sơ gửi Bộ giáo dục và đào tạo. Ngày mùng một tháng bảy, tỉnh sáp nhập.\n');
  });

  it('normalize keeps one sentence where the split is doubtful (an initial, a short form)', async () => {
    const out = await run('normalize', 'Bà con H. Chư Păh đón nước về.\nDự án vay 80 tr. USD từ Ngân hàng Thế giới.\n');
    expect(out).toBe('Bà con huyện Chư Păh đón nước về.\nDự án vay tám mươi triệu đô la mỹ từ Ngân hàng Thế giới.\n');
  });

  it('normalize keeps the full stop after an initial when a sentence opener follows', async () => {
    const out = await run('normalize', 'Đối tượng là Lê Văn T. Tại cơ quan điều tra, T. khai nhận.\nVụ cháy xảy ra tại nhà ông Tr. Minh.\n');
    expect(out).toBe('Đối tượng là Lê Văn tê. Tại cơ quan điều tra, tê khai nhận.\nVụ cháy xảy ra tại nhà ông trờ Minh.\n');
  });

  it('normalize keeps the full stop of a dotted phrase at a sentence end (v.v.)', async () => {
    expect(await run('normalize', 'Gồm gạo, tiêu v.v. Kim ngạch tăng.\n')).toBe('Gồm gạo, tiêu vân vân. Kim ngạch tăng.\n');
  });

  it('segment writes one sentence per line, original text after NFC', async () => {
    const out = await run('segment', 'Tiêu đề\nSáng 20-7, hội nghị khai mạc. Có 4.857 đảng viên.'.normalize('NFD'));
    expect(out).toBe('Tiêu đề\nSáng 20-7, hội nghị khai mạc.\nCó 4.857 đảng viên.\n');
  });

  it('segment prints nothing for blank input', async () => {
    expect(await run('segment', '\n\n')).toBe('');
  });
});

describe('CLI prepare', () => {
  const html = join(FIXTURES, 'articles/dak-lak-ca-phe.html');

  it('reads an HTML file as the service does: no page furniture, original → spoken', async () => {
    const out = await run('prepare', '', [html]);
    expect(out).not.toMatch(/Nữ miền Bắc|0:00|Google News|Có thể bạn quan tâm/);
    expect(out).toContain('[1] Sáng 12-11, UBND tỉnh Đắk Lắk tổ chức hội nghị');
    expect(out).toContain('    → Sáng mười hai tháng mười một, ủy ban nhân dân tỉnh Đắk Lắk tổ chức hội nghị');
    expect(out.trim().split('\n').pop()).toMatch(/^\d+ sentences, \d+ fallbacks?$/);
  });

  it('lists the fallbacks under their sentence', async () => {
    const out = await run('prepare', 'Giá vàng SJC tăng.\n\nKý hiệu © được ghi chú.', ['-']);
    expect(out).toContain('[0] Giá vàng SJC tăng.\n    → Giá vàng ét gi xê tăng.\n    ! fallback: "SJC" → "ét gi xê"');
    expect(out).toContain('! fallback: "©" → dropped');
    expect(out).toContain('2 sentences, 2 fallbacks');
  });

  it('--json prints one JSON object per sentence, exactly what prepareArticle returns', async () => {
    const out = await run('prepare', '', [html, '--json']);
    const lines = out.trim().split('\n').map((line) => JSON.parse(line));
    const expected = prepareArticle({ html: readFileSync(html, 'utf8') }).sentences;
    expect(lines.map((l) => [l.index, l.text, l.spoken, l.paragraph, l.charStart])).toEqual(
      expected.map((s) => [s.index, s.text, s.spoken, s.paragraph, s.charStart]),
    );
    expect(lines[1].words[0]).toEqual(expected[1].words[0]);
    expect(lines.every((l) => Array.isArray(l.warnings))).toBe(true);
  });

  it('reads the text fixtures: scraped text and another HTML page', async () => {
    const scraped = await run('prepare', '', [join(FIXTURES, 'articles/dak-lak-ca-phe.txt')]);
    expect(scraped).not.toMatch(/Theo dõi|Nữ miền Nam|0:00/);
    expect(scraped).toContain('→ Theo báo cáo của Sở nông nghiệp và phát triển nông thôn');
    const page = await run('prepare', '', [join(FIXTURES, 'text/extract/tinh-dong-nam.html')]);
    expect(page).toMatch(/^\[0\] Gia Lai: Khởi công cầu vượt sông Ba trên tỉnh lộ 662B\n {4}→ /);
    const spokenLines = page.split('\n').filter((line) => line.startsWith('    → '));
    expect(spokenLines.length).toBeGreaterThan(3);
    for (const line of spokenLines) expect(line).not.toMatch(/\d/);
  });

  it('reads text from stdin, and HTML from stdin with --html', async () => {
    expect(await run('prepare', 'Có 25 xã.')).toContain('    → Có hai mươi lăm xã.');
    const out = await run('prepare', '<html><body><nav>Trang chủ</nav><p>Có 3 ha.</p></body></html>', ['--html']);
    expect(out).toContain('[0] Có 3 ha.');
    expect(out).not.toContain('Trang chủ');
  });

  it('applies a site lexicon file', async () => {
    const lexicon = join(FIXTURES, 'text/guarantee/lexicon.json');
    expect(await run('prepare', 'Về Pleiku.', ['--lexicon', lexicon])).toContain('→ Về Plây Cu.');
  });

  it('rejects a missing file, a bad option and a bad lexicon with a usage error', async () => {
    await expect(run('prepare', '', ['no-such-article.txt'])).rejects.toThrow(new UsageError('cannot read no-such-article.txt: no such file'));
    await expect(run('prepare', '', ['--bogus'])).rejects.toBeInstanceOf(UsageError);
    await expect(run('prepare', '', ['a.txt', 'b.txt'])).rejects.toBeInstanceOf(UsageError);
    await expect(run('prepare', 'x', ['--lexicon', html])).rejects.toThrow(/is not JSON/);
  });
});
