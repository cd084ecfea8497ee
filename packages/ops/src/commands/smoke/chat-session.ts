/**
 * The chat half of smoke: log in, two WebSocket clients in a fresh room, a message each way, a disconnect and a
 * resume. It speaks through a ChatProtocol (chat-protocol.ts) that the command injects: the web tier's
 * (web-tier-protocol.ts) when run, an in-memory one with injected faults in tests.
 */
import { OpsError } from "../../errors.ts";
import type { Step } from "../../output/steps.ts";
import type { ChatClient, ChatProtocol } from "./chat-protocol.ts";

/** Why the chat steps skip when nobody gave smoke a password (a release must not fail for that alone). */
export const NO_PASSWORD = "no password for the smoke user: set SMOKE_PASSWORD to run the chat steps";

export interface ChatStepOptions {
  readonly baseUrl: string;
  readonly username: string;
  readonly password: string;
  readonly timeoutMs: number;
  readonly protocol: ChatProtocol;
  /** A fresh room per run, e.g. smoke-<time>-<random>. */
  readonly room: string;
}

export function chatSteps(o: ChatStepOptions): Step[] {
  const { protocol } = o;
  let credential = "";
  let a: ChatClient | undefined;
  let b: ChatClient | undefined;
  const lost = (what: string): OpsError =>
    new OpsError(
      "SmokeFailed",
      what,
      "A message was lost or duplicated: check the server's and web tier's logs for this room.",
    );

  return [
    {
      title: "Log in as the smoke user",
      run: async (s) => {
        if (!o.password) s.skip(NO_PASSWORD);
        credential = await protocol.login(o.baseUrl, o.username, o.password);
        s.detail(o.username);
      },
    },
    {
      title: "Two clients join a fresh room and exchange a message",
      run: async (s) => {
        if (!credential) s.skip("not logged in");
        [a, b] = await Promise.all([protocol.connect(o.baseUrl, credential), protocol.connect(o.baseUrl, credential)]);
        await Promise.all([a.join(o.room), b.join(o.room)]);
        const started = performance.now();
        await a.send(o.room, "smoke ping", crypto.randomUUID());
        await b
          .waitForMessage((m) => m.room === o.room && m.text === "smoke ping", o.timeoutMs)
          .catch(() => {
            throw lost("The second client never received the first client's message.");
          });
        s.detail(`round trip ${Math.round(performance.now() - started)}ms`);
      },
    },
    {
      title: "Disconnect, miss a message, reconnect and resume",
      run: async (s) => {
        if (!a || !b) s.skip("the previous step did not connect");
        const lastSeq = Math.max(0, ...b!.received.filter((m) => m.room === o.room).map((m) => m.seq));
        await b!.close();
        await a!.send(o.room, "smoke while away", crypto.randomUUID());
        const again = await protocol.connect(o.baseUrl, credential);
        await again.join(o.room, lastSeq);
        await again
          .waitForMessage((m) => m.room === o.room && m.text === "smoke while away", o.timeoutMs)
          .catch(() => {
            throw lost("The reconnected client did not get the message sent while it was away.");
          });
        const copies = again.received.filter((m) => m.room === o.room && m.text === "smoke while away").length;
        const seqs = again.received.filter((m) => m.room === o.room).map((m) => m.seq);
        if (copies !== 1 || new Set(seqs).size !== seqs.length)
          throw lost(`The missed message arrived ${copies} times after the resume.`);
        await Promise.all([again.close(), a!.close()]);
        s.detail(`resumed after seq ${lastSeq}, no loss, no duplicate`);
      },
    },
  ];
}
