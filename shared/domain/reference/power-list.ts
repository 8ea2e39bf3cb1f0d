// 权责清单 (sample): typical powers of a township comprehensive enforcement office — its own statutory
// powers (城乡规划法 art. 65, 土地管理法 art. 62) and county powers a province may assign to townships
// (行政处罚法 art. 24). `category` is the enforcement category code of the case schema.
import type { EnforcementCategory } from '../schemas/enforcement-case';

export interface PowerItemSeed {
  code: string;
  name: string;
  category: EnforcementCategory;
  legalBasis: string;
}

export const samplePowerList: readonly PowerItemSeed[] = [
  {
    code: 'chufa-lutian-fenshao-jiegan', category: 'penalty',
    name: '对在人口集中地区等当地人民政府划定的区域露天焚烧秸秆、落叶等产生烟尘污染物质的处罚',
    legalBasis: '《中华人民共和国大气污染防治法》第七十七条、第一百一十九条第二款',
  },
  {
    code: 'chufa-feifa-zhandi-jianfang', category: 'penalty',
    name: '对农村村民未经批准或者采取欺骗手段骗取批准，非法占用土地建住宅的处罚',
    legalBasis: '《中华人民共和国土地管理法》第七十八条',
  },
  {
    code: 'chufa-pohuai-gengdi', category: 'penalty',
    name: '对占用耕地建窑、建坟或者擅自在耕地上建房、挖砂、采石、采矿、取土等破坏种植条件的处罚',
    legalBasis: '《中华人民共和国土地管理法》第三十七条、第七十五条',
  },
  {
    code: 'chufa-xiangcun-weifa-jianshe', category: 'penalty',
    name: '对在乡、村庄规划区内未依法取得乡村建设规划许可证或者未按照许可证规定进行建设的处罚',
    legalBasis: '《中华人民共和国城乡规划法》第六十五条',
  },
  {
    code: 'chufa-suiyi-qingdao-laji', category: 'penalty',
    name: '对随意倾倒、抛撒、堆放或者焚烧生活垃圾的处罚',
    legalBasis: '《中华人民共和国固体废物污染环境防治法》第四十九条、第一百一十一条',
  },
  {
    code: 'chufa-zhandu-xiaofang-tongdao', category: 'penalty',
    name: '对占用、堵塞、封闭疏散通道、安全出口或者消防车通道的处罚',
    legalBasis: '《中华人民共和国消防法》第二十八条、第六十条',
  },
  {
    code: 'chufa-weian-qiangzhi-mianyi', category: 'penalty',
    name: '对饲养动物未按照动物疫病强制免疫计划实施免疫接种的处罚',
    legalBasis: '《中华人民共和国动物防疫法》第九十二条',
  },
  {
    code: 'chufa-lanfa-linmu', category: 'penalty',
    name: '对滥伐林木的处罚',
    legalBasis: '《中华人民共和国森林法》第五十六条、第七十六条第二款',
  },
  {
    code: 'chufa-hedao-fangai-xinghong', category: 'penalty',
    name: '对在河道管理范围内建设妨碍行洪的建筑物、构筑物的处罚',
    legalBasis: '《中华人民共和国水法》第三十七条、第六十五条',
  },
  {
    code: 'xuke-xiangcun-jianshe-guihua', category: 'licence',
    name: '乡村建设规划许可证核发',
    legalBasis: '《中华人民共和国城乡规划法》第四十一条',
  },
  {
    code: 'xuke-nongcun-zhaijidi', category: 'licence',
    name: '农村村民宅基地审批',
    legalBasis: '《中华人民共和国土地管理法》第六十二条',
  },
  {
    code: 'qiangzhi-chaichu-weifa-jianshe', category: 'compulsory',
    name: '对当事人逾期不拆除的违法建筑物、构筑物、设施依法强制拆除',
    legalBasis: '《中华人民共和国行政强制法》第四十四条；《中华人民共和国城乡规划法》第六十五条',
  },
  {
    code: 'jiancha-anquan-shengchan', category: 'inspection',
    name: '对本行政区域内生产经营单位安全生产状况的监督检查',
    legalBasis: '《中华人民共和国安全生产法》第九条',
  },
  {
    code: 'jiancha-qunzhongxing-xiaofang', category: 'inspection',
    name: '对村（居）民委员会开展群众性消防工作的指导和检查',
    legalBasis: '《中华人民共和国消防法》第三十二条',
  },
  {
    code: 'jiancha-jiegan-jinshao', category: 'inspection',
    name: '对秸秆露天焚烧禁烧区域的巡查检查',
    legalBasis: '《中华人民共和国大气污染防治法》第七十七条',
  },
  {
    code: 'jiancha-weifa-zhandi-jianshe', category: 'inspection',
    name: '对本行政区域内违法占地和违法建设的巡查',
    legalBasis: '《中华人民共和国土地管理法》第七十八条；《中华人民共和国城乡规划法》第六十五条',
  },
  {
    code: 'qita-chengbao-jiufen-tiaojie', category: 'other',
    name: '农村土地承包经营纠纷的调解',
    legalBasis: '《中华人民共和国农村土地承包法》第五十五条',
  },
];
