// 法律法规目录: what a township government studies before executive meetings (会前学法) and in cadre and
// officer training. Study sessions reference these ids, so the yearly count of laws studied is real.
// Codes are pinyin slugs of at most 36 characters (ids are `law:${code}`, max 40) and must never change.

export interface LawSeed {
  code: string;
  /** Full title as published. */
  name: string;
  shortName: string;
  /** 宪法 / 法律 / 行政法规 / 党内法规 / 地方性法规 */
  category: string;
}

const law = (code: string, name: string, shortName: string, category = '法律'): LawSeed => ({ code, name, shortName, category });

export const lawCatalogue: readonly LawSeed[] = [
  law('xianfa', '中华人民共和国宪法', '宪法', '宪法'),
  law('minfadian', '中华人民共和国民法典', '民法典'),
  law('xingzheng-chufa-fa', '中华人民共和国行政处罚法', '行政处罚法'),
  law('xingzheng-xuke-fa', '中华人民共和国行政许可法', '行政许可法'),
  law('xingzheng-qiangzhi-fa', '中华人民共和国行政强制法', '行政强制法'),
  law('xingzheng-fuyi-fa', '中华人民共和国行政复议法', '行政复议法'),
  law('xingzheng-susong-fa', '中华人民共和国行政诉讼法', '行政诉讼法'),
  law('guojia-peichang-fa', '中华人民共和国国家赔偿法', '国家赔偿法'),
  law('renmin-tiaojie-fa', '中华人民共和国人民调解法', '人民调解法'),
  law('geren-xinxi-baohu-fa', '中华人民共和国个人信息保护法', '个人信息保护法'),
  law('shuju-anquan-fa', '中华人民共和国数据安全法', '数据安全法'),
  law('dianzi-qianming-fa', '中华人民共和国电子签名法', '电子签名法'),
  law('difang-zuzhi-fa', '中华人民共和国地方各级人民代表大会和地方各级人民政府组织法', '地方组织法'),
  law('cunmin-weiyuanhui-zuzhi-fa', '中华人民共和国村民委员会组织法', '村民委员会组织法'),
  law('gongwuyuan-fa', '中华人民共和国公务员法', '公务员法'),
  law('jiancha-fa', '中华人民共和国监察法', '监察法'),
  law('zhengwu-chufen-fa', '中华人民共和国公职人员政务处分法', '公职人员政务处分法'),
  law('baoshou-guojia-mimi-fa', '中华人民共和国保守国家秘密法', '保守国家秘密法'),
  law('guojia-anquan-fa', '中华人民共和国国家安全法', '国家安全法'),
  law('falv-yuanzhu-fa', '中华人民共和国法律援助法', '法律援助法'),
  law('tudi-guanli-fa', '中华人民共和国土地管理法', '土地管理法'),
  law('nongcun-tudi-chengbao-fa', '中华人民共和国农村土地承包法', '农村土地承包法'),
  law('chengbao-jiufen-zhongcai-fa', '中华人民共和国农村土地承包经营纠纷调解仲裁法', '土地承包纠纷调解仲裁法'),
  law('heitudi-baohu-fa', '中华人民共和国黑土地保护法', '黑土地保护法'),
  law('xiangcun-zhenxing-cujin-fa', '中华人民共和国乡村振兴促进法', '乡村振兴促进法'),
  law('chengxiang-guihua-fa', '中华人民共和国城乡规划法', '城乡规划法'),
  law('anquan-shengchan-fa', '中华人民共和国安全生产法', '安全生产法'),
  law('xiaofang-fa', '中华人民共和国消防法', '消防法'),
  law('huanjing-baohu-fa', '中华人民共和国环境保护法', '环境保护法'),
  law('daqi-wuran-fangzhi-fa', '中华人民共和国大气污染防治法', '大气污染防治法'),
  law('guti-feiwu-fangzhi-fa', '中华人民共和国固体废物污染环境防治法', '固体废物污染环境防治法'),
  law('senlin-fa', '中华人民共和国森林法', '森林法'),
  law('shui-fa', '中华人民共和国水法', '水法'),
  law('fanghong-fa', '中华人民共和国防洪法', '防洪法'),
  law('shipin-anquan-fa', '中华人民共和国食品安全法', '食品安全法'),
  law('nongchanpin-zhiliang-anquan-fa', '中华人民共和国农产品质量安全法', '农产品质量安全法'),
  law('dongwu-fangyi-fa', '中华人民共和国动物防疫法', '动物防疫法'),
  law('zhongzi-fa', '中华人民共和国种子法', '种子法'),
  law('daolu-jiaotong-anquan-fa', '中华人民共和国道路交通安全法', '道路交通安全法'),
  law('zhian-guanli-chufa-fa', '中华人民共和国治安管理处罚法', '治安管理处罚法'),
  law('fan-jiating-baoli-fa', '中华人民共和国反家庭暴力法', '反家庭暴力法'),
  law('weichengnianren-baohu-fa', '中华人民共和国未成年人保护法', '未成年人保护法'),
  law('funv-quanyi-baozhang-fa', '中华人民共和国妇女权益保障法', '妇女权益保障法'),
  law('laonianren-quanyi-baozhang-fa', '中华人民共和国老年人权益保障法', '老年人权益保障法'),
  law('laodong-hetong-fa', '中华人民共和国劳动合同法', '劳动合同法'),
  law('bingyi-fa', '中华人民共和国兵役法', '兵役法'),
  law('zhengfu-xinxi-gongkai-tiaoli', '中华人民共和国政府信息公开条例', '政府信息公开条例', '行政法规'),
  law('zhongda-xingzheng-juece-tiaoli', '重大行政决策程序暂行条例', '重大行政决策程序暂行条例', '行政法规'),
  law('youhua-yingshang-huanjing-tiaoli', '优化营商环境条例', '优化营商环境条例', '行政法规'),
  law('tudi-guanli-fa-shishi-tiaoli', '中华人民共和国土地管理法实施条例', '土地管理法实施条例', '行政法规'),
  law('nongmingong-gongzi-tiaoli', '保障农民工工资支付条例', '保障农民工工资支付条例', '行政法规'),
  law('yisong-fanzui-anjian-guiding', '行政执法机关移送涉嫌犯罪案件的规定', '移送涉嫌犯罪案件规定', '行政法规'),
  law('xinfang-gongzuo-tiaoli', '信访工作条例', '信访工作条例', '党内法规'),
  law('heilongjiang-heitudi-tiaoli', '黑龙江省黑土地保护利用条例', '黑土地保护利用条例', '地方性法规'),
  // Named by the county's rule-of-law plan.
  law('heilongjiang-zhifa-jiandu-tiaoli', '黑龙江省行政执法与监督条例', '行政执法与监督条例', '地方性法规'),
];
