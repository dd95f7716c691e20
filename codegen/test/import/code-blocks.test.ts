import { describe, expect, it } from "vitest";
import { CorrectionLog } from "../../src/import/corrections/log.ts";
import { splitCodeBlocks } from "../../src/import/reference/code-blocks.ts";
import { lines } from "./lines.ts";

describe("splitCodeBlocks", () => {
  it("joins a block cut by a page break and keeps prose apart", () => {
    const log = new CorrectionLog();
    const split = splitCodeBlocks(
      lines("Sample Response\n```\nHTTP/1.1 200 OK\n```\n\n```\n{}\n```\nSee"),
      "Op",
      log,
    );
    expect(split.blocks).toHaveLength(1);
    expect(split.blocks[0].lines.map((line) => line.text)).toEqual(["HTTP/1.1 200 OK", "{}"]);
    expect(split.prose.map((line) => line.text)).toEqual(["Sample Response", "See"]);
    expect(log.list()).toEqual([
      expect.objectContaining({
        id: "code-block-page-split-1",
        line: 6,
        said: "block closed at line 4, reopened at line 6",
      }),
    ]);
  });

  it("keeps blocks with prose between them separate", () => {
    const split = splitCodeBlocks(
      lines("```\na\n```\nSample Response\n```\nb\n```"),
      "Op",
      new CorrectionLog(),
    );
    expect(split.blocks.map((block) => block.lines.map((line) => line.text))).toEqual([
      ["a"],
      ["b"],
    ]);
    expect(split.items.map((item) => item.kind)).toEqual(["block", "prose", "block"]);
  });
});
