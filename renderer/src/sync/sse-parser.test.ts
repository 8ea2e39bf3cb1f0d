import { describe, expect, it } from 'vitest';
import { createSseParser } from './sse-parser';

describe('SSE parser', () => {
  it('[C2] reads event and data fields up to the blank line', () => {
    const parser = createSseParser();
    expect(parser.feed('event: ready\ndata: {"protocol":1}\n\n')).toEqual([{ event: 'ready', data: '{"protocol":1}' }]);
  });

  it('[C2] keeps an event split across chunks until it is complete, also inside a multi-byte line', () => {
    const parser = createSseParser();
    expect(parser.feed('event: cha')).toEqual([]);
    expect(parser.feed('nge\ndata: {"collection":"mediationCase",')).toEqual([]);
    expect(parser.feed('"documents":[{"name":"张三"}]}\n')).toEqual([]);
    expect(parser.feed('\nevent: resync\ndata: {}\n\n')).toEqual([
      { event: 'change', data: '{"collection":"mediationCase","documents":[{"name":"张三"}]}' },
      { event: 'resync', data: '{}' },
    ]);
  });

  it('[C2] ignores keep-alive comments and joins several data lines', () => {
    const parser = createSseParser();
    expect(parser.feed(': keepalive\n\ndata: a\ndata: b\n\n')).toEqual([{ event: 'message', data: 'a\nb' }]);
  });

  it('[C2] accepts CRLF and CR line ends, also a CRLF cut between chunks', () => {
    const parser = createSseParser();
    expect(parser.feed('event: ready\r')).toEqual([]);
    // The last '\r' may be half of a '\r\n': the event completes with the next chunk.
    expect(parser.feed('\ndata: 1\r\n\r\nevent: resync\rdata: 2\r\r')).toEqual([{ event: 'ready', data: '1' }]);
    expect(parser.feed('\n')).toEqual([{ event: 'resync', data: '2' }]);
  });

  it('[C2] drops a block without data and keeps a value without the optional space', () => {
    const parser = createSseParser();
    expect(parser.feed('event: lonely\n\nevent:x\ndata:y\n\n')).toEqual([{ event: 'x', data: 'y' }]);
  });
});
