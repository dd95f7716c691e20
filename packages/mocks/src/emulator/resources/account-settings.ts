import type {
  GetAccountSettingsRequest,
  GetAccountSettingsResponse,
  UpdateAccountSettingsRequest,
  UpdateAccountSettingsResponse,
} from "@chimekit/types";
import type { OperationContext } from "../engine/operation-context.js";
import { accountSettings } from "./collections.js";
import { requireAccount } from "./lookups.js";

/** Remote control allowed and dial-out off until changed. */
export async function getAccountSettings(
  op: OperationContext,
  input: GetAccountSettingsRequest,
): Promise<GetAccountSettingsResponse> {
  await requireAccount(op, input.AccountId);
  return { AccountSettings: { ...(await accountSettings.get(op, [input.AccountId])) } };
}

/** Changes only the settings the request gives. */
export async function updateAccountSettings(
  op: OperationContext,
  input: UpdateAccountSettingsRequest,
): Promise<UpdateAccountSettingsResponse> {
  await requireAccount(op, input.AccountId);
  const current = await accountSettings.get(op, [input.AccountId]);
  await accountSettings.put(op, [input.AccountId], {
    DisableRemoteControl:
      input.AccountSettings.DisableRemoteControl ?? current.DisableRemoteControl,
    EnableDialOut: input.AccountSettings.EnableDialOut ?? current.EnableDialOut,
  });
  return {};
}
