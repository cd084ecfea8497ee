/**
 * HCL parsing through hcl2-parser (the Go hcl2json library compiled to JS). Its shape: blocks are arrays nested by
 * label, expressions are raw `"${...}"` strings, and a syntax error comes back as an empty error object.
 */
import hcl from "hcl2-parser";

export type HclObject = Record<string, unknown>;

/** The parsed document, or undefined when the text is not valid HCL. */
export function parseHcl(text: string): HclObject | undefined {
  // hcl2-parser is typed `any`; the result is checked before use.
  const [value, error] = hcl.parseToObject(text) as [unknown, unknown];
  if (error !== null && error !== undefined) return undefined;
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as HclObject) : undefined;
}
