import { Router } from 'express';
import { escapeHtml } from '../../player/helpers/escape-html.js';
import { buildOpenApiDocument } from '../openapi.js';

/** `/openapi.json` (OpenAPI 3.1) and `/docs`, a readable page rendered from it. */
export function docsRouter() {
  const router = Router();
  const document = buildOpenApiDocument();
  const body = JSON.stringify(document, null, 1);
  const page = renderDocsPage(document);

  router.get('/openapi.json', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('application/json').send(body);
  });

  router.get('/docs', (_req, res) => {
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.type('html').send(page);
  });

  return router;
}

type Operation = { summary?: string; security?: unknown[]; parameters?: { name: string; in: string }[]; responses?: Record<string, { description?: string }> };

function renderDocsPage(document: Record<string, unknown>): string {
  const paths = document.paths as Record<string, Record<string, Operation>>;
  const rows = Object.entries(paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, op]) => {
      const params = (op.parameters ?? []).map((p) => `${escapeHtml(p.name)} <small>(${escapeHtml(p.in)})</small>`).join(', ');
      const responses = Object.entries(op.responses ?? {}).map(([status, r]) => `<b>${status}</b> ${escapeHtml(r.description ?? '')}`).join('<br>');
      return `<tr><td><code>${method.toUpperCase()}</code></td><td><code>${escapeHtml(path)}</code>${op.security ? ' 🔑' : ''}</td><td>${escapeHtml(op.summary ?? '')}${params ? `<br><small>${params}</small>` : ''}</td><td>${responses}</td></tr>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>tts-reader API</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;vertical-align:top;text-align:left}code{font-size:14px}</style></head>
<body><h1>tts-reader HTTP API</h1><p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). 🔑 = editor key (<code>Authorization: Bearer …</code>). Errors are <code>{"error": {"code", "message", "field"}}</code>.</p>
<table><thead><tr><th>Method</th><th>Path</th><th>What</th><th>Answers</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></body></html>`;
}
