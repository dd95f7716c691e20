import type {
  GetGlobalSettingsRequest,
  GetGlobalSettingsResponse,
  UpdateGlobalSettingsRequest,
  UpdateGlobalSettingsResponse,
} from "@chimekit/types";
import type { OperationContext } from "../engine/operation-context.js";
import { globalSettings } from "./collections.js";
import { defined } from "./wire.js";

/** The AWS account's call detail record buckets; none until set. */
export async function getGlobalSettings(
  op: OperationContext,
  _input: GetGlobalSettingsRequest,
): Promise<GetGlobalSettingsResponse> {
  const settings = await globalSettings.get(op, []);
  return defined({
    BusinessCalling: settings.BusinessCalling && { ...settings.BusinessCalling },
    VoiceConnector: settings.VoiceConnector && { ...settings.VoiceConnector },
  });
}

/** Replaces the parts the request gives and keeps the others. */
export async function updateGlobalSettings(
  op: OperationContext,
  input: UpdateGlobalSettingsRequest,
): Promise<UpdateGlobalSettingsResponse> {
  const current = await globalSettings.get(op, []);
  await globalSettings.put(
    op,
    [],
    defined({
      BusinessCalling: input.BusinessCalling
        ? { ...input.BusinessCalling }
        : current.BusinessCalling,
      VoiceConnector: input.VoiceConnector ? { ...input.VoiceConnector } : current.VoiceConnector,
    }),
  );
  return {};
}
