/** The AWS account unsigned benchmark requests land in, and the Chime account holding the users. */
export const BENCH_AWS_ACCOUNT_ID = "123456789012";
export const BENCH_ACCOUNT_ID = "b0000000-0000-4000-8000-000000000000";
/** The account seeded with the users (its ID is the base ID with a suffix). */
export const USERS_ACCOUNT_ID = `${BENCH_ACCOUNT_ID}-users`;

/** Seed fixtures for `count` users with predictable IDs: `user-0`, `user-1`, ... */
export function benchUsers(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    UserId: `user-${i}`,
    PrimaryEmail: `user${i}@example.com`,
    DisplayName: `User ${i}`,
  }));
}

export const getUserPath = (userId: string) => `/accounts/${USERS_ACCOUNT_ID}/users/${userId}`;
export const listUsersPath = (nextToken?: string) =>
  `/accounts/${USERS_ACCOUNT_ID}/users?max-results=100${nextToken ? `&next-token=${encodeURIComponent(nextToken)}` : ""}`;
