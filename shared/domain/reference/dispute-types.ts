// 纠纷类型: the 15 categories of the 司法局 monthly report (docs/domain.md, [W10]) plus 村务管理 and
// 计划生育 that other reports add [W12]. Codes are pinyin slugs; the order is the report's.

export interface DisputeTypeSeed {
  code: string;
  name: string;
  /** Grouping for charts: 家事 / 民事 / 管理 / 其他. */
  category: string;
  note?: string;
}

export const disputeTypes: readonly DisputeTypeSeed[] = [
  {
    code: 'hunyin-jiating', name: '婚姻家庭纠纷', category: '家事',
    note: '涉及婚姻、收养、继承的文书不适用电子签名（电子签名法第三条），须保留当事人签名捺印的纸质原件并上传扫描件',
  },
  { code: 'linli', name: '邻里纠纷', category: '民事' },
  { code: 'fangwu-zhaijidi', name: '房屋宅基地纠纷', category: '民事' },
  { code: 'hetong', name: '合同纠纷', category: '民事' },
  { code: 'shengchan-jingying', name: '生产经营纠纷', category: '民事' },
  { code: 'sunhai-peichang', name: '损害赔偿纠纷', category: '民事' },
  { code: 'shanlin-tudi', name: '山林土地纠纷', category: '民事' },
  { code: 'zhengdi-chaiqian', name: '征地拆迁纠纷', category: '管理' },
  { code: 'huanjing-wuran', name: '环境污染纠纷', category: '民事' },
  { code: 'laodong-zhengyi', name: '劳动争议纠纷', category: '民事' },
  { code: 'xiaofei', name: '消费纠纷', category: '民事' },
  { code: 'yiliao', name: '医疗纠纷', category: '民事' },
  { code: 'daolu-jiaotong-shigu', name: '道路交通事故纠纷', category: '民事' },
  { code: 'wuye', name: '物业纠纷', category: '民事' },
  { code: 'cunwu-guanli', name: '村务管理纠纷', category: '管理' },
  { code: 'jihua-shengyu', name: '计划生育纠纷', category: '管理' },
  { code: 'qita', name: '其他纠纷', category: '其他' },
];
