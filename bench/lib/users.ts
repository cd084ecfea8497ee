/**
 * Bench accounts and their web sessions. Hashing a password costs the server tens of milliseconds (argon2id),
 * so a run creates a small pool of accounts once and opens many sockets per session cookie: load on the
 * socket path is the same, and one cookie may open any number of sockets.
 */
import { TertuliaClient } from "@tertulia/protocol";

export interface Account {
  readonly username: string;
  readonly password: string;
}

/** The demo users a stack started with SEED_DEMO_USERS=1 has. */
export const DEMO_ACCOUNTS: readonly Account[] = ["mimi", "pepe", "juan", "admin"].map((username) => ({
  username,
  password: "pass",
}));

/**
 * `count` accounts: registered over gRPC when the server allows sign-up (in batches, so argon2 does not queue
 * everything at once), otherwise the demo users reused.
 */
export async function ensureAccounts(grpcAddress: string | null, signup: boolean, count: number): Promise<Account[]> {
  if (!signup || grpcAddress === null)
    return Array.from({ length: count }, (_, i) => DEMO_ACCOUNTS[i % DEMO_ACCOUNTS.length]!);
  const client = new TertuliaClient(grpcAddress);
  const tag = crypto.randomUUID().slice(0, 6);
  const accounts = Array.from({ length: count }, (_, i) => ({
    username: `bench-${tag}-${i}`,
    password: `bench-password-${tag}`,
  }));
  try {
    for (let i = 0; i < accounts.length; i += 8) {
      await Promise.all(
        accounts.slice(i, i + 8).map(async (account) => {
          const answer = await client.auth.registerUser(account, { timeoutMs: 30_000 });
          if (!answer.token) throw new Error(`cannot register ${account.username}: ${answer.error}`);
        }),
      );
    }
  } finally {
    client.close();
  }
  return accounts;
}

/** gRPC tokens for accounts (for the gRPC-only scenario). */
export async function grpcTokens(grpcAddress: string, accounts: readonly Account[]): Promise<string[]> {
  const client = new TertuliaClient(grpcAddress);
  try {
    const tokens: string[] = [];
    for (const account of accounts) {
      const answer = await client.auth.authenticateUser(account, { timeoutMs: 30_000 });
      if (!answer.token) throw new Error(`cannot log in as ${account.username}: ${answer.error}`);
      tokens.push(answer.token);
    }
    return tokens;
  } finally {
    client.close();
  }
}

/** Logs in through the web tier's login form, as a browser does. @returns the Cookie header for /ws. */
export async function loginCookie(base: string, account: Account): Promise<string> {
  const page = await fetch(`${base}/login`);
  const csrfCookie = page.headers
    .getSetCookie()
    .find((c) => c.startsWith("tertulia_csrf="))
    ?.split(";")[0];
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1];
  if (!csrfCookie || !csrf) throw new Error(`GET ${base}/login gave no CSRF token`);
  const response = await fetch(`${base}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: csrfCookie, "content-type": "application/x-www-form-urlencoded", origin: base },
    body: new URLSearchParams({ _csrf: csrf, username: account.username, password: account.password }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("tertulia_session="));
  if (!session) throw new Error(`login as ${account.username} failed with HTTP ${response.status}`);
  return `${session.split(";")[0]}; ${csrfCookie}`;
}

/** Session cookies for every account, a few logins at a time. */
export async function loginAll(base: string, accounts: readonly Account[]): Promise<string[]> {
  const cookies: string[] = new Array(accounts.length);
  for (let i = 0; i < accounts.length; i += 8) {
    await Promise.all(
      accounts.slice(i, i + 8).map(async (account, j) => (cookies[i + j] = await loginCookie(base, account))),
    );
  }
  return cookies;
}
