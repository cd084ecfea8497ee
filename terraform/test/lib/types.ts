/**
 * Terraform type constraints (`list(string)`, `object({ a = optional(number, 1) })` …) parsed from the
 * raw text hcl2-parser gives, and a check of a tfvars value against them, with Terraform's conversions
 * (numbers and bools are accepted where strings are expected, and numeric strings where numbers are).
 */

export type TfType =
  | { kind: "string" | "number" | "bool" | "any" }
  | { kind: "list" | "set" | "map"; of: TfType }
  | { kind: "object"; attrs: Record<string, { type: TfType; optional: boolean }> }
  | { kind: "tuple"; items: TfType[] };

/** Parses a type constraint such as `${map(object({ name = string }))}`. */
export function parseType(raw: string): TfType {
  const src = raw.startsWith("${") && raw.endsWith("}") ? raw.slice(2, -1) : raw;
  let i = 0;
  const ws = (): void => {
    while (i < src.length && /[\s,]/.test(src[i] as string)) i++;
  };
  const ident = (): string => {
    ws();
    const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i));
    if (!m) throw new Error(`type: identifier expected at ${src.slice(i, i + 20)}`);
    i += m[0].length;
    return m[0];
  };
  const expect = (c: string): void => {
    ws();
    if (src[i] !== c) throw new Error(`type: "${c}" expected at ${src.slice(i, i + 20)}`);
    i++;
  };
  /** Skips an optional() default value: any balanced expression up to the closing parenthesis. */
  const skipExpression = (): void => {
    let depth = 0;
    let inString = false;
    while (i < src.length) {
      const c = src[i] as string;
      if (inString) {
        if (c === "\\") i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if ("([{".includes(c)) depth++;
      else if (")]}".includes(c)) {
        if (depth === 0) return;
        depth--;
      }
      i++;
    }
  };
  const type = (): TfType => {
    const name = ident();
    switch (name) {
      case "string":
      case "number":
      case "bool":
      case "any":
        return { kind: name };
      case "list":
      case "set":
      case "map": {
        expect("(");
        const of = type();
        expect(")");
        return { kind: name, of };
      }
      case "tuple": {
        expect("(");
        expect("[");
        const items: TfType[] = [];
        ws();
        while (src[i] !== "]") {
          items.push(type());
          ws();
        }
        i++;
        expect(")");
        return { kind: "tuple", items };
      }
      case "object": {
        expect("(");
        expect("{");
        const attrs: Record<string, { type: TfType; optional: boolean }> = {};
        ws();
        while (src[i] !== "}") {
          const attr = ident();
          expect("=");
          ws();
          if (src.startsWith("optional(", i)) {
            i += "optional(".length;
            const t = type();
            ws();
            if (src[i] !== ")") skipExpression();
            expect(")");
            attrs[attr] = { type: t, optional: true };
          } else {
            attrs[attr] = { type: type(), optional: false };
          }
          ws();
        }
        i++;
        expect(")");
        return { kind: "object", attrs };
      }
      default:
        throw new Error(`type: unknown type ${name}`);
    }
  };
  const t = type();
  ws();
  if (i !== src.length) throw new Error(`type: trailing text ${src.slice(i)}`);
  return t;
}

/** Problems with `value` against `type`, as "path: message" strings; empty when it conforms. */
export function typeErrors(value: unknown, type: TfType, path = "value"): string[] {
  if (value === null) return [];
  if (typeof value === "string" && value.includes("${"))
    return [`${path}: tfvars must hold literal values, not expressions`];
  switch (type.kind) {
    case "any":
      return [];
    case "string":
      return ["string", "number", "boolean"].includes(typeof value) ? [] : [`${path}: expected a string`];
    case "number":
      return typeof value === "number" ||
        (typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value)))
        ? []
        : [`${path}: expected a number`];
    case "bool":
      return typeof value === "boolean" || value === "true" || value === "false" ? [] : [`${path}: expected a bool`];
    case "list":
    case "set":
      return Array.isArray(value)
        ? value.flatMap((v, i) => typeErrors(v, type.of, `${path}[${i}]`))
        : [`${path}: expected a ${type.kind}`];
    case "tuple":
      if (!Array.isArray(value) || value.length !== type.items.length)
        return [`${path}: expected a tuple of ${type.items.length}`];
      return value.flatMap((v, i) => typeErrors(v, type.items[i] as TfType, `${path}[${i}]`));
    case "map":
      if (typeof value !== "object" || Array.isArray(value)) return [`${path}: expected a map`];
      return Object.entries(value).flatMap(([k, v]) => typeErrors(v, type.of, `${path}.${k}`));
    case "object": {
      if (typeof value !== "object" || Array.isArray(value)) return [`${path}: expected an object`];
      const v = value as Record<string, unknown>;
      const errors: string[] = [];
      for (const [name, attr] of Object.entries(type.attrs)) {
        if (!(name in v)) {
          if (!attr.optional) errors.push(`${path}.${name}: required attribute missing`);
          continue;
        }
        errors.push(...typeErrors(v[name], attr.type, `${path}.${name}`));
      }
      // Terraform silently drops unknown attributes; here they are almost always typos.
      for (const name of Object.keys(v))
        if (!(name in type.attrs)) errors.push(`${path}.${name}: not an attribute of the type`);
      return errors;
    }
  }
}
