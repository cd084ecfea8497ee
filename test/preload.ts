/**
 * Loaded before every test file (bunfig.toml `[test] preload`).
 *
 * Integration tests start real servers, browsers and databases; on a loaded 2-core machine one of them can
 * take several times as long as on a quiet one. A test that is slow is not a test that failed: the default
 * timeout is generous, and anything about speed belongs in the benchmarks (`bun run bench`).
 */
import { setDefaultTimeout } from "bun:test";

/** Per-test default; a test that needs more says so with its own timeout argument. */
export const DEFAULT_TEST_TIMEOUT_MS = 120_000;

setDefaultTimeout(DEFAULT_TEST_TIMEOUT_MS);
