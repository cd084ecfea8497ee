/**
 * Redaction by name: anything printed that comes from the environment, config or a command line passes through here.
 * A value is hidden when its name looks secret; access key ids keep their first four characters (as `cdk doctor`).
 */

const SECRET_NAME = /(secret|token|password|passwd|credential|session|private|auth)/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

export function redactValue(name: string, value: string): string {
  if (/^AWS_ACCESS_KEY_ID$/i.test(name)) return `${value.slice(0, 4)}…`;
  return isSecretName(name) ? "[redacted]" : value;
}

/** Redacts `NAME=value` pairs and `--secret-flag value` / `--secret-flag=value` arguments in a list of arguments. */
export function redactArgs(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const eq = arg.indexOf("=");
    if (eq > 0) {
      const name = arg.slice(0, eq).replace(/^-+/, "");
      out.push(`${arg.slice(0, eq + 1)}${redactValue(name, arg.slice(eq + 1))}`);
      continue;
    }
    out.push(arg);
    const next = args[i + 1];
    if (
      arg.startsWith("--") &&
      isSecretName(arg) &&
      !arg.endsWith("-stdin") &&
      next !== undefined &&
      !next.startsWith("-")
    ) {
      out.push("[redacted]");
      i++;
    }
  }
  return out;
}
