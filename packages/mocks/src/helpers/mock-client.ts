import type { Handler, MetadataBearer } from "@smithy/types";

/** A client whose `send` can be replaced: `ChimeClient` (every instance) or one instance of it. */
interface SendingClient {
  send(command: unknown, ...rest: unknown[]): Promise<unknown>;
}
type ClientClass = { prototype: SendingClient; name: string };

/** A command class such as `GetUserCommand`: its input and output types are read from it. */
export type CommandClass<Input extends object = any, Output extends MetadataBearer = any> = new (
  input: Input,
) => { readonly input: Input; resolveMiddleware(...args: any[]): Handler<any, Output> };

export type CommandInput<C> = C extends CommandClass<infer Input, any> ? Input : never;
export type CommandOutput<C> = C extends CommandClass<any, infer Output> ? Output : never;

/** What a stub resolves with: the output's members; `$metadata` is filled in when left out. */
export type MockOutput<Output> = Partial<Output>;

/** A modeled error class (`NotFoundException`), an error instance, or a message for a plain `Error`. */
export type MockError = (new (options: any) => Error) | Error | string;

export interface MockedCall<Input extends object = object> {
  command: { readonly input: Input };
  input: Input;
}

/** The answers of one `on(Command, partialInput?)`: each method returns the stub, so calls chain. */
export interface CommandStub<Input extends object, Output> {
  resolves(output: MockOutput<Output>): CommandStub<Input, Output>;
  resolvesOnce(output: MockOutput<Output>): CommandStub<Input, Output>;
  rejects(error?: MockError, message?: string): CommandStub<Input, Output>;
  rejectsOnce(error?: MockError, message?: string): CommandStub<Input, Output>;
  callsFake(fake: FakeResponder<Input, Output>): CommandStub<Input, Output>;
  callsFakeOnce(fake: FakeResponder<Input, Output>): CommandStub<Input, Output>;
}

export type FakeResponder<Input, Output> = (
  input: Input,
) => MockOutput<Output> | Promise<MockOutput<Output>>;

export interface ClientMock {
  /** Stubs one command, or only its calls whose input contains `partialInput` (compared deeply). */
  on<C extends CommandClass>(
    command: C,
    partialInput?: DeepPartial<CommandInput<C>>,
  ): CommandStub<CommandInput<C>, CommandOutput<C>>;
  /** Every command sent since the mock was made or reset, in order. */
  calls(): MockedCall[];
  /** The calls of one command, optionally only those whose input contains `partialInput`. */
  commandCalls<C extends CommandClass>(
    command: C,
    partialInput?: DeepPartial<CommandInput<C>>,
  ): MockedCall<CommandInput<C>>[];
  /** Forgets stubs and recorded calls; the client stays mocked. */
  reset(): void;
  /** Puts the client's own `send` back. */
  restore(): void;
}

export type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

type Responder = (input: object) => Promise<unknown>;

interface Stub {
  command: CommandClass;
  partialInput?: object;
  once: Responder[];
  always?: Responder;
}

const RESTORE = Symbol("chimekit.mockClient.restore");

/**
 * Replaces `send` of a client class (all its instances) or of one client,
 * so unit tests decide what each command returns without any server.
 * Commands without a stub resolve to `undefined`.
 */
