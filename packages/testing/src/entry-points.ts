/** The programs' entry points as their users run them, found through the workspace packages. */
import { fileURLToPath } from "node:url";

const entry = (specifier: string) => fileURLToPath(import.meta.resolve(specifier));

/** The chat server's `main.ts`. */
export const SERVER_MAIN = entry("@tertulia/server/src/main.ts");
/** The web tier's `main.ts`. */
export const WEB_MAIN = entry("@tertulia/client/src/main.ts");
