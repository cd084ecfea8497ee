/** Logging in as a browser does: the login form, its CSRF cookie and field, from the same origin. */

/** Logs in through the login form, as a browser does. @returns the Cookie header for later requests. */
export async function loginCookie(base: string, username = "mimi", password = "pass"): Promise<string> {
  const { status, cookie } = await postLogin(base, username, password);
  if (!cookie) throw new Error(`login as ${username} failed with ${status}`);
  return cookie;
}

/** A login form post as a browser makes it (CSRF cookie and field, same origin), with extra headers. */
export async function postLogin(
  base: string,
  username: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; cookie: string | null }> {
  const page = await fetch(`${base}/login`, { headers });
  const csrfCookie = page.headers
    .getSetCookie()
    .find((c) => c.startsWith("tertulia_csrf="))!
    .split(";")[0]!;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  const response = await fetch(`${base}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, cookie: csrfCookie, "content-type": "application/x-www-form-urlencoded", origin: base },
    body: new URLSearchParams({ _csrf: csrf, username, password }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("tertulia_session="));
  return {
    status: response.status,
    body: await response.text(),
    cookie: session ? `${session.split(";")[0]}; ${csrfCookie}` : null,
  };
}
