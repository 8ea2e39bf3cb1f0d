// The object URLs of one 卷宗's scans: every one is revoked when the 卷宗 is left or cancelled, including one made
// by work that finishes after that (it is revoked at once and the work stops).
export class ObjectUrls {
  #urls = new Set<string>();
  #closed = false;

  /** An object URL for `blob`; throws an AbortError once the 卷宗 is closed. */
  create(blob: Blob): string {
    if (this.#closed) throw new DOMException('卷宗已关闭', 'AbortError');
    const url = URL.createObjectURL(blob);
    this.#urls.add(url);
    return url;
  }

  revokeAll(): void {
    this.#closed = true;
    for (const url of this.#urls) URL.revokeObjectURL(url);
    this.#urls.clear();
  }
}
