/**
 * The demo page at `/`: paste text or HTML (or give a stored article's ID), choose a voice,
 * listen; editors see each sentence as written beside what the voice says. Plain HTML and
 * a small inline script over the demo endpoints, so it needs no build step of its own.
 */
export function renderDemoPage(options: { demoEnabled: boolean }): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tts-reader — nghe bài báo tiếng Việt</title>
<style>${DEMO_CSS}</style>
</head>
<body>
<header><h1>Nghe bài báo tiếng Việt</h1><p>Dán văn bản hoặc HTML của bài viết, chọn giọng đọc rồi bấm «Nghe».</p></header>
<main>
${options.demoEnabled ? FORM_HTML : '<p role="alert">Trang thử nghiệm đã tắt trên máy chủ này (DEMO_ENABLED).</p>'}
<section id="player-section" aria-labelledby="player-heading" hidden>
  <h2 id="player-heading">Trình phát</h2>
  <div id="player-slot"></div>
</section>
<section id="stats-section" aria-labelledby="stats-heading" hidden>
  <h2 id="stats-heading">Thống kê lượt nghe</h2>
  <p class="help">Đếm ẩn danh trên máy chủ này: không cookie, không thông tin người nghe.</p>
  <table id="stats"><thead><tr><th scope="col">Giọng</th><th scope="col">Lượt nghe</th><th scope="col">25%</th><th scope="col">50%</th><th scope="col">75%</th><th scope="col">100%</th><th scope="col">Nghe hết</th><th scope="col">Lỗi</th></tr></thead><tbody></tbody></table>
  <p id="stats-status" class="help" role="status"></p>
  <form id="stats-key-form" hidden><label for="editor-key">Khoá biên tập (để xem thống kê bài đã lưu)</label><input id="editor-key" type="password" autocomplete="off"> <button type="submit">Xem thống kê</button></form>
</section>
<section id="compare-section" aria-labelledby="compare-heading" hidden>
  <h2 id="compare-heading">Văn bản gốc và văn bản đã chuẩn hoá</h2>
  <table id="compare"><thead><tr><th scope="col">#</th><th scope="col">Bản gốc</th><th scope="col">Giọng đọc sẽ nói</th></tr></thead><tbody></tbody></table>
</section>
</main>
<script src="/player.js" async></script>
<script>${options.demoEnabled ? DEMO_SCRIPT : ''}</script>
</body>
</html>
`;
}

const FORM_HTML = `<form id="demo-form" novalidate>
  <fieldset>
    <legend>Bài viết</legend>
    <label for="title">Tiêu đề (không bắt buộc)</label>
    <input id="title" name="title" maxlength="1000">
    <label for="content">Văn bản hoặc HTML</label>
    <textarea id="content" name="content" rows="10" aria-describedby="content-help"></textarea>
    <p id="content-help" class="help">HTML được nhận ra tự động (thẻ &lt;p&gt;, &lt;article&gt;…). Hoặc nhập mã bài đã lưu:</p>
    <label for="article-id">Mã bài đã lưu</label>
    <input id="article-id" name="articleId" pattern="[A-Za-z0-9._\\-]{1,128}" placeholder="vd. dak-lak-ca-phe">
  </fieldset>
  <fieldset>
    <legend>Giọng đọc</legend>
    <label><input type="radio" name="voice" value="north-female" checked> Nữ miền Bắc</label>
    <label><input type="radio" name="voice" value="north-male"> Nam miền Bắc</label>
    <label><input type="radio" name="voice" value="south-female"> Nữ miền Nam</label>
    <label><input type="radio" name="voice" value="south-male"> Nam miền Nam</label>
  </fieldset>
  <button type="submit" id="listen">Nghe</button>
  <p id="form-status" role="status" aria-live="polite"></p>
