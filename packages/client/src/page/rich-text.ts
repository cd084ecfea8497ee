/**
 * A message's text as DOM nodes: http(s) links as `<a target=_blank rel="noopener noreferrer">`, `@name`
 * mentions as `<span class="mention">` (`mention me` for the reader's own name), everything else as text
 * nodes. Nothing is ever parsed as HTML: the text goes in through `document.createTextNode` only, so `<b>`
 * stays the four characters it is, and a `javascript:` URL is never a link (only http and https are).
 */
import { findMentions } from "@tertulia/protocol/browser";

/**
 * A URL candidate: http(s):// then anything up to whitespace or a character that cannot end a URL in prose.
 * Trailing punctuation (".", ",", ")" …) is trimmed afterwards, as people write "see https://x.org/a."
 */
const URL_CANDIDATE = /\bhttps?:\/\/[^\s<>"'`]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"]+$/u;

interface Span {
  readonly start: number;
  readonly end: number;
  readonly build: () => Node;
}

/** The http(s) links in `text`, each checked by the URL parser (a link that does not parse stays text). */
export function findLinks(text: string): { start: number; end: number; href: string }[] {
  const links: { start: number; end: number; href: string }[] = [];
  for (const match of text.matchAll(URL_CANDIDATE)) {
    let raw = match[0];
    // Keep a closing parenthesis that closes one opened inside the URL (Wikipedia's "Foo_(bar)").
    const trimmed = raw.replace(TRAILING_PUNCTUATION, "");
    raw = trimmed.endsWith("(") || countOf(trimmed, "(") > countOf(trimmed, ")") ? balance(raw, trimmed) : trimmed;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      continue;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") continue;
    links.push({ start: match.index, end: match.index + raw.length, href: url.href });
  }
  return links;
}

function countOf(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** `trimmed` plus the closing parentheses of `raw` that balance the ones it opened. */
function balance(raw: string, trimmed: string): string {
  let out = trimmed;
  while (countOf(out, "(") > countOf(out, ")") && raw.length > out.length && raw[out.length] === ")") {
    out += ")";
  }
  return out;
}

/** The nodes for `text`, read by `me` (whose own mentions are marked more strongly). */
export function richText(text: string, me: string): Node[] {
  const spans: Span[] = [];
  for (const link of findLinks(text)) {
    spans.push({
      start: link.start,
      end: link.end,
      build: () => linkElement(link.href, text.slice(link.start, link.end)),
    });
  }
  const own = me.toLowerCase();
  for (const mention of findMentions(text)) {
    // A mention inside a link (https://x.org/@someone) is part of the link.
    if (spans.some((s) => mention.start < s.end && mention.end > s.start)) continue;
    spans.push({
      start: mention.start,
      end: mention.end,
      build: () => mentionElement(text.slice(mention.start, mention.end), mention.name === own),
    });
  }
  spans.sort((a, b) => a.start - b.start);
  const nodes: Node[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) nodes.push(document.createTextNode(text.slice(at, span.start)));
    nodes.push(span.build());
    at = span.end;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

function linkElement(href: string, shown: string): HTMLAnchorElement {
  const link = document.createElement("a");
  link.href = href;
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  link.textContent = shown;
  return link;
}

function mentionElement(shown: string, mine: boolean): HTMLSpanElement {
  const mention = document.createElement("span");
  mention.className = mine ? "mention me" : "mention";
  mention.textContent = shown;
  return mention;
}
