package dev.fazhi.core.read;

import java.util.List;

/**
 * The words by which the reader recognises figures, as tables: measure words of counts, units of time
 * that make a number no count, marks of approximate figures, the rates that are a ratio of counts the
 * text states (and the words that name their numerator and denominator), the words of tasks closed, and
 * the qualifiers that make one count a subset of another.
 *
 * <p>A rate not listed in {@link #RATES} is never computed from counts: {@code 按时办结率} is the share of
 * completed items finished on time, {@code 报告率} the share of findings reported, {@code 满意率} an
 * opinion; none is a ratio of the counts beside it.
 */
final class FigurePatterns {

  /**
   * What a rate is.
   */
  enum RateKind {
    /** A share of a count in another count: {@code 查处违法案件166起，处罚率46.2 %} over {@code 任务359项}. */
    RATIO,
    /** The completion of assigned tasks, counting closed ones: {@code 完成…254个（关闭67个），完结率100%}. */
    TASK_COMPLETION
  }

  /**
   * A rate the reader checks against the counts before it.
   *
   * @param word the end of the rate's name, such as {@code 处罚率}
   * @param kind what it is
   * @param numeratorWords words of the clause that states the numerator (for a task completion, the
   *     completed tasks)
   * @param denominatorWords words of the clause that states the denominator (for a task completion, the
   *     tasks assigned); the nearest count before the numerator with one of them is taken, any count
   *     when the list is empty
   * @param example a sentence from which it is read
   */
  record RateEntry(String word, RateKind kind, List<String> numeratorWords,
      List<String> denominatorWords, String example) {}

  /** Measure words of counts, longest first. */
  static final WordTable COUNT_UNITS = WordTable.of(
      "人次", "户次", "家次", "间次", "场次", "批次", "台次", "车次", "件次", "起次", "条次", "所次", "班次",
      "人", "件", "项", "宗", "起", "个", "家", "名", "次", "条", "份", "篇", "场", "期", "户", "间", "批",
      "台", "支", "册", "本", "所", "处", "套", "辆", "张", "部", "类", "种", "例", "位", "座", "单", "封",
      "轮", "组", "门", "栋", "床", "则", "章", "款", "卷", "盒", "块", "幅", "首", "集", "课", "笔", "只", "头",
      "箱", "瓶", "袋", "枚", "把");

  /** Units of time and order after which a number is no count; longest first. */
  static final WordTable NOT_COUNT_UNITS = WordTable.of(
      "个工作日", "个百分点", "个小时", "个月", "周年", "小时", "分钟", "学时", "课时", "年", "月", "日", "号",
      "时", "天", "周", "岁", "秒", "届", "版", "级", "星", "楼", "层", "米", "公里", "平方", "亩", "吨",
      "千克", "公斤", "克", "升", "度", "倍", "分");

  /** Marks before a number that make it approximate: {@code 近300人次}, {@code 约50家}. */
  static final WordTable APPROXIMATE_BEFORE = WordTable.of("将近", "接近", "大约", "超过", "不少于", "不低于",
      "近", "约", "逾");

  /** Marks between a number and its unit that make it approximate: {@code 2000余条}. */
  static final WordTable APPROXIMATE_BETWEEN = WordTable.of("余", "多");

  /** Marks after a unit that make a figure approximate: {@code 10万人以上}, {@code 50人左右}. */
  static final WordTable APPROXIMATE_AFTER = WordTable.of("以上", "左右", "上下", "余", "多");

  /** Digitless approximate quantities, with the lower bound they stand for: {@code 上万册}. */
  static final List<Object[]> APPROXIMATE_WORDS = List.of(
      new Object[] {"上万", 10_000L}, new Object[] {"上千", 1_000L}, new Object[] {"上百", 100L});

  /** Marks that make a stated rate a lower bound. */
  static final WordTable AT_LEAST = WordTable.of("以上", "超过", "不低于", "高于", "逾");
  /** Marks that make a stated rate an upper bound. */
  static final WordTable AT_MOST = WordTable.of("以下", "不超过", "不高于", "低于");

  /** Words between a rate's name and its value: {@code 处罚率达到46%}. */
  static final WordTable RATE_LINKS = WordTable.of("达到了", "达到", "均达", "均为", "为", "达", "是", "：", ":",
      "超过", "不低于", "不超过", "高于", "低于", "不高于", "逾", "均");

  /** Qualifiers of a rate's name that make it no ratio of the counts before it. */
  static final List<String> RATE_EXCLUSIONS = List.of("按时", "按期", "及时", "限时", "满意", "知晓", "报告",
      "覆盖", "知情", "参与");

  /** Words of the clause that states the tasks assigned. */
  static final List<String> ASSIGNED_WORDS = List.of("任务", "抽检", "抽查", "随机", "检查", "计划", "下达",
      "应", "共");