</form>`;

/** Runs in the browser: posts the article, fills the comparison table, mounts the player. */
const DEMO_SCRIPT = `
(() => {
  const form = document.getElementById('demo-form');
  const status = document.getElementById('form-status');
  const say = (text) => { status.textContent = text; };
  const post = async (path, body) => {
    const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error((json.error && json.error.message) || ('HTTP ' + res.status));
    return json;
  };
  const showComparison = (sentences) => {
    const body = document.querySelector('#compare tbody');
    body.replaceChildren(...sentences.map((s) => {
      const row = document.createElement('tr');
      for (const value of [String(s.i + 1), s.text, s.spoken]) { const cell = document.createElement('td'); cell.textContent = value; row.append(cell); }
      return row;
    }));
    document.getElementById('compare-section').hidden = sentences.length === 0;
  };
  const LABELS = { 'north-female': 'Nữ miền Bắc', 'north-male': 'Nam miền Bắc', 'south-female': 'Nữ miền Nam', 'south-male': 'Nam miền Nam' };
  let statsId = '';
  // Demo articles show their numbers to anyone here; stored articles need the editor key.
  const loadStats = async () => {
    if (!statsId) return;
    const key = document.getElementById('editor-key').value.trim();
    const demo = statsId.startsWith('demo-');
    document.getElementById('stats-key-form').hidden = demo;
    if (!demo && !key) { document.getElementById('stats-status').textContent = 'Nhập khoá biên tập để xem thống kê của bài đã lưu.'; return; }
    const res = await fetch(demo ? '/v1/demo/articles/' + encodeURIComponent(statsId) + '/stats' : '/v1/articles/' + encodeURIComponent(statsId) + '/stats', { cache: 'no-store', headers: demo ? {} : { Authorization: 'Bearer ' + key } }).catch(() => undefined);
    const json = res && await res.json().catch(() => undefined);
    if (!res || !res.ok || !json) { document.getElementById('stats-status').textContent = 'Không tải được thống kê' + (res ? ' (HTTP ' + res.status + ').' : '.'); return; }
    const rows = Object.entries(json.voices).concat([['total', json.total]]);
    document.querySelector('#stats tbody').replaceChildren(...rows.map(([voice, v]) => {
      const row = document.createElement('tr');
      row.dataset.voice = voice;
      for (const value of [LABELS[voice] || 'Tổng', v.plays, v.reached[25], v.reached[50], v.reached[75], v.reached[100], v.completions, v.errors]) { const cell = document.createElement('td'); cell.textContent = String(value); row.append(cell); }
      return row;
    }));
    document.getElementById('stats-status').textContent = 'Cập nhật lúc ' + new Date().toLocaleTimeString('vi-VN') + '.';
  };
  document.getElementById('stats-key-form').addEventListener('submit', (event) => { event.preventDefault(); loadStats(); });
  // The player sends its events when paused, at the end and every few seconds: follow them.
  for (const type of ['tts-pause', 'tts-ended', 'tts-play']) document.addEventListener(type, () => setTimeout(loadStats, 800));
  setInterval(() => { if (!document.hidden) loadStats(); }, 10000);
  const mountPlayer = (id, voice) => {
    const player = document.createElement('tts-player');
    player.setAttribute('article-id', id);
    player.setAttribute('voice', voice);
    player.setAttribute('mini-player', '');
    // The press of «Nghe» starts playback: the listener asked to hear it.
    player.setAttribute('autoplay', '');
    document.getElementById('player-slot').replaceChildren(player);
    document.getElementById('player-section').hidden = false;
    try { localStorage.setItem('tts-reader.voice', voice); } catch {}
    statsId = id;
    document.getElementById('stats-section').hidden = false;
    loadStats();
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const voice = String(data.get('voice'));
    const content = String(data.get('content') || '').trim();
    const storedId = String(data.get('articleId') || '').trim();
    const title = String(data.get('title') || '').trim() || undefined;
    try {
      if (!content && storedId) { showComparison([]); mountPlayer(storedId, voice); say(''); return; }
      if (!content) { say('Hãy dán nội dung bài viết hoặc nhập mã bài đã lưu.'); document.getElementById('content').focus(); return; }
      say('Đang xử lý…');
      const article = /<[a-z][\\s\\S]*>/i.test(content) ? { title, html: content } : { title, text: content };
      const [created, preview] = await Promise.all([post('/v1/demo/articles', article), post('/v1/demo/preview', article)]);
      showComparison(preview.sentences);
      mountPlayer(created.id, voice);
      say('');
    } catch (error) {
      say('Không xử lý được bài viết: ' + error.message);
    }
  });
})();
`;

const DEMO_CSS = `
*, *::before, *::after { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 16px; color: #1f2328; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
fieldset { border: 1px solid #d0d7de; border-radius: 8px; margin: 0 0 12px; padding: 12px; }
label { display: block; margin: 6px 0 2px; font-weight: 500; }
fieldset label:has(input[type=radio]) { display: inline-flex; gap: 4px; margin-right: 16px; font-weight: 400; }
input:not([type=radio]), textarea { width: 100%; font: inherit; padding: 6px 8px; border: 1px solid #8c959f; border-radius: 6px; }
textarea { resize: vertical; }
.help { font-size: .9rem; color: #59636e; margin: 4px 0; }
button { font: inherit; padding: 8px 20px; border-radius: 999px; border: 0; background: #0b57d0; color: #fff; cursor: pointer; }
:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
th, td { border-bottom: 1px solid #d0d7de; padding: 6px 8px; text-align: left; vertical-align: top; }
td:first-child { color: #59636e; width: 3em; }
`;
