import { describe, expect, it } from 'vitest';
import { fileRefsOf, mergeAttachmentRefs, type AttachmentRef } from './refs';

const ref = (n: number, name = `扫描件${n}.pdf`): AttachmentRef => ({
  sha256: String(n).repeat(64).slice(0, 64), name, mimeType: 'application/pdf', size: n, purpose: '其他', addedAt: '2026-10-08T09:30:00.000Z',
});

describe('mergeAttachmentRefs: two offline edits of one record’s attachments', () => {
  it('keeps the files both devices added', () => {
    expect(mergeAttachmentRefs([ref(1)], [ref(1), ref(2)], [ref(1), ref(3)])).toEqual([ref(1), ref(3), ref(2)]);
  });

  it('drops a file either device removed, and keeps what the other added meanwhile', () => {
    expect(mergeAttachmentRefs([ref(1), ref(2)], [ref(2)], [ref(1), ref(2), ref(3)])).toEqual([ref(2), ref(3)]);
    expect(mergeAttachmentRefs([ref(1), ref(2)], [ref(1), ref(2), ref(4)], [ref(1)])).toEqual([ref(1), ref(4)]);
  });

  it('lists a file once when both added the same bytes', () => {
    expect(mergeAttachmentRefs([], [ref(5, '本机.pdf')], [ref(5, '县里.pdf')])).toEqual([ref(5, '县里.pdf')]);
  });
});

describe('fileRefsOf', () => {
  it('names the attachments and the files of 全过程记录 once each', () => {
    const doc = { attachments: [ref(1), ref(2)], recordings: [{ attachmentSha256: ref(2).sha256 }, {}, { attachmentSha256: ref(3).sha256 }] };
    expect(fileRefsOf(doc)).toEqual([ref(1).sha256, ref(2).sha256, ref(3).sha256]);
  });
});
