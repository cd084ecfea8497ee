/**
 * A small evaluator for the subset of HCL expressions our variable validations use, so the example tfvars
 * can be checked against them without Terraform: literals, `var.*` traversals, `!`/`&&`/`||`, comparisons,
 * arithmetic, conditionals, `[for x in xs : e]`, and the functions listed in FUNCTIONS.
 *
 * Anything outside that subset throws {@link Unsupported}, which the caller reports as "not evaluated here"
 * rather than as a pass; `can()` only swallows {@link HclEvalError}, the errors Terraform's own `can()` swallows.
 */

/** A condition failed to evaluate the way Terraform's would fail (bad regex match, invalid CIDR …). */
export class HclEvalError extends Error {}
/** The expression uses HCL this evaluator does not implement. */
export class Unsupported extends Error {}

type Value = unknown;
type Scope = Record<string, Value>;

type Node =
  | { k: "lit"; v: Value }
  | { k: "ref"; root: string; path: (string | Node)[] }
  | { k: "call"; name: string; args: Node[] }
  | { k: "un"; op: string; e: Node }
  | { k: "bin"; op: string; l: Node; r: Node }
  | { k: "cond"; c: Node; t: Node; f: Node }
  | { k: "list"; items: Node[] }
  | { k: "index"; e: Node; key: Node }
  | { k: "for"; key?: string; name: string; coll: Node; body: Node; filter?: Node };

type Tok = { t: "num" | "str" | "id" | "op"; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(src.slice(i)) as RegExpExecArray;
      out.push({ t: "num", v: m[0] });
      i += m[0].length;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i)) as RegExpExecArray;
      out.push({ t: "id", v: m[0] });
      i += m[0].length;
      continue;
    }
    if (c === '"') {
      let s = "";
      i++;
      while (i < src.length && src[i] !== '"') {
        if (src[i] === "\\") {
          const n = src[i + 1];
          s += n === "n" ? "\n" : n === "t" ? "\t" : (n as string);
          i += 2;
        } else if (src[i] === "$" && src[i + 1] === "{") {
          throw new Unsupported("string templates");
        } else {
          s += src[i];
          i++;
        }
      }
      i++;
      out.push({ t: "str", v: s });
      continue;
    }
    const two = src.slice(i, i + 2);
    if (["&&", "||", "==", "!=", "<=", ">=", "=>"].includes(two)) {
      out.push({ t: "op", v: two });
      i += 2;
      continue;
    }
    if ("!<>+-*/%()[]{},.:?".includes(c)) {
      out.push({ t: "op", v: c });
      i++;
      continue;
    }
    throw new Unsupported(`character ${c}`);
  }
  return out;
}

const PRECEDENCE: Record<string, number> = {
  "||": 1,
  "&&": 2,
  "==": 3,
  "!=": 3,
  "<": 4,
  "<=": 4,
  ">": 4,
  ">=": 4,
  "+": 5,
  "-": 5,
  "*": 6,
  "/": 6,
  "%": 6,
};

class Parser {
  private pos = 0;
  constructor(private readonly toks: Tok[]) {}

  parse(): Node {
    const n = this.expr();
    if (this.pos !== this.toks.length) throw new Unsupported(`trailing ${this.peek()?.v}`);
    return n;
  }

  private peek(): Tok | undefined {
    return this.toks[this.pos];
  }

  private next(): Tok {
    const t = this.toks[this.pos++];
    if (!t) throw new Unsupported("unexpected end");
    return t;
  }

  private eat(v: string): boolean {
    if (this.peek()?.v === v && this.peek()?.t !== "str") {
      this.pos++;
      return true;
    }
    return false;
  }

  private expect(v: string): void {
    if (!this.eat(v)) throw new Unsupported(`expected ${v}, got ${this.peek()?.v}`);
  }

  private expr(): Node {
    const c = this.binary(0);
    if (this.eat("?")) {
      const t = this.expr();
      this.expect(":");
      return { k: "cond", c, t, f: this.expr() };
    }
    return c;
  }

  private binary(min: number): Node {
    let l = this.unary();
    for (;;) {
      const t = this.peek();
      const p = t && t.t === "op" ? PRECEDENCE[t.v] : undefined;
      if (p === undefined || p <= min) return l;
      this.pos++;
      l = { k: "bin", op: (t as Tok).v, l, r: this.binary(p) };
    }
  }

