import { expect, test } from "bun:test";
import { OpsError } from "../../errors.ts";
import { assertBucketName, bucketNameProblems } from "./bucket-name.ts";

test("valid names pass", () => {
  for (const n of ["tertulia-tfstate-123456789012", "abc", "a.b-c1", "x".repeat(63)])
    expect(bucketNameProblems(n)).toEqual([]);
});

test("each rule is named", () => {
  expect(bucketNameProblems("terraform_bucket_eks")).toEqual([
    'may contain only lowercase letters, digits, dots and hyphens (found "_")',
  ]);
  expect(bucketNameProblems("ab")).toEqual(["must be 3–63 characters long (it has 2)"]);
  expect(bucketNameProblems("-abc")).toEqual(["must begin and end with a lowercase letter or digit"]);
  expect(bucketNameProblems("a..b")).toEqual(["must not contain two adjacent dots"]);
  expect(bucketNameProblems("192.168.1.1")).toEqual(["must not look like an IP address"]);
  expect(bucketNameProblems("xn--abc")).toEqual(['must not start with "xn--"']);
  expect(bucketNameProblems("abc-s3alias")).toEqual(['must not end with "-s3alias"']);
  expect(bucketNameProblems("My_Bucket")).toEqual([
    `may contain only lowercase letters, digits, dots and hyphens (found "M", "_", "B")`,
    "must begin and end with a lowercase letter or digit",
  ]);
});

test("the error suggests a corrected name and is a usage error", () => {
  try {
    assertBucketName("Terraform_Bucket_EKS");
    throw new Error("not thrown");
  } catch (e) {
    expect(e).toBeInstanceOf(OpsError);
    expect((e as OpsError).code).toBe("InvalidBucketName");
    expect((e as OpsError).fix).toBe("Use a valid name, e.g. --bucket terraform-bucket-eks.");
  }
});

test("a dotted name is a clear usage error (HTTPS virtual-host addressing), unless path-style is asked for", () => {
  let error: unknown;
  try {
    assertBucketName("tertulia.state");
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(OpsError);
  expect((error as OpsError).code).toBe("InvalidBucketName");
  expect((error as OpsError).message).toContain("must not contain dots here");
  expect((error as OpsError).fix).toBe("Use a valid name, e.g. --bucket tertulia-state.");
  expect(() => assertBucketName("tertulia.state", { pathStyle: true })).not.toThrow();
});
