import type {
  GetRetentionSettingsRequest,
  GetRetentionSettingsResponse,
  PutRetentionSettingsRequest,
  PutRetentionSettingsResponse,
  RetentionSettings,
} from "@chimekit/types";
import { badRequest } from "../engine/errors.js";
import { iso, type OperationContext } from "../engine/operation-context.js";
import { retentionSettings } from "./collections.js";
import { requireAccount } from "./lookups.js";
import type { AccountRecord, RetentionSettingsRecord } from "./records.js";
import { date, defined } from "./wire.js";

const MAX_RETENTION_DAYS = 5475;

/** Retention settings exist for Enterprise accounts only (reference: "Amazon Chime Enterprise account"). */
async function requireEnterpriseAccount(
  op: OperationContext,
  accountId: string,
): Promise<AccountRecord> {
  const account = await requireAccount(op, accountId);
  if (account.AccountType === "Team") {
    throw badRequest(
      `${op.operation}: account ${accountId} is a Team account; retention settings apply to Enterprise accounts only`,
    );
  }
  return account;
}

function copy(settings: RetentionSettingsRecord["RetentionSettings"]): RetentionSettings {
  return defined({
    RoomRetentionSettings: settings.RoomRetentionSettings && { ...settings.RoomRetentionSettings },
    ConversationRetentionSettings: settings.ConversationRetentionSettings && {
      ...settings.ConversationRetentionSettings,
    },
  });
}

function checkDays(label: string, days: number | undefined): void {
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > MAX_RETENTION_DAYS)) {
    throw badRequest(
      `PutRetentionSettings: ${label}.RetentionDays ${days} must be an integer from 1 to ${MAX_RETENTION_DAYS}`,
    );
  }
}

export async function getRetentionSettings(
  op: OperationContext,
  input: GetRetentionSettingsRequest,
): Promise<GetRetentionSettingsResponse> {
  await requireEnterpriseAccount(op, input.AccountId);
  const stored = await retentionSettings.get(op, [input.AccountId]);
  return defined({
    RetentionSettings: copy(stored.RetentionSettings),
    InitiateDeletionTimestamp: date(stored.InitiateDeletionTimestamp),
  });
}

/**
 * Replaces the retention settings; leaving out a RetentionDays turns that
 * retention off. While any retention is on, deletion of older messages
 * starts at the time of the call (InitiateDeletionTimestamp).
 */
export async function putRetentionSettings(
  op: OperationContext,
  input: PutRetentionSettingsRequest,
): Promise<PutRetentionSettingsResponse> {
  await requireEnterpriseAccount(op, input.AccountId);
  const settings = input.RetentionSettings;
  checkDays("RoomRetentionSettings", settings.RoomRetentionSettings?.RetentionDays);
  checkDays("ConversationRetentionSettings", settings.ConversationRetentionSettings?.RetentionDays);
  const on =
    settings.RoomRetentionSettings?.RetentionDays !== undefined ||
    settings.ConversationRetentionSettings?.RetentionDays !== undefined;
  const stored = await retentionSettings.put(
    op,
    [input.AccountId],
    defined({
      RetentionSettings: copy(settings),
      InitiateDeletionTimestamp: on ? iso(op.now) : undefined,
    }),
  );
  return defined({
    RetentionSettings: copy(stored.RetentionSettings),
    InitiateDeletionTimestamp: date(stored.InitiateDeletionTimestamp),
  });
}