  private unary(): Node {
    if (this.eat("!")) return { k: "un", op: "!", e: this.unary() };
    if (this.eat("-")) return { k: "un", op: "-", e: this.unary() };
    return this.postfix(this.primary());
  }

  private postfix(n: Node): Node {
    for (;;) {
      if (n.k === "ref" && this.peek()?.v === "." && this.toks[this.pos + 1]?.t === "id") {
        this.pos++;
        n.path.push(this.next().v);
      } else if (this.eat("[")) {
        if (n.k === "ref") n.path.push(this.expr());
        else n = { k: "index", e: n, key: this.expr() };
        this.expect("]");
      } else return n;
    }
  }

  private primary(): Node {
    const t = this.next();
    if (t.t === "num") return { k: "lit", v: Number(t.v) };
    if (t.t === "str") return { k: "lit", v: t.v };
    if (t.t === "op" && t.v === "(") {
      const e = this.expr();
      this.expect(")");
      return e;
    }
    if (t.t === "op" && t.v === "[") return this.listOrFor();
    if (t.t === "id") {
      if (t.v === "true" || t.v === "false") return { k: "lit", v: t.v === "true" };
      if (t.v === "null") return { k: "lit", v: null };
      if (this.eat("(")) {
        const args: Node[] = [];
        while (!this.eat(")")) {
          args.push(this.expr());
          this.eat(",");
        }
        return { k: "call", name: t.v, args };
      }
      return { k: "ref", root: t.v, path: [] };
    }
    throw new Unsupported(`token ${t.v}`);
  }

  private listOrFor(): Node {
    if (this.peek()?.v === "for" && this.peek()?.t === "id") {
      this.pos++;
      let name = this.next().v;
      let key: string | undefined;
      if (this.eat(",")) {
        key = name;
        name = this.next().v;
      }
      if (this.next().v !== "in") throw new Unsupported("for without in");
      const coll = this.expr();
      this.expect(":");
      const body = this.expr();
      let filter: Node | undefined;
      if (this.peek()?.v === "if") {
        this.pos++;
        filter = this.expr();
      }
      this.expect("]");
      return { k: "for", ...(key ? { key } : {}), name, coll, body, ...(filter ? { filter } : {}) };
    }
    const items: Node[] = [];
    while (!this.eat("]")) {
      items.push(this.expr());
      this.eat(",");
    }
    return { k: "list", items };
  }
}

function isCidr(v: Value): boolean {
  if (typeof v !== "string") return false;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(v);
  if (m) return m.slice(1, 5).every((o) => Number(o) <= 255) && Number(m[5]) <= 32;
  return /^[0-9a-fA-F:]+\/\d{1,3}$/.test(v) && v.includes(":");
}

const list = (v: Value): Value[] => {
  if (Array.isArray(v)) return v;
  throw new HclEvalError("not a list");
};

const FUNCTIONS: Record<string, (args: Value[]) => Value> = {
  length: ([v]) =>
    Array.isArray(v)
      ? v.length
      : typeof v === "string"
        ? v.length
        : v && typeof v === "object"
          ? Object.keys(v).length
          : (() => {
              throw new HclEvalError("length of non-collection");
            })(),
  contains: ([xs, x]) => list(xs).some((e) => JSON.stringify(e) === JSON.stringify(x)),
  alltrue: ([xs]) => list(xs).every((e) => e === true),
  anytrue: ([xs]) => list(xs).some((e) => e === true),
  distinct: ([xs]) => [...new Map(list(xs).map((e) => [JSON.stringify(e), e])).values()],
  setsubtract: ([a, b]) => list(a).filter((e) => !list(b).some((f) => JSON.stringify(f) === JSON.stringify(e))),
  keys: ([m]) => Object.keys(m as object).sort(),
  values: ([m]) =>
    Object.keys(m as object)
      .sort()
      .map((k) => (m as Record<string, Value>)[k]),
  split: ([sep, s]) => String(s).split(String(sep)),
  tonumber: ([s]) => {
    const n = Number(s);
    if (Number.isNaN(n)) throw new HclEvalError("not a number");
    return n;
  },
  floor: ([n]) => Math.floor(Number(n)),
  upper: ([s]) => String(s).toUpperCase(),
  startswith: ([s, prefix]) => String(s).startsWith(String(prefix)),
  endswith: ([s, suffix]) => String(s).endsWith(String(suffix)),
  regex: ([pattern, s]) => {
    const m = new RegExp(String(pattern)).exec(String(s));
    if (!m) throw new HclEvalError("regex did not match");
    return m[0];
  },
  cidrhost: ([c, n]) => {
    if (!isCidr(c)) throw new HclEvalError(`invalid CIDR ${String(c)}`);
    return `${String(c)}#${String(n)}`;
  },
};

