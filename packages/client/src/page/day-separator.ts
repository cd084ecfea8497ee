/**
 * Reading rules for the message list: which calendar day a message belongs to ("Today", "Yesterday", a date),
 * and whether a message continues its author's previous one (same author, same day, within a few minutes),
 * in which case it is drawn without its own name line.
 */

/** A message within this long of the same author's previous one is drawn as part of the same group. */
export const GROUP_WITHIN_MS = 5 * 60_000;

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: "long", day: "numeric", month: "long" });
const dayWithYearFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "long" });

/** The local calendar day of `ms` as a comparable key (YYYY-MM-DD). */
export function dayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** "Today", "Yesterday", "Monday 30 November", or with the year when it is not this year. */
export function dayLabel(ms: number, now: number = Date.now()): string {
  const key = dayKey(ms);
  if (key === dayKey(now)) return "Today";
  const yesterday = new Date(now);
  yesterday.setDate(yesterday.getDate() - 1);
  if (key === dayKey(yesterday.getTime())) return "Yesterday";
  return new Date(ms).getFullYear() === new Date(now).getFullYear()
    ? dayFormat.format(ms)
    : dayWithYearFormat.format(ms);
}

export interface Groupable {
  readonly author: string;
  readonly sentAt: number;
}

/** `message` continues `previous`: the same author, the same day, within GROUP_WITHIN_MS. */
export function continuesGroup(previous: Groupable | undefined, message: Groupable): boolean {
  return (
    previous !== undefined &&
    previous.author === message.author &&
    message.sentAt - previous.sentAt >= 0 &&
    message.sentAt - previous.sentAt < GROUP_WITHIN_MS &&
    dayKey(previous.sentAt) === dayKey(message.sentAt)
  );
}

/** A list item with the day's label (a plain item: the list only holds <li> for assistive technology). */
export function daySeparator(ms: number): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "day-separator";
  const label = document.createElement("span");
  label.textContent = dayLabel(ms);
  item.append(label);
  item.dataset.day = dayKey(ms);
  return item;
}
