import { useState } from "preact/hooks";
import { api } from "./api.js";
import { ErrorMessage } from "./messages.js";
import { PagedList } from "./paged-list.js";
import { Fields, RecordTable, text } from "./record-table.js";
import { ReferenceLink } from "./reference-link.js";
import {
  buildStateTree,
  recordMatches,
  type AwsAccountNode,
  type BotNode,
  type ChimeAccountNode,
  type RoomNode,
  type UserNode,
  type Value,
} from "./state-model.js";
import { usePoll } from "./use-poll.js";

interface StateViewProps {
  docsBase: string;
  awsAccounts: string[];
  /** Changes when the page changed state (reset, import): the view reloads at once. */
  changes: number;
}

/** The State view: every record the emulator keeps, by AWS account, refreshed live. */
export function StateView({ docsBase, awsAccounts, changes }: StateViewProps) {
  const [awsAccountId, setAwsAccountId] = useState("");
  const [filter, setFilter] = useState("");
  const [live, setLive] = useState(true);
  const state = usePoll(
    () => api.state(awsAccountId || undefined),
    2000,
    `${awsAccountId} ${changes}`,
    !live,
  );
  const tree = state.value ? buildStateTree(state.value) : undefined;
  return (
    <section aria-labelledby="state-title">
      <h2 id="state-title">State</h2>
      <form class="toolbar" onSubmit={(event) => event.preventDefault()}>
        <label>
          AWS account
          <select
            value={awsAccountId}
            onChange={(event) => setAwsAccountId(event.currentTarget.value)}
          >
            <option value="">All AWS accounts</option>
            {awsAccounts.map((id) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
        <label>
          Filter records
          <input
            type="search"
            value={filter}
            placeholder="name, email, ID, status…"
            onInput={(event) => setFilter(event.currentTarget.value)}
          />
        </label>
        <label class="inline">
          <input
            type="checkbox"
            checked={live}
            onChange={(event) => setLive(event.currentTarget.checked)}
          />
          Live updates
        </label>
        <button type="button" onClick={state.refresh}>
          Refresh state
        </button>
      </form>
      {state.error && <ErrorMessage error={state.error} />}
      {tree?.length === 0 && <p class="empty">The emulator holds no state.</p>}
      {tree?.map((node) => (
        <AwsAccount key={node.awsAccountId} node={node} filter={filter} docsBase={docsBase} />
      ))}
    </section>
  );
}

function AwsAccount({
  node,
  filter,
  docsBase,
}: {
  node: AwsAccountNode;
  filter: string;
  docsBase: string;
}) {
  const accounts = node.accounts.filter((account) => recordMatches(account, filter));
  const phoneNumbers = node.phoneNumbers.filter((number) => recordMatches(number, filter));
  const orders = node.phoneNumberOrders.filter((order) => recordMatches(order, filter));
  return (
    <section class="aws-account" aria-label={`AWS account ${node.awsAccountId}`}>
      <h3>AWS account {node.awsAccountId}</h3>
      <h4>Chime accounts</h4>
      <PagedList
        items={accounts}
        noun={`Chime accounts of ${node.awsAccountId}`}
        pageSize={5}
        render={(shown) =>
          shown.map((account) => (
            <ChimeAccount
              key={String(account.account.AccountId)}
              node={account}
              filter={filter}
              docsBase={docsBase}
            />
          ))
        }
      />
      <h4>Phone numbers</h4>
      <RecordTable
        caption={`Phone numbers of AWS account ${node.awsAccountId}`}
        noun="phone numbers"
        rows={phoneNumbers}
        rowKey={(number) => String(number.PhoneNumberId)}
        kind="PhoneNumberResource"
        docsBase={docsBase}
        columns={[
          { label: "Number", cell: (n) => text(n.E164PhoneNumber) },
          { label: "Status", cell: (n) => text(n.Status) },
          { label: "Product type", cell: (n) => text(n.ProductType) },
          { label: "Type", cell: (n) => `${text(n.Country)} ${text(n.Type)}` },
          { label: "Associations", cell: (n) => associations(n.Associations) },
          { label: "Calling name", cell: (n) => text(n.CallingName) },
          { label: "Calling name status", cell: (n) => text(n.CallingNameStatus) },
        ]}
      />
      <h4>Phone number orders</h4>
      <RecordTable
        caption={`Phone number orders of AWS account ${node.awsAccountId}`}
        noun="phone number orders"
        rows={orders}
        rowKey={(order) => String(order.PhoneNumberOrderId)}
        kind="PhoneNumberOrderResource"
        docsBase={docsBase}
        columns={[
          { label: "Order", cell: (o) => text(o.PhoneNumberOrderId) },
          { label: "Status", cell: (o) => text(o.Status) },
          { label: "Product type", cell: (o) => text(o.ProductType) },
          { label: "Numbers", cell: (o) => orderedNumbers(o.OrderedPhoneNumbers) },
          { label: "Updated", cell: (o) => text(o.UpdatedTimestamp) },
        ]}
      />
      <div class="settings-pair">
        <div>
          <h4>
            Global settings <ReferenceLink kind="GlobalSettingsResource" docsBase={docsBase} />
          </h4>
          <Fields value={node.globalSettings} />
        </div>
        <div>
          <h4>
            Phone number settings{" "}
            <ReferenceLink kind="PhoneNumberSettingsResource" docsBase={docsBase} />
          </h4>
          <Fields value={node.phoneNumberSettings} />
        </div>
      </div>
    </section>
  );
}

function associations(value: unknown): string {
  if (!Array.isArray(value) || value.length === 0) return "—";
  return (value as Value[]).map((a) => `${text(a.Name)}: ${text(a.Value)}`).join(", ");
}

function orderedNumbers(value: unknown): string {
  if (!Array.isArray(value) || value.length === 0) return "—";
  return (value as Value[]).map((n) => `${text(n.E164PhoneNumber)} (${text(n.Status)})`).join(", ");
}

function ChimeAccount({
  node,
  filter,
  docsBase,
}: {
  node: ChimeAccountNode;
  filter: string;
  docsBase: string;
}) {
  const { account } = node;
  const name = text(account.Name);
  const users = node.users.filter((user) => recordMatches(user, filter));
  const bots = node.bots.filter((bot) => recordMatches(bot, filter));
  const rooms = node.rooms.filter((room) => recordMatches(room, filter));
  return (
    <article class="chime-account" aria-label={`Chime account ${name}`}>
      <header>
        <h5>{name}</h5>
        <ReferenceLink kind="AccountResource" docsBase={docsBase} />
      </header>
      <dl class="fields">
        <div>
          <dt>AccountId</dt>
          <dd>{text(account.AccountId)}</dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>{text(account.AccountType)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>{text(account.AccountStatus)}</dd>
        </div>
        <div>
          <dt>Licenses</dt>
          <dd>
            {text((account.SupportedLicenses as string[] | undefined)?.join(", "))} (default{" "}
            {text(account.DefaultLicense)})
          </dd>
        </div>
        <div>
          <dt>Sign-in delegate groups</dt>
          <dd>
            {text(
              (account.SigninDelegateGroups as Value[] | undefined)
                ?.map((group) => group.GroupName)
                .join(", "),
            )}
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>{text(account.CreatedTimestamp)}</dd>
        </div>
      </dl>
      <div class="settings-pair">
        <div>
          <h6>
            Settings <ReferenceLink kind="AccountSettingsResource" docsBase={docsBase} />
          </h6>
          <Fields value={node.settings} />
        </div>
        <div>
          <h6>
            Retention <ReferenceLink kind="RetentionSettingsResource" docsBase={docsBase} />
          </h6>
          <Fields value={node.retention} />
        </div>
      </div>
      <h6>Users</h6>
      <RecordTable<UserNode>
        caption={`Users of ${name}`}
        noun={`users of ${name}`}
        rows={users}
        rowKey={({ user }) => String(user.UserId)}
        kind="UserResource"
        docsBase={docsBase}
        columns={[
          { label: "Email", cell: ({ user }) => text(user.PrimaryEmail) },
          { label: "Name", cell: ({ user }) => text(user.DisplayName) },
          { label: "License", cell: ({ user }) => text(user.LicenseType) },
          { label: "Registration", cell: ({ user }) => text(user.UserRegistrationStatus) },
          { label: "Invitation", cell: ({ user }) => text(user.UserInvitationStatus) },
          { label: "Number", cell: ({ user }) => text(user.PrimaryProvisionedNumber) },
          { label: "Telephony", cell: ({ settings }) => text(settings?.Telephony) },
          { label: "UserId", cell: ({ user }) => text(user.UserId) },
        ]}
      />
      <h6>Bots</h6>
      <RecordTable<BotNode>
        caption={`Bots of ${name}`}
        noun={`bots of ${name}`}
        rows={bots}
        rowKey={({ bot }) => String(bot.BotId)}
        kind="BotResource"
        docsBase={docsBase}
        columns={[
          { label: "Name", cell: ({ bot }) => text(bot.DisplayName) },
          { label: "Email", cell: ({ bot }) => text(bot.BotEmail) },
          { label: "Disabled", cell: ({ bot }) => text(bot.Disabled) },
          {
            label: "Events configuration",
            cell: ({ eventsConfiguration }) => text(eventsConfiguration),
          },
          { label: "Security token", cell: ({ bot }) => <SecretToken bot={bot} /> },
        ]}
      />
      <h6>Rooms</h6>
      <RecordTable<RoomNode>
        caption={`Rooms of ${name}`}
        noun={`rooms of ${name}`}
        rows={rooms}
        rowKey={({ room }) => String(room.RoomId)}
        kind="RoomResource"
        docsBase={docsBase}
        columns={[
          { label: "Name", cell: ({ room }) => text(room.Name) },
          { label: "RoomId", cell: ({ room }) => text(room.RoomId) },
          {
            label: "Members",
            cell: ({ memberships }) =>
              memberships.length === 0
                ? "—"
                : memberships.map((m) => `${text(m.MemberId)} (${text(m.Role)})`).join(", "),
          },
          { label: "Created by", cell: ({ room }) => text(room.CreatedBy) },
        ]}
      />
    </article>
  );
}

/** A bot's security token is a credential: shown only when asked for, one bot at a time. */
function SecretToken({ bot }: { bot: Value }) {
  const [shown, setShown] = useState(false);
  return (
    <span class="secret">
      {shown ? <code>{text(bot.SecurityToken)}</code> : <span aria-hidden="true">••••••</span>}{" "}
      <button
        type="button"
        aria-pressed={shown}
        aria-label={`${shown ? "Hide" : "Show"} the security token of ${text(bot.DisplayName)}`}
        onClick={() => setShown(!shown)}
      >
        {shown ? "Hide" : "Show"}
      </button>
    </span>
  );
}
