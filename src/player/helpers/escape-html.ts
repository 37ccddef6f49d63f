/**
 * Escapes text for HTML content and attribute values.
 * @example escapeHtml('<b>"Tin"</b>') //=> '&lt;b&gt;&quot;Tin&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}
