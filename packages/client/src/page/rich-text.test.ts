import { describe, expect, test } from "bun:test";
import { findLinks } from "./rich-text.ts";

const hrefs = (text: string) => findLinks(text).map((l) => [text.slice(l.start, l.end), l.href]);

describe("findLinks", () => {
  test("http and https only: javascript:, data: and other schemes stay text", () => {
    expect(hrefs("javascript:alert(1) data:text/html,<b>x</b> ftp://example.org mailto:a@b.c")).toEqual([]);
    expect(hrefs("go to http://example.org and HTTPS://Example.org/A")).toEqual([
      ["http://example.org", "http://example.org/"],
      ["HTTPS://Example.org/A", "https://example.org/A"],
    ]);
  });

  test("sentence punctuation after a link is not part of it; a closing parenthesis it opened is", () => {
    expect(hrefs("see https://example.org/a?b=1.")).toEqual([
      ["https://example.org/a?b=1", "https://example.org/a?b=1"],
    ]);
    expect(hrefs("(https://example.org/x), then")).toEqual([["https://example.org/x", "https://example.org/x"]]);
    expect(hrefs("https://en.wikipedia.org/wiki/Foo_(bar).")).toEqual([
      ["https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_(bar)"],
    ]);
  });

  test("a link stops at markup characters, which stay text around it", () => {
    expect(hrefs('<a href="https://evil.example/x">')).toEqual([["https://evil.example/x", "https://evil.example/x"]]);
    expect(hrefs("<https://example.org>")).toEqual([["https://example.org", "https://example.org/"]]);
  });

  test("something that only looks like a URL is not a link", () => {
    expect(hrefs("https:// nothing here, http://[broken")).toEqual([]);
  });
});