function evaluate(n: Node, scope: Scope): Value {
  switch (n.k) {
    case "lit":
      return n.v;
    case "list":
      return n.items.map((i) => evaluate(i, scope));
    case "index": {
      const v = evaluate(n.e, scope);
      const key = evaluate(n.key, scope);
      if (v === null || typeof v !== "object") throw new HclEvalError(`cannot index ${JSON.stringify(v)}`);
      const item = (v as Record<string, Value>)[String(key)];
      if (item === undefined) throw new HclEvalError(`no element ${String(key)}`);
      return item;
    }
    case "un": {
      const v = evaluate(n.e, scope);
      return n.op === "!" ? !v : -Number(v);
    }
    case "cond":
      return evaluate(n.c, scope) === true ? evaluate(n.t, scope) : evaluate(n.f, scope);
    case "bin": {
      if (n.op === "&&") return evaluate(n.l, scope) === true && evaluate(n.r, scope) === true;
      if (n.op === "||") return evaluate(n.l, scope) === true || evaluate(n.r, scope) === true;
      const l = evaluate(n.l, scope);
      const r = evaluate(n.r, scope);
      switch (n.op) {
        case "==":
          return JSON.stringify(l) === JSON.stringify(r);
        case "!=":
          return JSON.stringify(l) !== JSON.stringify(r);
        case "<":
          return Number(l) < Number(r);
        case "<=":
          return Number(l) <= Number(r);
        case ">":
          return Number(l) > Number(r);
        case ">=":
          return Number(l) >= Number(r);
        case "+":
          return Number(l) + Number(r);
        case "-":
          return Number(l) - Number(r);
        case "*":
          return Number(l) * Number(r);
        case "/":
          return Number(l) / Number(r);
        case "%":
          return Number(l) % Number(r);
      }
      throw new Unsupported(`operator ${n.op}`);
    }
    case "ref": {
      if (!(n.root in scope)) throw new Unsupported(`reference ${n.root}`);
      let v = scope[n.root];
      for (const step of n.path) {
        const key = typeof step === "string" ? step : evaluate(step, scope);
        if (v === null || typeof v !== "object") throw new HclEvalError(`cannot index ${JSON.stringify(v)}`);
        v = (v as Record<string, Value>)[String(key)];
        if (v === undefined) throw new HclEvalError(`no attribute ${String(key)}`);
      }
      return v;
    }
    case "call": {
      if (n.name === "can") {
        try {
          evaluate(n.args[0] as Node, scope);
          return true;
        } catch (e) {
          if (e instanceof HclEvalError) return false;
          throw e;
        }
      }
      const f = FUNCTIONS[n.name];
      if (!f) throw new Unsupported(`function ${n.name}`);
      return f(n.args.map((a) => evaluate(a, scope)));
    }
    case "for": {
      const coll = evaluate(n.coll, scope);
      const entries: [Value, Value][] = Array.isArray(coll)
        ? coll.map((v, i) => [i, v])
        : coll !== null && typeof coll === "object"
          ? Object.keys(coll)
              .sort()
              .map((k) => [k, (coll as Record<string, Value>)[k]])
          : (() => {
              throw new HclEvalError("for over a non-collection");
            })();
      const out: Value[] = [];
      for (const [k, v] of entries) {
        const inner = { ...scope, [n.name]: v, ...(n.key ? { [n.key]: k } : {}) };
        if (n.filter && evaluate(n.filter, inner) !== true) continue;
        out.push(evaluate(n.body, inner));
      }
      return out;
    }
  }
}

/**
 * Evaluates one Terraform expression as hcl2-parser gives it (`"${...}"`).
 * @throws {Unsupported} when the expression leaves the supported subset.
 * @throws {HclEvalError} when evaluation fails as it would in Terraform.
 */
export function evaluateExpression(expr: string, vars: Record<string, Value>): Value {
  const src = expr.startsWith("${") && expr.endsWith("}") ? expr.slice(2, -1) : expr;
  return evaluate(new Parser(tokenize(src)).parse(), { var: vars });
}
