import type {
  DeleteEventsConfigurationRequest,
  DeleteEventsConfigurationResponse,
  EventsConfiguration,
  GetEventsConfigurationRequest,
  GetEventsConfigurationResponse,
  PutEventsConfigurationRequest,
  PutEventsConfigurationResponse,
} from "@chimekit/types";
import { badRequest, notFound } from "../engine/errors.js";
import type { OperationContext } from "../engine/operation-context.js";
import { eventsConfigurations } from "./collections.js";
import { requireBot } from "./lookups.js";
import type { EventsConfigurationRecord } from "./records.js";
import { defined } from "./wire.js";

const LAMBDA_ARN =
  /^arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9$_-]+)?$/;

function toEventsConfiguration(record: EventsConfigurationRecord): EventsConfiguration {
  return defined({
    BotId: record.BotId,
    OutboundEventsHTTPSEndpoint: record.OutboundEventsHTTPSEndpoint,
    LambdaFunctionArn: record.LambdaFunctionArn,
  });
}

/** A bot receives its events at an HTTPS endpoint or a Lambda function: exactly one of them. */
export async function putEventsConfiguration(
  op: OperationContext,
  input: PutEventsConfigurationRequest,
): Promise<PutEventsConfigurationResponse> {
  const bot = await requireBot(op, input.AccountId, input.BotId);
  const endpoint = input.OutboundEventsHTTPSEndpoint;
  const lambda = input.LambdaFunctionArn;
  if (endpoint !== undefined && lambda !== undefined) {
    throw badRequest(
      "PutEventsConfiguration: give either OutboundEventsHTTPSEndpoint or LambdaFunctionArn, not both",
    );
  }
  if (endpoint === undefined && lambda === undefined) {
    throw badRequest(
      "PutEventsConfiguration: give an OutboundEventsHTTPSEndpoint or a LambdaFunctionArn",
    );
  }
  if (endpoint !== undefined && !/^https:\/\/[^\s/]+/.test(endpoint)) {
    throw badRequest(
      `PutEventsConfiguration: OutboundEventsHTTPSEndpoint "${endpoint}" is not an https:// URL`,
    );
  }
  if (lambda !== undefined && !LAMBDA_ARN.test(lambda)) {
    throw badRequest(
      `PutEventsConfiguration: LambdaFunctionArn "${lambda}" is not a Lambda function ARN`,
    );
  }
  const configuration = await eventsConfigurations.put(
    op,
    [input.AccountId, bot.BotId],
    defined({ BotId: bot.BotId, OutboundEventsHTTPSEndpoint: endpoint, LambdaFunctionArn: lambda }),
  );
  return { EventsConfiguration: toEventsConfiguration(configuration) };
}

export async function getEventsConfiguration(
  op: OperationContext,
  input: GetEventsConfigurationRequest,
): Promise<GetEventsConfigurationResponse> {
  const bot = await requireBot(op, input.AccountId, input.BotId);
  const configuration = await eventsConfigurations.stored(op, [input.AccountId, bot.BotId]);
  if (!configuration) {
    throw notFound(
      `GetEventsConfiguration: bot ${bot.BotId} has no events configuration; put one first`,
    );
  }
  return { EventsConfiguration: toEventsConfiguration(configuration) };
}

/** Deleting a configuration that does not exist succeeds: the bot ends up without one either way. */
export async function deleteEventsConfiguration(
  op: OperationContext,
  input: DeleteEventsConfigurationRequest,
): Promise<DeleteEventsConfigurationResponse> {
  const bot = await requireBot(op, input.AccountId, input.BotId);
  await eventsConfigurations.remove(op, [input.AccountId, bot.BotId]);
  return {};
}
