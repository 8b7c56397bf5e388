/** Fills `{{name}}` placeholders (the i18next syntax our catalogs use) outside the renderer, e.g. in exported files. */
export function formatMessage(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