export function mockClient(client: ClientClass | SendingClient): ClientMock {
  const target: SendingClient & { [RESTORE]?: () => void } =
    typeof client === "function" ? (client as ClientClass).prototype : (client as SendingClient);
  target[RESTORE]?.();
  const hadOwnSend = Object.hasOwn(target, "send");
  const originalSend = target.send;
  let stubs: Stub[] = [];
  let calls: MockedCall[] = [];

  const send = async function (command: { input: object }, ...rest: unknown[]) {
    const callback = rest.find((arg) => typeof arg === "function") as
      ((error: unknown, output?: unknown) => void) | undefined;
    calls.push({ command, input: command.input });
    const answer = respond(stubs, command);
    if (!callback) return answer;
    answer.then((output) => callback(null, output), callback);
    return undefined;
  };
  target.send = send as SendingClient["send"];
  target[RESTORE] = () => {
    if (hadOwnSend) target.send = originalSend;
    else delete (target as Partial<SendingClient>).send;
    delete target[RESTORE];
  };

  return {
    on(command, partialInput) {
      const stub: Stub = { command, partialInput: partialInput as object | undefined, once: [] };
      stubs.push(stub);
      return commandStub(stub);
    },
    calls: () => [...calls],
    commandCalls(command, partialInput) {
      return calls.filter(
        (call) =>
          call.command instanceof command &&
          (partialInput === undefined || containsDeep(call.input, partialInput)),
      ) as MockedCall<CommandInput<typeof command>>[];
    },
    reset() {
      stubs = [];
      calls = [];
    },
    restore: () => target[RESTORE]?.(),
  };
}

function commandStub<Input extends object, Output>(stub: Stub): CommandStub<Input, Output> {
  const api: CommandStub<Input, Output> = {
    resolves: (output) => ((stub.always = resolver(output)), api),
    resolvesOnce: (output) => (stub.once.push(resolver(output)), api),
    rejects: (error, message) => ((stub.always = rejecter(error, message)), api),
    rejectsOnce: (error, message) => (stub.once.push(rejecter(error, message)), api),
    callsFake: (fake) => ((stub.always = faker(fake)), api),
    callsFakeOnce: (fake) => (stub.once.push(faker(fake)), api),
  };
  return api;
}

/**
 * The newest matching stub with an answer left wins, stubs with a partial
 * input before those without, so a specific stub overrides a general one.
 */
function respond(stubs: readonly Stub[], command: { input: object }): Promise<unknown> {
  const matching = stubs
    .filter(
      (stub) =>
        command instanceof stub.command &&
        (stub.partialInput === undefined || containsDeep(command.input, stub.partialInput)),
    )
    .reverse()
    .sort((a, b) => Number(b.partialInput !== undefined) - Number(a.partialInput !== undefined));
  for (const stub of matching) {
    const responder = stub.once.shift() ?? stub.always;
    if (responder) return responder(command.input);
  }
  return Promise.resolve(undefined);
}

function resolver(output: object): Responder {
  return async () => withMetadata(output);
}

function faker(fake: (input: any) => unknown): Responder {
  return async (input) => withMetadata((await fake(input)) as object);
}

function withMetadata(output: object | undefined): unknown {
  if (output === undefined || output === null) return output;
  return "$metadata" in output ? output : { $metadata: {}, ...output };
}

function rejecter(error: MockError | undefined, message?: string): Responder {
  return async () => {
    throw toError(error, message);
  };
}

function toError(error: MockError | undefined, message?: string): Error {
  if (error === undefined) return new Error(message ?? "mocked error");
  if (typeof error === "string") return new Error(error);
  if (error instanceof Error) return error;
  const text = message ?? `mocked ${error.name}`;
  return new error({ message: text, Message: text, $metadata: {} });
}

/** Whether `value` holds everything `partial` holds: objects compared member by member, arrays entry by entry. */
function containsDeep(value: unknown, partial: unknown): boolean {
  if (partial === value) return true;
  if (partial instanceof Date)
    return value instanceof Date && value.getTime() === partial.getTime();
  if (Array.isArray(partial)) {
    return (
      Array.isArray(value) &&
      value.length === partial.length &&
      partial.every((item, index) => containsDeep(value[index], item))
    );
  }
  if (typeof partial === "object" && partial !== null) {
    if (typeof value !== "object" || value === null) return false;
    return Object.entries(partial).every(([key, item]) =>
      containsDeep((value as Record<string, unknown>)[key], item),
    );
  }
  return false;
}
