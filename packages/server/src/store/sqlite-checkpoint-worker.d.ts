/** Imported `with { type: "file" }`: the path of the worker script (embedded in a compiled binary). */
declare const path: string;
export default path;
