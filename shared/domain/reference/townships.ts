// 绥滨县 (鹤岗市, 黑龙江省): 3 towns and 6 townships, the county seat at 绥滨镇 (the farms of 北大荒集团 —
// 绥滨、二九〇、普阳 — are not county townships). Codes are pinyin slugs without the 镇/乡 suffix;
// `shortName` is what case numbers carry (〔2026〕绥滨调字第12号).

export interface TownshipSeed {
  code: string;
  name: string;
  shortName: string;
  /** 镇 or 乡 */
  category: '镇' | '乡';
}

export const suibinTownships: readonly TownshipSeed[] = [
  { code: 'suibin', name: '绥滨镇', shortName: '绥滨', category: '镇' },
  { code: 'suidong', name: '绥东镇', shortName: '绥东', category: '镇' },
  { code: 'zhongren', name: '忠仁镇', shortName: '忠仁', category: '镇' },
  { code: 'liansheng', name: '连生乡', shortName: '连生', category: '乡' },
  { code: 'beigang', name: '北岗乡', shortName: '北岗', category: '乡' },
  { code: 'fuqiang', name: '富强乡', shortName: '富强', category: '乡' },
  { code: 'beishan', name: '北山乡', shortName: '北山', category: '乡' },
  { code: 'xinfu', name: '新富乡', shortName: '新富', category: '乡' },
  { code: 'fuxing', name: '福兴乡', shortName: '福兴', category: '乡' },
];

/** The people's mediation committee of a township (人民调解法 art. 8: 乡镇设立人民调解委员会). */
export const committeeNameOf = (townshipName: string): string => `${townshipName}人民调解委员会`;
