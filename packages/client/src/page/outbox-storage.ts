/**
 * The sends a page has not seen stored yet, kept in sessionStorage per user so a reload (or a new login in the
 * same tab after the session ended) sends them again with the same clientId: the server stores each once.
 * sessionStorage, not localStorage: it belongs to this tab, so two tabs never send the same outbox twice.
 */
import { ROOM_NAME_PATTERN } from "@tertulia/protocol/browser";
import type { PendingSend } from "./room-state.ts";

/** One saved send: where it goes, and what the page last knew of it. */
export interface SavedSend extends PendingSend {
  readonly room: string;
  readonly clientId: string;
}

/** A bound on what one tab keeps (and on what the composer lets a person queue while offline). */
export const MAX_PENDING_SENDS = 100;

function key(user: string): string {
  return `tertulia:${user}:outbox`;
}

function isSavedSend(value: unknown): value is SavedSend {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.room === "string" &&
    ROOM_NAME_PATTERN.test(v.room) &&
    typeof v.clientId === "string" &&
    v.clientId.length > 0 &&
    typeof v.text === "string" &&
    (v.state === "sending" || v.state === "waiting" || v.state === "failed") &&
    (v.reason === undefined || typeof v.reason === "string")
  );
}

/** Saved sends that still have the right shape (storage is input like any other), oldest first. */
export function savedSends(user: string): SavedSend[] {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(key(user)) ?? "[]");
    return Array.isArray(saved) ? saved.filter(isSavedSend).slice(0, MAX_PENDING_SENDS) : [];
  } catch {
    return [];
  }
}

export function saveSends(user: string, sends: readonly SavedSend[]): void {
  try {
    if (sends.length === 0) sessionStorage.removeItem(key(user));
    else sessionStorage.setItem(key(user), JSON.stringify(sends));
  } catch {
    // Storage full or disabled: the sends still go from memory; only a reload would lose them.
  }
}
