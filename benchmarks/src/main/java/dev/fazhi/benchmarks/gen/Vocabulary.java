package dev.fazhi.benchmarks.gen;

import java.util.List;

/**
 * The invented phrases generated reports are made of. Nothing here is quoted from a real report: the
 * tables are written for the project so that texts read like the genre without copying any of it.
 */
final class Vocabulary {

  private Vocabulary() {}

  static final List<String> REGION_STEMS = List.of(
      "青禾", "云溪", "石岭", "柳川", "南湖", "北塘", "东岚", "西峪", "松阳", "桂屏", "梅岗", "枫林",
      "白沙", "金川", "玉泉", "龙渡", "安平", "永和", "临江", "清源", "望山", "鹤庆", "兰亭", "凤栖");

  /** Region suffix: 县 and 区 are county level, 市 here a prefecture-level city. */
  static final List<String> REGION_SUFFIXES = List.of("县", "区", "市");

  static final List<String> ORGANS = List.of(
      "卫生健康局", "司法局", "市场监督管理局", "生态环境局", "交通运输局", "人力资源和社会保障局",
      "应急管理局", "自然资源局", "住房和城乡建设局", "农业农村局", "教育局", "文化广电旅游体育局",
      "水利局", "民政局", "城市管理综合执法局", "人民政府");

  static final List<String> TITLE_FORMS = List.of(
      "{issuer}{year}年法治政府建设年度报告",
      "{issuer}关于{year}年法治政府建设工作情况的报告",
      "{issuer}{year}年度法治政府建设情况报告",
      "{year}年{issuer}法治政府建设工作报告",
      "{issuer}关于{year}年度推进法治政府建设情况的报告");

  static final List<String> OPENINGS = List.of(
      "{year}年，我{short}在{upper}的坚强领导下，紧扣年度法治建设任务，把依法行政贯穿于各项工作全过程",
      "{year}年以来，我{short}坚持以法治思维谋划工作、以法治方式推动落实，法治政府建设取得新的进展",
      "过去一年，我{short}围绕中心、服务大局，将法治建设与业务工作同部署、同推进、同考核",
      "{year}年，我{short}按照{upper}关于法治政府建设的总体部署，扎实推进各项任务落地见效");

  static final List<String> REPORT_LEADS = List.of(
      "现将{year}年度法治政府建设情况报告如下：",
      "现将有关情况报告如下：",
      "现将{year}年推进法治政府建设工作情况汇报如下：");

  static final List<String> MEASURES_HEADINGS = List.of(
      "{year}年推进法治政府建设的主要举措和成效", "{year}年法治建设工作情况", "主要工作开展情况",
      "{year}年度法治政府建设主要工作及成效", "工作完成情况", "主要举措和取得的成效");

  static final List<String> SHORTCOMINGS_HEADINGS = List.of(
      "存在的不足和原因", "存在的问题及原因分析", "存在的问题和困难",
      "{year}年推进法治政府建设存在的不足和原因", "工作中存在的不足");

  static final List<String> PRINCIPAL_HEADINGS = List.of(
      "{year}年党政主要负责人履行推进法治建设第一责任人职责情况",
      "党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
      "主要负责人履行法治建设第一责任人职责情况");

  static final List<String> PLAN_HEADINGS = List.of(
      "{next}年推进法治政府建设的主要安排", "{next}年工作打算", "下一步工作思路", "下一步工作计划",
      "{next}年度主要工作打算");

  static final List<String> OTHER_HEADINGS = List.of(
      "其他需要说明的情况", "其他需要报告的事项", "其他有关情况");

  static final List<String> THEMES = List.of(
      "强化组织领导，压实法治建设责任", "健全制度体系，夯实依法行政基础", "规范权力运行，提升决策质量",
      "严格规范执法，提高执法效能", "深化放管服改革，优化营商环境", "加强执法监督，规范行政行为",
      "畅通救济渠道，依法化解矛盾纠纷", "推进政务公开，保障群众知情权", "抓实普法宣传，营造良好氛围",
      "加强队伍建设，提升法治素养", "推进信用监管，构建长效机制", "强化科技支撑，推进智慧执法",
      "完善应急法治，保障公共安全", "规范合同管理，防范法律风险", "加强审查把关，维护法制统一",
      "聚焦民生关切，提升服务水平", "深化综合执法，理顺职责关系", "坚持包容审慎，创新监管方式",
      "落实公平竞争审查，维护市场秩序", "强化行政复议，发挥监督作用");

