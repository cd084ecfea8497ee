/**
 * Version and commit, replaced at build time (`bun build --define`); a source run reports the package
 * version and "dev".
 */
declare const TERTULIA_VERSION: string | undefined;
declare const TERTULIA_COMMIT: string | undefined;

export const VERSION: string = typeof TERTULIA_VERSION === "string" ? TERTULIA_VERSION : "0.1.0";
export const COMMIT: string = typeof TERTULIA_COMMIT === "string" ? TERTULIA_COMMIT : "dev";
