#!/usr/bin/env bun
/**
 * How smoothly the chat page draws a room of thousands of messages, in Debian's Chromium against the real
 * stack (chat server on a temporary SQLite file, web tier; test/support/stack.ts). The room is filled
 * through the store first (test/support/seed-room.ts), then one reader:
 *
 * 1. scrolls up with the mouse wheel through `--scroll-steps` notches (older messages slide in or come from
 *    history; where the page has a "Load older messages" button showing at the top, it is clicked, as a
 *    person would), then back down half as far;
 * 2. sends `--sends` messages from the composer, each waiting for its stored copy, while someone else's
 *    messages arrive at `--others-rate` a second.
 *
 * For each phase it prints the frame times the page saw (requestAnimationFrame deltas: p50, p95, p99, max,
 * and how many frames took longer than 33 ms / 50 ms), what Chromium's own counters say the phase cost
 * (CDP Performance.getMetrics deltas: script, layout, style recalculation, task time, layout count), the
 * messages in the DOM at the end, and, for sends, Enter-to-drawn and Enter-to-stored times. Figures are
 * reported, never asserted: a loaded machine changes them. Run it on an older checkout's page (check out its
 * packages/client/src/page, templates.ts and style.css) to compare.
 *
 *   bun bench/tools/page-render.ts [--messages 5000] [--scroll-steps 150] [--sends 40] [--others-rate 5] [--json out.json]
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { CDPSession, Page } from "playwright-core";
import { hasChromium, launchBrowser, logInPage } from "../../test/support/browser.ts";
import { seedRoom } from "../../test/support/seed-room.ts";
import { startStack } from "../../test/support/stack.ts";

const { values } = parseArgs({
  options: {
    messages: { type: "string", default: "5000" },
    "scroll-steps": { type: "string", default: "150" },
    sends: { type: "string", default: "40" },
    "others-rate": { type: "string", default: "5" },
    json: { type: "string" },
  },
});
const MESSAGES = Number(values.messages);
const SCROLL_STEPS = Number(values["scroll-steps"]);
const SENDS = Number(values.sends);
const OTHERS_RATE = Number(values["others-rate"]);
const ROOM = "long";

interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  over33: number;
  over50: number;
}

interface Phase {
  phase: string;
  frames: FrameStats;
  /** Deltas of Chromium's counters over the phase (durations in ms). */
  chromium: Record<string, number>;
  messagesInDom: number;
  extra?: Record<string, number>;
}

const METRICS = [
  "ScriptDuration",
  "LayoutDuration",
  "RecalcStyleDuration",
  "TaskDuration",
  "LayoutCount",
  "Nodes",
  "JSHeapUsedSize",
];

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

function delta(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    METRICS.map((name) => {
      const d = (after[name] ?? 0) - (before[name] ?? 0);
      // Durations come in seconds; counts stay counts. Nodes and heap are levels: their value at the end (MB).
      if (name === "Nodes") return [name, after[name] ?? 0];
      if (name === "JSHeapUsedSize") return [name, round((after[name] ?? 0) / 1_048_576)];
      return [name, name.endsWith("Duration") ? round(d * 1000) : d];
    }),
  );
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function stats(deltas: number[]): FrameStats {
  const sorted = [...deltas].sort((a, b) => a - b);
  return {
    frames: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
    over33: sorted.filter((d) => d > 33.4).length,
    over50: sorted.filter((d) => d > 50).length,
  };
}

/** A requestAnimationFrame loop in the page that keeps every frame's delta until it is read. */
async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { benchFrames: number[]; benchLoop?: boolean };
    w.benchFrames = [];
    if (w.benchLoop) return;
    w.benchLoop = true;
    let last = performance.now();
    const tick = (now: number) => {
      w.benchFrames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  });
}

const readFrames = (page: Page) => page.evaluate(() => (window as unknown as { benchFrames: number[] }).benchFrames);
const messagesInDom = (page: Page) => page.evaluate(() => document.querySelectorAll(".message-list .message").length);

async function scrollPhase(page: Page, cdp: CDPSession): Promise<Phase> {
  const box = await page.locator(".messages").boundingBox();
  if (!box) throw new Error("no .messages box");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const before = await metrics(cdp);
  await startFrames(page);
  let olderClicks = 0;
  for (let step = 0; step < SCROLL_STEPS; step++) {
    await page.mouse.wheel(0, -400);
    await page.waitForTimeout(30);
    const atTopWithButton = await page.evaluate(() => {
      const scroller = document.querySelector(".messages")!;
      const button = document.querySelector<HTMLButtonElement>(".load-older");
      return scroller.scrollTop < 50 && button !== null && !button.hidden;
    });
    if (atTopWithButton) {
      olderClicks++;
      await page.click(".load-older");
    }
  }
  for (let step = 0; step < SCROLL_STEPS / 2; step++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(30);
  }
  const frames = stats(await readFrames(page));
  const oldestShown = await page.evaluate(() =>
    Number(document.querySelector<HTMLElement>(".message-list .message[data-seq]")?.dataset.seq ?? 0),
  );
  return {
    phase: `scroll up ${SCROLL_STEPS} notches, down ${SCROLL_STEPS / 2}`,
    frames,
    chromium: delta(before, await metrics(cdp)),
    messagesInDom: await messagesInDom(page),
    extra: { olderClicks, oldestSeqShown: oldestShown },
  };
}

