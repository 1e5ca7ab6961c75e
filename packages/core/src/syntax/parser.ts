import { CstParser, type CstNode, type IRecognitionException } from "chevrotain";
import * as T from "./tokens.js";

/*
 * The block grammar of a minutes document. It is total over line sequences: every sequence
 * of lines parses, because a stray line is itself a construct (`strayEnd`, a block outside an
 * item). The model builder reports those with messages a secretary understands; Chevrotain's
 * own recovery stays on for anything the grammar did not foresee. The grammar holds no
 * semantic actions: meaning lives in model/build-document.ts.
 */
export class MinutesParser extends CstParser {
  constructor() {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 2, nodeLocationTracking: "onlyOffset" });
    this.performSelfAnalysis();
  }

  document = this.RULE("document", () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.headerField) },
        { ALT: () => this.SUBRULE(this.attendees) },
        { ALT: () => this.SUBRULE(this.item) },
        { ALT: () => this.SUBRULE(this.attendeeGroup) },
        { ALT: () => this.SUBRULE(this.strayEnd) },
        { ALT: () => this.SUBRULE(this.block) },
        { ALT: () => this.CONSUME(T.BlankLine) },
      ]);
    });
  });

  headerField = this.RULE("headerField", () => {
    this.CONSUME(T.FieldKey);
    this.OPTION(() => this.CONSUME(T.RestText));
  });

  attendees = this.RULE("attendees", () => {
    this.CONSUME(T.AttendeesKw);
    this.OPTION(() => this.CONSUME(T.RestText));
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.attendeeGroup) },
        { ALT: () => this.CONSUME(T.Text, { LABEL: "attendee" }) },
        { ALT: () => this.CONSUME(T.BlankLine) },
      ]);
    });
  });

  attendeeGroup = this.RULE("attendeeGroup", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.CategoryKw) },
      { ALT: () => this.CONSUME(T.GroupKw) },
      { ALT: () => this.CONSUME(T.ApologiesKw) },
    ]);
    this.OPTION(() => this.CONSUME(T.RestText));
  });

  item = this.RULE("item", () => {
    this.CONSUME(T.ItemKw);
    this.OPTION(() => this.CONSUME(T.RestText));
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.block) },
        { ALT: () => this.SUBRULE(this.strayEnd) },
        { ALT: () => this.CONSUME(T.BlankLine) },
      ]);
    });
  });

  block = this.RULE("block", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.paragraph) },
      { ALT: () => this.SUBRULE(this.bullet) },
      { ALT: () => this.SUBRULE(this.action) },
      { ALT: () => this.SUBRULE(this.update) },
      { ALT: () => this.SUBRULE(this.heading) },
      { ALT: () => this.SUBRULE(this.summary) },
      { ALT: () => this.SUBRULE(this.confidential) },
      { ALT: () => this.SUBRULE(this.statusLine) },
    ]);
  });

  paragraph = this.RULE("paragraph", () => {
    this.AT_LEAST_ONE(() => this.CONSUME(T.Text));
  });

  bullet = this.RULE("bullet", () => {
    this.CONSUME(T.Bullet);
    this.OPTION(() => this.CONSUME(T.RestText));
    this.MANY(() => this.CONSUME(T.Text));
  });

  action = this.RULE("action", () => {
    this.CONSUME(T.ActionKw);
    this.OPTION(() => this.CONSUME(T.RestText));
    this.MANY(() => this.CONSUME(T.Text));
  });

  update = this.RULE("update", () => {
    this.CONSUME(T.UpdateKw);
    this.OPTION(() => this.CONSUME(T.RestText));
    this.MANY(() => this.CONSUME(T.Text));
  });

  heading = this.RULE("heading", () => {
    this.CONSUME(T.HeadingKw);
    this.OPTION(() => this.CONSUME(T.RestText));
  });

  /** `status:` as its own line: the document's status in the header, an action's in an update. */
  statusLine = this.RULE("statusLine", () => {
    this.CONSUME(T.StatusKey);
    this.OPTION(() => this.CONSUME(T.RestText));
  });

  summary = this.RULE("summary", () => {
    this.CONSUME(T.SummaryKw);
    this.OPTION(() => this.CONSUME(T.RestText));
    this.SUBRULE(this.blockBody);
  });

  confidential = this.RULE("confidential", () => {
    this.CONSUME(T.ConfidentialKw);
    this.OPTION(() => this.CONSUME(T.RestText));
    this.SUBRULE(this.blockBody);
  });

  /** The inside of `summary:` or `confidential:`, up to its `end` (which may be missing). */
  blockBody = this.RULE("blockBody", () => {
    this.MANY(() => {
      this.OR([{ ALT: () => this.SUBRULE(this.block) }, { ALT: () => this.CONSUME(T.BlankLine) }]);
    });
    this.OPTION(() => this.SUBRULE(this.strayEnd, { LABEL: "end" }));
  });

  strayEnd = this.RULE("strayEnd", () => {
    this.CONSUME(T.EndKw);
    this.OPTION(() => this.CONSUME(T.RestText));
  });
}

export type { CstNode, IRecognitionException };