  static final List<String> PRINCIPAL_SUBHEADINGS = List.of(
      "全面落实法治建设第一责任人制度", "压实主要负责人法治建设第一责任", "主要负责人带头履行法治建设职责");

  static final List<String> LEADS = List.of(
      "坚持把法治建设摆在全局工作的突出位置", "以提升依法行政能力为抓手", "围绕年度法治建设重点任务",
      "聚焦群众反映强烈的突出问题", "按照上级部门的统一部署", "立足职能定位", "坚持问题导向和目标导向",
      "对照年度考核指标", "结合行业监管实际", "着眼于基层执法的薄弱环节", "以规范执法行为为重点",
      "紧扣优化营商环境的要求", "坚持执法与服务并重", "把制度建设作为基础性工作", "注重源头治理");

  static final List<String> ACTIONS = List.of(
      "修订完善{doc}", "组织开展{activity}", "建立健全{mechanism}", "持续深化{reform}", "认真落实{doc}",
      "制定出台{doc}", "统筹推进{reform}", "常态化开展{activity}", "进一步完善{mechanism}",
      "全面梳理{list}", "动态调整{list}", "严格执行{mechanism}", "扎实推进{reform}");

  static final List<String> DOCS = List.of(
      "《行政执法公示办法》", "《重大行政决策程序规定》实施细则", "《法律顾问工作规则》",
      "《规范性文件管理办法》", "《行政执法过错责任追究办法》", "《合同审查工作指引》",
      "《执法全过程记录实施办法》", "《行政裁量权基准》", "《学法用法制度》", "《信用分级分类监管办法》");

  static final List<String> ACTIVITIES = List.of(
      "执法案卷评查", "法治专题培训", "旁听庭审活动", "执法人员轮训", "普法进社区活动", "专项执法检查",
      "宪法宣传周活动", "行政执法社会评议", "以案释法活动", "执法资格考试", "法律知识竞赛",
      "法治文化主题活动");

  static final List<String> MECHANISMS = List.of(
      "重大执法决定法制审核机制", "执法全过程记录制度", "行政执法与刑事司法衔接机制",
      "矛盾纠纷多元化解机制", "投诉举报快速处置机制", "行政复议应诉工作机制", "执法协作联动机制",
      "容错纠错机制", "公平竞争审查制度", "执法监督常态化机制");

  static final List<String> REFORMS = List.of(
      "综合行政执法改革", "证明事项告知承诺制", "放管服改革", "审批服务标准化建设",
      "跨部门联合监管", "非现场监管试点", "信用承诺制改革", "一件事一次办改革");

  static final List<String> LISTS = List.of(
      "权责清单", "行政许可事项清单", "随机抽查事项清单", "执法主体清单", "免罚轻罚事项清单",
      "证明事项清单");

  static final List<String> RESULTS = List.of(
      "执法行为更加规范", "群众满意度稳步提升", "依法决策水平明显提高", "执法透明度不断增强",
      "办事效率显著提高", "制度执行力进一步增强", "干部法治意识普遍提升", "矛盾纠纷得到及时化解",
      "市场主体获得感明显增强", "监管效能持续提升", "基层执法能力得到加强", "法治氛围日益浓厚");

  static final List<String> CONNECTIVES = List.of(
      "同时", "此外", "在此基础上", "与此同时", "另一方面", "为确保工作落实");

  static final List<String> PRINCIPAL_SENTENCES = List.of(
      "主要负责人切实履行推进法治建设第一责任人职责，对重要工作亲自部署、对重大问题亲自过问",
      "局党组书记、局长带头尊法学法守法用法，全年主持召开专题会议研究法治工作{n}次",
      "主要负责人将履行法治建设职责情况纳入年终述职内容，接受干部群众评议",
      "党政主要负责人带头参加旁听庭审和法治专题讲座，示范带动领导班子成员依法履职",
      "主要负责人对法治建设重要任务逐项明确分管领导和责任科室，定期听取工作汇报");

  static final List<String> PROBLEMS = List.of(
      "部分执法人员运用法治思维解决问题的能力还不够强", "执法力量与监管任务不相匹配",
      "普法宣传的针对性和实效性有待提升", "执法信息化水平与工作需要仍有差距",
      "个别规范性文件清理不够及时", "基层执法装备保障相对薄弱", "行政复议应诉能力还需加强",
      "新兴业态的监管手段较为单一");

