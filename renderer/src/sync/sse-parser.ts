// A tiny incremental parser of Server-Sent Events (the WHATWG "event stream" format) for the
// stream we read with fetch: EventSource cannot send the Authorization header (docs/sync-api.md).
// Feed it decoded text as it arrives; it returns the events completed by that chunk.

export interface SseEvent {
  /** `event:` field; 'message' when absent, as the standard says. */
  event: string;
  /** The `data:` lines joined with '\n'. */
  data: string;
}

export interface SseParser {
  feed(text: string): SseEvent[];
}

export function createSseParser(): SseParser {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  let sawData = false;

  function line(text: string, out: SseEvent[]): void {
    if (text === '') {
      if (sawData) out.push({ event: event || 'message', data: data.join('\n') });
      event = '';
      data = [];
      sawData = false;
      return;
    }
    if (text.startsWith(':')) return; // comment, e.g. the keep-alive
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') {
      data.push(value);
      sawData = true;
    }
    // `id:` and `retry:` are not used by this protocol.
  }

  return {
    feed(text) {
      buffer += text;
      const out: SseEvent[] = [];
      for (;;) {
        const match = /\r\n|\r|\n/.exec(buffer);
        // A lone '\r' at the end may be the first half of '\r\n': wait for the next chunk.
        if (!match || (match[0] === '\r' && match.index === buffer.length - 1)) break;
        line(buffer.slice(0, match.index), out);
        buffer = buffer.slice(match.index + match[0].length);
      }
      return out;
    },
  };
}
