import { hashPassword } from "../auth/passwords.ts";
import type { ChatStore } from "../store/store.ts";

/** The original system's accounts, for local use only (config refuses them in production). */
export const DEMO_USERS = ["admin", "mimi", "pepe", "juan"] as const;
export const DEMO_PASSWORD = "pass";

/** Creates the demo accounts that don't exist yet. @returns the names created. */
export async function seedDemoUsers(store: ChatStore): Promise<string[]> {
  const created: string[] = [];
  for (const username of DEMO_USERS) {
    if (await store.findUser(username)) continue;
    if (await store.createUser({ username, passwordHash: await hashPassword(DEMO_PASSWORD) })) created.push(username);
  }
  return created;
}
