import type {
  GetPhoneNumberSettingsRequest,
  GetPhoneNumberSettingsResponse,
  UpdatePhoneNumberSettingsRequest,
  UpdatePhoneNumberSettingsResponse,
} from "@chimekit/types";
import { badRequest } from "../engine/errors.js";
import { iso, type OperationContext } from "../engine/operation-context.js";
import { phoneNumberSettings } from "./collections.js";
import { date, defined } from "./wire.js";

export async function getPhoneNumberSettings(
  op: OperationContext,
  _input: GetPhoneNumberSettingsRequest,
): Promise<GetPhoneNumberSettingsResponse> {
  const settings = await phoneNumberSettings.get(op, []);
  return defined({
    CallingName: settings.CallingName,
    CallingNameUpdatedTimestamp: date(settings.CallingNameUpdatedTimestamp),
  });
}

/** The default calling name can change once every seven days (of emulated time). */
export async function updatePhoneNumberSettings(
  op: OperationContext,
  input: UpdatePhoneNumberSettingsRequest,
): Promise<UpdatePhoneNumberSettingsResponse> {
  const settings = await phoneNumberSettings.get(op, []);
  if (settings.CallingNameUpdatedTimestamp !== undefined) {
    const nextAllowed =
      Date.parse(settings.CallingNameUpdatedTimestamp) + op.timings.phoneNumberSettingsIntervalMs;
    if (op.now.getTime() < nextAllowed) {
      throw badRequest(
        `UpdatePhoneNumberSettings: the default calling name was updated at ${settings.CallingNameUpdatedTimestamp} and can change once every seven days; next at ${new Date(nextAllowed).toISOString()}`,
      );
    }
  }
  await phoneNumberSettings.put(op, [], {
    CallingName: input.CallingName,
    CallingNameUpdatedTimestamp: iso(op.now),
  });
  return {};
}
