/**
 * "Is typing…": a page sends at most one typing frame per interval, the web tier forwards at most one per
 * interval per user and room, and the server passes on at most one; a page shows the line for two intervals
 * after the last one, so a steady typist never flickers.
 */
export const TYPING_INTERVAL_MS = 2_000;
export const TYPING_SHOWN_MS = 2 * TYPING_INTERVAL_MS;
