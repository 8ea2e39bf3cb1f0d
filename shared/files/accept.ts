// What may be attached: scans and photos (images) and PDFs, up to the server's size limit, with
// a Chinese reason when not. The app checks before it stores anything.
import { fileLimits } from './protocol';

export const acceptedMimeTypes = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/bmp', 'image/tiff'] as const;

/** For the file picker's `accept`. */
export const acceptAttribute = '.pdf,.jpg,.jpeg,.png,.webp,.gif,.bmp,.tif,.tiff,application/pdf,image/*';

const byExtension: Record<string, string> = {
  pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp',
  gif: 'image/gif', bmp: 'image/bmp', tif: 'image/tiff', tiff: 'image/tiff',
};

/** The browser's type, or one guessed from the extension (Windows often reports '' for scans). */
export function mimeTypeOf(name: string, reported: string): string {
  if ((acceptedMimeTypes as readonly string[]).includes(reported)) return reported;
  const extension = /\.([a-z0-9]{1,5})$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return byExtension[extension] ?? reported;
}

export interface AttachmentProblem {
  code: 'ATTACHMENT_EMPTY' | 'ATTACHMENT_TOO_LARGE' | 'ATTACHMENT_TYPE' | 'ATTACHMENT_NAME';
  message: string;
}

export function attachmentProblem(file: { name: string; size: number; type: string }): AttachmentProblem | undefined {
  if (file.size === 0) return { code: 'ATTACHMENT_EMPTY', message: `「${file.name}」是空文件，请重新扫描或选择。` };
  if (file.size > fileLimits.maxFileBytes) {
    return { code: 'ATTACHMENT_TOO_LARGE', message: `「${file.name}」有 ${formatBytes(file.size)}，附件不能超过 50 MB，请压缩或分成几份再添加。` };
  }
  if (!(acceptedMimeTypes as readonly string[]).includes(mimeTypeOf(file.name, file.type))) {
    return { code: 'ATTACHMENT_TYPE', message: `「${file.name}」不是图片或 PDF，附件只能是扫描件、照片（JPG、PNG 等）或 PDF。` };
  }
  if (file.name.length > 200) return { code: 'ATTACHMENT_NAME', message: '文件名太长（超过 200 个字），请改短后再添加。' };
  return undefined;
}

/** 1.2 MB, 830 KB, 12 B — sizes as officials read them. */
export function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MB`;
  if (size >= 1024) return `${Math.round(size / 1024)} KB`;
  return `${size} B`;
}