async function sendPhase(page: Page, cdp: CDPSession, othersSend: () => Promise<void>): Promise<Phase> {
  const before = await metrics(cdp);
  await startFrames(page);
  let othersRunning = true;
  const others = (async () => {
    while (othersRunning) {
      await othersSend();
      await Bun.sleep(1000 / OTHERS_RATE);
    }
  })();
  const toDrawn: number[] = [];
  const toStored: number[] = [];
  for (let i = 0; i < SENDS; i++) {
    const text = `bench send ${i}`;
    await page.fill("#message", text);
    const timing = await page.evaluate((t) => {
      return new Promise<{ drawn: number; stored: number }>((resolve) => {
        const list = document.querySelector(".message-list")!;
        const start = performance.now();
        let drawn = 0;
        const check = () => {
          const items = [...list.querySelectorAll(".message")].filter(
            (li) => li.querySelector(".text")?.textContent === t,
          );
          if (!drawn && items.length > 0) drawn = performance.now() - start;
          if (items.some((li) => !li.classList.contains("pending"))) {
            observer.disconnect();
            resolve({ drawn, stored: performance.now() - start });
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(list, { childList: true, subtree: true });
        const input = document.querySelector<HTMLTextAreaElement>("#message")!;
        input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
      });
    }, text);
    toDrawn.push(timing.drawn);
    toStored.push(timing.stored);
  }
  othersRunning = false;
  await others;
  const frames = stats(await readFrames(page));
  const sortedDrawn = toDrawn.sort((a, b) => a - b);
  const sortedStored = toStored.sort((a, b) => a - b);
  return {
    phase: `${SENDS} own sends, others at ${OTHERS_RATE}/s`,
    frames,
    chromium: delta(before, await metrics(cdp)),
    messagesInDom: await messagesInDom(page),
    extra: {
      enterToDrawnP50: round(percentile(sortedDrawn, 50)),
      enterToDrawnMax: round(sortedDrawn.at(-1) ?? 0),
      enterToStoredP50: round(percentile(sortedStored, 50)),
      enterToStoredMax: round(sortedStored.at(-1) ?? 0),
    },
  };
}

function print(phases: Phase[]): void {
  console.log(`\nchat page, room of ${MESSAGES} stored messages, Chromium ${CHROMIUM_VERSION}\n`);
  console.log(
    "| phase | frames | p50 ms | p95 ms | p99 ms | max ms | >33 ms | >50 ms | script ms | layout ms | style ms | layouts | DOM nodes | JS heap MB | .message in DOM |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const p of phases) {
    const f = p.frames;
    const c = p.chromium;
    console.log(
      `| ${p.phase} | ${f.frames} | ${f.p50} | ${f.p95} | ${f.p99} | ${f.max} | ${f.over33} | ${f.over50} | ${c.ScriptDuration} | ${c.LayoutDuration} | ${c.RecalcStyleDuration} | ${c.LayoutCount} | ${c.Nodes} | ${c.JSHeapUsedSize} | ${p.messagesInDom} |`,
    );
  }
  for (const p of phases) if (p.extra) console.log(`${p.phase}: ${JSON.stringify(p.extra)}`);
}

let CHROMIUM_VERSION = "";

async function main(): Promise<void> {
  if (!hasChromium) throw new Error("no Chromium: apt-get install chromium (or set CHROMIUM_PATH)");
  const stack = await startStack();
  const browser = await launchBrowser();
  CHROMIUM_VERSION = browser.version();
  try {
    console.error(`seeding ${MESSAGES} messages…`);
    await seedRoom(stack.server.store, ROOM, MESSAGES);
    const page = await logInPage(browser, stack.base, "mimi", { room: ROOM, width: 1280, height: 800 });
    await page.waitForSelector(".message-list .message");
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    const token = await stack.server.login("pepe");
    let n = 0;
    const othersSend = async () => {
      await stack.server.client.chat.sendNote({ room: ROOM, message: `from pepe ${n++}` }, { token });
    };
    console.error("scrolling…");
    const scroll = await scrollPhase(page, cdp);
    console.error("sending…");
    // Sends stick to the end: the reader goes back there first, as the composer does.
    const send = await sendPhase(page, cdp, othersSend);
    const phases = [scroll, send];
    print(phases);
    if (values.json) writeFileSync(values.json, JSON.stringify({ messages: MESSAGES, phases }, null, 2));
  } finally {
    await browser.close();
    await stack.stop();
  }
}

await main();
