import { describe, expect, it } from 'vitest';
import { chooseRelease, COUNTY_AUDIENCE, type ReleaseEntry } from './release-choice';

const releases: ReleaseEntry[] = [
  { version: '1.2.0', audiences: null },
  { version: '1.10.0', audiences: ['suibin', 'beishan'] },
  { version: '1.3.0', audiences: [COUNTY_AUDIENCE] },
];

describe('which release a device is offered (staging)', () => {
  it('a township in the staged list gets the staged version, compared as versions (1.10 > 1.2)', () => {
    expect(chooseRelease(releases, 'suibin')?.version).toBe('1.10.0');
  });

  it('a township outside the staged list keeps the release for all', () => {
    expect(chooseRelease(releases, 'fuqiang')?.version).toBe('1.2.0');
  });

  it('the county PCs get a release staged to the county', () => {
    expect(chooseRelease(releases, COUNTY_AUDIENCE)?.version).toBe('1.3.0');
  });

  it('nothing offered: no release; an invalid version is never chosen', () => {
    expect(chooseRelease([{ version: '2.0.0', audiences: ['beishan'] }], 'suibin')).toBeUndefined();
    expect(chooseRelease([{ version: 'latest', audiences: null }, { version: '0.9.0', audiences: null }], 'suibin')?.version).toBe('0.9.0');
  });
});
