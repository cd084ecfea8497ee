/**
 * `@name` mentions, one rule for the server (which counts them per person for the read state) and the page
 * (which highlights them). A mention is `@` at the start or after a character that is not a letter, digit or
 * `@`, followed by a username (3-32 of a-z, 0-9, '.', '_', '-'); a trailing '.' ends the sentence, not the name.
 */
const MENTION = /(?<![\p{L}\p{N}@._-])@([a-z0-9._-]{3,32})/giu;

/** The distinct names mentioned in `text`, lower-cased, in order of first mention, at most `max` of them. */
export function parseMentions(text: string, max: number): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(MENTION)) {
    const name = match[1]!.toLowerCase().replace(/\.+$/, "");
    if (name.length < 3 || names.includes(name)) continue;
    names.push(name);
    if (names.length >= max) break;
  }
  return names;
}

/** Where each `@name` mention sits in `text` (the same rule as `parseMentions`), for the page to highlight. */
export interface MentionSpan {
  readonly start: number;
  readonly end: number;
  /** Lower-cased, without a trailing '.'. */
  readonly name: string;
}

export function findMentions(text: string): MentionSpan[] {
  const spans: MentionSpan[] = [];
  for (const match of text.matchAll(MENTION)) {
    const name = match[1]!.toLowerCase().replace(/\.+$/, "");
    if (name.length < 3) continue;
    spans.push({ start: match.index, end: match.index + 1 + name.length, name });
  }
  return spans;
}
