import { describe, expect, it } from 'vitest';
import { documentContext } from './context';

const input = { townshipName: '忠仁镇', committeeName: '忠仁镇人民调解委员会', today: '2026-10-20', role: 'township', deviceTownshipId: 'zhongren', recordTownshipId: 'zhongren' } as const;

describe('documentContext', () => {
  it('prints personal data in full only for the township that handles the record', () => {
    expect(documentContext(input).showPersonal).toBe(true);
    expect(documentContext({ ...input, recordTownshipId: 'suibin' }).showPersonal).toBe(false);
    expect(documentContext({ ...input, role: 'county' }).showPersonal).toBe(false);
  });

  it('names the committee after the township when settings give none', () => {
    expect(documentContext({ ...input, committeeName: undefined }).committeeName).toBe('忠仁镇人民调解委员会');
    expect(documentContext({ ...input, committeeName: '忠仁镇联合人民调解委员会' }).committeeName).toBe('忠仁镇联合人民调解委员会');
  });
});
