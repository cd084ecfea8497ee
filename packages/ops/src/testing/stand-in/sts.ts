/**
 * STS GetCallerIdentity as the stand-in plays it: the Query protocol (form-encoded POST, XML answer), shaped as in
 * https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html#API_GetCallerIdentity_Examples
 */
import { type ServiceHandler, xmlError } from "./server.ts";

/**
 * @param expired answer as STS does to a session token past its expiry: 403 with an `ErrorResponse` body whose code
 *   is ExpiredToken (https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html).
 */
export function stsStandIn(
  account: string,
  arn = `arn:aws:iam::${account}:user/dev`,
  state: { expired?: boolean } = {},
): ServiceHandler {
  return (req) => {
    if (state.expired)
      return new Response(
        `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>ExpiredToken</Code><Message>The security token included in the request is expired</Message></Error><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ErrorResponse>`,
        { status: 403, headers: { "content-type": "text/xml" } },
      );
    const action = new URLSearchParams(req.body).get("Action") ?? req.query.get("Action");
    if (action !== "GetCallerIdentity") return xmlError(400, "InvalidAction", `Could not find operation ${action}`);
    return new Response(
      `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>${arn}</Arn><UserId>AIDASTANDIN</UserId><Account>${account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
      { headers: { "content-type": "text/xml" } },
    );
  };
}
