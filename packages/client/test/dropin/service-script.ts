import type { CannedResponse, RecordedRequest } from "../support/canned-server.js";

/** The service the drop-in programs talk to: fixed answers per route. */

const user = {
  UserId: "user-1",
  AccountId: "acct-1",
  PrimaryEmail: "user1@example.com",
  LicenseType: "Pro",
  RegisteredOn: "2018-12-20T18:45:25.231Z",
};

/** A fixed request ID, so both clients' runs print the same `$metadata`. */
const REQUEST_ID = { "x-amzn-requestid": "dropin-request" };

const json = (statusCode: number, body: unknown): CannedResponse => ({
  statusCode,
  headers: REQUEST_ID,
  body: JSON.stringify(body),
});

const error = (
  statusCode: number,
  type: string,
  code: string,
  message: string,
): CannedResponse => ({
  statusCode,
  headers: { ...REQUEST_ID, "x-amzn-errortype": type },
  body: JSON.stringify({ Code: code, Message: message }),
});

export function dropinService(request: RecordedRequest): CannedResponse {
  const route = `${request.method} ${request.path}${request.query ? `?${request.query}` : ""}`;
  switch (true) {
    case route === "GET /accounts/acct-1/users/user-1":
      return json(200, { User: user });
    case route === "GET /accounts/acct-1/users/missing":
      return error(404, "NotFoundException", "NotFound", "User missing not found");
    case route === "GET /accounts/acct-1/users/throttled":
      return error(429, "ThrottledClientException", "Throttled", "Slow down");
    case route === "POST /accounts":
      return json(201, {
        Account: {
          AccountId: "acct-2",
          AwsAccountId: "111122223333",
          Name: "Example Corp",
          CreatedTimestamp: "2024-01-02T03:04:05Z",
        },
      });
    case route === "POST /accounts/acct-1/users/user-1":
      return json(200, { User: { UserId: "user-1", LicenseType: "Pro" } });
    case route === "POST /accounts/acct-1/users/user-1?operation=logout":
      return { statusCode: 204 };
    case route === "GET /accounts":
      return json(200, {
        Accounts: [
          { AccountId: "a", AwsAccountId: "1", Name: "Alpha" },
          { AccountId: "b", AwsAccountId: "1", Name: "Beta" },
        ],
      });
    case route === "GET /accounts/acct-1":
      return json(200, {
        Account: { AccountId: "acct-1", AwsAccountId: "1", Name: "One", AccountType: "Team" },
      });
    case route.startsWith("GET /accounts/acct-1/users?"):
      return new URLSearchParams(request.query).get("next-token") === "page-2"
        ? json(200, { Users: [{ UserId: "user-3" }] })
        : json(200, { Users: [{ UserId: "user-1" }, { UserId: "user-2" }], NextToken: "page-2" });
    case route === "DELETE /accounts/locked":
      return error(409, "AccountLockedException", "Conflict", "The account is locked");
    default:
      return error(400, "BadRequestException", "BadRequest", `No route for ${route}`);
  }
}
