import { describe, expect, test } from "bun:test";
import { OpsError } from "../errors.ts";
import { awsError } from "../testing/aws-errors.ts";
import { awsCall } from "./call.ts";

const retry = { attempts: 4, baseMs: 1, sleep: async () => {} };
const failing = (errors: Error[]) => {
  let n = 0;
  return async (): Promise<string> => {
    const e = errors[n++];
    if (e) throw e;
    return "ok";
  };
};
const code = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return "none";
  } catch (e) {
    return e instanceof OpsError ? e.code : "not-OpsError";
  }
};

describe("awsCall", () => {
  test("retries throttling and 5xx, then succeeds", async () => {
    expect(
      await awsCall(
        "EC2 X",
        failing([awsError("RequestLimitExceeded", 503), awsError("Throttling", 400), awsError("InternalError", 500)]),
        { retry },
      ),
    ).toBe("ok");
  });

  test("maps the errors users meet to codes with fixes", async () => {
    expect(await code(awsCall("S3 X", failing([awsError("AccessDenied", 403)]), { retry }))).toBe("AwsAccessDenied");
    expect(await code(awsCall("S3 X", failing([awsError("ExpiredToken", 400)]), { retry }))).toBe(
      "AwsCredentialsExpired",
    );
    expect(
      await code(
        awsCall(
          "S3 X",
          failing([
            Object.assign(new Error("Could not load credentials from any providers"), {
              name: "CredentialsProviderError",
            }),
          ]),
          { retry },
        ),
      ),
    ).toBe("AwsNoCredentials");
    expect(await code(awsCall("S3 X", failing([new Error("Region is missing")]), { retry }))).toBe("AwsRegionMissing");
    expect(
      await code(
        awsCall(
          "S3 X",
          failing([
            awsError("SlowDown", 503),
            awsError("SlowDown", 503),
            awsError("SlowDown", 503),
            awsError("SlowDown", 503),
          ]),
          { retry },
        ),
      ),
    ).toBe("AwsThrottled");
    expect(await code(awsCall("S3 X", failing([awsError("InvalidParameterValue", 400)]), { retry }))).toBe(
      "AwsCallFailed",
    );
  });

  test("passes named errors through untouched and never retries them", async () => {
    const e = awsError("NoSuchBucket", 404);
    await expect(awsCall("S3 X", failing([e]), { retry, passThrough: ["NoSuchBucket"] })).rejects.toBe(e);
  });
});
