import type {
  Bot,
  CreateBotRequest,
  CreateBotResponse,
  GetBotRequest,
  GetBotResponse,
  ListBotsRequest,
  ListBotsResponse,
  RegenerateSecurityTokenRequest,
  RegenerateSecurityTokenResponse,
  UpdateBotRequest,
  UpdateBotResponse,
} from "@chimekit/types";
import { iso, type OperationContext } from "../engine/operation-context.js";
import { bots } from "./collections.js";
import { requireAccount, requireBot } from "./lookups.js";
import type { BotRecord } from "./records.js";
import { date, defined } from "./wire.js";

const SECURITY_TOKEN_LENGTH = 40;
/** The domain of a bot's email when CreateBot names none. */
const DEFAULT_BOT_DOMAIN = "example.com";

export function toBot(record: BotRecord): Bot {
  return defined({
    BotId: record.BotId,
    UserId: record.UserId,
    DisplayName: record.DisplayName,
    BotType: record.BotType,
    Disabled: record.Disabled,
    CreatedTimestamp: date(record.CreatedTimestamp),
    UpdatedTimestamp: date(record.UpdatedTimestamp),
    BotEmail: record.BotEmail,
    SecurityToken: record.SecurityToken,
  });
}

/**
 * As the reference's example shows: the email is `<name>-chimebot@<domain>`,
 * the display name gets ` (Bot)`, the bot's user ID is its bot ID, and it
 * starts enabled with a fresh security token.
 */
export function newBot(
  op: OperationContext,
  accountId: string,
  displayName: string,
  domain: string | undefined,
  botId = op.ids.uuid(),
): BotRecord {
  const localPart = displayName.replace(/[^A-Za-z0-9._-]+/g, "-");
  return {
    BotId: botId,
    UserId: botId,
    AccountId: accountId,
    DisplayName: `${displayName} (Bot)`,
    BotType: "ChatBot",
    Disabled: false,
    BotEmail: `${localPart}-chimebot@${domain ?? DEFAULT_BOT_DOMAIN}`,
    SecurityToken: op.ids.token(SECURITY_TOKEN_LENGTH),
    CreatedTimestamp: iso(op.now),
    UpdatedTimestamp: iso(op.now),
  };
}

export async function createBot(
  op: OperationContext,
  input: CreateBotRequest,
): Promise<CreateBotResponse> {
  const account = await requireAccount(op, input.AccountId);
  const bot = await bots.insert(
    op,
    [account.AccountId],
    newBot(op, account.AccountId, input.DisplayName, input.Domain),
  );
  return { Bot: toBot(bot) };
}

export async function getBot(op: OperationContext, input: GetBotRequest): Promise<GetBotResponse> {
  return { Bot: toBot(await requireBot(op, input.AccountId, input.BotId)) };
}

export async function updateBot(
  op: OperationContext,
  input: UpdateBotRequest,
): Promise<UpdateBotResponse> {
  const bot = await requireBot(op, input.AccountId, input.BotId);
  const updated = await bots.update(op, [input.AccountId], bot, {
    ...bot,
    Disabled: input.Disabled ?? bot.Disabled,
    UpdatedTimestamp: iso(op.now),
  });
  return { Bot: toBot(updated) };
}

export async function listBots(
  op: OperationContext,
  input: ListBotsRequest,
): Promise<ListBotsResponse> {
  const account = await requireAccount(op, input.AccountId);
  const page = await bots.list(op, [account.AccountId], {
    operation: "ListBots",
    maxResults: input.MaxResults,
    nextToken: input.NextToken,
  });
  return defined({ Bots: page.items.map(toBot), NextToken: page.nextToken });
}

/** Replaces the bot's security token with a new one (never the same). */
export async function regenerateSecurityToken(
  op: OperationContext,
  input: RegenerateSecurityTokenRequest,
): Promise<RegenerateSecurityTokenResponse> {
  const bot = await requireBot(op, input.AccountId, input.BotId);
  let token = op.ids.token(SECURITY_TOKEN_LENGTH);
  while (token === bot.SecurityToken) token = op.ids.token(SECURITY_TOKEN_LENGTH);
  const updated = await bots.update(op, [input.AccountId], bot, {
    ...bot,
    SecurityToken: token,
    UpdatedTimestamp: iso(op.now),
  });
  return { Bot: toBot(updated) };
}