  static final List<String> CAUSES = List.of(
      "主要原因是执法人员流动较大，培训覆盖不够全面", "原因在于专业法律人才引进渠道有限",
      "由于经费保障不足，信息化建设推进较慢", "主要是对新法新规的学习研究还不够深入",
      "究其原因，一方面是监管对象数量增长较快，另一方面是执法力量补充不及时");

  static final List<String> PLANS = List.of(
      "持续加强执法规范化建设，严格落实行政执法三项制度", "深化法治宣传教育，推动普法责任制落地见效",
      "加强执法队伍建设，常态化开展执法人员培训", "完善重大行政决策程序，提升科学民主依法决策水平",
      "推进智慧执法平台建设，提升非现场监管能力", "强化执法监督，定期开展案卷评查和执法检查",
      "健全矛盾纠纷化解机制，依法维护群众合法权益", "做好规范性文件备案审查和定期清理工作");

  static final List<String> OTHER_SENTENCES = List.of(
      "本年度未发生因违法行政被追究责任的情况", "本年度无需要特别说明的其他事项",
      "上一年度督察反馈问题已全部整改到位");

  // --- figures ---------------------------------------------------------------------------------

  /** Task completion: subject, how closed tasks are named. */
  static final List<String[]> TASKS = List.of(
      new String[] {"双随机抽查任务", "因停业关闭"}, new String[] {"年度监督抽检任务", "免检"},
      new String[] {"国家随机监督抽查任务", "因注销无法检查"}, new String[] {"专项检查任务", "依法核销"},
      new String[] {"案卷评查任务", "移交上级"});

  /** Rate: denominator phrase, unit, numerator phrase, rate name. */
  static final List<String[]> RATES = List.of(
      new String[] {"受理行政复议申请", "件", "依法纠正", "纠错率"},
      new String[] {"办理行政应诉案件", "件", "胜诉", "胜诉率"},
      new String[] {"评查行政执法案卷", "卷", "评为优秀", "优秀率"},
      new String[] {"组织执法人员参加法律知识考试", "人", "考试合格", "合格率"},
      new String[] {"审查各类合同", "份", "提出修改意见", "修改率"},
      new String[] {"检查重点单位", "家", "发现问题", "问题发现率"});

  /** Breakdown: subject, unit, part names. */
  static final List<String[]> BREAKDOWNS = List.of(
      new String[] {"政府信息公开申请", "件", "当面申请", "网络申请", "信函申请"},
      new String[] {"投诉举报", "件", "电话投诉", "网络平台", "来信来访"},
      new String[] {"行政许可事项", "项", "新办", "延续", "变更", "注销"},
      new String[] {"行政处罚案件", "起", "简易程序", "普通程序"},
      new String[] {"法治培训", "场", "专题讲座", "网络培训", "以会代训"});

  /** Subset: whole phrase, unit, subset phrase. */
  static final List<String[]> SUBSETS = List.of(
      new String[] {"作出行政处罚决定", "宗", "在信用信息平台公示"},
      new String[] {"办理行政许可", "件", "全程网上办理"},
      new String[] {"编印法治宣传材料", "种", "获评优秀作品"},
      new String[] {"审查规范性文件", "件", "报送备案"});

  /** Count: phrase, unit. */
  static final List<String[]> COUNTS = List.of(
      new String[] {"出动执法人员", "人次"}, new String[] {"开展法治讲座", "场次"},
      new String[] {"检查经营单位", "家"}, new String[] {"受理咨询", "件"},
      new String[] {"发放宣传资料", "份"}, new String[] {"培训执法人员", "人次"},
      new String[] {"查处违法案件", "起"}, new String[] {"办理法律援助案件", "件"});

  /** Amount: phrase. */
  static final List<String> AMOUNTS = List.of("罚没款", "收缴罚款", "落实法治建设经费", "发放补助资金");

  /** Figures that must not be checked as ratios: the on-time share of what was completed. */
  static final List<String> ON_TIME = List.of("按时办结率", "及时处置率", "回访率");

  static final List<String> DOC_PREFIXES = List.of("政发", "办字", "法字", "卫发", "司发");
}