  static final List<RateEntry> RATES = List.of(
      new RateEntry("处罚率", RateKind.RATIO, List.of("查处", "处罚", "立案"),
          List.of("任务", "检查", "抽检", "抽查", "随机", "监管", "单位", "巡查", "对象"),
          "国家级任务359项，查处违法案件166起，处罚率46.2 %"),
      new RateEntry("立案率", RateKind.RATIO, List.of("立案"),
          List.of("任务", "检查", "抽检", "抽查", "随机", "监管", "单位", "巡查", "对象", "线索", "投诉"),
          "检查单位200家，立案50起，立案率25%"),
      new RateEntry("办结率", RateKind.RATIO, List.of("办结"), List.of("受理", "收到", "接到", "申请", "共"),
          "受理申请40件，办结38件，办结率95%"),
      new RateEntry("结案率", RateKind.RATIO, List.of("结案"), List.of("立案", "受理", "案件"),
          "立案120起，结案114起，结案率95%"),
      new RateEntry("胜诉率", RateKind.RATIO, List.of("胜诉"), List.of("诉讼", "案件", "应诉"),
          "行政诉讼案件8件，胜诉6件，胜诉率75%"),
      new RateEntry("出庭应诉率", RateKind.RATIO, List.of("出庭"), List.of("诉讼", "案件", "应诉", "开庭"),
          "开庭审理案件5件，负责人出庭5件，出庭应诉率100%"),
      new RateEntry("出庭率", RateKind.RATIO, List.of("出庭"), List.of("诉讼", "案件", "应诉", "开庭"),
          "开庭审理案件5件，负责人出庭4件，出庭率80%"),
      new RateEntry("纠错率", RateKind.RATIO, List.of("纠错", "纠正", "撤销", "变更"),
          List.of("复议", "案件", "审查", "诉讼"), "审结复议案件20件，纠正2件，纠错率10%"),
      new RateEntry("公示率", RateKind.RATIO, List.of("公示"), List.of(),
          "作出行政处罚50件，公示50件，公示率100%"),
      new RateEntry("公开率", RateKind.RATIO, List.of("公开"), List.of(),
          "制发文件30件，公开27件，公开率90%"),
      new RateEntry("采纳率", RateKind.RATIO, List.of("采纳"), List.of(),
          "提出法律意见25条，采纳24条，采纳率96%"),
      new RateEntry("合格率", RateKind.RATIO, List.of("合格"), List.of("抽检", "检测", "检查", "参加", "参考", "考试",
          "抽查", "评查"), "抽检样品40份，合格38份，合格率95%"),
      new RateEntry("优秀率", RateKind.RATIO, List.of("优秀"), List.of("抽取", "抽查", "评查", "案卷", "参评", "共"),
          "抽查案卷80卷，评定优秀案卷22卷，优秀率27.5%"),
      new RateEntry("成功率", RateKind.RATIO, List.of("成功"), List.of("调解", "受理", "申请", "共"),
          "调解各类矛盾纠纷1867件，调解成功1832件，调解成功率98.1%"),
      new RateEntry("通过率", RateKind.RATIO, List.of("通过"), List.of("审核", "审查", "报送", "参加", "申报", "共"),
          "审查规范性文件20件，审查通过18件，通过率90%"),
      new RateEntry("完结率", RateKind.TASK_COMPLETION, List.of("完成"), ASSIGNED_WORDS,
          "任务1200家，任务完成1100家，关闭100家，任务完结率100%"),
      new RateEntry("完成率", RateKind.TASK_COMPLETION, List.of("完成"), ASSIGNED_WORDS,
          "抽检任务80家，完成76家（关闭4家），完成率100%"));

  /** Words of a clause stating tasks that were closed or exempted, which count towards completion. */
  static final List<String> CLOSED_WORDS = List.of("关闭", "注销", "停业", "歇业", "免检", "无法检查", "不存在",
      "吊销", "搬迁");

  /**
   * Qualifiers that make a count a subset of the count before it with the same name:
   * {@code 行政处罚634宗，行政处罚公示184宗}.
   */
  static final List<String> SUBSET_QUALIFIERS = List.of("公示", "公开", "办结", "结案", "上网", "归档", "录入",
      "上报", "整改");

  /** The last character of each word of {@link #SUBSET_QUALIFIERS}, in its order. */
  static final char[] SUBSET_QUALIFIER_LASTS = lasts(SUBSET_QUALIFIERS);

  private static char[] lasts(List<String> words) {
    char[] out = new char[words.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = words.get(k).charAt(words.get(k).length() - 1);
    }
    return out;
  }

