package dev.fazhi.documents.word;

import dev.fazhi.documents.Deadline;
import dev.fazhi.documents.DocumentException;
import dev.fazhi.documents.DocumentLine;
import dev.fazhi.documents.HiddenText;
import dev.fazhi.documents.ImmutableDocumentLine;
import dev.fazhi.documents.ImmutableResidue;
import dev.fazhi.documents.LabelSource;
import dev.fazhi.documents.Origin;
import dev.fazhi.documents.TrackedChange;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks a Word file's body in reading order and lays out its lines: paragraphs, tables cell by cell, row
 * by row, block and inline content controls, and text boxes once (after the paragraph that anchors
 * them; of {@code mc:AlternateContent} only the first choice is read, never its fallback copy). Headers,
 * footers, footnotes and the table of contents (paragraphs in a table-of-contents style, in a content
 * control of the table-of-contents gallery, or in a {@code TOC} field's result) are not body.
 *
 * <p>The text is the text as published, as Word shows it in its default view once the document is
 * opened (Simple Markup, which shows the document as if the changes were accepted): insertions and
 * moved-to text are kept, deletions and moved-from text are left out, and hidden text ({@code w:vanish}),
 * which a printed copy does not show, is left out. Of a field only the result is read, never its code
 * ({@code PAGE}, {@code HYPERLINK "…"}). Each paragraph's automatic label, rendered by
 * {@link WordNumbering}, stands in front of its text. What was left out is kept as residue.
 *
 * <p>The page of a line is the page Word laid it out on when the file was last saved: Word records
 * each page break it rendered ({@code w:lastRenderedPageBreak}); explicit page breaks count too. A file
 * that records no layout (no rendered breaks and no page count in its properties) has no pages.
 */
final class WordBody {

  /** A label typed by hand at the start of a paragraph: 一、 （一） (一) 1. 1、 １． （1） ① 第一章 第一条. */
  static final Pattern TYPED_LABEL = Pattern.compile(
      "^[\\s\\u3000\\u00A0]*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[)）]|[0-9０-９]+[.．、](?![0-9０-９])"
          + "|[（(][0-9０-９]+[)）]|[\\u2460-\\u2473]|第[一二三四五六七八九十百0-9]+[章节条部分])");

  private final WordStyles styles;
  private final WordNumbering numbering;
  private final Deadline deadline;
  private final int maxDepth;
  private final int maxChars;
  private final String source;
  private final boolean paged;

  private final List<DocumentLine> lines = new ArrayList<>();
  private final ImmutableResidue.Builder residue;
  private int chars;
  private int page = 1;
  private int breaks;
  /** Open complex fields: per field, whether its code is over (result) and whether it is a TOC. */
  private final Deque<Field> fields = new ArrayDeque<>();

  private static final class Field {
    final StringBuilder code = new StringBuilder();
    boolean result;
    boolean toc;
  }

  WordBody(WordStyles styles, WordNumbering numbering, Deadline deadline, int maxDepth, int maxChars,
      String source, boolean paged, ImmutableResidue.Builder residue) {
    this.styles = styles;
    this.numbering = numbering;
    this.deadline = deadline;
    this.maxDepth = maxDepth;
    this.maxChars = maxChars;
    this.source = source;
    this.paged = paged;
    this.residue = residue;
  }

  List<DocumentLine> lines() {
    return lines;
  }

  int breaks() {
    return breaks;
  }

  int lastPage() {
    return page;
  }

  /** Walks a block container: the body, a cell, a content control's content, a text box. */
  void blocks(Element container, String prefix, int depth) {
    blocks(container, prefix, depth, new int[2]);
  }

  /**
   * Walks a block container, counting paragraphs and tables in {@code count} (shared with the content
   * controls inside, which are no level of their own in a person's view of the document).
   */
  private void blocks(Element container, String prefix, int depth, int[] count) {
    if (depth > maxDepth) {
      throw DocumentException.of(DocumentException.Kind.LIMIT, source, 0, null, "word.tablesTooDeep", maxDepth);
    }
    for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e) || !Xml.W.equals(e.getNamespaceURI())) {
        continue;
      }
      deadline.check(0);
      switch (e.getLocalName()) {
        case "p" -> paragraph(e, prefix + "paragraph " + (++count[0]), depth);
        case "tbl" -> table(e, prefix + "table " + (++count[1]), depth + 1);
        case "sdt" -> {
          Element content = Xml.child(e, "sdtContent");
          if (content == null) {
            break;
          }
          if (isTocControl(e)) {
            count[0] += Xml.children(content, "p").size(); // counted, not read
          } else {
            blocks(content, prefix, depth + 1, count);
          }
        }
        case "customXml", "ins", "moveTo" -> blocks(e, prefix, depth + 1, count);
        default -> { }
      }
    }
  }

  private static boolean isTocControl(Element sdt) {
    Element pr = Xml.child(sdt, "sdtPr");
    Element gallery = Xml.child(pr, "docPartObj");
    String g = Xml.val(gallery, "docPartGallery");
    return g != null && g.toLowerCase(Locale.ROOT).contains("table of contents");
  }

  private void table(Element tbl, String path, int depth) {
    int rows = 0;
    for (Element tr : Xml.children(tbl, "tr")) {
      rows++;
      int cells = 0;
      for (Element tc : Xml.children(tr, "tc")) {
        cells++;
        blocks(tc, path + " / row " + rows + " / cell " + cells + " / ", depth + 1);
      }
    }
  }

  /** The text of one paragraph as it is walked. */
  private final class Run {
    final StringBuilder text = new StringBuilder();
    final StringBuilder hidden = new StringBuilder();
    final List<Element> textBoxes = new ArrayList<>();
    boolean tocField;
    /** Page breaks before the paragraph's first character: it starts on a later page. */
    int breaksBeforeText;
  }

  private void paragraph(Element p, String path, int depth) {
    Element pPr = Xml.child(p, "pPr");
    String styleId = Xml.val(pPr, "pStyle");
    Origin origin = paged ? Origin.builder().path(path).page(page).build() : Origin.builder().path(path).build();
    if (pPr != null && Xml.child(pPr, "pPrChange") != null) {
      change(TrackedChange.Kind.FORMATTING, Xml.child(pPr, "pPrChange"), "", origin);
    }
    Run run = new Run();
    run.tocField = inTocField();
    inline(p, run, false, false, origin, depth);
    boolean toc = styles.isToc(styleId) || run.tocField || inTocField();
    if (run.hidden.length() > 0) {
      residue.addHiddenText(HiddenText.of(run.hidden.toString(), origin));
    }
    // numbering: the paragraph's own, else its style chain's
    Element numPr = Xml.child(pPr, "numPr");
    WordNumbering.Label label = null;
    if (!toc) {
      int numId;
      int ilvl;
      if (numPr != null && Xml.child(numPr, "numId") != null) {
        numId = Xml.intVal(numPr, "numId", 0);
        ilvl = Xml.intVal(numPr, "ilvl", 0);
      } else {
        WordStyles.NumRef ref = styles.numbering(styleId);
        numId = ref == null ? 0 : ref.numId();
        ilvl = ref == null ? -1 : (numPr != null ? Xml.intVal(numPr, "ilvl", ref.ilvl()) : ref.ilvl());
      }
      label = numbering.next(numId, ilvl, styleId);
    }
    String text = run.text.toString();
    if (paged && run.breaksBeforeText > 0) {
      origin = Origin.builder().from(origin).page(origin.getPage().getAsInt() + run.breaksBeforeText).build();
    }
    if (!toc && !text.isBlank()) {
      emit(p, pPr, styleId, label, text, origin);
    }
    for (Element box : run.textBoxes) {
      blocks(box, path + " / text box / ", depth + 1);
    }
  }

  private boolean inTocField() {
    for (Field f : fields) {
      if (f.toc && f.result) {
        return true;
      }
    }
    return false;
  }

  private void emit(Element p, Element pPr, String styleId, WordNumbering.Label label, String text,
      Origin origin) {
    String shown = label == null ? "" : label.text();
    boolean typed = TYPED_LABEL.matcher(text).lookingAt();
    LabelSource source;
    if (!shown.isEmpty()) {
      source = typed ? LabelSource.BOTH : LabelSource.AUTOMATIC;
    } else {
      source = typed ? LabelSource.TYPED : LabelSource.NONE;
    }
    String joined = shown.isEmpty() ? text : shown + separator(shown, label.level().suffix()) + text;
    int level = Xml.intVal(pPr, "outlineLvl", -1);
    int headingLevel = level >= 0 ? (level < 9 ? level + 1 : -1) : styles.headingLevel(styleId);
    String[] parts = joined.replace('\r', '\n').split("\n", -1);
    boolean first = true;
    for (String part : parts) {
      if (part.isBlank() && !first) {
        continue;
      }
      chars += part.length() + 1;
      if (chars > maxChars) {
        throw DocumentException.of(DocumentException.Kind.LIMIT, this.source, 0, null, "word.textTooLong",
            maxChars);
      }
      ImmutableDocumentLine.Builder line = DocumentLine.builder().text(part).origin(origin);
      if (first) {
        if (headingLevel > 0) {
          line.headingLevel(headingLevel);
        }
        if (!shown.isEmpty()) {
          line.numberingLabel(shown);
        }
        line.labelSource(source);
      }
      lines.add(line.build());
      first = false;
    }
  }

  /**
   * What stands between a label and the text. Word puts a tab (by default), a space or nothing; a tab
   * is shown as one space, and after a label that ends in punctuation ({@code 一、}, {@code （一）},
   * {@code 1.}) nothing, as a person copying the text would type it.
   */
  private static String separator(String label, String suffix) {
    if ("nothing".equals(suffix)) {
      return "";
    }
    char last = label.charAt(label.length() - 1);
    return Character.isLetterOrDigit(last) ? " " : "";
  }

  /** Walks a paragraph's inline content. */
  private void inline(Element parent, Run run, boolean deleted, boolean hidden, Origin origin, int depth) {
    if (depth > maxDepth) {
      throw DocumentException.of(DocumentException.Kind.LIMIT, source, 0, null, "word.contentTooDeep", maxDepth);
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        node(e, run, deleted, hidden, origin, depth);
      }
    }
  }

  /** One inline element. */
  private void node(Element e, Run run, boolean deleted, boolean hidden, Origin origin, int depth) {
    String ns = e.getNamespaceURI();
    String name = e.getLocalName();
    {
      if (Xml.MC.equals(ns)) {
        if (name.equals("AlternateContent")) {
          // the first choice only: the fallback is a copy of the same content for older readers
          for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element ce && "Choice".equals(ce.getLocalName())) {
              inline(ce, run, deleted, hidden, origin, depth + 1);
              break;
            }
          }
        }
        return;
      }
      if (!Xml.W.equals(ns)) {
        // drawing markup (wp:, a:, wps:, v:): descend to find text boxes
        inline(e, run, deleted, hidden, origin, depth + 1);
        return;
      }
      switch (name) {
        case "r" -> runElement(e, run, deleted, hidden, origin, depth);
        case "ins", "moveTo" -> {
          int before = run.text.length();
          inline(e, run, deleted, hidden, origin, depth + 1);
          String added = run.text.substring(Math.min(before, run.text.length()));
          change(name.equals("ins") ? TrackedChange.Kind.INSERTION : TrackedChange.Kind.MOVE, e, added, origin);
        }
        case "del", "moveFrom" -> {
          Run removed = new Run();
          inline(e, removed, true, hidden, origin, depth + 1);
          change(name.equals("del") ? TrackedChange.Kind.DELETION : TrackedChange.Kind.MOVE, e,
              removed.text.toString(), origin);
        }
        case "hyperlink", "smartTag", "customXml", "fldSimple", "bdo", "dir", "sdtContent" ->
            inline(e, run, deleted, hidden, origin, depth + 1);
        case "sdt" -> {
          Element content = Xml.child(e, "sdtContent");
          if (content != null) {
            inline(content, run, deleted, hidden, origin, depth + 1);
          }
        }
        case "txbxContent" -> run.textBoxes.add(e);
        case "drawing", "pict", "object" -> inline(e, run, deleted, hidden, origin, depth + 1);
        default -> { }
      }
    }
  }

  private void runElement(Element r, Run run, boolean deleted, boolean hiddenAbove, Origin origin, int depth) {
    Element rPr = Xml.child(r, "rPr");
    boolean hidden = hiddenAbove || Xml.on(rPr, "vanish") || Xml.on(rPr, "specVanish");
    if (rPr != null && Xml.child(rPr, "rPrChange") != null) {
      change(TrackedChange.Kind.FORMATTING, Xml.child(rPr, "rPrChange"), "", origin);
    }
    for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)) {
        continue;
      }
      if (!Xml.W.equals(e.getNamespaceURI())) {
        node(e, run, deleted, hidden, origin, depth + 1);
        continue;
      }
      switch (e.getLocalName()) {
        case "t", "delText" -> text(run, e.getTextContent(), deleted, hidden);
        case "instrText" -> {
          Field f = fields.peek();
          if (f != null && !f.result) {
            f.code.append(e.getTextContent());
          }
        }
        case "fldChar" -> fieldChar(Xml.attr(e, "fldCharType"));
        case "tab", "ptab" -> text(run, " ", deleted, hidden);
        case "br", "cr" -> {
          if ("page".equals(Xml.attr(e, "type"))) {
            pageBreak(run);
          } else {
            text(run, "\n", deleted, hidden);
          }
        }
        case "noBreakHyphen" -> text(run, "-", deleted, hidden);
        case "lastRenderedPageBreak" -> pageBreak(run);
        case "pict", "object" -> inline(e, run, deleted, hidden, origin, depth + 1);
        case "drawing" -> inline(e, run, deleted, hidden, origin, depth + 1);
        default -> { }
      }
    }
  }

  private void pageBreak(Run run) {
    page++;
    breaks++;
    if (run.text.length() == 0) {
      run.breaksBeforeText++;
    }
  }

  private void fieldChar(String type) {
    if ("begin".equals(type)) {
      fields.push(new Field());
    } else if ("separate".equals(type)) {
      Field f = fields.peek();
      if (f != null) {
        f.result = true;
        f.toc = f.code.toString().strip().toUpperCase(Locale.ROOT).startsWith("TOC");
      }
    } else if ("end".equals(type) && !fields.isEmpty()) {
      fields.pop();
    }
  }

  private void text(Run run, String s, boolean deleted, boolean hidden) {
    for (Field f : fields) {
      if (!f.result) {
        return; // a field's code, never shown
      }
    }
    if (deleted) {
      run.text.append(s);
      return;
    }
    if (hidden) {
      run.hidden.append(s);
      return;
    }
    run.text.append(s);
  }

  private void change(TrackedChange.Kind kind, Element e, String text, Origin origin) {
    var b = TrackedChange.builder().kind(kind).text(text).origin(origin);
    String author = Xml.attr(e, "author");
    if (author != null && !author.isEmpty()) {
      b.author(author);
    }
    date(Xml.attr(e, "date")).ifPresent(b::date);
    residue.addTrackedChanges(b.build());
  }

  static java.util.Optional<OffsetDateTime> date(String s) {
    if (s == null || s.isEmpty()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(OffsetDateTime.parse(s));
    } catch (DateTimeParseException e) {
      try {
        return java.util.Optional.of(java.time.LocalDateTime.parse(s).atOffset(java.time.ZoneOffset.UTC));
      } catch (DateTimeParseException e2) {
        return java.util.Optional.empty();
      }
    }
  }
}
