import { escapeHtml } from '../helpers/escape-html.js';

/**
 * The page behind `/embed/:id`: only the player, for an `<iframe>` on any allowed site.
 * @example renderEmbedPage({ articleId: 'dak-lak', voice: 'south-female' }) // '<!doctype html>…<tts-player article-id="dak-lak" voice="south-female">…'
 */
export function renderEmbedPage(options: { articleId: string; voice?: string; transcript?: boolean }): string {
  const voice = options.voice ? ` voice="${escapeHtml(options.voice)}"` : '';
  const transcript = options.transcript === false ? ' transcript="off"' : '';
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nghe bài viết</title>
<style>html,body{margin:0;background:transparent}body{padding:4px}</style>
</head>
<body>
<tts-player article-id="${escapeHtml(options.articleId)}"${voice}${transcript}></tts-player>
<script src="/player.js" async></script>
</body>
</html>
`;
}
