import type {
  GetUserSettingsRequest,
  GetUserSettingsResponse,
  UpdateUserSettingsRequest,
  UpdateUserSettingsResponse,
} from "@chimekit/types";
import type { OperationContext } from "../engine/operation-context.js";
import { userSettings } from "./collections.js";
import { requireUser } from "./lookups.js";

/** A user's telephony permissions; all allowed until changed. */
export async function getUserSettings(
  op: OperationContext,
  input: GetUserSettingsRequest,
): Promise<GetUserSettingsResponse> {
  await requireUser(op, input.AccountId, input.UserId);
  const settings = await userSettings.get(op, [input.AccountId, input.UserId]);
  return { UserSettings: { Telephony: { ...settings.Telephony } } };
}

export async function updateUserSettings(
  op: OperationContext,
  input: UpdateUserSettingsRequest,
): Promise<UpdateUserSettingsResponse> {
  await requireUser(op, input.AccountId, input.UserId);
  const { InboundCalling, OutboundCalling, SMS } = input.UserSettings.Telephony;
  await userSettings.put(op, [input.AccountId, input.UserId], {
    Telephony: { InboundCalling, OutboundCalling, SMS },
  });
  return {};
}
