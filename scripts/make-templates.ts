// Writes the shipped 文书 templates to resources/templates/ (decision 020): `npx tsx scripts/make-templates.ts`.
// Generated with the docx library rather than hand-written OOXML; the .docx files are committed, and
// scripts/templates.test.ts checks their placeholders against what the fills produce.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Packer } from 'docx';
import { shippedTemplates } from './templates/index';

const folder = resolve(import.meta.dirname, '../resources/templates');
for (const [name, make] of Object.entries(shippedTemplates)) {
  await writeFile(resolve(folder, name), await Packer.toBuffer(make()));
  console.log(`wrote resources/templates/${name}`);
}
