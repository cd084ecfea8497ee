// Embedded with `with { type: "file" }` (src/pages/assets.ts): to the server this file is only a path.
declare const path: string;
export default path;
