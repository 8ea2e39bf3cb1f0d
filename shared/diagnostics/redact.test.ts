import { describe, expect, it } from 'vitest';
import { describeForLog, REDACTED, redactText, redactValue } from './redact';

describe('redactText', () => {
  it('removes 18- and 15-digit ID numbers, with an X check digit too', () => {
    const out = redactText('身份证 11010119900307123X 与 110101900307123 不符');
    expect(out).not.toMatch(/11010119900307123X|110101900307123/);
    expect(out).toBe(`身份证 ${REDACTED} 与 ${REDACTED} 不符`);
  });

  it('removes mobile and landline numbers, written with or without separators', () => {
    const out = redactText('电话 13812345678、138-1234-5678、+86 139 1234 5678，座机 0451-84123456');
    expect(out).not.toMatch(/1234|8412/);
    expect(out.split(REDACTED)).toHaveLength(5);
  });

  it('keeps numbers that are not personal: counts, years, record ids, times', () => {
    const text = '同步 1200 条，〔2026〕忠调字第12号，记录 0193a1b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b，用时 1733470000000 毫秒';
    expect(redactText(text)).toBe(text);
  });

  it('removes a name after the label that introduces it, and an address', () => {
    expect(redactText('保存失败：申请人：张三丰，住址：绥滨县忠仁镇幸福村3号')).toBe(`保存失败：申请人：${REDACTED}，住址：${REDACTED}`);
    expect(redactText('经办人 李文静 修改了案件')).toBe(`经办人 ${REDACTED} 修改了案件`);
  });

  it('ends an address at a quote, so a JSON or quoted message stays whole', () => {
    expect(redactText('{"message":"住址：幸福村3号","next":1}')).toBe(`{"message":"住址：${REDACTED}","next":1}`);
    expect(redactText('服务器地址不对')).toBe('服务器地址不对');
  });

  it('removes the values it is told are known, such as the operator and the token', () => {
    const out = redactText('李文静 用 tok-abc123 登记', { known: ['李文静', 'tok-abc123'] });
    expect(out).toBe(`${REDACTED} 用 ${REDACTED} 登记`);
  });

  it('removes bearer tokens and long base64 keys, e-mail addresses', () => {
    const key = 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJAAA=';
    const out = redactText(`Authorization: Bearer abc.def-ghi key=${key} mail li@example.cn`);
    expect(out).not.toContain('abc.def-ghi');
    expect(out).not.toContain(key);
    expect(out).not.toContain('li@example.cn');
  });

  it('keeps a file path of a stack trace, which is as long as a key but made of slash-led words', () => {
    const frame = '    at /check/work/main/shared/diagnostics/redact.test.ts:77:33';
    expect(redactText(frame)).toBe(frame);
    expect(redactText('key=/q83vEjRWeJq83vEjRWeJq83vEjRW+eJq83vEjRWeJ=')).not.toContain('q83vEjRWeJ');
  });
});

describe('redactValue', () => {
  it('replaces sensitive fields wherever they are nested, and redacts the other strings', () => {
    const out = redactValue({
      townshipId: 'zhongren',
      operatorName: '李文静',
      sync: { token: 't0k', idHashKey: 'k' },
      parties: [{ name: '王五', phone: '13812345678', role: 'applicant' }],
      note: '身份证 110101199003071234',
    });
    expect(out).toEqual({
      townshipId: 'zhongren',
      operatorName: REDACTED,
      sync: { token: REDACTED, idHashKey: REDACTED },
      parties: [{ name: REDACTED, phone: REDACTED, role: 'applicant' }],
      note: `身份证 ${REDACTED}`,
    });
  });

  it('keeps empty sensitive fields empty, so a reader sees the field was never set', () => {
    expect(redactValue({ operatorName: '' })).toEqual({ operatorName: '' });
  });

  it('does not follow a cycle forever', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => JSON.stringify(redactValue(cyclic))).not.toThrow();
  });
});

describe('describeForLog', () => {
  it('keeps the error kind and stack but not the ID number in its message', () => {
    const line = describeForLog(new TypeError('解析失败 110101199003071234'));
    expect(line).toMatch(/^TypeError: 解析失败 \[已隐去\]/);
    expect(line).toContain('redact.test.ts');
    expect(line).not.toContain('110101199003071234');
  });

  it('describes a thrown object or string', () => {
    expect(describeForLog({ code: 'X', phone: '13812345678' })).toBe(`{"code":"X","phone":"${REDACTED}"}`);
    expect(describeForLog('电话 13812345678')).toBe(`电话 ${REDACTED}`);
  });
});