  /** {@link #SUBSET_QUALIFIERS} indexed by first character, for the test made at every count. */
  static final WordTable SUBSET_QUALIFIER_TABLE = WordTable.of(SUBSET_QUALIFIERS);

  /**
   * Verbs that make a count a subset of the count right before it in the same unit:
   * {@code 收到意见建议37条，采纳29条}; {@code 启动赔偿案件11件，完成赔偿磋商9件}.
   */
  static final List<String> SUBSET_VERBS = List.of("采纳", "采用", "完成");
  /** {@link #SUBSET_VERBS} indexed by first character, to look for them all in one pass. */
  static final WordTable SUBSET_VERB_TABLE = WordTable.of(SUBSET_VERBS);

  /** Words that open a breakdown or a subset after a total. */
  static final List<String> OF_WHICH = List.of("其中");

  /** Prepositions that may stand before 其中: {@code 审核文件43件，对其中5件提出修改意见}. */
  static final WordTable OF_WHICH_PREFIXES = WordTable.of("对", "在", "从", "将", "为", "向", "给");

  /** Words at the start of a subject that say nothing of what is counted. */
  static final WordTable SUBJECT_FILLERS_BEFORE = WordTable.of("共计", "累计", "合计", "总计", "其中", "共有", "全年",
      "共", "已", "另", "并", "均", "和", "及");
  /** Words at the end of a subject that say nothing of what is counted. */
  static final WordTable SUBJECT_FILLERS_AFTER = WordTable.of("共计", "累计", "合计", "总计", "达到", "分别为",
      "分别", "共", "达", "为", "计", "约", "近", "逾", "超过", "均", "将近", "接近", "大约", "不少于", "不低于");

  private FigurePatterns() {}

  /**
   * The rate entry for a rate's name.
   *
   * @param name the name, such as {@code 任务完结率}
   * @return the entry, or null when the rate is not one to check
   */
  static RateEntry rate(String name) {
    return holdsExclusion(name) ? null : tableRate(name);
  }

  /**
   * {@link #rate(String)} for a name already known to hold no word of {@link #RATE_EXCLUSIONS}: the
   * entry whose word ends the name, or null.
   */
  static RateEntry tableRate(String name) {
    int n = name.length();
    char penultimate = n >= 2 ? name.charAt(n - 2) : 0;
    for (int k = 0; k < RATES.size(); k++) {
      // a word of two or more characters can end the name only if its last but one character does
      if ((RATE_PENULTIMATES[k] == penultimate || RATE_PENULTIMATES[k] == 0) && name.endsWith(RATES.get(k).word())) {
        return RATES.get(k);
      }
    }
    return null;
  }

  /**
   * The last but one character of each rate word, in the order of {@link #RATES}; 0 for a word of one
   * character, which is always tried.
   */
  private static final char[] RATE_PENULTIMATES = penultimates();

  private static char[] penultimates() {
    char[] out = new char[RATES.size()];
    for (int k = 0; k < out.length; k++) {
      String w = RATES.get(k).word();
      out[k] = w.length() >= 2 ? w.charAt(w.length() - 2) : 0;
    }
    return out;
  }

  /** Bit {@code c & 63} set for the first character {@code c} of each word of {@link #RATE_EXCLUSIONS}. */
  private static final long EXCLUSION_FIRSTS = firsts(RATE_EXCLUSIONS);

  private static long firsts(List<String> words) {
    long bits = 0;
    for (String w : words) {
      bits |= 1L << (w.charAt(0) & 63);
    }
    return bits;
  }

  /**
   * Whether a name holds a word of {@link #RATE_EXCLUSIONS}: what trying {@code contains} with each
   * word answers, in one pass over the name that tries the words only where their first character stands.
   */
  static boolean holdsExclusion(String name) {
    int n = name.length();
    for (int k = 0; k < n; k++) {
      char c = name.charAt(k);
      if ((EXCLUSION_FIRSTS >>> (c & 63) & 1) == 0) {
        continue; // no exclusion starts with a character of these low six bits: most characters
      }
      for (int e = 0; e < RATE_EXCLUSIONS.size(); e++) {
        String word = RATE_EXCLUSIONS.get(e);
        if (word.charAt(0) == c && name.startsWith(word, k)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean containsAny(String text, List<String> words) {
    for (int w = 0; w < words.size(); w++) { // no iterator: C1 would allocate one per call
      if (text.contains(words.get(w))) {
        return true;
      }
    }
    return false;
  }

  /** The longest of the words that starts at a position, or null; of two as long, the one listed first. */
  static String startingWith(String text, int at, WordTable words) {
    return words.longestAt(text, at);
  }

  /** The longest of the words that ends at a position, or null; of two as long, the one listed first. */
  static String endingWith(String text, int end, WordTable words) {
    return words.longestEndingAt(text, end);
  }
}
