const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for HTML element content and quoted attributes. */
export const escapeHTML = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
