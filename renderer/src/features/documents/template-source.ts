// Where a 文书's .docx template comes from. The shipped ones are bundled from resources/templates/; a county's
// own variant (reaching the township by sync in 基础数据, county-templates.ts) is another source put in front of
// them, so the first source that has a template by that name wins (decisions 020, 025).

export interface TemplateSource {
  /** The template's bytes, or undefined when this source has none by that name. */
  load(name: string): Promise<Uint8Array | undefined>;
}

// Inlined as data: URLs (base64), so no request is made: the page's CSP and the desktop's app:// need nothing.
const bundled = import.meta.glob<string>('../../../../resources/templates/*.docx', { query: '?inline', import: 'default' });

function bytesOf(dataUrl: string): Uint8Array {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

export const shippedTemplates: TemplateSource = {
  async load(name) {
    const entry = Object.entries(bundled).find(([path]) => path.endsWith(`/${name}`));
    return entry ? bytesOf(await entry[1]()) : undefined;
  },
};

/** The first source holding a template by the name (a county's variant before the shipped one). */
export const firstFound = (...sources: TemplateSource[]): TemplateSource => ({
  async load(name) {
    for (const source of sources) {
      const template = await source.load(name);
      if (template) return template;
    }
    return undefined;
  },
});
