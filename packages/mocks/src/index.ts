export {
  ChimeEmulator,
  createChimeEmulator,
  type ChimeEmulatorOptions,
} from "./emulator/chime-emulator.js";
export {
  ClockRangeError,
  EmulatedClock,
  parseDuration,
  type ClockOptions,
} from "./emulator/engine/clock.js";
export { DEFAULT_TIMINGS, type EmulatorTimings } from "./emulator/engine/operation-context.js";
export {
  DEFAULT_AWS_ACCOUNT_ID,
  derivedAwsAccountId,
  type AccessKeyAccount,
  type PartitionCaller,
} from "./emulator/partitions.js";
export {
  SeedError,
  type SeedAccount,
  type SeedAwsAccount,
  type SeedFixtures,
  type SeedUser,
} from "./emulator/seed.js";
export { StateFormatError, type EmulatorState } from "./emulator/state.js";
export { INVENTORY, type InventoryNumber } from "./emulator/resources/phone-number-inventory.js";
export {
  CallLog,
  DEFAULT_CALL_HISTORY_BYTES,
  type CallFilter,
  type CallLogLimits,
  type CallPage,
  type CallPageQuery,
  type CallQuery,
  type CallRecord,
  type RecordedCall,
} from "./control/call-log.js";
export {
  CONTROL_PREFIX,
  DEFAULT_MAX_IMPORT_BYTES,
  createControlHandler,
  type ControlApiOptions,
} from "./control/control-api.js";
export {
  CONTROL_TOKEN_HEADER,
  createControlGuard,
  type ControlGuardOptions,
  type ControlRefusal,
} from "./control/control-guard.js";
export { ControlInputError } from "./emulator/input-checks.js";
export {
  FaultPlan,
  FaultRequestError,
  MAX_LATENCY_MS,
  type FaultRequest,
  type FaultRule,
} from "./control/faults.js";
export {
  instrumentService,
  type InstrumentOptions,
  type RequestScope,
} from "./control/instrumented-service.js";
export {
  createEmulatorHandler,
  type AuthMode,
  type ClientInfo,
  type EmulatorHandler,
  type EmulatorHandlerOptions,
} from "./http/emulator-handler.js";
export { DEFAULT_LIMITS, resolveLimits, type ServerLimits } from "./http/limits.js";
export {
  DEFAULT_HOST,
  DEFAULT_PORT,
  startEmulatorServer,
  type EmulatorServerOptions,
  type RunningEmulator,
} from "./http/start-server.js";
export { MemoryStore } from "./store/memory-store.js";
export { openStore, type StoreConfig } from "./store/open-store.js";
export {
  SqliteStore,
  type SqliteStoreOptions,
  type SqliteSynchronous,
} from "./store/sqlite-store.js";
export type { SqliteDriverChoice, SqliteDriverName } from "./store/sqlite/driver.js";
export { StateFileError } from "./store/sqlite/state-file-error.js";
export type {
  CollectionRef,
  PartitionSnapshot,
  SnapshotRecord,
  Store,
  StoreReader,
  StoreTransaction,
  StoredRecord,
} from "./store/store.js";
export {
  chimeMockHandler,
  type ChimeMockHandler,
  type ChimeMockHandlerOptions,
} from "./helpers/chime-mock-handler.js";
export {
  MOCK_CREDENTIALS,
  startChimeMock,
  type ChimeMock,
  type ChimeMockClientConfig,
  type StartChimeMockOptions,
} from "./helpers/start-chime-mock.js";
export {
  mockClient,
  type ClientMock,
  type CommandClass,
  type CommandInput,
  type CommandOutput,
  type CommandStub,
  type DeepPartial,
  type FakeResponder,
  type MockError,
  type MockOutput,
  type MockedCall,
} from "./helpers/mock-client.js";
export { fake } from "./generated/factories.js";
export { seedFake, type FakeOptions } from "./fake/fake-structure.js";
export { FixtureError } from "./fake/fake-values.js";
export { UnsupportedPatternError } from "./fake/pattern-strings.js";
