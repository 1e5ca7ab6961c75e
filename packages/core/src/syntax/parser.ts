import { CstParser, type CstNode, type IOrAlt, type IRecognitionException } from "chevrotain";
import * as T from "./tokens.js";

/*
 * The block grammar of a minutes document, over one token per construct (see tokens.ts). It
 * is total over token sequences: every sequence parses, because a stray construct (an `end`
 * that closes nothing, prose before the first item) is itself an alternative, which the model
 * builder reports with a message a secretary understands. Chevrotain's own recovery stays on
 * for anything the grammar did not foresee. The grammar holds no semantic actions (only the
 * depth of nested passages is counted): meaning lives in model/build-document.ts and
 * model/build-blocks.ts.
 */
/** The deepest a passage may be nested in passages (no minutes nest more than two or three). */
export const MAX_PASSAGE_DEPTH = 64;

export class MinutesParser extends CstParser {
  constructor() {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 1, nodeLocationTracking: "onlyOffset" });
    this.performSelfAnalysis();
  }

  /*
   * The alternatives of each OR are built once and kept: written inline, every repetition
   * would allocate a fresh array of alternatives and closures (most of what parsing a
   * document allocated). The closures only call this parser, so sharing them is safe.
   */
  private blockAlts?: IOrAlt<unknown>[];
  private documentAlts?: IOrAlt<unknown>[];
  private attendeeAlts?: IOrAlt<unknown>[];
  private itemAlts?: IOrAlt<unknown>[];

  /** The constructs an item (or a summary, or a confidential passage) holds. */
  private blocks(): IOrAlt<unknown>[] {
    return (this.blockAlts ??= [
      { ALT: () => this.CONSUME(T.Text) },
      { ALT: () => this.CONSUME(T.BulletBlock) },
      { ALT: () => this.CONSUME(T.ActionBlock) },
      { ALT: () => this.CONSUME(T.UpdateBlock) },
      { ALT: () => this.CONSUME(T.HeadingLine) },
      { ALT: () => this.CONSUME(T.StatusLine) },
      // No GATE here: an OR with one takes Chevrotain's slow path at every construct (the
      // predicates gathered into a new array, the alternatives tried in turn), where an OR
      // without one looks its alternative up by the next token. The passages keep their depth.
      { ALT: () => this.SUBRULE(this.summary) },
      { ALT: () => this.SUBRULE(this.confidential) },
    ]);
  }

  /**
   * How deep the passage being parsed is nested. Each level costs stack in the parser, the
   * model builder and every walk; past `MAX_PASSAGE_DEPTH` a passage's opener opens nothing and
   * is a line of the passage around it, so that thousands of nested openers cannot exhaust the
   * stack. (Its text stays inside that passage; the `end` lines left over are reported, and
   * stop a public export.)
   */
  private depth = 0;

  override reset(): void {
    super.reset();
    this.depth = 0;
  }

  document = this.RULE("document", () => {
    this.MANY(() => {
      this.OR(
        (this.documentAlts ??= [
          { ALT: () => this.CONSUME(T.FieldLine) },
          { ALT: () => this.SUBRULE(this.attendees) },
          { ALT: () => this.SUBRULE(this.item) },
          { ALT: () => this.CONSUME(T.CategoryLine) },
          { ALT: () => this.CONSUME(T.GroupLine) },
          { ALT: () => this.CONSUME(T.ApologiesLine) },
          { ALT: () => this.CONSUME(T.EndLine) },
          ...this.blocks(),
        ]),
      );
    });
  });

  attendees = this.RULE("attendees", () => {
    this.CONSUME(T.AttendeesLine);
    this.MANY(() => {
      this.OR(
        (this.attendeeAlts ??= [
          { ALT: () => this.CONSUME1(T.CategoryLine) },
          { ALT: () => this.CONSUME1(T.GroupLine) },
          { ALT: () => this.CONSUME1(T.ApologiesLine) },
          { ALT: () => this.CONSUME1(T.Text) },
        ]),
      );
    });
  });

  item = this.RULE("item", () => {
    this.CONSUME(T.ItemLine);
    this.MANY(() => this.OR((this.itemAlts ??= [...this.blocks(), { ALT: () => this.CONSUME1(T.EndLine) }])));
  });

  /*
   * A passage: its opener, its constructs and its `end`. Nested deeper than `MAX_PASSAGE_DEPTH`,
   * the opener opens nothing: the passage holds the opener alone, what follows belongs to the
   * passage around it, and the model builder reports the opener (build-blocks.ts).
   */
  summary = this.RULE("summary", () => {
    this.CONSUME(T.SummaryLine);
    this.passageBody();
  });

  confidential = this.RULE("confidential", () => {
    this.CONSUME(T.ConfidentialLine);
    this.passageBody();
  });

  private passageBody(): void {
    this.ACTION(() => this.depth++);
    this.MANY({ GATE: () => this.depth <= MAX_PASSAGE_DEPTH, DEF: () => this.OR(this.blocks()) });
    this.OPTION({ GATE: () => this.depth <= MAX_PASSAGE_DEPTH, DEF: () => this.CONSUME1(T.EndLine) });
    this.ACTION(() => this.depth--);
  }
}

export type { CstNode, IRecognitionException };
