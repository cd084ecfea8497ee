import { Elysia } from "elysia";
import { SESSION_COOKIE, type SessionCodec } from "./session.ts";

/** Reads the session cookie into `session` (null when absent or no longer valid): every route that needs a user `.use()`s this. */
export function sessionPlugin(sessions: SessionCodec) {
  return new Elysia({ name: "session" })
    .resolve(async ({ cookie }) => ({ session: await sessions.open(cookie[SESSION_COOKIE]?.value) }))
    .as("scoped");
}
