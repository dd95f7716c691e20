export const ACCESS_KEY = "AKIDBENCHMARK";
export const SECRET_KEY = "benchmark-secret";
export const ACCOUNT_ID = "12a3456b-7c89-012d-3456-78901e23fg45";
export const USER_ID = "1ab2345c-67de-8901-f23g-45h678901j2k";
export const GET_USER_PATH = `/accounts/${ACCOUNT_ID}/users/${USER_ID}`;

/** The fixed user every GetUser call returns. */
export function fixedUserResponse() {
  return {
    User: {
      UserId: USER_ID,
      AccountId: ACCOUNT_ID,
      PrimaryEmail: "user1@example.com",
      DisplayName: "user1",
      LicenseType: "Pro" as const,
      UserRegistrationStatus: "Registered" as const,
      RegisteredOn: new Date("2018-12-20T18:45:25.231Z"),
      PersonalPIN: "XXXXXXXXXX",
    },
  };
}
